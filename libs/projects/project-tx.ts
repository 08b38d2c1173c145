import { DataSource, EntityManager } from 'typeorm';
import { serialized } from '@app/needs/needs-tx';

/**
 * Runs a unit of work in one transaction, the way project changes need it on both databases:
 * - MySQL/MariaDB: a deadlock (1213) or lock-wait timeout (1205) rolls the transaction back; the
 *   work is retried a few times with a short random pause, so a burst of concurrent claims never
 *   surfaces as a 5xx.
 * - SQLite: TypeORM shares one connection and nests a second concurrent transaction as a savepoint
 *   of the first; project transactions therefore take turns through the per-DataSource queue the
 *   needs feature keeps (one queue, so needs and projects transactions never nest into each other).
 */
const MAX_ATTEMPTS = 6;

export function isMysql(db: DataSource | EntityManager): boolean {
  const type = (db instanceof DataSource ? db : db.connection).options.type;
  return type === 'mysql' || type === 'mariadb';
}

export function isRetryableLockError(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = err?.driverError?.code ?? err?.code;
  const errno = err?.driverError?.errno ?? err?.errno;
  return code === 'ER_LOCK_DEADLOCK' || errno === 1213 || code === 'ER_LOCK_WAIT_TIMEOUT' || errno === 1205;
}

export async function inTransaction<T>(db: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  if (!isMysql(db)) return serialized(db, () => db.transaction(work));
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isRetryableLockError(e)) throw e;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}
