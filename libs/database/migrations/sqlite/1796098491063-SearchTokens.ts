import { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTokens } from '@app/search/search-text';

/** Fills search_tokens of the rows written before search existed (hand-written). */
async function backfill(q: QueryRunner, table: 'needs' | 'projects', body: 'content' | 'description', quote: string): Promise<void> {
  let last = 0;
  for (;;) {
    const rows: { id: number; title: string; body: string }[] = await q.query(
      `SELECT id, title, ${quote}${body}${quote} AS body FROM ${quote}${table}${quote} WHERE id > ? ORDER BY id LIMIT 500`,
      [last],
    );
    if (!rows.length) return;
    for (const r of rows) await q.query(`UPDATE ${quote}${table}${quote} SET search_tokens = ? WHERE id = ?`, [searchTokens(r.title, r.body), r.id]);
    last = Number(rows[rows.length - 1].id);
  }
}





export class SearchTokens1796098491063 implements MigrationInterface {
  name = 'SearchTokens1796098491063';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_needs_zone_claimed\"");
    await queryRunner.query("DROP INDEX \"idx_needs_project\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_stats\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_list\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_status\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_kind\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_category\"");
    await queryRunner.query("DROP INDEX \"idx_needs_menu\"");
    await queryRunner.query("DROP INDEX \"idx_needs_submitter\"");
    await queryRunner.query("DROP INDEX \"uq_needs_client_mutation\"");
    await queryRunner.query("CREATE TABLE \"temporary_needs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"channel\" varchar(32) NOT NULL, \"title\" varchar(60) NOT NULL, \"content\" text NOT NULL, \"status\" varchar(32) NOT NULL, \"category\" varchar(32), \"suggested_category\" varchar(32), \"suggested_confidence\" double, \"support_count\" integer NOT NULL DEFAULT (0), \"submitter_id\" integer NOT NULL, \"recorded_by_id\" integer, \"community_id\" integer, \"building_id\" integer, \"merged_into_id\" integer, \"reject_reason\" varchar(500), \"project_id\" integer, \"claimed_by_unit_id\" integer, \"claimed_by_user_id\" integer, \"claimed_at\" datetime(3), \"fulfilled_at\" datetime(3), \"client_mutation_id\" varchar(64), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"search_tokens\" text)");
    await queryRunner.query("INSERT INTO \"temporary_needs\"(\"id\", \"zone_id\", \"kind\", \"channel\", \"title\", \"content\", \"status\", \"category\", \"suggested_category\", \"suggested_confidence\", \"support_count\", \"submitter_id\", \"recorded_by_id\", \"community_id\", \"building_id\", \"merged_into_id\", \"reject_reason\", \"project_id\", \"claimed_by_unit_id\", \"claimed_by_user_id\", \"claimed_at\", \"fulfilled_at\", \"client_mutation_id\", \"created_at\", \"updated_at\") SELECT \"id\", \"zone_id\", \"kind\", \"channel\", \"title\", \"content\", \"status\", \"category\", \"suggested_category\", \"suggested_confidence\", \"support_count\", \"submitter_id\", \"recorded_by_id\", \"community_id\", \"building_id\", \"merged_into_id\", \"reject_reason\", \"project_id\", \"claimed_by_unit_id\", \"claimed_by_user_id\", \"claimed_at\", \"fulfilled_at\", \"client_mutation_id\", \"created_at\", \"updated_at\" FROM \"needs\"");
    await queryRunner.query("DROP TABLE \"needs\"");
    await queryRunner.query("ALTER TABLE \"temporary_needs\" RENAME TO \"needs\"");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_claimed\" ON \"needs\" (\"zone_id\", \"claimed_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_project\" ON \"needs\" (\"project_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_stats\" ON \"needs\" (\"zone_id\", \"channel\", \"category\", \"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_list\" ON \"needs\" (\"zone_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_status\" ON \"needs\" (\"zone_id\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_kind\" ON \"needs\" (\"zone_id\", \"kind\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_category\" ON \"needs\" (\"zone_id\", \"category\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_menu\" ON \"needs\" (\"zone_id\", \"status\", \"category\", \"support_count\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_submitter\" ON \"needs\" (\"submitter_id\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_needs_client_mutation\" ON \"needs\" (\"submitter_id\", \"client_mutation_id\") ");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_category\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_status\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_list\"");
    await queryRunner.query("CREATE TABLE \"temporary_projects\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"title\" varchar(60) NOT NULL, \"description\" text NOT NULL, \"category\" varchar(32) NOT NULL, \"status\" varchar(32) NOT NULL, \"budget_fen\" integer NOT NULL DEFAULT (0), \"target_beneficiaries\" integer NOT NULL DEFAULT (0), \"claim_limit\" integer NOT NULL DEFAULT (1), \"claim_count\" integer NOT NULL DEFAULT (0), \"volunteer_count\" integer NOT NULL DEFAULT (0), \"party_member_volunteer_count\" integer NOT NULL DEFAULT (0), \"resolution_round\" integer NOT NULL DEFAULT (0), \"created_by_id\" integer NOT NULL, \"proposed_by_id\" integer, \"starts_on\" varchar(10), \"ends_on\" varchar(10), \"completed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"origin\" varchar(32) NOT NULL DEFAULT ('NEED_MENU'), \"offered_by_unit_id\" integer, \"offer_pledge\" varchar(1000), \"search_tokens\" text)");
    await queryRunner.query("INSERT INTO \"temporary_projects\"(\"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\", \"origin\", \"offered_by_unit_id\", \"offer_pledge\") SELECT \"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\", \"origin\", \"offered_by_unit_id\", \"offer_pledge\" FROM \"projects\"");
    await queryRunner.query("DROP TABLE \"projects\"");
    await queryRunner.query("ALTER TABLE \"temporary_projects\" RENAME TO \"projects\"");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_category\" ON \"projects\" (\"zone_id\", \"category\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_status\" ON \"projects\" (\"zone_id\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_list\" ON \"projects\" (\"zone_id\", \"id\") ");
    // hand-written: FTS5 tables mirroring search_tokens, kept in step by triggers (re-created at
    // start if a later table rebuild drops them: ensureSqliteSearchIndex), then existing rows
    for (const table of ['needs', 'projects']) {
      await queryRunner.query(`CREATE VIRTUAL TABLE "${table}_fts" USING fts5(search_tokens)`);
      await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS ${table}_fts_ai AFTER INSERT ON ${table} BEGIN INSERT INTO ${table}_fts(rowid, search_tokens) VALUES (new.id, COALESCE(new.search_tokens, '')); END`);
      await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS ${table}_fts_ad AFTER DELETE ON ${table} BEGIN DELETE FROM ${table}_fts WHERE rowid = old.id; END`);
      await queryRunner.query(`CREATE TRIGGER IF NOT EXISTS ${table}_fts_au AFTER UPDATE OF search_tokens ON ${table} BEGIN DELETE FROM ${table}_fts WHERE rowid = old.id; INSERT INTO ${table}_fts(rowid, search_tokens) VALUES (new.id, COALESCE(new.search_tokens, '')); END`);
      await queryRunner.query(`INSERT INTO ${table}_fts(rowid, search_tokens) SELECT id, '' FROM ${table}`);
    }
    await backfill(queryRunner, 'needs', 'content', '"');
    await backfill(queryRunner, 'projects', 'description', '"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['needs', 'projects']) {
      for (const t of ['ai', 'ad', 'au']) await queryRunner.query(`DROP TRIGGER IF EXISTS ${table}_fts_${t}`);
      await queryRunner.query(`DROP TABLE "${table}_fts"`);
    }
    await queryRunner.query("DROP INDEX \"idx_projects_zone_list\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_status\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_category\"");
    await queryRunner.query("ALTER TABLE \"projects\" RENAME TO \"temporary_projects\"");
    await queryRunner.query("CREATE TABLE \"projects\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"title\" varchar(60) NOT NULL, \"description\" text NOT NULL, \"category\" varchar(32) NOT NULL, \"status\" varchar(32) NOT NULL, \"budget_fen\" integer NOT NULL DEFAULT (0), \"target_beneficiaries\" integer NOT NULL DEFAULT (0), \"claim_limit\" integer NOT NULL DEFAULT (1), \"claim_count\" integer NOT NULL DEFAULT (0), \"volunteer_count\" integer NOT NULL DEFAULT (0), \"party_member_volunteer_count\" integer NOT NULL DEFAULT (0), \"resolution_round\" integer NOT NULL DEFAULT (0), \"created_by_id\" integer NOT NULL, \"proposed_by_id\" integer, \"starts_on\" varchar(10), \"ends_on\" varchar(10), \"completed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"origin\" varchar(32) NOT NULL DEFAULT ('NEED_MENU'), \"offered_by_unit_id\" integer, \"offer_pledge\" varchar(1000))");
    await queryRunner.query("INSERT INTO \"projects\"(\"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\", \"origin\", \"offered_by_unit_id\", \"offer_pledge\") SELECT \"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\", \"origin\", \"offered_by_unit_id\", \"offer_pledge\" FROM \"temporary_projects\"");
    await queryRunner.query("DROP TABLE \"temporary_projects\"");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_list\" ON \"projects\" (\"zone_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_status\" ON \"projects\" (\"zone_id\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_category\" ON \"projects\" (\"zone_id\", \"category\", \"id\") ");
    await queryRunner.query("DROP INDEX \"uq_needs_client_mutation\"");
    await queryRunner.query("DROP INDEX \"idx_needs_submitter\"");
    await queryRunner.query("DROP INDEX \"idx_needs_menu\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_category\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_kind\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_status\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_list\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_stats\"");
    await queryRunner.query("DROP INDEX \"idx_needs_project\"");
    await queryRunner.query("DROP INDEX \"idx_needs_zone_claimed\"");
    await queryRunner.query("ALTER TABLE \"needs\" RENAME TO \"temporary_needs\"");
    await queryRunner.query("CREATE TABLE \"needs\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"channel\" varchar(32) NOT NULL, \"title\" varchar(60) NOT NULL, \"content\" text NOT NULL, \"status\" varchar(32) NOT NULL, \"category\" varchar(32), \"suggested_category\" varchar(32), \"suggested_confidence\" double, \"support_count\" integer NOT NULL DEFAULT (0), \"submitter_id\" integer NOT NULL, \"recorded_by_id\" integer, \"community_id\" integer, \"building_id\" integer, \"merged_into_id\" integer, \"reject_reason\" varchar(500), \"project_id\" integer, \"claimed_by_unit_id\" integer, \"claimed_by_user_id\" integer, \"claimed_at\" datetime(3), \"fulfilled_at\" datetime(3), \"client_mutation_id\" varchar(64), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"needs\"(\"id\", \"zone_id\", \"kind\", \"channel\", \"title\", \"content\", \"status\", \"category\", \"suggested_category\", \"suggested_confidence\", \"support_count\", \"submitter_id\", \"recorded_by_id\", \"community_id\", \"building_id\", \"merged_into_id\", \"reject_reason\", \"project_id\", \"claimed_by_unit_id\", \"claimed_by_user_id\", \"claimed_at\", \"fulfilled_at\", \"client_mutation_id\", \"created_at\", \"updated_at\") SELECT \"id\", \"zone_id\", \"kind\", \"channel\", \"title\", \"content\", \"status\", \"category\", \"suggested_category\", \"suggested_confidence\", \"support_count\", \"submitter_id\", \"recorded_by_id\", \"community_id\", \"building_id\", \"merged_into_id\", \"reject_reason\", \"project_id\", \"claimed_by_unit_id\", \"claimed_by_user_id\", \"claimed_at\", \"fulfilled_at\", \"client_mutation_id\", \"created_at\", \"updated_at\" FROM \"temporary_needs\"");
    await queryRunner.query("DROP TABLE \"temporary_needs\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_needs_client_mutation\" ON \"needs\" (\"submitter_id\", \"client_mutation_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_submitter\" ON \"needs\" (\"submitter_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_menu\" ON \"needs\" (\"zone_id\", \"status\", \"category\", \"support_count\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_category\" ON \"needs\" (\"zone_id\", \"category\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_kind\" ON \"needs\" (\"zone_id\", \"kind\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_status\" ON \"needs\" (\"zone_id\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_list\" ON \"needs\" (\"zone_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_stats\" ON \"needs\" (\"zone_id\", \"channel\", \"category\", \"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_project\" ON \"needs\" (\"project_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_claimed\" ON \"needs\" (\"zone_id\", \"claimed_at\") ");
  }
}
