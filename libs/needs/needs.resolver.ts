import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NeedCategory } from '@app/common/enums';
import { NEED_CATEGORIES, Role } from '@app/common/glossary';
import { pageSize } from '@app/common/pagination';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { CurrentUser, Public, Roles, SignedIn, viewerOf } from '@app/common/access';
import { User } from '@app/auth/models/user.model';
import { UsersService } from '@app/auth/users.service';
import { Building, Community, MemberUnit, toBuilding, toCommunity, toUnit, toZone, Zone } from '@app/org/models/org.models';
import { OrgService } from '@app/org/org.service';
import { NotFoundError } from '@app/common/errors';
import { FollowsService } from '@app/notifications/follows';
import { MyNeedsArgs, NeedsArgs, PageArgs, RecordNeedInput, SimilarNeedsArgs, SubmitNeedInput } from './dto/need.inputs';
import { MenuSection, Need, NeedConnection, NeedEvent, NeedsMenu, toNeed, toNeedEvent } from './models/need.model';
import { needActions, ownUnitIn } from './need-actions';
import { NeedIntakeService } from './need-intake.service';
import { NeedReviewService } from './need-review.service';
import { NeedCorrectionService } from './need-correction.service';
import { BadInputError } from '@app/common/errors';
import { NeedsService } from './needs.service';
import type { NeedEntity } from './needs.entities';
import { Photo, toPhoto } from '@app/photos/photo.model';
import { PhotosService } from '@app/photos/photos.service';

const connection = (page: { edges: { node: NeedEntity; cursor: string }[]; pageInfo: NeedConnection['pageInfo']; totalCount: number }): NeedConnection => ({
  edges: page.edges.map((e) => ({ cursor: e.cursor, node: toNeed(e.node) })),
  pageInfo: page.pageInfo,
  totalCount: page.totalCount,
});

/**
 * A need as this caller may see it: whole when need(id) would show it, otherwise no more than its
 * title and support count (the duplicate hint for a need still under review; what a support of it
 * returns). A query or mutation never hands out what need(id) would refuse.
 */
function present(viewer: Principal | null, n: NeedEntity): Need {
  const need = toNeed(n);
  if (NeedsService.canSee(viewer, n)) return need;
  return {
    ...need,
    content: '',
    submitterId: 0,
    recordedById: null,
    communityId: null,
    buildingId: null,
    claimedByUnitId: null,
    claimedByUserId: null,
    mergedIntoId: null,
    projectId: null,
    rejectReason: null,
    suggestedCategory: null,
    suggestedConfidence: null,
    redacted: true,
  };
}

/** Stands for the submitter of a need the caller may not read. */
const UNNAMED: User = {
  id: '0',
  roles: [],
  isPartyMember: false,
  specialties: [],
  willingCategories: [],
  active: true,
  rawUsername: null,
  rawDisplayName: '居民',
  rawPhone: null,
  communityId: null,
  buildingId: null,
  unitId: null,
};

/** A person as they appear on a record of `zoneId`: staff of that zone see their contact details whole. */
const userOf = (ctx: GraphQLContext, users: UsersService, id: number, zoneId?: number): Promise<User | null> => users.load(ctx.loaders, id, zoneId);

@Resolver(() => Need)
export class NeedsResolver {
  constructor(
    private readonly reads: NeedsService,
    private readonly intake: NeedIntakeService,
    private readonly review: NeedReviewService,
    private readonly corrections: NeedCorrectionService,
    private readonly users: UsersService,
    private readonly org: OrgService,
    private readonly follows: FollowsService,
    private readonly photoService: PhotosService,
  ) {}

  // ── queries ────────────────────────────────────────────────────────────

  @Public()
  @Query(() => Need, { nullable: true, description: 'null when missing, or SUBMITTED/REJECTED and the caller is neither its submitter nor staff of its zone' })
  async need(@CurrentUser() viewer: Principal | null, @Args('id', { type: () => ID }) id: string): Promise<Need | null> {
    const n = await this.reads.visible(viewer, toId(id, 'id'));
    return n ? toNeed(n) : null;
  }

  @Public()
  @Query(() => NeedConnection, { description: 'the zone\'s needs, newest first' })
  async needs(@CurrentUser() viewer: Principal | null, @Args() a: NeedsArgs): Promise<NeedConnection> {
    const filters = {
      status: a.status,
      category: a.category,
      kind: a.kind,
      channel: a.channel,
      search: a.search,
      from: a.from,
      to: a.to,
      communityId: a.communityId ? toId(a.communityId, 'communityId') : null,
      buildingId: a.buildingId ? toId(a.buildingId, 'buildingId') : null,
      suggestedCategory: a.suggestedCategory,
      orderBy: a.orderBy,
    };
    return connection(await this.reads.list(viewer, toId(a.zoneId, 'zoneId'), filters, a.first, a.after));
  }

  @SignedIn()
  @Query(() => NeedConnection, { description: 'the caller\'s own needs, newest first' })
  async myNeeds(@CurrentUser() viewer: Principal, @Args() a: MyNeedsArgs): Promise<NeedConnection> {
    return connection(await this.reads.mine(viewer, a.first, a.after, a.search));
  }

  @Public()
  @Query(() => NeedsMenu, { description: '需求菜单: all seven categories, empty ones with count 0' })
  async needsMenu(@Args('zoneId', { type: () => ID }) zoneId: string): Promise<NeedsMenu> {
    const id = toId(zoneId, 'zoneId');
    const counts = await this.reads.menuCounts(id);
    return { zoneId: id, sections: NEED_CATEGORIES.map((category) => ({ category, count: counts.get(category) ?? 0, zoneId: id })) };
  }

  @Public()
  @Query(() => [Need], { description: 'open needs of the zone resembling the text, most similar first (at most 5)' })
  async similarNeeds(@Args() a: SimilarNeedsArgs, @CurrentUser() viewer: Principal | null): Promise<Need[]> {
    const rows = await this.reads.similar(toId(a.zoneId, 'zoneId'), a.title, a.content, a.excludeNeedId ? toId(a.excludeNeedId, 'excludeNeedId') : null);
    return rows.map((n) => present(viewer, n));
  }

  // ── mutations ──────────────────────────────────────────────────────────

  @Roles(Role.RESIDENT, Role.WHITE_COLLAR, Role.UNIT_ADMIN)
  @Mutation(() => Need)
  async submitNeed(@CurrentUser() viewer: Principal, @Args('input') input: SubmitNeedInput): Promise<Need> {
    return toNeed(await this.intake.submit(viewer, input));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Need, { description: 'offline channels: staff enter a need on behalf of a person (found or created by phone)' })
  async recordNeed(@CurrentUser() viewer: Principal, @Args('input') input: RecordNeedInput): Promise<Need> {
    return toNeed(await this.intake.record(viewer, input));
  }

  @SignedIn()
  @Mutation(() => Need)
  async supportNeed(@CurrentUser() viewer: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<Need> {
    return present(viewer, await this.intake.support(viewer, toId(needId, 'needId')));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Need, { description: 'staff, for a person met offline: found by phone or created without a login' })
  async supportNeedFor(
    @CurrentUser() viewer: Principal,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('phone') phone: string,
    @Args('name') name: string,
  ): Promise<Need> {
    return toNeed(await this.intake.supportFor(viewer, toId(needId, 'needId'), phone, name));
  }

  @SignedIn()
  @Mutation(() => Need, { description: '关注: told of each step of the need' })
  async followNeed(@CurrentUser() viewer: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<Need> {
    return toNeed(await this.setFollow(viewer, needId, true));
  }

  @SignedIn()
  @Mutation(() => Need)
  async unfollowNeed(@CurrentUser() viewer: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<Need> {
    return toNeed(await this.setFollow(viewer, needId, false));
  }

  private async setFollow(viewer: Principal, rawId: string, on: boolean): Promise<NeedEntity> {
    const id = toId(rawId, 'needId');
    const need = await this.reads.visible(viewer, id);
    if (!need) throw new NotFoundError('Need', id);
    await this.follows.set(viewer.id, 'need', id, need.zoneId, on);
    return need;
  }

  @SignedIn()
  @Mutation(() => Need)
  async unsupportNeed(@CurrentUser() viewer: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<Need> {
    return present(viewer, await this.intake.unsupport(viewer, toId(needId, 'needId')));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Need)
  async acceptNeed(
    @CurrentUser() viewer: Principal,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('category', { type: () => NeedCategory }) category: NeedCategory,
  ): Promise<Need> {
    return toNeed(await this.review.accept(viewer, toId(needId, 'needId'), category));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Need)
  async rejectNeed(@CurrentUser() viewer: Principal, @Args('needId', { type: () => ID }) needId: string, @Args('reason') reason: string): Promise<Need> {
    return toNeed(await this.review.reject(viewer, toId(needId, 'needId'), reason));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => [Need], { description: 'batch review: every need into one category, all or none; each recorded and its submitter told' })
  async acceptNeeds(
    @CurrentUser() viewer: Principal,
    @Args('needIds', { type: () => [ID] }) needIds: string[],
    @Args('category', { type: () => NeedCategory }) category: NeedCategory,
  ): Promise<Need[]> {
    return (await this.review.acceptMany(viewer, needIds.map((id) => toId(id, 'needIds')), category)).map(toNeed);
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => [Need], { description: 'batch review: every need turned down with one reason, all or none; each submitter told' })
  async rejectNeeds(@CurrentUser() viewer: Principal, @Args('needIds', { type: () => [ID] }) needIds: string[], @Args('reason') reason: string): Promise<Need[]> {
    return (await this.review.rejectMany(viewer, needIds.map((id) => toId(id, 'needIds')), reason)).map(toNeed);
  }

  @SignedIn()
  @Mutation(() => Need, { description: 'the author changes title and/or content while the need is SUBMITTED; the old text is kept in its history' })
  async updateMyNeed(
    @CurrentUser() viewer: Principal,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('title', { type: () => String, nullable: true }) title?: string | null,
    @Args('content', { type: () => String, nullable: true }) content?: string | null,
    @Args('photoIds', { type: () => [ID], nullable: true, description: 'the need\'s photos from now on (uploaded with POST /uploads by the author); at most 9' }) photoIds?: string[] | null,
  ): Promise<Need> {
    if ((title?.length ?? 0) > 200 || (content?.length ?? 0) > 4000) throw new BadInputError('titleOrContentTooLong', 'title');
    if ((photoIds?.length ?? 0) > 50) throw new BadInputError('tooManyPhotos', 'photoIds', { max: 9 });
    return toNeed(await this.corrections.updateMine(viewer, toId(needId, 'needId'), { title, content, photoIds }));
  }

  @SignedIn()
  @Mutation(() => Need, { description: 'the author takes back a SUBMITTED need (WITHDRAWN)' })
  async withdrawNeed(@CurrentUser() viewer: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<Need> {
    return toNeed(await this.corrections.withdraw(viewer, toId(needId, 'needId')));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Need, { description: 'staff correct the category of a reviewed need; recorded in its history' })
  async recategorizeNeed(
    @CurrentUser() viewer: Principal,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('category', { type: () => NeedCategory }) category: NeedCategory,
  ): Promise<Need> {
    return toNeed(await this.corrections.recategorize(viewer, toId(needId, 'needId'), category));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Need, { description: 'returns the merged need, which points to the target' })
  async mergeNeed(
    @CurrentUser() viewer: Principal,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('intoNeedId', { type: () => ID }) intoNeedId: string,
  ): Promise<Need> {
    return toNeed(await this.review.merge(viewer, toId(needId, 'needId'), toId(intoNeedId, 'intoNeedId')));
  }

  @SignedIn()
  @Mutation(() => Need, { description: '点亮心愿: by a unit (its admin passes unitId) or by a person other than the wisher' })
  async claimWish(
    @CurrentUser() viewer: Principal,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string | null,
  ): Promise<Need> {
    return toNeed(await this.review.claimWish(viewer, toId(needId, 'needId'), unitId ? toId(unitId, 'unitId') : null));
  }

  @SignedIn()
  @Mutation(() => Need, { description: 'by the wisher, or by staff for wishes recorded offline' })
  async confirmWishFulfilled(@CurrentUser() viewer: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<Need> {
    return toNeed(await this.review.confirmFulfilled(viewer, toId(needId, 'needId')));
  }

  // ── fields ─────────────────────────────────────────────────────────────

  @ResolveField(() => Zone)
  async zone(@Parent() n: Need, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, n.zoneId))!);
  }

  @ResolveField(() => [Photo], { description: 'at most 9; [] for a need the caller may not read whole' })
  async photos(@Parent() n: Need, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<Photo[]> {
    if (n.redacted || !NeedsService.canSee(viewer, { status: n.status, submitterId: n.submitterId, zoneId: n.zoneId })) return [];
    return (await ctx.loaders.load(this.photoService.bySubject, `need:${n.id}`)).map(toPhoto);
  }

  @ResolveField(() => Boolean)
  async supportedByMe(n: Need, _: unknown, ctx: GraphQLContext): Promise<boolean> {
    const viewer = viewerOf(ctx);
    if (!viewer) return false;
    return ctx.loaders.load(this.reads.supportedBy, `${viewer.id}:${n.id}`);
  }

  @ResolveField(() => [String], { description: 'what the caller may do now, from the state table and the caller\'s grants (verbs named after the mutations)' })
  async availableActions(@Parent() n: Need, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<string[]> {
    if (!viewer) return needActions(null, n, { supporting: false, unitId: null });
    const supporting = await ctx.loaders.load(this.reads.supportedBy, `${viewer.id}:${n.id}`);
    return needActions(viewer, n, { supporting, unitId: ownUnitIn(viewer, n.zoneId) });
  }

  @ResolveField(() => Boolean, { description: '关注: whether the caller follows this need' })
  async followedByMe(@Parent() n: Need, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<boolean> {
    if (!viewer) return false;
    return ctx.loaders.load(this.follows.followedBy, `need:${n.id}:${viewer.id}`);
  }

  @ResolveField(() => Need, { nullable: true })
  async mergedInto(@Parent() n: Need, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<Need | null> {
    if (!n.mergedIntoId) return null;
    const target = await ctx.loaders.load(this.reads.needById, n.mergedIntoId);
    return target && NeedsService.canSee(viewer, target) ? toNeed(target) : null;
  }

  @ResolveField(() => User)
  async submitter(n: Need, _: unknown, ctx: GraphQLContext): Promise<User> {
    if (n.redacted) return UNNAMED;
    return (await userOf(ctx, this.users, n.submitterId, n.zoneId))!;
  }

  @ResolveField(() => [NeedEvent], { description: 'oldest first; staff of the zone and the submitter only, [] for others' })
  async history(@Parent() n: Need, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<NeedEvent[]> {
    if (!NeedsService.canSeeHistory(viewer, n)) return [];
    return (await ctx.loaders.load(this.reads.eventsByNeed, Number(n.id))).map((e) => ({ ...toNeedEvent(e), zoneId: n.zoneId }));
  }

  @ResolveField(() => Community, { nullable: true })
  async community(@Parent() n: Need, @Context() ctx: GraphQLContext): Promise<Community | null> {
    if (!n.communityId) return null;
    const c = await ctx.loaders.load(this.org.communityById, n.communityId);
    return c ? toCommunity(c) : null;
  }

  @ResolveField(() => Building, { nullable: true })
  async building(@Parent() n: Need, @Context() ctx: GraphQLContext): Promise<Building | null> {
    if (!n.buildingId) return null;
    const b = await ctx.loaders.load(this.org.buildingById, n.buildingId);
    return b ? toBuilding(b) : null;
  }

  @ResolveField(() => MemberUnit, { nullable: true, description: '点亮心愿: the unit that claimed the wish' })
  async claimedByUnit(@Parent() n: Need, @Context() ctx: GraphQLContext): Promise<MemberUnit | null> {
    if (!n.claimedByUnitId) return null;
    const u = await ctx.loaders.load(this.org.unitById, n.claimedByUnitId);
    return u ? toUnit(u) : null;
  }

  @ResolveField(() => User, { nullable: true, description: '点亮心愿: the person who claimed the wish (for a unit: its admin)' })
  async claimedBy(@Parent() n: Need, @Context() ctx: GraphQLContext): Promise<User | null> {
    return n.claimedByUserId ? userOf(ctx, this.users, n.claimedByUserId, n.zoneId) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'staff who entered an offline need; visible to staff of the zone' })
  async recordedBy(@Parent() n: Need, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<User | null> {
    if (!n.recordedById || !NeedsService.isStaffOf(viewer, n.zoneId)) return null;
    return userOf(ctx, this.users, n.recordedById, n.zoneId);
  }
}

@Resolver(() => NeedEvent)
export class NeedEventResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => User)
  async actor(@Parent() e: NeedEvent, @Context() ctx: GraphQLContext): Promise<User> {
    return (await userOf(ctx, this.users, e.actorId, e.zoneId))!;
  }
}

@Resolver(() => NeedsMenu)
export class NeedsMenuResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => Zone)
  async zone(@Parent() menu: NeedsMenu, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, menu.zoneId))!);
  }
}

@Resolver(() => MenuSection)
export class MenuSectionResolver {
  constructor(private readonly reads: NeedsService) {}

  @ResolveField(() => [Need], { description: 'most supported first, then oldest first; first defaults to 20, at most 100' })
  async needs(@Parent() s: MenuSection, @Context() ctx: GraphQLContext, @Args('first', { type: () => Int, nullable: true }) first?: number | null): Promise<Need[]> {
    if (s.count === 0) return [];
    return (await ctx.loaders.load(this.reads.sectionNeedsByKey, `${s.zoneId}:${s.category}:${pageSize(first)}`)).map(toNeed);
  }
}
