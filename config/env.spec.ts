import 'reflect-metadata';
import { DEV_JWT_SECRET, EnvError, trustProxyOf, validateEnv } from './env';

/** Returns the message validateEnv refuses `raw` with (fails the test when it accepts it). */
function refusal(raw: Record<string, unknown>): string {
  try {
    validateEnv(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(EnvError);
    return (e as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

describe('validateEnv', () => {
  it('accepts an empty environment with the embedded defaults', () => {
    const env = validateEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, HOST: '0.0.0.0', SQLITE_PATH: 'data/golden-ribbon.sqlite', JWT_EXPIRES_IN: '12h' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    // outside production a stand-in secret is supplied
    expect(env.JWT_SECRET!.length).toBeGreaterThanOrEqual(16);
  });

  it('reads a full production configuration', () => {
    const env = validateEnv({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'mysql://gr:pw@db:3306/golden_ribbon',
      REDIS_URL: 'redis://cache:6379/0',
      JWT_SECRET: 'a-long-production-secret',
      ADMIN_USERNAME: 'root',
      ADMIN_PASSWORD: 'a-long-password',
    });
    expect(env.PORT).toBe(8080);
    expect(env.DATABASE_URL).toBe('mysql://gr:pw@db:3306/golden_ribbon');
    expect(env.JWT_SECRET).toBe('a-long-production-secret');
  });

  it.each([
    ['not a number', 'abc'],
    ['too large', '70000'],
    ['negative', '-1'],
    ['fractional', '80.5'],
  ])('refuses a PORT that is %s, naming PORT', (_, PORT) => {
    expect(refusal({ PORT })).toMatch(/PORT/);
  });

  it.each(['postgres://u:p@h/db', 'localhost:3306', 'mysql:/missing-slash'])('refuses DATABASE_URL %p, naming DATABASE_URL', (DATABASE_URL) => {
    expect(refusal({ DATABASE_URL })).toMatch(/DATABASE_URL/);
  });

  it('refuses a REDIS_URL that is not redis://, naming REDIS_URL', () => {
    expect(refusal({ REDIS_URL: 'http://cache:6379' })).toMatch(/REDIS_URL/);
  });

  it('refuses production without JWT_SECRET, naming JWT_SECRET', () => {
    expect(refusal({ NODE_ENV: 'production' })).toMatch(/JWT_SECRET/);
  });

  it('refuses a short JWT_SECRET, naming JWT_SECRET', () => {
    expect(refusal({ JWT_SECRET: 'short' })).toMatch(/JWT_SECRET/);
  });

  it('refuses production with AUTH_DEV_LOGIN_CODE, naming AUTH_DEV_LOGIN_CODE', () => {
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: 'a-long-production-secret', AUTH_DEV_LOGIN_CODE: '123456' })).toMatch(/AUTH_DEV_LOGIN_CODE/);
  });

  it('refuses an AUTH_DEV_LOGIN_CODE that is not 6 digits', () => {
    expect(refusal({ AUTH_DEV_LOGIN_CODE: '12345' })).toMatch(/AUTH_DEV_LOGIN_CODE/);
  });

  it('refuses a short ADMIN_PASSWORD and an unknown NODE_ENV, naming each', () => {
    const msg = refusal({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short', NODE_ENV: 'staging' });
    expect(msg).toMatch(/ADMIN_PASSWORD/);
    expect(msg).toMatch(/NODE_ENV/);
  });

  it('lists every problem at once', () => {
    const msg = refusal({ PORT: 'x', DATABASE_URL: 'sqlite://x', NODE_ENV: 'production' });
    for (const name of ['PORT', 'DATABASE_URL', 'JWT_SECRET']) expect(msg).toMatch(name);
  });

  describe('a real database (DATABASE_URL) outside production', () => {
    const DB = 'mysql://gr:pw@db:3306/golden_ribbon';

    it('refuses the development signing key, and the development value set by hand', () => {
      expect(refusal({ DATABASE_URL: DB })).toMatch(/JWT_SECRET.*ALLOW_INSECURE_DEV/);
      expect(refusal({ DATABASE_URL: DB, JWT_SECRET: DEV_JWT_SECRET })).toMatch(/JWT_SECRET/);
    });

    it('refuses a dev login code', () => {
      expect(refusal({ DATABASE_URL: DB, JWT_SECRET: 'a-long-staging-secret', AUTH_DEV_LOGIN_CODE: '123456' })).toMatch(/AUTH_DEV_LOGIN_CODE/);
    });

    it('starts with both when ALLOW_INSECURE_DEV=1 says so explicitly, never in production', () => {
      expect(validateEnv({ DATABASE_URL: DB, AUTH_DEV_LOGIN_CODE: '123456', ALLOW_INSECURE_DEV: '1' }).JWT_SECRET).toBe(DEV_JWT_SECRET);
      expect(refusal({ NODE_ENV: 'production', DATABASE_URL: DB, AUTH_DEV_LOGIN_CODE: '123456', ALLOW_INSECURE_DEV: '1' })).toMatch(/JWT_SECRET[\s\S]*AUTH_DEV_LOGIN_CODE/);
    });

    it('the embedded default keeps its stand-ins', () => {
      expect(validateEnv({ AUTH_DEV_LOGIN_CODE: '123456' }).AUTH_DEV_LOGIN_CODE).toBe('123456');
    });
  });

  it('refuses SEED_DEMO=true in production', () => {
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: 'a-long-production-secret', SEED_DEMO: 'true' })).toMatch(/SEED_DEMO/);
  });

  describe('TRUST_PROXY', () => {
    it('takes a hop count or proxy addresses and CIDRs', () => {
      expect(trustProxyOf(validateEnv({ TRUST_PROXY: '1' }))).toBe(1);
      expect(trustProxyOf(validateEnv({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,::1' }))).toEqual(['10.0.0.1', '10.1.0.0/16', '::1']);
      expect(trustProxyOf(validateEnv({}))).toBe(false);
      expect(trustProxyOf(validateEnv({ TRUST_PROXY: 'false' }))).toBe(false);
    });

    it.each(['true', 'yes', '10.0.0.0/33', '10.0.0.300', 'proxy.local', '99'])('refuses %p, naming TRUST_PROXY', (TRUST_PROXY) => {
      expect(refusal({ TRUST_PROXY })).toMatch(/TRUST_PROXY/);
    });
  });
});
