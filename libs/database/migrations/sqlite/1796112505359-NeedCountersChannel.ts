import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedCountersChannel1796112505359 implements MigrationInterface {
  name = 'NeedCountersChannel1796112505359';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_need_counters\" (\"zone_id\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"kind\" varchar(32) NOT NULL, \"category\" varchar(32) NOT NULL, \"slot\" integer NOT NULL, \"count\" integer NOT NULL DEFAULT (0), \"channel\" varchar(32) NOT NULL, PRIMARY KEY (\"zone_id\", \"status\", \"kind\", \"category\", \"slot\", \"channel\"))");
    // the counters gain the channel (zoneStats reads needs per channel from them): counted again from the needs
    await queryRunner.query("INSERT INTO temporary_need_counters (zone_id, status, kind, category, channel, slot, count) SELECT zone_id, status, kind, COALESCE(category, ''), channel, 0, COUNT(*) FROM needs GROUP BY zone_id, status, kind, COALESCE(category, ''), channel");
    await queryRunner.query("DROP TABLE \"need_counters\"");
    await queryRunner.query("ALTER TABLE \"temporary_need_counters\" RENAME TO \"need_counters\"");
    // lost when the Photos migration rebuilt progress_reports on SQLite (the MySQL one kept it)
    await queryRunner.query("CREATE INDEX \"idx_progress_zone_latest\" ON \"progress_reports\" (\"zone_id\", \"latest\", \"at\", \"unit_id\", \"funds_spent_fen\", \"beneficiaries\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_progress_zone_latest\"");
    await queryRunner.query("ALTER TABLE \"need_counters\" RENAME TO \"temporary_need_counters\"");
    await queryRunner.query("CREATE TABLE \"need_counters\" (\"zone_id\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"kind\" varchar(32) NOT NULL, \"category\" varchar(32) NOT NULL, \"slot\" integer NOT NULL, \"count\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"zone_id\", \"status\", \"kind\", \"category\", \"slot\"))");
    await queryRunner.query("INSERT INTO need_counters (zone_id, status, kind, category, slot, count) SELECT zone_id, status, kind, category, slot, SUM(count) FROM temporary_need_counters GROUP BY zone_id, status, kind, category, slot");
    await queryRunner.query("DROP TABLE \"temporary_need_counters\"");
  }
}
