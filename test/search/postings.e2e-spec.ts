import { DB_MODE } from '../support/harness';
import { useWorld } from '../support/suite';
import { ACCEPT, MERGE, submit } from '../needs/needs-helpers';

const NEEDS = `query($z: ID!, $search: String, $status: NeedStatus, $category: NeedCategory, $first: Int, $after: String) {
  needs(zoneId: $z, search: $search, status: $status, category: $category, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id title status } } } }`;
const MINE = `query($search: String) { myNeeds(search: $search) { totalCount edges { node { id title } } } }`;
const UPDATE = `mutation($id: ID!, $title: String, $content: String) { updateMyNeed(needId: $id, title: $title, content: $content) { id } }`;

type List = { needs: { totalCount: number; edges: { node: { id: string; title: string; status: string } }[] } };
const ids = (d: List) => d.needs.edges.map((e) => e.node.id);

/**
 * Needs search reads need_search_postings (libs/needs/need-search.ts): these check that the
 * postings follow every write that changes what a search may return, on the real database.
 */
describe(`needs search postings (${DB_MODE})`, () => {
  const { t, w } = useWorld();
  const postings = async (needId: string) =>
    (await t.db.query(`SELECT token, zone_id AS zoneId, status, in_title AS inTitle FROM need_search_postings WHERE need_id = ? ORDER BY token`, [Number(needId)])) as {
      token: string;
      zoneId: number;
      status: string;
      inTitle: number;
    }[];

  it('writes a need\'s words once each with its zone, status and title mark, in the transaction of the need', async () => {
    const id = await submit(t, w.residents[0].token, w.zoneId, { title: '自行车棚漏雨', content: '自行车棚顶棚破了，下雨天漏雨' });
    const rows = await postings(id);
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.token)).size).toBe(rows.length);
    expect(rows.every((r) => Number(r.zoneId) === w.zoneId && r.status === 'SUBMITTED')).toBe(true);
    const bike = Buffer.from('自行车', 'utf8').toString('hex');
    expect(rows.find((r) => r.token === `w${bike}`)?.inTitle).toBe(1);
    const rainy = Buffer.from('下雨天', 'utf8').toString('hex');
    expect(Number(rows.find((r) => r.token === `w${rainy}`)?.inTitle)).toBe(0);
  });

  it('follows a status change: a submitted need is found by the public once accepted, and a merged one stays findable', async () => {
    const id = await submit(t, w.residents[0].token, w.zoneId, { title: '垃圾房异味', content: '垃圾房夏天异味很重' });
    const into = await submit(t, w.residents[1].token, w.zoneId, { title: '垃圾房需要清洗', content: '垃圾房异味，希望定期清洗' });
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '异味' }))).toEqual([]);
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '异味' }, w.staff.token)).sort()).toEqual([id, into].sort());
    // the author sees their own submitted need, another resident not
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '异味' }, w.residents[0].token))).toEqual([id]);
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '异味' }, w.residents[2].token))).toEqual([]);
    await t.ok(ACCEPT, { id: into, c: 'PUBLIC_SERVICE' }, w.staff.token);
    expect((await postings(into)).every((r) => r.status === 'ACCEPTED')).toBe(true);
    const pub = await t.ok(NEEDS, { z: String(w.zoneId), search: '异味' });
    expect(ids(pub)).toEqual([into]);
    expect(pub.needs.totalCount).toBe(1);
    // the resident sees the public one and their own private one, ranked together (title hit first)
    const own = await t.ok(NEEDS, { z: String(w.zoneId), search: '异味' }, w.residents[0].token);
    expect(ids(own)).toEqual([id, into]);
    expect(own.needs.totalCount).toBe(2);
    await t.ok(MERGE, { id, into }, w.staff.token);
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '异味' })).sort()).toEqual([id, into].sort());
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '异味', status: 'MERGED' }))).toEqual([id]);
  });

  it('follows a text edit: the new words are found, the old ones no longer', async () => {
    const me = w.residents[0].token;
    const id = await submit(t, me, w.zoneId, { title: '信箱坏了', content: '一楼信箱锁坏了' });
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '信箱' }, w.staff.token))).toEqual([id]);
    await t.ok(UPDATE, { id, title: '快递柜不够用', content: '快递柜经常满了' }, me);
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '信箱' }, w.staff.token))).toEqual([]);
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '快递柜' }, w.staff.token))).toEqual([id]);
    expect((await postings(id)).some((r) => r.token === `w${Buffer.from('信箱', 'utf8').toString('hex')}`)).toBe(false);
  });

  it('multi-word AND: every word must be there, whichever is rarer; the rarest word in the title ranks first', async () => {
    const staff = w.staff.token;
    const both = await submit(t, w.residents[0].token, w.zoneId, { title: '健身器材损坏', content: '小区健身器材的扶手断了，老人锻炼不安全' });
    const first = await submit(t, w.residents[0].token, w.zoneId, { title: '健身步道', content: '希望修一条健身步道' });
    const second = await submit(t, w.residents[1].token, w.zoneId, { title: '扶手松动', content: '楼梯扶手松动' });
    const titleLater = await submit(t, w.residents[1].token, w.zoneId, { title: '扶手和健身角', content: '楼下的扶手和健身角都要修' });
    for (const search of ['健身 扶手', '扶手 健身']) {
      const d = await t.ok(NEEDS, { z: String(w.zoneId), search }, staff);
      expect(d.needs.totalCount).toBe(2);
      expect(ids(d).sort()).toEqual([both, titleLater].sort());
      expect(ids(d)).not.toContain(first);
      expect(ids(d)).not.toContain(second);
    }
    // paged one by one: the same two, no repeats
    const p1 = await t.ok(NEEDS, { z: String(w.zoneId), search: '健身 扶手', first: 1 }, staff);
    const p2 = await t.ok(NEEDS, { z: String(w.zoneId), search: '健身 扶手', first: 1, after: p1.needs.pageInfo.endCursor }, staff);
    expect(p1.needs.pageInfo.hasNextPage).toBe(true);
    expect(p2.needs.pageInfo.hasNextPage).toBe(false);
    expect([...ids(p1), ...ids(p2)].sort()).toEqual([both, titleLater].sort());
    // myNeeds: the same AND, over the author's needs in every zone
    expect((await t.ok(MINE, { search: '健身 扶手' }, w.residents[0].token)).myNeeds.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([both]);
  });

  it('keeps to the zone: the same word in another zone is neither found nor counted', async () => {
    const here = await submit(t, w.residents[0].token, w.zoneId, { title: '充电桩太少', content: '电动车充电桩不够' });
    const there = await submit(t, w.residents[0].token, w.otherZoneId, { title: '充电桩坏了', content: '梅园的充电桩坏了' });
    await t.ok(ACCEPT, { id: here, c: 'PUBLIC_SERVICE' }, w.staff.token);
    await t.ok(ACCEPT, { id: there, c: 'PUBLIC_SERVICE' }, w.otherStaff.token);
    for (const token of [undefined, w.staff.token, w.otherStaff.token]) {
      const d = await t.ok(NEEDS, { z: String(w.zoneId), search: '充电桩' }, token);
      expect(ids(d)).toEqual([here]);
      expect(d.needs.totalCount).toBe(1);
    }
    expect(ids(await t.ok(NEEDS, { z: String(w.otherZoneId), search: '充电桩' }))).toEqual([there]);
    // filters beside the search read the need's row: a category it does not have finds nothing
    expect(ids(await t.ok(NEEDS, { z: String(w.zoneId), search: '充电桩', category: 'PUBLIC_SERVICE' }))).toEqual([here]);
    expect((await t.ok(NEEDS, { z: String(w.zoneId), search: '充电桩', category: 'CULTURE_SHARING' })).needs.totalCount).toBe(0);
  });
});
