#!/usr/bin/env node
// The browser tests, run by `npm test` after the jest suites: builds the web app when it is
// missing, then drives it in Debian's headless Chromium (never a downloaded browser).
// Without /usr/bin/chromium they are skipped with a message, unless REQUIRE_BROWSER=1 (CI).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const msg = `browser tests: ${chromium} is not installed (apt-get install -y chromium)`;
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`${msg}; REQUIRE_BROWSER=1 refuses to skip them`);
    process.exit(1);
  }
  console.log(`${msg}; skipped`);
  process.exit(0);
}

if (!existsSync('apps/web/dist/index.html') || process.env.REBUILD_WEB === '1') {
  const build = spawnSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', 'test/browser/flow.mjs'], { stdio: 'inherit', env: process.env });
process.exit(run.status ?? 1);
