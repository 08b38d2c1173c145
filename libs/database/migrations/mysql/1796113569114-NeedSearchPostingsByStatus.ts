import { MigrationInterface, QueryRunner } from 'typeorm';
import { postingWords } from '@app/search/search-text';

/** Statuses seen only by the author and staff when this migration was written (libs/needs/need-visibility.ts). */
const PRIVATE = ['SUBMITTED', 'REJECTED', 'WITHDRAWN'];

/** Fills need_search_postings from the needs (hand-written); `bucket` is the third key column's value. */
async function backfill(q: QueryRunner, quote: string, column: 'status' | 'is_public', bucket: (status: string) => string | number): Promise<void> {
  let last = 0;
  for (;;) {
    const rows: { id: number; zone_id: number; status: string; title: string; content: string }[] = await q.query(
      `SELECT id, zone_id, status, title, content FROM ${quote}needs${quote} WHERE id > ? ORDER BY id LIMIT 500`,
      [last],
    );
    if (!rows.length) return;
    const values = rows.flatMap((r) => postingWords(r.title, r.content).map((w) => [w.token, Number(r.zone_id), bucket(r.status), w.inTitle ? 1 : 0, Number(r.id)]));
    for (let i = 0; i < values.length; i += 500) {
      const chunk = values.slice(i, i + 500);
      await q.query(
        `INSERT INTO ${quote}need_search_postings${quote} (token, zone_id, ${column}, in_title, need_id) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
    last = Number(rows[rows.length - 1].id);
  }
}

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
    await backfill(queryRunner, '`', 'status', (s) => s);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `need_search_postings`");
    await queryRunner.query("CREATE TABLE `need_search_postings` (`token` varchar(84) NOT NULL, `zone_id` int NOT NULL, `is_public` tinyint NOT NULL, `in_title` tinyint NOT NULL, `need_id` int NOT NULL, UNIQUE INDEX `uq_need_search_postings_need` (`need_id`, `token`), PRIMARY KEY (`token`, `zone_id`, `is_public`, `in_title`, `need_id`)) ENGINE=InnoDB");
    await backfill(queryRunner, '`', 'is_public', (s) => (PRIVATE.includes(s) ? 0 : 1));
  }
}
