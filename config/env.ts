import { Type, plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

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

  /** Behind a reverse proxy: take the client address from X-Forwarded-For (rate limits use it). */
  @IsOptional() @IsIn(['true', 'false'])
  TRUST_PROXY?: 'true' | 'false';

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';
}

export class EnvError extends Error {}

export function validateEnv(raw: Record<string, unknown>): Env {
  const env = plainToInstance(Env, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  const problems = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`));
  if (env.NODE_ENV === 'production') {
    if (!env.JWT_SECRET) problems.push('JWT_SECRET: required when NODE_ENV=production');
    if (env.AUTH_DEV_LOGIN_CODE) problems.push('AUTH_DEV_LOGIN_CODE: must not be set when NODE_ENV=production');
  }
  if (problems.length) throw new EnvError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  if (!env.JWT_SECRET) env.JWT_SECRET = 'dev-only-secret-change-me-in-production';
  return env;
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
