import { ZoneEntity } from '@app/org/org.entities';
import { useWorld } from '../support/suite';
import { TEST_PASSWORD } from '../support/world';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }';
const CREATE_STAFF = `mutation($u: String!, $z: [ID!]!) {
  createStaffUser(username: $u, password: "password-123", displayName: "新社工", roles: [COUNCIL_STAFF], zoneIds: $z) { id } }`;
const CREATE_ZONE = 'mutation { createZone(name: "陆家嘴片区", street: "陆家嘴街道") { id } }';

/** Usernames and zone names are unique the same way on MySQL and on SQLite. */
describe('names', () => {
  const { t, w } = useWorld();

  it('usernames are case-insensitive: signing in as STAFF is staff, and STAFF cannot be created beside staff', async () => {
    expect((await t.ok(LOGIN, { u: '  STAFF ', p: TEST_PASSWORD })).login.user.id).toBe(String(w.staff.id));
    const r = await t.gql(CREATE_STAFF, { u: 'Staff', z: [String(w.zoneId)] }, w.admin.token);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'username' });
    const made = await t.ok(CREATE_STAFF, { u: 'NewWorker', z: [String(w.zoneId)] }, w.admin.token);
    expect((await t.ok(LOGIN, { u: 'newworker', p: 'password-123' })).login.user.id).toBe(made.createStaffUser.id);
  });

  it('two admins creating the same zone at once make one zone; the other is told it exists', async () => {
    const results = await Promise.all([t.gql(CREATE_ZONE, {}, w.admin.token), t.gql(CREATE_ZONE, {}, w.admin.token)]);
    expect(results.filter((r) => r.data?.createZone).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(1);
    expect(await t.db.getRepository(ZoneEntity).countBy({ name: '陆家嘴片区' })).toBe(1);
  });
});
