import 'reflect-metadata';
import { loadEnvOrExit } from '@config/env';

/** npm run seed:demo — loads the 建工片区 demo zone into the configured database (once). Never in production. */
async function main() {
  const env = loadEnvOrExit();
  if (env.NODE_ENV === 'production') {
    console.error('seed:demo refuses to run with NODE_ENV=production: the demo accounts have published passwords.');
    process.exit(1);
  }
  const { openDatabase } = await import('@app/database/data-source');
  const { DemoSeeder } = await import('./demo-seeder');
  const db = await openDatabase(env);
  const seeded = await new DemoSeeder(db).seedIfEmpty();
  console.log(seeded ? 'demo zone 建工片区 loaded' : 'a zone exists already; nothing loaded');
  await db.destroy();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
