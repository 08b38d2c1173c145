import { useWorld } from '../support/suite';
import { NEED, NOTIFICATIONS, REJECT, submit } from './needs-helpers';

const ACCEPT_MANY = `mutation($ids: [ID!]!, $c: NeedCategory!) { acceptNeeds(needIds: $ids, category: $c) { id status category } }`;
const REJECT_MANY = `mutation($ids: [ID!]!, $r: String!) { rejectNeeds(needIds: $ids, reason: $r) { id status rejectReason } }`;
const MENU_COUNT = `query($z: ID!) { needsMenu(zoneId: $z) { sections { category count } } }`;

jest.setTimeout(120_000);

describe('batch review: acceptNeeds and rejectNeeds', () => {
  const { t, w } = useWorld();

  const notes = async (token: string) =>
    (await t.ok(NOTIFICATIONS, {}, token)).myNotifications.edges.map((e: { node: { kind: string; body: string } }) => e.node);
  /** The person's notifications of a kind once `n` have arrived (jobs may be retried on a busy machine), or what there is after 45 s. */
  const arrived = async (token: string, kind: string, n: number) => {
    const until = Date.now() + 45_000;
    for (;;) {
      await t.drainJobs(15_000);
      const found = (await notes(token)).filter((x: { kind: string }) => x.kind === kind);
      if (found.length >= n || Date.now() > until) return found;
    }
  };

  it('accepts several needs into one category: each recorded, each submitter told about their own need', async () => {
    const [a, b] = w.residents;
    const ids = [await submit(t, a.token, w.zoneId, { title: '楼道灯坏了' }), await submit(t, b.token, w.zoneId, { title: '加装电梯' }), await submit(t, a.token, w.zoneId, { title: '助餐点' })];
    const d = await t.ok(ACCEPT_MANY, { ids, c: 'PUBLIC_SERVICE' }, w.staff.token);
    expect(d.acceptNeeds.map((n: { id: string }) => n.id)).toEqual(ids);
    expect(d.acceptNeeds.every((n: { status: string; category: string }) => n.status === 'ACCEPTED' && n.category === 'PUBLIC_SERVICE')).toBe(true);
    for (const id of ids) {
      const n = await t.ok(NEED, { id }, w.staff.token);
      expect(n.need.history.map((h: { action: string; actor: { id: string } }) => [h.action, h.actor.id])).toEqual([
        ['submit', String(n.need.history[0].actor.id)],
        ['accept', String(w.staff.id)],
      ]);
    }
    const menu = await t.ok(MENU_COUNT, { z: String(w.zoneId) });
    expect(menu.needsMenu.sections.find((s: { category: string }) => s.category === 'PUBLIC_SERVICE').count).toBe(3);
    const aNotes = await arrived(a.token, 'need-accepted', 2);
    expect(aNotes.map((n: { body: string }) => n.body)).toEqual(expect.arrayContaining([expect.stringContaining('楼道灯坏了'), expect.stringContaining('助餐点')]));
    expect(aNotes).toHaveLength(2);
    const bNotes = await arrived(b.token, 'need-accepted', 1);
    expect(bNotes.map((n: { body: string }) => n.body)).toEqual([expect.stringContaining('加装电梯')]);
  });

  it('rejects several with one reason; each submitter sees the reason', async () => {
    const c = w.residents[2];
    const ids = [await submit(t, c.token, w.zoneId, { title: '物业费太高' }), await submit(t, c.token, w.zoneId, { title: '物业不修门' })];
    const d = await t.ok(REJECT_MANY, { ids, r: '属于物业职责，已转物业处理' }, w.staff.token);
    expect(d.rejectNeeds.map((n: { status: string; rejectReason: string }) => [n.status, n.rejectReason])).toEqual([
      ['REJECTED', '属于物业职责，已转物业处理'],
      ['REJECTED', '属于物业职责，已转物业处理'],
    ]);
    expect(await arrived(c.token, 'need-rejected', 2)).toHaveLength(2);
    expect(await t.code(REJECT_MANY, { ids: [await submit(t, c.token, w.zoneId)], r: '  ' }, w.staff.token)).toBe('BAD_USER_INPUT');
  });

  it('is all or none: one need reviewed meanwhile refuses the batch with CONFLICT naming it, nothing changed', async () => {
    const r = w.residents[0].token;
    const fresh = [await submit(t, r, w.zoneId, { title: '第一条' }), await submit(t, r, w.zoneId, { title: '第二条' })];
    const gone = await submit(t, r, w.zoneId, { title: '已被别人处理' });
    await t.ok(REJECT, { id: gone, r: '重复' }, w.staff.token);
    const res = await t.gql(ACCEPT_MANY, { ids: [...fresh, gone], c: 'CULTURE_SHARING' }, w.staff.token);
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toContain('已被别人处理');
    for (const id of fresh) expect((await t.ok(NEED, { id }, w.staff.token)).need.status).toBe('SUBMITTED');
  });

  it('checks every need\'s zone: another zone\'s staff, a resident, and an empty batch are refused', async () => {
    const mine = await submit(t, w.residents[0].token, w.zoneId);
    const theirs = await submit(t, w.residents[0].token, w.otherZoneId);
    expect(await t.code(ACCEPT_MANY, { ids: [theirs, mine], c: 'CULTURE_SHARING' }, w.otherStaff.token)).toBe('FORBIDDEN');
    expect((await t.ok(NEED, { id: theirs }, w.otherStaff.token)).need.status).toBe('SUBMITTED');
    expect(await t.code(ACCEPT_MANY, { ids: [mine], c: 'CULTURE_SHARING' }, w.residents[0].token)).toBe('FORBIDDEN');
    expect(await t.code(ACCEPT_MANY, { ids: [], c: 'CULTURE_SHARING' }, w.staff.token)).toBe('BAD_USER_INPUT');
    expect(await t.code(ACCEPT_MANY, { ids: ['999999'], c: 'CULTURE_SHARING' }, w.staff.token)).toBe('NOT_FOUND');
  });
});
