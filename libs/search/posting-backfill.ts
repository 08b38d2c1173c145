import type { QueryRunner } from 'typeorm';
import { postingWords } from './search-text';

/**
 * Statuses seen only by the author and staff when the postings were first keyed by public-or-not
 * (libs/needs/need-visibility.ts at the time); the NeedSearchPostings migrations use it.
 */
export const PRIVATE_STATUSES_AT_POSTINGS = ['SUBMITTED', 'REJECTED', 'WITHDRAWN'];

/**
 * Fills need_search_postings from the needs rows, 500 needs at a time, for the migrations that make
 * the table (both dialects: `quote` is the identifier quote). `column` is the third key column and
 * `bucket` its value for a need's status.
 */
export async function backfillNeedPostings(
  q: QueryRunner,
  quote: string,
  column: 'status' | 'is_public',
  bucket: (status: string) => string | number,
): Promise<void> {
  let last = 0;
  for (;;) {
    const rows: { id: number; zone_id: number; status: string; title: string; content: string }[] = await q.query(
      `SELECT id, zone_id, status, title, content FROM ${quote}needs${quote} WHERE id > ? ORDER BY id LIMIT 500`,
      [last],
    );
    if (!rows.length) return;
    const values = rows.flatMap((r) => postingWords(r.title, r.content).map((w) => [w.token, Number(r.zone_id), bucket(r.status), w.inTitle ? 1 : 0, Number(r.id)]));
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      await q.query(
        `INSERT INTO ${quote}need_search_postings${quote} (token, zone_id, ${column}, in_title, need_id) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
    last = Number(rows[rows.length - 1].id);
  }
}

/** public-or-not, as the first postings were keyed */
export const isPublicBucket = (status: string) => (PRIVATE_STATUSES_AT_POSTINGS.includes(status) ? 0 : 1);
