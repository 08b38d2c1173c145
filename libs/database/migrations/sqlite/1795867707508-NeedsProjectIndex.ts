import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedsProjectIndex1795867707508 implements MigrationInterface {
  name = 'NeedsProjectIndex1795867707508';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"idx_needs_project\" ON \"needs\" (\"project_id\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_needs_project\"");
  }
}
