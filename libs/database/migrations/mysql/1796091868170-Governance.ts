import { MigrationInterface, QueryRunner } from 'typeorm';

export class Governance1796091868170 implements MigrationInterface {
  name = 'Governance1796091868170';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `committees` (`id` int NOT NULL AUTO_INCREMENT, `zone_id` int NOT NULL, `name` varchar(60) NOT NULL, `categories` text NOT NULL, `chair_unit_id` int NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_e6019e250162022d95a137ddf6` (`zone_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `committee_members` (`committee_id` int NOT NULL, `unit_id` int NOT NULL, `zone_id` int NOT NULL, INDEX `IDX_e630c1070644458016226291eb` (`zone_id`, `unit_id`), PRIMARY KEY (`committee_id`, `unit_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `presidencies` (`id` int NOT NULL AUTO_INCREMENT, `zone_id` int NOT NULL, `unit_id` int NOT NULL, `starts_on` varchar(10) NOT NULL, `ends_on` varchar(10) NOT NULL, `set_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_527789a62ebba37a001176ca53` (`zone_id`, `starts_on`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `meetings` (`id` int NOT NULL AUTO_INCREMENT, `zone_id` int NOT NULL, `kind` varchar(32) NOT NULL, `committee_id` int NULL, `title` varchar(80) NOT NULL, `at` datetime(3) NOT NULL, `agenda` text NOT NULL, `minutes` text NULL, `minutes_by_id` int NULL, `minutes_at` datetime(3) NULL, `scheduled_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_b9518e7b4083c92cece26d2d09` (`zone_id`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `meeting_projects` (`meeting_id` int NOT NULL, `project_id` int NOT NULL, INDEX `IDX_7cee1fe9d76de772005da56739` (`project_id`, `meeting_id`), PRIMARY KEY (`meeting_id`, `project_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `meeting_units` (`meeting_id` int NOT NULL, `unit_id` int NOT NULL, `invited` tinyint NOT NULL DEFAULT 0, `attended` tinyint NOT NULL DEFAULT 0, INDEX `IDX_21ede02071c626102158be9ae6` (`unit_id`, `meeting_id`), PRIMARY KEY (`meeting_id`, `unit_id`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_21ede02071c626102158be9ae6` ON `meeting_units`");
    await queryRunner.query("DROP TABLE `meeting_units`");
    await queryRunner.query("DROP INDEX `IDX_7cee1fe9d76de772005da56739` ON `meeting_projects`");
    await queryRunner.query("DROP TABLE `meeting_projects`");
    await queryRunner.query("DROP INDEX `IDX_b9518e7b4083c92cece26d2d09` ON `meetings`");
    await queryRunner.query("DROP TABLE `meetings`");
    await queryRunner.query("DROP INDEX `IDX_527789a62ebba37a001176ca53` ON `presidencies`");
    await queryRunner.query("DROP TABLE `presidencies`");
    await queryRunner.query("DROP INDEX `IDX_e630c1070644458016226291eb` ON `committee_members`");
    await queryRunner.query("DROP TABLE `committee_members`");
    await queryRunner.query("DROP INDEX `IDX_e6019e250162022d95a137ddf6` ON `committees`");
    await queryRunner.query("DROP TABLE `committees`");
  }
}
