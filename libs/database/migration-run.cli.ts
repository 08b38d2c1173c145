import 'reflect-metadata';
import { validateEnv } from '@config/env';
import { dialectOf, openDatabase } from './data-source';

/** npm run migration:run — applies pending migrations to the configured database. */
async function main() {
  const env = validateEnv(process.env);
  const ds = await openDatabase(env);
  const applied = await ds.query(`SELECT name FROM migrations ORDER BY id`);
  console.log(`${dialectOf(env)}: ${applied.length} migrations applied`);
  await ds.destroy();
}
main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
