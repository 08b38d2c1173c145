import { Controller, Get, Param, Query, StreamableFile, UseFilters } from '@nestjs/common';
import { NeedCategory, NeedChannel, NeedKind, NeedStatus, ProjectStatus, Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { CurrentUser, Roles } from '@app/common/access';
import { NeedOrder } from '@app/needs/needs.service';
import { AppErrorHttpFilter } from './app-error-http.filter';
import { ListExportsService } from './list-exports.service';
import { queryParam as q } from './query-params';
import { xlsxDownload } from './titled-sheet';

type Params = Record<string, string | undefined>;

/**
 * Per-list Excel downloads (bearer token): each takes the list's own filters as query parameters
 * and returns what the list shows, under a title row naming the zone, the filters and the period.
 */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class ListExportsController {
  constructor(private readonly lists: ListExportsService) {}

  /** GET /exports/zones/:id/needs.xlsx?status=SUBMITTED&search=&channel=&kind=&category=&suggestedCategory=&communityId=&buildingId=&from=&to=&orderBy= */
  @Roles(Role.COUNCIL_STAFF)
  @Get('zones/:id/needs.xlsx')
  async needs(@Param('id') id: string, @Query() p: Params, @CurrentUser() viewer: Principal): Promise<StreamableFile> {
    const status = q.oneOf(p.status, NeedStatus, 'status');
    const file = await this.lists.needsList(viewer, toId(id, 'id'), {
      status,
      search: q.text(p.search),
      channel: q.oneOf(p.channel, NeedChannel, 'channel'),
      kind: q.oneOf(p.kind, NeedKind, 'kind'),
      category: q.oneOf(p.category, NeedCategory, 'category'),
      suggestedCategory: q.oneOf(p.suggestedCategory, NeedCategory, 'suggestedCategory'),
      communityId: q.id(p.communityId, 'communityId'),
      buildingId: q.id(p.buildingId, 'buildingId'),
      orderBy: q.oneOf(p.orderBy, NeedOrder, 'orderBy'),
      ...q.period(p.from, p.to),
    });
    const [ascii, zh] = status === 'SUBMITTED' ? ['review-queue', '需求审核队列'] : status === 'ACCEPTED' ? ['needs-menu', '需求菜单'] : ['needs', '需求列表'];
    return xlsxDownload(file, ascii, zh);
  }

  /** GET /exports/zones/:id/projects.xlsx?status=&category=&unitId=&overdue=&search= */
  @Roles(Role.COUNCIL_STAFF, Role.BOARD_MEMBER, Role.PARTY_COMMITTEE, Role.UNIT_ADMIN, Role.ADMIN)
  @Get('zones/:id/projects.xlsx')
  async projects(@Param('id') id: string, @Query() p: Params, @CurrentUser() viewer: Principal): Promise<StreamableFile> {
    const file = await this.lists.projectList(viewer, toId(id, 'id'), {
      status: q.oneOf(p.status, ProjectStatus, 'status'),
      category: q.oneOf(p.category, NeedCategory, 'category'),
      unitId: q.id(p.unitId, 'unitId'),
      overdue: q.bool(p.overdue, 'overdue'),
      search: q.text(p.search),
    });
    return xlsxDownload(file, 'projects', '项目清单');
  }

  /** GET /exports/zones/:id/claims.xlsx?unitId=&status= (a unit admin: its own unit's claims) */
  @Roles(Role.COUNCIL_STAFF, Role.UNIT_ADMIN)
  @Get('zones/:id/claims.xlsx')
  async claims(@Param('id') id: string, @Query() p: Params, @CurrentUser() viewer: Principal): Promise<StreamableFile> {
    const file = await this.lists.claimList(viewer, toId(id, 'id'), { unitId: q.id(p.unitId, 'unitId'), status: q.oneOf(p.status, ProjectStatus, 'status') });
    return xlsxDownload(file, 'claims', '认领明细');
  }

  /** GET /exports/surveys/:id/responses.xlsx */
  @Roles(Role.COUNCIL_STAFF)
  @Get('surveys/:id/responses.xlsx')
  async surveyResponses(@Param('id') id: string, @CurrentUser() viewer: Principal): Promise<StreamableFile> {
    return xlsxDownload(await this.lists.surveyResponses(viewer, toId(id, 'id')), `survey-${id}-responses`, `问卷答卷-${id}`);
  }
}
