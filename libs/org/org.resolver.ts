import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/common/glossary';
import type { GraphQLContext } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { CurrentUser, GlobalAdmin, Public, Roles, assertZoneRole } from '@app/common/access';
import type { Principal } from '@app/common/request-context';
import { CreatePartyOrgArgs, CreatePlaceArgs, CreateUnitArgs, CreateZoneArgs, UpdateUnitArgs, UpdateZoneArgs } from './dto/org.inputs';
import { Building, Community, MemberUnit, PartyOrg, Zone, toBuilding, toCommunity, toPartyOrg, toUnit, toZone } from './models/org.models';
import { OrgService } from './org.service';

@Resolver(() => Zone)
export class ZoneResolver {
  constructor(private readonly org: OrgService) {}

  @Public()
  @Query(() => [Zone])
  async zones(): Promise<Zone[]> {
    return (await this.org.zones()).map(toZone);
  }

  @Public()
  @Query(() => Zone, { nullable: true })
  async zone(@Args('id', { type: () => ID }) id: string): Promise<Zone | null> {
    const z = await this.org.findZone(toId(id, 'id'));
    return z ? toZone(z) : null;
  }

  @Public()
  @Query(() => [MemberUnit])
  async units(@Args('zoneId', { type: () => ID }) zoneId: string): Promise<MemberUnit[]> {
    return (await this.org.units(toId(zoneId, 'zoneId'))).map(toUnit);
  }

  @Public()
  @Query(() => [PartyOrg], { description: '片区内的党组织 (tree: parentId)' })
  async partyOrgs(@Args('zoneId', { type: () => ID }) zoneId: string): Promise<PartyOrg[]> {
    return (await this.org.partyOrgs(toId(zoneId, 'zoneId'))).map(toPartyOrg);
  }

  @ResolveField(() => [Community])
  async communities(@Parent() zone: Zone, @Context() ctx: GraphQLContext): Promise<Community[]> {
    return (await ctx.loaders.load(this.org.communitiesByZone, Number(zone.id))).map(toCommunity);
  }

  @ResolveField(() => [Building])
  async buildings(@Parent() zone: Zone, @Context() ctx: GraphQLContext): Promise<Building[]> {
    return (await ctx.loaders.load(this.org.buildingsByZone, Number(zone.id))).map(toBuilding);
  }

  @GlobalAdmin()
  @Mutation(() => Zone)
  async createZone(@Args() args: CreateZoneArgs): Promise<Zone> {
    return toZone(await this.org.createZone(args.name, args.street, args.boardSize));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Zone, { description: 'ADMIN of the zone' })
  async updateZone(@Args() args: UpdateZoneArgs, @CurrentUser() viewer: Principal): Promise<Zone> {
    const zoneId = toId(args.zoneId, 'zoneId');
    assertZoneRole(viewer, zoneId, [Role.ADMIN], '管理片区');
    return toZone(await this.org.updateZone(zoneId, { name: args.name, street: args.street }));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MemberUnit, { description: 'ADMIN of the unit\'s zone' })
  async updateUnit(@Args() args: UpdateUnitArgs, @CurrentUser() viewer: Principal): Promise<MemberUnit> {
    const unit = await this.org.unit(toId(args.unitId, 'unitId'));
    assertZoneRole(viewer, unit.zoneId, [Role.ADMIN], '管理片区');
    return toUnit(
      await this.org.updateUnit(unit.id, {
        name: args.name,
        kind: args.kind,
        buildingId: args.buildingId === undefined ? undefined : OrgService.id(args.buildingId, 'buildingId'),
      }),
    );
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Community)
  async createCommunity(@Args() args: CreatePlaceArgs, @CurrentUser() viewer: Principal): Promise<Community> {
    assertZoneRole(viewer, toId(args.zoneId, 'zoneId'), [Role.ADMIN], '管理片区');
    return toCommunity(await this.org.createCommunity(toId(args.zoneId, 'zoneId'), args.name));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Building)
  async createBuilding(@Args() args: CreatePlaceArgs, @CurrentUser() viewer: Principal): Promise<Building> {
    assertZoneRole(viewer, toId(args.zoneId, 'zoneId'), [Role.ADMIN], '管理片区');
    return toBuilding(await this.org.createBuilding(toId(args.zoneId, 'zoneId'), args.name));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MemberUnit)
  async createUnit(@Args() args: CreateUnitArgs, @CurrentUser() viewer: Principal): Promise<MemberUnit> {
    assertZoneRole(viewer, toId(args.zoneId, 'zoneId'), [Role.ADMIN], '管理片区');
    return toUnit(await this.org.createUnit(toId(args.zoneId, 'zoneId'), args.name, args.kind, OrgService.id(args.buildingId, 'buildingId')));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PartyOrg)
  async createPartyOrg(@Args() args: CreatePartyOrgArgs, @CurrentUser() viewer: Principal): Promise<PartyOrg> {
    assertZoneRole(viewer, toId(args.zoneId, 'zoneId'), [Role.ADMIN], '管理片区');
    return toPartyOrg(
      await this.org.createPartyOrg({
        zoneId: toId(args.zoneId, 'zoneId'),
        name: args.name,
        level: args.level,
        parentId: OrgService.id(args.parentId, 'parentId'),
        unitId: OrgService.id(args.unitId, 'unitId'),
        communityId: OrgService.id(args.communityId, 'communityId'),
        buildingId: OrgService.id(args.buildingId, 'buildingId'),
      }),
    );
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  constructor(private readonly org: OrgService) {}
  @ResolveField(() => Zone)
  async zone(@Parent() c: Community, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, c.zoneId))!);
  }
}

@Resolver(() => Building)
export class BuildingResolver {
  constructor(private readonly org: OrgService) {}
  @ResolveField(() => Zone)
  async zone(@Parent() b: Building, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, b.zoneId))!);
  }
}

@Resolver(() => MemberUnit)
export class MemberUnitResolver {
  constructor(private readonly org: OrgService) {}
  @ResolveField(() => Zone)
  async zone(@Parent() u: MemberUnit, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, u.zoneId))!);
  }
  @ResolveField(() => Building, { nullable: true })
  async building(@Parent() u: MemberUnit, @Context() ctx: GraphQLContext): Promise<Building | null> {
    if (!u.buildingId) return null;
    const b = await ctx.loaders.load(this.org.buildingById, u.buildingId);
    return b ? toBuilding(b) : null;
  }
}
