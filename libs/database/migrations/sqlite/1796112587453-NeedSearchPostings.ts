import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillNeedPostings, isPublicBucket } from '@app/search/posting-backfill';

export class NeedSearchPostings1796112587453 implements MigrationInterface {
  name = 'NeedSearchPostings1796112587453';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"need_search_postings\" (\"token\" varchar(84) NOT NULL, \"zone_id\" integer NOT NULL, \"is_public\" tinyint NOT NULL, \"in_title\" tinyint NOT NULL, \"need_id\" integer NOT NULL, PRIMARY KEY (\"token\", \"zone_id\", \"is_public\", \"in_title\", \"need_id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_need_search_postings_need\" ON \"need_search_postings\" (\"need_id\", \"token\") ");
    // hand-written: the needs written before; needs search no longer reads the FTS5 table needs_fts
    await backfillNeedPostings(queryRunner, '"', 'is_public', isPublicBucket);
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
