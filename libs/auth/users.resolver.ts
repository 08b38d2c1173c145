import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/common/glossary';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { Building, Community, MemberUnit, toBuilding, toCommunity, toUnit } from '@app/org/models/org.models';
import { OrgService } from '@app/org/org.service';
import { CurrentUser, Public, Roles, SignedIn, requireUser } from './access';
import { CreateStaffUserArgs, UpdateMyProfileArgs } from './dto/user.inputs';
import { User } from './models/user.model';
import { UsersService, toUser } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly org: OrgService,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'null when signed out' })
  async me(@CurrentUser() viewer: Principal | null): Promise<User | null> {
    if (!viewer) return null;
    const u = await this.users.user(viewer.id);
    return toUser(u, viewer.grants.map((g) => g.role));
  }

  @SignedIn()
  @Mutation(() => User)
  async updateMyProfile(@CurrentUser() viewer: Principal, @Args() args: UpdateMyProfileArgs): Promise<User> {
    const u = await this.users.updateProfile(requireUser(viewer).id, {
      displayName: args.displayName,
      communityId: args.communityId === undefined ? undefined : OrgService.id(args.communityId, 'communityId'),
      buildingId: args.buildingId === undefined ? undefined : OrgService.id(args.buildingId, 'buildingId'),
      isPartyMember: args.isPartyMember,
      specialties: args.specialties,
      willingCategories: args.willingCategories,
    });
    const grants = await this.users.grantsOf(u.id);
    return toUser(u, grants.map((g) => g.role));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  async createStaffUser(@Args() args: CreateStaffUserArgs): Promise<User> {
    const u = await this.users.createStaffUser(args);
    const grants = await this.users.grantsOf(u.id);
    return toUser(u, grants.map((g) => g.role));
  }

  @ResolveField(() => String, { description: 'masked (王**) for callers who may not see it whole' })
  displayName(@Parent() user: User, @CurrentUser() viewer: Principal | null): string {
    return UsersService.displayNameFor(viewer, user);
  }

  @ResolveField(() => String, { nullable: true, description: 'masked (138****5678) likewise; null for anonymous callers' })
  phone(@Parent() user: User, @CurrentUser() viewer: Principal | null): string | null {
    return UsersService.phoneFor(viewer, user);
  }

  @ResolveField(() => Community, { nullable: true })
  async community(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<Community | null> {
    if (!user.communityId) return null;
    const c = await ctx.loaders.load(this.org.communityById, user.communityId);
    return c ? toCommunity(c) : null;
  }

  @ResolveField(() => Building, { nullable: true })
  async building(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<Building | null> {
    if (!user.buildingId) return null;
    const b = await ctx.loaders.load(this.org.buildingById, user.buildingId);
    return b ? toBuilding(b) : null;
  }

  @ResolveField(() => MemberUnit, { nullable: true })
  async unit(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<MemberUnit | null> {
    if (!user.unitId) return null;
    const u = await ctx.loaders.load(this.org.unitById, user.unitId);
    return u ? toUnit(u) : null;
  }
}
