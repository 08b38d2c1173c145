import { Controller, Get, Param, Query, Req, StreamableFile, UseFilters } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Env } from '@config/env';
import { publicOrigin } from '@app/common/public-origin';
import { Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { assertZoneRole, CurrentUser, Roles } from '@app/common/access';
import { OrgService } from '@app/org/org.service';
import { AppErrorHttpFilter } from './app-error-http.filter';
import { queryParam } from './query-params';
import { xlsxDownload } from './titled-sheet';
import { ZoneReportService } from './zone-report.service';

/** Excel downloads for council staff (bearer token), built with exceljs. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class ExportsController {
  constructor(
    private readonly reports: ZoneReportService,
    private readonly org: OrgService,
    private readonly env: Env,
  ) {}

  /** GET /exports/zones/:id/report.xlsx[?from=…&to=…]: 需求菜单, 项目清单, 项目评估结果, 分类满意度, 年度考核, 图片台账 (links to the photos). */
  @Roles(Role.COUNCIL_STAFF)
  @Get('zones/:id/report.xlsx')
  async zoneReport(
    @Param('id') id: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @CurrentUser() viewer: Principal,
    @Req() req: FastifyRequest,
  ): Promise<StreamableFile> {
    const zoneId = toId(id, 'id');
    assertZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF], '导出报表');
    const zone = await this.org.zone(zoneId);
    const file = await this.reports.build(zoneId, queryParam.period(from, to), publicOrigin(this.env, req));
    return xlsxDownload(file, `zone-${zoneId}-report`, `${zone.name}-区域化党建报表`);
  }
}
