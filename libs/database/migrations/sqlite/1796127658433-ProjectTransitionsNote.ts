import { MigrationInterface, QueryRunner } from 'typeorm';

/** project_transitions: the free text is `note`, as in need_events (issue 10: one vocabulary for both histories). */
export class ProjectTransitionsNote1796127658433 implements MigrationInterface {
  name = 'ProjectTransitionsNote1796127658433';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_transitions\" RENAME COLUMN \"comment\" TO \"note\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"project_transitions\" RENAME COLUMN \"note\" TO \"comment\"");
  }
}
