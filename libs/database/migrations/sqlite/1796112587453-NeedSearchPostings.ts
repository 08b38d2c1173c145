import { MigrationInterface, QueryRunner } from 'typeorm';
import { postingWords } from '@app/search/search-text';

/** Statuses seen only by the author and staff when this migration was written (libs/needs/need-visibility.ts). */
const PRIVATE = ['SUBMITTED', 'REJECTED', 'WITHDRAWN'];

/** Fills need_search_postings from the needs written before it existed (hand-written). */
async function backfill(q: QueryRunner, quote: string): Promise<void> {
  let last = 0;
  for (;;) {
    const rows: { id: number; zone_id: number; status: string; title: string; content: string }[] = await q.query(
      `SELECT id, zone_id, status, title, content FROM ${quote}needs${quote} WHERE id > ? ORDER BY id LIMIT 500`,
      [last],
    );
    if (!rows.length) return;
    const values = rows.flatMap((r) => postingWords(r.title, r.content).map((w) => [w.token, Number(r.zone_id), PRIVATE.includes(r.status) ? 0 : 1, w.inTitle ? 1 : 0, Number(r.id)]));
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      await q.query(
        `INSERT INTO ${quote}need_search_postings${quote} (token, zone_id, is_public, in_title, need_id) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
    last = Number(rows[rows.length - 1].id);
  }
}

export class NeedSearchPostings1796112587453 implements MigrationInterface {
  name = 'NeedSearchPostings1796112587453';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"need_search_postings\" (\"token\" varchar(84) NOT NULL, \"zone_id\" integer NOT NULL, \"is_public\" tinyint NOT NULL, \"in_title\" tinyint NOT NULL, \"need_id\" integer NOT NULL, PRIMARY KEY (\"token\", \"zone_id\", \"is_public\", \"in_title\", \"need_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_need_search_postings_need\" ON \"need_search_postings\" (\"need_id\", \"token\") ");
    // hand-written: the needs written before; needs search no longer reads the FTS5 table needs_fts
    await backfill(queryRunner, '"');
    for (const t of ['ai', 'ad', 'au']) await queryRunner.query(`DROP TRIGGER IF EXISTS needs_fts_${t}`);
    await queryRunner.query('DROP TABLE IF EXISTS "needs_fts"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_need_search_postings_need\"");
    await queryRunner.query("DROP TABLE \"need_search_postings\"");
    // hand-written: needs_fts as the SearchTokens migration made it
    await queryRunner.query(`CREATE VIRTUAL TABLE "needs_fts" USING fts5(search_tokens)`);
    await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS needs_fts_ai AFTER INSERT ON needs BEGIN INSERT INTO needs_fts(rowid, search_tokens) VALUES (new.id, COALESCE(new.search_tokens, '')); END`);
    await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS needs_fts_ad AFTER DELETE ON needs BEGIN DELETE FROM needs_fts WHERE rowid = old.id; END`);
    await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS needs_fts_au AFTER UPDATE OF search_tokens ON needs BEGIN DELETE FROM needs_fts WHERE rowid = old.id; INSERT INTO needs_fts(rowid, search_tokens) VALUES (new.id, COALESCE(new.search_tokens, '')); END`);
    await queryRunner.query(`INSERT INTO needs_fts(rowid, search_tokens) SELECT id, COALESCE(search_tokens, '') FROM needs`);
  }
}
