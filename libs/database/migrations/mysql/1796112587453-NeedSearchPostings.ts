import { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillNeedPostings, isPublicBucket } from '@app/search/posting-backfill';

export class NeedSearchPostings1796112587453 implements MigrationInterface {
  name = 'NeedSearchPostings1796112587453';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ft_needs_search` ON `needs`");
    await queryRunner.query("CREATE TABLE `need_search_postings` (`token` varchar(84) NOT NULL, `zone_id` int NOT NULL, `is_public` tinyint NOT NULL, `in_title` tinyint NOT NULL, `need_id` int NOT NULL, UNIQUE INDEX `uq_need_search_postings_need` (`need_id`, `token`), PRIMARY KEY (`token`, `zone_id`, `is_public`, `in_title`, `need_id`)) ENGINE=InnoDB");
    // hand-written: the needs written before (needs search no longer reads the FULLTEXT index, dropped above)
    await backfillNeedPostings(queryRunner, '`', 'is_public', isPublicBucket);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_need_search_postings_need` ON `need_search_postings`");
    await queryRunner.query("DROP TABLE `need_search_postings`");
    await queryRunner.query("CREATE FULLTEXT INDEX `ft_needs_search` ON `needs` (`search_tokens`)");
  }
}
