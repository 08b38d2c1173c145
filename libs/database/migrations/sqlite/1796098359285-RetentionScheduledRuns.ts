import { MigrationInterface, QueryRunner } from 'typeorm';

export class RetentionScheduledRuns1796098359285 implements MigrationInterface {
  name = 'RetentionScheduledRuns1796098359285';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"scheduled_runs\" (\"name\" varchar(64) NOT NULL, \"period\" varchar(32) NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"name\", \"period\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"scheduled_runs\"");
  }
}
