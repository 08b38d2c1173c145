import 'reflect-metadata';
import { validateEnv } from '@config/env';
import { openDatabase } from '@app/database/data-source';
import { DemoSeeder } from './demo-seeder';

/** npm run seed:demo — loads the 建工片区 demo zone into the configured database (once). */
async function main() {
  const env = validateEnv(process.env);
  const db = await openDatabase(env);
  const seeded = await new DemoSeeder(db).seedIfEmpty();
  console.log(seeded ? 'demo zone 建工片区 loaded' : 'a zone exists already; nothing loaded');
  await db.destroy();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
