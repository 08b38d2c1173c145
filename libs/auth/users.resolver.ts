import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toId } from '@app/common/text';
import { Role } from '@app/common/glossary';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { Building, Community, MemberUnit, Zone, toBuilding, toCommunity, toUnit, toZone } from '@app/org/models/org.models';
import { OrgService } from '@app/org/org.service';
import { CurrentUser, Public, Roles, SignedIn, requireUser, viewerOf } from '@app/common/access';
import { ChangeMyPasswordArgs, CreateStaffUserArgs, DeactivateUserArgs, ResetStaffPasswordArgs, UpdateMyProfileArgs, UpdateStaffUserArgs, UsersArgs } from './dto/user.inputs';
import { AccountsService } from './accounts.service';
import { PersonalDataService } from './personal-data.service';
import type { UserEntity } from './auth.entities';
import { User, UserConnection } from './models/user.model';
import { UsersService, toUserWithGrants } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly org: OrgService,
    private readonly accounts: AccountsService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'null when signed out' })
  async me(@CurrentUser() viewer: Principal | null): Promise<User | null> {
    if (!viewer) return null;
    const u = await this.users.user(viewer.id);
    return toUserWithGrants(u, viewer.grants);
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
    return this.withGrants(u);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'a global ADMIN anywhere; a zone ADMIN in its zones only, and never ADMIN' })
  async createStaffUser(@Args() args: CreateStaffUserArgs, @CurrentUser() viewer: Principal): Promise<User> {
    AccountsService.assertMayGrant(viewer, args.roles, args.zoneIds.map((z) => toId(z, 'zoneIds')));
    const u = await this.users.createStaffUser(args);
    return this.withGrants(u);
  }

  // ── accounts (domain.md §10) ──────────────────────────────────────────

  @Roles(Role.COUNCIL_STAFF, Role.ADMIN)
  @Query(() => UserConnection, { name: 'users', description: 'ADMIN: every account; staff: the accounts holding roles in their zones. Newest first.' })
  async listUsers(@Args() args: UsersArgs, @CurrentUser() viewer: Principal): Promise<UserConnection> {
    const page = await this.accounts.list(viewer, {
      zoneId: OrgService.id(args.zoneId, 'zoneId'),
      role: args.role,
      search: args.search,
      active: args.active,
      first: args.first,
      after: args.after,
    });
    const grants = await this.users.grantsOfMany(page.edges.map((e) => e.node.id));
    return {
      totalCount: page.totalCount,
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toUserWithGrants(e.node, grants.get(e.node.id) ?? []) })),
    };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'roles given replace the old ones (a role left out is removed)' })
  async updateStaffUser(@Args() args: UpdateStaffUserArgs, @CurrentUser() viewer: Principal): Promise<User> {
    const u = await this.accounts.updateStaffUser(viewer, toId(args.userId, 'userId'), args);
    return this.withGrants(u);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'the account\'s tokens are refused from this moment, on every api process' })
  async deactivateUser(@Args() args: DeactivateUserArgs, @CurrentUser() viewer: Principal): Promise<User> {
    return this.withGrants(await this.accounts.deactivate(viewer, toId(args.userId, 'userId'), args.reason));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  async reactivateUser(@Args('userId', { type: () => ID }) userId: string, @CurrentUser() viewer: Principal): Promise<User> {
    return this.withGrants(await this.accounts.reactivate(viewer, toId(userId, 'userId')));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'revokes every token the account held' })
  resetStaffPassword(@Args() args: ResetStaffPasswordArgs, @CurrentUser() viewer: Principal): Promise<boolean> {
    return this.accounts.resetPassword(viewer, toId(args.userId, 'userId'), args.newPassword);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'revokes every token issued before, this one included: sign in again with the new password' })
  async changeMyPassword(@Args() args: ChangeMyPasswordArgs, @CurrentUser() viewer: Principal): Promise<boolean> {
    await this.accounts.changeMyPassword(requireUser(viewer), args.oldPassword, args.newPassword);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'every token issued so far stops working, this one included' })
  signOutEverywhere(@CurrentUser() viewer: Principal): Promise<boolean> {
    return this.accounts.signOutEverywhere(requireUser(viewer));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'name and phone erased; needs, supports and answers stay and still count, unattributed. Cannot be undone.' })
  deleteMyAccount(@CurrentUser() viewer: Principal): Promise<boolean> {
    return this.accounts.deleteMyAccount(requireUser(viewer));
  }

  @SignedIn()
  @Query(() => String, { description: 'everything held about the caller, as JSON' })
  myData(@CurrentUser() viewer: Principal): Promise<string> {
    return this.personalData.export(requireUser(viewer).id);
  }

  @ResolveField(() => String, { nullable: true, description: 'staff sign-in name; shown to those who see the account whole' })
  username(@Parent() user: User, @CurrentUser() viewer: Principal | null): string | null {
    return UsersService.canSeeContact(viewer, user) ? user.rawUsername : null;
  }

  @ResolveField(() => [Zone], { description: 'the zones where the account holds a role' })
  async zones(@Parent() user: User, @Context() ctx: GraphQLContext): Promise<Zone[]> {
    const ids = user.grantZoneIds ?? [...new Set((await ctx.loaders.load(this.users.rolesByUser, Number(user.id))).filter((g) => g.zoneId !== null).map((g) => g.zoneId!))];
    const zones = await Promise.all(ids.map((id) => ctx.loaders.load(this.org.zoneById, id)));
    return zones.filter((z) => z !== null).map(toZone);
  }

  private async withGrants(u: UserEntity): Promise<User> {
    return toUserWithGrants(u, await this.users.grantsOf(u.id));
  }

  @ResolveField(() => String, { description: 'masked (王**) for callers who may not see it whole' })
  displayName(user: User, _: unknown, ctx: GraphQLContext): string {
    return UsersService.displayNameFor(viewerOf(ctx), user);
  }

  @ResolveField(() => String, { nullable: true, description: 'masked (138****5678) likewise; null for anonymous callers' })
  phone(user: User, _: unknown, ctx: GraphQLContext): string | null {
    return UsersService.phoneFor(viewerOf(ctx), user);
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
