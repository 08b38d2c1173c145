import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillNeedPostings, isPublicBucket } from '@app/search/posting-backfill';

/**
 * The postings carry the need's status instead of public-or-not (hand-written): the portal searches
 * one status (ACCEPTED), which is then a range of the primary key instead of a join with needs.
 * The table is made again and refilled from the needs.
 */
export class NeedSearchPostingsByStatus1796113569114 implements MigrationInterface {
  name = 'NeedSearchPostingsByStatus1796113569114';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `need_search_postings`");
    await queryRunner.query("CREATE TABLE `need_search_postings` (`token` varchar(84) NOT NULL, `zone_id` int NOT NULL, `status` varchar(32) NOT NULL, `in_title` tinyint NOT NULL, `need_id` int NOT NULL, UNIQUE INDEX `uq_need_search_postings_need` (`need_id`, `token`), PRIMARY KEY (`token`, `zone_id`, `status`, `in_title`, `need_id`)) ENGINE=InnoDB");
    await backfillNeedPostings(queryRunner, '`', 'status', (s) => s);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `need_search_postings`");
    await queryRunner.query("CREATE TABLE `need_search_postings` (`token` varchar(84) NOT NULL, `zone_id` int NOT NULL, `is_public` tinyint NOT NULL, `in_title` tinyint NOT NULL, `need_id` int NOT NULL, UNIQUE INDEX `uq_need_search_postings_need` (`need_id`, `token`), PRIMARY KEY (`token`, `zone_id`, `is_public`, `in_title`, `need_id`)) ENGINE=InnoDB");
    await backfillNeedPostings(queryRunner, '`', 'is_public', isPublicBucket);
  }
}
