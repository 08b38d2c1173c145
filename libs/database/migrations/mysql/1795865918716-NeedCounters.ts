import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedCounters1795865918716 implements MigrationInterface {
  name = 'NeedCounters1795865918716';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `need_counters` (`zone_id` int NOT NULL, `status` varchar(32) NOT NULL, `kind` varchar(32) NOT NULL, `category` varchar(32) NOT NULL, `slot` int NOT NULL, `count` int NOT NULL DEFAULT '0', PRIMARY KEY (`zone_id`, `status`, `kind`, `category`, `slot`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `need_counters`");
  }
}
