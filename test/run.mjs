#!/usr/bin/env node
// npm test: uses MySQL + Redis when they answer at the configured or default addresses, the
// embedded default (SQLite, in-process jobs) otherwise. The first line says which.
// REQUIRE_SERVICES=1 (set by .ci/run) fails instead of falling back.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';

const require = createRequire(import.meta.url);
const mysqlBase = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const redisBase = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const workers = Number(process.env.TEST_WORKERS ?? 2);

function answers(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port) }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.setTimeout(1000, () => {
      s.destroy();
      resolve(false);
    });
  });
}

const [mysqlUp, redisUp] = await Promise.all([answers(mysqlBase), answers(redisBase)]);
const real = mysqlUp && redisUp;
if (real) console.log(`Testing on MySQL (${mysqlBase}) + Redis (${redisBase})`);
else console.log(`Testing on the embedded default (SQLite + in-process jobs): ${mysqlUp ? '' : 'MySQL'}${!mysqlUp && !redisUp ? ' and ' : ''}${redisUp ? '' : 'Redis'} not answering`);
if (!real && process.env.REQUIRE_SERVICES === '1') {
  console.error('REQUIRE_SERVICES=1 but MySQL and Redis are not both answering: refusing to fall back.');
  process.exit(1);
}

if (real) {
  const mysql = require('mysql2/promise');
  const conn = await mysql.createConnection(mysqlBase);
  for (let i = 1; i <= workers; i++) {
    const ns = process.env.TEST_NAMESPACE ?? 'test';
    await conn.query(`DROP DATABASE IF EXISTS gr_${ns}_${i}`);
    await conn.query(`CREATE DATABASE gr_${ns}_${i} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  }
  await conn.end();
}

const env = { ...process.env, TEST_DB_MODE: real ? 'mysql' : 'sqlite', TEST_MYSQL_URL: mysqlBase, TEST_REDIS_URL: redisBase };
const extra = process.argv.slice(2);
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), `--maxWorkers=${workers}`, ...extra], { stdio: 'inherit', env });
if (jest.status !== 0) process.exit(jest.status ?? 1);

const { existsSync } = await import('node:fs');
if (process.env.SKIP_BROWSER_TESTS !== '1' && !extra.length && existsSync('test/browser/run.mjs')) {
  const browser = spawnSync(process.execPath, ['test/browser/run.mjs'], { stdio: 'inherit', env });
  process.exit(browser.status ?? 1);
}
