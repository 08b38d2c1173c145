import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClassifierSuggestions1796093025106 implements MigrationInterface {
  name = 'ClassifierSuggestions1796093025106';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"need_suggestions\" (\"need_id\" integer PRIMARY KEY NOT NULL, \"zone_id\" integer NOT NULL, \"suggestions\" text NOT NULL, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_a6f3d51fdb1915082dfdb6e7d6\" ON \"need_suggestions\" (\"zone_id\", \"need_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_classifier_examples_zone\" ON \"classifier_examples\" (\"zone_id\", \"source\", \"id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_classifier_examples_zone\"");
    await queryRunner.query("DROP INDEX \"IDX_a6f3d51fdb1915082dfdb6e7d6\"");
    await queryRunner.query("DROP TABLE \"need_suggestions\"");
  }
}
