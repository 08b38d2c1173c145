import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Env, validateEnv } from '@config/env';
import { createApi, CreateApiOptions } from '../../apps/api/bootstrap';
import { AuthService } from '@app/auth/auth.service';
import { OutboxRelay } from '@app/jobs/outbox.relay';

/** Which services this run uses (set by test/run.mjs; plain `npx jest` defaults to MySQL + Redis). */
export const DB_MODE: 'mysql' | 'sqlite' = (process.env.TEST_DB_MODE as 'mysql' | 'sqlite') ?? 'mysql';
export const ON_MYSQL = DB_MODE === 'mysql';
const WORKER = Number(process.env.JEST_WORKER_ID ?? 1);
/** Several people may run suites side by side: each namespace gets its own databases and Redis dbs. */
const NAMESPACE = process.env.TEST_NAMESPACE ?? 'test';
const REDIS_DB_BASE = Number(process.env.TEST_REDIS_DB_BASE ?? 0);
export const TEST_DATABASE = `gr_${NAMESPACE}_${WORKER}`;
const MYSQL_BASE = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const REDIS_BASE = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const DEV_CODE = '123456';

export function testEnv(overrides: Record<string, string | undefined> = {}): Env {
  const base: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-test-secret',
    AUTH_DEV_LOGIN_CODE: DEV_CODE,
    // tests run the daily overdue check themselves (OverdueService.alert), never on a timer
    OVERDUE_CHECK_MINUTES: '0',
  };
  if (ON_MYSQL) {
    base.DATABASE_URL = `${MYSQL_BASE}/${TEST_DATABASE}`;
    // a throwaway test database: the dev login code is allowed with DATABASE_URL only when asked for
    base.ALLOW_INSECURE_DEV = '1';
    base.REDIS_URL = `${REDIS_BASE}/${(REDIS_DB_BASE + WORKER) % 16}`;
    base.JOBS_IN_API = 'true';
  } else {
    base.SQLITE_PATH = join(tmpdir(), `gr-test-${process.pid}-${WORKER}.sqlite`);
  }
  return validateEnv({ ...base, ...overrides });
}

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

/** The running app plus the tools a test needs: GraphQL calls, tokens, the database, job draining. */
export class TestApp {
  constructor(
    readonly app: NestFastifyApplication,
    readonly env: Env,
  ) {}

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<GqlResult<T>> {
    const req = this.http.post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  }

  /** Runs a GraphQL call that must succeed and returns its data. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<T> {
    const r = await this.gql<T>(query, variables, token);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  /** Runs a GraphQL call that must fail and returns the first error's code. */
  async code(query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<string | undefined> {
    const r = await this.gql(query, variables, token);
    if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
    return r.errors[0].extensions?.code;
  }

  tokenFor(userId: number): string {
    return this.app.get(AuthService).issueToken(userId);
  }

  /** Waits until every job written so far has run. */
  drainJobs(timeoutMs = 15_000): Promise<void> {
    return this.app.get(OutboxRelay).drain(timeoutMs);
  }

  /** Empties every table (and this worker's Redis database): each test file starts clean. */
  async reset(): Promise<void> {
    const db = this.db;
    const tables = db.entityMetadatas.map((m) => m.tableName);
    if (ON_MYSQL) {
      await db.query('SET FOREIGN_KEY_CHECKS = 0');
      for (const t of tables) await db.query(`TRUNCATE TABLE \`${t}\``);
      await db.query('SET FOREIGN_KEY_CHECKS = 1');
    } else {
      for (const t of tables) await db.query(`DELETE FROM "${t}"`);
      await db.query(`DELETE FROM sqlite_sequence`).catch(() => undefined);
    }
    if (this.env.REDIS_URL) {
      const r = new Redis(this.env.REDIS_URL);
      await r.flushdb();
      r.disconnect();
    }
  }

  async close(): Promise<void> {
    await this.app.close();
    if (this.env.SQLITE_PATH && !this.env.DATABASE_URL) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.env.SQLITE_PATH}${suffix}`, { force: true });
    }
  }
}

/** Starts the api as production does (Fastify, migrations, guards), on this worker's database. */
export async function startApp(overrides: Record<string, string | undefined> = {}, options: CreateApiOptions = {}): Promise<TestApp> {
  const env = testEnv(overrides);
  if (env.DATABASE_URL) await ensureDatabase();
  const app = await createApi(env, { quiet: true, serveWeb: false, ...options });
  const t = new TestApp(app, env);
  await t.reset();
  return t;
}

let ensured = false;
async function ensureDatabase() {
  if (ensured) return;
  const { createConnection } = await import('mysql2/promise');
  const conn = await createConnection(MYSQL_BASE);
  await conn.query(`CREATE DATABASE IF NOT EXISTS ${TEST_DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  ensured = true;
}
