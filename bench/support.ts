/**
 * What the api benchmarks (needs, claims, evaluation) share: their arguments, a database of their
 * own on MySQL/MariaDB, the api booted in this process on 127.0.0.1, timed GraphQL requests over
 * loopback, running requests one at a time or several in flight, and the figures they print.
 */
import 'reflect-metadata';
import Redis from 'ioredis';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { validateEnv } from '@config/env';
import { createApi } from '../apps/api/bootstrap';

/** `--name=value` on the command line, else the fallback. */
export function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
}

export const MYSQL_BASE = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

async function onServer(...statements: string[]) {
  const { createConnection } = await import('mysql2/promise');
  const conn = await createConnection(MYSQL_BASE);
  for (const sql of statements) await conn.query(sql);
  await conn.end();
}

/** Drops and creates the bench's own database; with `redisUrl`, empties that Redis database too. */
export async function recreateDatabase(database: string, redisUrl?: string): Promise<void> {
  await onServer(`DROP DATABASE IF EXISTS ${database}`, `CREATE DATABASE ${database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  if (redisUrl) {
    const r = new Redis(redisUrl);
    await r.flushdb();
    r.disconnect();
  }
}

export async function dropDatabase(database: string): Promise<void> {
  await onServer(`DROP DATABASE IF EXISTS ${database}`);
}

export interface BenchApi {
  app: NestFastifyApplication;
  db: DataSource;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
}

/**
 * Boots the api in this process on `database` (migrations, guards, GraphQL; no static web files,
 * nothing logged) and listens on 127.0.0.1 at a free port. `env` adds to or overrides the
 * settings every bench uses.
 */
export async function startApi(database: string, env: Record<string, string> = {}): Promise<BenchApi> {
  const settings = validateEnv({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'bench-secret-bench-secret',
    DATABASE_URL: `${MYSQL_BASE}/${database}`,
    ...env,
  });
  const app = await createApi(settings, { quiet: true, serveWeb: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, db: app.get(DataSource), url: `http://127.0.0.1:${port}/graphql` };
}

export interface GqlBody {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL request over HTTP; `ms` runs until its body is read. A body that is not JSON reads as {}. */
export async function timedGql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<{ ms: number; status: number; body: GqlBody }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({}))) as GqlBody;
  return { ms: performance.now() - started, status: res.status, body };
}

/** `warmUp` unreported runs of `fn`, then `n` one after another: the milliseconds each returned. */
export async function oneAtATime(n: number, warmUp: number, fn: () => Promise<number>): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

/**
 * Runs `fn(0)` … `fn(total - 1)` with `inFlight` of them running at any moment (each worker takes
 * the next index as soon as it is free); returns the wall time in ms.
 */
export async function concurrently(inFlight: number, total: number, fn: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let i = next++; i < total; i = next++) await fn(i);
    }),
  );
  return performance.now() - started;
}

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (x: number, digits = 1) => `${x.toFixed(digits)} ms`;

/** Runs a bench's main: exits with the code it returns (0 when none), or 1 after printing what it threw. */
export function run(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
