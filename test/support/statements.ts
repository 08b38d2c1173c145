import { Logger as TypeOrmLogger } from 'typeorm';
import type { TestApp } from './harness';

/**
 * The SQL statements `work` issues through the app's DataSource (the jobs relay's background polls
 * of its outbox left out). Background jobs are drained first so that only `work` is counted.
 */
export async function statementsOf(t: TestApp, work: () => Promise<void>): Promise<string[]> {
  await t.drainJobs();
  const db = t.db as unknown as { logger: TypeOrmLogger };
  const original = db.logger;
  const statements: string[] = [];
  db.logger = {
    logQuery: (q) => {
      if (!/outbox/i.test(q)) statements.push(q);
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  try {
    await work();
    return statements;
  } finally {
    db.logger = original;
  }
}
