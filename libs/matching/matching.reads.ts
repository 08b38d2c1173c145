import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NeedCategory, NeedKind, NeedStatus, ProjectStatus } from '@app/common/glossary';
import { NeedEntity } from '@app/needs/needs.entities';
import { ProjectClaimEntity, ProjectEntity } from '@app/projects/projects.entities';
import { UserEntity } from '@app/auth/auth.entities';
import { PairingEntity, ResourceEntity } from './matching.entities';
import { categoryBit } from './scoring';
import { CANDIDATE_LIMIT, RELIABILITY_DAYS } from './weights';

const DONE: ProjectStatus[] = [ProjectStatus.COMPLETED, ProjectStatus.EVALUATED];
const STARTED: ProjectStatus[] = [ProjectStatus.IN_PROGRESS, ProjectStatus.COMPLETED, ProjectStatus.EVALUATED];
const OPEN_CLAIM: ProjectStatus[] = [ProjectStatus.CLAIMED, ProjectStatus.IN_PROGRESS];
const CLAIMABLE: ProjectStatus[] = [ProjectStatus.PUBLISHED, ProjectStatus.CLAIMED];
const DAY = 24 * 3600 * 1000;

/** A unit's started claim: whether it finished, how satisfied people were, whether it reported on time. */
export interface ClaimHistory {
  unitId: number;
  projectId: number;
  category: NeedCategory;
  done: boolean;
  completedAt: Date | null;
  /** satisfaction rate over the project's closed surveys; null without one */
  satisfaction: number | null;
  /** progress reported within RELIABILITY_DAYS of the project's start; null when the start is not recorded */
  onTime: boolean | null;
}

/** A resource as the ranking needs it (the text is fetched only when its words are not cached). */
export interface ResourceRow {
  id: number;
  unitId: number;
  kind: ResourceEntity['kind'];
  title: string;
  cost: ResourceEntity['cost'];
  categoryMask: number;
  version: number;
}

/**
 * The ranking's reads across features, in one place: the matching feature's own tables, and the
 * projects, claims, progress, surveys, needs and people it ranks — read-only, by indexed ranges of
 * one zone, aggregated in SQL where rows would be many. Every method is a fixed number of
 * statements, whatever `first` asks for.
 */
@Injectable()
export class MatchingReads {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Available resources of the zone serving the category (every available one without a category), or of one unit. */
  async resources(zoneId: number, filter: { category?: NeedCategory | null; unitId?: number }): Promise<ResourceRow[]> {
    const qb = this.db
      .getRepository(ResourceEntity)
      .createQueryBuilder('r')
      .select(['r.id AS id', 'r.unit_id AS unitId', 'r.kind AS kind', 'r.title AS title', 'r.cost AS cost', 'r.category_mask AS categoryMask', 'r.updated_at AS updatedAt'])
      .where('r.zone_id = :zoneId AND r.available = :yes', { zoneId, yes: true });
    if (filter.unitId) qb.andWhere('r.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.category) qb.andWhere('(r.category_mask & :bit) <> 0', { bit: categoryBit(filter.category) });
    const rows = await qb.orderBy('r.id', 'ASC').getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: Number(r.id),
      unitId: Number(r.unitId ?? r.unitid),
      kind: r.kind as ResourceRow['kind'],
      title: String(r.title),
      cost: r.cost as ResourceRow['cost'],
      categoryMask: Number(r.categoryMask ?? r.categorymask),
      version: toDate((r.updatedAt ?? r.updatedat) as string | Date)?.getTime() ?? 0,
    }));
  }

  /** Title and description of resources whose words are not cached yet. */
  async resourceTexts(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db.getRepository(ResourceEntity).find({ where: { id: In(ids) }, select: ['id', 'title', 'description'] });
    return new Map(rows.map((r) => [r.id, `${r.title} ${r.description}`]));
  }

  resourcesById(ids: number[]): Promise<ResourceEntity[]> {
    return ids.length ? this.db.getRepository(ResourceEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  pairings(zoneId: number): Promise<PairingEntity[]> {
    return this.db.getRepository(PairingEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  }

  /**
   * Started claims (IN_PROGRESS, COMPLETED, EVALUATED projects) of the zone — of one category for
   * every unit, or of every category for one unit — with the satisfaction of the project's closed
   * surveys, its start and the unit's first report, in one statement.
   */
  async history(zoneId: number, filter: { category: NeedCategory } | { unitId: number }): Promise<ClaimHistory[]> {
    const qb = this.db
      .getRepository(ProjectClaimEntity)
      .createQueryBuilder('c')
      .innerJoin(ProjectEntity, 'p', 'p.id = c.project_id')
      .select([
        'c.unit_id AS unitId',
        'p.id AS projectId',
        'p.category AS category',
        'p.status AS status',
        'p.completed_at AS completedAt',
        '(SELECT SUM(s.satisfied_count) FROM surveys s WHERE s.project_id = p.id AND s.open = :no) AS satisfied',
        '(SELECT SUM(s.response_count) FROM surveys s WHERE s.project_id = p.id AND s.open = :no) AS responses',
        "(SELECT MIN(t.at) FROM project_events t WHERE t.project_id = p.id AND t.to_status = 'IN_PROGRESS') AS startedAt",
        '(SELECT MIN(r.at) FROM progress_reports r WHERE r.project_id = p.id AND r.unit_id = c.unit_id) AS firstReportAt',
      ])
      .where('p.status IN (:...started) AND c.released_at IS NULL', { zoneId, started: STARTED, no: false });
    // drive the join from the indexed side: the zone's projects of the category, or the unit's claims
    if ('category' in filter) qb.andWhere('p.zone_id = :zoneId AND p.category = :category', { category: filter.category });
    else qb.andWhere('c.zone_id = :zoneId AND c.unit_id = :unitId', { unitId: filter.unitId });
    const rows = await qb.getRawMany<Record<string, unknown>>();
    return rows.map((r) => {
      const get = (k: string) => r[k] ?? r[k.toLowerCase()];
      const responses = Number(get('responses') ?? 0);
      const started = toDate(get('startedAt') as string | null);
      const first = toDate(get('firstReportAt') as string | null);
      const status = get('status') as ProjectStatus;
      return {
        unitId: Number(get('unitId')),
        projectId: Number(get('projectId')),
        category: get('category') as NeedCategory,
        done: DONE.includes(status),
        completedAt: toDate(get('completedAt') as string | null),
        satisfaction: responses > 0 ? Number(get('satisfied') ?? 0) / responses : null,
        onTime: started ? !!first && first.getTime() - started.getTime() <= RELIABILITY_DAYS * DAY : null,
      };
    });
  }

  /** Claims on CLAIMED / IN_PROGRESS projects per unit of the zone. */
  async openClaimCounts(zoneId: number): Promise<Map<number, number>> {
    const rows = await this.db
      .getRepository(ProjectClaimEntity)
      .createQueryBuilder('c')
      .innerJoin(ProjectEntity, 'p', 'p.id = c.project_id')
      .select(['c.unit_id AS unitId', 'COUNT(*) AS n'])
      .where('p.zone_id = :zoneId AND p.status IN (:...open) AND c.released_at IS NULL', { zoneId, open: OPEN_CLAIM })
      .groupBy('c.unit_id')
      .getRawMany<Record<string, unknown>>();
    return new Map(rows.map((r) => [Number(r.unitId ?? r.unitid), Number(r.n)]));
  }

  /** Community and building of each source need, per project. */
  async needPlaces(projectIds: number[]): Promise<Map<number, { communityIds: Set<number>; buildingIds: Set<number> }>> {
    const out = new Map<number, { communityIds: Set<number>; buildingIds: Set<number> }>();
    if (!projectIds.length) return out;
    const rows = await this.db
      .getRepository(NeedEntity)
      .createQueryBuilder('n')
      .select(['n.project_id AS projectId', 'n.community_id AS communityId', 'n.building_id AS buildingId'])
      .where('n.project_id IN (:...ids)', { ids: projectIds })
      .getRawMany<Record<string, unknown>>();
    for (const r of rows) {
      const pid = Number(r.projectId ?? r.projectid);
      const c = r.communityId ?? r.communityid;
      const b = r.buildingId ?? r.buildingid;
      const e = out.get(pid) ?? { communityIds: new Set<number>(), buildingIds: new Set<number>() };
      if (c) e.communityIds.add(Number(c));
      if (b) e.buildingIds.add(Number(b));
      out.set(pid, e);
    }
    return out;
  }

  /**
   * The newest CANDIDATE_LIMIT claimable projects of the zone with a free slot that the unit never
   * claimed (released claims included): read backwards along (zone, id), stopping at the limit.
   */
  claimableProjects(zoneId: number, unitId: number): Promise<ProjectEntity[]> {
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
   * buildings), not yet signed up for the project: at most 500.
   */
  async volunteerCandidates(communityIds: number[], buildingIds: number[], category: NeedCategory, projectId: number): Promise<UserEntity[]> {
    if (!communityIds.length && !buildingIds.length) return [];
    const places: string[] = [];
    if (communityIds.length) places.push('u.community_id IN (:...communityIds)');
    if (buildingIds.length) places.push('u.building_id IN (:...buildingIds)');
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
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
      .select(['n.category AS category', 'COUNT(*) AS needs', 'SUM(n.support_count) AS supports'])
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
        .select(['r.unit_id AS unitId', 'r.category_mask AS mask'])
        .where('r.zone_id = :zoneId AND r.available = :yes', { zoneId, yes: true })
        .distinct(true)
        .getRawMany<Record<string, unknown>>(),
      this.db
        .getRepository(ProjectEntity)
        .createQueryBuilder('p')
        .innerJoin(ProjectClaimEntity, 'c', 'c.project_id = p.id')
        .select(['c.unit_id AS unitId', 'p.category AS category'])
        .where('p.zone_id = :zoneId AND p.status IN (:...done) AND c.released_at IS NULL', { zoneId, done: DONE })
        .distinct(true)
        .getRawMany<Record<string, unknown>>(),
    ]);
    const out = new Map<NeedCategory, Set<number>>();
    const add = (c: NeedCategory, u: number) => out.set(c, (out.get(c) ?? new Set<number>()).add(u));
    for (const r of resources) for (const c of Object.values(NeedCategory)) if ((Number(r.mask) & categoryBit(c)) !== 0) add(c, Number(r.unitId ?? r.unitid));
    for (const d of done) add(d.category as NeedCategory, Number(d.unitId ?? d.unitid));
    return out;
  }
}

function toDate(v: string | Date | null | undefined): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  // SQLite returns "YYYY-MM-DD HH:MM:SS.sss" in UTC
  return new Date(/Z|[+-]\d\d:?\d\d$/.test(v) ? v : `${v.replace(' ', 'T')}Z`);
}
