import { MigrationInterface, QueryRunner } from 'typeorm';

export class Photos1796102192264 implements MigrationInterface {
  name = 'Photos1796102192264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `progress_report_revisions` (`id` int NOT NULL AUTO_INCREMENT, `report_id` int NOT NULL, `project_id` int NOT NULL, `zone_id` int NOT NULL, `note` varchar(2000) NOT NULL, `percent` int NOT NULL, `funds_spent_fen` int NOT NULL DEFAULT '0', `beneficiaries` int NOT NULL DEFAULT '0', `reporter_id` int NOT NULL, `written_at` datetime(3) NOT NULL, `replaced_by_id` int NOT NULL, `replaced_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_d8650e871b15345b88d03e5e63` (`zone_id`, `replaced_at`), INDEX `IDX_826635437ca2c1510528834ab9` (`report_id`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `photos` (`id` varchar(32) NOT NULL, `uploader_id` int NOT NULL, `zone_id` int NULL, `subject_type` varchar(24) NULL, `subject_id` int NULL, `position` int NOT NULL DEFAULT '0', `mime` varchar(32) NOT NULL, `width` int NOT NULL, `height` int NOT NULL, `bytes` int NOT NULL, `storage_key` varchar(200) NOT NULL, `thumb_key` varchar(200) NOT NULL, `attached_at` datetime(3) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `idx_photos_uploader` (`uploader_id`, `created_at`), INDEX `idx_photos_subject` (`subject_type`, `subject_id`, `position`), INDEX `idx_photos_zone_subject` (`zone_id`, `subject_type`, `subject_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `progress_reports` ADD `corrected_at` datetime(3) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `progress_reports` DROP COLUMN `corrected_at`");
    await queryRunner.query("DROP INDEX `idx_photos_zone_subject` ON `photos`");
    await queryRunner.query("DROP INDEX `idx_photos_subject` ON `photos`");
    await queryRunner.query("DROP INDEX `idx_photos_uploader` ON `photos`");
    await queryRunner.query("DROP TABLE `photos`");
    await queryRunner.query("DROP INDEX `IDX_826635437ca2c1510528834ab9` ON `progress_report_revisions`");
    await queryRunner.query("DROP INDEX `IDX_d8650e871b15345b88d03e5e63` ON `progress_report_revisions`");
    await queryRunner.query("DROP TABLE `progress_report_revisions`");
  }
}
