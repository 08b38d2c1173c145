import { DataSource, EntityManager } from 'typeorm';

/**
 * Transactions for the needs feature, safe under concurrency on both databases.
 *
 * - SQLite (embedded default): TypeORM's better-sqlite3 driver shares ONE query runner, so two
 *   `db.transaction()` calls that overlap in time nest as savepoints and commit each other's work.
 *   Here they queue behind a per-DataSource promise chain instead (SQLite serialises writers anyway).
 * - MySQL/MariaDB: a transaction chosen as a deadlock victim (errno 1213) is retried a few times.
 *
 * `fn` may run more than once on MySQL: keep its side effects inside the transaction.
 */
const chains = new WeakMap<DataSource, Promise<unknown>>();

export function isSqlite(db: DataSource): boolean {
  return db.options.type === 'better-sqlite3' || db.options.type === 'sqlite';
}

/** Runs `fn` alone on SQLite (after every earlier serialised call), directly on MySQL. */
export function serialized<T>(db: DataSource, fn: () => Promise<T>): Promise<T> {
  if (!isSqlite(db)) return fn();
  const prev = chains.get(db) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  chains.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

function isDeadlock(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const errno = err?.driverError?.errno ?? err?.errno;
  const code = err?.driverError?.code ?? err?.code;
  return errno === 1213 || code === 'ER_LOCK_DEADLOCK';
}

export async function inTransaction<T>(db: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  if (isSqlite(db)) return serialized(db, () => db.transaction(fn));
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(fn);
    } catch (e) {
      if (!isDeadlock(e) || attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}
