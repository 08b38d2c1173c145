import { ProjectEntity } from '@app/projects/projects.entities';
import { SurveyEntity } from '@app/evaluation/evaluation.entities';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { Role } from '@app/common/glossary';
import { useWorld, firstError } from '../support/suite';
import { TEST_PASSWORD, nextPhone } from '../support/world';
import { gqlWith } from '../support/calls';
import { CREATE_SURVEY, SUBMIT as ANSWER, VISIT, answersFor } from '../evaluation/evaluation-helpers';
import { acceptedNeed, otherZoneWorld, Walk } from '../support/projects';
import { submit } from '../needs/needs-helpers';

const CREATE_STAFF = `mutation($u: String!, $roles: [Role!]!, $zones: [ID!]!, $unit: ID) {
  createStaffUser(username: $u, password: "password123", displayName: "新账号", roles: $roles, zoneIds: $zones, unitId: $unit) { id roles }
}`;
const REPORT = `mutation($id: ID!, $unitId: ID!) { reportProgress(projectId: $id, unitId: $unitId, note: "进展", percent: 50, fundsSpentFen: 100, beneficiaries: 3) { id } }`;
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const SUBMITTER = 'query($id: ID!) { need(id: $id) { submitter { displayName phone } } }';

/** The holes a hostile client found (issue 9): each test failed on the code before the fix. */
describe('trust: holes found by a hostile client', () => {
  const { t, w } = useWorld({ residents: 4 });

  describe('1. a zone-limited ADMIN is not a global ADMIN', () => {
    let zoneAdmin: string;
    beforeAll(async () => {
      const u = await t.db.getRepository(UserEntity).save(t.db.getRepository(UserEntity).create({ username: 'zoneadmin', displayName: '片区管理员', specialties: [], isPartyMember: false }));
      await t.db.getRepository(UserRoleEntity).insert({ userId: u.id, role: Role.ADMIN, zoneId: w.zoneId });
      zoneAdmin = t.tokenFor(u.id);
    });

    it('cannot create a global ADMIN, nor any ADMIN', async () => {
      expect(await t.code(CREATE_STAFF, { u: 'evil1', roles: ['ADMIN'], zones: [] }, zoneAdmin)).toBe('FORBIDDEN');
      expect(await t.code(CREATE_STAFF, { u: 'evil2', roles: ['ADMIN'], zones: [String(w.zoneId)] }, zoneAdmin)).toBe('FORBIDDEN');
      expect(await t.db.getRepository(UserEntity).countBy({ username: 'evil1' })).toBe(0);
    });

    it('cannot create staff in another zone, but can in its own', async () => {
      expect(await t.code(CREATE_STAFF, { u: 'evil3', roles: ['COUNCIL_STAFF'], zones: [String(w.otherZoneId)] }, zoneAdmin)).toBe('FORBIDDEN');
      const ok = await t.ok(CREATE_STAFF, { u: 'ownstaff', roles: ['COUNCIL_STAFF'], zones: [String(w.zoneId)] }, zoneAdmin);
      expect(ok.createStaffUser.roles).toEqual(['COUNCIL_STAFF']);
    });

    it('cannot create a zone, nor read the global job queue', async () => {
      expect(await t.code('mutation { createZone(name: "新片区", street: "某街道") { id } }', {}, zoneAdmin)).toBe('FORBIDDEN');
      expect(await t.code('{ jobQueue { counts } }', {}, zoneAdmin)).toBe('FORBIDDEN');
    });

    it("cannot report progress for another zone's unit", async () => {
      const other = { id: await new Walk(t, await otherZoneWorld(t, w)).inProgress({ category: 'COMMUNITY_AFFAIRS' }) };
      expect(await t.code(REPORT, { id: String(other.id), unitId: String(w.otherZoneUnit) }, zoneAdmin)).toBe('FORBIDDEN');
    });
  });

  describe('2. unreviewed needs do not leak', () => {
    it('the duplicate hint shows a SUBMITTED need by title and support count only; supporting it returns no more', async () => {
      const id = await submit(t, w.residents[0].token, w.zoneId, { title: '小区楼道灯坏了需要维修', content: '我家住 5 号楼 302,电话 13912345678' });
      const q = `query($z: ID!) { similarNeeds(zoneId: $z, title: "楼道灯坏了需要维修") { id title content supportCount submitter { displayName phone } } }`;
      const anon = (await t.ok(q, { z: String(w.zoneId) })).similarNeeds.find((n: { id: string }) => n.id === id);
      expect(anon.title).toBe('小区楼道灯坏了需要维修');
      expect(anon.content).toBe('');
      expect(JSON.stringify(anon)).not.toContain('13912345678');
      expect(anon.submitter.displayName).not.toContain('王小');
      const supported = await t.ok('mutation($id: ID!) { supportNeed(needId: $id) { id content supportCount } }', { id }, w.residents[1].token);
      expect(supported.supportNeed.content).toBe('');
      expect(supported.supportNeed.supportCount).toBe(1);
      // staff of the zone see it whole
      const staff = (await t.ok(q, { z: String(w.zoneId) }, w.staff.token)).similarNeeds.find((n: { id: string }) => n.id === id);
      expect(staff.content).toContain('302');
    });
  });

  describe('3. staff of one zone do not see the contact details of another zone', () => {
    it("masks a need's submitter for the other zone's staff, whole for this zone's staff", async () => {
      const id = await submit(t, w.residents[2].token, w.zoneId);
      await t.ok('mutation($id: ID!) { acceptNeed(needId: $id, category: COMMUNITY_AFFAIRS) { id } }', { id }, w.staff.token);
      const own = (await t.ok(SUBMITTER, { id }, w.staff.token)).need.submitter;
      expect(own.phone).toBe(w.residents[2].phone);
      const other = (await t.ok(SUBMITTER, { id }, w.otherStaff.token)).need.submitter;
      expect(other.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(other.displayName).toMatch(/\*/);
    });
  });

  describe('4. a profile edit grants no role; the council does not answer or vote', () => {
    it('council staff naming a community do not become residents', async () => {
      const r = await t.ok('mutation($c: ID) { updateMyProfile(communityId: $c) { roles } }', { c: String(w.communityId) }, w.staff.token);
      expect(r.updateMyProfile.roles).toEqual(['COUNCIL_STAFF']);
    });

    it("a board member holding a resident role still cannot answer their zone's survey", async () => {
      await t.db.getRepository(UserRoleEntity).insert({ userId: w.board[0].id, role: Role.RESIDENT, zoneId: null });
      await t.db.getRepository(UserEntity).update({ id: w.board[0].id }, { communityId: w.communityId });
      const need = await acceptedNeed(t, w.zoneId, w.residents[3], 'COMMUNITY_AFFAIRS');
      await t.ok('mutation($id: ID!) { supportNeed(needId: $id) { id } }', { id: String(need) }, w.board[0].token);
      const p = { id: await new Walk(t, w).completed({ category: 'COMMUNITY_AFFAIRS', sourceNeedIds: [String(need)] }) };
      const s = (await t.ok(CREATE_SURVEY, { input: { projectId: String(p.id), method: 'QUESTIONNAIRE', questions: [] } }, w.staff.token)).createSurvey;
      const fresh = await t.app.get((await import('@app/auth/auth.service')).AuthService).principalById(w.board[0].id);
      expect(fresh?.grants.map((g) => g.role)).toContain('RESIDENT');
      const e = firstError(await t.gql(ANSWER, { surveyId: s.id, answers: answersFor(s.questions, () => 5) }, w.board[0].token));
      expect(e.code).toBe('FORBIDDEN');
    });
  });

  describe('4b. campaigns: the council does not vote; a unit admin not for its own unit\'s project', () => {
    it('refuses a staff member with a resident role and a unit admin voting for what its unit claimed', async () => {
      const own = { id: await new Walk(t, w).completed({ title: '本单位项目', category: 'COMMUNITY_AFFAIRS' }, 0) };
      const other = { id: await new Walk(t, w).completed({ title: '他单位项目', category: 'COMMUNITY_AFFAIRS' }, 1) };
      const c = (await t.ok('mutation($z: ID!, $ids: [ID!]!) { createCampaign(zoneId: $z, title: "评选", projectIds: $ids) { id } }', { z: String(w.zoneId), ids: [String(own.id), String(other.id)] }, w.staff.token)).createCampaign;
      const VOTE = 'mutation($c: ID!, $p: ID!) { voteInCampaign(campaignId: $c, projectId: $p) { id } }';
      await t.db.getRepository(UserRoleEntity).insert({ userId: w.party.id, role: Role.RESIDENT, zoneId: null });
      expect(await t.code(VOTE, { c: c.id, p: String(own.id) }, w.party.token)).toBe('FORBIDDEN');
      expect(await t.code(VOTE, { c: c.id, p: String(own.id) }, w.unitAdmins[0].token)).toBe('FORBIDDEN');
      expect((await t.gql(VOTE, { c: c.id, p: String(other.id) }, w.unitAdmins[0].token)).errors).toBeUndefined();
    });
  });

  describe('5. nobody locks anyone out', () => {
    it('the right password works from another address after many wrong guesses from one', async () => {
      for (let i = 0; i < 12; i++) {
        expect(firstError(await gqlWith(t, { 'x-forwarded-for': '10.9.0.1' }, LOGIN, { u: 'admin', p: `guess-${i}` })).code).toBe('UNAUTHENTICATED');
      }
      expect((await t.gql(LOGIN, { u: 'admin', p: TEST_PASSWORD })).errors).toBeUndefined();
    });

    it('takes as long to refuse an unknown username as a known one', async () => {
      const { AuthService } = await import('@app/auth/auth.service');
      await t.db.getRepository(UserEntity).update({ username: 'board3' }, { passwordHash: await AuthService.hashPassword('a-real-password') });
      const time = async (u: string) => {
        const s = process.hrtime.bigint();
        await t.gql(LOGIN, { u, p: 'wrong-password' });
        return Number(process.hrtime.bigint() - s) / 1e6;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i++) {
        known.push(await time('board3'));
        unknown.push(await time(`nobody${i}`));
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    });
  });

  describe('6. an office building shares one address', () => {
    it('sends codes to many people behind one address (more than ten an hour)', async () => {
      for (let i = 0; i < 15; i++) expect((await t.gql('mutation($p: String!) { requestLoginCode(phone: $p) }', { p: nextPhone() })).errors).toBeUndefined();
    });
  });

  describe('8. survey integrity', () => {
    let surveyId: string;
    let questions: { id: string; dimension: string }[];
    beforeAll(async () => {
      const p = { id: await new Walk(t, w).completed({ category: 'COMMUNITY_AFFAIRS' }) };
      const s = (await t.ok(CREATE_SURVEY, { input: { projectId: String(p.id), method: 'QUESTIONNAIRE', questions: [] } }, w.staff.token)).createSurvey;
      surveyId = s.id;
      questions = s.questions;
    });

    it("a resident of another zone cannot answer this zone's survey", async () => {
      const stranger = await t.db.getRepository(UserEntity).save(t.db.getRepository(UserEntity).create({ phone: nextPhone(), displayName: '外区居民', communityId: w.otherCommunityId, specialties: [], isPartyMember: false }));
      await t.db.getRepository(UserRoleEntity).insert({ userId: stranger.id, role: Role.RESIDENT, zoneId: null });
      expect(firstError(await t.gql(ANSWER, { surveyId, answers: answersFor(questions, () => 5) }, t.tokenFor(stranger.id))).code).toBe('FORBIDDEN');
      // a resident of the zone can
      expect((await t.gql(ANSWER, { surveyId, answers: answersFor(questions, () => 5) }, w.residents[1].token)).errors).toBeUndefined();
    });

    it('a visit answer creates no login account, is refused a second time for the same phone, and is audited without the phone', async () => {
      const phone = nextPhone();
      expect((await t.gql(VISIT, { surveyId, phone, answers: answersFor(questions, () => 4) }, w.staff.token)).errors).toBeUndefined();
      expect(await t.db.getRepository(UserEntity).countBy({ phone })).toBe(0);
      const again = firstError(await t.gql(VISIT, { surveyId, phone, answers: answersFor(questions, () => 4) }, w.staff.token));
      expect(again.code).toBe('CONFLICT');
      const signIn = await t.gql('mutation($p: String!) { loginWithCode(phone: $p, code: "123456") { user { id } } }', { p: phone });
      expect(signIn.data.loginWithCode.user.id).not.toBe(undefined);
      expect(Number((await t.db.getRepository(SurveyEntity).findOneByOrFail({ id: Number(surveyId) })).responseCount)).toBe(2);
      const log = await t.ok('{ auditLog(action: "recordVisitResponse") { edges { node { action subjectType subjectId detail actor { id } } } } }', {}, w.staff.token);
      const entry = log.auditLog.edges[0].node;
      expect(entry.subjectType).toBe('Survey');
      expect(entry.actor.id).toBe(String(w.staff.id));
      expect(entry.detail).not.toContain(phone);
      expect(entry.detail).toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    });
  });

  describe("11. project(id) answers the same for an unpublished project as for a missing one", () => {
    it('gives null, not FORBIDDEN, for a draft', async () => {
      const draft = { id: Number(await new Walk(t, w).draft({ category: 'COMMUNITY_AFFAIRS' })) };
      const q = 'query($id: ID!) { project(id: $id) { id } }';
      const hidden = await t.gql(q, { id: String(draft.id) }, w.residents[0].token);
      const missing = await t.gql(q, { id: '999999' }, w.residents[0].token);
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data).toEqual(missing.data);
      expect((await t.db.getRepository(ProjectEntity).countBy({ id: draft.id }))).toBe(1);
    });
  });
});
