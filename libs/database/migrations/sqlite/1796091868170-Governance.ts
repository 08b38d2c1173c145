import { MigrationInterface, QueryRunner } from 'typeorm';

export class Governance1796091868170 implements MigrationInterface {
  name = 'Governance1796091868170';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"committees\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"name\" varchar(60) NOT NULL, \"categories\" text NOT NULL, \"chair_unit_id\" integer, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_e6019e250162022d95a137ddf6\" ON \"committees\" (\"zone_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"committee_members\" (\"committee_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, PRIMARY KEY (\"committee_id\", \"unit_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_e630c1070644458016226291eb\" ON \"committee_members\" (\"zone_id\", \"unit_id\") ");
    await queryRunner.query("CREATE TABLE \"presidencies\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"starts_on\" varchar(10) NOT NULL, \"ends_on\" varchar(10) NOT NULL, \"set_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_527789a62ebba37a001176ca53\" ON \"presidencies\" (\"zone_id\", \"starts_on\") ");
    await queryRunner.query("CREATE TABLE \"meetings\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"zone_id\" integer NOT NULL, \"kind\" varchar(32) NOT NULL, \"committee_id\" integer, \"title\" varchar(80) NOT NULL, \"at\" datetime(3) NOT NULL, \"agenda\" text NOT NULL, \"minutes\" text, \"minutes_by_id\" integer, \"minutes_at\" datetime(3), \"scheduled_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_b9518e7b4083c92cece26d2d09\" ON \"meetings\" (\"zone_id\", \"at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"meeting_projects\" (\"meeting_id\" integer NOT NULL, \"project_id\" integer NOT NULL, PRIMARY KEY (\"meeting_id\", \"project_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_7cee1fe9d76de772005da56739\" ON \"meeting_projects\" (\"project_id\", \"meeting_id\") ");
    await queryRunner.query("CREATE TABLE \"meeting_units\" (\"meeting_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"invited\" boolean NOT NULL DEFAULT (0), \"attended\" boolean NOT NULL DEFAULT (0), PRIMARY KEY (\"meeting_id\", \"unit_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_21ede02071c626102158be9ae6\" ON \"meeting_units\" (\"unit_id\", \"meeting_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_21ede02071c626102158be9ae6\"");
    await queryRunner.query("DROP TABLE \"meeting_units\"");
    await queryRunner.query("DROP INDEX \"IDX_7cee1fe9d76de772005da56739\"");
    await queryRunner.query("DROP TABLE \"meeting_projects\"");
    await queryRunner.query("DROP INDEX \"IDX_b9518e7b4083c92cece26d2d09\"");
    await queryRunner.query("DROP TABLE \"meetings\"");
    await queryRunner.query("DROP INDEX \"IDX_527789a62ebba37a001176ca53\"");
    await queryRunner.query("DROP TABLE \"presidencies\"");
    await queryRunner.query("DROP INDEX \"IDX_e630c1070644458016226291eb\"");
    await queryRunner.query("DROP TABLE \"committee_members\"");
    await queryRunner.query("DROP INDEX \"IDX_e6019e250162022d95a137ddf6\"");
    await queryRunner.query("DROP TABLE \"committees\"");
  }
}
