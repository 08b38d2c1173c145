import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * project_transitions → project_events, as need_events (issue 10: one vocabulary for both
 * histories); the indexes take the names TypeORM derives from the new table name.
 */
export class ProjectEvents1796128201899 implements MigrationInterface {
  name = 'ProjectEvents1796128201899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_0cfe682dc50ebf5e2f3b54f568\"");
    await queryRunner.query("DROP INDEX \"IDX_1ad68d2a11d3c5d355e5ae93c8\"");
    await queryRunner.query("ALTER TABLE \"project_transitions\" RENAME TO \"project_events\"");
    await queryRunner.query("CREATE INDEX \"IDX_2982ffb4e3fae5b2f8cd27df5f\" ON \"project_events\" (\"project_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_e6ad5760b65c936675ef20f9d7\" ON \"project_events\" (\"zone_id\", \"at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_e6ad5760b65c936675ef20f9d7\"");
    await queryRunner.query("DROP INDEX \"IDX_2982ffb4e3fae5b2f8cd27df5f\"");
    await queryRunner.query("ALTER TABLE \"project_events\" RENAME TO \"project_transitions\"");
    await queryRunner.query("CREATE INDEX \"IDX_1ad68d2a11d3c5d355e5ae93c8\" ON \"project_transitions\" (\"zone_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0cfe682dc50ebf5e2f3b54f568\" ON \"project_transitions\" (\"project_id\", \"id\") ");
  }
}
