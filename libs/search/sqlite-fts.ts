import { DataSource } from 'typeorm';
import { ftsTable, SearchTable } from './fulltext';

const TABLES: SearchTable[] = ['projects'];

/** The triggers that keep `<table>_fts` in step with `<table>.search_tokens` on SQLite. */
export function sqliteFtsTriggers(table: SearchTable): string[] {
  const fts = ftsTable(table);
  return [
    `CREATE TRIGGER IF NOT EXISTS ${fts}_ai AFTER INSERT ON ${table} BEGIN INSERT INTO ${fts}(rowid, search_tokens) VALUES (new.id, COALESCE(new.search_tokens, '')); END`,
    `CREATE TRIGGER IF NOT EXISTS ${fts}_ad AFTER DELETE ON ${table} BEGIN DELETE FROM ${fts} WHERE rowid = old.id; END`,
    `CREATE TRIGGER IF NOT EXISTS ${fts}_au AFTER UPDATE OF search_tokens ON ${table} BEGIN DELETE FROM ${fts} WHERE rowid = old.id; INSERT INTO ${fts}(rowid, search_tokens) VALUES (new.id, COALESCE(new.search_tokens, '')); END`,
  ];
}

/**
 * SQLite only, after the migrations: TypeORM changes a SQLite table by rebuilding it, which drops
 * its triggers without a word, so a later migration of `projects` would leave search
 * silently stale. When a trigger is missing, this puts the triggers back and refills the FTS5 table
 * from search_tokens. Does nothing on MySQL (FULLTEXT indexes belong to the table).
 */
export async function ensureSqliteSearchIndex(ds: DataSource): Promise<void> {
  if (ds.options.type !== 'better-sqlite3' && ds.options.type !== 'sqlite') return;
  for (const table of TABLES) {
    const fts = ftsTable(table);
    const present: { name: string }[] = await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`, [fts]);
    if (!present.length) continue; // migrations not yet applied (the migration creates the FTS table)
    const triggers: { n: number }[] = await ds.query(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE ?`, [table, `${fts}_a%`]);
    if (Number(triggers[0]?.n) === 3) continue;
    await ds.transaction(async (m) => {
      for (const sql of sqliteFtsTriggers(table)) await m.query(sql);
      await m.query(`DELETE FROM ${fts}`);
      await m.query(`INSERT INTO ${fts}(rowid, search_tokens) SELECT id, COALESCE(search_tokens, '') FROM ${table}`);
    });
  }
}
