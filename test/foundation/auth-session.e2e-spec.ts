import { JwtService } from '@nestjs/jwt';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { LoggingSmsSender } from '@app/auth/sms.sender';
import { DEV_CODE, } from '../support/harness';
import { TEST_PASSWORD, nextPhone } from '../support/world';
import { gqlWith } from '../support/calls';
import { firstError, useWorld } from '../support/suite';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id displayName roles } } }';
const ME = '{ me { id displayName roles } }';

describe('password sign-in and tokens', () => {
  const { t, w } = useWorld();

  it('signs staff in with the right password; the token works for me', async () => {
    const d = await t.ok(LOGIN, { u: 'staff', p: TEST_PASSWORD });
    expect(d.login.user).toEqual({ id: String(w.staff.id), displayName: '张社工', roles: ['COUNCIL_STAFF'] });
    const me = await t.ok(ME, {}, d.login.token);
    expect(me.me).toEqual(d.login.user);
  });

  it('refuses a wrong password and an unknown user alike with UNAUTHENTICATED', async () => {
    const wrong = firstError(await t.gql(LOGIN, { u: 'board1', p: 'not-the-password' }));
    const unknown = firstError(await t.gql(LOGIN, { u: 'nobody', p: TEST_PASSWORD }));
    expect(wrong.code).toBe('UNAUTHENTICATED');
    expect(unknown.code).toBe('UNAUTHENTICATED');
    // the refusal does not tell which of the two was wrong
    expect(wrong.message).toBe(unknown.message);
  });

  it('refuses a password sign-in of a person who has no password (code-only account)', async () => {
    const phone = w.residents[0].phone!;
    expect(firstError(await t.gql(LOGIN, { u: phone, p: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED');
  });

  it('asks for both username and password', async () => {
    const e = firstError(await t.gql(LOGIN, { u: '  ', p: 'x' }));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('username');
  });

  it('still accepts the right password after ten wrong guesses for the username (the person is never locked out)', async () => {
    for (let i = 0; i < 10; i++) expect(firstError(await t.gql(LOGIN, { u: 'board2', p: `guess-${i}` })).code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { u: 'board2', p: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('me is null for an anonymous caller', async () => {
    expect((await t.ok(ME)).me).toBeNull();
  });

  describe('a token that is not good', () => {
    const secret = () => t.env.JWT_SECRET!;
    const sign = (payload: object, key = secret()) => new JwtService({ secret: key }).sign(payload);
    const now = () => Math.floor(Date.now() / 1000);

    it.each([
      ['expired', () => sign({ sub: String(w.staff.id), iat: now() - 7200, exp: now() - 60 })],
      ['signed with another secret', () => sign({ sub: String(w.admin.id) }, 'someone-elses-secret-0123456789')],
      ['unsigned (alg none)', () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: String(w.admin.id), exp: now() + 600 })}.`],
      ['tampered (payload swapped)', () => {
        const [h, , s] = sign({ sub: String(w.staff.id) }).split('.');
        return `${h}.${b64({ sub: String(w.admin.id), iat: now() })}.${s}`;
      }],
      ['garbage', () => 'not-a-token'],
      ['for an account that no longer exists', () => sign({ sub: '987654' })],
    ])('is refused with UNAUTHENTICATED (%s)', async (_, token) => {
      const r = await t.gql(ME, {}, token());
      expect(firstError(r).code).toBe('UNAUTHENTICATED');
      expect(r.data?.me ?? null).toBeNull();
      // also on an admin mutation: nothing is created
      const m = await t.gql('mutation { createZone(name: "伪造片区", street: "陆家嘴街道") { id } }', {}, token());
      expect(firstError(m).code).toBe('UNAUTHENTICATED');
      expect((await t.ok('{ zones { name } }')).zones.map((z: { name: string }) => z.name)).not.toContain('伪造片区');
    });

    it('refuses an Authorization header that is not a bearer token', async () => {
      const res = await t.http.post('/graphql').set('content-type', 'application/json').set('authorization', `Basic ${Buffer.from('admin:x').toString('base64')}`).send({ query: ME });
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('a good token signed with the same secret works (control)', async () => {
      const me = await t.ok(ME, {}, sign({ sub: String(w.party.id) }));
      expect(me.me.id).toBe(String(w.party.id));
    });
  });

  describe('the development code (AUTH_DEV_LOGIN_CODE, outside production)', () => {
    it('signs a new phone in without an SMS', async () => {
      const phone = nextPhone();
      const d = await t.ok('mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c) { token user { id phone roles } } }', { p: phone, c: DEV_CODE });
      expect(d.loginWithCode.user).toMatchObject({ phone, roles: ['RESIDENT'] });
      expect((await t.ok(ME, {}, d.loginWithCode.token)).me.id).toBe(d.loginWithCode.user.id);
      expect(t.app.get(LoggingSmsSender).outbox.has(phone)).toBe(false);
      const u = await t.db.getRepository(UserEntity).findOneByOrFail({ phone });
      expect(u.displayName).toBe(`居民${phone.slice(-4)}`);
      expect(await t.db.getRepository(UserRoleEntity).countBy({ userId: u.id })).toBe(1);
    });
  });

  describe('code requests when the api is not behind a trusted proxy', () => {
    it('counts every request from this address, whatever X-Forwarded-For says', async () => {
      for (let i = 0; i < 30; i++) {
        const r = await gqlWith(t, { 'x-forwarded-for': `172.16.0.${i + 1}` }, 'mutation($p: String!) { requestLoginCode(phone: $p) }', { p: nextPhone() });
        expect(r.errors).toBeUndefined();
      }
      const r = await gqlWith(t, { 'x-forwarded-for': '172.16.9.9' }, 'mutation($p: String!) { requestLoginCode(phone: $p) }', { p: nextPhone() });
      expect(firstError(r).code).toBe('RATE_LIMITED');
    });
  });
});

function b64(o: object): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}
