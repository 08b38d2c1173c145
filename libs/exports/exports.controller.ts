import { Controller, Get, Param, Query, StreamableFile, UseFilters } from '@nestjs/common';
import { BadInputError } from '@app/common/errors';
import { Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { assertZoneRole, CurrentUser, Roles } from '@app/auth/access';
import { OrgService } from '@app/org/org.service';
import { AppErrorHttpFilter } from './app-error-http.filter';
import { XLSX_TYPE, ZoneReportService } from './zone-report.service';

function parseTime(value: string | undefined, field: string): Date | null {
  if (value === undefined || value === '') return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new BadInputError(`${field}: 请输入有效的时间 (not a valid date-time)`, field);
  return d;
}

/** Excel downloads for council staff (bearer token), built with exceljs. */
@Controller('exports')
@UseFilters(AppErrorHttpFilter)
export class ExportsController {
  constructor(
    private readonly reports: ZoneReportService,
    private readonly org: OrgService,
  ) {}

  /** GET /exports/zones/:id/report.xlsx[?from=…&to=…]: 需求菜单, 项目清单, 项目评估结果, 分类满意度. */
  @Roles(Role.COUNCIL_STAFF)
  @Get('zones/:id/report.xlsx')
  async zoneReport(
    @Param('id') id: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @CurrentUser() viewer: Principal,
  ): Promise<StreamableFile> {
    const zoneId = toId(id, 'id');
    assertZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF], '导出报表');
    const zone = await this.org.zone(zoneId);
    const period = { from: parseTime(from, 'from'), to: parseTime(to, 'to') };
    if (period.from && period.to && period.from > period.to) throw new BadInputError('from: 开始时间不能晚于结束时间 (from must not be after to)', 'from');
    const file = await this.reports.build(zoneId, period);
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    const name = `${zone.name}-区域化党建报表-${day}.xlsx`;
    return new StreamableFile(file, {
      type: XLSX_TYPE,
      length: file.length,
      disposition: `attachment; filename="zone-${zoneId}-report-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }
}
