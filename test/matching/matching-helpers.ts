import { NeedEntity, needRow } from '@app/needs/needs.entities';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity, ProjectEventEntity } from '@app/projects/projects.entities';
import { SurveyEntity } from '@app/evaluation/evaluation.entities';
import { TestApp } from '../support/harness';

type Status = 'PUBLISHED' | 'CLAIMED' | 'IN_PROGRESS' | 'COMPLETED' | 'EVALUATED';

let seq = 0;

/** A project put straight into the database in the given state, with its source need in a place. */
export async function project(
  t: TestApp,
  o: {
    zoneId: number;
    actorId: number;
    status: Status;
    category?: string;
    title?: string;
    description?: string;
    communityId?: number | null;
    buildingId?: number | null;
    claimLimit?: number;
    completedAt?: Date | null;
  },
): Promise<number> {
  const category = o.category ?? 'CULTURE_SHARING';
  const p = await t.db.getRepository(ProjectEntity).save(
    t.db.getRepository(ProjectEntity).create({
      zoneId: o.zoneId,
      title: o.title ?? `测试项目${++seq}`,
      description: o.description ?? '为社区老人开设智能手机培训班,教大家使用微信视频和扫码',
      category: category as never,
      status: o.status,
      budgetFen: 100000,
      targetBeneficiaries: 50,
      claimLimit: o.claimLimit ?? 2,
      claimCount: 0,
      volunteerCount: 0,
      partyMemberVolunteerCount: 0,
      resolutionRound: 1,
      createdById: o.actorId,
      proposedById: o.actorId,
      startsOn: null,
      endsOn: null,
      completedAt: o.completedAt ?? (['COMPLETED', 'EVALUATED'].includes(o.status) ? new Date(Date.now() - 30 * 86400_000) : null),
    }),
  );
  await t.db.getRepository(NeedEntity).save(
    needRow({
      zoneId: o.zoneId,
      kind: 'GOLDEN_IDEA',
      channel: 'APP',
      title: `来源需求${seq}`,
      content: '老人想学用智能手机',
      status: 'IN_PROJECT',
      category: category as never,
      submitterId: o.actorId,
      communityId: o.communityId ?? null,
      buildingId: o.buildingId ?? null,
      projectId: p.id,
    }),
  );
  return p.id;
}

/** A unit's claim, with a start and a report 5 days later when the project has started. */
export async function claim(t: TestApp, projectId: number, zoneId: number, unitId: number, actorId: number): Promise<void> {
  await t.db.getRepository(ProjectClaimEntity).insert({ projectId, zoneId, unitId, pledge: '承诺', pledgedFundsFen: 0, pledgedVolunteers: 0, claimedById: actorId });
  await t.db.getRepository(ProjectEntity).increment({ id: projectId }, 'claimCount', 1);
  const p = await t.db.getRepository(ProjectEntity).findOneByOrFail({ id: projectId });
  if (['IN_PROGRESS', 'COMPLETED', 'EVALUATED'].includes(p.status)) {
    const start = new Date(Date.now() - 90 * 86400_000);
    await t.db.getRepository(ProjectEventEntity).insert({ projectId, zoneId, fromStatus: 'CLAIMED', toStatus: 'IN_PROGRESS', actorId, at: start });
    await t.db.getRepository(ProgressReportEntity).insert({
      projectId,
      zoneId,
      unitId,
      note: '进展顺利',
      percent: 50,
      fundsSpentFen: 0,
      beneficiaries: 10,
      latest: true,
      reporterId: actorId,
      at: new Date(start.getTime() + 5 * 86400_000),
    });
  }
}

/** A closed survey whose frozen result has this satisfaction rate. */
export async function frozenSatisfaction(t: TestApp, projectId: number, zoneId: number, actorId: number, rate: number): Promise<void> {
  await t.db.getRepository(SurveyEntity).insert({
    projectId,
    zoneId,
    method: 'QUESTIONNAIRE',
    targetResponses: 100,
    open: false,
    responseCount: 100,
    satisfiedCount: Math.round(rate * 100),
    frozenResult: { responseCount: 100, satisfiedCount: Math.round(rate * 100), satisfactionRate: rate, frozen: true, frozenAt: new Date().toISOString() },
    createdById: actorId,
    closedAt: new Date(),
  });
}
