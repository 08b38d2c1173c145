import { NestFactory } from '@nestjs/core';
import { UserEntity } from '@app/auth/auth.entities';
import { clock } from '@app/common/clock';
import { shanghaiDay } from '@app/common/shanghai-time';
import { NeedEntity } from '@app/needs/needs.entities';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { OverdueService } from '@app/projects/overdue.service';
import { ProjectClaimEntity, ProjectEntity, ProjectOverdueAlertEntity } from '@app/projects/projects.entities';
import { WorkerModule } from '../../apps/worker/worker.module';
import { ON_MYSQL, testEnv } from '../support/harness';
import { firstError, useWorld } from '../support/suite';
import { nextPhone } from '../support/world';
import { CLAIM, CLOSE, COMPLETE, DECIDE, draftInput, notificationsOf, PROPOSE, PUBLISH, REPORT, START, VOTE, Walk } from './helpers';

const YEAR_FIELDS = `id status origin startsOn endsOn overdue followedByMe resolutionRound claimCount fundsSpentFen beneficiaries offerPledge
  offeredByUnit { id name }
  claims { id pledge unit { id } released }
  releasedClaims { id releaseReason released unit { id } }
  rounds { round for against abstain votes { choice } }
  timeline { round from to comment }`;
const GET = `query($id: ID!) { project(id: $id) { ${YEAR_FIELDS} } }`;
const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { ${YEAR_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ProjectUpdateInput!) { updateProject(projectId: $id, input: $input) { ${YEAR_FIELDS} title budgetFen } }`;
const OFFER = `mutation($input: UnitOfferInput!) { offerProject(input: $input) { ${YEAR_FIELDS} } }`;
const RELEASE = `mutation($id: ID!, $unitId: ID!, $reason: String!) { releaseClaim(projectId: $id, unitId: $unitId, reason: $reason) { ${YEAR_FIELDS} } }`;
const FOLLOW = `mutation($id: ID!) { followProject(projectId: $id) { id followedByMe } }`;
const UNFOLLOW = `mutation($id: ID!) { unfollowProject(projectId: $id) { id followedByMe } }`;
const LIST = `query($z: ID!, $overdue: Boolean) { projects(zoneId: $z, overdue: $overdue) { totalCount edges { node { id overdue } } } }`;
const STATS = `query($z: ID!) { zoneStats(zoneId: $z) { fundsSpentFen beneficiaries fundsPledgedFen } }`;

const day = (offset: number) => shanghaiDay(new Date(clock.now().getTime() + offset * 86_400_000));

describe('running the council’s year', () => {
  const { t, w } = useWorld({ board: 3, units: 25, residents: 4 });
  const walk = new Walk(t, w);

  describe('a returned draft is edited and proposed again in a new board round', () => {
    it('RETURN → edit → propose → round 2 passes → approve; round 1 and its votes stay in the timeline', async () => {
      const id = await walk.resolved();
      await t.ok(DECIDE, { id, decision: 'RETURN', comment: '预算偏高,请修改' }, w.party.token);
      const edited = (await t.ok(UPDATE, { id, input: { budgetFen: 300_000, title: '白领课堂(修改稿)', endsOn: day(60), startsOn: day(10) } }, w.staff.token)).updateProject;
      expect(edited).toMatchObject({ status: 'DRAFT', budgetFen: 300_000, title: '白领课堂(修改稿)', startsOn: day(10), endsOn: day(60) });
      expect(edited.timeline.at(-1)).toMatchObject({ round: 1, from: 'DRAFT', to: 'DRAFT' });
      expect(edited.timeline.at(-1).comment).toContain('预算');

      await t.ok(PROPOSE, { id }, w.staff.token);
      await t.ok(VOTE, { id, choice: 'FOR' }, w.board[0].token);
      await t.ok(VOTE, { id, choice: 'FOR' }, w.board[2].token);
      await t.ok(VOTE, { id, choice: 'AGAINST' }, w.board[1].token);
      await t.ok(CLOSE, { id }, w.staff.token);
      await t.ok(DECIDE, { id, decision: 'APPROVE', comment: '同意' }, w.party.token);

      const p = (await t.ok(GET, { id }, w.staff.token)).project;
      expect(p.status).toBe('APPROVED');
      expect(p.resolutionRound).toBe(2);
      expect(p.rounds).toEqual([
        expect.objectContaining({ round: 1, for: 2, against: 0 }),
        expect.objectContaining({ round: 2, for: 2, against: 1 }),
      ]);
      const rounds = p.timeline.map((e: { round: number; to: string }) => `${e.round}:${e.to}`);
      expect(rounds).toEqual(['0:DRAFT', '1:PROPOSED', '1:RESOLVED', '1:DRAFT', '1:DRAFT', '2:PROPOSED', '2:RESOLVED', '2:APPROVED']);
    });

    it('a draft whose vote failed can be edited; only staff of the zone, only in DRAFT; the end never before the start', async () => {
      const id = await walk.proposed();
      await t.ok(VOTE, { id, choice: 'AGAINST' }, w.board[0].token);
      await t.ok(VOTE, { id, choice: 'AGAINST' }, w.board[1].token);
      expect((await t.ok(CLOSE, { id }, w.staff.token)).closeResolution.status).toBe('DRAFT');
      expect(await firstError(t, UPDATE, { id, input: { startsOn: day(30), endsOn: day(29) } }, w.staff.token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
      expect((await firstError(t, UPDATE, { id, input: { budgetFen: 1 } }, w.otherStaff.token)).code).toBe('FORBIDDEN');
      expect((await firstError(t, UPDATE, { id, input: { budgetFen: 1 } }, w.unitAdmins[0].token)).code).toBe('FORBIDDEN');
      expect((await firstError(t, UPDATE, { id, input: { endsOn: '2026-02-30' } }, w.staff.token)).code).toBe('BAD_USER_INPUT');
      await t.ok(UPDATE, { id, input: { budgetFen: 1 } }, w.staff.token);
      await t.ok(PROPOSE, { id }, w.staff.token);
      expect((await firstError(t, UPDATE, { id, input: { budgetFen: 2 } }, w.staff.token)).code).toBe('CONFLICT');
      expect(await firstError(t, CREATE, { input: { ...(await draftInput(t, w)), startsOn: day(5), endsOn: day(1) } }, w.staff.token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    });
  });

  describe('dates and overdue projects', () => {
    it('a project past endsOn and not finished is overdue and listed by projects(overdue: true); a completed one is not', async () => {
      const late = (await t.ok(CREATE, { input: { ...(await draftInput(t, w)), startsOn: day(-30), endsOn: day(-1) } }, w.staff.token)).createProject;
      const onTime = (await t.ok(CREATE, { input: { ...(await draftInput(t, w)), endsOn: day(0) } }, w.staff.token)).createProject;
      expect(late).toMatchObject({ overdue: true, endsOn: day(-1) });
      expect(onTime.overdue).toBe(false);
      const done = await walk.completed();
      await t.db.getRepository(ProjectEntity).update({ id: Number(done) }, { endsOn: day(-3) });
      const list = (await t.ok(LIST, { z: String(w.zoneId), overdue: true }, w.staff.token)).projects;
      const ids = list.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toContain(late.id);
      expect(ids).not.toContain(onTime.id);
      expect(ids).not.toContain(done);
      expect(list.edges.every((e: { node: { overdue: boolean } }) => e.node.overdue)).toBe(true);
      const rest = (await t.ok(LIST, { z: String(w.zoneId), overdue: false }, w.staff.token)).projects;
      expect(rest.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expect.arrayContaining([onTime.id, done]));
      expect(rest.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(late.id);
    });

    (ON_MYSQL ? it : it.skip)('the daily job under two workers tells the zone staff and the claiming unit once per project per day', async () => {
      const id = await walk.claimed({}, 3);
      await t.db.getRepository(ProjectEntity).update({ id: Number(id) }, { endsOn: day(-2) });
      const workers = await Promise.all([0, 1].map(() => NestFactory.createApplicationContext(WorkerModule.forRoot(testEnv()), { logger: false })));
      try {
        await Promise.all(workers.map((x) => x.init()));
        const today = day(0);
        const counts = await Promise.all(workers.flatMap((x) => [x.get(OverdueService).alert(today), x.get(OverdueService).alert(today)]));
        const alertsForIt = await t.db.getRepository(ProjectOverdueAlertEntity).countBy({ projectId: Number(id), day: today });
        expect(alertsForIt).toBe(1);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(await t.db.getRepository(ProjectOverdueAlertEntity).countBy({ day: today }));
        await t.drainJobs();
        const told = async (userId: number) =>
          (await t.db.getRepository(NotificationEntity).findBy({ userId, kind: 'project-overdue' })).filter((n) => n.dedupeKey === `project-overdue:${id}:${today}`);
        expect(await told(w.staff.id)).toHaveLength(1);
        expect(await told(w.unitAdmins[3].id)).toHaveLength(1);
        expect(await told(w.unitAdmins[4].id)).toHaveLength(0);
        expect(await told(w.otherStaff.id)).toHaveLength(0);
        // the next day it is told again
        expect(await workers[0].get(OverdueService).alert(day(1))).toBeGreaterThanOrEqual(1);
        await t.drainJobs();
      } finally {
        await Promise.all(workers.map((x) => x.close()));
      }
    });

    it('the check alerts once a day in one process too', async () => {
      const id = (await t.ok(CREATE, { input: { ...(await draftInput(t, w)), endsOn: day(-5) } }, w.staff.token)).createProject.id;
      const service = t.app.get(OverdueService);
      const d = day(7);
      await service.alert(d);
      expect(await service.alert(d)).toBe(0);
      await t.drainJobs();
      expect(await t.db.getRepository(NotificationEntity).countBy({ userId: w.staff.id, dedupeKey: `project-overdue:${id}:${d}` })).toBe(1);
    });
  });

  describe('a unit offers a project of its own (单位申报)', () => {
    it('DRAFT with origin UNIT_OFFER and no source needs, the same approval chain, and the unit holds the first claim on publish', async () => {
      const input = {
        unitId: String(w.units[1]),
        zoneId: String(w.zoneId),
        title: '金秋助学',
        description: '资助片区内困难家庭的学生',
        category: 'PUBLIC_SERVICE',
        budgetFen: 2_000_000,
        targetBeneficiaries: 30,
        startsOn: day(1),
        endsOn: day(90),
        pledge: '出资两万元并派出志愿者',
      };
      expect((await firstError(t, OFFER, { input }, w.unitAdmins[0].token)).code).toBe('FORBIDDEN');
      expect((await firstError(t, OFFER, { input: { ...input, endsOn: day(0) } }, w.unitAdmins[1].token)).field).toBe('endsOn');
      const offered = (await t.ok(OFFER, { input }, w.unitAdmins[1].token)).offerProject;
      expect(offered).toMatchObject({ status: 'DRAFT', origin: 'UNIT_OFFER', offeredByUnit: { id: String(w.units[1]) }, offerPledge: input.pledge, followedByMe: true });
      // the offering unit sees its draft; another unit does not (null, as for a missing id)
      expect((await t.ok(GET, { id: offered.id }, w.unitAdmins[1].token)).project.status).toBe('DRAFT');
      expect((await t.ok(GET, { id: offered.id }, w.unitAdmins[0].token)).project).toBeNull();
      expect((await notificationsOf(t, w.staff.id, 'project-offered')).length).toBe(1);

      const id = offered.id;
      await t.ok(PROPOSE, { id }, w.staff.token);
      for (const b of w.board.slice(0, 2)) await t.ok(VOTE, { id, choice: 'FOR' }, b.token);
      await t.ok(CLOSE, { id }, w.staff.token);
      await t.ok(DECIDE, { id, decision: 'APPROVE', comment: '同意' }, w.party.token);
      const published = (await t.ok(PUBLISH, { id }, w.staff.token)).publishProject;
      expect(published.status).toBe('CLAIMED');
      const p = (await t.ok(GET, { id }, w.staff.token)).project;
      expect(p.claimCount).toBe(1);
      expect(p.claims).toEqual([expect.objectContaining({ pledge: input.pledge, unit: { id: String(w.units[1]) } })]);
      expect(p.timeline.slice(-2).map((e: { to: string }) => e.to)).toEqual(['PUBLISHED', 'CLAIMED']);
    });
  });

  describe('a unit releases its claim', () => {
    it('the slot reopens, the reports and their figures still count (project and zoneStats), back to PUBLISHED with no claim left, everyone told', async () => {
      const id = await walk.inProgress({ claimLimit: 2 }, 5);
      await t.ok(REPORT, { id, unitId: String(w.units[5]), note: '已开课两次', percent: 30, funds: 12_345, beneficiaries: 17 }, w.unitAdmins[5].token);
      await t.ok(FOLLOW, { id }, w.residents[2].token);
      const before = (await t.ok(STATS, { z: String(w.zoneId) })).zoneStats;

      expect((await firstError(t, RELEASE, { id, unitId: String(w.units[5]), reason: '人手不足' }, w.unitAdmins[6].token)).code).toBe('FORBIDDEN');
      expect((await firstError(t, RELEASE, { id, unitId: String(w.units[5]), reason: '   ' }, w.unitAdmins[5].token)).code).toBe('BAD_USER_INPUT');
      const released = (await t.ok(RELEASE, { id, unitId: String(w.units[5]), reason: '人手不足,无法继续' }, w.unitAdmins[5].token)).releaseClaim;
      expect(released).toMatchObject({ status: 'PUBLISHED', claimCount: 0, claims: [], fundsSpentFen: 12_345, beneficiaries: 17 });
      expect(released.releasedClaims).toEqual([expect.objectContaining({ released: true, releaseReason: '人手不足,无法继续', unit: { id: String(w.units[5]) } })]);
      expect(released.timeline.slice(-2).map((e: { from: string; to: string }) => `${e.from}>${e.to}`)).toEqual(['IN_PROGRESS>IN_PROGRESS', 'IN_PROGRESS>PUBLISHED']);
      expect(released.timeline.at(-2).comment).toContain('人手不足');

      const after = (await t.ok(STATS, { z: String(w.zoneId) })).zoneStats;
      expect(after.fundsSpentFen).toBe(before.fundsSpentFen);
      expect(after.beneficiaries).toBe(before.beneficiaries);
      // the claim row is kept, marked released (the scorecard reads it)
      const row = await t.db.getRepository(ProjectClaimEntity).findOneByOrFail({ projectId: Number(id), unitId: w.units[5] });
      expect(row.releasedAt).not.toBeNull();

      expect((await notificationsOf(t, w.staff.id, 'claim-released')).length).toBe(1);
      expect((await notificationsOf(t, w.residents[2].id, 'claim-released')).length).toBe(1);
      expect((await firstError(t, RELEASE, { id, unitId: String(w.units[5]), reason: '再退一次' }, w.unitAdmins[5].token)).code).toBe('CONFLICT');
      expect((await firstError(t, REPORT, { id, unitId: String(w.units[5]), note: '继续', percent: 40, funds: 1, beneficiaries: 1 }, w.unitAdmins[5].token)).code).toBe('FORBIDDEN');
      // another unit takes the reopened slot
      expect((await t.ok(CLAIM, { id, unitId: String(w.units[7]), pledge: '我们接手' }, w.unitAdmins[7].token)).claimProject.status).toBe('CLAIMED');
    });

    it('staff may release for a unit; with claims left the project keeps its status', async () => {
      const id = await walk.claimed({ claimLimit: 3 }, 8);
      await t.ok(CLAIM, { id, unitId: String(w.units[9]), pledge: '共同认领' }, w.unitAdmins[9].token);
      const p = (await t.ok(RELEASE, { id, unitId: String(w.units[8]), reason: '单位改组' }, w.staff.token)).releaseClaim;
      expect(p).toMatchObject({ status: 'CLAIMED', claimCount: 1 });
      expect((await notificationsOf(t, w.unitAdmins[8].id, 'claim-released')).length).toBeGreaterThanOrEqual(1);
      expect((await firstError(t, RELEASE, { id, unitId: String(w.units[8]), reason: 'x' }, w.otherStaff.token)).code).toBe('FORBIDDEN');
    });

    it('20 claims racing 5 releases never exceed the limit; the counter equals the claims held', async () => {
      const id = await walk.published({ claimLimit: 5 });
      const holders = [0, 1, 2, 3, 4];
      for (const i of holders) await t.ok(CLAIM, { id, unitId: String(w.units[i]), pledge: `先认领 ${i}` }, w.unitAdmins[i].token);
      const racers = Array.from({ length: 20 }, (_, k) => k + 5);
      const results = await Promise.all([
        ...racers.map((i) => t.gql(CLAIM, { id, unitId: String(w.units[i]), pledge: `抢认领 ${i}` }, w.unitAdmins[i].token)),
        ...holders.map((i) => t.gql(RELEASE, { id, unitId: String(w.units[i]), reason: '退出' }, w.unitAdmins[i].token)),
      ]);
      expect(results.every((r) => r.status === 200)).toBe(true);
      const releases = results.slice(20);
      expect(releases.filter((r) => r.errors)).toHaveLength(0);
      const wonClaims = results.slice(0, 20).filter((r) => !r.errors).length;
      expect(wonClaims).toBeLessThanOrEqual(5);
      const held = await t.db.getRepository(ProjectClaimEntity).find({ where: { projectId: Number(id) } });
      const active = held.filter((c) => !c.releasedAt);
      expect(active.length).toBe(wonClaims);
      expect(active.length).toBeLessThanOrEqual(5);
      const row = await t.db.getRepository(ProjectEntity).findOneByOrFail({ id: Number(id) });
      expect(row.claimCount).toBe(active.length);
      expect(row.status).toBe(active.length ? 'CLAIMED' : 'PUBLISHED');
    });
  });

  describe('staff act for people met offline', () => {
    const SUPPORT_FOR = `mutation($id: ID!, $phone: String!, $name: String!) { supportNeedFor(needId: $id, phone: $phone, name: $name) { id supportCount history { action note } } }`;
    it('supportNeedFor finds or creates the person by phone without a login; a second time is CONFLICT; only staff', async () => {
      const need = await t.db.getRepository(NeedEntity).findOneByOrFail({ id: Number((await draftInput(t, w)).sourceNeedIds[0]) });
      const phone = nextPhone();
      const r = (await t.ok(SUPPORT_FOR, { id: String(need.id), phone, name: '赵阿姨' }, w.staff.token)).supportNeedFor;
      expect(r.supportCount).toBe(need.supportCount + 1);
      expect(r.history.at(-1)).toMatchObject({ action: 'support-for' });
      expect(r.history.at(-1).note).not.toContain(phone);
      const person = await t.db.getRepository(UserEntity).findOneByOrFail({ phone });
      expect(person).toMatchObject({ displayName: '赵阿姨', username: null, passwordHash: null });
      expect((await firstError(t, SUPPORT_FOR, { id: String(need.id), phone, name: '赵阿姨' }, w.staff.token)).code).toBe('CONFLICT');
      expect((await firstError(t, SUPPORT_FOR, { id: String(need.id), phone: nextPhone(), name: '钱' }, w.residents[1].token)).code).toBe('FORBIDDEN');
      expect((await firstError(t, SUPPORT_FOR, { id: String(need.id), phone: nextPhone(), name: '钱' }, w.otherStaff.token)).code).toBe('FORBIDDEN');
      expect((await firstError(t, SUPPORT_FOR, { id: String(need.id), phone: '123', name: '钱' }, w.staff.token)).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('following', () => {
    const SUBMIT = `mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id followedByMe } }`;
    const NEED = `query($id: ID!) { need(id: $id) { id followedByMe } }`;
    const SUPPORT = `mutation($id: ID!) { supportNeed(needId: $id) { id followedByMe } }`;
    const FOLLOW_NEED = `mutation($id: ID!) { followNeed(needId: $id) { id followedByMe } }`;
    const UNFOLLOW_NEED = `mutation($id: ID!) { unfollowNeed(needId: $id) { id followedByMe } }`;
    const ACCEPT = `mutation($id: ID!) { acceptNeed(needId: $id, category: CULTURE_SHARING) { id status } }`;

    it('the author and supporters follow a need; followers are told of each step once; the author is not told twice', async () => {
      const input = { zoneId: String(w.zoneId), kind: 'GOLDEN_IDEA', title: '楼道加装扶手', content: '老人上下楼不方便,希望加装扶手' };
      const need = (await t.ok(SUBMIT, { input }, w.residents[0].token)).submitNeed;
      expect(need.followedByMe).toBe(true);
      expect((await t.ok(SUPPORT, { id: need.id }, w.residents[1].token)).supportNeed.followedByMe).toBe(true);
      // a submitted need is seen only by its author and staff: nobody else can follow it yet
      expect((await firstError(t, FOLLOW_NEED, { id: need.id }, w.worker.token)).code).toBe('NOT_FOUND');
      await t.ok(ACCEPT, { id: need.id }, w.staff.token);
      await t.drainJobs();
      expect(await notificationsOf(t, w.residents[1].id, 'need-step')).toHaveLength(1);
      expect(await notificationsOf(t, w.residents[0].id, 'need-step')).toHaveLength(0);
      expect(await notificationsOf(t, w.residents[0].id, 'need-accepted')).toHaveLength(1);

      expect((await t.ok(FOLLOW_NEED, { id: need.id }, w.worker.token)).followNeed.followedByMe).toBe(true);
      await t.ok(FOLLOW_NEED, { id: need.id }, w.worker.token); // twice is still one follow
      expect((await t.ok(NEED, { id: need.id }, w.residents[3].token)).need.followedByMe).toBe(false);
      await t.ok(CREATE, { input: { ...(await draftInput(t, w)), sourceNeedIds: [need.id] } }, w.staff.token);
      expect(await notificationsOf(t, w.worker.id, 'need-step')).toHaveLength(1);
      expect(await notificationsOf(t, w.residents[1].id, 'need-step')).toHaveLength(2);
      expect(await notificationsOf(t, w.residents[0].id, 'need-step')).toHaveLength(0); // told directly instead
      expect((await notificationsOf(t, w.residents[0].id, 'need-in-project')).filter((n) => n.link === `/needs/${need.id}`)).toHaveLength(1);
      expect((await t.ok(UNFOLLOW_NEED, { id: need.id }, w.worker.token)).unfollowNeed.followedByMe).toBe(false);
    });

    it('anyone may follow a published project and is told of each step once; after unfollowing, of nothing more', async () => {
      const id = await walk.published();
      await t.drainJobs();
      const resident = w.residents[3];
      expect((await t.ok(FOLLOW, { id }, resident.token)).followProject.followedByMe).toBe(true);
      await t.ok(FOLLOW, { id }, resident.token);
      await t.ok(CLAIM, { id, unitId: String(w.units[10]), pledge: '认领' }, w.unitAdmins[10].token);
      await t.ok(START, { id }, w.staff.token);
      const steps = await notificationsOf(t, resident.id, 'project-step');
      expect(steps).toHaveLength(2);
      expect(steps.map((n) => n.title)).toEqual(['你关注的项目:已认领', '你关注的项目:实施中']);
      // the claiming unit's admin now follows it too, and the drafting staff member from the start
      expect((await t.ok(GET, { id }, w.unitAdmins[10].token)).project.followedByMe).toBe(true);
      expect((await t.ok(GET, { id }, w.staff.token)).project.followedByMe).toBe(true);
      expect((await t.ok(UNFOLLOW, { id }, resident.token)).unfollowProject.followedByMe).toBe(false);
      await t.ok(COMPLETE, { id }, w.staff.token);
      expect(await notificationsOf(t, resident.id, 'project-step')).toHaveLength(2);
      // a draft cannot be followed by people who may not see it (answered as for a missing id)
      const draft = await walk.draft();
      expect((await firstError(t, FOLLOW, { id: draft }, resident.token)).code).toBe('NOT_FOUND');
    });
  });
});
