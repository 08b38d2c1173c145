import { DB_MODE } from '../support/harness';
import { useWorld } from '../support/suite';
import { ACCEPT, REJECT, submit } from '../needs/needs-helpers';

const NEEDS = `query($z: ID!, $search: String, $status: NeedStatus, $first: Int, $after: String) {
  needs(zoneId: $z, search: $search, status: $status, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id title status } } } }`;
const MINE = `query($search: String) { myNeeds(search: $search) { totalCount edges { node { id title } } } }`;
const PROJECTS = `query($z: ID!, $search: String) { projects(zoneId: $z, search: $search) { totalCount edges { node { id title status } } } }`;
const CREATE_PROJECT = `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`;

const titles = (d: { needs: { edges: { node: { title: string } }[] } }) => d.needs.edges.map((e) => e.node.title);

describe(`search in Chinese (${DB_MODE})`, () => {
  const { t, w } = useWorld();
  let lift: string, liftOld: string, meal: string, rejected: string, otherZone: string;

  beforeAll(async () => {
    const r = w.residents[0].token;
    const staff = w.staff.token;
    liftOld = await submit(t, r, w.zoneId, { title: '楼道灯坏了', content: '三号楼的电梯也经常停运，希望物业检修' });
    lift = await submit(t, r, w.zoneId, { title: '老旧小区加装电梯', content: '福山居民区六层老楼，老人上下楼困难，希望加装电梯' });
    meal = await submit(t, r, w.zoneId, { title: '社区老年助餐点', content: '希望在居民区附近开设老年人助餐食堂' });
    rejected = await submit(t, w.residents[1].token, w.zoneId, { title: '电梯广告太吵', content: '电梯里的广告屏声音太大' });
    otherZone = await submit(t, r, w.otherZoneId, { title: '梅园加装电梯', content: '梅园小区也想加装电梯' });
    for (const id of [lift, liftOld, meal]) await t.ok(ACCEPT, { id, c: 'PUBLIC_SERVICE' }, staff);
    await t.ok(REJECT, { id: rejected, r: '不属于促进会职责' }, staff);
  });

  it('finds needs by Chinese words in the title or content, a title hit ranked first', async () => {
    const d = await t.ok(NEEDS, { z: String(w.zoneId), search: '电梯' });
    expect(titles(d)).toEqual(['老旧小区加装电梯', '楼道灯坏了']);
    expect(d.needs.totalCount).toBe(2);
    // a word inside a longer word (居民区 → 居民) and a two-word query (every word must be there)
    expect(titles(await t.ok(NEEDS, { z: String(w.zoneId), search: '居民' })).sort()).toEqual(['社区老年助餐点', '老旧小区加装电梯'].sort());
    expect(titles(await t.ok(NEEDS, { z: String(w.zoneId), search: '加装电梯 老人' }))).toEqual(['老旧小区加装电梯']);
    expect(titles(await t.ok(NEEDS, { z: String(w.zoneId), search: '助餐' }))).toEqual(['社区老年助餐点']);
    expect((await t.ok(NEEDS, { z: String(w.zoneId), search: '游泳池' })).needs.totalCount).toBe(0);
    // punctuation only: nothing to look for, nothing found (not everything)
    expect((await t.ok(NEEDS, { z: String(w.zoneId), search: '！！' })).needs.edges).toEqual([]);
    // blank search: the plain list
    expect((await t.ok(NEEDS, { z: String(w.zoneId), search: '  ' })).needs.totalCount).toBe(3);
  });

  it('keeps to the zone and to what the caller may see', async () => {
    // the public: accepted needs only, this zone only
    expect(titles(await t.ok(NEEDS, { z: String(w.zoneId), search: '电梯' }))).not.toContain('电梯广告太吵');
    // the zone's staff also see the rejected one
    const staff = await t.ok(NEEDS, { z: String(w.zoneId), search: '电梯' }, w.staff.token);
    expect(titles(staff).sort()).toEqual(['楼道灯坏了', '老旧小区加装电梯', '电梯广告太吵'].sort());
    expect(staff.needs.totalCount).toBe(3);
    // its author too; another resident not
    expect(titles(await t.ok(NEEDS, { z: String(w.zoneId), search: '广告' }, w.residents[1].token))).toEqual(['电梯广告太吵']);
    expect(titles(await t.ok(NEEDS, { z: String(w.zoneId), search: '广告' }, w.residents[2].token))).toEqual([]);
    // another zone's staff searching this zone see only public needs; their own zone has its own
    expect(titles(await t.ok(NEEDS, { z: String(w.zoneId), search: '广告' }, w.otherStaff.token))).toEqual([]);
    expect(titles(await t.ok(NEEDS, { z: String(w.otherZoneId), search: '电梯' }, w.otherStaff.token))).toEqual(['梅园加装电梯']);
    // with a status filter
    expect(titles(await t.ok(NEEDS, { z: String(w.zoneId), search: '电梯', status: 'REJECTED' }, w.staff.token))).toEqual(['电梯广告太吵']);
    expect(otherZone).toBeTruthy();
  });

  it('pages ranked results without repeats and refuses made-up cursors', async () => {
    const all = await t.ok(NEEDS, { z: String(w.zoneId), search: '电梯' }, w.staff.token);
    const first = await t.ok(NEEDS, { z: String(w.zoneId), search: '电梯', first: 2 }, w.staff.token);
    expect(first.needs.pageInfo.hasNextPage).toBe(true);
    const second = await t.ok(NEEDS, { z: String(w.zoneId), search: '电梯', first: 2, after: first.needs.pageInfo.endCursor }, w.staff.token);
    expect(second.needs.pageInfo.hasNextPage).toBe(false);
    expect([...titles(first), ...titles(second)]).toEqual(titles(all));
    const bad = await t.gql(NEEDS, { z: String(w.zoneId), search: '电梯', after: 'bm9wZQ' }, w.staff.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const long = await t.gql(NEEDS, { z: String(w.zoneId), search: '电'.repeat(101) });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0].message).toContain('100');
  });

  it('searches the caller\'s own needs (我的需求)', async () => {
    const d = await t.ok(MINE, { search: '电梯' }, w.residents[0].token);
    expect(d.myNeeds.edges.map((e: { node: { title: string } }) => e.node.title).sort()).toEqual(['梅园加装电梯', '楼道灯坏了', '老旧小区加装电梯'].sort());
    expect((await t.ok(MINE, { search: '电梯' }, w.residents[2].token)).myNeeds.totalCount).toBe(0);
  });

  it('searches projects: drafts for the council only, published ones for everyone', async () => {
    await t.ok(
      CREATE_PROJECT,
      { input: { zoneId: String(w.zoneId), title: '福山居民区加装电梯工程', description: '为六层老楼加装电梯，方便老人出行', category: 'PUBLIC_SERVICE', sourceNeedIds: [lift], budgetFen: 100000, targetBeneficiaries: 60 } },
      w.staff.token,
    );
    await t.ok(
      CREATE_PROJECT,
      { input: { zoneId: String(w.zoneId), title: '老年助餐食堂', description: '在居民区开设助餐点', category: 'PUBLIC_SERVICE', sourceNeedIds: [meal], budgetFen: 50000, targetBeneficiaries: 100 } },
      w.staff.token,
    );
    const staff = await t.ok(PROJECTS, { z: String(w.zoneId), search: '电梯' }, w.staff.token);
    expect(staff.projects.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['福山居民区加装电梯工程']);
    expect(staff.projects.totalCount).toBe(1);
    expect((await t.ok(PROJECTS, { z: String(w.zoneId), search: '电梯' })).projects.totalCount).toBe(0); // a draft is not public
  });
});
