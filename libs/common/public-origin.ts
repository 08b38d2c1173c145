import type { Env } from '@config/env';

/**
 * The address people open links at (QR codes, links in a spreadsheet): PUBLIC_URL, or the
 * address this request was made to (its Host header, cleaned of anything but host characters).
 */
export function publicOrigin(env: Pick<Env, 'PUBLIC_URL' | 'PORT'>, req: { headers: Record<string, string | string[] | undefined>; protocol: string }): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL;
  const host = String(req.headers.host ?? `127.0.0.1:${env.PORT}`).replace(/[^A-Za-z0-9.:[\]-]/g, '');
  return `${req.protocol}://${host}`;
}
