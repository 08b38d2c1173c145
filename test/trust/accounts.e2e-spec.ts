import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { AuditEntryEntity } from '@app/audit/audit.entity';
import { NeedEntity } from '@app/needs/needs.entities';
import { createApi } from '../../apps/api/bootstrap';
import { ON_MYSQL } from '../support/harness';
import { useWorld, firstError } from '../support/suite';
import { TEST_PASSWORD } from '../support/world';
import { submit } from '../needs/needs-helpers';

const ME = '{ me { id displayName } }';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const USERS = `query($zoneId: ID, $role: Role, $search: String, $active: Boolean) {
  users(zoneId: $zoneId, role: $role, search: $search, active: $active) { totalCount edges { node { id displayName phone username active roles zones { id } } } }
}`;
const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(userId: $id, reason: "离职") { id active } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateUser(userId: $id) { id active } }';

/** Accounts over their lifetime (domain.md §10): listing, roles, deactivation, passwords, revocation. */
describe('trust: accounts and sessions', () => {
  const { t, w } = useWorld({ residents: 3 });

  /** A second api process on the same database and Redis (on the embedded default: the same process). */
  let second: NestFastifyApplication | null = null;
  beforeAll(async () => {
    if (ON_MYSQL) second = await createApi(t.env, { quiet: true, serveWeb: false });
  });
  afterAll(() => second?.close());
  const meOnSecond = async (token: string) => {
    if (!second) return t.gql(ME, {}, token);
    const res = await request(second.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: ME });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };
  const signIn = async (u: string, p = TEST_PASSWORD) => (await t.ok(LOGIN, { u, p })).login.token as string;

  describe('7. revocation', () => {
    it('refuses a deactivated account\'s token at once on every api process, and its sign-in; reactivation lets it sign in again', async () => {
      const token = await signIn('board3');
      expect((await meOnSecond(token)).data.me.id).toBe(String(w.board[2].id)); // cached there now
      expect((await t.ok(DEACTIVATE, { id: String(w.board[2].id) }, w.admin.token)).deactivateUser.active).toBe(false);
      expect(firstError(await meOnSecond(token)).code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.gql(ME, {}, token)).code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.gql(LOGIN, { u: 'board3', p: TEST_PASSWORD })).message).toMatch(/停用|deactivated/);
      await t.ok(REACTIVATE, { id: String(w.board[2].id) }, w.admin.token);
      // the old token stays revoked; a new sign-in works
      expect(firstError(await meOnSecond(token)).code).toBe('UNAUTHENTICATED');
      expect((await meOnSecond(await signIn('board3'))).data.me.id).toBe(String(w.board[2].id));
    });

    it('signOutEverywhere ends every session of the person, on every process', async () => {
      const a = await signIn('board2');
      const b = await signIn('board2');
      expect((await meOnSecond(b)).data.me).not.toBeNull();
      expect((await t.ok('mutation { signOutEverywhere }', {}, a)).signOutEverywhere).toBe(true);
      expect(firstError(await t.gql(ME, {}, a)).code).toBe('UNAUTHENTICATED');
      expect(firstError(await meOnSecond(b)).code).toBe('UNAUTHENTICATED');
    });

    it('changeMyPassword checks the old password and revokes older tokens; the new password signs in', async () => {
      const token = await signIn('party');
      const wrong = firstError(await t.gql('mutation { changeMyPassword(oldPassword: "nope", newPassword: "brand-new-pass") }', {}, token));
      expect(wrong.code).toBe('BAD_USER_INPUT');
      expect(wrong.field).toBe('oldPassword');
      await t.ok(`mutation { changeMyPassword(oldPassword: "${TEST_PASSWORD}", newPassword: "brand-new-pass") }`, {}, token);
      expect(firstError(await meOnSecond(token)).code).toBe('UNAUTHENTICATED');
      expect(firstError(await t.gql(LOGIN, { u: 'party', p: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED');
      expect(await signIn('party', 'brand-new-pass')).toBeTruthy();
    });

    it('resetStaffPassword by an admin revokes the account\'s tokens', async () => {
      const token = await signIn('unit3');
      await t.ok(`mutation($id: ID!) { resetStaffPassword(userId: $id, newPassword: "reset-pass-1") }`, { id: String(w.unitAdmins[2].id) }, w.admin.token);
      expect(firstError(await meOnSecond(token)).code).toBe('UNAUTHENTICATED');
      expect(await signIn('unit3', 'reset-pass-1')).toBeTruthy();
      // staff may not reset passwords
      expect(await t.code(`mutation($id: ID!) { resetStaffPassword(userId: $id, newPassword: "reset-pass-2") }`, { id: String(w.unitAdmins[2].id) }, w.staff.token)).toBe('FORBIDDEN');
    });

    it('the last active ADMIN cannot be deactivated', async () => {
      const other = await t.db.getRepository(UserEntity).save(t.db.getRepository(UserEntity).create({ username: 'admin2', displayName: '管理员二', specialties: [], isPartyMember: false }));
      await t.db.getRepository(UserRoleEntity).insert({ userId: other.id, role: 'ADMIN', zoneId: null });
      await t.ok(DEACTIVATE, { id: String(other.id) }, w.admin.token);
      // admin cannot deactivate itself, and admin2 (inactive) cannot act
      expect(await t.code(DEACTIVATE, { id: String(w.admin.id) }, w.admin.token)).toBe('BAD_USER_INPUT');
      const e = firstError(await t.gql(`mutation($id: ID!) { updateStaffUser(userId: $id, roles: [COUNCIL_STAFF], zoneIds: ["${w.zoneId}"]) { id } }`, { id: String(w.admin.id) }, w.admin.token));
      expect(e.code).toBe('CONFLICT');
      // a reason the console can put in words, in the reader's language
      expect(e.extensions?.reason).toBe('lastAdmin');
    });
  });

  describe('accounts', () => {
    it('updateStaffUser removes a role: the account loses it at its next request', async () => {
      const u = await t.db.getRepository(UserEntity).save(t.db.getRepository(UserEntity).create({ username: 'twohats', displayName: '两职', specialties: [], isPartyMember: false }));
      await t.db.getRepository(UserRoleEntity).insert([
        { userId: u.id, role: 'COUNCIL_STAFF', zoneId: w.zoneId },
        { userId: u.id, role: 'BOARD_MEMBER', zoneId: w.zoneId },
      ]);
      const token = t.tokenFor(u.id);
      expect((await t.gql(USERS, {}, token)).errors).toBeUndefined();
      const r = await t.ok(`mutation($id: ID!) { updateStaffUser(userId: $id, roles: [BOARD_MEMBER]) { roles } }`, { id: String(u.id) }, w.admin.token);
      expect(r.updateStaffUser.roles).toEqual(['BOARD_MEMBER']);
      expect(firstError(await t.gql(USERS, {}, token)).code).toBe('FORBIDDEN');
    });

    it('users: ADMIN sees every account with search and filters; staff see accounts holding roles in their zones', async () => {
      const all = (await t.ok(USERS, {}, w.admin.token)).users;
      expect(all.totalCount).toBeGreaterThan(10);
      const found = (await t.ok(USERS, { search: '张社工' }, w.admin.token)).users;
      expect(found.edges.map((e: { node: { username: string } }) => e.node.username)).toEqual(['staff']);
      const boards = (await t.ok(USERS, { role: 'BOARD_MEMBER', zoneId: String(w.zoneId) }, w.admin.token)).users;
      expect(boards.edges.every((e: { node: { roles: string[] } }) => e.node.roles.includes('BOARD_MEMBER'))).toBe(true);
      const inactive = (await t.ok(USERS, { active: false }, w.admin.token)).users;
      expect(inactive.edges.every((e: { node: { active: boolean } }) => !e.node.active)).toBe(true);

      const mine = (await t.ok(USERS, {}, w.staff.token)).users.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(mine).toContain(String(w.board[0].id));
      expect(mine).not.toContain(String(w.otherStaff.id));
      expect(mine).not.toContain(String(w.residents[0].id));
      expect(await t.code(USERS, { zoneId: String(w.otherZoneId) }, w.staff.token)).toBe('FORBIDDEN');
      expect(await t.code(USERS, {}, w.residents[0].token)).toBe('FORBIDDEN');
      // residents found by an admin search by phone
      const byPhone = (await t.ok(USERS, { search: w.residents[0].phone }, w.admin.token)).users.edges;
      expect(byPhone[0].node.phone).toBe(w.residents[0].phone);
    });

    it('a zone ADMIN edits only accounts of its zones', async () => {
      const za = await t.db.getRepository(UserEntity).save(t.db.getRepository(UserEntity).create({ username: 'za', displayName: '片区管理', specialties: [], isPartyMember: false }));
      await t.db.getRepository(UserRoleEntity).insert({ userId: za.id, role: 'ADMIN', zoneId: w.zoneId });
      const tok = t.tokenFor(za.id);
      expect(await t.code(DEACTIVATE, { id: String(w.otherStaff.id) }, tok)).toBe('FORBIDDEN');
      expect(await t.code(`mutation($id: ID!) { updateStaffUser(userId: $id, roles: [ADMIN]) { id } }`, { id: String(w.board[0].id) }, tok)).toBe('FORBIDDEN');
      expect((await t.ok(`mutation($id: ID!) { updateStaffUser(userId: $id, displayName: "理事一号") { displayName } }`, { id: String(w.board[0].id) }, tok)).updateStaffUser.displayName).toBe('理事一号');
    });

    it('updateZone and updateUnit by an admin of the zone', async () => {
      const z = await t.ok(`mutation($id: ID!) { updateZone(zoneId: $id, name: "建工新片区") { name street } }`, { id: String(w.zoneId) }, w.admin.token);
      expect(z.updateZone).toEqual({ name: '建工新片区', street: '陆家嘴街道' });
      const u = await t.ok(`mutation($id: ID!, $b: ID) { updateUnit(unitId: $id, name: "改名单位", kind: INSTITUTION, buildingId: $b) { name kind building { id } } }`, { id: String(w.units[0]), b: String(w.buildingId) }, w.admin.token);
      expect(u.updateUnit).toEqual({ name: '改名单位', kind: "INSTITUTION", building: { id: String(w.buildingId) } });
      expect(await t.code(`mutation($id: ID!) { updateZone(zoneId: $id, name: "x") { name } }`, { id: String(w.zoneId) }, w.staff.token)).toBe('FORBIDDEN');
    });
  });

  describe('audit log', () => {
    it('records each staff mutation in the same transaction: actor, action, subject, zone; a refused one leaves nothing', async () => {
      const before = await t.db.getRepository(AuditEntryEntity).count();
      const id = await submit(t, w.residents[0].token, w.zoneId);
      // a resident's own mutation is not audited
      expect(await t.db.getRepository(AuditEntryEntity).count()).toBe(before);
      await t.ok('mutation($id: ID!) { acceptNeed(needId: $id, category: COMMUNITY_AFFAIRS) { id } }', { id }, w.staff.token);
      const refused = await t.gql('mutation($id: ID!) { acceptNeed(needId: $id, category: COMMUNITY_AFFAIRS) { id } }', { id }, w.staff.token);
      expect(refused.errors).toBeDefined();
      const log = (await t.ok('query($z: ID) { auditLog(zoneId: $z, action: "acceptNeed") { totalCount edges { node { action subjectType subjectId zone { id } actor { id } at } } } }', { z: String(w.zoneId) }, w.staff.token)).auditLog;
      expect(log.totalCount).toBe(1);
      expect(log.edges[0].node).toMatchObject({ action: 'acceptNeed', subjectType: 'Need', subjectId: id, zone: { id: String(w.zoneId) }, actor: { id: String(w.staff.id) } });
      // staff of another zone do not see it; the admin does
      expect((await t.ok('{ auditLog(action: "acceptNeed") { totalCount } }', {}, w.otherStaff.token)).auditLog.totalCount).toBe(0);
      expect((await t.ok('{ auditLog(action: "acceptNeed") { totalCount } }', {}, w.admin.token)).auditLog.totalCount).toBe(1);
      expect(await t.code('{ auditLog { totalCount } }', {}, w.residents[0].token)).toBe('FORBIDDEN');
    });

    it('overlapping mutations by two staff, among reads, each leave their own entry (the hook is held per mutation)', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push(await submit(t, w.residents[i % w.residents.length].token, w.zoneId));
      const staff = [w.staff, w.admin];
      const reads = Array.from({ length: 6 }, () => t.ok('query($z: ID!) { needsMenu(zoneId: $z) { sections { category count } } }', { z: String(w.zoneId) }));
      await Promise.all([
        ...ids.map((id, i) => t.ok('mutation($id: ID!) { rejectNeed(needId: $id, reason: "重复提交") { id } }', { id }, staff[i % 2].token)),
        ...reads,
      ]);
      const rows = await t.db.getRepository(AuditEntryEntity).findBy({ action: 'rejectNeed' });
      expect(rows.map((r) => [r.subjectId, r.actorId]).sort()).toEqual(ids.map((id, i) => [id, staff[i % 2].id]).sort());
    });

    it('keeps secrets out of the detail', async () => {
      await t.ok(`mutation($id: ID!) { resetStaffPassword(userId: $id, newPassword: "secret-pass-9") }`, { id: String(w.unitAdmins[1].id) }, w.admin.token);
      const row = await t.db.getRepository(AuditEntryEntity).findOneByOrFail({ action: 'resetStaffPassword' });
      expect(row.detail).not.toContain('secret-pass-9');
      expect(row.subjectType).toBe('User');
    });

    it('exports to Excel with the same scope', async () => {
      const res = await t.http.get('/exports/audit.xlsx').set('authorization', `Bearer ${w.staff.token}`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body);
      const rows = wb.getWorksheet('审计日志')!.getSheetValues().filter(Boolean);
      expect(rows.length).toBeGreaterThan(1);
      expect(JSON.stringify(rows)).toContain('acceptNeed');
      expect((await t.http.get('/exports/audit.xlsx').set('authorization', `Bearer ${w.residents[1].token}`)).status).toBe(403);
    });
  });

  describe('personal data', () => {
    it('myData holds the account and what the person did, without secrets', async () => {
      const id = await submit(t, w.residents[1].token, w.zoneId, { title: '我的需求标题' });
      const data = JSON.parse((await t.ok('{ myData }', {}, w.residents[1].token)).myData);
      expect(data.account.phone).toBe(w.residents[1].phone);
      expect(data.records.needs.map((n: { id: number }) => String(n.id))).toContain(id);
      expect(JSON.stringify(data)).not.toMatch(/passwordHash|codeHash/);
    });

    it('deleteMyAccount erases name and phone; the needs stay and count, unattributed; the token stops working', async () => {
      const me = w.residents[2];
      const id = await submit(t, me.token, w.zoneId, { title: '保留的需求' });
      await t.ok('mutation($id: ID!) { supportNeed(needId: $id) { id } }', { id }, w.residents[0].token);
      expect((await t.ok('mutation { deleteMyAccount }', {}, me.token)).deleteMyAccount).toBe(true);
      const row = await t.db.getRepository(UserEntity).findOneByOrFail({ id: me.id });
      expect(row.phone).toBeNull();
      expect(row.displayName).not.toMatch(/王小/);
      expect(firstError(await t.gql(ME, {}, me.token)).code).toBe('UNAUTHENTICATED');
      const need = await t.db.getRepository(NeedEntity).findOneByOrFail({ id: Number(id) });
      expect(need.submitterId).toBe(me.id);
      expect(need.supportCount).toBe(1);
      const seen = (await t.ok('query($id: ID!) { need(id: $id) { title submitter { displayName phone } } }', { id }, w.staff.token)).need;
      expect(seen.title).toBe('保留的需求');
      expect(seen.submitter.phone).toBeNull();
      // the same phone signs in to a new, empty account
      const fresh = (await t.ok('mutation($p: String!) { loginWithCode(phone: $p, code: "123456") { user { id } } }', { p: me.phone })).loginWithCode.user.id;
      expect(fresh).not.toBe(String(me.id));
    });
  });
});
