import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScorecardIndexes1796101950469 implements MigrationInterface {
  name = 'ScorecardIndexes1796101950469';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_needs_zone_claimed` ON `needs`");
    await queryRunner.query("CREATE INDEX `idx_needs_zone_claimed` ON `needs` (`zone_id`, `claimed_at`, `claimed_by_unit_id`)");
    await queryRunner.query("CREATE INDEX `idx_projects_zone_completed` ON `projects` (`zone_id`, `completed_at`, `status`, `ends_on`)");
    await queryRunner.query("CREATE INDEX `idx_claims_project_held` ON `project_claims` (`project_id`, `released_at`, `unit_id`)");
    await queryRunner.query("CREATE INDEX `idx_claims_zone_released` ON `project_claims` (`zone_id`, `released_at`, `unit_id`)");
    await queryRunner.query("CREATE INDEX `idx_claims_zone_created` ON `project_claims` (`zone_id`, `created_at`, `unit_id`, `released_at`, `pledged_volunteers`)");
    await queryRunner.query("CREATE INDEX `idx_progress_zone_latest` ON `progress_reports` (`zone_id`, `latest`, `at`, `unit_id`, `funds_spent_fen`, `beneficiaries`)");
    await queryRunner.query("CREATE INDEX `idx_surveys_project_closed` ON `surveys` (`project_id`, `open`, `satisfied_count`, `response_count`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_surveys_project_closed` ON `surveys`");
    await queryRunner.query("DROP INDEX `idx_progress_zone_latest` ON `progress_reports`");
    await queryRunner.query("DROP INDEX `idx_claims_zone_created` ON `project_claims`");
    await queryRunner.query("DROP INDEX `idx_claims_zone_released` ON `project_claims`");
    await queryRunner.query("DROP INDEX `idx_claims_project_held` ON `project_claims`");
    await queryRunner.query("DROP INDEX `idx_projects_zone_completed` ON `projects`");
    await queryRunner.query("DROP INDEX `idx_needs_zone_claimed` ON `needs`");
    await queryRunner.query("CREATE INDEX `idx_needs_zone_claimed` ON `needs` (`zone_id`, `claimed_at`)");
  }
}
