import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationStats1795865957485 implements MigrationInterface {
  name = 'EvaluationStats1795865957485';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_efc9b4a514d0a63e92e96694e8\"");
    await queryRunner.query("DROP INDEX \"IDX_56e413d21b2190d79364d9ada8\"");
    await queryRunner.query("CREATE TABLE \"temporary_surveys\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"method\" varchar(32) NOT NULL, \"target_responses\" integer NOT NULL DEFAULT (100), \"open\" boolean NOT NULL DEFAULT (1), \"response_count\" integer NOT NULL DEFAULT (0), \"frozen_result\" text, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"closed_at\" datetime(3), \"satisfied_count\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"temporary_surveys\"(\"id\", \"project_id\", \"zone_id\", \"method\", \"target_responses\", \"open\", \"response_count\", \"frozen_result\", \"created_by_id\", \"created_at\", \"closed_at\") SELECT \"id\", \"project_id\", \"zone_id\", \"method\", \"target_responses\", \"open\", \"response_count\", \"frozen_result\", \"created_by_id\", \"created_at\", \"closed_at\" FROM \"surveys\"");
    await queryRunner.query("DROP TABLE \"surveys\"");
    await queryRunner.query("ALTER TABLE \"temporary_surveys\" RENAME TO \"surveys\"");
    await queryRunner.query("CREATE INDEX \"IDX_efc9b4a514d0a63e92e96694e8\" ON \"surveys\" (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_56e413d21b2190d79364d9ada8\" ON \"surveys\" (\"zone_id\", \"open\") ");
    await queryRunner.query("CREATE INDEX \"idx_needs_zone_stats\" ON \"needs\" (\"zone_id\", \"channel\", \"category\", \"status\", \"created_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_needs_zone_stats\"");
    await queryRunner.query("DROP INDEX \"IDX_56e413d21b2190d79364d9ada8\"");
    await queryRunner.query("DROP INDEX \"IDX_efc9b4a514d0a63e92e96694e8\"");
    await queryRunner.query("ALTER TABLE \"surveys\" RENAME TO \"temporary_surveys\"");
    await queryRunner.query("CREATE TABLE \"surveys\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"method\" varchar(32) NOT NULL, \"target_responses\" integer NOT NULL DEFAULT (100), \"open\" boolean NOT NULL DEFAULT (1), \"response_count\" integer NOT NULL DEFAULT (0), \"frozen_result\" text, \"created_by_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"closed_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"surveys\"(\"id\", \"project_id\", \"zone_id\", \"method\", \"target_responses\", \"open\", \"response_count\", \"frozen_result\", \"created_by_id\", \"created_at\", \"closed_at\") SELECT \"id\", \"project_id\", \"zone_id\", \"method\", \"target_responses\", \"open\", \"response_count\", \"frozen_result\", \"created_by_id\", \"created_at\", \"closed_at\" FROM \"temporary_surveys\"");
    await queryRunner.query("DROP TABLE \"temporary_surveys\"");
    await queryRunner.query("CREATE INDEX \"IDX_56e413d21b2190d79364d9ada8\" ON \"surveys\" (\"zone_id\", \"open\") ");
    await queryRunner.query("CREATE INDEX \"IDX_efc9b4a514d0a63e92e96694e8\" ON \"surveys\" (\"project_id\") ");
  }
}
