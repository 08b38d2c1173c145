import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { Env } from '@config/env';

/**
 * The Content-Security-Policy of the web app (portal at /, console at /console) and of every other
 * answer. Scripts come only from the app's own origin: no inline script, no eval. Styles allow
 * 'unsafe-inline' because Ant Design writes its CSS-in-JS into <style> elements at run time and
 * ECharts sets style attributes; style injection cannot run script. Nothing may frame the app.
 */
export function contentSecurityPolicy(production: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** GraphiQL (GET /graphql, outside production only) loads its page from unpkg with an inline script. */
const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline' https://unpkg.com; style-src 'self' 'unsafe-inline' https://unpkg.com; " +
  "img-src 'self' data: https:; font-src 'self' data: https://unpkg.com; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

/**
 * Helmet's headers on every answer: the CSP above, X-Frame-Options DENY, X-Content-Type-Options
 * nosniff, Referrer-Policy same-origin (no address of the app reaches another site), the
 * cross-origin isolation headers, and HSTS in production. Helmet computes them once, at start
 * (they depend on nothing in the request; @fastify/helmet built a new helmet, parsing the CSP again,
 * on every request: about 5% of a small read's CPU, bench:ratio), and a hook sets them on each reply.
 */
export function securityHeaders(production: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(production) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: production ? { maxAge: 180 * 86400, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  })({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return headers;
}

export async function registerSecurityHeaders(fastify: FastifyInstance, env: Env): Promise<void> {
  const production = env.NODE_ENV === 'production';
  const headers = securityHeaders(production);
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  if (!production) {
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method === 'GET' && request.url.split('?')[0] === '/graphql') reply.header('content-security-policy', GRAPHIQL_CSP);
    });
  }
}
