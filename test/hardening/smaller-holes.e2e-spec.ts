import { Logger } from '@nestjs/common';
import { startApp, TestApp } from '../support/harness';
import { buildWorld, World } from '../support/world';

const TYPO = '{ zonez { id } }';
const APQ = { extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } } };

/** Hole 11: schema hints in production, automatic persisted queries, invisible characters in texts. */
describe('smaller holes', () => {
  describe('in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startApp({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-some-length', AUTH_DEV_LOGIN_CODE: undefined });
    });
    afterAll(() => t.close());

    it('a misspelt field gets no "Did you mean" suggestion naming the schema', async () => {
      const r = await t.gql(TYPO);
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toBe('Cannot query field "zonez" on type "Query".');
      const arg = await t.gql('{ zones(nam: "x") { id } }');
      expect(arg.errors![0].message).not.toMatch(/Did you mean/);
    });

    it('an automatic persisted query answers a contract code, and nothing is logged as an error', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error');
      const logged2 = jest.spyOn(Logger, 'error');
      try {
        for (const body of [APQ, { query: '{ zones { id } }', ...APQ }]) {
          const res = await t.http.post('/graphql').set('content-type', 'application/json').send(body);
          expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
          expect(res.body.errors[0].extensions.graphqlCode).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
        }
        expect(logged).not.toHaveBeenCalled();
        expect(logged2).not.toHaveBeenCalled();
      } finally {
        logged.mockRestore();
        logged2.mockRestore();
      }
    });
  });

  describe('stored texts', () => {
    let t: TestApp;
    let w: World;
    beforeAll(async () => {
      t = await startApp();
      w = await buildWorld(t);
    });
    afterAll(() => t.close());

    // RIGHT-TO-LEFT OVERRIDE makes "王小明\u202Egnp.exe" read as "王小明exe.png"; zero-width spaces hide in names
    const RLO = '\u202E';
    const sneaky = (s: string) => `\u200B${s.slice(0, 1)}\u2066${s.slice(1)}${RLO}\uFEFF\u200F`;
    const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C]/;

    it('bidi overrides and zero-width characters are stripped from a name, a need (nested input) and a sign-up name', async () => {
      const me = await t.ok('mutation($n: String) { updateMyProfile(displayName: $n) { displayName } }', { n: sneaky('王小明') }, w.residents[0].token);
      expect(me.updateMyProfile.displayName).toBe('王小明');

      const need = await t.ok(
        'mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id title content } }',
        { input: { zoneId: String(w.zoneId), kind: 'MICRO_WISH', title: sneaky('希望楼道加装扶手'), content: `老人上下楼不方便${RLO}gnp.exe` } },
        w.residents[0].token,
      );
      expect(need.submitNeed.title).toBe('希望楼道加装扶手');
      expect(need.submitNeed.content).toBe('老人上下楼不方便gnp.exe');
      const [row] = await t.db.query(`SELECT title, content FROM needs WHERE id = ${Number(need.submitNeed.id)}`);
      expect(row.title).not.toMatch(INVISIBLE);
      expect(row.content).not.toMatch(INVISIBLE);

      const signUp = await t.ok('mutation($n: String) { loginWithCode(phone: "13912340000", code: "123456", displayName: $n) { user { displayName } } }', { n: sneaky('李白领') });
      expect(signUp.loginWithCode.user.displayName).toBe('李白领');
    });

    it('keeps what is text: Chinese, English, newlines, tabs and emoji sequences joined by ZWJ', async () => {
      const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
      const content = `第一行\n\tSecond line 👍 ${family}`;
      const need = await t.ok(
        'mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { content } }',
        { input: { zoneId: String(w.zoneId), kind: 'GOLDEN_IDEA', title: '加装电梯的建议', content } },
        w.residents[1].token,
      );
      expect(need.submitNeed.content).toBe(content);
    });
  });
});
