import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CampaignEntity, CampaignNomineeEntity } from '../evaluation.entities';

@ObjectType({ description: '评选, e.g. 金色纽带 — 最具创意党建项目' })
export class Campaign {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() open: boolean;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  // internal
  zoneId: number;
}

@ObjectType({ description: 'a nominated project; rank is set when the campaign closes (ties share a rank)' })
export class Nominee {
  @Field(() => Int) votes: number;
  @Field(() => Int, { nullable: true }) rank: number | null;
  projectId: number;
}

export const toCampaign = (c: CampaignEntity): Campaign => ({ id: String(c.id), title: c.title, open: !!c.open, createdAt: c.createdAt, closedAt: c.closedAt, zoneId: c.zoneId });
export const toNominee = (n: CampaignNomineeEntity): Nominee => ({ votes: n.votes, rank: n.rank, projectId: n.projectId });
