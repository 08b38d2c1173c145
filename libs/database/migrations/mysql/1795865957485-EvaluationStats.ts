import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationStats1795865957485 implements MigrationInterface {
  name = 'EvaluationStats1795865957485';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `surveys` ADD `satisfied_count` int NOT NULL DEFAULT '0'");
    await queryRunner.query("CREATE INDEX `idx_needs_zone_stats` ON `needs` (`zone_id`, `channel`, `category`, `status`, `created_at`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_needs_zone_stats` ON `needs`");
    await queryRunner.query("ALTER TABLE `surveys` DROP COLUMN `satisfied_count`");
  }
}
