import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matching1796096417029 implements MigrationInterface {
  name = 'Matching1796096417029';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `resources` (`id` int NOT NULL AUTO_INCREMENT, `zone_id` int NOT NULL, `unit_id` int NOT NULL, `kind` varchar(32) NOT NULL, `title` varchar(60) NOT NULL, `description` text NOT NULL, `category_mask` int NOT NULL DEFAULT '0', `capacity` int NULL, `cost` varchar(32) NOT NULL, `cost_rank` int NOT NULL DEFAULT '0', `available` tinyint NOT NULL DEFAULT 1, `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `idx_resources_unit` (`unit_id`, `id`), INDEX `idx_resources_zone` (`zone_id`, `available`, `cost_rank`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `pairings` (`id` int NOT NULL AUTO_INCREMENT, `zone_id` int NOT NULL, `community_id` int NOT NULL, `building_id` int NOT NULL, `note` varchar(200) NULL, `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_7714cb49668fe0efd85e62ec11` (`zone_id`, `building_id`), UNIQUE INDEX `IDX_73a87e0a725a060584d93276ed` (`zone_id`, `community_id`, `building_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `volunteer_teams` (`id` int NOT NULL AUTO_INCREMENT, `zone_id` int NOT NULL, `name` varchar(60) NOT NULL, `unit_id` int NULL, `building_ids` text NOT NULL, `member_count` int NOT NULL DEFAULT '0', `created_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_8ccb091ab7777a7881801ef82a` (`zone_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `volunteer_team_members` (`team_id` int NOT NULL, `user_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_9489698efbeee3ed96df0a1f08` (`user_id`, `team_id`), PRIMARY KEY (`team_id`, `user_id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `claim_invitations` (`id` int NOT NULL AUTO_INCREMENT, `zone_id` int NOT NULL, `project_id` int NOT NULL, `unit_id` int NOT NULL, `invited_by_id` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_6cff187cd51238cca301e72872` (`zone_id`, `unit_id`), UNIQUE INDEX `IDX_228eefb59009edcbfefde513bd` (`project_id`, `unit_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `users` ADD `willing_categories` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `users` DROP COLUMN `willing_categories`");
    await queryRunner.query("DROP INDEX `IDX_228eefb59009edcbfefde513bd` ON `claim_invitations`");
    await queryRunner.query("DROP INDEX `IDX_6cff187cd51238cca301e72872` ON `claim_invitations`");
    await queryRunner.query("DROP TABLE `claim_invitations`");
    await queryRunner.query("DROP INDEX `IDX_9489698efbeee3ed96df0a1f08` ON `volunteer_team_members`");
    await queryRunner.query("DROP TABLE `volunteer_team_members`");
    await queryRunner.query("DROP INDEX `IDX_8ccb091ab7777a7881801ef82a` ON `volunteer_teams`");
    await queryRunner.query("DROP TABLE `volunteer_teams`");
    await queryRunner.query("DROP INDEX `IDX_73a87e0a725a060584d93276ed` ON `pairings`");
    await queryRunner.query("DROP INDEX `IDX_7714cb49668fe0efd85e62ec11` ON `pairings`");
    await queryRunner.query("DROP TABLE `pairings`");
    await queryRunner.query("DROP INDEX `idx_resources_zone` ON `resources`");
    await queryRunner.query("DROP INDEX `idx_resources_unit` ON `resources`");
    await queryRunner.query("DROP TABLE `resources`");
  }
}
