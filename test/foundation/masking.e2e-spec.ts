import { UserEntity } from '@app/auth/auth.entities';
import { startApp, TestApp } from '../support/harness';
import { buildWorld, World, nextPhone } from '../support/world';

const ME = '{ me { id displayName phone } }';
const SUBMITTER = 'query($id: ID!) { need(id: $id) { id submitter { id displayName phone } } }';

/** Other people's names and phones are masked unless the caller's role needs them (domain.md §2). */
describe('masking of names and phones', () => {
  let t: TestApp;
  let w: World;
  let needId: string;
  let wang: { id: number; token: string; phone: string };

  beforeAll(async () => {
    t = await startApp();
    w = await buildWorld(t);
    wang = { id: w.residents[0].id, token: w.residents[0].token, phone: w.residents[0].phone! };
    await t.db.getRepository(UserEntity).update({ id: wang.id }, { displayName: '王小明' });
  });
  afterAll(() => t.close());

  it('a person sees their own name and phone whole (me)', async () => {
    expect((await t.ok(ME, {}, wang.token)).me).toEqual({ id: String(wang.id), displayName: '王小明', phone: wang.phone });
  });

  it('the sign-in payload shows the person signing in whole', async () => {
    const phone = nextPhone();
    const d = await t.ok('mutation($p: String!) { loginWithCode(phone: $p, code: "123456", displayName: "赵六") { user { displayName phone } } }', { p: phone });
    expect(d.loginWithCode.user).toEqual({ displayName: '赵六', phone });
  });

  describe('through need.submitter', () => {
    beforeAll(async () => {
      const d = await t.ok(
        'mutation($z: ID!) { submitNeed(input: { zoneId: $z, kind: GOLDEN_IDEA, title: "小区增设电动车充电桩", content: "楼下没有充电的地方,希望增设充电桩" }) { id } }',
        { z: String(w.zoneId) },
        wang.token,
      );
      needId = d.submitNeed.id;
      // accepted into the menu, so everyone may read it
      await t.ok('mutation($id: ID!) { acceptNeed(needId: $id, category: COMMUNITY_AFFAIRS) { id status } }', { id: needId }, w.staff.token);
    });

    const submitterAs = async (token?: string) => (await t.ok(SUBMITTER, { id: needId }, token)).need.submitter;
    const masked = () => ({ id: String(wang.id), displayName: '王**', phone: `${wang.phone.slice(0, 3)}****${wang.phone.slice(-4)}` });
    const whole = () => ({ id: String(wang.id), displayName: '王小明', phone: wang.phone });

    it('masked (王**, 139****1234) for another resident', async () => {
      expect(await submitterAs(w.residents[1].token)).toEqual(masked());
    });

    it('masked for an office worker, a board member, the party committee and a unit admin', async () => {
      for (const a of [w.worker, w.board[0], w.party, w.unitAdmins[0]]) expect(await submitterAs(a.token)).toEqual(masked());
    });

    it('whole for the submitter', async () => {
      expect(await submitterAs(wang.token)).toEqual(whole());
    });

    it('whole for council staff and for an admin', async () => {
      expect(await submitterAs(w.staff.token)).toEqual(whole());
      expect(await submitterAs(w.admin.token)).toEqual(whole());
    });

    it('no phone at all (null) and a masked name for an anonymous caller', async () => {
      expect(await submitterAs()).toEqual({ id: String(wang.id), displayName: '王**', phone: null });
    });
  });
});
