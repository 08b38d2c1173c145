import 'reflect-metadata';
import { EnvError, validateEnv } from './env';

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
});
