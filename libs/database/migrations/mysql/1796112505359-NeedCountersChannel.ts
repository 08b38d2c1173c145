import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedCountersChannel1796112505359 implements MigrationInterface {
  name = 'NeedCountersChannel1796112505359';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // the counters gain the channel (zoneStats reads needs per channel from them): counted again from the needs
    await queryRunner.query("DELETE FROM `need_counters`");
    await queryRunner.query("ALTER TABLE `need_counters` ADD `channel` varchar(32) NOT NULL");
    await queryRunner.query("ALTER TABLE `need_counters` DROP PRIMARY KEY");
    await queryRunner.query("ALTER TABLE `need_counters` ADD PRIMARY KEY (`zone_id`, `status`, `kind`, `category`, `slot`, `channel`)");
    await queryRunner.query("INSERT INTO need_counters (zone_id, status, kind, category, channel, slot, count) SELECT zone_id, status, kind, COALESCE(category, ''), channel, 0, COUNT(*) FROM needs GROUP BY zone_id, status, kind, COALESCE(category, ''), channel");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM `need_counters`");
    await queryRunner.query("ALTER TABLE `need_counters` DROP PRIMARY KEY");
    await queryRunner.query("ALTER TABLE `need_counters` ADD PRIMARY KEY (`zone_id`, `status`, `kind`, `category`, `slot`)");
    await queryRunner.query("ALTER TABLE `need_counters` DROP COLUMN `channel`");
    await queryRunner.query("INSERT INTO need_counters (zone_id, status, kind, category, slot, count) SELECT zone_id, status, kind, COALESCE(category, ''), 0, COUNT(*) FROM needs GROUP BY zone_id, status, kind, COALESCE(category, '')");
  }
}
