import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { NeedCategory, NeedChannel, NeedKind, NeedStatus } from '@app/common/enums';
import { PageInfo } from '@app/common/pagination';
import type { NeedEntity, NeedEventEntity } from '../needs.entities';

@ObjectType({ description: '需求: a micro-wish (微心愿) or a golden idea (金点子)' })
export class Need {
  @Field(() => ID) id: string;
  /** shown as title and support count only (the caller may not read it) */
  redacted?: boolean;
  @Field(() => NeedKind) kind: NeedKind;
  @Field(() => NeedChannel) channel: NeedChannel;
  @Field() title: string;
  @Field() content: string;
  @Field(() => NeedStatus) status: NeedStatus;
  @Field(() => NeedCategory, { nullable: true, description: 'set by staff on review' }) category: NeedCategory | null;
  @Field(() => NeedCategory, { nullable: true, description: 'the classifier\'s suggestion, filled shortly after arrival' }) suggestedCategory: NeedCategory | null;
  @Field(() => Float, { nullable: true, description: 'probability of the suggested category, 0..1' }) suggestedConfidence: number | null;
  @Field(() => Int, { description: '需求众筹: supporters, never the author' }) supportCount: number;
  @Field(() => String, { nullable: true }) rejectReason: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: '点亮心愿: when the wish was claimed' }) claimedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'when the need was fulfilled' }) fulfilledAt: Date | null;
  // internal, read by field resolvers
  zoneId: number;
  submitterId: number;
  recordedById: number | null;
  mergedIntoId: number | null;
  communityId: number | null;
  buildingId: number | null;
  claimedByUnitId: number | null;
  claimedByUserId: number | null;
  projectId: number | null;
}

@ObjectType({ description: 'one review or fulfilment action on a need' })
export class NeedEvent {
  @Field() action: string;
  @Field(() => NeedStatus, { nullable: true }) from: NeedStatus | null;
  @Field(() => NeedStatus) to: NeedStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() at: Date;
  actorId: number;
  /** the need's zone (who sees the actor whole) */
  zoneId?: number;
}

@ObjectType()
export class NeedEdge {
  @Field(() => Need) node: Need;
  @Field() cursor: string;
}

@ObjectType()
export class NeedConnection {
  @Field(() => [NeedEdge]) edges: NeedEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: 'one category of the needs menu (需求菜单)' })
export class MenuSection {
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => Int, { description: 'ACCEPTED needs in this category' }) count: number;
  zoneId: number;
}

@ObjectType({ description: '需求菜单: the zone\'s ACCEPTED needs by category, each ordered by support, then age' })
export class NeedsMenu {
  @Field(() => [MenuSection]) sections: MenuSection[];
  zoneId: number;
}

export function toNeed(n: NeedEntity): Need {
  return {
    id: String(n.id),
    kind: n.kind,
    channel: n.channel,
    title: n.title,
    content: n.content,
    status: n.status,
    category: n.category,
    suggestedCategory: n.suggestedCategory,
    suggestedConfidence: n.suggestedConfidence === null || n.suggestedConfidence === undefined ? null : Number(n.suggestedConfidence),
    supportCount: Number(n.supportCount),
    rejectReason: n.rejectReason,
    createdAt: n.createdAt,
    claimedAt: n.claimedAt,
    fulfilledAt: n.fulfilledAt,
    zoneId: n.zoneId,
    submitterId: n.submitterId,
    recordedById: n.recordedById,
    mergedIntoId: n.mergedIntoId,
    communityId: n.communityId,
    buildingId: n.buildingId,
    claimedByUnitId: n.claimedByUnitId,
    claimedByUserId: n.claimedByUserId,
    projectId: n.projectId,
  };
}

export function toNeedEvent(e: NeedEventEntity): NeedEvent {
  return { action: e.action, from: e.fromStatus, to: e.toStatus, note: e.note, at: e.at, actorId: e.actorId };
}
