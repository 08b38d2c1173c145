import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles, SignedIn } from '@app/common/access';
import { User } from '@app/auth/models/user.model';
import { toUser, UsersService } from '@app/auth/users.service';
import { Role } from '@app/common/glossary';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { toNeed } from '@app/needs/models/need.model';
import { Building, Community, MemberUnit, toBuilding, toCommunity, toUnit, toZone, Zone } from '@app/org/models/org.models';
import { OrgService } from '@app/org/org.service';
import { Project, toProject } from '@app/projects/models/project.model';
import { CreateVolunteerTeamArgs, MatchArgs, PairBuildingArgs, ResourceInput, ResourcesArgs } from './dto/matching.inputs';
import {
  CategoryGap,
  MatchWeight,
  NeedMatch,
  Pairing,
  ProjectMatch,
  Resource,
  ResourceConnection,
  toPairing,
  toResource,
  toVolunteerTeam,
  UnitMatch,
  VolunteerMatch,
  VolunteerTeam,
} from './models/matching.models';
import { RecommendService, UnitMatchResult } from './recommend.service';
import { SupplyService } from './supply.service';
import { FOR_UNIT_WEIGHTS, MatchCode, SIGNAL_RULES, UNIT_WEIGHTS, VOLUNTEER_WEIGHTS } from './weights';

const resourceFields = (input: ResourceInput) => ({ ...input, unitId: toId(input.unitId, 'unitId') });
const toUnitMatch = (m: UnitMatchResult): UnitMatch => ({
  unit: toUnit(m.unit),
  score: m.score,
  reasons: m.reasons,
  resources: m.resources.map(toResource),
  invited: m.invited ?? false,
  availableActions: m.actions ?? [],
});

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly supply: SupplyService,
    private readonly recommend: RecommendService,
    private readonly users: UsersService,
  ) {}

  // ── 资源清单 ──

  @Public()
  @Query(() => ResourceConnection, { description: '资源清单: available resources of the zone, free and low-cost first' })
  async resources(@Args() args: ResourcesArgs): Promise<ResourceConnection> {
    const page = await this.supply.resources({ ...args, zoneId: toId(args.zoneId, 'zoneId') });
    return { ...page, edges: page.edges.map((e) => ({ node: toResource(e.node), cursor: e.cursor })) };
  }

  @Roles(Role.UNIT_ADMIN, Role.COUNCIL_STAFF)
  @Mutation(() => Resource)
  async offerResource(@CurrentUser() viewer: Principal, @Args('input') input: ResourceInput): Promise<Resource> {
    return toResource(await this.supply.offerResource(viewer, resourceFields(input)));
  }

  @Roles(Role.UNIT_ADMIN, Role.COUNCIL_STAFF)
  @Mutation(() => Resource, { description: 'also offers a withdrawn resource again' })
  async updateResource(@CurrentUser() viewer: Principal, @Args('resourceId', { type: () => ID }) resourceId: string, @Args('input') input: ResourceInput): Promise<Resource> {
    return toResource(await this.supply.updateResource(viewer, toId(resourceId, 'resourceId'), resourceFields(input)));
  }

  @Roles(Role.UNIT_ADMIN, Role.COUNCIL_STAFF)
  @Mutation(() => Resource)
  async withdrawResource(@CurrentUser() viewer: Principal, @Args('resourceId', { type: () => ID }) resourceId: string): Promise<Resource> {
    return toResource(await this.supply.withdrawResource(viewer, toId(resourceId, 'resourceId')));
  }

  // ── 两楼结对 and teams ──

  @Public()
  @Query(() => [Pairing])
  async pairings(@Args('zoneId', { type: () => ID }) zoneId: string): Promise<Pairing[]> {
    return (await this.supply.pairings(toId(zoneId, 'zoneId'))).map(toPairing);
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Pairing)
  async pairBuilding(@CurrentUser() viewer: Principal, @Args() args: PairBuildingArgs): Promise<Pairing> {
    return toPairing(await this.supply.pairBuilding(viewer, toId(args.communityId, 'communityId'), toId(args.buildingId, 'buildingId'), args.note));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Boolean)
  async unpair(@CurrentUser() viewer: Principal, @Args('pairingId', { type: () => ID }) pairingId: string): Promise<boolean> {
    return this.supply.unpair(viewer, toId(pairingId, 'pairingId'));
  }

  @Public()
  @Query(() => [VolunteerTeam])
  async volunteerTeams(@Args('zoneId', { type: () => ID }) zoneId: string): Promise<VolunteerTeam[]> {
    return (await this.supply.volunteerTeams(toId(zoneId, 'zoneId'))).map(toVolunteerTeam);
  }

  @Roles(Role.COUNCIL_STAFF, Role.UNIT_ADMIN)
  @Mutation(() => VolunteerTeam)
  async createVolunteerTeam(@CurrentUser() viewer: Principal, @Args() args: CreateVolunteerTeamArgs): Promise<VolunteerTeam> {
    const unitId = args.unitId ? toId(args.unitId, 'unitId') : null;
    return toVolunteerTeam(await this.supply.createVolunteerTeam(viewer, toId(args.zoneId, 'zoneId'), args.name, unitId, args.buildingIds.map((b) => toId(b, 'buildingIds'))));
  }

  @SignedIn()
  @Mutation(() => VolunteerTeam)
  async joinVolunteerTeam(@CurrentUser() viewer: Principal, @Args('teamId', { type: () => ID }) teamId: string): Promise<VolunteerTeam> {
    return toVolunteerTeam(await this.supply.joinTeam(viewer, toId(teamId, 'teamId')));
  }

  @SignedIn()
  @Mutation(() => VolunteerTeam)
  async leaveVolunteerTeam(@CurrentUser() viewer: Principal, @Args('teamId', { type: () => ID }) teamId: string): Promise<VolunteerTeam> {
    return toVolunteerTeam(await this.supply.leaveTeam(viewer, toId(teamId, 'teamId')));
  }

  // ── recommendations ──

  @Roles(Role.COUNCIL_STAFF)
  @Query(() => [UnitMatch], { description: 'units for a project, best first, each with its reasons (staff of the zone)' })
  async suggestUnits(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string, @Args() args: MatchArgs): Promise<UnitMatch[]> {
    return (await this.recommend.suggestUnits(viewer, toId(projectId, 'projectId'), args.first)).map(toUnitMatch);
  }

  @Roles(Role.COUNCIL_STAFF)
  @Query(() => [UnitMatch], { description: 'units for a micro-wish or an idea before a project exists' })
  async suggestUnitsForNeed(@CurrentUser() viewer: Principal, @Args('needId', { type: () => ID }) needId: string, @Args() args: MatchArgs): Promise<UnitMatch[]> {
    return (await this.recommend.suggestUnitsForNeed(viewer, toId(needId, 'needId'), args.first)).map(toUnitMatch);
  }

  @Roles(Role.UNIT_ADMIN, Role.COUNCIL_STAFF)
  @Query(() => [ProjectMatch], { description: '为你推荐: claimable projects of the unit\'s zone it has not claimed, best first' })
  async recommendedProjects(@CurrentUser() viewer: Principal, @Args('unitId', { type: () => ID }) unitId: string, @Args() args: MatchArgs): Promise<ProjectMatch[]> {
    return (await this.recommend.recommendedProjects(viewer, toId(unitId, 'unitId'), args.first)).map((m) => ({ project: toProject(m.project), score: m.score, reasons: m.reasons }));
  }

  @Roles(Role.UNIT_ADMIN, Role.COUNCIL_STAFF)
  @Query(() => [NeedMatch], { description: 'ACCEPTED micro-wishes the unit may light up, best first' })
  async recommendedWishes(@CurrentUser() viewer: Principal, @Args('unitId', { type: () => ID }) unitId: string, @Args() args: MatchArgs): Promise<NeedMatch[]> {
    return (await this.recommend.recommendedWishes(viewer, toId(unitId, 'unitId'), args.first)).map((m) => ({ need: toNeed(m.need), score: m.score, reasons: m.reasons }));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Query(() => [VolunteerMatch], { description: 'people whose 亮意愿 or 亮特长 fit the project' })
  async suggestVolunteers(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string, @Args() args: MatchArgs): Promise<VolunteerMatch[]> {
    const matches = await this.recommend.suggestVolunteers(viewer, toId(projectId, 'projectId'), args.first);
    const roles = await Promise.all(matches.map((m) => this.users.grantsOf(m.user.id)));
    return matches.map((m, i) => ({ user: { ...toUser(m.user, roles[i].map((g) => g.role)), contextZoneId: m.zoneId }, score: m.score, reasons: m.reasons }));
  }

  @Public()
  @Query(() => [CategoryGap], { description: 'per category: open demand against the units able to serve it' })
  async matchingGaps(@Args('zoneId', { type: () => ID }) zoneId: string): Promise<CategoryGap[]> {
    return this.recommend.matchingGaps(toId(zoneId, 'zoneId'));
  }

  @Public()
  @Query(() => [MatchWeight], { description: 'the weights and rules of every match (shown in the console help)' })
  matchingWeights(): MatchWeight[] {
    const rows = (table: string, weights: Partial<Record<MatchCode, number>>) =>
      (Object.entries(weights) as [MatchCode, number][]).map(([code, weight]) => ({ table, code, weight: Math.round(weight * 1000) / 1000, rule: SIGNAL_RULES[code].zh, ruleEn: SIGNAL_RULES[code].en }));
    return [...rows('UNITS', UNIT_WEIGHTS), ...rows('FOR_UNIT', FOR_UNIT_WEIGHTS), ...rows('VOLUNTEERS', VOLUNTEER_WEIGHTS)];
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Project, { description: 'one click from suggestUnits: tells the unit\'s admins and records it on the timeline' })
  async inviteUnitToClaim(
    @CurrentUser() viewer: Principal,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('unitId', { type: () => ID }) unitId: string,
  ): Promise<Project> {
    return toProject(await this.recommend.inviteUnit(viewer, toId(projectId, 'projectId'), toId(unitId, 'unitId')));
  }
}

@Resolver(() => Resource)
export class ResourceResolver {
  constructor(private readonly org: OrgService) {}
  @ResolveField(() => MemberUnit)
  async unit(@Parent() r: Resource, @Context() ctx: GraphQLContext): Promise<MemberUnit> {
    return toUnit((await ctx.loaders.load(this.org.unitById, r.unitId))!);
  }
}

@Resolver(() => Pairing)
export class PairingResolver {
  constructor(private readonly org: OrgService) {}
  @ResolveField(() => Community)
  async community(@Parent() p: Pairing, @Context() ctx: GraphQLContext): Promise<Community> {
    return toCommunity((await ctx.loaders.load(this.org.communityById, p.communityId))!);
  }
  @ResolveField(() => Building)
  async building(@Parent() p: Pairing, @Context() ctx: GraphQLContext): Promise<Building> {
    return toBuilding((await ctx.loaders.load(this.org.buildingById, p.buildingId))!);
  }
}

@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  constructor(
    private readonly org: OrgService,
    private readonly supply: SupplyService,
  ) {}
  @ResolveField(() => Zone)
  async zone(@Parent() t: VolunteerTeam, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, t.zoneId))!);
  }
  @ResolveField(() => MemberUnit, { nullable: true })
  async unit(@Parent() t: VolunteerTeam, @Context() ctx: GraphQLContext): Promise<MemberUnit | null> {
    if (!t.unitId) return null;
    const u = await ctx.loaders.load(this.org.unitById, t.unitId);
    return u ? toUnit(u) : null;
  }
  @ResolveField(() => [Building])
  async buildings(@Parent() t: VolunteerTeam, @Context() ctx: GraphQLContext): Promise<Building[]> {
    const rows = await Promise.all(t.buildingIds.map((id) => ctx.loaders.load(this.org.buildingById, id)));
    return rows.filter((b) => !!b).map((b) => toBuilding(b!));
  }
  @ResolveField(() => Boolean)
  async joinedByMe(@Parent() t: VolunteerTeam, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<boolean> {
    if (!viewer) return false;
    return ctx.loaders.load(this.supply.membership, `${t.id}:${viewer.id}`);
  }
}

@Resolver(() => MemberUnit)
export class UnitSupplyResolver {
  constructor(private readonly supply: SupplyService) {}

  @ResolveField(() => [Resource], { description: 'available resources; withdrawn ones too for its admin and the zone staff' })
  async resources(@Parent() u: MemberUnit, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<Resource[]> {
    const rows = await ctx.loaders.load(this.supply.resourcesByUnit, Number(u.id));
    const all = SupplyService.canManageUnit(viewer, { id: Number(u.id), zoneId: u.zoneId });
    return rows.filter((r) => all || r.available).map(toResource);
  }

  @ResolveField(() => [Community], { description: '两楼结对: communities paired with the unit\'s building' })
  async pairedCommunities(@Parent() u: MemberUnit, @Context() ctx: GraphQLContext): Promise<Community[]> {
    if (!u.buildingId) return [];
    return (await ctx.loaders.load(this.supply.pairedCommunitiesByBuilding, u.buildingId)).map(toCommunity);
  }
}
