import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Env } from '@config/env';
import type { RequestLike } from '@app/common/request-context';

/**
 * Browser sessions of the web app: the token `login` / `loginWithCode` issues is kept in an
 * HttpOnly cookie (script on the page cannot read it), one per app (the portal and the console keep
 * separate sessions: a resident and a staff member may share a device).
 *
 * The web app names its app in the `X-GR-Session` header of every request; the cookie is read only
 * on requests that carry that header. A cross-site page can neither send a custom header without
 * a CORS preflight (the api allows none) nor make the browser attach a SameSite=Strict cookie, so
 * a forged request arrives without a session (CSRF). API clients keep `Authorization: Bearer`.
 */
export const SESSION_HEADER = 'x-gr-session';
export const SESSION_AREAS = ['portal', 'console'] as const;
export type SessionArea = (typeof SESSION_AREAS)[number];

/** What the response should do with the session cookie (written by the onSend hook below). */
export type SessionCookieChange = { area: SessionArea; token: string | null };

export interface SessionRequest extends RequestLike {
  cookies?: Record<string, string | undefined>;
  protocol?: string;
  sessionCookie?: SessionCookieChange;
}

export function sessionAreaOf(req: RequestLike): SessionArea | null {
  const raw = req.headers[SESSION_HEADER];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase();
  return (SESSION_AREAS as readonly string[]).includes(value ?? '') ? (value as SessionArea) : null;
}

/**
 * Secure in production and whenever the request came over https (behind a proxy: with TRUST_PROXY
 * and X-Forwarded-Proto). On plain http in development the cookie is not Secure — a browser would
 * drop a Secure cookie set over http — and is named without the `__Host-` prefix, which needs Secure.
 */
export function cookieSecure(req: SessionRequest, env: Env): boolean {
  return env.NODE_ENV === 'production' || req.protocol === 'https';
}

export function sessionCookieName(area: SessionArea, secure: boolean): string {
  return `${secure ? '__Host-' : ''}gr_${area}`;
}

/** The session token the request's cookie carries for the app named in its header, if any. */
export function sessionTokenOf(req: SessionRequest, env: Env): { area: SessionArea; token: string } | null {
  const area = sessionAreaOf(req);
  if (!area) return null;
  const token = req.cookies?.[sessionCookieName(area, cookieSecure(req, env))];
  return token ? { area, token } : null;
}

/** Seconds in a JWT_EXPIRES_IN value (12h, 7d, 30m, 90s). */
export function lifetimeSeconds(expiresIn: string): number {
  const m = /^(\d+)([smhd])$/.exec(expiresIn);
  if (!m) return 12 * 3600;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

/**
 * Registers the cookie parser and the hook that writes `req.sessionCookie` into the response:
 * a new session after a sign-in from the web app, or clearing one (sign-out, a refused token).
 * Also serves POST /auth/sign-out (the web app's sign-out; needs the X-GR-Session header).
 */
export async function registerSessionCookies(fastify: FastifyInstance, env: Env): Promise<void> {
  await fastify.register((await import('@fastify/cookie')).default);
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const change = (request as unknown as SessionRequest).sessionCookie;
    if (!change) return payload;
    const secure = cookieSecure(request as unknown as SessionRequest, env);
    const name = sessionCookieName(change.area, secure);
    const options = { path: '/', httpOnly: true, secure, sameSite: 'strict' as const };
    if (change.token) reply.setCookie(name, change.token, { ...options, maxAge: lifetimeSeconds(env.JWT_EXPIRES_IN) });
    else reply.clearCookie(name, options);
    reply.header('cache-control', 'no-store');
    return payload;
  });
  fastify.post('/auth/sign-out', async (request, reply) => {
    const area = sessionAreaOf(request as unknown as RequestLike);
    if (!area) return reply.code(400).send({ statusCode: 400, code: 'BAD_USER_INPUT', message: `the ${SESSION_HEADER} header (portal or console) is required` });
    (request as unknown as SessionRequest).sessionCookie = { area, token: null };
    return reply.code(204).send();
  });
}
