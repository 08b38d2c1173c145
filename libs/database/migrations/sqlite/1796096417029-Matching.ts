import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1796096417029 implements MigrationInterface {
  name = 'Matching1796096417029';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"resources\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(60) NOT NULL, \"description\" text NOT NULL, \"category_mask\" integer NOT NULL DEFAULT (0), \"capacity\" integer, \"cost\" varchar(32) NOT NULL, \"cost_rank\" integer NOT NULL DEFAULT (0), \"available\" boolean NOT NULL DEFAULT (1), \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"idx_resources_unit\" ON \"resources\" (\"unit_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_resources_zone\" ON \"resources\" (\"zone_id\", \"available\", \"cost_rank\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"pairings\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"community_id\" integer NOT NULL, \"building_id\" integer NOT NULL, \"note\" varchar(200), \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_7714cb49668fe0efd85e62ec11\" ON \"pairings\" (\"zone_id\", \"building_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_73a87e0a725a060584d93276ed\" ON \"pairings\" (\"zone_id\", \"community_id\", \"building_id\") ");
    await queryRunner.query("CREATE TABLE \"volunteer_teams\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"name\" varchar(60) NOT NULL, \"unit_id\" integer, \"building_ids\" text NOT NULL, \"member_count\" integer NOT NULL DEFAULT (0), \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_8ccb091ab7777a7881801ef82a\" ON \"volunteer_teams\" (\"zone_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"volunteer_team_members\" (\"team_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"team_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_9489698efbeee3ed96df0a1f08\" ON \"volunteer_team_members\" (\"user_id\", \"team_id\") ");
    await queryRunner.query("CREATE TABLE \"claim_invitations\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"invited_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_6cff187cd51238cca301e72872\" ON \"claim_invitations\" (\"zone_id\", \"unit_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_228eefb59009edcbfefde513bd\" ON \"claim_invitations\" (\"project_id\", \"unit_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_fe0bb3f6520ee0469504521e71\"");
    await queryRunner.query("DROP INDEX \"IDX_a000cca60bcf04454e72769949\"");
    await queryRunner.query("CREATE TABLE \"temporary_users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"phone\" varchar(20), \"username\" varchar(40), \"password_hash\" varchar(100), \"display_name\" varchar(40) NOT NULL, \"community_id\" integer, \"building_id\" integer, \"unit_id\" integer, \"is_party_member\" boolean NOT NULL DEFAULT (0), \"specialties\" text, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"willing_categories\" text)");
    await queryRunner.query("INSERT INTO \"temporary_users\"(\"id\", \"phone\", \"username\", \"password_hash\", \"display_name\", \"community_id\", \"building_id\", \"unit_id\", \"is_party_member\", \"specialties\", \"created_at\") SELECT \"id\", \"phone\", \"username\", \"password_hash\", \"display_name\", \"community_id\", \"building_id\", \"unit_id\", \"is_party_member\", \"specialties\", \"created_at\" FROM \"users\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("ALTER TABLE \"temporary_users\" RENAME TO \"users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fe0bb3f6520ee0469504521e71\" ON \"users\" (\"username\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a000cca60bcf04454e72769949\" ON \"users\" (\"phone\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_a000cca60bcf04454e72769949\"");
    await queryRunner.query("DROP INDEX \"IDX_fe0bb3f6520ee0469504521e71\"");
    await queryRunner.query("ALTER TABLE \"users\" RENAME TO \"temporary_users\"");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"phone\" varchar(20), \"username\" varchar(40), \"password_hash\" varchar(100), \"display_name\" varchar(40) NOT NULL, \"community_id\" integer, \"building_id\" integer, \"unit_id\" integer, \"is_party_member\" boolean NOT NULL DEFAULT (0), \"specialties\" text, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"users\"(\"id\", \"phone\", \"username\", \"password_hash\", \"display_name\", \"community_id\", \"building_id\", \"unit_id\", \"is_party_member\", \"specialties\", \"created_at\") SELECT \"id\", \"phone\", \"username\", \"password_hash\", \"display_name\", \"community_id\", \"building_id\", \"unit_id\", \"is_party_member\", \"specialties\", \"created_at\" FROM \"temporary_users\"");
    await queryRunner.query("DROP TABLE \"temporary_users\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a000cca60bcf04454e72769949\" ON \"users\" (\"phone\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fe0bb3f6520ee0469504521e71\" ON \"users\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"IDX_228eefb59009edcbfefde513bd\"");
    await queryRunner.query("DROP INDEX \"IDX_6cff187cd51238cca301e72872\"");
    await queryRunner.query("DROP TABLE \"claim_invitations\"");
    await queryRunner.query("DROP INDEX \"IDX_9489698efbeee3ed96df0a1f08\"");
    await queryRunner.query("DROP TABLE \"volunteer_team_members\"");
    await queryRunner.query("DROP INDEX \"IDX_8ccb091ab7777a7881801ef82a\"");
    await queryRunner.query("DROP TABLE \"volunteer_teams\"");
    await queryRunner.query("DROP INDEX \"IDX_73a87e0a725a060584d93276ed\"");
    await queryRunner.query("DROP INDEX \"IDX_7714cb49668fe0efd85e62ec11\"");
    await queryRunner.query("DROP TABLE \"pairings\"");
    await queryRunner.query("DROP INDEX \"idx_resources_zone\"");
    await queryRunner.query("DROP INDEX \"idx_resources_unit\"");
    await queryRunner.query("DROP TABLE \"resources\"");
  }
}
