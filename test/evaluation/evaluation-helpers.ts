import { Role } from '@app/common/glossary';
import type { NeedCategory, NeedChannel, NeedStatus, ProjectStatus } from '@app/common/glossary';
import { rebuildNeedCounters } from '@app/needs/need-state';
import { NeedEntity, NeedSupportEntity } from '@app/needs/needs.entities';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity, ProjectEventEntity, ProjectVolunteerEntity } from '@app/projects/projects.entities';
import { TestApp } from '../support/harness';
import { Actor, manyPeople, World } from '../support/world';

/**
 * Projects in a given state (COMPLETED by default), inserted straight into the tables so the
 * evaluation tests do not depend on the approval pipeline: source needs with their submitters and
 * supporters, claims by units, progress reports (the last one per unit marked latest) and
 * volunteers. Prefer Walk (test/support/projects.ts), which goes through the services; this stays for
 * tests that need rows the services cannot make (backdated projects, e.g. stats.e2e-spec.ts).
 */
export interface ProjectSpec {
  zoneId?: number;
  title?: string;
  category?: NeedCategory;
  status?: ProjectStatus;
  budgetFen?: number;
  targetBeneficiaries?: number;
  /** claiming units with their pledges; default: the world's first unit, 50 000 fen */
  claims?: { unitId: number; pledgedFundsFen?: number; reports?: { fundsSpentFen: number; beneficiaries: number }[] }[];
  /** source needs: submitter and supporters */
  needs?: { submitterId: number; supporterIds?: number[] }[];
  volunteers?: { userId: number; isPartyMember: boolean }[];
  createdAt?: Date;
}

export interface InsertedProject {
  id: number;
  zoneId: number;
  needIds: number[];
}

export async function insertProject(t: TestApp, w: World, spec: ProjectSpec = {}): Promise<InsertedProject> {
  const db = t.db;
  const zoneId = spec.zoneId ?? w.zoneId;
  const status = spec.status ?? 'COMPLETED';
  const claims = spec.claims ?? [{ unitId: w.units[0], pledgedFundsFen: 50_000, reports: [{ fundsSpentFen: 30_000, beneficiaries: 120 }] }];
  const volunteers = spec.volunteers ?? [];
  const project = await db.getRepository(ProjectEntity).save(
    db.getRepository(ProjectEntity).create({
      zoneId,
      title: spec.title ?? '楼道微更新',
      description: '为老旧小区楼道加装扶手、更换照明',
      category: spec.category ?? 'COMMUNITY_AFFAIRS',
      status,
      budgetFen: spec.budgetFen ?? 100_000,
      targetBeneficiaries: spec.targetBeneficiaries ?? 200,
      claimLimit: Math.max(1, claims.length),
      claimCount: claims.length,
      volunteerCount: volunteers.length,
      partyMemberVolunteerCount: volunteers.filter((v) => v.isPartyMember).length,
      resolutionRound: 1,
      createdById: w.staff.id,
      proposedById: w.staff.id,
      startsOn: null,
      endsOn: null,
      completedAt: status === 'COMPLETED' || status === 'EVALUATED' ? new Date() : null,
    }),
  );
  if (spec.createdAt) await db.getRepository(ProjectEntity).update({ id: project.id }, { createdAt: spec.createdAt });
  await db.getRepository(ProjectEventEntity).insert({ projectId: project.id, zoneId, fromStatus: 'IN_PROGRESS', toStatus: status, actorId: w.staff.id, note: null });

  const needIds: number[] = [];
  for (const [i, n] of (spec.needs ?? []).entries()) {
    const need = await db.getRepository(NeedEntity).save(
      db.getRepository(NeedEntity).create({
        zoneId,
        kind: 'GOLDEN_IDEA',
        channel: 'APP',
        title: `来源需求${i + 1}`,
        content: '希望改善楼道环境',
        status: 'FULFILLED',
        category: spec.category ?? 'COMMUNITY_AFFAIRS',
        supportCount: n.supporterIds?.length ?? 0,
        submitterId: n.submitterId,
        projectId: project.id,
      }),
    );
    needIds.push(need.id);
    if (n.supporterIds?.length) await db.getRepository(NeedSupportEntity).insert(n.supporterIds.map((userId) => ({ needId: need.id, userId })));
  }

  for (const c of claims) {
    await db.getRepository(ProjectClaimEntity).insert({
      projectId: project.id,
      zoneId,
      unitId: c.unitId,
      pledge: '出人出力',
      pledgedFundsFen: c.pledgedFundsFen ?? 0,
      pledgedVolunteers: 5,
      claimedById: w.staff.id,
    });
    const reports = c.reports ?? [];
    for (const [i, r] of reports.entries()) {
      await db.getRepository(ProgressReportEntity).insert({
        projectId: project.id,
        zoneId,
        unitId: c.unitId,
        note: `进度${i + 1}`,
        percent: Math.round(((i + 1) / reports.length) * 100),
        fundsSpentFen: r.fundsSpentFen,
        beneficiaries: r.beneficiaries,
        latest: i === reports.length - 1,
        reporterId: w.staff.id,
      });
    }
  }
  if (volunteers.length) {
    await db.getRepository(ProjectVolunteerEntity).insert(volunteers.map((v) => ({ projectId: project.id, userId: v.userId, zoneId, isPartyMember: v.isPartyMember })));
  }
  return { id: project.id, zoneId, needIds };
}

/** Needs of the zone, straight into the table. */
export async function insertNeeds(
  t: TestApp,
  zoneId: number,
  submitterId: number,
  rows: { channel: NeedChannel; status: NeedStatus; category: NeedCategory | null; createdAt?: Date; supportCount?: number; title?: string }[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, r] of rows.entries()) {
    const n = await t.db.getRepository(NeedEntity).save(
      t.db.getRepository(NeedEntity).create({
        zoneId,
        kind: 'GOLDEN_IDEA',
        channel: r.channel,
        title: r.title ?? `需求${i + 1}`,
        content: '内容',
        status: r.status,
        category: r.category,
        supportCount: r.supportCount ?? 0,
        submitterId,
      }),
    );
    if (r.createdAt) await t.db.getRepository(NeedEntity).update({ id: n.id }, { createdAt: r.createdAt });
    ids.push(n.id);
  }
  // rows written straight into the table: the maintained counters are counted again, as a bulk load does
  await t.db.transaction((m) => rebuildNeedCounters(m, zoneId));
  return ids;
}

/** People with a phone and the WHITE_COLLAR role (residents come from manyResidents). */
export function officeWorkers(t: TestApp, n: number, buildingId: number | null): Promise<Actor[]> {
  return manyPeople(t, n, Role.WHITE_COLLAR, (i) => ({ displayName: `白领${i}`, buildingId }));
}

/** Answers for every question of a survey: `scoreOf(question)` picks the score. */
export function answersFor(questions: { id: string; dimension: string }[], scoreOf: (q: { id: string; dimension: string }, i: number) => number) {
  return questions.map((q, i) => ({ questionId: q.id, score: scoreOf(q, i) }));
}

export const CREATE_SURVEY = `mutation($input: SurveyInput!) {
  createSurvey(input: $input) { id method open targetResponses responseCount questions { id text dimension weight } }
}`;
export const SUBMIT = `mutation($surveyId: ID!, $answers: [AnswerInput!]!) { submitSurveyResponse(surveyId: $surveyId, answers: $answers) }`;
export const VISIT = `mutation($surveyId: ID!, $phone: String!, $answers: [AnswerInput!]!) {
  recordVisitResponse(surveyId: $surveyId, respondentPhone: $phone, answers: $answers)
}`;
export const CLOSE = `mutation($id: ID!) { closeSurvey(surveyId: $id) { id open responseCount closedAt } }`;
export const EVALUATION = `query($id: ID!) { project(id: $id) { id status evaluation {
  responseCount satisfiedCount satisfactionRate satisfactionInterval { low high } dimensions { dimension mean } indexScore frozen
  targetResponses belowTarget warning frozenAt
} } }`;
