import { runTs } from './child';
import { ON_MYSQL, testEnv } from '../support/harness';

/**
 * Unsafe configurations refuse to start (hole 10). Each case starts the real entry point as its own
 * process, as an operator would, and expects it to stop with exit code 1 and a message naming the
 * variable — before it opens the database or listens.
 */
describe('unsafe configurations do not start', () => {
  const db = testEnv().DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/gr_unsafe_config_never_created';
  const base = { NODE_ENV: 'development', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: db };

  it('the api with DATABASE_URL and the development signing key, or a dev login code; the worker likewise', async () => {
    const [noSecret, devCode, worker, proxy] = await Promise.all([
      runTs('apps/api/main.ts', { ...base }),
      runTs('apps/api/main.ts', { ...base, JWT_SECRET: 'a-staging-secret-of-length', AUTH_DEV_LOGIN_CODE: '123456' }),
      runTs('apps/worker/main.ts', { ...base, REDIS_URL: 'redis://127.0.0.1:6379/15', AUTH_DEV_LOGIN_CODE: '123456' }),
      // the left-most X-Forwarded-For address is the client's own claim
      runTs('apps/api/main.ts', { LOG_LEVEL: 'silent', PORT: '0', TRUST_PROXY: 'true', SQLITE_PATH: '/nonexistent/never-opened.sqlite' }),
    ]);
    expect(noSecret.code).toBe(1);
    expect(noSecret.output).toMatch(/JWT_SECRET: required with DATABASE_URL set/);
    expect(noSecret.output).toMatch(/ALLOW_INSECURE_DEV=1/);
    expect(devCode.code).toBe(1);
    expect(devCode.output).toMatch(/AUTH_DEV_LOGIN_CODE: must not be set with DATABASE_URL/);
    expect(worker.code).toBe(1);
    expect(worker.output).toMatch(/JWT_SECRET[\s\S]*AUTH_DEV_LOGIN_CODE/);
    expect(proxy.code).toBe(1);
    expect(proxy.output).toMatch(/TRUST_PROXY: must be a hop count/);
  }, 120_000);

  it('seed:demo refuses in production (the demo accounts have published passwords)', async () => {
    const r = await runTs('libs/demo/seed-demo.cli.ts', { ...base, NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-length' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/seed:demo refuses to run with NODE_ENV=production/);
    if (ON_MYSQL) expect(r.output).not.toMatch(/demo zone 建工片区 loaded/);
  }, 60_000);
});
