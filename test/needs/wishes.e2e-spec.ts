import { firstError, useWorld } from '../support/suite';
import { manyResidents } from '../support/world';
import { accepted, CLAIM, CONFIRM, NEED, NOTIFICATIONS, RECORD, submit, ACCEPT } from './needs-helpers';

const kinds = (d: { myNotifications: { edges: { node: { kind: string } }[] } }) => d.myNotifications.edges.map((e) => e.node.kind);

describe('needs: 点亮心愿 (claimWish, confirmWishFulfilled) and notifications', () => {
  const { t, w } = useWorld();

  const wish = (token = w.residents[0].token) => accepted(t, token, w.staff.token, w.zoneId, 'PUBLIC_SERVICE', { kind: 'MICRO_WISH', title: '想要一套课外书', content: '孩子想读课外书' });

  it('a person other than the wisher lights up a wish; the wisher confirms; both are told', async () => {
    const id = await wish();
    const c = await t.ok(CLAIM, { id }, w.residents[1].token);
    expect(c.claimWish).toMatchObject({ id, status: 'CLAIMED', claimedByUnit: null, claimedBy: { id: String(w.residents[1].id) } });
    expect(c.claimWish.claimedAt).toBeTruthy();
    await t.drainJobs();
    expect(kinds(await t.ok(NOTIFICATIONS, {}, w.residents[0].token))).toContain('wish-claimed');
    const f = await t.ok(CONFIRM, { id }, w.residents[0].token);
    expect(f.confirmWishFulfilled).toMatchObject({ id, status: 'FULFILLED' });
    await t.drainJobs();
    expect(kinds(await t.ok(NOTIFICATIONS, {}, w.residents[1].token))).toContain('wish-fulfilled');
    const h = (await t.ok(NEED, { id }, w.residents[0].token)).need.history.map((e: { action: string; to: string }) => `${e.action}:${e.to}`);
    expect(h).toEqual(['submit:SUBMITTED', 'accept:ACCEPTED', 'claim:CLAIMED', 'fulfil:FULFILLED']);
  });

  it('a unit admin claims for its own unit; not for another unit', async () => {
    const id = await wish();
    expect(await t.code(CLAIM, { id, unit: String(w.units[1]) }, w.unitAdmins[0].token)).toBe('FORBIDDEN');
    let e = await firstError(t, CLAIM, { id, unit: String(w.otherZoneUnit) }, w.unitAdmins[0].token);
    expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'unitId']);
    e = await firstError(t, CLAIM, { id, unit: '987654' }, w.unitAdmins[0].token);
    expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'unitId']);
    const c = await t.ok(CLAIM, { id, unit: String(w.units[0]) }, w.unitAdmins[0].token);
    expect(c.claimWish).toMatchObject({ status: 'CLAIMED', claimedByUnit: { id: String(w.units[0]) } });
  });

  it('refuses the wisher, signed-out callers, golden ideas, wishes not ACCEPTED, and unknown needs', async () => {
    const id = await wish();
    expect(await t.code(CLAIM, { id }, w.residents[0].token)).toBe('FORBIDDEN');
    expect(await t.code(CLAIM, { id })).toBe('UNAUTHENTICATED');
    const idea = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId, 'CULTURE_SHARING', { kind: 'GOLDEN_IDEA' });
    const e = await firstError(t, CLAIM, { id: idea }, w.residents[1].token);
    expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'needId']);
    const pending = await submit(t, w.residents[0].token, w.zoneId, { kind: 'MICRO_WISH' });
    expect(await t.code(CLAIM, { id: pending }, w.residents[1].token)).toBe('CONFLICT');
    expect(await t.code(CLAIM, { id: '9999999' }, w.residents[1].token)).toBe('NOT_FOUND');
    // confirming a wish nobody claimed yet
    expect(await t.code(CONFIRM, { id }, w.residents[0].token)).toBe('CONFLICT');
  });

  it('20 claims of one wish at once: 1 winner, 19 CONFLICT', async () => {
    const id = await wish();
    const people = await manyResidents(t, 20, w.communityId);
    const results = await Promise.all(people.map((p) => t.gql(CLAIM, { id }, p.token)));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const n = await t.ok(NEED, { id }, w.staff.token);
    expect(n.need.status).toBe('CLAIMED');
    expect(n.need.history.filter((e: { action: string }) => e.action === 'claim')).toHaveLength(1);
  });

  it('only the wisher confirms an online wish; staff of the zone confirm an offline one', async () => {
    const online = await wish();
    await t.ok(CLAIM, { id: online }, w.residents[1].token);
    expect(await t.code(CONFIRM, { id: online }, w.residents[1].token)).toBe('FORBIDDEN');
    expect(await t.code(CONFIRM, { id: online }, w.staff.token)).toBe('FORBIDDEN');

    const rec = await t.ok(
      RECORD,
      { input: { zoneId: String(w.zoneId), kind: 'MICRO_WISH', channel: 'VISIT', title: '需要助行器', content: '走访中老人提出需要一个助行器', onBehalfOfPhone: '13922223333', onBehalfOfName: '钱老伯' } },
      w.staff.token,
    );
    const offline = rec.recordNeed.id;
    await t.ok(ACCEPT, { id: offline, c: 'PUBLIC_SERVICE' }, w.staff.token);
    await t.ok(CLAIM, { id: offline, unit: String(w.units[0]) }, w.unitAdmins[0].token);
    expect(await t.code(CONFIRM, { id: offline }, w.otherStaff.token)).toBe('FORBIDDEN');
    const f = await t.ok(CONFIRM, { id: offline }, w.staff.token);
    expect(f.confirmWishFulfilled.status).toBe('FULFILLED');
    expect(await t.code(CONFIRM, { id: offline }, w.staff.token)).toBe('CONFLICT');
  });

  it('confirmWishFulfilled refuses golden ideas, unknown needs and signed-out callers', async () => {
    const idea = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId, 'CULTURE_SHARING', { kind: 'GOLDEN_IDEA' });
    const e = await firstError(t, CONFIRM, { id: idea }, w.residents[0].token);
    expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'needId']);
    expect(await t.code(CONFIRM, { id: '9999999' }, w.residents[0].token)).toBe('NOT_FOUND');
    expect(await t.code(CONFIRM, { id: idea })).toBe('UNAUTHENTICATED');
  });

  it('notifications can be read and marked read', async () => {
    const [p] = await manyResidents(t, 1, w.communityId);
    await accepted(t, p.token, w.staff.token, w.zoneId);
    await t.drainJobs();
    const d = await t.ok(NOTIFICATIONS, {}, p.token);
    expect(d.myNotifications.unreadCount).toBe(1);
    expect(d.myNotifications.edges[0].node).toMatchObject({ kind: 'need-accepted', title: '你的需求已纳入需求菜单', read: false });
    const n = await t.ok('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [d.myNotifications.edges[0].node.id] }, p.token);
    expect(n.markNotificationsRead).toBe(1);
    expect((await t.ok(NOTIFICATIONS, {}, p.token)).myNotifications.unreadCount).toBe(0);
  });
});
