import { EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { NeedStatus } from '@app/common/glossary';
import { postingWords, queryTokens } from '@app/search/search-text';
import { pageOfRankedIds, RankedPage } from '@app/search/fulltext';
import { NeedEntity, NeedSearchPostingEntity } from './needs.entities';

/**
 * Search of needs through need_search_postings (one row per distinct word of a need; primary key
 * (token, zone_id, status, need_id), rank index (token, zone_id, status, in_title, need_id)). A
 * query's words are cut as the needs were; every
 * word must be present. Ranking: needs whose title holds the query's driving word (its rarest word
 * in the zone; the only word of a one-word query) first, then newest first. Read so, a page is, for
 * each status the caller may see, a range of the rank index read backwards and stopped after
 * `offset + size + 1` rows, however many needs match (the ranges are merged here); the other words
 * of the query are looked up in the primary key with the same zone and status. totalCount is exact:
 * index range counts (with the same lookups for the other words).
 */

/** The postings rows of a need as it is now (none for a need without words). */
export function needPostingRows(need: Pick<NeedEntity, 'id' | 'zoneId' | 'status' | 'title' | 'content'>): NeedSearchPostingEntity[] {
  return postingWords(need.title, need.content).map((w) => ({ token: w.token, zoneId: need.zoneId, status: need.status, inTitle: w.inTitle ? 1 : 0, needId: need.id }));
}

/**
 * Rewrites the postings of needs from their rows (`fresh`: needs just inserted, which have none yet):
 * called in the transaction that wrote them (NeedPostingsSubscriber after an insert or save, moveNeed after a status change, updateMyNeed
 * after a text edit), so search never sees a need other than as committed.
 */
export async function syncNeedPostings(m: EntityManager, needIds: number[], { fresh = false }: { fresh?: boolean } = {}): Promise<void> {
  if (!needIds.length) return;
  const needs = await m.getRepository(NeedEntity).find({ where: { id: In(needIds) }, select: ['id', 'zoneId', 'status', 'title', 'content'] });
  // a need just inserted has no postings: no DELETE, whose gap lock at the end of the need_id index
  // (the newest need) would make concurrent submissions deadlock each other on MySQL
  if (!fresh) await m.createQueryBuilder().delete().from(NeedSearchPostingEntity).where('need_id IN (:...ids)', { ids: needIds }).execute();
  const rows = needs.flatMap(needPostingRows);
  for (let i = 0; i < rows.length; i += 500) await m.createQueryBuilder().insert().into(NeedSearchPostingEntity).values(rows.slice(i, i + 500)).updateEntity(false).callListeners(false).execute();
}

/** Where the matches come from; the sources of one search are disjoint. */
export type NeedSearchSource =
  /** the zone's needs in these statuses, read from the postings alone (joined to needs when a filter is given) */
  | { kind: 'zone'; zoneId: number; statuses: readonly NeedStatus[] }
  /** one submitter's needs (optionally of one zone and some statuses), read from needs by submitter */
  | { kind: 'own'; submitterId: number; zoneId?: number; statuses?: readonly NeedStatus[] };

export type NeedSearchPage = RankedPage<NeedEntity>;

/** Probes stop counting a word's postings here: enough to tell a rare word from a common one. */
const PROBE_CAP = 5000;

/**
 * A ranked page of needs holding every word of `search`, from `sources`, with `filter` applied to
 * the need (alias `n`) when given. Paged by rank position (`offset`, see rankCursor).
 */
export async function searchNeeds(
  m: EntityManager,
  search: string,
  sources: NeedSearchSource[],
  size: number,
  offset: number,
  filter?: (qb: SelectQueryBuilder<ObjectLiteral>) => void,
): Promise<NeedSearchPage> {
  const empty: NeedSearchPage = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  const tokens = queryTokens(search);
  if (!tokens.length || !sources.length) return empty;
  const zone = sources.find((s) => s.zoneId !== undefined)?.zoneId;
  const [driver, ...others] = zone === undefined || tokens.length === 1 ? tokens : await byRarity(m, tokens, zone);
  const type = m.connection.options.type;
  const mysql = type === 'mysql' || type === 'mariadb';
  /** MySQL: the page reads the rank index; the other words' lookups stay in the primary key (not (need_id, token), a random read per row) */
  const hinted = (sql: string, page: boolean) =>
    mysql
      ? sql
          .replace(/FROM `need_search_postings` `p`/, page ? 'FROM `need_search_postings` `p` FORCE INDEX (idx_need_search_postings_rank)' : '$&')
          .replace(/JOIN `need_search_postings` `(q\d+)`/g, 'JOIN `need_search_postings` `$1` USE INDEX (PRIMARY)')
      : sql;

  /** One range: the driving word's postings of one zone and status, or a submitter's needs. */
  const unit = (u: { zoneId: number; status: NeedStatus } | Extract<NeedSearchSource, { kind: 'own' }>): SelectQueryBuilder<ObjectLiteral> => {
    let qb: SelectQueryBuilder<ObjectLiteral>;
    if ('status' in u) {
      qb = m
        .createQueryBuilder()
        .from(NeedSearchPostingEntity, 'p')
        .where('p.token = :t0 AND p.zone_id = :zone AND p.status = :status', { t0: driver, zone: u.zoneId, status: u.status });
      if (filter) {
        qb.innerJoin(NeedEntity, 'n', 'n.id = p.need_id');
        filter(qb);
      }
      // the other words in the same zone and status, joined by the primary key (one unique lookup
      // each). Joins, not EXISTS: MySQL runs them as nested lookups stopped by the LIMIT, where it
      // would read the other word's whole range for a subquery; the rows read for the driving word
      // come in need-id order, so the lookups walk one short key range
      others.forEach((t, i) => {
        qb.innerJoin(NeedSearchPostingEntity, `q${i}`, `q${i}.token = :t${i + 1} AND q${i}.zone_id = :zone AND q${i}.status = :status AND q${i}.need_id = p.need_id`, {
          [`t${i + 1}`]: t,
        });
      });
    } else {
      qb = m
        .createQueryBuilder()
        .from(NeedEntity, 'n')
        .innerJoin(NeedSearchPostingEntity, 'p', 'p.need_id = n.id AND p.token = :t0', { t0: driver })
        .where('n.submitter_id = :me', { me: u.submitterId });
      if (u.zoneId !== undefined) qb.andWhere('n.zone_id = :ownZone', { ownZone: u.zoneId });
      if (u.statuses) qb.andWhere('n.status IN (:...ownStatuses)', { ownStatuses: u.statuses });
      if (filter) filter(qb);
      // a submitter's few needs: one lookup each in (need_id, token)
      others.forEach((t, i) => qb.andWhere(`EXISTS (SELECT 1 FROM need_search_postings q${i} WHERE q${i}.need_id = p.need_id AND q${i}.token = :t${i + 1})`, { [`t${i + 1}`]: t }));
    }
    return qb;
  };
  const units = sources.flatMap((s) => (s.kind === 'zone' ? s.statuses.map((status) => unit({ zoneId: s.zoneId, status })) : [unit(s)]));
  if (!units.length) return empty;

  const want = offset + size + 1;
  /** The units' SELECTs as one statement: each a derived table, joined by UNION ALL. */
  const union = (page: boolean, part: (qb: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] => {
    const parts = units.map((qb) => part(qb.clone()).getQueryAndParameters());
    return [parts.map(([sql], i) => `SELECT * FROM (${hinted(sql, page)}) u${i}`).join(' UNION ALL '), parts.flatMap(([, params]) => params)];
  };
  const [pageRows, countRows] = await Promise.all([
    m.query(...union(true, (qb) => qb.select('p.need_id', 'id').addSelect('p.in_title', 'inTitle').orderBy('p.in_title', 'DESC').addOrderBy('p.need_id', 'DESC').limit(want))) as Promise<
      { id: number | string; inTitle: number | string }[]
    >,
    m.query(...union(false, (qb) => qb.select('COUNT(*)', 'n'))) as Promise<{ n: number | string }[]>,
  ]);
  const ranked = pageRows
    .map((r) => ({ id: Number(r.id), inTitle: Number(r.inTitle) }))
    .sort((a, b) => b.inTitle - a.inTitle || b.id - a.id)
    .slice(offset, want);
  const totalCount = countRows.reduce((sum, r) => sum + Number(r.n), 0);
  const ids = ranked.slice(0, size).map((r) => r.id);
  return pageOfRankedIds(m.getRepository(NeedEntity), ids, offset, ranked.length > size, totalCount);
}

/** The query's words, rarest in the zone first (postings counted up to PROBE_CAP each); ties keep the query's order. */
async function byRarity(m: EntityManager, tokens: string[], zoneId: number): Promise<string[]> {
  const counts = await Promise.all(
    tokens.map(async (t) => {
      const [row] = await m.query(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM need_search_postings WHERE token = ? AND zone_id = ? LIMIT ${PROBE_CAP}) x`, [t, zoneId]);
      return Number(row?.n ?? 0);
    }),
  );
  return tokens.map((t, i) => ({ t, n: counts[i], i })).sort((a, b) => a.n - b.n || a.i - b.i).map((x) => x.t);
}
