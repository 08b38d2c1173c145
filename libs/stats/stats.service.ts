import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { BadInputError } from '@app/common/errors';
import { NEED_CATEGORIES, NeedCategory, NeedChannel, NeedStatus, ProjectStatus } from '@app/common/glossary';
import { SurveyEntity } from '@app/evaluation/evaluation.entities';
import { wilsonInterval } from '@app/evaluation/scoring';
import { MenuCounterEntity, NeedCounterEntity, NeedEntity } from '@app/needs/needs.entities';
import { OrgService } from '@app/org/org.service';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity, ProjectVolunteerEntity } from '@app/projects/projects.entities';
import type { CategorySatisfaction, ZoneStats } from './models/stats.models';

export interface Period {
  from: Date | null;
  to: Date | null;
}

/** Needs that passed review: in the menu or beyond. */
export const ACCEPTED_NEED_STATUSES: string[] = [NeedStatus.ACCEPTED, NeedStatus.CLAIMED, NeedStatus.IN_PROJECT, NeedStatus.FULFILLED];

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * The figures the council reports (domain.md §6), each one SQL aggregate over the rows it
 * describes, run side by side. Satisfaction reads the per-survey counters (response_count,
 * satisfied_count, kept in the same transaction as each response), so it costs one row per survey
 * however many responses there are; the needs figures read the need_counters (all time) or the
 * idx_needs_zone_stats index alone (a period).
 */
@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
  ) {}

  async zoneStats(zoneId: number, period: Period = { from: null, to: null }): Promise<ZoneStats> {
    if (period.from && period.to && period.from > period.to) throw new BadInputError('fromAfterTo', 'from');
    await this.org.zone(zoneId);
    const [needs, projects, claims, partyMembers, progress, satisfaction] = await Promise.all([
      this.needFigures(zoneId, period),
      this.projectsByStatus(zoneId, period),
      this.claimFigures(zoneId, period),
      this.partyMembers(zoneId, period),
      this.progressFigures(zoneId, period),
      this.satisfactionByCategory(zoneId, period),
    ]);
    const responses = satisfaction.reduce((s, c) => s + c.responses, 0);
    const satisfied = satisfaction.reduce((s, c) => s + c.satisfied, 0);
    return {
      zoneId,
      from: period.from,
      to: period.to,
      ...needs,
      projectsTotal: projects.reduce((s, p) => s + p.count, 0),
      projectsByStatus: projects,
      unitsTakingPart: claims.units,
      fundsPledgedFen: claims.pledged,
      partyMembersTakingPart: partyMembers,
      beneficiaries: progress.beneficiaries,
      fundsSpentFen: progress.spent,
      responses,
      satisfactionRate: responses ? satisfied / responses : 0,
      satisfactionInterval: wilsonInterval(satisfied, responses),
      satisfactionByCategory: satisfaction,
    };
  }

  private inPeriod<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, period: Period): SelectQueryBuilder<T> {
    if (period.from) qb.andWhere(`${column} >= :periodFrom`, { periodFrom: period.from });
    if (period.to) qb.andWhere(`${column} <= :periodTo`, { periodTo: period.to });
    return qb;
  }

  /** Restricts rows of a project's child table to projects created in the period. */
  private ofProjectsInPeriod<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, period: Period): SelectQueryBuilder<T> {
    if (!period.from && !period.to) return qb;
    qb.innerJoin(ProjectEntity, 'p', `p.id = ${alias}.project_id`);
    return this.inPeriod(qb, 'p.created_at', period);
  }

  /**
   * The open work of some menu categories (a committee's workload): needs in the menu, read from
   * the maintained menu counters, and projects not yet completed, evaluated or cancelled.
   */
  async openWorkByCategory(zoneId: number, categories: NeedCategory[]): Promise<{ category: NeedCategory; openNeeds: number; openProjects: number }[]> {
    if (!categories.length) return [];
    const [needs, projects] = await Promise.all([
      this.db
        .getRepository(MenuCounterEntity)
        .createQueryBuilder('c')
        .select(['c.category AS category', 'c.count AS n'])
        .where('c.zone_id = :zoneId AND c.category IN (:...categories)', { zoneId, categories })
        .getRawMany<{ category: NeedCategory; n: number }>(),
      this.db
        .getRepository(ProjectEntity)
        .createQueryBuilder('p')
        .select(['p.category AS category', 'COUNT(*) AS n'])
        .where('p.zone_id = :zoneId AND p.category IN (:...categories) AND p.status NOT IN (:...closed)', {
          zoneId,
          categories,
          closed: [ProjectStatus.COMPLETED, ProjectStatus.EVALUATED, ProjectStatus.CANCELLED],
        })
        .groupBy('p.category')
        .getRawMany<{ category: NeedCategory; n: number }>(),
    ]);
    const needsBy = new Map(needs.map((r) => [r.category, num(r.n)]));
    const projectsBy = new Map(projects.map((r) => [r.category, num(r.n)]));
    return categories.map((category) => ({ category, openNeeds: needsBy.get(category) ?? 0, openProjects: projectsBy.get(category) ?? 0 }));
  }

  /**
   * Needs per channel, category and status: all time from the maintained need_counters (a few
   * dozen rows however many needs the zone holds); for a period, counted from the period's needs
   * (the idx_needs_zone_stats index).
   */
  private async needFigures(zoneId: number, period: Period) {
    const counted = !period.from && !period.to;
    const qb = this.db
      .getRepository<ObjectLiteral>(counted ? NeedCounterEntity : NeedEntity)
      .createQueryBuilder('n')
      .select('n.channel', 'channel')
      .addSelect('n.category', 'category')
      .addSelect('n.status', 'status')
      .addSelect(counted ? 'SUM(n.count)' : 'COUNT(*)', 'count')
      .where('n.zone_id = :zoneId', { zoneId })
      .groupBy('n.channel')
      .addGroupBy('n.category')
      .addGroupBy('n.status');
    if (!counted) this.inPeriod(qb, 'n.created_at', period);
    const rows = await qb.getRawMany<{ channel: NeedChannel; category: NeedCategory | '' | null; status: NeedStatus; count: unknown }>();
    const byChannel = new Map<string, number>();
    const byCategory = new Map<string, number>();
    let received = 0;
    let accepted = 0;
    let pending = 0;
    for (const r of rows) {
      const n = num(r.count);
      received += n;
      byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + n);
      if (r.category) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + n);
      if (ACCEPTED_NEED_STATUSES.includes(r.status)) accepted += n;
      if (r.status === NeedStatus.SUBMITTED) pending += n;
    }
    return {
      needsReceived: received,
      needsByCategory: NEED_CATEGORIES.map((category) => ({ category, count: byCategory.get(category) ?? 0 })),
      needsByChannel: (Object.values(NeedChannel) as NeedChannel[]).map((channel) => ({ channel, count: byChannel.get(channel) ?? 0 })),
      needsAccepted: accepted,
      needsPending: pending,
      acceptanceRate: received ? accepted / received : 0,
    };
  }

  private async projectsByStatus(zoneId: number, period: Period) {
    const qb = this.db
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .select('p.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('p.zone_id = :zoneId', { zoneId })
      .groupBy('p.status');
    const rows = await this.inPeriod(qb, 'p.created_at', period).getRawMany<{ status: string; count: unknown }>();
    const by = new Map(rows.map((r) => [r.status, num(r.count)]));
    return (Object.values(ProjectStatus) as ProjectStatus[]).map((status) => ({ status, count: by.get(status) ?? 0 }));
  }

  private async claimFigures(zoneId: number, period: Period) {
    const qb = this.db
      .getRepository(ProjectClaimEntity)
      .createQueryBuilder('c')
      .select('COUNT(DISTINCT c.unit_id)', 'units')
      .addSelect('SUM(CASE WHEN c.released_at IS NULL THEN c.pledged_funds_fen ELSE 0 END)', 'pledged')
      .where('c.zone_id = :zoneId', { zoneId });
    const r = await this.ofProjectsInPeriod(qb, 'c', period).getRawOne<{ units: unknown; pledged: unknown }>();
    return { units: num(r?.units), pledged: num(r?.pledged) };
  }

  private async partyMembers(zoneId: number, period: Period): Promise<number> {
    const qb = this.db
      .getRepository(ProjectVolunteerEntity)
      .createQueryBuilder('v')
      .select('COUNT(DISTINCT v.user_id)', 'n')
      .where('v.zone_id = :zoneId AND v.is_party_member = :yes', { zoneId, yes: true });
    const r = await this.ofProjectsInPeriod(qb, 'v', period).getRawOne<{ n: unknown }>();
    return num(r?.n);
  }

  private async progressFigures(zoneId: number, period: Period) {
    const qb = this.db
      .getRepository(ProgressReportEntity)
      .createQueryBuilder('r')
      .select('SUM(r.beneficiaries)', 'beneficiaries')
      .addSelect('SUM(r.funds_spent_fen)', 'spent')
      .where('r.zone_id = :zoneId AND r.latest = :yes', { zoneId, yes: true });
    const r = await this.ofProjectsInPeriod(qb, 'r', period).getRawOne<{ beneficiaries: unknown; spent: unknown }>();
    return { beneficiaries: num(r?.beneficiaries), spent: num(r?.spent) };
  }

  /** Satisfaction per category of the zone's projects, pooled over their respondents; categories with responses only. */
  async satisfactionByCategory(zoneId: number, period: Period = { from: null, to: null }): Promise<CategorySatisfaction[]> {
    const qb = this.db
      .getRepository(SurveyEntity)
      .createQueryBuilder('s')
      .innerJoin(ProjectEntity, 'p', 'p.id = s.project_id')
      .select('p.category', 'category')
      .addSelect('COUNT(DISTINCT s.project_id)', 'projects')
      .addSelect('SUM(s.response_count)', 'responses')
      .addSelect('SUM(s.satisfied_count)', 'satisfied')
      .where('s.zone_id = :zoneId AND s.response_count > 0', { zoneId })
      .groupBy('p.category');
    const rows = await this.inPeriod(qb, 'p.created_at', period).getRawMany<{ category: NeedCategory; projects: unknown; responses: unknown; satisfied: unknown }>();
    const by = new Map(rows.map((r) => [r.category, r]));
    return NEED_CATEGORIES.filter((c) => by.has(c)).map((category) => {
      const r = by.get(category)!;
      const responses = num(r.responses);
      const satisfied = num(r.satisfied);
      return {
        category,
        projects: num(r.projects),
        responses,
        satisfied,
        satisfactionRate: responses ? satisfied / responses : 0,
        satisfactionInterval: wilsonInterval(satisfied, responses),
      };
    });
  }
}
