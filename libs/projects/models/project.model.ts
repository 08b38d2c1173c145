import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NeedCategory, ProjectOrigin, ProjectStatus, VoteChoice } from '@app/common/enums';
import { clock } from '@app/common/clock';
import { DateScalar } from '@app/common/date-scalar';
import { shanghaiDay } from '@app/common/shanghai-time';
import { PageInfo } from '@app/common/pagination';
import type {
  ProgressReportEntity,
  ProgressRevisionEntity,
  ProjectClaimEntity,
  ProjectEntity,
  ProjectEventEntity,
  ProjectVoteEntity,
} from '../projects.entities';
import { isOverdue, movesFrom, PROJECT_MOVES } from '../project-state';

@ObjectType({ description: '党建项目' })
export class Project {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => ProjectStatus) status: ProjectStatus;
  @Field(() => Int, { description: '预算 (fen)' }) budgetFen: number;
  @Field(() => Int) targetBeneficiaries: number;
  @Field(() => Int, { description: 'how many units may claim it' }) claimLimit: number;
  @Field(() => Int, { description: 'units that have claimed it (never above claimLimit)' }) claimCount: number;
  @Field(() => Int) volunteerCount: number;
  @Field(() => Int, { description: 'volunteers who are party members (亮身份), counted apart for the statistics' }) partyMemberVolunteerCount: number;
  @Field(() => Int, { description: 'board resolution round; votes belong to the current one' }) resolutionRound: number;
  @Field(() => [String], { description: 'moves the state machine allows from the current status' }) nextMoves: string[];
  @Field(() => ProjectOrigin, { description: 'NEED_MENU (drafted from menu needs) or UNIT_OFFER (单位申报)' }) origin: ProjectOrigin;
  @Field(() => DateScalar, { nullable: true }) startsOn: string | null;
  @Field(() => DateScalar, { nullable: true }) endsOn: string | null;
  @Field({ description: 'past endsOn and not yet COMPLETED, EVALUATED or CANCELLED' }) overdue: boolean;
  @Field(() => String, { nullable: true, description: 'UNIT_OFFER: the pledge of the offering unit (its claim once published)' }) offerPledge: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  // internal, read by field resolvers
  zoneId: number;
  proposedById: number | null;
  offeredByUnitId: number | null;
}

@ObjectType({ description: '理事会表决的一轮: a returned draft proposed again opens a new round' })
export class BoardRound {
  @Field(() => Int) round: number;
  @Field(() => [Vote]) votes: Vote[];
  @Field(() => Int) for: number;
  @Field(() => Int) against: number;
  @Field(() => Int) abstain: number;
}

@ObjectType({ description: 'one entry of the project timeline (from = to for entries that change no status: an edit, a released claim)' })
export class Transition {
  @Field(() => Int, { description: 'the board round the project was in (0 before its first proposal)' }) round: number;
  @Field(() => ProjectStatus, { nullable: true }) from: ProjectStatus | null;
  @Field(() => ProjectStatus) to: ProjectStatus;
  /** the row's note (the contract keeps the name comment) */
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field() at: Date;
  @Field({ description: 'the project was sent back to a draft here (the party committee returned it, or the board’s vote did not pass)' }) returned: boolean;
  actorId: number;
}

@ObjectType({ description: '理事会表决票' })
export class Vote {
  @Field(() => VoteChoice) choice: VoteChoice;
  @Field() at: Date;
  voterId: number;
}

@ObjectType({ description: '认领' })
export class Claim {
  @Field(() => ID) id: string;
  @Field() pledge: string;
  @Field(() => Int) pledgedFundsFen: number;
  @Field(() => Int) pledgedVolunteers: number;
  @Field() createdAt: Date;
  @Field({ description: 'the unit gave the claim back (releaseClaim); its reports still count' }) released: boolean;
  @Field(() => Date, { nullable: true }) releasedAt: Date | null;
  @Field(() => String, { nullable: true }) releaseReason: string | null;
  unitId: number;
}

@ObjectType({ description: '进度报告 (figures cumulative to date for the unit)' })
export class ProgressReport {
  @Field(() => ID) id: string;
  @Field() note: string;
  @Field(() => Int) percent: number;
  @Field(() => Int) fundsSpentFen: number;
  @Field(() => Int) beneficiaries: number;
  @Field({ description: "true on the unit's newest report" }) latest: boolean;
  @Field() at: Date;
  @Field(() => Date, { nullable: true, description: 'when the unit last corrected it (correctProgress, within 24 h); the versions it replaced are in revisions' })
  correctedAt: Date | null;
  unitId: number;
  zoneId: number;
  projectId: number;
}

@ObjectType({ description: 'a version of a progress report that a correction replaced (kept whole, with its photos)' })
export class ProgressRevision {
  @Field(() => ID) id: string;
  @Field() note: string;
  @Field(() => Int) percent: number;
  @Field(() => Int) fundsSpentFen: number;
  @Field(() => Int) beneficiaries: number;
  @Field({ description: 'when this version was written' }) writtenAt: Date;
  @Field({ description: 'when a correction replaced it' }) replacedAt: Date;
}

@ObjectType()
export class ProjectEdge {
  @Field(() => Project) node: Project;
  @Field() cursor: string;
}

@ObjectType({ description: '项目清单 page' })
export class ProjectConnection {
  @Field(() => [ProjectEdge]) edges: ProjectEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

export const toProject = (p: ProjectEntity): Project => ({
  id: String(p.id),
  title: p.title,
  description: p.description,
  category: p.category,
  status: p.status,
  budgetFen: p.budgetFen,
  targetBeneficiaries: p.targetBeneficiaries,
  claimLimit: p.claimLimit,
  claimCount: p.claimCount,
  volunteerCount: p.volunteerCount,
  partyMemberVolunteerCount: p.partyMemberVolunteerCount,
  resolutionRound: p.resolutionRound,
  nextMoves: movesFrom(p.status),
  origin: p.origin ?? 'NEED_MENU',
  startsOn: p.startsOn ?? null,
  endsOn: p.endsOn ?? null,
  overdue: isOverdue(p, shanghaiDay(clock.now())),
  offerPledge: p.offerPledge ?? null,
  createdAt: p.createdAt,
  completedAt: p.completedAt,
  zoneId: p.zoneId,
  proposedById: p.proposedById,
  offeredByUnitId: p.offeredByUnitId ?? null,
});

export const toTransition = (t: ProjectEventEntity): Transition => ({
  round: t.round ?? 0,
  from: t.fromStatus,
  to: t.toStatus,
  comment: t.note,
  at: t.at,
  returned: t.fromStatus !== null && t.toStatus === PROJECT_MOVES.returnToDraft.to && PROJECT_MOVES.returnToDraft.from.includes(t.fromStatus),
  actorId: t.actorId,
});

export const toVote = (v: ProjectVoteEntity): Vote => ({ choice: v.choice, at: v.updatedAt, voterId: v.voterId });

export const toClaim = (c: ProjectClaimEntity): Claim => ({
  id: String(c.id),
  pledge: c.pledge,
  pledgedFundsFen: c.pledgedFundsFen,
  pledgedVolunteers: c.pledgedVolunteers,
  createdAt: c.createdAt,
  released: !!c.releasedAt,
  releasedAt: c.releasedAt ?? null,
  releaseReason: c.releaseReason ?? null,
  unitId: c.unitId,
});

export const toProgressReport = (r: ProgressReportEntity): ProgressReport => ({
  id: String(r.id),
  note: r.note,
  percent: r.percent,
  fundsSpentFen: r.fundsSpentFen,
  beneficiaries: r.beneficiaries,
  latest: !!r.latest,
  at: r.at,
  correctedAt: r.correctedAt ?? null,
  unitId: r.unitId,
  zoneId: r.zoneId,
  projectId: r.projectId,
});

export const toProgressRevision = (r: ProgressRevisionEntity): ProgressRevision => ({
  id: String(r.id),
  note: r.note,
  percent: r.percent,
  fundsSpentFen: r.fundsSpentFen,
  beneficiaries: r.beneficiaries,
  writtenAt: r.writtenAt,
  replacedAt: r.replacedAt,
});
