import 'reflect-metadata';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { validateEnv } from '@config/env';
import { createApi } from './bootstrap';

/** npm run schema:emit — writes the served schema to schema.gql (for the contract check and codegen). */
async function main() {
  const file = join(tmpdir(), `gr-schema-${process.pid}.sqlite`);
  const env = validateEnv({ SQLITE_PATH: file, NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  const app = await createApi(env, { schemaFile: join(process.cwd(), 'schema.gql'), quiet: true });
  await app.close();
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  console.log('wrote schema.gql');
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
