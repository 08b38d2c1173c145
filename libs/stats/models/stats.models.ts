import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { NeedCategory, NeedChannel, ProjectStatus } from '@app/common/enums';
import { Interval } from '@app/evaluation/models/evaluation.models';

@ObjectType({ description: 'satisfaction of the projects of one category, pooled over their respondents' })
export class CategorySatisfaction {
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => Int, { description: 'projects of the category with at least one response' }) projects: number;
  @Field(() => Int) responses: number;
  @Field(() => Int, { description: 'respondents whose OVERALL score is 4 or 5' }) satisfied: number;
  @Field(() => Float, { description: 'satisfied / responses (0..1)' }) satisfactionRate: number;
  @Field(() => Interval, { description: '95% Wilson score interval' }) satisfactionInterval: Interval;
}

@ObjectType()
export class CategoryCount {
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => Int) count: number;
}

@ObjectType()
export class ChannelCount {
  @Field(() => NeedChannel) channel: NeedChannel;
  @Field(() => Int) count: number;
}

@ObjectType()
export class StatusCount {
  @Field(() => ProjectStatus) status: ProjectStatus;
  @Field(() => Int) count: number;
}

@ObjectType({
  description:
    '片区报表 (domain.md §6). With a period, needs count when created in it and every project figure ' +
    '(status, claims, volunteers, progress, satisfaction) is over the projects created in it; both ends inclusive.',
})
export class ZoneStats {
  @Field(() => Date, { nullable: true }) from: Date | null;
  @Field(() => Date, { nullable: true }) to: Date | null;
  @Field(() => Int, { description: 'needs received (every channel and status, merged and rejected ones included)' }) needsReceived: number;
  @Field(() => [CategoryCount], { description: 'needs received, by the category staff gave them (not yet categorised ones are left out); all seven categories' })
  needsByCategory: CategoryCount[];
  @Field(() => [ChannelCount], { description: 'needs received by channel; all five channels' }) needsByChannel: ChannelCount[];
  @Field(() => Int, { description: 'needs received that were accepted into the menu (now ACCEPTED, CLAIMED, IN_PROJECT or FULFILLED)' }) needsAccepted: number;
  @Field(() => Int, { description: 'needs received still waiting for review (SUBMITTED)' }) needsPending: number;
  @Field(() => Float, { description: '采纳率: needsAccepted / needsReceived (0 with none)' }) acceptanceRate: number;
  @Field(() => Int) projectsTotal: number;
  @Field(() => [StatusCount], { description: 'projects by status; all ten statuses' }) projectsByStatus: StatusCount[];
  @Field(() => Int, { description: 'distinct member units with a claim on a project of the zone' }) unitsTakingPart: number;
  @Field(() => Int, { description: 'distinct volunteers of the zone’s projects who were party members when they signed up' }) partyMembersTakingPart: number;
  @Field(() => Int, { description: "Σ over claiming units of each unit's latest progress report" }) beneficiaries: number;
  @Field(() => Int, { description: 'Σ of the claims’ pledged funds (fen)' }) fundsPledgedFen: number;
  @Field(() => Int, { description: "Σ over claiming units of each unit's latest progress report (fen)" }) fundsSpentFen: number;
  @Field(() => Int, { description: 'survey responses about the zone’s projects' }) responses: number;
  @Field(() => Float, { description: 'share of those respondents whose OVERALL score is 4 or 5' }) satisfactionRate: number;
  @Field(() => Interval) satisfactionInterval: Interval;
  @Field(() => [CategorySatisfaction], { description: 'categories with at least one response' }) satisfactionByCategory: CategorySatisfaction[];
  // internal
  zoneId: number;
}
