import { Type, plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { isIP } from 'node:net';

/** The stand-in signing key outside production without a database server; refused with DATABASE_URL. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me-in-production';

/**
 * Every setting the platform reads from the environment. Validated once at start: a wrong value
 * stops the process with a message that names the variable.
 */
export class Env {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** mysql://user:pass@host:port/db — when absent the embedded SQLite file is used. */
  @IsOptional() @Matches(/^mysql:\/\/.+/, { message: 'DATABASE_URL must look like mysql://user:password@host:3306/database' })
  DATABASE_URL?: string;

  /** Path of the embedded SQLite database (only without DATABASE_URL). */
  @IsOptional() @IsString()
  SQLITE_PATH = 'data/golden-ribbon.sqlite';

  /** redis://host:port/db — when absent jobs run in-process. */
  @IsOptional() @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must look like redis://host:6379/0' })
  REDIS_URL?: string;

  @IsOptional() @IsInt() @Min(0) @Max(65535)
  @Type(() => Number)
  PORT: number = 3000;

  @IsOptional() @IsString()
  HOST = '0.0.0.0';

  /** Connections each process keeps to MySQL/MariaDB. */
  @IsOptional() @IsInt() @Min(1) @Max(500)
  @Type(() => Number)
  DATABASE_POOL_SIZE: number = 20;

  /** Jobs one worker process runs at the same time. */
  @IsOptional() @IsInt() @Min(1) @Max(256)
  @Type(() => Number)
  WORKER_CONCURRENCY: number = 8;

  @IsOptional() @IsString() @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET?: string;

  /** Lifetime of a sign-in token, e.g. 12h, 7d. */
  @IsOptional() @Matches(/^\d+[smhd]$/, { message: 'JWT_EXPIRES_IN must look like 12h or 7d' })
  JWT_EXPIRES_IN = '12h';

  @IsOptional() @IsString()
  ADMIN_USERNAME?: string;

  @IsOptional() @IsString() @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters' })
  ADMIN_PASSWORD?: string;

  /** A fixed one-time code accepted outside production (demo and tests). */
  @IsOptional() @Matches(/^\d{6}$/, { message: 'AUTH_DEV_LOGIN_CODE must be 6 digits' })
  AUTH_DEV_LOGIN_CODE?: string;

  /** Seed the demo zone on first start (default: on for the embedded database, off for MySQL). */
  @IsOptional() @IsIn(['true', 'false'])
  SEED_DEMO?: 'true' | 'false';

  /** How often (minutes) a process that runs jobs checks for overdue projects; 0 turns it off. Alerts go out once a day per project. */
  @IsOptional() @IsInt() @Min(0) @Max(1440)
  @Type(() => Number)
  OVERDUE_CHECK_MINUTES?: number;

  /** Run the job processors inside the api process even when REDIS_URL is set (single-machine installs). */
  @IsOptional() @IsIn(['true', 'false'])
  JOBS_IN_API?: 'true' | 'false';

  /** The SMS gateway for login codes: POST {phone, code, template} as JSON. Absent: codes go to the log (never in production). */
  @IsOptional() @Matches(/^https?:\/\/.+/, { message: 'SMS_WEBHOOK_URL must be an http(s) URL' })
  SMS_WEBHOOK_URL?: string;

  @IsOptional() @IsString()
  SMS_WEBHOOK_TOKEN?: string;

  /** The address people open from an SMS or a printed QR code, e.g. https://jinse.example.cn. Absent: http://127.0.0.1:PORT (texts); the request's own address (print pages). */
  @IsOptional() @Matches(/^https?:\/\/[^/]+$/, { message: 'PUBLIC_URL must be an http(s) origin without a path, e.g. https://jinse.example.cn' })
  PUBLIC_URL?: string;

  /**
   * Behind a reverse proxy: which hops of X-Forwarded-For to believe (rate limits use the client
   * address). A hop count (`1` = one proxy in front) or the proxies' addresses / CIDRs
   * (`10.0.0.1,10.1.0.0/16`). Never `true`: the left-most address is the client's own claim.
   */
  @IsOptional() @IsString()
  TRUST_PROXY?: string;

  /** `1`: start with the development secret or a dev login code although DATABASE_URL is set. */
  @IsOptional() @IsIn(['0', '1'], { message: 'ALLOW_INSECURE_DEV must be 1 or absent' })
  ALLOW_INSECURE_DEV?: '0' | '1';

  /**
   * On SIGTERM the api answers /health with 503 at once and keeps serving this long (so a load
   * balancer stops sending), then closes: accepted requests finish, pools drain, exit within 10 s.
   */
  @IsOptional() @IsInt() @Min(0) @Max(5000)
  @Type(() => Number)
  SHUTDOWN_GRACE_MS: number = 1000;

  /** Where uploaded photos are kept: `local` (PHOTO_DIR, the default) or `s3` (S3-compatible object storage, the S3_* settings). */
  @IsOptional() @IsIn(['local', 's3'], { message: 'PHOTO_STORAGE must be local or s3' })
  PHOTO_STORAGE: 'local' | 's3' = 'local';

  /** The directory of the local photo storage. */
  @IsOptional() @IsString()
  PHOTO_DIR = 'data/photos';

  /** S3-compatible storage (PHOTO_STORAGE=s3): bucket, endpoint (MinIO/OSS/COS; absent: AWS), region, keys. */
  @IsOptional() @IsString() @MinLength(3, { message: 'S3_BUCKET must be a bucket name' })
  S3_BUCKET?: string;

  @IsOptional() @Matches(/^https?:\/\/[^/]+\/?$/, { message: 'S3_ENDPOINT must be an http(s) origin, e.g. http://minio:9000' })
  S3_ENDPOINT?: string;

  @IsOptional() @IsString()
  S3_REGION = 'us-east-1';

  @IsOptional() @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional() @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** `true`: bucket in the path (MinIO, s3rver); default true when S3_ENDPOINT is set. */
  @IsOptional() @IsIn(['true', 'false'])
  S3_FORCE_PATH_STYLE?: 'true' | 'false';

  /** A key prefix inside the bucket, e.g. `golden-ribbon/`. */
  @IsOptional() @Matches(/^[A-Za-z0-9/_.-]*$/, { message: 'S3_PREFIX may hold letters, digits and / _ . -' })
  S3_PREFIX?: string;

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** `npm run migration:generate` only: the MySQL/MariaDB server (no database) it makes its scratch database on. */
  @IsOptional() @Matches(/^mysql:\/\/[^/]+$/, { message: 'MIGRATION_MYSQL_URL must look like mysql://root@127.0.0.1:3306 (no database)' })
  MIGRATION_MYSQL_URL = 'mysql://root@127.0.0.1:3306';
}

export class EnvError extends Error {}

export function validateEnv(raw: Record<string, unknown>): Env {
  const env = plainToInstance(Env, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  const defaultSecret = !env.JWT_SECRET || env.JWT_SECRET === DEV_JWT_SECRET;
  if (env.NODE_ENV === 'production') {
    if (defaultSecret) problems.push('JWT_SECRET: required when NODE_ENV=production (and not the development value)');
    if (env.AUTH_DEV_LOGIN_CODE) problems.push('AUTH_DEV_LOGIN_CODE: must not be set when NODE_ENV=production');
    if (env.SEED_DEMO === 'true') problems.push('SEED_DEMO: the demo accounts have published passwords; not with NODE_ENV=production');
  } else if (env.DATABASE_URL && env.ALLOW_INSECURE_DEV !== '1') {
    // a real database holds real people: a known signing key or a fixed code lets anyone sign in as them
    const insecure = 'with DATABASE_URL set (set ALLOW_INSECURE_DEV=1 only for a throwaway development database)';
    if (defaultSecret) problems.push(`JWT_SECRET: required ${insecure}`);
    if (env.AUTH_DEV_LOGIN_CODE) problems.push(`AUTH_DEV_LOGIN_CODE: must not be set ${insecure}`);
  }
  if (env.PHOTO_STORAGE === 's3' && !env.S3_BUCKET) problems.push('S3_BUCKET: required when PHOTO_STORAGE=s3');
  if (env.PHOTO_STORAGE === 's3' && !!env.S3_ACCESS_KEY_ID !== !!env.S3_SECRET_ACCESS_KEY) problems.push('S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
  const proxy = parseTrustProxy(env.TRUST_PROXY);
  if (typeof proxy === 'string') problems.push(`TRUST_PROXY: ${proxy}`);
  if (problems.length) throw new EnvError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  if (!env.JWT_SECRET) env.JWT_SECRET = DEV_JWT_SECRET;
  return env;
}

/**
 * TRUST_PROXY as Fastify's `trustProxy` takes it: false (absent, `false`, `0`), a hop count, or
 * a list of proxy addresses and CIDRs. A string result is the reason the value is refused.
 */
export function parseTrustProxy(raw: string | undefined): false | number | string[] | string {
  const value = (raw ?? '').trim();
  if (!value || value === 'false' || value === '0') return false;
  if (value === 'true') return 'must be a hop count (e.g. 1) or the proxies\' addresses, not true: the left-most X-Forwarded-For address is whatever the client claims';
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 10 ? hops : 'a hop count must be at most 10';
  }
  const list = value.split(',').map((a) => a.trim()).filter(Boolean);
  for (const entry of list) {
    const [addr, bits, extra] = entry.split('/');
    const family = isIP(addr);
    const max = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max))) {
      return `"${entry}" is neither a hop count nor an IP address or CIDR (e.g. 1, or 10.0.0.1,10.1.0.0/16)`;
    }
  }
  return list;
}

/** The validated TRUST_PROXY for Fastify. */
export function trustProxyOf(env: Env): false | number | string[] {
  const v = parseTrustProxy(env.TRUST_PROXY);
  return typeof v === 'string' ? false : v;
}

/** For entry points: the validated settings, or a message naming the variable and exit code 1. */
export function loadEnvOrExit(raw: Record<string, unknown> = process.env): Env {
  try {
    return validateEnv(raw);
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
