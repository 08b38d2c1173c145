import { DemoSeeder } from '@app/demo/demo-seeder';
import { useApp } from '../support/suite';

/** The demo zone has the report's supply side, so 为你推荐 and the suggestions say something on first start. */
describe('demo matching', () => {
  const { t } = useApp();
  let zoneId: number;
  beforeAll(async () => {
    zoneId = await new DemoSeeder(t.db).seed();
  });
  const login = async (username: string, password: string) =>
    (await t.ok(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { unit { id } } } }`, { u: username, p: password })).login;

  it('has the resources, 两楼结对 and volunteer teams of the report', async () => {
    const d = await t.ok(
      `query($z: ID!) { resources(zoneId: $z, first: 50) { totalCount edges { node { title unit { name } } } }
        pairings(zoneId: $z) { community { name } building { name } } volunteerTeams(zoneId: $z) { name buildings { name } } }`,
      { z: String(zoneId) },
    );
    expect(d.resources.totalCount).toBeGreaterThanOrEqual(6);
    expect(d.resources.edges.map((e: { node: { title: string } }) => e.node.title)).toContain('建工大厦多功能会议室');
    expect(d.pairings).toContainEqual({ community: { name: '隧城居民区' }, building: { name: '建工大厦' } });
    expect(d.volunteerTeams.length).toBe(5);
    expect(d.volunteerTeams.find((x: { name: string }) => x.name === '陈家门居民区党员志愿者服务队').buildings).toHaveLength(2);
  });

  it('unit1 opens its desk on recommendations with reasons; staff see suggested units on a published project', async () => {
    const unit1 = await login('unit1', 'unit12345');
    const rec = (await t.ok(`query($u: ID!) { recommendedProjects(unitId: $u) { score project { title } reasons { code text } } }`, { u: unit1.user.unit.id }, unit1.token)).recommendedProjects;
    expect(rec.length).toBeGreaterThan(0);
    expect(rec[0].reasons[0].text.length).toBeGreaterThan(4);
    const staff = await login('staff', 'staff12345');
    const projects = (await t.ok(`query($z: ID!) { projects(zoneId: $z, status: PUBLISHED) { edges { node { id title } } } }`, { z: String(zoneId) }, staff.token)).projects.edges;
    const m = (await t.ok(`query($p: ID!) { suggestUnits(projectId: $p) { score unit { name } reasons { code } } }`, { p: projects[0].node.id }, staff.token)).suggestUnits;
    expect(m.length).toBeGreaterThan(0);
    expect(m[0].reasons.some((r: { code: string }) => ['RESOURCE', 'TRACK_RECORD', 'PAIRING'].includes(r.code))).toBe(true);
  });
});
