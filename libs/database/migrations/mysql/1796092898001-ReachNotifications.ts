import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReachNotifications1796092898001 implements MigrationInterface {
  name = 'ReachNotifications1796092898001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `notification_prefs` (`user_id` int NOT NULL, `sms` tinyint NOT NULL DEFAULT 0, `digest` varchar(8) NOT NULL DEFAULT 'OFF', `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`user_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sms_messages` (`id` int NOT NULL AUTO_INCREMENT, `user_id` int NOT NULL, `dedupe_key` varchar(120) NOT NULL, `day` varchar(10) NOT NULL, `slot` int NOT NULL, `kind` varchar(40) NOT NULL, `text` varchar(300) NOT NULL, `state` varchar(16) NOT NULL DEFAULT 'PENDING', `attempts` int NOT NULL DEFAULT '0', `sent_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_33a15ac10339185a24968d25d5` (`state`, `id`), UNIQUE INDEX `uq_sms_messages_slot` (`user_id`, `day`, `slot`), UNIQUE INDEX `uq_sms_messages_dedupe` (`user_id`, `dedupe_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `survey_links` (`token` varchar(16) NOT NULL, `survey_id` int NOT NULL, `user_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_survey_links_person` (`survey_id`, `user_id`), PRIMARY KEY (`token`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `notifications` ADD `link` varchar(200) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notifications` DROP COLUMN `link`");
    await queryRunner.query("DROP INDEX `uq_survey_links_person` ON `survey_links`");
    await queryRunner.query("DROP TABLE `survey_links`");
    await queryRunner.query("DROP INDEX `uq_sms_messages_dedupe` ON `sms_messages`");
    await queryRunner.query("DROP INDEX `uq_sms_messages_slot` ON `sms_messages`");
    await queryRunner.query("DROP INDEX `IDX_33a15ac10339185a24968d25d5` ON `sms_messages`");
    await queryRunner.query("DROP TABLE `sms_messages`");
    await queryRunner.query("DROP TABLE `notification_prefs`");
  }
}
