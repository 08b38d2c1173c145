import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NeedCategory, ProjectStatus, VoteChoice } from '@app/common/enums';
import { PageInfo } from '@app/common/pagination';
import type {
  ProgressReportEntity,
  ProjectClaimEntity,
  ProjectEntity,
  ProjectTransitionEntity,
  ProjectVoteEntity,
} from '../projects.entities';
import { movesFrom } from '../project-state';

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
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  // internal, read by field resolvers
  zoneId: number;
  proposedById: number | null;
}

@ObjectType({ description: 'one entry of the project timeline' })
export class Transition {
  @Field(() => ProjectStatus, { nullable: true }) from: ProjectStatus | null;
  @Field(() => ProjectStatus) to: ProjectStatus;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field() at: Date;
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
  unitId: number;
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
  createdAt: p.createdAt,
  completedAt: p.completedAt,
  zoneId: p.zoneId,
  proposedById: p.proposedById,
});

export const toTransition = (t: ProjectTransitionEntity): Transition => ({
  from: t.fromStatus,
  to: t.toStatus,
  comment: t.comment,
  at: t.at,
  actorId: t.actorId,
});

export const toVote = (v: ProjectVoteEntity): Vote => ({ choice: v.choice, at: v.updatedAt, voterId: v.voterId });

export const toClaim = (c: ProjectClaimEntity): Claim => ({
  id: String(c.id),
  pledge: c.pledge,
  pledgedFundsFen: c.pledgedFundsFen,
  pledgedVolunteers: c.pledgedVolunteers,
  createdAt: c.createdAt,
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
  unitId: r.unitId,
});
