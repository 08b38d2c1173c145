import type { Params } from 'nestjs-pino';

/**
 * Structured JSON logs (pino) in production and whenever output goes to a file or a collector;
 * readable one-line logs (pino-pretty) on a terminal outside production.
 */
export function loggerParams(env: { LOG_LEVEL: string; NODE_ENV: string }, http = false): Params {
  const pretty = env.NODE_ENV !== 'production' && process.stdout.isTTY;
  return {
    pinoHttp: {
      level: env.LOG_LEVEL,
      autoLogging: http && env.NODE_ENV === 'production',
      redact: ['req.headers.authorization'],
      transport: pretty ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } : undefined,
    },
  };
}
