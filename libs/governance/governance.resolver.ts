import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NeedCategory, Role } from '@app/common/glossary';
import { shanghaiDay } from '@app/common/shanghai-time';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { CurrentUser, Public, Roles } from '@app/common/access';
import { MemberUnit, Zone, toUnit, toZone } from '@app/org/models/org.models';
import { OrgService } from '@app/org/org.service';
import { Project, toProject } from '@app/projects/models/project.model';
import { ProjectsService } from '@app/projects/projects.service';
import { StatsService } from '@app/stats/stats.service';
import { CreateCommitteeArgs, MeetingsArgs, RecordMinutesArgs, ScheduleMeetingArgs, SetPresidencyArgs } from './dto/governance.inputs';
import { GovernanceService, MEETING_READERS } from './governance.service';
import { Committee, CommitteeWorkload, Meeting, MeetingConnection, Presidency, toCommittee, toMeeting, toPresidency } from './models/governance.models';

const ids = (list: string[] | null | undefined, what: string) => (list ?? []).map((x) => toId(x, what));
const optId = (x: string | null | undefined, what: string) => (x === null || x === undefined || x === '' ? null : toId(x, what));

@Resolver(() => Zone)
export class ZoneGovernanceResolver {
  constructor(private readonly governance: GovernanceService) {}

  @Roles(Role.COUNCIL_STAFF, Role.ADMIN)
  @Mutation(() => Presidency, { description: '设置轮值会长: periods of a zone never overlap (CONFLICT names the overlapping one)' })
  async setPresidency(@Args() a: SetPresidencyArgs, @CurrentUser() viewer: Principal): Promise<Presidency> {
    return toPresidency(await this.governance.setPresidency(viewer, toId(a.zoneId, 'zoneId'), toId(a.unitId, 'unitId'), a.startsOn, a.endsOn));
  }

  @ResolveField(() => [Committee], { description: '专业委员会' })
  async committees(@Parent() zone: Zone, @Context() ctx: GraphQLContext): Promise<Committee[]> {
    return (await ctx.loaders.load(this.governance.committeesByZone, Number(zone.id))).map(toCommittee);
  }

  @ResolveField(() => Presidency, { nullable: true, description: '现任轮值会长 (today, Asia/Shanghai)' })
  async presidency(@Parent() zone: Zone): Promise<Presidency | null> {
    const p = await this.governance.currentPresidency(Number(zone.id), shanghaiDay(new Date()));
    return p ? toPresidency(p) : null;
  }

  @ResolveField(() => [Presidency], { description: '轮值会长 rota, earliest first' })
  async presidencies(@Parent() zone: Zone): Promise<Presidency[]> {
    return (await this.governance.presidencies(Number(zone.id))).map(toPresidency);
  }
}

@Resolver(() => Presidency)
export class PresidencyResolver {
  constructor(private readonly org: OrgService) {}

  @ResolveField(() => MemberUnit)
  async unit(@Parent() p: Presidency, @Context() ctx: GraphQLContext): Promise<MemberUnit> {
    return toUnit((await ctx.loaders.load(this.org.unitById, p.unitId))!);
  }
}

@Resolver(() => Committee)
export class CommitteeResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly org: OrgService,
    private readonly stats: StatsService,
  ) {}

  @Public()
  @Query(() => Committee, { nullable: true, description: '一个专业委员会' })
  async committee(@Args('id', { type: () => ID }) id: string): Promise<Committee | null> {
    const c = await this.governance.committee(toId(id, 'id')).catch(() => null);
    return c ? toCommittee(c) : null;
  }

  @Roles(Role.COUNCIL_STAFF, Role.ADMIN)
  @Mutation(() => Committee)
  async createCommittee(@Args() a: CreateCommitteeArgs, @CurrentUser() viewer: Principal): Promise<Committee> {
    const c = await this.governance.createCommittee(viewer, {
      zoneId: toId(a.zoneId, 'zoneId'),
      name: a.name,
      categories: a.categories,
      chairUnitId: optId(a.chairUnitId, 'chairUnitId'),
      memberUnitIds: ids(a.memberUnitIds, 'memberUnitIds'),
    });
    return toCommittee(c);
  }

  @ResolveField(() => Zone)
  async zone(@Parent() c: Committee, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, c.zoneId))!);
  }

  @ResolveField(() => MemberUnit, { nullable: true })
  async chairUnit(@Parent() c: Committee, @Context() ctx: GraphQLContext): Promise<MemberUnit | null> {
    if (!c.chairUnitId) return null;
    const u = await ctx.loaders.load(this.org.unitById, c.chairUnitId);
    return u ? toUnit(u) : null;
  }

  @ResolveField(() => [MemberUnit])
  async members(@Parent() c: Committee, @Context() ctx: GraphQLContext): Promise<MemberUnit[]> {
    const unitIds = await ctx.loaders.load(this.governance.memberUnitIdsByCommittee, Number(c.id));
    const units = await Promise.all(unitIds.map((id) => ctx.loaders.load(this.org.unitById, id)));
    return units.filter((u) => !!u).map((u) => toUnit(u!));
  }

  @ResolveField(() => [CommitteeWorkload], { description: 'its workload: open needs and projects per category it stewards' })
  async workload(@Parent() c: Committee): Promise<CommitteeWorkload[]> {
    return this.stats.openWorkByCategory(c.zoneId, c.categories as NeedCategory[]);
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly governance: GovernanceService,
    private readonly org: OrgService,
    private readonly projectsService: ProjectsService,
  ) {}

  @Roles(...MEETING_READERS)
  @Query(() => MeetingConnection, { description: '会议 of the zone, newest first' })
  async meetings(@Args() a: MeetingsArgs, @CurrentUser() viewer: Principal): Promise<MeetingConnection> {
    const page = await this.governance.meetings(viewer, toId(a.zoneId, 'zoneId'), a.from ?? null, a.to ?? null, a.first, a.after);
    return { ...page, edges: page.edges.map((e) => ({ node: toMeeting(e.node), cursor: e.cursor })) };
  }

  @Roles(...MEETING_READERS)
  @Query(() => Meeting, { description: '一次会议' })
  async meeting(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: Principal): Promise<Meeting> {
    return toMeeting(await this.governance.meeting(viewer, toId(id, 'id')));
  }

  @Roles(Role.COUNCIL_STAFF, Role.ADMIN)
  @Mutation(() => Meeting)
  async scheduleMeeting(@Args() a: ScheduleMeetingArgs, @CurrentUser() viewer: Principal): Promise<Meeting> {
    const m = await this.governance.scheduleMeeting(viewer, {
      zoneId: toId(a.zoneId, 'zoneId'),
      kind: a.kind,
      title: a.title,
      at: a.at,
      agenda: a.agenda,
      projectIds: ids(a.projectIds, 'projectIds'),
      committeeId: optId(a.committeeId, 'committeeId'),
      inviteeUnitIds: a.inviteeUnitIds ? ids(a.inviteeUnitIds, 'inviteeUnitIds') : null,
    });
    return toMeeting(m);
  }

  @Roles(Role.COUNCIL_STAFF, Role.ADMIN)
  @Mutation(() => Meeting)
  async recordMinutes(@Args() a: RecordMinutesArgs, @CurrentUser() viewer: Principal): Promise<Meeting> {
    return toMeeting(await this.governance.recordMinutes(viewer, toId(a.meetingId, 'meetingId'), a.minutes, ids(a.attendeeUnitIds, 'attendeeUnitIds')));
  }

  @ResolveField(() => Zone)
  async zone(@Parent() m: Meeting, @Context() ctx: GraphQLContext): Promise<Zone> {
    return toZone((await ctx.loaders.load(this.org.zoneById, m.zoneId))!);
  }

  @ResolveField(() => Committee, { nullable: true })
  async committee(@Parent() m: Meeting): Promise<Committee | null> {
    return m.committeeId ? toCommittee(await this.governance.committee(m.committeeId)) : null;
  }

  @ResolveField(() => [MemberUnit], { description: 'units that attended (recorded with the minutes)' })
  async attendees(@Parent() m: Meeting, @Context() ctx: GraphQLContext): Promise<MemberUnit[]> {
    return this.units(ctx, await ctx.loaders.load(this.governance.attendeeIdsByMeeting, Number(m.id)));
  }

  @ResolveField(() => [MemberUnit], { description: 'units invited when it was scheduled' })
  async invitees(@Parent() m: Meeting, @Context() ctx: GraphQLContext): Promise<MemberUnit[]> {
    return this.units(ctx, await ctx.loaders.load(this.governance.inviteeIdsByMeeting, Number(m.id)));
  }

  @ResolveField(() => [Project], { description: 'the projects it discussed' })
  async projects(@Parent() m: Meeting, @Context() ctx: GraphQLContext): Promise<Project[]> {
    const projectIds = await ctx.loaders.load(this.governance.projectIdsByMeeting, Number(m.id));
    const rows = await Promise.all(projectIds.map((id) => ctx.loaders.load(this.projectsService.projectById, id)));
    return rows.filter((p) => !!p).map((p) => toProject(p!));
  }

  private async units(ctx: GraphQLContext, unitIds: number[]): Promise<MemberUnit[]> {
    const units = await Promise.all(unitIds.map((id) => ctx.loaders.load(this.org.unitById, id)));
    return units.filter((u) => !!u).map((u) => toUnit(u!));
  }
}

@Resolver(() => Project)
export class ProjectMeetingsResolver {
  constructor(private readonly governance: GovernanceService) {}

  /** The meetings that discussed the project, for its timeline: council roles of its zone only. */
  @ResolveField(() => [Meeting], { description: 'meetings that discussed it (council roles of its zone; empty for others)' })
  async meetings(@Parent() p: Project, @Context() ctx: GraphQLContext): Promise<Meeting[]> {
    const viewer = (ctx.req.principal ?? null) as Principal | null;
    if (!this.governance.mayReadMeetings(viewer, p.zoneId)) return [];
    return (await ctx.loaders.load(this.governance.meetingsByProject, Number(p.id))).map(toMeeting);
  }
}

