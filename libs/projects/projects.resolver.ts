import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles, SignedIn } from '@app/common/access';
import { User } from '@app/auth/models/user.model';
import { UsersService } from '@app/auth/users.service';
import { Role } from '@app/common/glossary';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { Need, toNeed } from '@app/needs/models/need.model';
import { MemberUnit, toUnit, toZone, Zone } from '@app/org/models/org.models';
import { OrgService } from '@app/org/org.service';
import { NotFoundError } from '@app/common/errors';
import { FollowsService } from '@app/notifications/follows';
import { ClaimsService, correctionRefusal } from './claims.service';
import { projectActions, projectRefusal } from './project-actions';
import { clock } from '@app/common/clock';
import {
  CastVoteArgs,
  ClaimProjectArgs,
  DecideProjectArgs,
  ProjectCommentArgs,
  ProjectInput,
  ProjectsArgs,
  ProjectUpdateInput,
  ReleaseClaimArgs,
  CorrectProgressArgs,
  ReportProgressArgs,
  RequiredCommentArgs,
  UnitOfferInput,
} from './dto/project.inputs';
import {
  BoardRound,
  Claim,
  ProgressReport,
  ProgressRevision,
  Project,
  ProjectConnection,
  toClaim,
  toProgressReport,
  toProgressRevision,
  toProject,
  toTransition,
  toVote,
  Transition,
  Vote,
} from './models/project.model';
import { ProjectFlowService } from './project-flow.service';
import { ProjectsService } from './projects.service';
import { Photo, toPhoto } from '@app/photos/photo.model';
import { PhotosService } from '@app/photos/photos.service';
import { NeedsService } from '@app/needs/needs.service';

const pid = (id: string) => toId(id, 'projectId');

@Resolver(() => Project)
export class ProjectsResolver {
  constructor(
    private readonly reader: ProjectsService,
    private readonly flow: ProjectFlowService,
    private readonly claiming: ClaimsService,
    private readonly org: OrgService,
    private readonly follows: FollowsService,
  ) {}

  // ---- reading ----

  @Public()
  @Query(() => Project, { nullable: true, description: 'null when there is no such project' })
  async project(@CurrentUser() viewer: Principal | null, @Args('id', { type: () => ID }) id: string): Promise<Project | null> {
    const p = await this.reader.project(viewer, toId(id, 'id'));
    return p ? toProject(p) : null;
  }

  @Public()
  @Query(() => ProjectConnection, { description: '项目清单: published projects for everyone; every state for the zone council' })
  async projects(@CurrentUser() viewer: Principal | null, @Args() args: ProjectsArgs): Promise<ProjectConnection> {
    const page = await this.reader.page(viewer, { ...args, zoneId: toId(args.zoneId, 'zoneId'), unitId: args.unitId ? toId(args.unitId, 'unitId') : null });
    return { ...page, edges: page.edges.map((e) => ({ node: toProject(e.node), cursor: e.cursor })) };
  }

  // ---- drafting and approval ----

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Project)
  async createProject(@CurrentUser() viewer: Principal, @Args('input') input: ProjectInput): Promise<Project> {
    return toProject(await this.reader.createProject(viewer, input));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Project, { description: 'DRAFT only: after RETURN or a failed vote; proposing it again opens a new board round' })
  async updateProject(
    @CurrentUser() viewer: Principal,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('input') input: ProjectUpdateInput,
  ): Promise<Project> {
    return toProject(await this.reader.updateProject(viewer, pid(projectId), input));
  }

  @Roles(Role.UNIT_ADMIN)
  @Mutation(() => Project, { description: "单位申报: DRAFT, origin UNIT_OFFER; on publish the unit holds the first claim with this pledge" })
  async offerProject(@CurrentUser() viewer: Principal, @Args('input') input: UnitOfferInput): Promise<Project> {
    return toProject(await this.reader.offerProject(viewer, input));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Project)
  async proposeProject(@CurrentUser() viewer: Principal, @Args() args: ProjectCommentArgs): Promise<Project> {
    return toProject(await this.flow.propose(viewer, pid(args.projectId), args.comment));
  }

  @Roles(Role.BOARD_MEMBER)
  @Mutation(() => Project)
  async castVote(@CurrentUser() viewer: Principal, @Args() args: CastVoteArgs): Promise<Project> {
    return toProject(await this.flow.castVote(viewer, pid(args.projectId), args.choice));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Project, { description: 'tallies the votes: RESOLVED, or back to DRAFT' })
  async closeResolution(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string): Promise<Project> {
    return toProject(await this.flow.closeResolution(viewer, pid(projectId)));
  }

  @Roles(Role.PARTY_COMMITTEE)
  @Mutation(() => Project, { description: 'party committee' })
  async decideProject(@CurrentUser() viewer: Principal, @Args() args: DecideProjectArgs): Promise<Project> {
    return toProject(await this.flow.decide(viewer, pid(args.projectId), args.decision, args.comment));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Project)
  async publishProject(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string): Promise<Project> {
    return toProject(await this.flow.publish(viewer, pid(projectId)));
  }

  // ---- claims and delivery ----

  @Roles(Role.UNIT_ADMIN)
  @Mutation(() => Project)
  async claimProject(@CurrentUser() viewer: Principal, @Args() args: ClaimProjectArgs): Promise<Project> {
    return toProject(await this.claiming.claim(viewer, pid(args.projectId), toId(args.unitId, 'unitId'), args));
  }

  @Roles(Role.COUNCIL_STAFF, Role.UNIT_ADMIN)
  @Mutation(() => Project, { description: "the unit's admin or staff, with a reason: the slot reopens; the unit's reports still count" })
  async releaseClaim(@CurrentUser() viewer: Principal, @Args() args: ReleaseClaimArgs): Promise<Project> {
    return toProject(await this.claiming.release(viewer, pid(args.projectId), toId(args.unitId, 'unitId'), args.reason));
  }

  @SignedIn()
  @Mutation(() => Project, { description: '关注: told of each step of the project' })
  async followProject(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string): Promise<Project> {
    return toProject(await this.setFollow(viewer, projectId, true));
  }

  @SignedIn()
  @Mutation(() => Project)
  async unfollowProject(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string): Promise<Project> {
    return toProject(await this.setFollow(viewer, projectId, false));
  }

  private async setFollow(viewer: Principal, projectId: string, on: boolean) {
    const p = await this.reader.project(viewer, pid(projectId));
    if (!p) throw new NotFoundError('Project', projectId);
    await this.follows.set(viewer.id, 'project', p.id, p.zoneId, on);
    return p;
  }

  @Roles(Role.COUNCIL_STAFF, Role.UNIT_ADMIN)
  @Mutation(() => Project)
  async startProject(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string): Promise<Project> {
    return toProject(await this.flow.start(viewer, pid(projectId)));
  }

  @Roles(Role.UNIT_ADMIN)
  @Mutation(() => Project, { description: "figures are cumulative to date for that unit; the project's figures sum each unit's latest report" })
  async reportProgress(@CurrentUser() viewer: Principal, @Args() args: ReportProgressArgs): Promise<Project> {
    return toProject(await this.claiming.reportProgress(viewer, pid(args.projectId), toId(args.unitId, 'unitId'), args));
  }

  @Roles(Role.UNIT_ADMIN)
  @Mutation(() => Project, { description: "the unit corrects its latest report within 24 h of making it; the replaced version is kept (ProgressReport.revisions) and the timeline says what changed" })
  async correctProgress(@CurrentUser() viewer: Principal, @Args() args: CorrectProgressArgs): Promise<Project> {
    return toProject(await this.claiming.correctProgress(viewer, toId(args.reportId, 'reportId'), args));
  }

  @SignedIn()
  @Mutation(() => Project, { description: 'volunteer sign-up' })
  async joinProject(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string): Promise<Project> {
    return toProject(await this.claiming.join(viewer, pid(projectId)));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Project)
  async completeProject(@CurrentUser() viewer: Principal, @Args('projectId', { type: () => ID }) projectId: string): Promise<Project> {
    return toProject(await this.flow.complete(viewer, pid(projectId)));
  }

  @Roles(Role.COUNCIL_STAFF)
  @Mutation(() => Project)
  async cancelProject(@CurrentUser() viewer: Principal, @Args() args: RequiredCommentArgs): Promise<Project> {
    return toProject(await this.flow.cancel(viewer, pid(args.projectId), args.comment));
  }

  // ---- nested fields, each through a per-request DataLoader ----

  @ResolveField(() => Zone)
  async zone(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, p.zoneId))!);
  }

  @ResolveField(() => [Need], { description: 'the menu needs the project was drafted from' })
  async sourceNeeds(p: Project, _: unknown, ctx: GraphQLContext): Promise<Need[]> {
    return (await ctx.loaders.load(this.reader.sourceNeedsByProject, Number(p.id))).map(toNeed);
  }

  @ResolveField(() => [Vote], { description: 'votes of the current resolution round' })
  async votes(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<Vote[]> {
    return (await ctx.loaders.load(this.reader.votesByRound, `${p.id}:${p.resolutionRound}`)).map(toVote);
  }

  @ResolveField(() => [Claim], { description: 'the claims held now (released ones are in releasedClaims)' })
  async claims(p: Project, _: unknown, ctx: GraphQLContext): Promise<Claim[]> {
    return (await ctx.loaders.load(this.reader.claimsByProject, Number(p.id))).filter((c) => !c.releasedAt).map(toClaim);
  }

  @ResolveField(() => [Claim], { description: 'claims the units gave back (releaseClaim), with the reason' })
  async releasedClaims(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<Claim[]> {
    return (await ctx.loaders.load(this.reader.claimsByProject, Number(p.id))).filter((c) => !!c.releasedAt).map(toClaim);
  }

  @ResolveField(() => Boolean, { description: '关注: whether the caller follows this project' })
  async followedByMe(@Parent() p: Project, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<boolean> {
    if (!viewer) return false;
    return ctx.loaders.load(this.follows.followedBy, `project:${p.id}:${viewer.id}`);
  }

  @ResolveField(() => MemberUnit, { nullable: true, description: 'UNIT_OFFER: the unit that offered the project' })
  async offeredByUnit(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<MemberUnit | null> {
    if (!p.offeredByUnitId) return null;
    const u = await ctx.loaders.load(this.org.unitById, p.offeredByUnitId);
    return u ? toUnit(u) : null;
  }

  @ResolveField(() => [BoardRound], { description: 'every board round with its votes, oldest first (a returned draft proposed again opens a new one)' })
  async rounds(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<BoardRound[]> {
    const rounds: BoardRound[] = [];
    for (let round = 1; round <= p.resolutionRound; round++) {
      const votes = (await ctx.loaders.load(this.reader.votesByRound, `${p.id}:${round}`)).map(toVote);
      const n = (c: string) => votes.filter((v) => v.choice === c).length;
      rounds.push({ round, votes, for: n('FOR'), against: n('AGAINST'), abstain: n('ABSTAIN') });
    }
    return rounds;
  }

  @ResolveField(() => [ProgressReport], { description: 'every report, oldest first' })
  async progress(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<ProgressReport[]> {
    return (await ctx.loaders.load(this.reader.reportsByProject, Number(p.id))).map(toProgressReport);
  }

  @ResolveField(() => [Transition], { description: 'every state change, oldest first' })
  async timeline(p: Project, _: unknown, ctx: GraphQLContext): Promise<Transition[]> {
    return (await ctx.loaders.load(this.reader.timelineByProject, Number(p.id))).map(toTransition);
  }

  @ResolveField(() => [String], { description: 'what the caller may do now, from the state table and the caller\'s grants (verbs named after the mutations)' })
  async availableActions(@Parent() p: Project, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<string[]> {
    if (!viewer) return projectActions(null, p, { unitId: null, unitClaimed: false, joined: false });
    const unitId = viewer.unitId;
    const [claims, joined] = await Promise.all([
      ctx.loaders.load(this.reader.claimsByProject, Number(p.id)),
      ctx.loaders.load(this.reader.joinedBy, `${viewer.id}:${p.id}`),
    ]);
    const mine = unitId === null ? undefined : claims.find((c) => c.unitId === unitId);
    return projectActions(viewer, p, { unitId, unitClaimed: !!mine && !mine.releasedAt, unitReleased: !!mine?.releasedAt, joined, anyActiveClaim: claims.some((c) => !c.releasedAt) });
  }

  @ResolveField(() => Int, { description: "funds spent (fen): the sum of each claiming unit's latest report" })
  async fundsSpentFen(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<number> {
    const reports = await ctx.loaders.load(this.reader.reportsByProject, Number(p.id));
    return reports.filter((r) => r.latest).reduce((sum, r) => sum + r.fundsSpentFen, 0);
  }

  @ResolveField(() => Int, { description: "beneficiaries reached: the sum of each claiming unit's latest report" })
  async beneficiaries(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<number> {
    const reports = await ctx.loaders.load(this.reader.reportsByProject, Number(p.id));
    return reports.filter((r) => r.latest).reduce((sum, r) => sum + r.beneficiaries, 0);
  }
}

@Resolver(() => Vote)
export class VoteResolver {
  constructor(private readonly users: UsersService) {}
  @ResolveField(() => User)
  async voter(@Parent() v: Vote, @Context() ctx: GraphQLContext): Promise<User> {
    return (await this.users.load(ctx.loaders, v.voterId))!;
  }
}

@Resolver(() => Transition)
export class TransitionResolver {
  constructor(private readonly users: UsersService) {}
  @ResolveField(() => User)
  async actor(t: Transition, _: unknown, ctx: GraphQLContext): Promise<User> {
    return (await this.users.load(ctx.loaders, t.actorId))!;
  }
}

@Resolver(() => Claim)
export class ClaimResolver {
  constructor(private readonly org: OrgService) {}
  @ResolveField(() => MemberUnit)
  async unit(c: Claim, _: unknown, ctx: GraphQLContext): Promise<MemberUnit> {
    return toUnit((await ctx.loaders.load(this.org.unitById, c.unitId))!);
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  constructor(
    private readonly org: OrgService,
    private readonly reader: ProjectsService,
    private readonly photoService: PhotosService,
  ) {}
  @ResolveField(() => MemberUnit)
  async unit(@Parent() r: ProgressReport, @Context() ctx: GraphQLContext): Promise<MemberUnit> {
    return toUnit((await ctx.loaders.load(this.org.unitById, r.unitId))!);
  }

  @ResolveField(() => [Photo], { description: 'at most 9, in the order the unit gave them' })
  async photos(@Parent() r: ProgressReport, @Context() ctx: GraphQLContext): Promise<Photo[]> {
    return (await ctx.loaders.load(this.photoService.bySubject, `progress:${r.id}`)).map(toPhoto);
  }

  @ResolveField(() => Boolean, { description: 'whether the caller may correct this report now (correctProgress: its unit, the latest report, within 24 h)' })
  async correctable(@Parent() r: ProgressReport, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<boolean> {
    if (!viewer || !r.latest || correctionRefusal({ id: Number(r.id), latest: r.latest, at: r.at }, clock.now())) return false;
    const [project, claims] = await Promise.all([ctx.loaders.load(this.reader.projectById, r.projectId), ctx.loaders.load(this.reader.claimsByProject, r.projectId)]);
    const claim = claims.find((c) => c.unitId === r.unitId);
    return !!project && !projectRefusal('reportProgress', viewer, project, { unitId: r.unitId, unitClaimed: !!claim && !claim.releasedAt, joined: false });
  }

  @ResolveField(() => [ProgressRevision], { description: 'the versions corrections replaced, oldest first' })
  async revisions(@Parent() r: ProgressReport, @Context() ctx: GraphQLContext): Promise<ProgressRevision[]> {
    if (!r.correctedAt) return [];
    return (await ctx.loaders.load(this.reader.revisionsByReport, Number(r.id))).map(toProgressRevision);
  }
}

@Resolver(() => ProgressRevision)
export class ProgressRevisionResolver {
  constructor(private readonly photoService: PhotosService) {}
  @ResolveField(() => [Photo], { description: 'the photos this version had and the correction dropped' })
  async photos(@Parent() r: ProgressRevision, @Context() ctx: GraphQLContext): Promise<Photo[]> {
    return (await ctx.loaders.load(this.photoService.bySubject, `progress-revision:${r.id}`)).map(toPhoto);
  }
}

/** Need.project: the project a need was made part of (needs know only its id; projects own the rest). */
@Resolver(() => Need)
export class NeedProjectResolver {
  constructor(private readonly reader: ProjectsService) {}
  @ResolveField(() => Project, { nullable: true, description: 'the project the need was made part of, when the caller may see it' })
  async project(@Parent() n: Need, @CurrentUser() viewer: Principal | null, @Context() ctx: GraphQLContext): Promise<Project | null> {
    if (!n.projectId || n.redacted || !NeedsService.canSee(viewer, { status: n.status, submitterId: n.submitterId, zoneId: n.zoneId })) return null;
    const p = await ctx.loaders.load(this.reader.projectById, n.projectId);
    return p && ProjectsService.canSee(viewer, p) ? toProject(p) : null;
  }
}
