import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AFTER_MIGRATIONS, ENTITIES, SUBSCRIBERS } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseSettings {
  DATABASE_URL?: string;
  SQLITE_PATH?: string;
  /** connections in the MySQL pool (config/env.ts DATABASE_POOL_SIZE; default 20) */
  DATABASE_POOL_SIZE?: number;
  /** mysql or mariadb: TypeORM reads their catalogues differently; found by detectFlavor. */
  flavor?: 'mysql' | 'mariadb';
}

/** Asks the server whether it is MariaDB, so schema comparison reads its catalogue right. */
export async function detectFlavor<T extends DatabaseSettings>(settings: T): Promise<T> {
  if (!settings.DATABASE_URL || settings.flavor) return settings;
  const { createConnection } = await import('mysql2/promise');
  const conn = await createConnection(settings.DATABASE_URL);
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    const version = String((rows as { v: string }[])[0].v);
    return { ...settings, flavor: /mariadb/i.test(version) ? 'mariadb' : 'mysql' };
  } finally {
    await conn.end();
  }
}

export type Dialect = 'mysql' | 'sqlite';

export function dialectOf(settings: DatabaseSettings): Dialect {
  return settings.DATABASE_URL ? 'mysql' : 'sqlite';
}

/** Where the migrations of one dialect live; the same list of changes exists for both. */
export function migrationsGlob(dialect: Dialect): string {
  return join(__dirname, 'migrations', dialect, '*.{ts,js}').replace(/\\/g, '/');
}

/**
 * One description of the database for the api, the worker, the CLIs and the tests.
 * MySQL/MariaDB when DATABASE_URL is set, otherwise the embedded SQLite file.
 */
export function dataSourceOptions(settings: DatabaseSettings, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    subscribers: SUBSCRIBERS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsTableName: 'migrations',
    logging: false as const,
  };
  if (settings.DATABASE_URL) {
    return {
      ...common,
      type: settings.flavor ?? 'mysql',
      url: settings.DATABASE_URL,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      extra: { connectionLimit: settings.DATABASE_POOL_SIZE ?? 20, decimalNumbers: true },
      migrations: [migrationsGlob('mysql')],
      ...extra,
    } as DataSourceOptions;
  }
  const file = settings.SQLITE_PATH ?? 'data/golden-ribbon.sqlite';
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: file,
    enableWAL: true,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
    migrations: [migrationsGlob('sqlite')],
    ...extra,
  } as DataSourceOptions;
}

/** Opens a data source and applies pending migrations. */
export async function openDatabase(settings: DatabaseSettings, extra: Partial<DataSourceOptions> = {}): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(await detectFlavor(settings), extra));
  await ds.initialize();
  await runMigrationsLocked(ds);
  return ds;
}

const MIGRATION_LOCK = 'golden_ribbon_migrations';

/**
 * Applies pending migrations, each in its own transaction. On MySQL/MariaDB a named lock
 * (GET_LOCK) makes processes that start together take turns: the first applies, the others then
 * find nothing pending. SQLite is one file opened by one process.
 */
export async function runMigrationsLocked(ds: DataSource): Promise<void> {
  if (ds.options.type !== 'mysql' && ds.options.type !== 'mariadb') {
    await ds.runMigrations({ transaction: 'each' });
    for (const after of AFTER_MIGRATIONS) await after(ds);
    return;
  }
  const lock = ds.createQueryRunner();
  try {
    const [row] = await lock.query('SELECT GET_LOCK(?, 120) AS got', [MIGRATION_LOCK]);
    if (Number(row?.got) !== 1) throw new Error('could not take the migration lock within 120 s');
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}

/** The SQL that would bring the database in line with the entities; empty when they agree. */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const sql = await ds.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
