import { MigrationInterface, QueryRunner } from 'typeorm';

export class Consents1796099233206 implements MigrationInterface {
  name = 'Consents1796099233206';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `consents` (`id` int NOT NULL AUTO_INCREMENT, `user_id` int NOT NULL, `version` varchar(20) NOT NULL, `accepted_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_consents_person_version` (`user_id`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_consents_person_version` ON `consents`");
    await queryRunner.query("DROP TABLE `consents`");
  }
}
