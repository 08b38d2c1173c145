import { firstError, useWorld } from '../support/suite';
import { NeedEntity } from '@app/needs/needs.entities';
import { UserEntity } from '@app/auth/auth.entities';
import { NEED, RECORD, SUBMIT, submit } from './needs-helpers';

describe('needs: submitNeed and recordNeed', () => {
  const { t, w } = useWorld();

  const input = (over: Record<string, unknown> = {}) => ({ zoneId: String(w.zoneId), kind: 'MICRO_WISH', title: '想要一台轮椅', content: '家里老人行动不便,希望有一台轮椅', ...over });

  it('a resident submits a need: SUBMITTED, APP channel, author is the caller, no supports', async () => {
    const d = await t.ok(SUBMIT, { input: input({ communityId: String(w.communityId) }) }, w.residents[0].token);
    expect(d.submitNeed).toMatchObject({ kind: 'MICRO_WISH', channel: 'APP', title: '想要一台轮椅', status: 'SUBMITTED', supportCount: 0, supportedByMe: false, category: null });
    expect(d.submitNeed.submitter.id).toBe(String(w.residents[0].id));
    const again = await t.ok(NEED, { id: d.submitNeed.id }, w.residents[0].token);
    expect(again.need.history).toEqual([expect.objectContaining({ action: 'submit', from: null, to: 'SUBMITTED', actor: { id: String(w.residents[0].id) } })]);
  });

  it('an office worker submits with a building of the zone', async () => {
    const d = await t.ok(SUBMIT, { input: input({ kind: 'GOLDEN_IDEA', buildingId: String(w.buildingId), title: '午间健身操' }) }, w.worker.token);
    expect(d.submitNeed).toMatchObject({ kind: 'GOLDEN_IDEA', status: 'SUBMITTED' });
  });

  it('trims the title and strips control characters', async () => {
    const d = await t.ok(SUBMIT, { input: input({ title: '  楼道\u0007灯坏了 \u0000 ', content: '三号楼\u001b楼道灯\n不亮' }) }, w.residents[1].token);
    expect(d.submitNeed.title).toBe('楼道灯坏了');
    expect(d.submitNeed.content).toBe('三号楼楼道灯\n不亮');
  });

  it('refuses signed-out callers and staff-only accounts', async () => {
    expect(await t.code(SUBMIT, { input: input() })).toBe('UNAUTHENTICATED');
    expect(await t.code(SUBMIT, { input: input() }, w.board[0].token)).toBe('FORBIDDEN');
  });

  it.each([
    ['title', { title: '   ' }],
    ['title', { title: '\u0001\u0002' }],
    ['title', { title: '长'.repeat(61) }],
    ['content', { content: '' }],
    ['content', { content: '字'.repeat(2001) }],
    ['zoneId', { zoneId: '999999' }],
  ])('refuses a bad %s with BAD_USER_INPUT naming the field', async (field, over) => {
    const e = await firstError(t, SUBMIT, { input: input(over) }, w.residents[0].token);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.field).toBe(field);
    expect(e.message).toContain(field);
  });

  it('accepts exactly 60 title characters and 2000 content characters (counted as characters, not bytes)', async () => {
    const d = await t.ok(SUBMIT, { input: input({ title: '长'.repeat(60), content: '字'.repeat(2000) }) }, w.residents[0].token);
    expect(Array.from(d.submitNeed.title)).toHaveLength(60);
  });

  it('refuses a community or building of another zone', async () => {
    let e = await firstError(t, SUBMIT, { input: input({ communityId: String(w.otherCommunityId) }) }, w.residents[0].token);
    expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'communityId']);
    e = await firstError(t, SUBMIT, { input: input({ buildingId: '424242' }) }, w.residents[0].token);
    expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'buildingId']);
  });

  it('a clientMutationId retry gets the same need back', async () => {
    const a = await t.ok(SUBMIT, { input: input({ clientMutationId: 'retry-1' }) }, w.residents[2].token);
    const b = await t.ok(SUBMIT, { input: input({ clientMutationId: 'retry-1', title: '改了标题也一样' }) }, w.residents[2].token);
    expect(b.submitNeed.id).toBe(a.submitNeed.id);
    // another caller with the same id gets their own need
    const c = await t.ok(SUBMIT, { input: input({ clientMutationId: 'retry-1' }) }, w.residents[1].token);
    expect(c.submitNeed.id).not.toBe(a.submitNeed.id);
  });

  it('10 submitNeed calls with one clientMutationId at once make 1 need', async () => {
    const [p] = await manyPeople(1);
    const results = await Promise.all(Array.from({ length: 10 }, () => t.gql(SUBMIT, { input: input({ clientMutationId: 'burst-42' }) }, p.token)));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data.submitNeed.id)).size).toBe(1);
    expect(await t.db.getRepository(NeedEntity).count({ where: { submitterId: p.id } })).toBe(1);
  });

  it('allows 20 submissions per person per hour, then RATE_LIMITED', async () => {
    const [p] = await manyPeople(1);
    for (let i = 0; i < 20; i++) await submit(t, p.token, w.zoneId);
    const e = await firstError(t, SUBMIT, { input: input() }, p.token);
    expect(e.extensions?.code).toBe('RATE_LIMITED');
    // someone else is not affected
    await submit(t, w.worker.token, w.zoneId);
  });

  describe('recordNeed (offline channels, by staff)', () => {
    const rec = (over: Record<string, unknown> = {}) => ({
      input: { zoneId: String(w.zoneId), kind: 'MICRO_WISH', channel: 'HALL', title: '希望有人陪老人聊天', content: '独居老人希望周末有志愿者上门陪伴', onBehalfOfPhone: '13911112222', onBehalfOfName: '赵阿姨', ...over },
    });

    it('creates the person by phone the first time and finds them afterwards', async () => {
      const a = await t.ok(RECORD, rec(), w.staff.token);
      expect(a.recordNeed).toMatchObject({ channel: 'HALL', status: 'SUBMITTED' });
      const person = await t.db.getRepository(UserEntity).findOneByOrFail({ phone: '13911112222' });
      expect(person.displayName).toBe('赵阿姨');
      expect(a.recordNeed.submitter.id).toBe(String(person.id));
      expect(a.recordNeed.submitter.phone).toBe('13911112222'); // staff see the phone whole
      const b = await t.ok(RECORD, rec({ channel: 'HOTLINE', title: '热线反映' }), w.staff.token);
      expect(b.recordNeed.submitter.id).toBe(String(person.id));
      expect(await t.db.getRepository(UserEntity).count({ where: { phone: '13911112222' } })).toBe(1);
      // the need belongs to the person: it is in their myNeeds, and anonymous callers do not see it yet
      const mine = await t.ok('{ myNeeds { totalCount edges { node { id channel } } } }', {}, t.tokenFor(person.id));
      expect(mine.myNeeds.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.recordNeed.id, a.recordNeed.id]);
      expect((await t.ok(NEED, { id: a.recordNeed.id })).need).toBeNull();
    });

    it('records each offline channel; the history names the staff member', async () => {
      for (const channel of ['HALL', 'RECEPTION', 'VISIT', 'HOTLINE']) {
        const d = await t.ok(RECORD, rec({ channel, onBehalfOfPhone: '13911113333' }), w.staff.token);
        expect(d.recordNeed.channel).toBe(channel);
        const h = await t.ok(NEED, { id: d.recordNeed.id }, w.staff.token);
        expect(h.need.history[0]).toMatchObject({ action: 'record', to: 'SUBMITTED', actor: { id: String(w.staff.id) } });
      }
    });

    it('refuses the APP channel, a bad phone, an empty name', async () => {
      for (const [over, field] of [
        [{ channel: 'APP' }, 'channel'],
        [{ onBehalfOfPhone: '12345' }, 'onBehalfOfPhone'],
        [{ onBehalfOfName: '  ' }, 'onBehalfOfName'],
        [{ title: '' }, 'title'],
      ] as const) {
        const e = await firstError(t, RECORD, rec(over), w.staff.token);
        expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
      }
    });

    it('residents may not record; staff of another zone may not record here', async () => {
      expect(await t.code(RECORD, rec(), w.residents[0].token)).toBe('FORBIDDEN');
      expect(await t.code(RECORD, rec(), w.otherStaff.token)).toBe('FORBIDDEN');
      expect(await t.code(RECORD, rec())).toBe('UNAUTHENTICATED');
    });

    it('a clientMutationId makes a recordNeed retry safe', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(RECORD, rec({ clientMutationId: 'desk-7', onBehalfOfPhone: '13911114444' }), w.staff.token)));
      for (const r of results) expect(r.errors).toBeUndefined();
      expect(new Set(results.map((r) => r.data.recordNeed.id)).size).toBe(1);
    });
  });

  it('classifies a new need in the background: suggested category and confidence', async () => {
    const id = await submit(t, w.residents[0].token, w.zoneId, { title: '电梯经常坏', content: '老公房加装的电梯三天两头坏,希望物业尽快维修' });
    await t.drainJobs();
    const d = await t.ok(NEED, { id }, w.staff.token);
    expect(d.need.suggestedCategory).toBe('COMMUNITY_AFFAIRS');
    expect(d.need.suggestedConfidence).toBeGreaterThan(0.3);
    expect(d.need.suggestedConfidence).toBeLessThanOrEqual(1);
  });

  it('learns from the categories staff confirm: a later need with the same wording gets that suggestion', async () => {
    const text = { title: '桥牌俱乐部擂台', content: '桥牌俱乐部擂台报名' };
    const first = await submit(t, w.residents[0].token, w.zoneId, text);
    await t.drainJobs();
    const before = (await t.ok(NEED, { id: first }, w.staff.token)).need.suggestedCategory;
    const taught = before === 'CREATION_SELECTION' ? 'VALUE_REALIZATION' : 'CREATION_SELECTION';
    for (let i = 0; i < 4; i++) {
      const id = await submit(t, w.residents[1].token, w.zoneId, text);
      await t.ok('mutation($id: ID!, $c: NeedCategory!) { acceptNeed(needId: $id, category: $c) { id } }', { id, c: taught }, w.staff.token);
    }
    await t.drainJobs();
    const later = await submit(t, w.residents[2].token, w.zoneId, text);
    await t.drainJobs();
    expect((await t.ok(NEED, { id: later }, w.staff.token)).need.suggestedCategory).toBe(taught);
  });

  async function manyPeople(n: number) {
    const { manyResidents } = await import('../support/world');
    return manyResidents(t, n, w.communityId);
  }

  it('needs.totalCount (from maintained counters) equals the rows', async () => {
    const d = await t.ok('query($z: ID!) { needs(zoneId: $z) { totalCount } }', { z: String(w.zoneId) }, w.staff.token);
    expect(d.needs.totalCount).toBe(await t.db.getRepository(NeedEntity).count({ where: { zoneId: w.zoneId } }));
  });
});
