import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { NeedCategory, ResourceCost, ResourceKind } from '@app/common/enums';
import { PageInfo } from '@app/common/pagination';
import { User } from '@app/auth/models/user.model';
import { Need } from '@app/needs/models/need.model';
import { MemberUnit } from '@app/org/models/org.models';
import { Project } from '@app/projects/models/project.model';
import type { PairingEntity, ResourceEntity, VolunteerTeamEntity } from '../matching.entities';
import { fromMask } from '../scoring';

@ObjectType({ description: '资源清单: what a member unit offers the zone' })
export class Resource {
  @Field(() => ID) id: string;
  @Field(() => ResourceKind) kind: ResourceKind;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [NeedCategory], { description: 'the menu categories it can serve' }) categories: NeedCategory[];
  @Field(() => Int, { nullable: true, description: 'seats, people, hours… null when not counted' }) capacity: number | null;
  @Field(() => ResourceCost) cost: ResourceCost;
  @Field() available: boolean;
  @Field() createdAt: Date;
  unitId: number;
  zoneId: number;
}

@ObjectType()
export class ResourceEdge {
  @Field(() => Resource) node: Resource;
  @Field() cursor: string;
}

@ObjectType()
export class ResourceConnection {
  @Field(() => [ResourceEdge]) edges: ResourceEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: '两楼结对: a residential community paired with an office building' })
export class Pairing {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;
  communityId: number;
  buildingId: number;
}

@ObjectType({ description: '党员志愿者服务队, linked to one or two buildings' })
export class VolunteerTeam {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) memberCount: number;
  zoneId: number;
  unitId: number | null;
  buildingIds: number[];
}

@ObjectType({ description: 'why a match was made: a stable code, its share of the score, a sentence naming the evidence' })
export class MatchReason {
  @Field({ description: 'TRACK_RECORD, RESOURCE, PAIRING, PROXIMITY, CAPACITY, RELIABILITY, WILLINGNESS' }) code: string;
  @Field() text: string;
  @Field(() => Float, { description: "this reason's share of the score (weight × signal)" }) weight: number;
}

@ObjectType()
export class UnitMatch {
  @Field(() => MemberUnit) unit: MemberUnit;
  @Field(() => Float, { description: '0..1' }) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
  @Field(() => [Resource], { description: 'the resources that counted' }) resources: Resource[];
  @Field({ description: 'staff already invited this unit to claim the project' }) invited: boolean;
  @Field(() => [String], {
    description: 'what the caller may do with this unit now: invite (inviteUnitToClaim), from the rule the mutation refuses from; empty for a need’s suggestions',
  })
  availableActions: string[];
}

@ObjectType()
export class ProjectMatch {
  @Field(() => Project) project: Project;
  @Field(() => Float) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
}

@ObjectType()
export class NeedMatch {
  @Field(() => Need) need: Need;
  @Field(() => Float) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
}

@ObjectType()
export class VolunteerMatch {
  @Field(() => User) user: User;
  @Field(() => Float) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
}

@ObjectType({ description: 'open demand of a category against the units able to serve it' })
export class CategoryGap {
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => Int, { description: 'ACCEPTED needs not yet in a project' }) openNeeds: number;
  @Field(() => Int, { description: 'their supports' }) supports: number;
  @Field(() => Int, { description: 'units with an available resource for it or a completed project of it' }) capableUnits: number;
}

@ObjectType({ description: 'one weight of the matching rules, as the console help shows it' })
export class MatchWeight {
  @Field({ description: 'UNITS (suggestUnits), FOR_UNIT (recommendedProjects / recommendedWishes), VOLUNTEERS' }) table: string;
  @Field() code: string;
  @Field(() => Float) weight: number;
  @Field() rule: string;
  @Field() ruleEn: string;
}

export const toResource = (r: ResourceEntity): Resource => ({
  id: String(r.id),
  kind: r.kind,
  title: r.title,
  description: r.description,
  categories: fromMask(r.categoryMask),
  capacity: r.capacity,
  cost: r.cost,
  available: !!r.available,
  createdAt: r.createdAt,
  unitId: r.unitId,
  zoneId: r.zoneId,
});

export const toPairing = (p: PairingEntity): Pairing => ({ id: String(p.id), note: p.note, createdAt: p.createdAt, communityId: p.communityId, buildingId: p.buildingId });

export const toVolunteerTeam = (t: VolunteerTeamEntity): VolunteerTeam => ({
  id: String(t.id),
  name: t.name,
  memberCount: t.memberCount,
  zoneId: t.zoneId,
  unitId: t.unitId,
  buildingIds: t.buildingIds ?? [],
});
