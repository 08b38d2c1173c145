import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import type { Params } from 'nestjs-pino';

/**
 * Structured JSON logs (pino) in production and whenever output goes to a file or a collector;
 * readable one-line logs (pino-pretty) on a terminal outside production.
 *
 * In production every request is logged once, when it completes, as a compact line (request id,
 * method, url, status, response time): the full headers pino-http would serialise cost about a
 * fifth of a small read's CPU (bench:ratio profile, issue 17). Lines go through an asynchronous
 * buffered destination (SonicBoom, flushed at 4 KiB and on exit) instead of one write per line.
 */
export function loggerParams(env: { LOG_LEVEL: string; NODE_ENV: string }, http = false): Params {
  const production = env.NODE_ENV === 'production';
  const pretty = !production && process.stdout.isTTY;
  const options = {
    level: env.LOG_LEVEL,
    autoLogging: http && production,
    redact: ['req.headers.authorization'],
    serializers: production
      ? {
          req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, url: req.url }),
          res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        }
      : undefined,
    transport: pretty ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } : undefined,
  };
  if (!production) return { pinoHttp: options };
  return { pinoHttp: [options, pino.destination({ dest: 1, sync: false, minLength: 4096 })] };
}
