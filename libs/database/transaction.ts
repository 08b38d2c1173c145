import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Work that belongs to the same transaction as whatever a request changes, run just before the
 * commit of each transaction the request opens (the audit log uses it: an entry is written with the
 * change or not at all). Set for the duration of a request by whoever needs it.
 */
export interface TransactionHook {
  beforeCommit(m: EntityManager, result: unknown): Promise<void>;
  /** the transaction committed */
  committed?(): void;
}
const transactionHooks = new AsyncLocalStorage<TransactionHook>();
let hooksHeld = 0;

/**
 * Runs `fn` with `hook` as the hook of every transaction the work it starts opens (through
 * inTransaction). Call the returned `release` once that work is over. The AsyncLocalStorage is
 * enabled only while some work holds a hook: on Node 20 an enabled AsyncLocalStorage makes every
 * promise of the process pay async hooks (about a tenth of a read's CPU, bench:ratio), so reads —
 * which never hold one — run without them once no audited mutation is in flight.
 */
export function withTransactionHook<T>(hook: TransactionHook, fn: () => T): [T, () => void] {
  hooksHeld++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (--hooksHeld === 0) transactionHooks.disable();
  };
  try {
    return [transactionHooks.run(hook, fn), release];
  } catch (e) {
    release();
    throw e;
  }
}

function withHook<T>(work: (m: EntityManager) => Promise<T>): (m: EntityManager) => Promise<T> {
  const hook = transactionHooks.getStore();
  if (!hook) return work;
  return async (m) => {
    const result = await work(m);
    await hook.beforeCommit(m, result);
    return result;
  };
}

/**
 * One way to run a unit of work in a transaction, safe under concurrency on both databases:
 *
 * - MySQL/MariaDB: a transaction chosen as a deadlock victim (1213) or timed out waiting for a lock
 *   (1205) is rolled back by the server; the work is retried a few times after a short random
 *   pause, so a burst of concurrent claims or supports never surfaces as a 5xx. `work` may therefore
 *   run more than once: keep its side effects inside the transaction (the job outbox is).
 * - SQLite (embedded default): TypeORM's better-sqlite3 driver shares one connection, so two
 *   transactions overlapping in time would nest as savepoints and commit each other's work. They
 *   take turns through one queue per DataSource instead (SQLite serialises writers anyway).
 */
const MAX_ATTEMPTS = 6;
const chains = new WeakMap<DataSource, Promise<unknown>>();

export function isSqlite(db: DataSource | EntityManager): boolean {
  const type = (db instanceof DataSource ? db : db.connection).options.type;
  return type === 'better-sqlite3' || type === 'sqlite';
}

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

export async function inTransaction<T>(db: DataSource, unhooked: (m: EntityManager) => Promise<T>): Promise<T> {
  const work = withHook(unhooked);
  const committed = <R>(r: R): R => {
    transactionHooks.getStore()?.committed?.();
    return r;
  };
  if (isSqlite(db)) return serialized(db, () => db.transaction(work)).then(committed);
  for (let attempt = 1; ; attempt++) {
    try {
      return committed(await db.transaction(work));
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isRetryableLockError(e)) throw e;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}

/**
 * Reads one row by id for a change inside the caller's transaction: locked on MySQL/MariaDB (a
 * locking read sees the latest committed row, not the transaction's snapshot, and queues concurrent
 * writers), plain on SQLite (whose writers take turns anyway). `read` takes a shared lock instead.
 * null when there is no such row.
 */
export async function lockRow<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  options: { mode?: 'write' | 'read'; select?: (keyof T & string)[] } = {},
): Promise<T | null> {
  const qb = m.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id });
  if (options.select) qb.select(options.select.map((c) => `row.${c}`));
  if (isMysql(m) && m.queryRunner?.isTransactionActive) qb.setLock(options.mode === 'read' ? 'pessimistic_read' : 'pessimistic_write');
  return qb.getOne();
}
