import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * project_transitions → project_events, as need_events (issue 10: one vocabulary for both
 * histories); the indexes take the names TypeORM derives from the new table name.
 */
export class ProjectEvents1796128201899 implements MigrationInterface {
  name = 'ProjectEvents1796128201899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("RENAME TABLE `project_transitions` TO `project_events`");
    await queryRunner.query("ALTER TABLE `project_events` RENAME INDEX `IDX_0cfe682dc50ebf5e2f3b54f568` TO `IDX_2982ffb4e3fae5b2f8cd27df5f`, RENAME INDEX `IDX_1ad68d2a11d3c5d355e5ae93c8` TO `IDX_e6ad5760b65c936675ef20f9d7`");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `project_events` RENAME INDEX `IDX_2982ffb4e3fae5b2f8cd27df5f` TO `IDX_0cfe682dc50ebf5e2f3b54f568`, RENAME INDEX `IDX_e6ad5760b65c936675ef20f9d7` TO `IDX_1ad68d2a11d3c5d355e5ae93c8`");
    await queryRunner.query("RENAME TABLE `project_events` TO `project_transitions`");
  }
}
