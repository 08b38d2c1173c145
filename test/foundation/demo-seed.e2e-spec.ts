import { ensureAdmin } from '@app/auth/ensure-admin';
import { DEMO_LOGINS, DemoSeeder } from '@app/demo/demo-seeder';
import { ZoneEntity } from '@app/org/org.entities';
import { startApp, TestApp } from '../support/harness';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { displayName roles } } }';

/** The demo zone (npm start, npm run seed:demo) with an account for every role. */
describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'the-real-admin-pw' });
    // the configured administrator exists before the demo is loaded, as on a first production start
    await ensureAdmin(t.db, t.env);
    expect(await new DemoSeeder(t.db).seedIfEmpty()).toBe(true);
  });
  afterAll(() => t.close());

  it('loads 建工片区 once, keeping an administrator of the same name as configured', async () => {
    expect(await new DemoSeeder(t.db).seedIfEmpty()).toBe(false);
    expect(await t.db.getRepository(ZoneEntity).find()).toEqual([expect.objectContaining({ name: '建工片区', street: '陆家嘴街道' })]);
    expect((await t.ok(LOGIN, { u: 'admin', p: 'the-real-admin-pw' })).login.user.roles).toEqual(['ADMIN']);
    expect((await t.gql(LOGIN, { u: 'admin', p: 'admin12345' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('every other demo login signs in with its role', async () => {
    for (const l of DEMO_LOGINS.staff.filter((x) => x.username !== 'admin')) {
      expect((await t.ok(LOGIN, { u: l.username, p: l.password })).login.user.roles).toEqual([l.role]);
    }
  });

  it('fills the menu, the project list and an evaluation', async () => {
    const zone = (await t.db.getRepository(ZoneEntity).findOneByOrFail({ name: '建工片区' })).id;
    const d = await t.ok(
      `query($z: ID!) { needsMenu(zoneId: $z) { sections { category count } } projects(zoneId: $z, first: 50) { totalCount edges { node { title status } } }
        zoneStats(zoneId: $z) { satisfactionByCategory { satisfactionRate responses } } }`,
      { z: String(zone) },
    );
    expect(d.needsMenu.sections).toHaveLength(7);
    expect(d.needsMenu.sections.reduce((n: number, s: { count: number }) => n + s.count, 0)).toBeGreaterThan(0);
    expect(d.projects.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(expect.arrayContaining(['慈善跑', '金秋助学,结对共建']));
    expect(d.zoneStats.satisfactionByCategory.some((c: { responses: number; satisfactionRate: number }) => c.responses >= 100 && c.satisfactionRate > 0.9)).toBe(true);
  });
});
