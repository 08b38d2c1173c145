import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, TestApp } from '../support/harness';
import { buildWorld, TEST_PASSWORD, World } from '../support/world';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id displayName } } }';
const LOGIN_WEB = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { id displayName } } }';
const CODE_LOGIN = 'mutation($phone: String!) { loginWithCode(phone: $phone, code: "123456") { user { id } } }';
const ME = '{ me { id displayName } }';

/** The session cookies a response sets: name → the whole Set-Cookie line. */
function setCookies(res: { headers: Record<string, unknown> }): Record<string, string> {
  const raw = res.headers['set-cookie'];
  const lines = Array.isArray(raw) ? (raw as string[]) : raw ? [String(raw)] : [];
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l]));
}
const valueOf = (line: string) => line.slice(line.indexOf('=') + 1).split(';')[0];

/**
 * Browser hardening (hole 9): the security headers on the web app, and the web app's session in an
 * HttpOnly SameSite cookie that only counts on requests naming their app (CSRF), while API clients
 * keep Authorization: Bearer with the token `login` returns.
 */
describe('browser hardening: security headers and cookie sessions', () => {
  let t: TestApp;
  let w: World;
  let web: string;

  beforeAll(async () => {
    // a stand-in for the built web app: the headers are the api's, whatever the pages hold
    web = mkdtempSync(join(tmpdir(), 'gr-web-'));
    mkdirSync(join(web, 'console'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/portal.js"></script>');
    writeFileSync(join(web, 'console', 'index.html'), '<!doctype html><div id="root"></div>');
    t = await startApp({ TRUST_PROXY: '1' }, { serveWeb: true, webRoot: web });
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(web, { recursive: true, force: true });
  });

  const post = (body: object, headers: Record<string, string> = {}) => {
    const req = t.http.post('/graphql').set('content-type', 'application/json');
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    return req.send(body);
  };

  describe('headers', () => {
    it.each(['/', '/console', '/console/needs/review', '/projects/3'])('%s is served with a strict CSP, no framing, nosniff and a referrer policy', async (path) => {
      const res = await t.http.get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      const csp = String(res.headers['content-security-policy']);
      const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
      expect(directive('default-src')).toBe("default-src 'self'");
      expect(directive('script-src')).toBe("script-src 'self'"); // no inline script, no eval
      expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive('object-src')).toBe("object-src 'none'");
      expect(directive('connect-src')).toBe("connect-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    });

    it('the api answers carry them too', async () => {
      const res = await post({ query: '{ zones { id } }' });
      expect(res.status).toBe(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });
  });

  describe('the web app signs in with an HttpOnly SameSite cookie', () => {
    it('a console sign-in sets an HttpOnly, SameSite=Strict cookie (not Secure on plain http in development) that answers `me`', async () => {
      const res = await post({ query: LOGIN_WEB, variables: { u: 'staff', p: TEST_PASSWORD } }, { 'x-gr-session': 'console' });
      expect(res.body.errors).toBeUndefined();
      const cookie = setCookies(res).gr_console;
      expect(cookie).toBeDefined();
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Strict/i);
      expect(cookie).toMatch(/; Path=\//i);
      expect(cookie).toMatch(/; Max-Age=43200/i); // JWT_EXPIRES_IN 12h
      expect(cookie).not.toMatch(/; Secure/i);
      expect(res.headers['cache-control']).toBe('no-store');

      const me = await post({ query: ME }, { 'x-gr-session': 'console', cookie: `gr_console=${valueOf(cookie)}` });
      expect(me.body.data.me).toEqual({ id: String(w.staff.id), displayName: '张社工' });
    });

    it('over https (X-Forwarded-Proto from a trusted proxy) the cookie is Secure and __Host- prefixed', async () => {
      const res = await post({ query: LOGIN_WEB, variables: { u: 'staff', p: TEST_PASSWORD } }, { 'x-gr-session': 'console', 'x-forwarded-proto': 'https' });
      const cookie = setCookies(res)['__Host-gr_console'];
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      const me = await post({ query: ME }, { 'x-gr-session': 'console', 'x-forwarded-proto': 'https', cookie: `__Host-gr_console=${valueOf(cookie)}` });
      expect(me.body.data.me.id).toBe(String(w.staff.id));
      // the unprefixed name (which a sibling site could plant) does not count over https
      const planted = await post({ query: ME }, { 'x-gr-session': 'console', 'x-forwarded-proto': 'https', cookie: `gr_console=${valueOf(cookie)}` });
      expect(planted.body.data.me).toBeNull();
    });

    it('the cookie alone signs nobody in: a request must name its app (a cross-site form cannot)', async () => {
      const login = await post({ query: LOGIN_WEB, variables: { u: 'admin', p: TEST_PASSWORD } }, { 'x-gr-session': 'console' });
      const value = valueOf(setCookies(login).gr_console);
      // no X-GR-Session header: signed out
      expect((await post({ query: ME }, { cookie: `gr_console=${value}` })).body.data.me).toBeNull();
      const mutation = await post({ query: 'mutation { createZone(name: "伪造片区", street: "某街道") { id } }' }, { cookie: `gr_console=${value}` });
      expect(mutation.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      // what a cross-site HTML form can send: a simple content type — refused before anything runs
      const form = await t.http
        .post('/graphql')
        .set('content-type', 'application/x-www-form-urlencoded')
        .set('cookie', `gr_console=${value}`)
        .send('query=mutation%20%7B%20createZone(name%3A%22x%22%2C%20street%3A%22y%22)%20%7B%20id%20%7D%20%7D');
      expect(form.status).toBe(400);
      expect(JSON.stringify(form.body)).not.toContain('"createZone":{');
      // the portal's name does not open the console's session
      expect((await post({ query: ME }, { 'x-gr-session': 'portal', cookie: `gr_console=${value}` })).body.data.me).toBeNull();
    });

    it('the portal keeps its own cookie (a resident and a staff member may share a device)', async () => {
      const phone = '13900001234';
      const res = await post({ query: CODE_LOGIN, variables: { phone } }, { 'x-gr-session': 'portal' });
      expect(res.body.errors).toBeUndefined();
      const cookies = setCookies(res);
      expect(Object.keys(cookies)).toEqual(['gr_portal']);
      const resident = await post({ query: ME }, { 'x-gr-session': 'portal', cookie: `gr_portal=${valueOf(cookies.gr_portal)}` });
      expect(resident.body.data.me.id).toBe(String(res.body.data.loginWithCode.user.id));
    });

    it('signing out clears the cookie', async () => {
      const res = await t.http.post('/auth/sign-out').set('x-gr-session', 'console');
      expect(res.status).toBe(204);
      const cleared = setCookies(res).gr_console;
      expect(valueOf(cleared)).toBe('');
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i);
      expect(cleared).toMatch(/; HttpOnly/i);
      // a sign-out must name the app, like every cookie request
      expect((await t.http.post('/auth/sign-out')).status).toBe(400);
    });

    it('a cookie whose token no longer holds ends that session: cleared, and the request goes on signed out', async () => {
      const res = await post({ query: '{ zones { id } me { id } }' }, { 'x-gr-session': 'portal', cookie: 'gr_portal=not.a.token' });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.me).toBeNull();
      expect(res.body.data.zones.length).toBe(2);
      expect(valueOf(setCookies(res).gr_portal)).toBe('');
    });
  });

  describe('API clients', () => {
    it('keep Authorization: Bearer with the token `login` returns, and get no cookie', async () => {
      const res = await post({ query: LOGIN, variables: { u: 'staff', p: TEST_PASSWORD } });
      expect(res.body.data.login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(res.headers['set-cookie']).toBeUndefined();
      const me = await post({ query: ME }, { authorization: `Bearer ${res.body.data.login.token}` });
      expect(me.body.data.me.id).toBe(String(w.staff.id));
    });
  });
});
