import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustAccountsAudit1796098955598 implements MigrationInterface {
  name = 'TrustAccountsAudit1796098955598';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_log\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"actor_id\" integer, \"action\" varchar(64) NOT NULL, \"subject_type\" varchar(40) NOT NULL, \"subject_id\" varchar(40), \"zone_id\" integer, \"detail\" text, \"at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_ba27cef5b8b2b1a756e06ebcc5\" ON \"audit_log\" (\"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_c7d3ae3160ef4430133acbe742\" ON \"audit_log\" (\"actor_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_27ecde8c5a2543313b9f9161dd\" ON \"audit_log\" (\"zone_id\", \"at\") ");
    await queryRunner.query("DROP INDEX \"IDX_a000cca60bcf04454e72769949\"");
    await queryRunner.query("DROP INDEX \"IDX_fe0bb3f6520ee0469504521e71\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"phone\" varchar(20), \"username\" varchar(40), \"password_hash\" varchar(100), \"display_name\" varchar(40) NOT NULL, \"community_id\" integer, \"building_id\" integer, \"unit_id\" integer, \"is_party_member\" boolean NOT NULL DEFAULT (0), \"specialties\" text, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"willing_categories\" text, \"active\" boolean NOT NULL DEFAULT (1), \"token_version\" integer NOT NULL DEFAULT (0), \"anonymized_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"phone\", \"username\", \"password_hash\", \"display_name\", \"community_id\", \"building_id\", \"unit_id\", \"is_party_member\", \"specialties\", \"created_at\", \"willing_categories\") SELECT \"id\", \"phone\", \"username\", \"password_hash\", \"display_name\", \"community_id\", \"building_id\", \"unit_id\", \"is_party_member\", \"specialties\", \"created_at\", \"willing_categories\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a000cca60bcf04454e72769949\" ON \"users\" (\"phone\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fe0bb3f6520ee0469504521e71\" ON \"users\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"IDX_9613b15dc4a887bc9888ef71eb\"");
    await queryRunner.query("CREATE TABLE \"temporary_login_codes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"phone\" varchar(20) NOT NULL, \"code_hash\" varchar(64) NOT NULL, \"expires_at\" datetime(3) NOT NULL, \"used_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"failures\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_login_codes\"(\"id\", \"phone\", \"code_hash\", \"expires_at\", \"used_at\", \"created_at\") SELECT \"id\", \"phone\", \"code_hash\", \"expires_at\", \"used_at\", \"created_at\" FROM \"login_codes\"");
    await queryRunner.query("DROP TABLE \"login_codes\"");
    await queryRunner.query("ALTER TABLE \"temporary_login_codes\" RENAME TO \"login_codes\"");
    await queryRunner.query("CREATE INDEX \"IDX_9613b15dc4a887bc9888ef71eb\" ON \"login_codes\" (\"phone\", \"id\") ");
    await queryRunner.query("DROP INDEX \"idx_responses_project_scores\"");
    await queryRunner.query("DROP INDEX \"IDX_0ccaff41e1f11561911f7f9b49\"");
    await queryRunner.query("DROP INDEX \"IDX_bcf3d08140b3b6fbb594f51c60\"");
    await queryRunner.query("CREATE TABLE \"temporary_survey_responses\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"survey_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"respondent_id\" integer NOT NULL, \"recorded_by_id\" integer, \"method\" varchar(32) NOT NULL, \"overall_score\" integer NOT NULL, \"implementation_mean\" double, \"funds_mean\" double, \"process_quality_mean\" double, \"index_score\" double, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"visit_phone_hash\" varchar(64))");
    await queryRunner.query("INSERT INTO \"temporary_survey_responses\"(\"id\", \"survey_id\", \"project_id\", \"zone_id\", \"respondent_id\", \"recorded_by_id\", \"method\", \"overall_score\", \"implementation_mean\", \"funds_mean\", \"process_quality_mean\", \"index_score\", \"created_at\") SELECT \"id\", \"survey_id\", \"project_id\", \"zone_id\", \"respondent_id\", \"recorded_by_id\", \"method\", \"overall_score\", \"implementation_mean\", \"funds_mean\", \"process_quality_mean\", \"index_score\", \"created_at\" FROM \"survey_responses\"");
    await queryRunner.query("DROP TABLE \"survey_responses\"");
    await queryRunner.query("ALTER TABLE \"temporary_survey_responses\" RENAME TO \"survey_responses\"");
    await queryRunner.query("CREATE INDEX \"idx_responses_project_scores\" ON \"survey_responses\" (\"project_id\", \"overall_score\", \"implementation_mean\", \"funds_mean\", \"process_quality_mean\", \"index_score\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0ccaff41e1f11561911f7f9b49\" ON \"survey_responses\" (\"survey_id\", \"respondent_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_bcf3d08140b3b6fbb594f51c60\" ON \"survey_responses\" (\"zone_id\", \"project_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_d8e7b4dae7fc9a47c4c383ec3f\" ON \"survey_responses\" (\"survey_id\", \"visit_phone_hash\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_d8e7b4dae7fc9a47c4c383ec3f\"");
    await queryRunner.query("DROP INDEX \"IDX_bcf3d08140b3b6fbb594f51c60\"");
    await queryRunner.query("DROP INDEX \"IDX_0ccaff41e1f11561911f7f9b49\"");
    await queryRunner.query("DROP INDEX \"idx_responses_project_scores\"");
    await queryRunner.query("ALTER TABLE \"survey_responses\" RENAME TO \"temporary_survey_responses\"");
    await queryRunner.query("CREATE TABLE \"survey_responses\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"survey_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"respondent_id\" integer NOT NULL, \"recorded_by_id\" integer, \"method\" varchar(32) NOT NULL, \"overall_score\" integer NOT NULL, \"implementation_mean\" double, \"funds_mean\" double, \"process_quality_mean\" double, \"index_score\" double, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"survey_responses\"(\"id\", \"survey_id\", \"project_id\", \"zone_id\", \"respondent_id\", \"recorded_by_id\", \"method\", \"overall_score\", \"implementation_mean\", \"funds_mean\", \"process_quality_mean\", \"index_score\", \"created_at\") SELECT \"id\", \"survey_id\", \"project_id\", \"zone_id\", \"respondent_id\", \"recorded_by_id\", \"method\", \"overall_score\", \"implementation_mean\", \"funds_mean\", \"process_quality_mean\", \"index_score\", \"created_at\" FROM \"temporary_survey_responses\"");
    await queryRunner.query("DROP TABLE \"temporary_survey_responses\"");
    await queryRunner.query("CREATE INDEX \"IDX_bcf3d08140b3b6fbb594f51c60\" ON \"survey_responses\" (\"zone_id\", \"project_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_0ccaff41e1f11561911f7f9b49\" ON \"survey_responses\" (\"survey_id\", \"respondent_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_responses_project_scores\" ON \"survey_responses\" (\"project_id\", \"overall_score\", \"implementation_mean\", \"funds_mean\", \"process_quality_mean\", \"index_score\") ");
    await queryRunner.query("DROP INDEX \"IDX_9613b15dc4a887bc9888ef71eb\"");
    await queryRunner.query("ALTER TABLE \"login_codes\" RENAME TO \"temporary_login_codes\"");
    await queryRunner.query("CREATE TABLE \"login_codes\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"phone\" varchar(20) NOT NULL, \"code_hash\" varchar(64) NOT NULL, \"expires_at\" datetime(3) NOT NULL, \"used_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"login_codes\"(\"id\", \"phone\", \"code_hash\", \"expires_at\", \"used_at\", \"created_at\") SELECT \"id\", \"phone\", \"code_hash\", \"expires_at\", \"used_at\", \"created_at\" FROM \"temporary_login_codes\"");
    await queryRunner.query("DROP TABLE \"temporary_login_codes\"");
    await queryRunner.query("CREATE INDEX \"IDX_9613b15dc4a887bc9888ef71eb\" ON \"login_codes\" (\"phone\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_fe0bb3f6520ee0469504521e71\"");
    await queryRunner.query("DROP INDEX \"IDX_a000cca60bcf04454e72769949\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"phone\" varchar(20), \"username\" varchar(40), \"password_hash\" varchar(100), \"display_name\" varchar(40) NOT NULL, \"community_id\" integer, \"building_id\" integer, \"unit_id\" integer, \"is_party_member\" boolean NOT NULL DEFAULT (0), \"specialties\" text, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"willing_categories\" text)");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"phone\", \"username\", \"password_hash\", \"display_name\", \"community_id\", \"building_id\", \"unit_id\", \"is_party_member\", \"specialties\", \"created_at\", \"willing_categories\") SELECT \"id\", \"phone\", \"username\", \"password_hash\", \"display_name\", \"community_id\", \"building_id\", \"unit_id\", \"is_party_member\", \"specialties\", \"created_at\", \"willing_categories\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fe0bb3f6520ee0469504521e71\" ON \"users\" (\"username\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a000cca60bcf04454e72769949\" ON \"users\" (\"phone\") ");
    await queryRunner.query("DROP INDEX \"IDX_27ecde8c5a2543313b9f9161dd\"");
    await queryRunner.query("DROP INDEX \"IDX_c7d3ae3160ef4430133acbe742\"");
    await queryRunner.query("DROP INDEX \"IDX_ba27cef5b8b2b1a756e06ebcc5\"");
    await queryRunner.query("DROP TABLE \"audit_log\"");
  }
}
