import { MigrationInterface, QueryRunner } from 'typeorm';

export class RunningTheYear1796095489505 implements MigrationInterface {
  name = 'RunningTheYear1796095489505';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `project_overdue_alerts` (`project_id` int NOT NULL, `day` varchar(10) NOT NULL, `zone_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_6692c25c543fb069b8c6aeb8f8` (`zone_id`, `day`), PRIMARY KEY (`project_id`, `day`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `follows` (`user_id` int NOT NULL, `subject_type` varchar(10) NOT NULL, `subject_id` int NOT NULL, `zone_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_c871ff7afefdef709de44ff75f` (`zone_id`, `subject_type`), INDEX `IDX_fa901080f782e4e738a5cb72e8` (`subject_type`, `subject_id`), PRIMARY KEY (`user_id`, `subject_type`, `subject_id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `projects` ADD `origin` varchar(32) NOT NULL DEFAULT 'NEED_MENU'");
    await queryRunner.query("ALTER TABLE `projects` ADD `offered_by_unit_id` int NULL");
    await queryRunner.query("ALTER TABLE `projects` ADD `offer_pledge` varchar(1000) NULL");
    await queryRunner.query("ALTER TABLE `project_transitions` ADD `round` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `project_claims` ADD `released_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `project_claims` ADD `released_by_id` int NULL");
    await queryRunner.query("ALTER TABLE `project_claims` ADD `release_reason` varchar(1000) NULL");
    await queryRunner.query("ALTER TABLE `projects` DROP COLUMN `starts_on`");
    await queryRunner.query("ALTER TABLE `projects` ADD `starts_on` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `projects` DROP COLUMN `ends_on`");
    await queryRunner.query("ALTER TABLE `projects` ADD `ends_on` varchar(10) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `projects` DROP COLUMN `ends_on`");
    await queryRunner.query("ALTER TABLE `projects` ADD `ends_on` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `projects` DROP COLUMN `starts_on`");
    await queryRunner.query("ALTER TABLE `projects` ADD `starts_on` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `project_claims` DROP COLUMN `release_reason`");
    await queryRunner.query("ALTER TABLE `project_claims` DROP COLUMN `released_by_id`");
    await queryRunner.query("ALTER TABLE `project_claims` DROP COLUMN `released_at`");
    await queryRunner.query("ALTER TABLE `project_transitions` DROP COLUMN `round`");
    await queryRunner.query("ALTER TABLE `projects` DROP COLUMN `offer_pledge`");
    await queryRunner.query("ALTER TABLE `projects` DROP COLUMN `offered_by_unit_id`");
    await queryRunner.query("ALTER TABLE `projects` DROP COLUMN `origin`");
    await queryRunner.query("DROP INDEX `IDX_fa901080f782e4e738a5cb72e8` ON `follows`");
    await queryRunner.query("DROP INDEX `IDX_c871ff7afefdef709de44ff75f` ON `follows`");
    await queryRunner.query("DROP TABLE `follows`");
    await queryRunner.query("DROP INDEX `IDX_6692c25c543fb069b8c6aeb8f8` ON `project_overdue_alerts`");
    await queryRunner.query("DROP TABLE `project_overdue_alerts`");
  }
}
