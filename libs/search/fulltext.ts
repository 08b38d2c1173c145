import { In, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '@app/common/errors';
import { decodeCursor, encodeCursor } from '@app/common/pagination';
import { queryTokens } from './search-text';

/**
 * Tables searched through a search_tokens column and a full-text index (FULLTEXT on MySQL, FTS5 on
 * SQLite). Needs are searched through their postings table instead (libs/needs/need-search.ts).
 */
export type SearchTable = 'projects';

/** FTS5 table that mirrors search_tokens on SQLite (kept in step by triggers, see sqlite-fts.ts). */
export const ftsTable = (table: SearchTable): string => `${table}_fts`;

const isMysql = (qb: SelectQueryBuilder<ObjectLiteral>): boolean => {
  const t = qb.connection.options.type;
  return t === 'mysql' || t === 'mariadb';
};

/**
 * Narrows `qb` (whose main alias is a row of `table`) to rows containing every word of `search`,
 * and selects their relevance as `search_score` (higher is better, on both databases).
 * Returns false when the search has no words to look for (then nothing can match).
 */
export function matchSearch(qb: SelectQueryBuilder<ObjectLiteral>, table: SearchTable, search: string): boolean {
  const tokens = queryTokens(search);
  if (!tokens.length) return false;
  const alias = qb.alias;
  if (isMysql(qb)) {
    const against = tokens.map((t) => `+${t}`).join(' ');
    const match = `MATCH(${alias}.search_tokens) AGAINST (:ftQuery IN BOOLEAN MODE)`;
    qb.andWhere(match, { ftQuery: against }).addSelect(match, 'search_score');
    scores.set(qb, match);
  } else {
    const fts = ftsTable(table);
    const query = tokens.map((t) => `"${t}"`).join(' AND ');
    qb.innerJoin(
      `(SELECT rowid AS doc_id, -bm25(${fts}) AS score FROM ${fts} WHERE ${fts} MATCH :ftQuery)`,
      'ft',
      `ft.doc_id = ${alias}.id`,
      { ftQuery: query },
    ).addSelect('ft.score', 'search_score');
    scores.set(qb, 'ft.score');
  }
  return true;
}

/** The relevance expression matchSearch selected on each query builder. */
const scores = new WeakMap<object, string>();
function scoreOf(qb: object): string {
  const score = scores.get(qb);
  if (!score) throw new Error('rankedPage needs a query narrowed by matchSearch');
  return score;
}

/**
 * Search results page by position in the ranking (relevance, then newest first): the cursor holds
 * the number of rows already given out. Refuses cursors it did not make.
 */
export function decodeRankCursor(after: string | null | undefined): number {
  const values = decodeCursor(after, 2);
  if (!values) return 0;
  const [tag, offset] = values;
  if (tag !== 'rank' || typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) {
    throw new BadInputError('after is not a cursor this list gave out', 'after');
  }
  return offset;
}

export const rankCursor = (offset: number): string => encodeCursor(['rank', offset]);

/**
 * Runs a ranked search query: best first, newest first among equals, `size` rows from `offset`.
 * Returns the page with rank cursors and the exact number of matches.
 */
export async function rankedPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, size: number, offset: number): Promise<RankedPage<T>> {
  const alias = qb.alias;
  // one pass over the matches: only (id, relevance) are sorted, and the window count gives the
  // number of matches from the same pass (the full rows are read for the page alone, by id)
  const ranked = await qb
    .clone()
    .select(`${alias}.id`, 'id')
    .addSelect(scoreOf(qb), 'search_score')
    .addSelect('COUNT(*) OVER ()', 'total')
    .orderBy('search_score', 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .offset(offset)
    .limit(size + 1)
    .getRawMany<{ id: number | string; total: number | string }>();
  // past the last match the window has no row to count on: count them on their own
  const totalCount = ranked.length ? Number(ranked[0].total) : offset > 0 ? await qb.clone().getCount() : 0;
  const ids = ranked.slice(0, size).map((r) => Number(r.id));
  return pageOfRankedIds(qb.connection.getRepository<T>(qb.expressionMap.mainAlias!.target), ids, offset, ranked.length > size, totalCount);
}

/** A page of search results in rank order, with rank cursors and the exact number of matches. */
export interface RankedPage<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * The page whose ids (ranked, `offset` before them) a search found: the rows read in one statement by
 * id and given back in rank order, each with its rank cursor; a row gone meanwhile is left out.
 */
export async function pageOfRankedIds<T extends ObjectLiteral>(repo: Repository<T>, ids: number[], offset: number, hasNextPage: boolean, totalCount: number): Promise<RankedPage<T>> {
  const byId = new Map((ids.length ? await repo.findBy({ id: In(ids) } as never) : []).map((row) => [Number(row.id), row]));
  const edges = ids.flatMap((id, i) => (byId.has(id) ? [{ node: byId.get(id)!, cursor: rankCursor(offset + i + 1) }] : []));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, totalCount };
}
