import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { NotFoundError } from '@app/common/errors';
import { NEED_CATEGORIES, NeedCategory, NeedChannel, NeedKind, NeedStatus, Role } from '@app/common/glossary';
import { LoaderKey, byKeys, groupByKeys } from '@app/common/loaders';
import { decodeCursor, decodeIdCursor, Page, pageSize, toPage } from '@app/common/pagination';
import { BadInputError } from '@app/common/errors';
import { decodeRankCursor } from '@app/search/fulltext';
import { searchText } from '@app/search/search-text';
import type { Principal } from '@app/common/request-context';
import { hasZoneRole } from '@app/common/access';
import { ZoneEntity } from '@app/org/org.entities';
import { textSimilarity } from './classifier/need-classifier';
import { OPEN_NEED_STATUSES } from './need-state';
import { NeedSearchSource, searchNeeds } from './need-search';
import { marks, selectEntities, selectEntitiesIn, selectRows } from '@app/database/rows';
import { PRIVATE_NEED_STATUSES, PUBLIC_NEED_STATUSES } from './need-visibility';
import { MenuCounterEntity, NeedCounterEntity, NeedEntity, NeedEventEntity, NeedSupportEntity } from './needs.entities';

export { PRIVATE_NEED_STATUSES, PUBLIC_NEED_STATUSES } from './need-visibility';

/** similarNeeds looks at most at this many recent open needs of the zone … */
export const SIMILAR_RECENT_CANDIDATES = 1000;
/** … plus this many of the most supported ACCEPTED needs of each menu category … */
export const SIMILAR_TOP_PER_CATEGORY = 30;
/** … and returns at most this many, scoring at least SIMILAR_THRESHOLD. */
export const SIMILAR_LIMIT = 5;
export const SIMILAR_THRESHOLD = 0.12;

export interface NeedFilters {
  status?: NeedStatus | null;
  category?: NeedCategory | null;
  kind?: NeedKind | null;
  channel?: NeedChannel | null;
  /** created from / up to, both inclusive (UTC) */
  from?: Date | null;
  to?: Date | null;
  communityId?: number | null;
  buildingId?: number | null;
  suggestedCategory?: NeedCategory | null;
  /** full-text search over title and content (libs/search): results ranked, best first */
  search?: string | null;
  /** without search: NEWEST (default), OLDEST or SUPPORT (most supported first) */
  orderBy?: NeedOrder | null;
}

export enum NeedOrder {
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  SUPPORT = 'SUPPORT',
}

/** Filters the maintained counters answer; any other filter is counted on the rows. */
const countedByCounters = (f: NeedFilters): boolean =>
  !f.channel && !f.from && !f.to && !f.communityId && !f.buildingId && !f.suggestedCategory && !searchText(f.search);

/**
 * Reading needs: visibility, the zone's list with keyset pagination and exact counts from
 * need_counters, the caller's own needs, the menu (menu_counters + index-ordered sections) and
 * similar needs. Writes live in NeedIntakeService and NeedReviewService.
 */
@Injectable()
export class NeedsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  readonly needById = new LoaderKey<number, NeedEntity | null>('needById', async (ids) =>
    byKeys(ids, await selectEntitiesIn(this.db, NeedEntity, 'id', ids), (n) => n.id),
  );
  readonly eventsByNeed = new LoaderKey<number, NeedEventEntity[]>('needEventsByNeed', async (ids) =>
    groupByKeys(ids, await selectEntitiesIn(this.db, NeedEventEntity, 'need_id', ids, 'a.id ASC'), (e) => e.needId),
  );
  /** key: `${userId}:${needId}` — whether that person supports that need */
  readonly supportedBy = new LoaderKey<string, boolean>('needSupportedBy', async (keys) => {
    const byUser = new Map<number, number[]>();
    for (const k of keys) {
      const colon = k.indexOf(':');
      const u = Number(k.slice(0, colon));
      const n = Number(k.slice(colon + 1));
      const list = byUser.get(u);
      if (list) list.push(n);
      else byUser.set(u, [n]);
    }
    const found = new Set<string>();
    for (const [userId, needIds] of byUser) {
      const rows = await selectRows<{ need_id: number }>(this.db, `SELECT s.need_id FROM need_supports s WHERE s.user_id = ? AND s.need_id IN (${marks(needIds.length)})`, [userId, ...needIds]);
      for (const r of rows) found.add(`${userId}:${r.need_id}`);
    }
    return keys.map((k) => found.has(k));
  });

  // ── visibility ─────────────────────────────────────────────────────────

  static isStaffOf(viewer: Principal | null | undefined, zoneId: number): boolean {
    return hasZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF]);
  }

  /** Public needs to everyone; SUBMITTED and REJECTED ones to their submitter and the zone's staff. */
  static canSee(viewer: Principal | null | undefined, need: Pick<NeedEntity, 'status' | 'submitterId' | 'zoneId'>): boolean {
    if (!PRIVATE_NEED_STATUSES.includes(need.status)) return true;
    if (!viewer) return false;
    return viewer.id === need.submitterId || NeedsService.isStaffOf(viewer, need.zoneId);
  }

  /** Review history: the zone's staff and the submitter. */
  static canSeeHistory(viewer: Principal | null | undefined, need: Pick<NeedEntity, 'submitterId' | 'zoneId'>): boolean {
    return !!viewer && (viewer.id === need.submitterId || NeedsService.isStaffOf(viewer, need.zoneId));
  }

  async find(id: number): Promise<NeedEntity | null> {
    return this.db.getRepository(NeedEntity).findOneBy({ id });
  }

  async get(id: number): Promise<NeedEntity> {
    const n = await this.find(id);
    if (!n) throw new NotFoundError('Need', id);
    return n;
  }

  /** The need when the viewer may see it, else null (as if it did not exist). */
  async visible(viewer: Principal | null, id: number): Promise<NeedEntity | null> {
    const n = await this.find(id);
    return n && NeedsService.canSee(viewer, n) ? n : null;
  }

  async assertZone(zoneId: number): Promise<void> {
    if (!(await this.db.getRepository(ZoneEntity).exists({ where: { id: zoneId } }))) throw new NotFoundError('Zone', zoneId);
  }

  // ── lists ──────────────────────────────────────────────────────────────

  /**
   * The zone's needs, newest first (or oldest first, or most supported first), keyset-paged (new
   * arrivals never shift later pages); with `search`, ranked by relevance and paged by rank.
   * totalCount is summed from need_counters (plus the caller's own private needs) when the
   * filters allow, otherwise counted on the rows.
   */
  async list(viewer: Principal | null, zoneId: number, f: NeedFilters, first?: number | null, after?: string | null): Promise<Page<NeedEntity> & { totalCount: number }> {
    const page = await this.listPage(viewer, zoneId, f, first, after);
    // an unknown zone answers NOT_FOUND; probed only when the page is empty (a page of needs proves the zone)
    if (!page.edges.length) await this.assertZone(zoneId);
    return page;
  }

  private async listPage(viewer: Principal | null, zoneId: number, f: NeedFilters, first?: number | null, after?: string | null): Promise<Page<NeedEntity> & { totalCount: number }> {
    const size = pageSize(first);
    const staff = NeedsService.isStaffOf(viewer, zoneId);
    const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    if (f.from && f.to && f.from > f.to) throw new BadInputError('fromAfterTo', 'from');

    const filteredBeyondStatus = !!(f.category || f.kind || f.channel || f.from || f.to || f.communityId || f.buildingId || f.suggestedCategory);
    const search = searchText(f.search);
    if (search) {
      // postings of the zone by status (libs/needs/need-search.ts); a resident's own private needs from needs
      const offset = decodeRankCursor(after);
      const sources: NeedSearchSource[] = [];
      const seen = (statuses: readonly NeedStatus[]) => (f.status ? statuses.filter((s) => s === f.status) : statuses);
      if (staff) sources.push({ kind: 'zone', zoneId, statuses: seen(Object.values(NeedStatus)) });
      else {
        sources.push({ kind: 'zone', zoneId, statuses: seen(PUBLIC_NEED_STATUSES) });
        if (viewer && seen(PRIVATE_NEED_STATUSES).length) sources.push({ kind: 'own', submitterId: viewer.id, zoneId, statuses: seen(PRIVATE_NEED_STATUSES) });
      }
      // the status is the postings' own key: only the other filters read the need's row
      const rest = { ...f, status: null };
      return searchNeeds(this.db.manager, search, sources, size, offset, filteredBeyondStatus ? (q) => applyFilters(q, rest) : undefined);
    }

    // the list itself in hand-written SQL (libs/database/rows.ts): the hot read of the staff's console
    const where = ['n.zone_id = ?'];
    const params: unknown[] = [zoneId];
    filterSql(f, where, params);
    if (!staff) {
      if (f.status && PRIVATE_NEED_STATUSES.includes(f.status)) {
        if (!viewer) return empty;
        where.push('n.submitter_id = ?');
        params.push(viewer.id);
      } else if (!f.status) {
        const pub = `n.status IN (${marks(PUBLIC_NEED_STATUSES.length)})`;
        where.push(viewer ? `(${pub} OR n.submitter_id = ?)` : pub);
        params.push(...PUBLIC_NEED_STATUSES);
        if (viewer) params.push(viewer.id);
      }
    }

    const order = f.orderBy ?? NeedOrder.NEWEST;
    const total = countedByCounters(f)
      ? this.count(viewer, zoneId, f, staff)
      : selectRows<{ n: number | string }>(this.db, `SELECT COUNT(*) AS n FROM needs n WHERE ${where.join(' AND ')}`, params).then((r) => Number(r[0]?.n ?? 0));
    const read = (keyset: string | null, keys: unknown[], orderBy: string) =>
      selectEntities(
        this.db,
        NeedEntity,
        'n',
        (cols) => `SELECT ${cols} FROM needs n WHERE ${where.join(' AND ')}${keyset ? ` AND ${keyset}` : ''} ORDER BY ${orderBy} LIMIT ${size + 1}`,
        keyset ? [...params, ...keys] : params,
      );
    if (order === NeedOrder.SUPPORT) {
      const c = decodeCursor(after, 2);
      let keyset: string | null = null;
      let keys: unknown[] = [];
      if (c) {
        const [supports, id] = c;
        if (!Number.isSafeInteger(supports) || !Number.isSafeInteger(id)) throw new BadInputError('after is not a cursor this list gave out', 'after');
        keyset = '(n.support_count < ? OR (n.support_count = ? AND n.id < ?))';
        keys = [supports, supports, id];
      }
      const rows = await read(keyset, keys, 'n.support_count DESC, n.id DESC');
      return { ...toPage(rows, size, (n) => [n.supportCount, n.id]), totalCount: await total };
    }
    const cursor = decodeIdCursor(after);
    const asc = order === NeedOrder.OLDEST;
    const rows = await read(cursor ? (asc ? 'n.id > ?' : 'n.id < ?') : null, [cursor], asc ? 'n.id ASC' : 'n.id DESC');
    return { ...toPage(rows, size, (n) => [n.id]), totalCount: await total };
  }

  /** Exact count for list(): maintained counters for what the viewer may see, plus own private needs. */
  private async count(viewer: Principal | null, zoneId: number, f: NeedFilters, staff: boolean): Promise<number> {
    const statuses = f.status ? [f.status] : Object.values(NeedStatus);
    const counted = staff ? statuses : statuses.filter((s) => PUBLIC_NEED_STATUSES.includes(s));
    let total = 0;
    const narrow = (alias: string, where: string[], params: unknown[]) => {
      if (f.kind) {
        where.push(`${alias}.kind = ?`);
        params.push(f.kind);
      }
      if (f.category) {
        where.push(`${alias}.category = ?`);
        params.push(f.category);
      }
    };
    if (counted.length) {
      const where = [`c.zone_id = ?`, `c.status IN (${marks(counted.length)})`];
      const params: unknown[] = [zoneId, ...counted];
      narrow('c', where, params);
      const [row] = await selectRows<{ n: number | string | null }>(this.db, `SELECT COALESCE(SUM(c.count), 0) AS n FROM need_counters c WHERE ${where.join(' AND ')}`, params);
      total += Number(row?.n ?? 0);
    }
    const own = staff || !viewer ? [] : statuses.filter((s) => PRIVATE_NEED_STATUSES.includes(s));
    if (own.length) {
      const where = ['n.submitter_id = ?', 'n.zone_id = ?', `n.status IN (${marks(own.length)})`];
      const params: unknown[] = [viewer!.id, zoneId, ...own];
      narrow('n', where, params);
      const [row] = await selectRows<{ n: number | string }>(this.db, `SELECT COUNT(*) AS n FROM needs n WHERE ${where.join(' AND ')}`, params);
      total += Number(row?.n ?? 0);
    }
    return total;
  }

  /** The caller's own needs in every zone and status, newest first. */
  async mine(viewer: Principal, first?: number | null, after?: string | null, search?: string | null): Promise<Page<NeedEntity> & { totalCount: number }> {
    const size = pageSize(first);
    const qb = this.db.getRepository(NeedEntity).createQueryBuilder('n').where('n.submitter_id = :me', { me: viewer.id });
    const words = searchText(search);
    if (words) return searchNeeds(this.db.manager, words, [{ kind: 'own', submitterId: viewer.id }], size, decodeRankCursor(after));
    const cursor = decodeIdCursor(after);
    const total = qb.clone().getCount();
    if (cursor) qb.andWhere('n.id < :after', { after: cursor });
    const rows = await qb.orderBy('n.id', 'DESC').limit(size + 1).getMany();
    return { ...toPage(rows, size, (n) => [n.id]), totalCount: await total };
  }

  // ── the menu ───────────────────────────────────────────────────────────

  /** ACCEPTED needs per category, from menu_counters; every category present, 0 when empty. */
  async menuCounts(zoneId: number): Promise<Map<NeedCategory, number>> {
    const rows = await this.db.getRepository(MenuCounterEntity).find({ where: { zoneId } });
    // a zone with counters exists; only an empty answer needs the probe (unknown zone → NOT_FOUND)
    if (!rows.length) await this.assertZone(zoneId);
    const counts = new Map<NeedCategory, number>(NEED_CATEGORIES.map((c) => [c, 0]));
    for (const r of rows) if (counts.has(r.category)) counts.set(r.category, Math.max(0, Number(r.count)));
    return counts;
  }

  /**
   * The menu's sections of one request (seven, usually) through one DataLoader, key
   * `zoneId:category:limit`. A section: ACCEPTED needs of the category, most supported first, then
   * oldest first. The index idx_needs_menu (zone, status, category, support_count, id) serves
   * support_count DESC, id DESC; to get the oldest first among equal counts without sorting the
   * whole category, only the last (boundary) support count of a page is fetched again in id ASC order.
   */
  readonly sectionNeedsByKey = new LoaderKey<string, NeedEntity[]>('sectionNeeds', (keys) =>
    this.sections(
      keys.map((k) => {
        const [zoneId, category, limit] = k.split(':');
        return { zoneId: Number(zoneId), category: category as NeedCategory, limit: Number(limit) };
      }),
    ),
  );

  /**
   * Several sections in at most three statements, however many: the top `limit + 1` (support_count
   * DESC, id DESC) of every section in one UNION ALL read from idx_needs_menu alone; the boundary
   * groups in id ASC order in a second one, only for sections that need it; then the rows.
   */
  private async sections(wanted: { zoneId: number; category: NeedCategory; limit: number }[]): Promise<NeedEntity[][]> {
    type Head = { id: number; support: number };
    const union = (parts: { sql: string; params: unknown[] }[]) =>
      this.db.query(parts.map((p, i) => `SELECT * FROM (${p.sql}) s${i}`).join(' UNION ALL '), parts.flatMap((p) => p.params)) as Promise<
        { k: number; id: number; support_count: number }[]
      >;
    const where = 'zone_id = ? AND status = ? AND category = ?';
    const tops = new Map<number, Head[]>(wanted.map((_, k) => [k, []]));
    for (const r of await union(
      wanted.map((w, k) => ({ sql: `SELECT ${k} AS k, id, support_count FROM needs WHERE ${where} ORDER BY support_count DESC, id DESC LIMIT ?`, params: [w.zoneId, NeedStatus.ACCEPTED, w.category, w.limit + 1] })),
    ))
      tops.get(Number(r.k))!.push({ id: Number(r.id), support: Number(r.support_count) });
    // one row more than asked: if it has a different count, the page's last group is complete
    const pages = wanted.map((w, k) => tops.get(k)!.slice(0, w.limit));
    const boundaries = wanted
      .map((w, k) => ({ w, k, top: tops.get(k)! }))
      .filter(({ w, top }) => top.length > w.limit && top[w.limit].support === top[w.limit - 1].support);
    if (boundaries.length) {
      const fixes = new Map<number, Head[]>(boundaries.map(({ k }) => [k, []]));
      const parts = boundaries.map(({ w, k, top }) => {
        const boundary = top[w.limit - 1].support;
        const above = top.slice(0, w.limit).filter((h) => h.support !== boundary);
        pages[k] = above;
        return { sql: `SELECT ${k} AS k, id, support_count FROM needs WHERE ${where} AND support_count = ? ORDER BY id ASC LIMIT ?`, params: [w.zoneId, NeedStatus.ACCEPTED, w.category, boundary, w.limit - above.length] };
      });
      for (const r of await union(parts)) fixes.get(Number(r.k))!.push({ id: Number(r.id), support: Number(r.support_count) });
      for (const [k, rows] of fixes) pages[k] = [...pages[k], ...rows];
    }
    const ids = pages.flat().map((h) => h.id);
    const rows = ids.length ? await selectEntitiesIn(this.db, NeedEntity, 'id', ids) : [];
    const byId = new Map(rows.map((n) => [n.id, n]));
    return pages.map((page) =>
      page
        .map((h) => byId.get(h.id))
        .filter((n): n is NeedEntity => !!n)
        .sort((a, b) => b.supportCount - a.supportCount || a.id - b.id),
    );
  }

  // ── similar needs ──────────────────────────────────────────────────────

  /**
   * Open needs of the zone (SUBMITTED, ACCEPTED, CLAIMED, IN_PROJECT) that resemble the text,
   * most similar first. Compared by character bigrams (Chinese has no spaces), title weighing as
   * much as title+content. Bounded work at any size: candidates are the SIMILAR_RECENT_CANDIDATES
   * most recent open needs plus the SIMILAR_TOP_PER_CATEGORY most supported menu needs per category.
   */
  async similar(zoneId: number, title: string, content?: string | null, excludeId?: number | null): Promise<NeedEntity[]> {
    await this.assertZone(zoneId);
    const q = { title: (title ?? '').trim(), full: `${title ?? ''} ${content ?? ''}`.trim() };
    if (!q.full) return [];
    const repo = this.db.getRepository(NeedEntity);
    const pick = (qb: SelectQueryBuilder<NeedEntity>) =>
      qb.select('n.id', 'id').addSelect('n.title', 'title').addSelect('SUBSTR(n.content, 1, 200)', 'content');
    const recent = pick(repo.createQueryBuilder('n'))
      .where('n.zone_id = :zoneId AND n.status IN (:...open)', { zoneId, open: OPEN_NEED_STATUSES })
      .orderBy('n.id', 'DESC')
      .limit(SIMILAR_RECENT_CANDIDATES)
      .getRawMany<{ id: number; title: string; content: string }>();
    const popular = NEED_CATEGORIES.map((category) =>
      pick(repo.createQueryBuilder('n'))
        .where('n.zone_id = :zoneId AND n.status = :status AND n.category = :category', { zoneId, status: NeedStatus.ACCEPTED, category })
        .orderBy('n.support_count', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .limit(SIMILAR_TOP_PER_CATEGORY)
        .getRawMany<{ id: number; title: string; content: string }>(),
    );
    const candidates = new Map<number, { title: string; content: string }>();
    for (const list of await Promise.all([recent, ...popular])) for (const c of list) candidates.set(Number(c.id), c);
    if (excludeId) candidates.delete(excludeId);

    const scored: { id: number; score: number }[] = [];
    for (const [id, c] of candidates) {
      const score = similarityScore(q, c);
      if (score >= SIMILAR_THRESHOLD) scored.push({ id, score });
    }
    scored.sort((a, b) => b.score - a.score || b.id - a.id);
    const ids = scored.slice(0, SIMILAR_LIMIT).map((s) => s.id);
    if (!ids.length) return [];
    const rows = await repo.findBy({ id: In(ids) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((n): n is NeedEntity => !!n);
  }
}

/** Average of title-to-title and full-text similarity (character bigram Jaccard). */
export function similarityScore(q: { title: string; full: string }, c: { title: string; content: string }): number {
  const t = textSimilarity(q.title, c.title);
  const f = textSimilarity(q.full, `${c.title} ${c.content ?? ''}`);
  return (t + f) / 2;
}

/** The list's filters other than zone and visibility: the filter, its column (need alias `n`) and comparison. */
const FILTERS: readonly [keyof NeedFilters, string, string][] = [
  ['status', 'n.status', '='],
  ['category', 'n.category', '='],
  ['kind', 'n.kind', '='],
  ['channel', 'n.channel', '='],
  ['from', 'n.created_at', '>='],
  ['to', 'n.created_at', '<='],
  ['communityId', 'n.community_id', '='],
  ['buildingId', 'n.building_id', '='],
  ['suggestedCategory', 'n.suggested_category', '='],
];

/** The filters on a query builder whose need alias is `n` (search). */
function applyFilters(qb: SelectQueryBuilder<ObjectLiteral>, f: NeedFilters): void {
  for (const [key, column, op] of FILTERS) if (f[key]) qb.andWhere(`${column} ${op} :${key}`, { [key]: f[key] });
}

/** The filters as `?` conditions (the list). */
function filterSql(f: NeedFilters, where: string[], params: unknown[]): void {
  for (const [key, column, op] of FILTERS)
    if (f[key]) {
      where.push(`${column} ${op} ?`);
      params.push(f[key]);
    }
}
