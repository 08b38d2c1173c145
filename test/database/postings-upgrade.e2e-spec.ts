import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NeedEntity, needRow } from '@app/needs/needs.entities';
import { DB_MODE, ON_MYSQL, startApp, TEST_DATABASE, TestApp } from '../support/harness';

const MYSQL_BASE = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const FIRST_POSTINGS_MIGRATION = 'NeedSearchPostings1796112587453';

/**
 * Upgrading a database that already holds needs: the migrations that make need_search_postings fill
 * it from the needs (by public-or-not, then again by status). The migrations from the postings on are
 * undone and applied again on a database of its own: the same postings as the app wrote.
 */
describe(`search postings are filled for needs written before them (${DB_MODE})`, () => {
  let t: TestApp;
  const database = `${TEST_DATABASE}_upgrade`;

  beforeAll(async () => {
    if (ON_MYSQL) {
      const { createConnection } = await import('mysql2/promise');
      const conn = await createConnection(MYSQL_BASE);
      await conn.query(`DROP DATABASE IF EXISTS ${database}`);
      await conn.query(`CREATE DATABASE ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await conn.end();
      t = await startApp({ DATABASE_URL: `${MYSQL_BASE}/${database}` });
    } else {
      t = await startApp({ SQLITE_PATH: join(tmpdir(), `gr-upgrade-${process.pid}.sqlite`) });
    }
  });
  afterAll(async () => {
    await t?.close();
    if (ON_MYSQL) {
      const { createConnection } = await import('mysql2/promise');
      const conn = await createConnection(MYSQL_BASE);
      await conn.query(`DROP DATABASE IF EXISTS ${database}`);
      await conn.end();
    }
  });

  it('undone and applied again from the first postings migration, the postings are the same rows', async () => {
    const repo = t.db.getRepository(NeedEntity);
    const rows = [
      { title: '加装电梯的建议', content: '老楼没有电梯，老人上下楼很难', status: 'ACCEPTED' as const },
      { title: '楼道灯坏了', content: '晚上看不清台阶', status: 'SUBMITTED' as const },
      { title: '助餐点太远', content: '希望在小区附近开一个老人助餐点', status: 'REJECTED' as const },
    ];
    for (const r of rows) await repo.save(needRow({ zoneId: 1, kind: 'GOLDEN_IDEA', channel: 'APP', submitterId: 1, ...r }));
    const postings = () => t.db.query('SELECT token, zone_id, status, in_title, need_id FROM need_search_postings ORDER BY need_id, token');
    const before = await postings();
    expect(before.length).toBeGreaterThan(10);

    const applied = async () => ((await t.db.query('SELECT name FROM migrations')) as { name: string }[]).map((m) => m.name);
    while ((await applied()).includes(FIRST_POSTINGS_MIGRATION)) await t.db.undoLastMigration({ transaction: 'each' });
    await t.db.runMigrations({ transaction: 'each' });

    expect(await applied()).toContain(FIRST_POSTINGS_MIGRATION);
    expect(await postings()).toEqual(before);
  });
});
