import { firstError, useWorld } from '../support/suite';
import { manyResidents } from '../support/world';
import { ACCEPT, accepted, NEED, REJECT, submit, SUPPORT } from './needs-helpers';

const MENU = `query($z: ID!, $first: Int) { needsMenu(zoneId: $z) { zone { id name } sections { category count needs(first: $first) { id supportCount status title } } } }`;
const LIST = `query($z: ID!, $status: NeedStatus, $category: NeedCategory, $kind: NeedKind, $first: Int, $after: String) {
  needs(zoneId: $z, status: $status, category: $category, kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id status kind category } } } }`;
const SIMILAR = `query($z: ID!, $title: String!, $content: String) { similarNeeds(zoneId: $z, title: $title, content: $content) { id title status } }`;
const CATEGORIES = ['SOCIAL_MANAGEMENT', 'PUBLIC_SERVICE', 'RESOURCE_INTEGRATION', 'VALUE_REALIZATION', 'CULTURE_SHARING', 'COMMUNITY_AFFAIRS', 'CREATION_SELECTION'];

describe('needs: menu, lists and similar needs', () => {
  const { t, w } = useWorld();

  it('an empty zone\'s menu has all seven sections with count 0', async () => {
    const d = await t.ok(MENU, { z: String(w.otherZoneId) });
    expect(d.needsMenu.sections.map((s: { category: string }) => s.category)).toEqual(CATEGORIES);
    expect(d.needsMenu.sections.every((s: { count: number; needs: unknown[] }) => s.count === 0 && s.needs.length === 0)).toBe(true);
    expect(d.needsMenu.zone.name).toBe('梅园片区');
    expect(await t.code(MENU, { z: '99999' })).toBe('NOT_FOUND');
  });

  it('orders each section by support count, then by age (oldest first); counts are exact', async () => {
    const people = await manyResidents(t, 4, w.communityId);
    const r = w.residents[0].token;
    const a = await accepted(t, r, w.staff.token, w.zoneId, 'PUBLIC_SERVICE', { title: 'A' });
    const b = await accepted(t, r, w.staff.token, w.zoneId, 'PUBLIC_SERVICE', { title: 'B' });
    const c = await accepted(t, r, w.staff.token, w.zoneId, 'PUBLIC_SERVICE', { title: 'C' });
    const d = await accepted(t, r, w.staff.token, w.zoneId, 'PUBLIC_SERVICE', { title: 'D' });
    await submit(t, r, w.zoneId, { title: 'not yet reviewed' }); // not in the menu
    for (const p of people.slice(0, 3)) await t.ok(SUPPORT, { id: c }, p.token);
    await t.ok(SUPPORT, { id: d }, people[0].token);
    await t.ok(SUPPORT, { id: b }, people[1].token);
    const m = await t.ok(MENU, { z: String(w.zoneId), first: 10 });
    const section = m.needsMenu.sections.find((s: { category: string }) => s.category === 'PUBLIC_SERVICE');
    expect(section.count).toBe(4);
    expect(section.needs.map((n: { id: string }) => n.id)).toEqual([c, b, d, a]);
    // a page cut inside a group of equal counts keeps the oldest of that group
    const two = await t.ok(MENU, { z: String(w.zoneId), first: 2 });
    expect(two.needsMenu.sections.find((s: { category: string }) => s.category === 'PUBLIC_SERVICE').needs.map((n: { id: string }) => n.id)).toEqual([c, b]);
    const one = await t.ok(MENU, { z: String(w.zoneId), first: 1 });
    expect(one.needsMenu.sections.find((s: { category: string }) => s.category === 'PUBLIC_SERVICE').needs.map((n: { id: string }) => n.id)).toEqual([c]);
    // counts of other sections untouched
    expect(m.needsMenu.sections.filter((s: { category: string; count: number }) => s.category !== 'PUBLIC_SERVICE').every((s: { count: number }) => s.count === 0)).toBe(true);
  });

  it('lists with filters, newest first, keyset pages stable while new needs arrive, totalCount, first capped at 100', async () => {
    const [p] = await manyResidents(t, 1, w.communityId);
    const zone = w.otherZoneId; // a clean zone for exact figures
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await submit(t, p.token, zone, { kind: i % 2 ? 'MICRO_WISH' : 'GOLDEN_IDEA' }));
    await t.ok(ACCEPT, { id: ids[0], c: 'CULTURE_SHARING' }, w.otherStaff.token);
    await t.ok(ACCEPT, { id: ids[1], c: 'CULTURE_SHARING' }, w.otherStaff.token);
    await t.ok(REJECT, { id: ids[2], r: '重复' }, w.otherStaff.token);

    const page1 = await t.ok(LIST, { z: String(zone), first: 3 }, w.otherStaff.token);
    expect(page1.needs.totalCount).toBe(7);
    expect(page1.needs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[6], ids[5], ids[4]]);
    expect(page1.needs.pageInfo.hasNextPage).toBe(true);
    // a new need arrives: the next page is unaffected
    await submit(t, p.token, zone);
    const page2 = await t.ok(LIST, { z: String(zone), first: 3, after: page1.needs.pageInfo.endCursor }, w.otherStaff.token);
    expect(page2.needs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[3], ids[2], ids[1]]);
    const page3 = await t.ok(LIST, { z: String(zone), first: 3, after: page2.needs.pageInfo.endCursor }, w.otherStaff.token);
    expect(page3.needs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
    expect(page3.needs.pageInfo.hasNextPage).toBe(false);
    expect(page3.needs.totalCount).toBe(8);

    const acc = await t.ok(LIST, { z: String(zone), status: 'ACCEPTED' }, w.otherStaff.token);
    expect([acc.needs.totalCount, acc.needs.edges.length]).toEqual([2, 2]);
    const cat = await t.ok(LIST, { z: String(zone), category: 'CULTURE_SHARING', kind: 'GOLDEN_IDEA' }, w.otherStaff.token);
    expect(cat.needs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
    expect(cat.needs.totalCount).toBe(1);
    const wishes = await t.ok(LIST, { z: String(zone), kind: 'MICRO_WISH' }, w.otherStaff.token);
    expect(wishes.needs.totalCount).toBe(3);

    // the public sees ACCEPTED (and later) needs only; the submitter also their own
    const anon = await t.ok(LIST, { z: String(zone) });
    expect(anon.needs.totalCount).toBe(2);
    expect(anon.needs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[1], ids[0]]);
    const own = await t.ok(LIST, { z: String(zone) }, p.token);
    expect(own.needs.totalCount).toBe(8);
    const otherResident = await t.ok(LIST, { z: String(zone), status: 'SUBMITTED' }, w.residents[0].token);
    expect(otherResident.needs.totalCount).toBe(0);

    const big = await t.ok(LIST, { z: String(zone), first: 500 }, w.otherStaff.token);
    expect(big.needs.edges).toHaveLength(8);
    const e = await firstError(t, LIST, { z: String(zone), first: 0 }, w.otherStaff.token);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.code(LIST, { z: String(zone), after: 'garbage' })).toBe('BAD_USER_INPUT');
  });

  it('caps first at 100', async () => {
    const people = await manyResidents(t, 6, w.communityId);
    for (const p of people) for (let i = 0; i < 18; i++) await submit(t, p.token, w.zoneId);
    const d = await t.ok(LIST, { z: String(w.zoneId), first: 1000 }, w.staff.token);
    expect(d.needs.edges).toHaveLength(100);
    expect(d.needs.pageInfo.hasNextPage).toBe(true);
    expect(d.needs.totalCount).toBeGreaterThan(100);
  });

  it('myNeeds returns the caller\'s own needs in every status', async () => {
    const [p] = await manyResidents(t, 1, w.communityId);
    const a = await submit(t, p.token, w.zoneId);
    const b = await accepted(t, p.token, w.staff.token, w.zoneId);
    const c = await submit(t, p.token, w.otherZoneId);
    await t.ok(REJECT, { id: a, r: '不符合' }, w.staff.token);
    await submit(t, w.residents[0].token, w.zoneId); // someone else's
    const d = await t.ok('{ myNeeds(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }', {}, p.token);
    expect(d.myNeeds.totalCount).toBe(3);
    expect(d.myNeeds.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([c, b]);
    const d2 = await t.ok('query($a: String) { myNeeds(first: 2, after: $a) { edges { node { id status } } } }', { a: d.myNeeds.pageInfo.endCursor }, p.token);
    expect(d2.myNeeds.edges).toEqual([{ node: { id: a, status: 'REJECTED' } }]);
    expect(await t.code('{ myNeeds { totalCount } }')).toBe('UNAUTHENTICATED');
  });

  it('need(id) hides SUBMITTED needs from others; shows them to the submitter and the zone\'s staff', async () => {
    const id = await submit(t, w.residents[0].token, w.zoneId);
    expect((await t.ok(NEED, { id })).need).toBeNull();
    expect((await t.ok(NEED, { id }, w.residents[1].token)).need).toBeNull();
    expect((await t.ok(NEED, { id }, w.otherStaff.token)).need).toBeNull();
    expect((await t.ok(NEED, { id }, w.residents[0].token)).need.id).toBe(id);
    expect((await t.ok(NEED, { id }, w.staff.token)).need.id).toBe(id);
    expect((await t.ok(NEED, { id: '9999999' })).need).toBeNull();
  });

  it('serves the web app\'s own menu and list queries within the GraphQL cost limits', async () => {
    const z = String(w.zoneId);
    await t.ok(`query($zoneId: ID!) { needsMenu(zoneId: $zoneId) { sections { category count needs(first: 50) { id kind title content status supportCount createdAt } } } }`, { zoneId: z }, w.staff.token);
    await t.ok(`query($zoneId: ID!) { needsMenu(zoneId: $zoneId) { sections { category count needs(first: 10) { id kind title content status category supportCount supportedByMe createdAt } } } }`, { zoneId: z });
    await t.ok(
      `query($zoneId: ID!, $first: Int) { needs(zoneId: $zoneId, status: SUBMITTED, first: $first) { totalCount pageInfo { endCursor hasNextPage }
        edges { cursor node { id kind channel title content status category suggestedCategory suggestedConfidence supportCount createdAt submitter { id displayName phone } } } } }`,
      { zoneId: z, first: 20 },
      w.staff.token,
    );
    await t.ok(
      `query($first: Int) { myNeeds(first: $first) { totalCount edges { node { id rejectReason mergedInto { id title } history { action from to note at actor { displayName } } } } } }`,
      { first: 20 },
      w.residents[0].token,
    );
  });

  it('similarNeeds finds open needs of the zone with similar Chinese wording, at most 5', async () => {
    const z = String(w.zoneId);
    const lift = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId, 'COMMUNITY_AFFAIRS', { title: '老公房加装电梯', content: '希望我们楼加装电梯,老人上下楼太难了' });
    const lift2 = await submit(t, w.residents[1].token, w.zoneId, { title: '加装电梯的进度', content: '加装电梯什么时候开工' });
    const other = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId, 'CULTURE_SHARING', { title: '周末书法班', content: '想给孩子报书法兴趣班' });
    const rejected = await submit(t, w.residents[1].token, w.zoneId, { title: '加装电梯补贴', content: '加装电梯' });
    await t.ok(REJECT, { id: rejected, r: '重复' }, w.staff.token);
    await submit(t, w.residents[1].token, w.otherZoneId, { title: '老公房加装电梯', content: '加装电梯' });

    const d = await t.ok(SIMILAR, { z, title: '我们楼想加装电梯', content: '老人爬楼梯很辛苦' });
    const ids = d.similarNeeds.map((n: { id: string }) => n.id);
    expect(ids).toContain(lift);
    expect(ids).toContain(lift2);
    expect(ids).not.toContain(other);
    expect(ids).not.toContain(rejected);
    expect(ids.length).toBeLessThanOrEqual(5);
    const none = await t.ok(SIMILAR, { z, title: '快递柜', content: null });
    expect(none.similarNeeds).toEqual([]);
    for (let i = 0; i < 8; i++) await submit(t, w.worker.token, w.zoneId, { title: `楼道灯坏了${i}`, content: '三号楼楼道灯坏了' });
    const many = await t.ok(SIMILAR, { z, title: '楼道灯坏了', content: '楼道灯不亮' });
    expect(many.similarNeeds).toHaveLength(5);
  });
});
