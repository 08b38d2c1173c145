import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { DateUtils } from 'typeorm/util/DateUtils';

/**
 * The hot reads (needs list, projects list and its nested loaders, a project's page; issue 17)
 * without TypeORM's query builder, query runner and entity transformer, which cost about a tenth of
 * a small read's CPU. A statement is written by hand once, with `?` placeholders (one per value:
 * an IN list is `IN (${marks(n)})`), and runs the same on MySQL/MariaDB and SQLite. Rows come back
 * as plain objects shaped like the entity, each value converted exactly as TypeORM would
 * (`driver.prepareHydratedValue`) where the column type needs it (dates on SQLite, booleans…).
 */

/** `?, ?, ?` for an IN list of n values (n ≥ 1). */
export function marks(n: number): string {
  return n === 1 ? '?' : '?' + ', ?'.repeat(n - 1);
}

type Pool = { query(sql: string, values: readonly unknown[], cb: (err: Error | null, rows: unknown) => void): void };

/**
 * The statement's rows as the driver gives them (column names as selected). On a DataSource (or
 * a manager outside a transaction) through the pool; a transaction's manager runs it in the
 * transaction.
 */
export function selectRows<T = Record<string, unknown>>(on: DataSource | EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const db = on instanceof DataSource ? on : on.connection;
  const pool = !(on instanceof DataSource) && on.queryRunner ? null : mysqlPool(db);
  if (pool) {
    // the DataSource's logger hears the statement as it hears TypeORM's own (logging option, tests counting statements)
    db.logger.logQuery(sql, params as unknown[]);
    return new Promise((resolve, reject) =>
      pool.query(sql, params, (err, rows) => {
        if (!err) return resolve(rows as T[]);
        db.logger.logQueryError(err, sql, params as unknown[]);
        reject(new QueryFailedError(sql, params as unknown[], err));
      }),
    );
  }
  // SQLite binds neither dates nor booleans: as TypeORM's own escaping writes them
  const sqlite = db.options.type !== 'mysql' && db.options.type !== 'mariadb';
  return on.query(sql, sqlite ? params.map(sqliteValue) : (params as unknown[])) as Promise<T[]>;
}

function sqliteValue(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return DateUtils.mixedDateToUtcDatetimeString(v);
  return v;
}

const pools = new WeakMap<DataSource, Pool | null>();

/** The mysql2 pool TypeORM holds (MySQL/MariaDB without replication), else null. */
function mysqlPool(db: DataSource): Pool | null {
  const known = pools.get(db);
  if (known !== undefined) return known;
  const driver = db.driver as unknown as { options: { type: string }; pool?: Pool };
  if (driver.options.type !== 'mysql' && driver.options.type !== 'mariadb') {
    pools.set(db, null);
    return null;
  }
  if (driver.pool) pools.set(db, driver.pool); // once connected
  return driver.pool ?? null;
}

/** Column types whose values the drivers hand over as TypeORM would hydrate them. */
const AS_IS = new Set<unknown>([Number, 'int', 'integer', 'varchar', 'text', 'double', 'float', 'tinyint', 'smallint']);

/** An entity's selectable columns and a hydrator from a row whose keys are the column names. */
export interface EntityShape<T> {
  table: string;
  /** `a.col1, a.col2, …` (every column TypeORM selects by default: none with select: false) */
  columns(alias: string): string;
  hydrate(row: Record<string, unknown>): T;
}

const shapes = new WeakMap<DataSource, Map<unknown, EntityShape<unknown>>>();

export function entityShape<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>): EntityShape<T> {
  let byEntity = shapes.get(db);
  if (!byEntity) shapes.set(db, (byEntity = new Map()));
  let shape = byEntity.get(entity) as EntityShape<T> | undefined;
  if (!shape) {
    shape = compile<T>(db, entity);
    byEntity.set(entity, shape as EntityShape<unknown>);
  }
  return shape;
}

function compile<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>): EntityShape<T> {
  const meta = db.getMetadata(entity);
  const cols = meta.columns.filter((c) => c.isSelect && !c.isVirtual && !c.relationMetadata);
  const byAlias = new Map<string, string>();
  const convert: ColumnMetadata[] = [];
  const body = cols
    .map((c) => {
      const raw = `r[${JSON.stringify(c.databaseName)}]`;
      if (AS_IS.has(c.type) && !c.transformer) return `${JSON.stringify(c.propertyName)}: ${raw}`;
      convert.push(c);
      return `${JSON.stringify(c.propertyName)}: h(${raw}, c[${convert.length - 1}])`;
    })
    .join(',\n');
  // one object literal per row: every row of an entity gets the same hidden class
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const build = new Function('h', 'c', `return (r) => ({\n${body}\n});`) as (
    h: (v: unknown, c: ColumnMetadata) => unknown,
    c: ColumnMetadata[],
  ) => (r: Record<string, unknown>) => T;
  const driver = db.driver;
  const hydrate = build((v, c) => driver.prepareHydratedValue(v, c), convert);
  return {
    table: meta.tableName,
    columns(alias: string) {
      let s = byAlias.get(alias);
      if (!s) byAlias.set(alias, (s = cols.map((c) => `${alias}.${c.databaseName}`).join(', ')));
      return s;
    },
    hydrate,
  };
}

/** Entities read with a hand-written statement: `sql(columns)` gets the select list for alias `a`. */
export async function selectEntities<T extends ObjectLiteral>(
  on: DataSource | EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  sql: (columns: string, table: string) => string,
  params: readonly unknown[],
): Promise<T[]> {
  const shape = entityShape(on instanceof DataSource ? on : on.connection, entity);
  const rows = await selectRows(on, sql(shape.columns(alias), shape.table), params);
  const out = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = shape.hydrate(rows[i]);
  return out;
}

/** `SELECT … FROM table a WHERE a.<column> IN (keys) [ORDER BY …]`: the batched loaders' statement. */
export function selectEntitiesIn<T extends ObjectLiteral>(
  on: DataSource | EntityManager,
  entity: EntityTarget<T>,
  column: string,
  keys: readonly unknown[],
  orderBy = '',
): Promise<T[]> {
  return selectEntities(on, entity, 'a', (cols, table) => `SELECT ${cols} FROM ${table} a WHERE a.${column} IN (${marks(keys.length)})${orderBy ? ` ORDER BY ${orderBy}` : ''}`, keys);
}
