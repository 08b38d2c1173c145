#!/usr/bin/env node
// The browser tests, run by `npm test` after the jest suites: builds the web app when it is
// missing, starts one api of its own on a free port (a fresh SQLite file with the demo seed; or
// uses BASE_URL), then runs every test/browser/*.flow.mjs against it, one file at a time, in
// Debian's headless Chromium (never a downloaded browser).
// Without /usr/bin/chromium they are skipped with a message, unless REQUIRE_BROWSER=1 (CI).
//   node test/browser/run.mjs                  every file
//   node test/browser/run.mjs loop matching    the files whose names contain one of these words
import { existsSync, readdirSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM, ROOT, startServers } from './support.mjs';

if (!existsSync(CHROMIUM)) {
  const msg = `browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`${msg}; REQUIRE_BROWSER=1 refuses to skip them`);
    process.exit(1);
  }
  console.log(`${msg}; skipped`);
  process.exit(0);
}

if (!existsSync(join(ROOT, 'apps/web/dist/index.html')) || process.env.REBUILD_WEB === '1') {
  const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const words = process.argv.slice(2);
const dir = join(ROOT, 'test/browser');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.flow.mjs'))
  .filter((f) => !words.length || words.some((w) => f.includes(w)))
  .sort((a, b) => (a === 'loop.flow.mjs' ? -1 : b === 'loop.flow.mjs' ? 1 : a.localeCompare(b)))
  .map((f) => join('test/browser', f));
if (!files.length) {
  console.error(`browser tests: no test/browser/*.flow.mjs matches ${words.join(' ')}`);
  process.exit(1);
}

const servers = await startServers();
console.log(`# browser tests on ${servers.base}: ${files.join(', ')}`);
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    stdio: 'inherit',
    cwd: ROOT,
    env: { ...process.env, BASE_URL: servers.api, WEB_BASE_URL: servers.base },
  });
  child.on('exit', (c) => resolve(c ?? 1));
});
servers.stop();
process.exit(code);
