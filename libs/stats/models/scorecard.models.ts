import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MemberUnit } from '@app/org/models/org.models';

@ObjectType({ description: '目标考核: a member unit’s year' })
export class UnitScorecard {
  @Field(() => MemberUnit) unit: MemberUnit;
  @Field(() => Int) year: number;
  @Field(() => Int) claims: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) completedOnTime: number;
  @Field(() => Int) released: number;
  @Field(() => Float, { nullable: true, description: 'over the frozen evaluations of its completed projects; null with none' }) satisfactionRate: number | null;
  @Field(() => Int) fundsSpentFen: number;
  @Field(() => Int) beneficiaries: number;
  @Field(() => Int) volunteers: number;
  @Field(() => Int) wishesLit: number;
  @Field(() => Float) score: number;
  @Field(() => Int, { description: 'ties share a rank (1, 1, 3)' }) rank: number;
}

@ObjectType({ description: 'one part of the scorecard score, with its weight (shown beside the ranking)' })
export class ScorecardWeight {
  @Field() key: string;
  @Field() label: string;
  @Field() labelEn: string;
  @Field(() => Float) weight: number;
  @Field() how: string;
}

