import { MigrationInterface, QueryRunner } from 'typeorm';

export class ZonesUniqueName1795869887278 implements MigrationInterface {
  name = 'ZonesUniqueName1795869887278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE UNIQUE INDEX `uq_zones_street_name` ON `zones` (`street`, `name`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_zones_street_name` ON `zones`");
  }
}
