import { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTokens } from '@app/search/search-text';

/** Fills search_tokens of the rows written before search existed (hand-written). */
async function backfill(q: QueryRunner, table: 'needs' | 'projects', body: 'content' | 'description', quote: string): Promise<void> {
  let last = 0;
  for (;;) {
    const rows: { id: number; title: string; body: string }[] = await q.query(
      `SELECT id, title, ${quote}${body}${quote} AS body FROM ${quote}${table}${quote} WHERE id > ? ORDER BY id LIMIT 500`,
      [last],
    );
    if (!rows.length) return;
    for (const r of rows) await q.query(`UPDATE ${quote}${table}${quote} SET search_tokens = ? WHERE id = ?`, [searchTokens(r.title, r.body), r.id]);
    last = Number(rows[rows.length - 1].id);
  }
}





export class SearchTokens1796098491063 implements MigrationInterface {
  name = 'SearchTokens1796098491063';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `needs` ADD `search_tokens` text NULL");
    await queryRunner.query("ALTER TABLE `projects` ADD `search_tokens` text NULL");
    // hand-written: existing rows, then the FULLTEXT indexes (not generated: see libs/search)
    await backfill(queryRunner, 'needs', 'content', '`');
    await backfill(queryRunner, 'projects', 'description', '`');
    await queryRunner.query("CREATE FULLTEXT INDEX `ft_needs_search` ON `needs` (`search_tokens`)");
    await queryRunner.query("CREATE FULLTEXT INDEX `ft_projects_search` ON `projects` (`search_tokens`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `ft_projects_search` ON `projects`");
    await queryRunner.query("DROP INDEX `ft_needs_search` ON `needs`");
    await queryRunner.query("ALTER TABLE `projects` DROP COLUMN `search_tokens`");
    await queryRunner.query("ALTER TABLE `needs` DROP COLUMN `search_tokens`");
  }
}
