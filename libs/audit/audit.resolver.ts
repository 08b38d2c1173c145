import { ArgsType, Context, Field, ID, Int, ObjectType, Parent, Query, ResolveField, Resolver, Args } from '@nestjs/graphql';
import { Controller, Get, Query as HttpQuery, StreamableFile, UseFilters } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CurrentUser, Roles } from '@app/common/access';
import { User } from '@app/auth/models/user.model';
import { UsersService } from '@app/auth/users.service';
import { Role } from '@app/common/glossary';
import { PageInfo } from '@app/common/pagination';
import type { GraphQLContext, Principal } from '@app/common/request-context';
import { AppErrorHttpFilter } from '@app/exports/app-error-http.filter';
import { queryParam } from '@app/exports/query-params';
import { xlsxDownload } from '@app/exports/titled-sheet';
import { Zone, toZone } from '@app/org/models/org.models';
import { OrgService } from '@app/org/org.service';
import type { AuditEntryEntity } from './audit.entity';
import { AuditFilter, AuditService } from './audit.service';

@ObjectType({ description: '审计日志 entry: who did what to which record, when' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field({ description: 'the mutation\'s name' }) action: string;
  @Field() subjectType: string;
  @Field(() => ID, { nullable: true }) subjectId: string | null;
  @Field(() => String, { nullable: true, description: 'the arguments, without secrets, phones masked' }) detail: string | null;
  @Field() at: Date;
  actorId: number | null;
  zoneId: number | null;
}
@ObjectType()
export class AuditEdge {
  @Field(() => AuditEntry) node: AuditEntry;
  @Field() cursor: string;
}
@ObjectType()
export class AuditConnection {
  @Field(() => [AuditEdge]) edges: AuditEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() zoneId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() actorId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(64) action?: string;
  @Field(() => Date, { nullable: true }) @IsOptional() from?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() to?: Date;
  @Field(() => Int, { nullable: true }) @IsOptional() first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() after?: string;
}

const toEntry = (r: AuditEntryEntity): AuditEntry => ({
  id: String(r.id),
  action: r.action,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  detail: r.detail,
  at: r.at,
  actorId: r.actorId,
  zoneId: r.zoneId,
});

function filterOf(a: { zoneId?: string; actorId?: string; action?: string; from?: Date | null; to?: Date | null }): AuditFilter {
  return { zoneId: OrgService.id(a.zoneId, 'zoneId'), actorId: OrgService.id(a.actorId, 'actorId'), action: a.action || null, from: a.from ?? null, to: a.to ?? null };
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly org: OrgService,
  ) {}

  @Roles(Role.COUNCIL_STAFF, Role.ADMIN)
  @Query(() => AuditConnection, { description: 'ADMIN: every entry; staff: the entries of their zones. Newest first.' })
  async auditLog(@Args() args: AuditLogArgs, @CurrentUser() viewer: Principal): Promise<AuditConnection> {
    const page = await this.audit.list(viewer, { ...filterOf(args), first: args.first, after: args.after });
    return { totalCount: page.totalCount, pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEntry(e.node) })) };
  }

  @ResolveField(() => User, { nullable: true })
  async actor(@Parent() e: AuditEntry, @Context() ctx: GraphQLContext): Promise<User | null> {
    return e.actorId ? this.users.load(ctx.loaders, e.actorId, e.zoneId ?? undefined) : null;
  }

  @ResolveField(() => Zone, { nullable: true })
  async zone(@Parent() e: AuditEntry, @Context() ctx: GraphQLContext): Promise<Zone | null> {
    if (!e.zoneId) return null;
    const z = await ctx.loaders.load(this.org.zoneById, e.zoneId);
    return z ? toZone(z) : null;
  }
}

/** GET /exports/audit.xlsx?zoneId=&actorId=&action=&from=&to= — the audit log as Excel, same filters and scope as auditLog. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class AuditExportController {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.COUNCIL_STAFF, Role.ADMIN)
  @Get('audit.xlsx')
  async auditXlsx(
    @HttpQuery() q: { zoneId?: string; actorId?: string; action?: string; from?: string; to?: string },
    @CurrentUser() viewer: Principal,
  ): Promise<StreamableFile> {
    const file = await this.audit.exportXlsx(viewer, filterOf({ ...q, from: queryParam.time(q.from, 'from'), to: queryParam.time(q.to, 'to') }));
    return xlsxDownload(file, 'audit', '审计日志');
  }
}
