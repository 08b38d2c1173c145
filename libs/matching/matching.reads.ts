import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NeedCategory, NeedKind, NeedStatus, ProjectStatus } from '@app/common/glossary';
import { EvaluationResultsService } from '@app/evaluation/evaluation-results.service';
import { NeedEntity } from '@app/needs/needs.entities';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity, ProjectTransitionEntity } from '@app/projects/projects.entities';
import { UserEntity } from '@app/auth/auth.entities';
import { PairingEntity, ResourceEntity } from './matching.entities';
import { categoryBit } from './scoring';
import { CANDIDATE_LIMIT, RELIABILITY_DAYS } from './weights';

const DONE: ProjectStatus[] = [ProjectStatus.COMPLETED, ProjectStatus.EVALUATED];
const OPEN_CLAIM: ProjectStatus[] = [ProjectStatus.CLAIMED, ProjectStatus.IN_PROGRESS];
const STARTED: ProjectStatus[] = [ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED, ProjectStatus.EVALUATED];
const CLAIMABLE: ProjectStatus[] = [ProjectStatus.PUBLISHED, ProjectStatus.CLAIMED];
const DAY = 24 * 3600 * 1000;

export interface DoneClaim {
  unitId: number;
  projectId: number;
  category: NeedCategory;
  completedAt: Date | null;
  satisfaction: number | null;
}

/**
 * The ranking's reads across features, in one place: the matching feature's own tables, and the
 * projects, claims, progress, needs and people it ranks (read-only, by indexed ranges of one
 * zone). Satisfaction comes through the evaluation feature's EvaluationResultsService. Every
 * method is a fixed number of statements, whatever `first` asks for.
 */
@Injectable()
export class MatchingReads {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evaluation: EvaluationResultsService,
  ) {}

  /** Available resources of the zone (optionally one unit), whatever their categories. */
  availableResources(zoneId: number, unitId?: number): Promise<ResourceEntity[]> {
    return this.db.getRepository(ResourceEntity).find({ where: { zoneId, available: true, ...(unitId ? { unitId } : {}) }, order: { id: 'ASC' } });
  }

  pairings(zoneId: number): Promise<PairingEntity[]> {
    return this.db.getRepository(PairingEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  }

  /** Claims on COMPLETED/EVALUATED projects of the zone (one category, or one unit), with their satisfaction. */
  async doneClaims(zoneId: number, filter: { category?: NeedCategory; unitId?: number }): Promise<DoneClaim[]> {
    const qb = this.db
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .innerJoin(ProjectClaimEntity, 'c', 'c.project_id = p.id')
      .select(['c.unit_id AS "unitId"', 'p.id AS "projectId"', 'p.category AS "category"', 'p.completed_at AS "completedAt"'])
      .where('p.zone_id = :zoneId AND p.status IN (:...done)', { zoneId, done: DONE });
    if (filter.category) qb.andWhere('p.category = :category', { category: filter.category });
    if (filter.unitId) qb.andWhere('c.unit_id = :unitId', { unitId: filter.unitId });
    const rows = await qb.getRawMany<{ unitId: number; projectId: number; category: NeedCategory; completedAt: string | Date | null }>();
    const ids = [...new Set(rows.map((r) => Number(r.projectId)))];
    const results = await this.evaluation.resultsFor(ids);
    const sat = new Map(ids.map((id, i) => [id, results[i] && results[i]!.responseCount > 0 ? results[i]!.satisfactionRate : null]));
    return rows.map((r) => ({
      unitId: Number(r.unitId),
      projectId: Number(r.projectId),
      category: r.category,
      completedAt: toDate(r.completedAt),
      satisfaction: sat.get(Number(r.projectId)) ?? null,
    }));
  }

  /** Claims of the zone on CLAIMED / IN_PROGRESS projects, per unit. */
  async openClaims(zoneId: number): Promise<{ unitId: number; projectId: number; status: ProjectStatus }[]> {
    const rows = await this.db
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .innerJoin(ProjectClaimEntity, 'c', 'c.project_id = p.id')
      .select(['c.unit_id AS "unitId"', 'p.id AS "projectId"', 'p.status AS "status"'])
      .where('p.zone_id = :zoneId AND p.status IN (:...open)', { zoneId, open: OPEN_CLAIM })
      .getRawMany<{ unitId: number; projectId: number; status: ProjectStatus }>();
    return rows.map((r) => ({ unitId: Number(r.unitId), projectId: Number(r.projectId), status: r.status }));
  }

  /**
   * For (project, unit) claims on started projects: started and reported within RELIABILITY_DAYS
   * of the project's start (its move to IN_PROGRESS). Two statements.
   */
  async reliability(claims: { unitId: number; projectId: number }[]): Promise<Map<number, { started: number; onTime: number }>> {
    const out = new Map<number, { started: number; onTime: number }>();
    const projectIds = [...new Set(claims.map((c) => c.projectId))];
    if (!projectIds.length) return out;
    const [starts, firsts] = await Promise.all([
      this.db
        .getRepository(ProjectTransitionEntity)
        .createQueryBuilder('t')
        .select(['t.project_id AS "projectId"', 'MIN(t.at) AS "at"'])
        .where('t.project_id IN (:...ids) AND t.to_status = :s AND (t.from_status IS NULL OR t.from_status <> :s)', { ids: projectIds, s: ProjectStatus.IN_PROGRESS })
        .groupBy('t.project_id')
        .getRawMany<{ projectId: number; at: string | Date }>(),
      this.db
        .getRepository(ProgressReportEntity)
        .createQueryBuilder('r')
        .select(['r.project_id AS "projectId"', 'r.unit_id AS "unitId"', 'MIN(r.at) AS "at"'])
        .where('r.project_id IN (:...ids)', { ids: projectIds })
        .groupBy('r.project_id')
        .addGroupBy('r.unit_id')
        .getRawMany<{ projectId: number; unitId: number; at: string | Date }>(),
    ]);
    const start = new Map(starts.map((s) => [Number(s.projectId), toDate(s.at)!]));
    const first = new Map(firsts.map((f) => [`${f.projectId}:${f.unitId}`, toDate(f.at)!]));
    for (const c of claims) {
      const s = start.get(c.projectId);
      if (!s) continue;
      const f = first.get(`${c.projectId}:${c.unitId}`);
      const e = out.get(c.unitId) ?? { started: 0, onTime: 0 };
      e.started += 1;
      if (f && f.getTime() - s.getTime() <= RELIABILITY_DAYS * DAY) e.onTime += 1;
      out.set(c.unitId, e);
    }
    return out;
  }

  /** Whether anybody in the zone has completed a project of the category. */
  async zoneHasHistory(zoneId: number, category: NeedCategory): Promise<boolean> {
    return this.db.getRepository(ProjectEntity).exists({ where: { zoneId, category, status: In(DONE) } });
  }

  /** Units that claimed the project. */
  async claimingUnits(projectId: number): Promise<Set<number>> {
    const rows = await this.db.getRepository(ProjectClaimEntity).find({ where: { projectId }, select: ['unitId'] });
    return new Set(rows.map((r) => r.unitId));
  }

  /** Community and building of each source need, per project. */
  async needPlaces(projectIds: number[]): Promise<Map<number, { communityIds: Set<number>; buildingIds: Set<number> }>> {
    const out = new Map<number, { communityIds: Set<number>; buildingIds: Set<number> }>();
    if (!projectIds.length) return out;
    const rows = await this.db
      .getRepository(NeedEntity)
      .createQueryBuilder('n')
      .select(['n.project_id AS "projectId"', 'n.community_id AS "communityId"', 'n.building_id AS "buildingId"'])
      .where('n.project_id IN (:...ids)', { ids: projectIds })
      .getRawMany<{ projectId: number; communityId: number | null; buildingId: number | null }>();
    for (const r of rows) {
      const e = out.get(Number(r.projectId)) ?? { communityIds: new Set<number>(), buildingIds: new Set<number>() };
      if (r.communityId) e.communityIds.add(Number(r.communityId));
      if (r.buildingId) e.buildingIds.add(Number(r.buildingId));
      out.set(Number(r.projectId), e);
    }
    return out;
  }

  /** The newest claimable projects of the zone with a free slot, not yet claimed by the unit. */
  async claimableProjects(zoneId: number, unitId: number): Promise<ProjectEntity[]> {
    return this.db
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .where('p.zone_id = :zoneId AND p.status IN (:...open) AND p.claim_count < p.claim_limit', { zoneId, open: CLAIMABLE })
      .andWhere('NOT EXISTS (SELECT 1 FROM project_claims c WHERE c.project_id = p.id AND c.unit_id = :unitId)', { unitId })
      .orderBy('p.id', 'DESC')
      .limit(CANDIDATE_LIMIT)
      .getMany();
  }

  /** The newest ACCEPTED micro-wishes of the zone (not yet lit). */
  openWishes(zoneId: number): Promise<NeedEntity[]> {
    return this.db
      .getRepository(NeedEntity)
      .createQueryBuilder('n')
      .where('n.zone_id = :zoneId AND n.status = :accepted AND n.kind = :wish', { zoneId, accepted: NeedStatus.ACCEPTED, wish: NeedKind.MICRO_WISH })
      .orderBy('n.id', 'DESC')
      .limit(CANDIDATE_LIMIT)
      .getMany();
  }

  /**
   * People who showed willingness or specialties and live or work in the zone (its communities and
   * buildings), not yet signed up for the project: at most 500, party members and the willing first.
   */
  async volunteerCandidates(communityIds: number[], buildingIds: number[], category: NeedCategory, projectId: number): Promise<UserEntity[]> {
    if (!communityIds.length && !buildingIds.length) return [];
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    const places: string[] = [];
    if (communityIds.length) places.push('u.community_id IN (:...communityIds)');
    if (buildingIds.length) places.push('u.building_id IN (:...buildingIds)');
    return qb
      .where(`(${places.join(' OR ')})`, { communityIds, buildingIds })
      .andWhere("(u.willing_categories LIKE :willing OR (u.specialties IS NOT NULL AND u.specialties <> '[]' AND u.specialties <> ''))", { willing: `%"${category}"%` })
      .andWhere('NOT EXISTS (SELECT 1 FROM project_volunteers v WHERE v.project_id = :projectId AND v.user_id = u.id)', { projectId })
      .orderBy('u.id', 'ASC')
      .limit(500)
      .getMany();
  }

  /** Open demand per category: ACCEPTED needs (not yet in a project) and their supports. */
  async openDemand(zoneId: number): Promise<{ category: NeedCategory; needs: number; supports: number }[]> {
    const rows = await this.db
      .getRepository(NeedEntity)
      .createQueryBuilder('n')
      .select(['n.category AS "category"', 'COUNT(*) AS "needs"', 'SUM(n.support_count) AS "supports"'])
      .where('n.zone_id = :zoneId AND n.status = :accepted AND n.category IS NOT NULL', { zoneId, accepted: NeedStatus.ACCEPTED })
      .groupBy('n.category')
      .getRawMany<{ category: NeedCategory; needs: number; supports: number | null }>();
    return rows.map((r) => ({ category: r.category, needs: Number(r.needs), supports: Number(r.supports ?? 0) }));
  }

  /** Units able to serve each category: an available resource for it, or a completed project of it. */
  async capableUnits(zoneId: number): Promise<Map<NeedCategory, Set<number>>> {
    const [resources, done] = await Promise.all([
      this.db
        .getRepository(ResourceEntity)
        .createQueryBuilder('r')
        .select(['r.unit_id AS "unitId"', 'r.category_mask AS "mask"'])
        .where('r.zone_id = :zoneId AND r.available = :yes', { zoneId, yes: true })
        .distinct(true)
        .getRawMany<{ unitId: number; mask: number }>(),
      this.db
        .getRepository(ProjectEntity)
        .createQueryBuilder('p')
        .innerJoin(ProjectClaimEntity, 'c', 'c.project_id = p.id')
        .select(['c.unit_id AS "unitId"', 'p.category AS "category"'])
        .where('p.zone_id = :zoneId AND p.status IN (:...done)', { zoneId, done: DONE })
        .distinct(true)
        .getRawMany<{ unitId: number; category: NeedCategory }>(),
    ]);
    const out = new Map<NeedCategory, Set<number>>();
    const add = (c: NeedCategory, u: number) => out.set(c, (out.get(c) ?? new Set<number>()).add(u));
    for (const r of resources) for (const c of Object.values(NeedCategory)) if ((Number(r.mask) & categoryBit(c)) !== 0) add(c, Number(r.unitId));
    for (const d of done) add(d.category, Number(d.unitId));
    return out;
  }
}

function toDate(v: string | Date | null | undefined): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  // SQLite returns "YYYY-MM-DD HH:MM:SS.sss" in UTC
  return new Date(/Z|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(' ', 'T')}Z`);
}
