import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadInputError } from '@app/common/errors';
import { ProjectStatus } from '@app/common/glossary';
import { shanghaiYear } from '@app/common/shanghai-time';
import type { MemberUnitEntity } from '@app/org/org.entities';
import { OrgService } from '@app/org/org.service';
import { ScorecardCache } from './scorecard-cache';
import { ScorecardFigures, ScoredUnit, scoreUnits } from './unit-scorecard';

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
/** A UTC instant as the databases store datetimes ('YYYY-MM-DD HH:MM:SS.mmm'), for raw SQL on both. */
const sqlTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');


export interface UnitYear extends ScoredUnit {
  unit: MemberUnitEntity;
  year: number;
}

/**
 * 目标考核 (domain.md §12): each figure one SQL aggregate per zone and year, grouped by unit, over
 * the rows it describes (claims, projects, progress reports, surveys, wishes), run side by side;
 * each reads one covering index (see the entities' idx_*_zone_* / idx_claims_project_held), and
 * `ORDER BY NULL` spares MariaDB the sort of its implicit GROUP BY order.
 *
 *  - claims: claims made in the year (released ones included); released: claims released in it;
 *  - completed: projects completed in the year on a claim the unit still holds; on time when
 *    completed by the end of `endsOn` (Asia/Shanghai), or when it has no `endsOn`;
 *  - satisfaction: satisfied / responses of the frozen surveys of those projects (a survey is closed
 *    and frozen in one conditional update and never reopened, so `open = 0` is the index-only test);
 *  - funds spent and beneficiaries: the unit's latest progress reports written in the year, also on
 *    claims it released later (what happened, happened);
 *  - volunteers: volunteers pledged on its claims of the year that it did not release;
 *  - wishes lit: micro-wishes it lit (claimed) in the year.
 *
 * A zone's year is computed once and kept (ScorecardCache) until one of those tables changes.
 */
@Injectable()
export class UnitScorecardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly cache: ScorecardCache,
  ) {}

  async scorecards(zoneId: number, year: number): Promise<UnitYear[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new BadInputError('yearRange', 'year', { min: 2000, max: 2100 });
    return this.cache.remember(`${zoneId}:${year}`, () => this.compute(zoneId, year));
  }

  private async compute(zoneId: number, year: number): Promise<UnitYear[]> {
    await this.org.zone(zoneId);
    const { from, to } = shanghaiYear(year);
    const range = [zoneId, sqlTime(from), sqlTime(to)];
    const done = [ProjectStatus.COMPLETED, ProjectStatus.EVALUATED];
    const [units, claims, released, completed, satisfaction, progress, wishes] = await Promise.all([
      this.org.units(zoneId),
      this.db.query(
        `SELECT unit_id AS unit, COUNT(*) AS claims, SUM(CASE WHEN released_at IS NULL THEN pledged_volunteers ELSE 0 END) AS volunteers
           FROM project_claims WHERE zone_id = ? AND created_at >= ? AND created_at < ? GROUP BY unit_id ORDER BY NULL`,
        range,
      ),
      this.db.query(`SELECT unit_id AS unit, COUNT(*) AS released FROM project_claims WHERE zone_id = ? AND released_at >= ? AND released_at < ? GROUP BY unit_id ORDER BY NULL`, range),
      this.db.query(
        `SELECT c.unit_id AS unit, COUNT(*) AS completed,
                SUM(CASE WHEN p.ends_on IS NULL OR p.completed_at < CONCAT(p.ends_on, ' 16:00:00') THEN 1 ELSE 0 END) AS on_time
           FROM projects p JOIN project_claims c ON c.project_id = p.id
          WHERE p.zone_id = ? AND p.completed_at >= ? AND p.completed_at < ? AND c.released_at IS NULL AND p.status IN (?, ?)
          GROUP BY c.unit_id ORDER BY NULL`,
        [...range, ...done],
      ),
      this.db.query(
        `SELECT c.unit_id AS unit, SUM(s.satisfied_count) AS satisfied, SUM(s.response_count) AS responses
           FROM projects p JOIN surveys s ON s.project_id = p.id JOIN project_claims c ON c.project_id = p.id
          WHERE p.zone_id = ? AND p.completed_at >= ? AND p.completed_at < ? AND c.released_at IS NULL AND p.status IN (?, ?)
            AND s.open = 0
          GROUP BY c.unit_id ORDER BY NULL`,
        [...range, ...done],
      ),
      this.db.query(
        `SELECT unit_id AS unit, SUM(funds_spent_fen) AS spent, SUM(beneficiaries) AS beneficiaries
           FROM progress_reports WHERE zone_id = ? AND at >= ? AND at < ? AND latest = 1 GROUP BY unit_id ORDER BY NULL`,
        range,
      ),
      this.db.query(
        `SELECT claimed_by_unit_id AS unit, COUNT(*) AS lit FROM needs
          WHERE zone_id = ? AND claimed_at >= ? AND claimed_at < ? AND claimed_by_unit_id IS NOT NULL GROUP BY claimed_by_unit_id ORDER BY NULL`,
        range,
      ),
    ]);
    const by = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [num(r.unit), r]));
    const [c, r, d, s, p, w] = [claims, released, completed, satisfaction, progress, wishes].map(by);
    const figures: ScorecardFigures[] = units.map((u) => {
      const sat = s.get(u.id);
      const responses = num(sat?.responses);
      return {
        unitId: u.id,
        claims: num(c.get(u.id)?.claims),
        volunteers: num(c.get(u.id)?.volunteers),
        released: num(r.get(u.id)?.released),
        completed: num(d.get(u.id)?.completed),
        completedOnTime: num(d.get(u.id)?.on_time),
        satisfactionRate: responses > 0 ? num(sat?.satisfied) / responses : null,
        fundsSpentFen: num(p.get(u.id)?.spent),
        beneficiaries: num(p.get(u.id)?.beneficiaries),
        wishesLit: num(w.get(u.id)?.lit),
      };
    });
    const unitById = new Map(units.map((u) => [u.id, u]));
    return scoreUnits(figures).map((f) => ({ ...f, unit: unitById.get(f.unitId)!, year }));
  }
}
