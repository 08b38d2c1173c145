/**
 * Serves apps/web/dist the way the api does — the portal at / and the console at /console, with
 * SPA fallbacks — and forwards /graphql and /exports to the api. Used by the browser tests when
 * the api at API_URL does not serve the web build itself, and handy for a quick look:
 *   node test/browser/static-server.mjs   (PORT=4173, API_URL=http://127.0.0.1:3000)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(fileURLToPath(new URL('../../apps/web/dist', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** What the api answers itself (everything else is the web build): add a path here when the api gets one. */
export const API_PATHS = ['/graphql', '/exports/', '/uploads', '/photos/', '/print/', '/s/', '/health', '/auth/'];

export function startStaticServer({ port = 4173, apiUrl = 'http://127.0.0.1:3000' } = {}) {
  const api = new URL(apiUrl);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (API_PATHS.some((p) => (p.endsWith('/') ? url.pathname.startsWith(p) : url.pathname === p || url.pathname.startsWith(`${p}/`)))) {
      const upstream = request(
        { hostname: api.hostname, port: api.port, path: req.url, method: req.method, headers: { ...req.headers, host: api.host } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'api unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      });
      req.pipe(upstream);
      return;
    }
    let file = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const isAsset = extname(url.pathname) !== '';
      if (isAsset) {
        res.writeHead(404).end();
        return;
      }
      file = url.pathname === '/console' || url.pathname.startsWith('/console/') ? join(dist, 'console/index.html') : join(dist, 'index.html');
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  await startStaticServer({ port, apiUrl: process.env.API_URL });
  console.log(`web build on http://127.0.0.1:${port} (portal /, console /console)`);
}
