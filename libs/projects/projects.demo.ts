import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity } from '@app/auth/auth.entities';
import { label, NeedCategory, NeedChannel, NeedStatus, ProjectStatus, VoteChoice } from '@app/common/glossary';
import { fulfilSourceNeeds, linkSourceNeeds } from '@app/needs/need-project-link';
import { applyNeedMove, bumpNeedCounter } from '@app/needs/need-state';
import { NeedEntity, needRow, NeedEventEntity } from '@app/needs/needs.entities';
import { MemberUnitEntity } from '@app/org/org.entities';
import { describeTally, tallyVotes } from './project-flow.service';
import { applyProjectMove, recordDraft } from './project-state';
import {
  ProgressReportEntity,
  ProjectClaimEntity,
  ProjectEntity,
  ProjectEventEntity,
  ProjectVoteEntity,
  ProjectVolunteerEntity,
} from './projects.entities';

/** Where each of the 14 fixture projects stands in the demo, in fixture order. */
const PLAN: { status: ProjectStatus; percent?: number; budgetYuan: number; beneficiaries: number; claimLimit?: number }[] = [
  { status: 'IN_PROGRESS', percent: 60, budgetYuan: 8000, beneficiaries: 300 }, // 微组织观摩 — 中交航道勘察设计学院
  { status: 'CLAIMED', percent: 20, budgetYuan: 20000, beneficiaries: 40 }, // 金秋助学,结对共建 — 上海海运集团党委
  { status: 'COMPLETED', budgetYuan: 15000, beneficiaries: 800 }, // 慈善跑
  { status: 'COMPLETED', budgetYuan: 3000, beneficiaries: 260 }, // 午间公益一小时
  { status: 'PUBLISHED', budgetYuan: 12000, beneficiaries: 500, claimLimit: 2 }, // 公益大篷车进社区
  { status: 'PUBLISHED', budgetYuan: 6000, beneficiaries: 150, claimLimit: 3 }, // 片区公益论坛
  { status: 'IN_PROGRESS', percent: 35, budgetYuan: 5000, beneficiaries: 600 }, // 公益集市
  { status: 'COMPLETED', budgetYuan: 18000, beneficiaries: 420 }, // 永乐夕阳红,维修进万家
  { status: 'APPROVED', budgetYuan: 30000, beneficiaries: 1200 }, // 社区大管家
  { status: 'RESOLVED', budgetYuan: 9000, beneficiaries: 350 }, // 全心全意全接触,劳动保障楼宇牵
  { status: 'PUBLISHED', budgetYuan: 4000, beneficiaries: 120 }, // 白领课堂:上海话教学
  { status: 'PROPOSED', budgetYuan: 3000, beneficiaries: 200 }, // 微信知识沙龙(白领教老人)
  { status: 'DRAFT', budgetYuan: 5000, beneficiaries: 300 }, // 金融知识进楼组
  { status: 'DRAFT', budgetYuan: 10000, beneficiaries: 500 }, // 文化、健康、咨询三进楼宇
];

const ORDER: ProjectStatus[] = ['DRAFT', 'PROPOSED', 'RESOLVED', 'APPROVED', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'COMPLETED'];
const reached = (target: ProjectStatus, step: ProjectStatus) => ORDER.indexOf(target) >= ORDER.indexOf(step);
/** What this step reads of the demo zone fixture (the demo seeder hands it in). */
export interface DemoProjectsFixture {
  zone: { hub: string };
  projects: { title: string; category: string; claimedBy?: string }[];
}

const CHANNELS: NeedChannel[] = ['APP', 'HALL', 'RECEPTION', 'VISIT', 'HOTLINE'];
const DAY = 24 * 3600 * 1000;

/**
 * Demo step: the 14 projects of the 建工片区 fixture, each drafted from a need that went through
 * the menu, walked through the state machine (applyProjectMove, so the timeline is the real one)
 * with board votes, claims, progress and volunteers; then spread over the past months.
 */
export async function seedDemoProjects(db: DataSource, zoneId: number, f: DemoProjectsFixture): Promise<void> {
  const users = await db.getRepository(UserEntity).find({ where: { username: In(['staff', 'board1', 'board2', 'board3', 'party', 'unit1', 'unit2']) } });
  const by = (name: string) => users.find((u) => u.username === name);
  const staff = by('staff');
  const party = by('party');
  if (!staff || !party) return; // not the demo accounts: nothing to do
  const board = ['board1', 'board2', 'board3'].map(by).filter((u): u is UserEntity => !!u);
  const unitAdmins = ['unit1', 'unit2'].map(by).filter((u): u is UserEntity => !!u && !!u.unitId);
  const people = await db.getRepository(UserEntity).find({ where: { phone: In(['13800000001', '13800000002']) } });
  const units = await db.getRepository(MemberUnitEntity).find({ where: { zoneId } });
  const adminOf = (unitName?: string) => {
    const unit = units.find((u) => u.name === unitName);
    return unitAdmins.find((a) => a.unitId === unit?.id) ?? unitAdmins[0];
  };

  for (const [i, fixture] of f.projects.entries()) {
    const plan = PLAN[i] ?? { status: 'DRAFT' as ProjectStatus, budgetYuan: 5000, beneficiaries: 100 };
    const claimant = adminOf(fixture.claimedBy ?? (i % 2 ? '上海海运集团党委' : '中交航道勘察设计学院'));
    const submitter = people[i % Math.max(1, people.length)] ?? staff;
    await db.transaction(async (m) => {
      const needId = await menuNeed(m, zoneId, fixture, submitter.id, staff.id, i);
      const project = await m.getRepository(ProjectEntity).save(
        m.getRepository(ProjectEntity).create({
          zoneId,
          title: fixture.title,
          description: `${fixture.title}:由${label('NeedCategory', fixture.category)}类需求立项,${f.zone.hub}统筹,成员单位认领实施。`,
          category: fixture.category as NeedCategory,
          status: 'DRAFT',
          budgetFen: plan.budgetYuan * 100,
          targetBeneficiaries: plan.beneficiaries,
          claimLimit: plan.claimLimit ?? 1,
          claimCount: 0,
          volunteerCount: 0,
          partyMemberVolunteerCount: 0,
          resolutionRound: 0,
          createdById: staff.id,
          proposedById: null,
          startsOn: null,
          endsOn: null,
          completedAt: null,
        }),
      );
      const id = project.id;
      await linkSourceNeeds(m, [needId], id, zoneId, staff.id);
      await recordDraft(m, project, staff.id, `起草项目,来源需求 #${needId}`);
      const s = plan.status;
      if (reached(s, 'PROPOSED')) {
        await applyProjectMove(m, id, 'propose', staff.id, '促进会提议,提交理事会表决');
        const voters = s === 'PROPOSED' ? board.slice(0, 1) : board;
        const choices: VoteChoice[] = voters.map((_, k) => (k === 2 && i % 3 === 0 ? 'ABSTAIN' : 'FOR'));
        if (voters.length) await m.insert(ProjectVoteEntity, voters.map((v, k) => ({ projectId: id, round: 1, voterId: v.id, choice: choices[k] })));
        if (reached(s, 'RESOLVED')) {
          await applyProjectMove(m, id, 'resolve', staff.id, `理事会表决(第 1 轮):${describeTally(tallyVotes(choices, board.length))}`);
        }
      }
      if (reached(s, 'APPROVED')) await applyProjectMove(m, id, 'approve', party.id, '同意立项,请做好安全保障');
      if (reached(s, 'PUBLISHED')) await applyProjectMove(m, id, 'publish', staff.id, '发布到项目清单');
      if (reached(s, 'CLAIMED') && claimant?.unitId) {
        const unit = units.find((u) => u.id === claimant.unitId)!;
        const pledge = `${unit.name}承诺出资并派出党员志愿者参与「${fixture.title}」`;
        await m.insert(ProjectClaimEntity, { projectId: id, zoneId, unitId: unit.id, pledge, pledgedFundsFen: plan.budgetYuan * 50, pledgedVolunteers: 5 + (i % 4) * 3, claimedById: claimant.id });
        await m.update(ProjectEntity, { id }, { claimCount: 1 });
        await applyProjectMove(m, id, 'claim', claimant.id, `${unit.name} 认领:${pledge}`);
        const percent = s === 'COMPLETED' ? 100 : (plan.percent ?? 0);
        if (percent > 0) {
          const half = Math.round(percent / 2);
          await m.insert(ProgressReportEntity, [
            { projectId: id, zoneId, unitId: unit.id, note: '已完成前期筹备和志愿者招募', percent: half, fundsSpentFen: plan.budgetYuan * 20, beneficiaries: Math.round(plan.beneficiaries * (half / 100)), latest: false, reporterId: claimant.id },
            { projectId: id, zoneId, unitId: unit.id, note: percent === 100 ? '活动全部完成' : '活动按计划推进', percent, fundsSpentFen: plan.budgetYuan * (percent === 100 ? 90 : 45), beneficiaries: Math.round(plan.beneficiaries * (percent / 100)), latest: true, reporterId: claimant.id },
          ]);
        }
        if (reached(s, 'IN_PROGRESS')) await applyProjectMove(m, id, 'start', claimant.id, '项目开始实施');
        if (people.length) {
          await m.insert(ProjectVolunteerEntity, people.map((p) => ({ projectId: id, userId: p.id, zoneId, isPartyMember: p.isPartyMember })));
          await m.update(ProjectEntity, { id }, { volunteerCount: people.length, partyMemberVolunteerCount: people.filter((p) => p.isPartyMember).length });
        }
      }
      if (reached(s, 'COMPLETED')) {
        await applyProjectMove(m, id, 'complete', staff.id, '项目已完成');
        await fulfilSourceNeeds(m, id, staff.id, `项目「${fixture.title}」已完成`);
      }
      await spreadOverTime(m, id, needId, i);
    });
  }
}

/** A need from a resident, accepted into the menu by staff (the way the needs feature does it). */
async function menuNeed(m: EntityManager, zoneId: number, fixture: { title: string; category: string }, submitterId: number, staffId: number, i: number): Promise<number> {
  const kind = 'GOLDEN_IDEA';
  const need = await m.getRepository(NeedEntity).save(
    needRow({
      zoneId,
      kind,
      channel: CHANNELS[i % CHANNELS.length],
      title: `建议开展「${fixture.title}」`.slice(0, 60),
      content: `希望片区组织「${fixture.title}」活动,方便居民和楼宇白领参与。`,
      suggestedCategory: fixture.category as NeedCategory,
      suggestedConfidence: 0.8,
      submitterId,
    }),
  );
  await bumpNeedCounter(m, { zoneId, status: NeedStatus.SUBMITTED, kind, category: null, channel: need.channel }, +1);
  await applyNeedMove(m, need.id, 'accept', staffId, label('NeedCategory', fixture.category), { category: fixture.category as NeedCategory });
  return need.id;
}

/** Dates the demo history over the past months: each project a few days after the previous one. */
async function spreadOverTime(m: EntityManager, projectId: number, needId: number, i: number): Promise<void> {
  const start = Date.now() - (120 - i * 6) * DAY;
  await m.update(NeedEntity, { id: needId }, { createdAt: new Date(start - 10 * DAY) });
  await m.update(ProjectEntity, { id: projectId }, { createdAt: new Date(start) });
  const events = await m.getRepository(NeedEventEntity).find({ where: { needId }, order: { id: 'ASC' } });
  for (const [k, e] of events.entries()) await m.update(NeedEventEntity, { id: e.id }, { at: new Date(start - (events.length - k) * 2 * DAY) });
  const steps = await m.getRepository(ProjectEventEntity).find({ where: { projectId }, order: { id: 'ASC' } });
  for (const [k, s] of steps.entries()) {
    const at = new Date(start + k * 5 * DAY);
    await m.update(ProjectEventEntity, { id: s.id }, { at });
    if (s.toStatus === 'COMPLETED') await m.update(ProjectEntity, { id: projectId }, { completedAt: at });
  }
  // progress reports fall after the claim, 2 days apart
  const claimedAt = steps.findIndex((s) => s.toStatus === 'CLAIMED');
  const reports = await m.getRepository(ProgressReportEntity).find({ where: { projectId }, order: { id: 'ASC' } });
  for (const [k, r] of reports.entries()) await m.update(ProgressReportEntity, { id: r.id }, { at: new Date(start + claimedAt * 5 * DAY + (k + 1) * 2 * DAY) });
}
