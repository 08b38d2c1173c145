import { MigrationInterface, QueryRunner } from 'typeorm';
import { postingWords } from '@app/search/search-text';

/** Statuses seen only by the author and staff when this migration was written (libs/needs/need-visibility.ts). */
const PRIVATE = ['SUBMITTED', 'REJECTED', 'WITHDRAWN'];

/** Fills need_search_postings from the needs written before it existed (hand-written). */
async function backfill(q: QueryRunner, quote: string): Promise<void> {
  let last = 0;
  for (;;) {
    const rows: { id: number; zone_id: number; status: string; title: string; content: string }[] = await q.query(
      `SELECT id, zone_id, status, title, content FROM ${quote}needs${quote} WHERE id > ? ORDER BY id LIMIT 500`,
      [last],
    );
    if (!rows.length) return;
    const values = rows.flatMap((r) => postingWords(r.title, r.content).map((w) => [w.token, Number(r.zone_id), PRIVATE.includes(r.status) ? 0 : 1, w.inTitle ? 1 : 0, Number(r.id)]));
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      await q.query(
        `INSERT INTO ${quote}need_search_postings${quote} (token, zone_id, is_public, in_title, need_id) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
    last = Number(rows[rows.length - 1].id);
  }
}

export class NeedSearchPostings1796112587453 implements MigrationInterface {
  name = 'NeedSearchPostings1796112587453';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ft_needs_search` ON `needs`");
    await queryRunner.query("CREATE TABLE `need_search_postings` (`token` varchar(84) NOT NULL, `zone_id` int NOT NULL, `is_public` tinyint NOT NULL, `in_title` tinyint NOT NULL, `need_id` int NOT NULL, UNIQUE INDEX `uq_need_search_postings_need` (`need_id`, `token`), PRIMARY KEY (`token`, `zone_id`, `is_public`, `in_title`, `need_id`)) ENGINE=InnoDB");
    // hand-written: the needs written before (needs search no longer reads the FULLTEXT index, dropped above)
    await backfill(queryRunner, '`');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_need_search_postings_need` ON `need_search_postings`");
    await queryRunner.query("DROP TABLE `need_search_postings`");
    await queryRunner.query("CREATE FULLTEXT INDEX `ft_needs_search` ON `needs` (`search_tokens`)");
  }
}
