import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * need_search_postings: the primary key without in_title, so "does this need hold that word" is one
 * lookup, and the rank order (in_title, need_id) in an index of its own (hand-written as one ALTER;
 * the generator repeated the key change).
 */
export class NeedSearchPostingsRank1796114313585 implements MigrationInterface {
  name = 'NeedSearchPostingsRank1796114313585';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `need_search_postings` DROP PRIMARY KEY, ADD PRIMARY KEY (`token`, `zone_id`, `status`, `need_id`), ADD INDEX `idx_need_search_postings_rank` (`token`, `zone_id`, `status`, `in_title`, `need_id`)",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `need_search_postings` DROP INDEX `idx_need_search_postings_rank`, DROP PRIMARY KEY, ADD PRIMARY KEY (`token`, `zone_id`, `status`, `in_title`, `need_id`)",
    );
  }
}
