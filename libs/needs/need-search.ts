import { EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { NeedStatus } from '@app/common/glossary';
import { postingWords, queryTokens } from '@app/search/search-text';
import { rankCursor } from '@app/search/fulltext';
import { NeedEntity, NeedSearchPostingEntity } from './needs.entities';
import { PUBLIC_NEED_STATUSES } from './need-visibility';

/**
 * Search of needs through need_search_postings (one row per distinct word of a need, primary key
 * (token, zone_id, is_public, in_title, need_id)). A query's words are cut as the needs were; every
 * word must be present. Ranking: needs whose title holds the query's driving word (its rarest word
 * in the zone; the only word of a one-word query) first, then newest first. Read so, a page is a
 * range of the primary key read backwards and stopped after `offset + size + 1` rows, however many
 * needs match; the other words of the query are point lookups (need_id, token) on the rows read.
 * totalCount is exact: an index range count (plus the lookups of the other words).
 */

/** The postings rows of a need as it is now (none for a need without words). */
export function needPostingRows(need: Pick<NeedEntity, 'id' | 'zoneId' | 'status' | 'title' | 'content'>): NeedSearchPostingEntity[] {
  const isPublic = PUBLIC_NEED_STATUSES.includes(need.status) ? 1 : 0;
  return postingWords(need.title, need.content).map((w) => ({ token: w.token, zoneId: need.zoneId, isPublic, inTitle: w.inTitle ? 1 : 0, needId: need.id }));
}

/**
 * Rewrites the postings of needs from their rows: called in the transaction that wrote them
 * (SearchTokensSubscriber after an insert or save, moveNeed after a status change, updateMyNeed
 * after a text edit), so search never sees a need other than as committed.
 */
export async function syncNeedPostings(m: EntityManager, needIds: number[]): Promise<void> {
  if (!needIds.length) return;
  const needs = await m.getRepository(NeedEntity).find({ where: { id: In(needIds) }, select: ['id', 'zoneId', 'status', 'title', 'content'] });
  await m.createQueryBuilder().delete().from(NeedSearchPostingEntity).where('need_id IN (:...ids)', { ids: needIds }).execute();
  const rows = needs.flatMap(needPostingRows);
  for (let i = 0; i < rows.length; i += 500) await m.createQueryBuilder().insert().into(NeedSearchPostingEntity).values(rows.slice(i, i + 500)).updateEntity(false).callListeners(false).execute();
}

/** Where the matches come from; the sources of one search are disjoint. */
export type NeedSearchSource =
  /** the zone's needs of one visibility, read from the postings alone (joined to needs when `filter` is set) */
  | { kind: 'zone'; zoneId: number; isPublic: 0 | 1 }
  /** one submitter's needs (optionally of one zone and some statuses), read from needs by submitter */
  | { kind: 'own'; submitterId: number; zoneId?: number; statuses?: readonly NeedStatus[] };

export interface NeedSearchPage {
  edges: { node: NeedEntity; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

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

  const build = (s: NeedSearchSource): SelectQueryBuilder<ObjectLiteral> => {
    let qb: SelectQueryBuilder<ObjectLiteral>;
    if (s.kind === 'zone') {
      qb = m
        .createQueryBuilder()
        .from(NeedSearchPostingEntity, 'p')
        .where('p.token = :t0 AND p.zone_id = :zone AND p.is_public = :pub', { t0: driver, zone: s.zoneId, pub: s.isPublic });
      if (filter) {
        qb.innerJoin(NeedEntity, 'n', 'n.id = p.need_id');
        filter(qb);
      }
    } else {
      qb = m
        .createQueryBuilder()
        .from(NeedEntity, 'n')
        .innerJoin(NeedSearchPostingEntity, 'p', 'p.need_id = n.id AND p.token = :t0', { t0: driver })
        .where('n.submitter_id = :me', { me: s.submitterId });
      if (s.zoneId !== undefined) qb.andWhere('n.zone_id = :ownZone', { ownZone: s.zoneId });
      if (s.statuses) qb.andWhere('n.status IN (:...ownStatuses)', { ownStatuses: s.statuses });
      if (filter) filter(qb);
    }
    others.forEach((t, i) =>
      qb.andWhere(`EXISTS (SELECT 1 FROM need_search_postings q${i} WHERE q${i}.need_id = p.need_id AND q${i}.token = :t${i + 1})`, { [`t${i + 1}`]: t }),
    );
    return qb;
  };

  const want = offset + size + 1;
  const results = await Promise.all(
    sources.map(async (s) => {
      const qb = build(s);
      const [rows, count] = await Promise.all([
        qb
          .clone()
          .select('p.need_id', 'id')
          .addSelect('p.in_title', 'inTitle')
          .orderBy('p.in_title', 'DESC')
          .addOrderBy('p.need_id', 'DESC')
          .limit(want)
          .getRawMany<{ id: number | string; inTitle: number | string }>(),
        qb.clone().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>(),
      ]);
      return { rows: rows.map((r) => ({ id: Number(r.id), inTitle: Number(r.inTitle) })), count: Number(count?.n ?? 0) };
    }),
  );
  const ranked = results
    .flatMap((r) => r.rows)
    .sort((a, b) => b.inTitle - a.inTitle || b.id - a.id)
    .slice(offset, want);
  const totalCount = results.reduce((sum, r) => sum + r.count, 0);
  const hasNextPage = ranked.length > size;
  const ids = ranked.slice(0, size).map((r) => r.id);
  const byId = new Map((ids.length ? await m.getRepository(NeedEntity).findBy({ id: In(ids) }) : []).map((n) => [n.id, n]));
  const edges = ids.flatMap((id, i) => (byId.has(id) ? [{ node: byId.get(id)!, cursor: rankCursor(offset + i + 1) }] : []));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, totalCount };
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
