import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { zonesWithRole } from '@app/common/access';
import { UsersService } from '@app/auth/users.service';
import { BadInputError, ForbiddenError } from '@app/common/errors';
import { Role } from '@app/common/glossary';
import { maskName } from '@app/common/masking';
import { decodeIdCursor, Page, pageSize, toPage } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { titledWorkbook } from '@app/exports/titled-sheet';
import { OrgService } from '@app/org/org.service';
import { AuditEntryEntity } from './audit.entity';

export interface AuditFilter {
  zoneId?: number | null;
  actorId?: number | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const EXPORT_MAX = 20_000;

/** Reading the audit log: ADMIN all of it, COUNCIL_STAFF the entries of their zones. Nothing here writes. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly users: UsersService,
  ) {}

  private query(viewer: Principal, f: AuditFilter): SelectQueryBuilder<AuditEntryEntity> {
    const zones = zonesWithRole(viewer, [Role.COUNCIL_STAFF]);
    if (zones !== null && !zones.length) throw new ForbiddenError('auditStaffOnly');
    if (f.zoneId != null && zones !== null && !zones.includes(f.zoneId)) throw new ForbiddenError('auditZoneForbidden');
    if (f.from && f.to && f.from > f.to) throw new BadInputError('fromAfterTo', 'from');
    const qb = this.db.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (f.zoneId != null) qb.andWhere('a.zone_id = :zoneId', { zoneId: f.zoneId });
    else if (zones !== null) qb.andWhere('a.zone_id IN (:...zones)', { zones });
    if (f.actorId != null) qb.andWhere('a.actor_id = :actorId', { actorId: f.actorId });
    if (f.action) qb.andWhere('a.action = :action', { action: f.action.trim() });
    if (f.from) qb.andWhere('a.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.at <= :to', { to: f.to });
    return qb;
  }

  async list(viewer: Principal, f: AuditFilter & { first?: number | null; after?: string | null }): Promise<Page<AuditEntryEntity> & { totalCount: number }> {
    const size = pageSize(f.first);
    const qb = this.query(viewer, f);
    const totalCount = await qb.getCount();
    const after = decodeIdCursor(f.after);
    if (after) qb.andWhere('a.id < :after', { after });
    const rows = await qb.orderBy('a.id', 'DESC').take(size + 1).getMany();
    return { ...toPage(rows, size, (r) => [r.id]), totalCount };
  }

  /** 审计日志.xlsx: the filtered entries, newest first (at most 20 000 rows). */
  async exportXlsx(viewer: Principal, f: AuditFilter): Promise<Buffer> {
    const rows = await this.query(viewer, f).orderBy('a.id', 'DESC').take(EXPORT_MAX).getMany();
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is number => x !== null))];
    const zoneIds = [...new Set(rows.map((r) => r.zoneId).filter((x): x is number => x !== null))];
    const actors = new Map((await this.users.usersByIds(actorIds)).map((u) => [u.id, u]));
    const zones = new Map((await this.org.zonesByIds(zoneIds)).map((z) => [z.id, z.name]));
    const filterZone = f.zoneId != null ? ((await this.org.findZone(f.zoneId))?.name ?? `#${f.zoneId}`) : null;
    const staffOnly = zonesWithRole(viewer, [Role.COUNCIL_STAFF]) !== null;
    return titledWorkbook(
      '审计日志',
      {
        zone: filterZone ?? (staffOnly ? '我负责的片区' : '全部片区'),
        list: '审计日志',
        filters: [['操作人', f.actorId != null ? `#${f.actorId}` : null], ['操作', f.action]],
        period: { from: f.from ?? null, to: f.to ?? null },
      },
      [
        { header: '时间 (UTC)', width: 22 },
        { header: '操作人', width: 18 },
        { header: '操作', width: 22 },
        { header: '对象', width: 20 },
        { header: '片区', width: 14 },
        { header: '详情', width: 80 },
      ],
      rows.map((r) => {
        const actor = r.actorId ? actors.get(r.actorId) : undefined;
        return [
          r.at.toISOString().replace('T', ' ').slice(0, 19),
          actor ? (actor.username ?? maskName(actor.displayName)) + ` #${actor.id}` : '',
          r.action,
          r.subjectId ? `${r.subjectType} #${r.subjectId}` : r.subjectType,
          r.zoneId ? (zones.get(r.zoneId) ?? String(r.zoneId)) : '',
          r.detail ?? '',
        ];
      }),
    );
  }
}
