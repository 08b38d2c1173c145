import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DataSource } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { loadEnvOrExit } from '@config/env';
import { Dialect, dataSourceOptions, detectFlavor } from './data-source';

/**
 * npm run migration:generate -- <Name>
 * For MySQL and for SQLite: builds a scratch database from the existing migrations, compares it
 * with the entities and writes the difference as a new migration of that dialect. Prints nothing
 * to write when they already agree.
 */
async function diff(dialect: Dialect): Promise<{ up: string[]; down: string[] }> {
  let settings: { DATABASE_URL?: string; SQLITE_PATH?: string };
  let cleanup: () => Promise<void>;
  if (dialect === 'mysql') {
    const base = loadEnvOrExit().MIGRATION_MYSQL_URL;
    const db = `gr_migration_${randomBytes(4).toString('hex')}`;
    const admin = await createConnection(base);
    await admin.query(`CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    settings = { DATABASE_URL: `${base}/${db}` };
    cleanup = async () => {
      await admin.query(`DROP DATABASE ${db}`);
      await admin.end();
    };
  } else {
    const file = join(tmpdir(), `gr-migration-${randomBytes(4).toString('hex')}.sqlite`);
    settings = { SQLITE_PATH: file };
    cleanup = async () => rmSync(file, { force: true });
  }
  const ds = new DataSource(dataSourceOptions(await detectFlavor(settings)));
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((q) => q.query),
      down: sql.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await ds.destroy();
    await cleanup();
  }
}

function render(className: string, up: string[], down: string[]): string {
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('usage: npm run migration:generate -- NameInPascalCase');
    process.exit(2);
  }
  const stamp = Date.now();
  for (const dialect of ['mysql', 'sqlite'] as Dialect[]) {
    const { up, down } = await diff(dialect);
    if (!up.length) {
      console.log(`${dialect}: entities and migrations agree; nothing to write`);
      continue;
    }
    const className = `${name}${stamp}`;
    const file = join(__dirname, 'migrations', dialect, `${stamp}-${name}.ts`);
    writeFileSync(file, render(className, up, down));
    console.log(`${dialect}: wrote ${file} (${up.length} statements)`);
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
