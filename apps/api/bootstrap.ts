import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger as PinoLogger, PinoLogger as RootLogger } from 'nestjs-pino';
import { logRequests } from '@app/common/logging';
import { Env, trustProxyOf } from '@config/env';
import { AppModule, AppModuleOptions } from './app.module';
import { ensureAdmin } from '@app/auth/ensure-admin';
import { DemoSeeder } from '@app/demo/demo-seeder';
import { DataSource } from 'typeorm';
import { registerSessionCookies } from '@app/auth/session-cookie';
import { registerSecurityHeaders } from './security-headers';
import { MAX_UPLOAD_BYTES } from '@app/photos/photos.service';

export const WEB_DIST = resolve(__dirname, '../../', __dirname.includes(`${join('dist', 'apps')}`) ? '../apps/web/dist' : 'apps/web/dist');

export interface CreateApiOptions extends AppModuleOptions {
  /** print nothing (tests) */
  quiet?: boolean;
  seedDemo?: boolean;
  /** serve the built web app (default true; the e2e tests talk to /graphql only) */
  serveWeb?: boolean;
  /** where the built web app is (default apps/web/dist) */
  webRoot?: string;
}

/** Builds the api on Fastify; used by main.ts and by the e2e tests. */
export async function createApi(env: Env, options: CreateApiOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ trustProxy: trustProxyOf(env), bodyLimit: 1_000_000 });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env, options), adapter, {
    bufferLogs: true,
    logger: options.quiet ? false : undefined,
  });
  if (!options.quiet) app.useLogger(app.get(PinoLogger));
  // SIGTERM is handled by main.ts (libs/health/shutdown.ts): drain first, then close
  const fastify = app.getHttpAdapter().getInstance();
  // production logs each request once it completes (libs/common/logging.ts); the logger exists once the app is initialised
  if (!options.quiet && env.NODE_ENV === 'production') logRequests(fastify, () => RootLogger.root);
  await registerSecurityHeaders(fastify, env);
  await registerSessionCookies(fastify, env);
  // POST /uploads (libs/photos): one file of at most 10 MB, read only by that route
  await fastify.register((await import('@fastify/multipart')).default, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4, parts: 5 } });
  if (options.serveWeb !== false) await serveWeb(app, options.webRoot ?? WEB_DIST);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get(DataSource);
  await ensureAdmin(db, env);
  if (options.seedDemo) await new DemoSeeder(db).seedIfEmpty();
  return app;
}

/**
 * Serves the built web app: the portal at /, the console at /console. Client-side routes fall back
 * to the entry page of their app; /graphql, /health and /exports keep their own routes (find-my-way
 * prefers those exact routes to the catch-alls registered here).
 */
async function serveWeb(app: NestFastifyApplication, root: string) {
  if (!existsSync(join(root, 'index.html'))) return;
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register((await import('@fastify/static')).default, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  type Reply = { type: (t: string) => Reply; sendFile: (f: string) => unknown };
  fastify.get('/console', (_req, reply) => (reply as unknown as Reply).type('text/html').sendFile('console/index.html'));
  fastify.get('/console/*', (_req, reply) => (reply as unknown as Reply).type('text/html').sendFile('console/index.html'));
  fastify.get('/*', (req, reply) => {
    const url = req.url.split('?')[0];
    if (/^\/(graphql|health|exports|uploads|photos)(\/|$)/.test(url) || /\.[a-z0-9]+$/i.test(url)) {
      return reply.code(404).send({ statusCode: 404, message: 'Not found' });
    }
    return (reply as unknown as Reply).type('text/html').sendFile('index.html');
  });
}
