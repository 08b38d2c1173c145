import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/bootstrap';
import { ON_MYSQL, TEST_DATABASE, testEnv } from '../support/harness';

const BASE = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** Several api processes starting together on an empty MySQL database apply each migration once. */
(ON_MYSQL ? describe : describe.skip)('migrations at start-up (MySQL)', () => {
  const scratch = `${TEST_DATABASE}_boot`;
  beforeAll(async () => {
    const c = await createConnection(BASE);
    await c.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await c.query(`CREATE DATABASE ${scratch} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await c.end();
  });
  afterAll(async () => {
    const c = await createConnection(BASE);
    await c.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await c.end();
  });

  it('three processes booting at once all start, and every migration is applied exactly once', async () => {
    // jobs in-process: this test is about the database alone
    const env = testEnv({ DATABASE_URL: `${BASE}/${scratch}`, REDIS_URL: undefined, JOBS_IN_API: undefined });
    const apps = await Promise.all([1, 2, 3].map(() => createApi(env, { quiet: true, serveWeb: false })));
    try {
      const ds = apps[0].get(DataSource);
      const applied: { name: string }[] = await ds.query('SELECT name FROM migrations');
      expect(applied.length).toBe(ds.migrations.length);
      expect(new Set(applied.map((r) => r.name)).size).toBe(applied.length);
      for (const app of apps) expect((await app.get(DataSource).query('SELECT COUNT(*) AS n FROM zones'))[0].n).toBeDefined();
    } finally {
      await Promise.all(apps.map((a) => a.close()));
    }
  });
});
