import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScorecardNeedsIndex1796096528925 implements MigrationInterface {
  name = 'ScorecardNeedsIndex1796096528925';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `idx_needs_zone_claimed` ON `needs` (`zone_id`, `claimed_at`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_needs_zone_claimed` ON `needs`");
  }
}
