import { NeedEntity } from '@app/needs/needs.entities';
import { acceptedNeed, Walk } from '../projects/helpers';
import { statementsOf } from '../support/statements';
import { useWorld } from '../support/suite';

/**
 * Issue 17: the hot reads cost a fixed number of SQL statements, whatever the page size and however
 * much data the zone holds (DataLoaders batch nested fields; the menu's seven sections are one
 * batch). The limits are what the reads cost today, so a change that adds a statement per row, per
 * section or per page fails here.
 */
const MENU = `query($z: ID!, $first: Int) { needsMenu(zoneId: $z) { sections { category count needs(first: $first) { id title supportCount submitter { displayName } } } } }`;
const LIST = `query($z: ID!, $first: Int) { needs(zoneId: $z, first: $first) { totalCount edges { node { id title status category supportCount supportedByMe submitter { displayName } } } } }`;
const STATS = `query($z: ID!) { zoneStats(zoneId: $z) {
  needsByCategory { category count } needsByChannel { channel count } projectsByStatus { status count }
  unitsTakingPart partyMembersTakingPart beneficiaries fundsPledgedFen fundsSpentFen acceptanceRate
  satisfactionByCategory { category projects responses satisfactionRate } } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { id status claims { unit { name } } timeline { from to actor { displayName } } evaluation { responseCount satisfactionRate } } }`;

const CATEGORIES = ['SOCIAL_MANAGEMENT', 'PUBLIC_SERVICE', 'RESOURCE_INTEGRATION', 'VALUE_REALIZATION', 'CULTURE_SHARING', 'COMMUNITY_AFFAIRS', 'CREATION_SELECTION'];

describe('statements per read are constant with page size and data (issue 17)', () => {
  const { t, w } = useWorld({ board: 3, units: 2, residents: 3 });

  /** `n` accepted needs spread over the seven categories, support counts 0–3 (many ties). */
  const addNeeds = async (n: number) => {
    for (let i = 0; i < n; i++) await acceptedNeed(t, w.zoneId, w.residents[i % 3], CATEGORIES[i % 7]);
    await t.db.query('UPDATE needs SET support_count = id % 4 WHERE zone_id = ?', [w.zoneId]);
  };

  beforeAll(async () => {
    await addNeeds(70);
    // the staff account's principal is loaded once per process (then cached): not part of a read
    await t.ok(LIST, { z: String(w.zoneId), first: 1 }, w.staff.token);
  });

  it('needsMenu: sections of 3 and of 50 needs cost at most 6 statements, most supported first, then oldest', async () => {
    let menu: { sections: { needs: { id: string; supportCount: number }[] }[] } = { sections: [] };
    const small = await statementsOf(t, async () => void (await t.ok(MENU, { z: String(w.zoneId), first: 3 })));
    const big = await statementsOf(t, async () => {
      menu = (await t.ok(MENU, { z: String(w.zoneId), first: 50 })).needsMenu;
    });
    expect(small.length).toBeGreaterThan(2); // the counter sees the statements
    // one statement more only when a page ends inside a group of equal support counts (first: 3)
    expect(small.length).toBeLessThanOrEqual(6);
    expect(big.length).toBeLessThanOrEqual(small.length);
    expect(menu.sections.map((s) => s.needs.length)).toEqual([10, 10, 10, 10, 10, 10, 10]);
    for (const s of menu.sections) {
      for (let i = 1; i < s.needs.length; i++) {
        const [a, b] = [s.needs[i - 1], s.needs[i]];
        expect(a.supportCount > b.supportCount || (a.supportCount === b.supportCount && Number(a.id) < Number(b.id))).toBe(true);
      }
    }
    // a page cut inside a group of equal support counts still shows the oldest of that group
    const three = (await t.ok(MENU, { z: String(w.zoneId), first: 3 })).needsMenu.sections[0].needs;
    const rows = await t.db.getRepository(NeedEntity).find({ where: { zoneId: w.zoneId, category: CATEGORIES[0] as never, status: 'ACCEPTED' as never } });
    const expected = rows.sort((a, b) => b.supportCount - a.supportCount || a.id - b.id).slice(0, 3);
    expect(three.map((n: { id: string }) => Number(n.id))).toEqual(expected.map((n) => n.id));
  });

  it('needs(first: 5) and needs(first: 60) as staff cost the same statements (at most 6)', async () => {
    const five = await statementsOf(t, async () => void expect((await t.ok(LIST, { z: String(w.zoneId), first: 5 }, w.staff.token)).needs.edges).toHaveLength(5));
    const sixty = await statementsOf(t, async () => void expect((await t.ok(LIST, { z: String(w.zoneId), first: 60 }, w.staff.token)).needs.edges).toHaveLength(60));
    expect(five.length).toBeGreaterThan(2);
    expect(sixty.length).toBe(five.length);
    expect(sixty.length).toBeLessThanOrEqual(6);
  });

  it('zoneStats costs the same statements with twice the needs and a project more (at most 8)', async () => {
    const before = await statementsOf(t, async () => void (await t.ok(STATS, { z: String(w.zoneId) }, w.staff.token)));
    await addNeeds(70);
    await new Walk(t, w).completed();
    let stats: { needsByCategory: { count: number }[] } = { needsByCategory: [] };
    const after = await statementsOf(t, async () => {
      stats = (await t.ok(STATS, { z: String(w.zoneId) }, w.staff.token)).zoneStats;
    });
    expect(before.length).toBeGreaterThan(2);
    expect(after.length).toBe(before.length);
    expect(after.length).toBeLessThanOrEqual(8);
    expect(stats.needsByCategory.reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(140);
  });

  it('project(id) with claims, timeline and evaluation costs the same statements for a longer history (at most 8)', async () => {
    const walk = new Walk(t, w);
    const [shorter, longer] = [await walk.inProgress(), await walk.completed()];
    let timeline: unknown[] = [];
    const a = await statementsOf(t, async () => void (await t.ok(PROJECT, { id: shorter }, w.staff.token)));
    const b = await statementsOf(t, async () => {
      timeline = (await t.ok(PROJECT, { id: longer }, w.staff.token)).project.timeline;
    });
    expect(timeline.length).toBeGreaterThan(6);
    expect(a.length).toBeGreaterThan(2);
    expect(b.length).toBe(a.length);
    expect(b.length).toBeLessThanOrEqual(8);
  });
});
