/**
 * `npm run bench:ratio`: the hot reads against the physical limit of this stack, side by side in
 * one run, as `../shared/tools/ratio.mjs` measures them (its method, inlined here so that the
 * statements are captured from the api's own connections only — other databases on the same
 * server may be busy — and so that a token can be used instead of a password login):
 *
 *  1. one zone of realistic size is written to its own database (bench/zone-data.ts; default
 *     10,000 needs, 1,000 projects, 100 units, 100,000 survey responses);
 *  2. the api runs as production runs it — a separate process, NODE_ENV=production, MySQL + Redis,
 *     jobs in a worker (none here), pino at info — on a free port;
 *  3. per operation: the exact SQL statements one request issues are captured from MariaDB's
 *     general log (the api's connection ids only); a bare node:http + mysql2 server runs those
 *     statements per request and returns their rows as JSON; both are loaded with autocannon,
 *     alternating, `--rounds` times; the table shows req/s, p50, p99 and product/bare.
 *
 * Options: --needs=10000 --projects=1000 --units=100 --responses=100000 --c=20 --secs=8
 *          --serial=100 (requests one at a time, for the p50/p99 of a lone request — the growth figure —
 *          and the api process's CPU time per request, from /proc: steadier than req/s on a busy machine)
 *          --rounds=3 (--secs=0 --statements=1: only print each operation's statements) --only=menu,needs,stats,projects,project --reuse=1 (keep the database of an
 *          earlier run of the same size) --statements=1 (print the captured statements)
 *          --profile=DIR (the api runs with node --cpu-prof; its .cpuprofile is written to DIR when it stops)
 * Targets (issue 17): every operation ≥ 45% of bare; p99 within 3× p50.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { createConnection, createPool } from 'mysql2/promise';
import { AuthService } from '@app/auth/auth.service';
import { arg, MYSQL_BASE, recreateDatabase, run, startApi } from './support';
import { generateZone } from './zone-data';

const autocannon = createRequire(__filename)('autocannon');

const SIZE = { needs: arg('needs', 10_000), projects: arg('projects', 1_000), units: arg('units', 100), responses: arg('responses', 100_000), big: 0 };
SIZE.big = Math.min(1_000, Math.floor(SIZE.responses / 10));
const C = arg('c', 20);
const SECS = arg('secs', 8);
const ROUNDS = arg('rounds', 3);
const REUSE = arg('reuse', 0) === 1;
const SHOW_STATEMENTS = arg('statements', 0) === 1;
const SERIAL = arg('serial', 100);
const PROFILE_DIR = process.argv.find((a) => a.startsWith('--profile='))?.slice(10) ?? '';
const ONLY = (process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? '').split(',').filter(Boolean);
const DATABASE = `gr_bench_ratio_${SIZE.needs}_${SIZE.responses}`;
const JWT_SECRET = 'bench-secret-bench-secret';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/14';

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  asStaff: boolean;
}

const OPERATIONS: Operation[] = [
  {
    name: 'menu',
    query: `query($z: ID!) { needsMenu(zoneId: $z) { sections { category count needs { id title kind supportCount createdAt submitter { displayName } } } } }`,
    variables: { z: '1' },
    asStaff: false,
  },
  {
    name: 'needs',
    query: `query($z: ID!, $first: Int) { needs(zoneId: $z, first: $first) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id title kind status category supportCount supportedByMe createdAt submitter { displayName } } } } }`,
    variables: { z: '1', first: 20 },
    asStaff: true,
  },
  {
    name: 'stats',
    query: `query($z: ID!) { zoneStats(zoneId: $z) {
      needsByCategory { category count } needsByChannel { channel count } projectsByStatus { status count }
      unitsTakingPart partyMembersTakingPart beneficiaries fundsPledgedFen fundsSpentFen acceptanceRate
      satisfactionByCategory { category projects responses satisfactionRate } } }`,
    variables: { z: '1' },
    asStaff: true,
  },
  {
    name: 'projects',
    query: `query($z: ID!, $first: Int) { projects(zoneId: $z, first: $first) { totalCount edges { node {
      id title status category claimLimit claimCount volunteerCount
      sourceNeeds { id title status }
      claims { id pledge unit { id name } } } } } }`,
    variables: { z: '1', first: 20 },
    asStaff: false,
  },
  {
    name: 'project',
    query: `query($id: ID!) { project(id: $id) {
      id title status category claimCount
      timeline { from to comment at }
      evaluation { responseCount satisfactionRate dimensions { dimension mean } indexScore frozen } } }`,
    variables: { id: '1' },
    asStaff: false,
  },
];

const LABEL: Record<string, string> = {
  menu: 'needsMenu (anonymous)',
  needs: 'needs(first:20) as staff',
  stats: 'zoneStats as staff',
  projects: 'projects(first:20) + claims, units, source needs (anonymous)',
  project: 'project(id) + timeline, evaluation (anonymous)',
};

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

async function prepare(): Promise<string> {
  const admin = await createConnection(MYSQL_BASE);
  const [have] = (await admin.query(`SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ? AND table_name = 'survey_responses'`, [DATABASE])) as any;
  await admin.end();
  const { app } = await (async () => {
    if (REUSE && Number(have[0].n) > 0) {
      console.log(`reusing ${DATABASE}`);
      return startApi(DATABASE);
    }
    await recreateDatabase(DATABASE);
    const api = await startApi(DATABASE);
    console.log(`writing ${DATABASE}: ${SIZE.needs.toLocaleString()} needs, ${SIZE.projects.toLocaleString()} projects, ${SIZE.units} units, ${SIZE.responses.toLocaleString()} responses`);
    await generateZone(api.db, api.app.get(AuthService), SIZE);
    // the project measured on its page: completed, with an open survey's live figures
    return api;
  })();
  const token = app.get(AuthService).issueToken(1);
  await app.close();
  return token;
}

/** The api as production runs it, in its own process. */
async function startProduct(port: number): Promise<ChildProcess> {
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: `${MYSQL_BASE}/${DATABASE}`,
      REDIS_URL,
      JOBS_IN_API: 'false',
      JWT_SECRET,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      TS_NODE_PROJECT: 'tsconfig.json',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (up) return child;
    if (child.exitCode !== null) throw new Error(`the api exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the api did not answer /health in 2 minutes');
}

type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };

function load(url: string, headers: Record<string, string>, body: string): Promise<Result> {
  return new Promise((res, rej) => autocannon({ url, method: 'POST', headers, body, connections: C, duration: SECS }, (e: Error | null, r: Result) => (e ? rej(e) : res(r))));
}

/** CPU time (user + system) the process has used, in ms, from /proc (Linux; 0 elsewhere). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = 100;

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const token = await prepare();
  const port = await freePort();
  const product = await startProduct(port);
  const url = `http://127.0.0.1:${port}/graphql`;
  const admin = await createConnection(`${MYSQL_BASE}/${DATABASE}`);
  const pool = createPool({ uri: `${MYSQL_BASE}/${DATABASE}`, connectionLimit: 10 });
  const rows: string[] = [];
  const lone: string[] = [];
  try {
    const chosen = OPERATIONS.filter((o) => !ONLY.length || ONLY.includes(o.name));
    const prepared: { op: Operation; headers: Record<string, string>; body: string; statements: string[] }[] = [];
    // 1. before any load: the statements of one request of each operation, from the api's own connections
    for (const op of chosen) {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(op.asStaff ? { authorization: `Bearer ${token}` } : {}) };
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      const once = async () => (await fetch(url, { method: 'POST', headers, body })).json();
      const first = (await once()) as { errors?: unknown };
      if (first.errors) throw new Error(`${op.name}: ${JSON.stringify(first.errors).slice(0, 300)}`);
      await once();
      const [threads] = (await admin.query(`SELECT id FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()`, [DATABASE])) as any;
      const ids = (threads as { id: number }[]).map((t) => Number(t.id));
      await admin.query("SET GLOBAL log_output = 'TABLE'");
      await admin.query('TRUNCATE mysql.general_log');
      await admin.query('SET GLOBAL general_log = 1');
      await once();
      await admin.query('SET GLOBAL general_log = 0');
      const [logged] = (await admin.query(
        `SELECT CONVERT(argument USING utf8mb4) AS sql_text FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') AND thread_id IN (?) ORDER BY event_time`,
        [ids.length ? ids : [0]],
      )) as any;
      const statements = (logged as { sql_text: string }[])
        .map((r) => r.sql_text)
        .filter((s) => !/^SET |^SELECT @@|^SHOW |^(START TRANSACTION|COMMIT|ROLLBACK)$/i.test(s) && !/^select 1$/i.test(s.trim()) && !/job_outbox/i.test(s));
      if (SHOW_STATEMENTS) for (const s of statements) console.log(`  [${op.name}] ${s.replace(/\s+/g, ' ').slice(0, 200)}`);
      prepared.push({ op, headers, body, statements });
    }
    // 2. one request at a time: the latency of a lone request (compared across data sizes)
    for (const { op, headers, body, statements } of prepared) {
      const times: number[] = [];
      let cpuFrom = 0;
      for (let i = 0; i < SERIAL + 10; i++) {
        if (i === 10) cpuFrom = cpuMs(product.pid!);
        const t0 = performance.now();
        await (await fetch(url, { method: 'POST', headers, body })).json();
        if (i >= 10) times.push(performance.now() - t0);
      }
      const cpu = (cpuMs(product.pid!) - cpuFrom) / SERIAL;
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
      lone.push(`| ${LABEL[op.name].padEnd(60)} | ${String(statements.length).padStart(4)} | ${at(0.5).padStart(7)} | ${at(0.99).padStart(7)} | ${cpu.toFixed(2).padStart(7)} |`);
      console.log(lone[lone.length - 1]);
    }
    for (const { op, headers, body, statements } of SECS > 0 ? prepared : []) {
      // 3. the bare server: the same statements, rows as JSON
      const bare = http.createServer(async (rq, rs) => {
        for await (const _ of rq);
        const out: unknown[] = [];
        try {
          for (const s of statements) out.push((await pool.query(s))[0]);
        } catch {
          rs.statusCode = 503;
          return rs.end();
        }
        rs.setHeader('content-type', 'application/json');
        rs.end(JSON.stringify({ data: out }));
      });
      await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
      const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

      // 4. alternate loads
      const A: Result[] = [];
      const B: Result[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        A.push(await load(url, headers, body));
        B.push(await load(bareUrl, headers, body));
      }
      bare.closeAllConnections();
      await new Promise((r) => bare.close(r));
      const ratio = median(A.map((a, i) => a.requests.average / B[i].requests.average));
      const p50 = median(A.map((a) => a.latency.p50));
      const p99 = median(A.map((a) => a.latency.p99));
      const failures = A.reduce((n, r) => n + r.non2xx + r.errors, 0);
      rows.push(
        `| ${LABEL[op.name].padEnd(60)} | ${String(statements.length).padStart(4)} | ${median(A.map((a) => a.requests.average)).toFixed(0).padStart(7)} | ${median(B.map((b) => b.requests.average)).toFixed(0).padStart(7)} | ${(100 * ratio).toFixed(1).padStart(5)}% | ${String(p50).padStart(4)} | ${String(p99).padStart(4)} | ${(p99 / Math.max(1, p50)).toFixed(1).padStart(4)}× | ${failures} |`,
      );
      console.log(rows[rows.length - 1]);
    }
  } finally {
    const exited = new Promise((r) => product.once('exit', r));
    product.kill('SIGTERM');
    if (PROFILE_DIR) await exited; // the profile is written as the process ends
    await pool.end();
    await admin.end();
  }
  console.log(`\none request at a time on ${DATABASE} (${SERIAL} requests each, after 10 unreported)`);
  console.log(`| ${'operation'.padEnd(60)} | stmt | p50 ms  | p99 ms  | api CPU ms/request |`);
  console.log(`|${'-'.repeat(62)}|------|---------|---------|---------|`);
  for (const r of lone) console.log(r);
  if (SECS <= 0) return;
  console.log(`\nratio on ${DATABASE} (${SIZE.needs.toLocaleString()} needs, ${SIZE.projects.toLocaleString()} projects, ${SIZE.units} units, ${SIZE.responses.toLocaleString()} responses), ${C} connections, ${SECS} s × ${ROUNDS} rounds each, alternating`);
  console.log(`| ${'operation'.padEnd(60)} | stmt | product | bare    | ratio  | p50  | p99  | p99/p50 | failed |`);
  console.log(`|${'-'.repeat(62)}|------|---------|---------|--------|------|------|-------|--------|`);
  for (const r of rows) console.log(r);
  console.log('targets: ratio ≥ 45%, p99 ≤ 3× p50 (req/s medians of the rounds; latency in ms)');
}

run(main);
