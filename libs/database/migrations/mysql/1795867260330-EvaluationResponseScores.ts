import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationResponseScores1795867260330 implements MigrationInterface {
  name = 'EvaluationResponseScores1795867260330';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_33b8f1a2ca971e4c31ffba5b2f` ON `survey_responses`");
    await queryRunner.query("CREATE INDEX `idx_responses_project_scores` ON `survey_responses` (`project_id`, `overall_score`, `implementation_mean`, `funds_mean`, `process_quality_mean`, `index_score`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_responses_project_scores` ON `survey_responses`");
    await queryRunner.query("CREATE INDEX `IDX_33b8f1a2ca971e4c31ffba5b2f` ON `survey_responses` (`project_id`)");
  }
}
