import { MigrationInterface, QueryRunner } from 'typeorm';

export class Consents1796099233206 implements MigrationInterface {
  name = 'Consents1796099233206';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"consents\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"user_id\" integer NOT NULL, \"version\" varchar(20) NOT NULL, \"accepted_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_consents_person_version\" ON \"consents\" (\"user_id\", \"version\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_consents_person_version\"");
    await queryRunner.query("DROP TABLE \"consents\"");
  }
}
