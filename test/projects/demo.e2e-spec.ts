import { DemoSeeder } from '@app/demo/demo-seeder';
import { readDemoZone } from '@app/demo/fixtures';
import { MenuCounterEntity, NeedEntity } from '@app/needs/needs.entities';
import { PROJECT_MOVES } from '@app/projects/project-state';
import { useApp } from '../support/suite';

/** The demo zone's 14 projects: varied states, each with a timeline the state machine allows. */
describe('demo projects', () => {
  const { t } = useApp();
  let zoneId: number;
  beforeAll(async () => {
    zoneId = await new DemoSeeder(t.db).seed();
  });

  const login = async (username: string, password: string) =>
    (await t.ok(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password })).login.token as string;

  it('holds every fixture project, in varied states, with timelines the state machine allows', async () => {
    const token = await login('staff', 'staff12345');
    const d = await t.ok(
      `query($z: ID!, $first: Int) { projects(zoneId: $z, first: $first) { totalCount edges { node {
        title status claimCount fundsSpentFen sourceNeeds { status } claims { unit { name } } progress { percent }
        timeline { from to at actor { id } } } } } }`,
      { z: String(zoneId), first: 100 },
      token,
    );
    const nodes = d.projects.edges.map((e: { node: any }) => e.node);
    const fixture = readDemoZone();
    for (const p of fixture.projects) expect(nodes.map((n: { title: string }) => n.title)).toContain(p.title);
    const statuses = new Set(nodes.map((n: { status: string }) => n.status));
    for (const s of ['DRAFT', 'PROPOSED', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'COMPLETED']) expect(statuses.has(s)).toBe(true);

    const allowed = new Set(Object.values(PROJECT_MOVES).flatMap((r) => r.from.map((f) => `${f}>${r.to}`)));
    for (const n of nodes) {
      expect(n.timeline[0]).toMatchObject({ from: null, to: 'DRAFT' });
      for (let k = 1; k < n.timeline.length; k++) {
        expect(n.timeline[k].from).toBe(n.timeline[k - 1].to);
        expect(allowed.has(`${n.timeline[k].from}>${n.timeline[k].to}`)).toBe(true);
        expect(new Date(n.timeline[k].at).getTime()).toBeGreaterThanOrEqual(new Date(n.timeline[k - 1].at).getTime());
      }
      expect(n.timeline.at(-1).to).toBe(n.status);
      expect(n.sourceNeeds.length).toBeGreaterThan(0);
      expect(n.sourceNeeds.every((s: { status: string }) => s.status === (["COMPLETED", "EVALUATED"].includes(n.status) ? "FULFILLED" : "IN_PROJECT"))).toBe(true);
      if (['CLAIMED', 'IN_PROGRESS', 'COMPLETED'].includes(n.status)) expect(n.claims.length).toBe(n.claimCount);
    }
    // the two fixture claims are by the units the fixture names
    for (const p of fixture.projects.filter((x) => x.claimedBy)) {
      const n = nodes.find((x: { title: string }) => x.title === p.title);
      expect(n.claims.map((c: { unit: { name: string } }) => c.unit.name)).toEqual([p.claimedBy]);
    }
    expect(nodes.some((n: { status: string; progress: unknown[] }) => n.status === 'CLAIMED' && n.progress.length > 0)).toBe(true);
  });

  it('keeps the needs menu counters equal to the ACCEPTED needs', async () => {
    const counters = await t.db.getRepository(MenuCounterEntity).find({ where: { zoneId } });
    const accepted = await t.db.getRepository(NeedEntity).find({ where: { zoneId, status: 'ACCEPTED' } });
    for (const c of counters) expect(c.count).toBe(accepted.filter((n) => n.category === c.category).length);
  });
});
