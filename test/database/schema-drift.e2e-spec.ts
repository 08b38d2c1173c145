import { pendingSchemaChanges } from '@app/database/data-source';
import { DB_MODE, startApp, TestApp } from '../support/harness';

/**
 * The migrations (one list for MySQL, one for SQLite) must build exactly the schema the entities
 * describe: a missing migration fails here with the SQL that would be needed.
 */
describe(`migrations agree with the entities (${DB_MODE})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('leaves nothing for TypeORM to generate', async () => {
    expect(await pendingSchemaChanges(t.db)).toEqual([]);
  });

  it('applied every migration file of this dialect', async () => {
    const applied: { name: string }[] = await t.db.query('SELECT name FROM migrations');
    expect(applied.length).toBe(t.db.migrations.length);
    expect(applied.length).toBeGreaterThan(0);
  });
});
