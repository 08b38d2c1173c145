#!/usr/bin/env node
// npm start — the embedded default on a fresh machine: builds what is missing (api and web),
// then starts the api. With no DATABASE_URL/REDIS_URL it uses a SQLite file under data/, runs
// jobs in-process, seeds the demo zone on first start and prints the URLs and demo logins.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { join } from 'node:path';

const run = (args) => {
  const r = spawnSync('npm', ['run', ...args], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const apiBuilt = existsSync('dist/apps/api/main.js');
const sourcesChanged = apiBuilt && Math.max(newestMtime('apps/api'), newestMtime('libs'), newestMtime('config')) > statSync('dist/apps/api/main.js').mtimeMs;
if (!apiBuilt || sourcesChanged) run(['build:api']);
if (!existsSync('apps/web/dist/index.html')) run(['build:web']);

const env = { ...process.env };
if (!env.DATABASE_URL && env.NODE_ENV !== 'production' && !env.AUTH_DEV_LOGIN_CODE) env.AUTH_DEV_LOGIN_CODE = '123456';
const child = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
