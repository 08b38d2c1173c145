import { MigrationInterface, QueryRunner } from 'typeorm';

export class RunningTheYear1796095489505 implements MigrationInterface {
  name = 'RunningTheYear1796095489505';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"project_overdue_alerts\" (\"project_id\" integer NOT NULL, \"day\" varchar(10) NOT NULL, \"zone_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"project_id\", \"day\"))");
    await queryRunner.query("CREATE INDEX \"IDX_6692c25c543fb069b8c6aeb8f8\" ON \"project_overdue_alerts\" (\"zone_id\", \"day\") ");
    await queryRunner.query("CREATE TABLE \"follows\" (\"user_id\" integer NOT NULL, \"subject_type\" varchar(10) NOT NULL, \"subject_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"user_id\", \"subject_type\", \"subject_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_c871ff7afefdef709de44ff75f\" ON \"follows\" (\"zone_id\", \"subject_type\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fa901080f782e4e738a5cb72e8\" ON \"follows\" (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_list\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_status\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_category\"");
    await queryRunner.query("CREATE TABLE \"temporary_projects\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"title\" varchar(60) NOT NULL, \"description\" text NOT NULL, \"category\" varchar(32) NOT NULL, \"status\" varchar(32) NOT NULL, \"budget_fen\" integer NOT NULL DEFAULT (0), \"target_beneficiaries\" integer NOT NULL DEFAULT (0), \"claim_limit\" integer NOT NULL DEFAULT (1), \"claim_count\" integer NOT NULL DEFAULT (0), \"volunteer_count\" integer NOT NULL DEFAULT (0), \"party_member_volunteer_count\" integer NOT NULL DEFAULT (0), \"resolution_round\" integer NOT NULL DEFAULT (0), \"created_by_id\" integer NOT NULL, \"proposed_by_id\" integer, \"starts_on\" datetime(3), \"ends_on\" datetime(3), \"completed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"origin\" varchar(32) NOT NULL DEFAULT ('NEED_MENU'), \"offered_by_unit_id\" integer, \"offer_pledge\" varchar(1000))");
    await queryRunner.query("INSERT INTO \"temporary_projects\"(\"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\") SELECT \"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\" FROM \"projects\"");
    await queryRunner.query("DROP TABLE \"projects\"");
    await queryRunner.query("ALTER TABLE \"temporary_projects\" RENAME TO \"projects\"");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_list\" ON \"projects\" (\"zone_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_status\" ON \"projects\" (\"zone_id\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_category\" ON \"projects\" (\"zone_id\", \"category\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_0cfe682dc50ebf5e2f3b54f568\"");
    await queryRunner.query("DROP INDEX \"IDX_1ad68d2a11d3c5d355e5ae93c8\"");
    await queryRunner.query("CREATE TABLE \"temporary_project_transitions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"from_status\" varchar(32), \"to_status\" varchar(32) NOT NULL, \"actor_id\" integer NOT NULL, \"comment\" varchar(1000), \"at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"round\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_project_transitions\"(\"id\", \"project_id\", \"zone_id\", \"from_status\", \"to_status\", \"actor_id\", \"comment\", \"at\") SELECT \"id\", \"project_id\", \"zone_id\", \"from_status\", \"to_status\", \"actor_id\", \"comment\", \"at\" FROM \"project_transitions\"");
    await queryRunner.query("DROP TABLE \"project_transitions\"");
    await queryRunner.query("ALTER TABLE \"temporary_project_transitions\" RENAME TO \"project_transitions\"");
    await queryRunner.query("CREATE INDEX \"IDX_0cfe682dc50ebf5e2f3b54f568\" ON \"project_transitions\" (\"project_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1ad68d2a11d3c5d355e5ae93c8\" ON \"project_transitions\" (\"zone_id\", \"at\") ");
    await queryRunner.query("DROP INDEX \"IDX_0a29d36f416b39822f98f465d4\"");
    await queryRunner.query("DROP INDEX \"IDX_4565de1e8d9fa56b3546ac9812\"");
    await queryRunner.query("CREATE TABLE \"temporary_project_claims\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"pledge\" varchar(1000) NOT NULL, \"pledged_funds_fen\" integer NOT NULL DEFAULT (0), \"pledged_volunteers\" integer NOT NULL DEFAULT (0), \"claimed_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"released_at\" datetime(3), \"released_by_id\" integer, \"release_reason\" varchar(1000))");
    await queryRunner.query("INSERT INTO \"temporary_project_claims\"(\"id\", \"project_id\", \"zone_id\", \"unit_id\", \"pledge\", \"pledged_funds_fen\", \"pledged_volunteers\", \"claimed_by_id\", \"created_at\") SELECT \"id\", \"project_id\", \"zone_id\", \"unit_id\", \"pledge\", \"pledged_funds_fen\", \"pledged_volunteers\", \"claimed_by_id\", \"created_at\" FROM \"project_claims\"");
    await queryRunner.query("DROP TABLE \"project_claims\"");
    await queryRunner.query("ALTER TABLE \"temporary_project_claims\" RENAME TO \"project_claims\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0a29d36f416b39822f98f465d4\" ON \"project_claims\" (\"project_id\", \"unit_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4565de1e8d9fa56b3546ac9812\" ON \"project_claims\" (\"zone_id\", \"unit_id\") ");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_list\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_status\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_category\"");
    await queryRunner.query("CREATE TABLE \"temporary_projects\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"title\" varchar(60) NOT NULL, \"description\" text NOT NULL, \"category\" varchar(32) NOT NULL, \"status\" varchar(32) NOT NULL, \"budget_fen\" integer NOT NULL DEFAULT (0), \"target_beneficiaries\" integer NOT NULL DEFAULT (0), \"claim_limit\" integer NOT NULL DEFAULT (1), \"claim_count\" integer NOT NULL DEFAULT (0), \"volunteer_count\" integer NOT NULL DEFAULT (0), \"party_member_volunteer_count\" integer NOT NULL DEFAULT (0), \"resolution_round\" integer NOT NULL DEFAULT (0), \"created_by_id\" integer NOT NULL, \"proposed_by_id\" integer, \"starts_on\" varchar(10), \"ends_on\" varchar(10), \"completed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"origin\" varchar(32) NOT NULL DEFAULT ('NEED_MENU'), \"offered_by_unit_id\" integer, \"offer_pledge\" varchar(1000))");
    await queryRunner.query("INSERT INTO \"temporary_projects\"(\"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\", \"origin\", \"offered_by_unit_id\", \"offer_pledge\") SELECT \"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\", \"origin\", \"offered_by_unit_id\", \"offer_pledge\" FROM \"projects\"");
    await queryRunner.query("DROP TABLE \"projects\"");
    await queryRunner.query("ALTER TABLE \"temporary_projects\" RENAME TO \"projects\"");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_list\" ON \"projects\" (\"zone_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_status\" ON \"projects\" (\"zone_id\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_category\" ON \"projects\" (\"zone_id\", \"category\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_projects_zone_category\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_status\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_list\"");
    await queryRunner.query("ALTER TABLE \"projects\" RENAME TO \"temporary_projects\"");
    await queryRunner.query("CREATE TABLE \"projects\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"title\" varchar(60) NOT NULL, \"description\" text NOT NULL, \"category\" varchar(32) NOT NULL, \"status\" varchar(32) NOT NULL, \"budget_fen\" integer NOT NULL DEFAULT (0), \"target_beneficiaries\" integer NOT NULL DEFAULT (0), \"claim_limit\" integer NOT NULL DEFAULT (1), \"claim_count\" integer NOT NULL DEFAULT (0), \"volunteer_count\" integer NOT NULL DEFAULT (0), \"party_member_volunteer_count\" integer NOT NULL DEFAULT (0), \"resolution_round\" integer NOT NULL DEFAULT (0), \"created_by_id\" integer NOT NULL, \"proposed_by_id\" integer, \"starts_on\" datetime(3), \"ends_on\" datetime(3), \"completed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"origin\" varchar(32) NOT NULL DEFAULT ('NEED_MENU'), \"offered_by_unit_id\" integer, \"offer_pledge\" varchar(1000))");
    await queryRunner.query("INSERT INTO \"projects\"(\"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\", \"origin\", \"offered_by_unit_id\", \"offer_pledge\") SELECT \"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\", \"origin\", \"offered_by_unit_id\", \"offer_pledge\" FROM \"temporary_projects\"");
    await queryRunner.query("DROP TABLE \"temporary_projects\"");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_category\" ON \"projects\" (\"zone_id\", \"category\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_status\" ON \"projects\" (\"zone_id\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_list\" ON \"projects\" (\"zone_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_4565de1e8d9fa56b3546ac9812\"");
    await queryRunner.query("DROP INDEX \"IDX_0a29d36f416b39822f98f465d4\"");
    await queryRunner.query("ALTER TABLE \"project_claims\" RENAME TO \"temporary_project_claims\"");
    await queryRunner.query("CREATE TABLE \"project_claims\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"pledge\" varchar(1000) NOT NULL, \"pledged_funds_fen\" integer NOT NULL DEFAULT (0), \"pledged_volunteers\" integer NOT NULL DEFAULT (0), \"claimed_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"project_claims\"(\"id\", \"project_id\", \"zone_id\", \"unit_id\", \"pledge\", \"pledged_funds_fen\", \"pledged_volunteers\", \"claimed_by_id\", \"created_at\") SELECT \"id\", \"project_id\", \"zone_id\", \"unit_id\", \"pledge\", \"pledged_funds_fen\", \"pledged_volunteers\", \"claimed_by_id\", \"created_at\" FROM \"temporary_project_claims\"");
    await queryRunner.query("DROP TABLE \"temporary_project_claims\"");
    await queryRunner.query("CREATE INDEX \"IDX_4565de1e8d9fa56b3546ac9812\" ON \"project_claims\" (\"zone_id\", \"unit_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0a29d36f416b39822f98f465d4\" ON \"project_claims\" (\"project_id\", \"unit_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_1ad68d2a11d3c5d355e5ae93c8\"");
    await queryRunner.query("DROP INDEX \"IDX_0cfe682dc50ebf5e2f3b54f568\"");
    await queryRunner.query("ALTER TABLE \"project_transitions\" RENAME TO \"temporary_project_transitions\"");
    await queryRunner.query("CREATE TABLE \"project_transitions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"from_status\" varchar(32), \"to_status\" varchar(32) NOT NULL, \"actor_id\" integer NOT NULL, \"comment\" varchar(1000), \"at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"project_transitions\"(\"id\", \"project_id\", \"zone_id\", \"from_status\", \"to_status\", \"actor_id\", \"comment\", \"at\") SELECT \"id\", \"project_id\", \"zone_id\", \"from_status\", \"to_status\", \"actor_id\", \"comment\", \"at\" FROM \"temporary_project_transitions\"");
    await queryRunner.query("DROP TABLE \"temporary_project_transitions\"");
    await queryRunner.query("CREATE INDEX \"IDX_1ad68d2a11d3c5d355e5ae93c8\" ON \"project_transitions\" (\"zone_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0cfe682dc50ebf5e2f3b54f568\" ON \"project_transitions\" (\"project_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_category\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_status\"");
    await queryRunner.query("DROP INDEX \"idx_projects_zone_list\"");
    await queryRunner.query("ALTER TABLE \"projects\" RENAME TO \"temporary_projects\"");
    await queryRunner.query("CREATE TABLE \"projects\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"title\" varchar(60) NOT NULL, \"description\" text NOT NULL, \"category\" varchar(32) NOT NULL, \"status\" varchar(32) NOT NULL, \"budget_fen\" integer NOT NULL DEFAULT (0), \"target_beneficiaries\" integer NOT NULL DEFAULT (0), \"claim_limit\" integer NOT NULL DEFAULT (1), \"claim_count\" integer NOT NULL DEFAULT (0), \"volunteer_count\" integer NOT NULL DEFAULT (0), \"party_member_volunteer_count\" integer NOT NULL DEFAULT (0), \"resolution_round\" integer NOT NULL DEFAULT (0), \"created_by_id\" integer NOT NULL, \"proposed_by_id\" integer, \"starts_on\" datetime(3), \"ends_on\" datetime(3), \"completed_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"projects\"(\"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\") SELECT \"id\", \"zone_id\", \"title\", \"description\", \"category\", \"status\", \"budget_fen\", \"target_beneficiaries\", \"claim_limit\", \"claim_count\", \"volunteer_count\", \"party_member_volunteer_count\", \"resolution_round\", \"created_by_id\", \"proposed_by_id\", \"starts_on\", \"ends_on\", \"completed_at\", \"created_at\", \"updated_at\" FROM \"temporary_projects\"");
    await queryRunner.query("DROP TABLE \"temporary_projects\"");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_category\" ON \"projects\" (\"zone_id\", \"category\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_status\" ON \"projects\" (\"zone_id\", \"status\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_projects_zone_list\" ON \"projects\" (\"zone_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_fa901080f782e4e738a5cb72e8\"");
    await queryRunner.query("DROP INDEX \"IDX_c871ff7afefdef709de44ff75f\"");
    await queryRunner.query("DROP TABLE \"follows\"");
    await queryRunner.query("DROP INDEX \"IDX_6692c25c543fb069b8c6aeb8f8\"");
    await queryRunner.query("DROP TABLE \"project_overdue_alerts\"");
  }
}
