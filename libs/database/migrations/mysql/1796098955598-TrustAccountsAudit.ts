import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustAccountsAudit1796098955598 implements MigrationInterface {
  name = 'TrustAccountsAudit1796098955598';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `audit_log` (`id` int NOT NULL AUTO_INCREMENT, `actor_id` int NULL, `action` varchar(64) NOT NULL, `subject_type` varchar(40) NOT NULL, `subject_id` varchar(40) NULL, `zone_id` int NULL, `detail` text NULL, `at` datetime(3) NOT NULL, INDEX `IDX_ba27cef5b8b2b1a756e06ebcc5` (`at`), INDEX `IDX_c7d3ae3160ef4430133acbe742` (`actor_id`, `at`), INDEX `IDX_27ecde8c5a2543313b9f9161dd` (`zone_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `users` ADD `active` tinyint NOT NULL DEFAULT 1");
    await queryRunner.query("ALTER TABLE `users` ADD `token_version` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `users` ADD `anonymized_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `login_codes` ADD `failures` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `survey_responses` ADD `visit_phone_hash` varchar(64) NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `IDX_d8e7b4dae7fc9a47c4c383ec3f` ON `survey_responses` (`survey_id`, `visit_phone_hash`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_d8e7b4dae7fc9a47c4c383ec3f` ON `survey_responses`");
    await queryRunner.query("ALTER TABLE `survey_responses` DROP COLUMN `visit_phone_hash`");
    await queryRunner.query("ALTER TABLE `login_codes` DROP COLUMN `failures`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `anonymized_at`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `token_version`");
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `active`");
    await queryRunner.query("DROP INDEX `IDX_27ecde8c5a2543313b9f9161dd` ON `audit_log`");
    await queryRunner.query("DROP INDEX `IDX_c7d3ae3160ef4430133acbe742` ON `audit_log`");
    await queryRunner.query("DROP INDEX `IDX_ba27cef5b8b2b1a756e06ebcc5` ON `audit_log`");
    await queryRunner.query("DROP TABLE `audit_log`");
  }
}
