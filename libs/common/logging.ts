import pino from 'pino';
import type { Params } from 'nestjs-pino';

/**
 * Structured JSON logs (pino) in production and whenever output goes to a file or a collector;
 * readable one-line logs (pino-pretty) on a terminal outside production.
 *
 * nestjs-pino provides the logger Nest logs through; its per-request middleware is not used
 * (`forRoutes: []`): it binds a child logger to each request through AsyncLocalStorage, and on
 * Node 20 an AsyncLocalStorage in use makes every promise of every request pay async hooks — about a
 * tenth of a read's CPU (bench:ratio, issue 17). Instead, in production, every request is logged once
 * when it completes, as a compact line (request id, method, url, status, response time), by a
 * Fastify hook (`logRequests`); lines go through an asynchronous buffered destination (SonicBoom,
 * flushed at 4 KiB and on exit) instead of one write per line. Log lines written while handling a
 * request do not carry its id.
 */
export function loggerParams(env: { LOG_LEVEL: string; NODE_ENV: string }): Params {
  const production = env.NODE_ENV === 'production';
  const pretty = !production && process.stdout.isTTY;
  const options = {
    level: env.LOG_LEVEL,
    redact: ['req.headers.authorization'],
    transport: pretty ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } : undefined,
  };
  if (!production) return { pinoHttp: options, forRoutes: [] };
  return { pinoHttp: [options, pino.destination({ dest: 1, sync: false, minLength: 4096 })], forRoutes: [] };
}

interface LoggedRequest {
  id: string;
  method: string;
  url: string;
}
interface LoggedReply {
  statusCode: number;
  elapsedTime: number;
}
interface HookHost {
  addHook(name: 'onResponse', hook: (request: LoggedRequest, reply: LoggedReply) => Promise<void>): unknown;
}

/** Production's one line per completed request (`request completed`: id, method, url, status, ms). */
export function logRequests(fastify: HookHost, logger: () => pino.Logger): void {
  fastify.addHook('onResponse', async (request, reply) => {
    // flat keys: `req` and `res` would go through pino-http's serializers, made for Node's objects
    logger().info({ reqId: request.id, method: request.method, url: request.url, statusCode: reply.statusCode, responseTime: Math.round(reply.elapsedTime) }, 'request completed');
  });
}
