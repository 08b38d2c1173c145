/**
 * What every browser test file (`test/browser/*.flow.mjs`) shares: the servers it drives, Debian's
 * headless Chromium through playwright-core (never a downloaded browser), actors (one browser
 * context per person, whose console errors are collected), sign-in steps, screenshots, and a
 * GraphQL client for setting up data the screens under test do not create themselves.
 *
 * Where the browser goes: BASE_URL when given (test/browser/run.mjs starts one api for all files
 * and passes it); otherwise the file starts its own api (`npm run dev` on a fresh SQLite file with
 * the demo seed) on a free port. If that api does not serve the web build, the build is served by
 * static-server.mjs with /graphql, /exports, /uploads, /photos, /print and /s forwarded to the api.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHOTS = join(ROOT, 'artifacts', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const STEP_TIMEOUT = 20_000;
export const DEV_CODE = '123456';
/** A short suffix that makes this run's titles unique (the demo database may be shared). */
export const stamp = Date.now().toString(36).slice(-5);

/* ── ports and servers ───────────────────────────────────────────────── */

/** A TCP port nobody listens on now (asked from the OS, so another app on 3100 is no problem). */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

export async function graphqlAnswers(url) {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ zones { id name } }' }),
      signal: AbortSignal.timeout(3000),
    });
    const body = await res.json();
    return Array.isArray(body?.data?.zones);
  } catch {
    return false;
  }
}

async function servesWeb(url) {
  try {
    const res = await fetch(`${url}/console/login`, { signal: AbortSignal.timeout(3000) });
    const html = await res.text();
    return res.ok && html.includes('id="root"') && html.includes('/assets/');
  } catch {
    return false;
  }
}

/**
 * Starts an api of its own (`npm run dev`, a fresh SQLite file with the demo seed) on API_PORT or a
 * free port. Returns its URL and a stop function.
 */
export async function startApi({ port, env: extraEnv = {} } = {}) {
  const apiPort = port ?? (process.env.API_PORT ? Number(process.env.API_PORT) : await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'gr-browser-'));
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    SQLITE_PATH: join(dir, 'db.sqlite'),
    PHOTO_DIR: join(dir, 'photos'),
    AUTH_DEV_LOGIN_CODE: DEV_CODE,
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.BASE_URL;
  const child = spawn('npm', ['run', 'dev'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log = (log + d).slice(-20_000)));
  child.stderr.on('data', (d) => (log = (log + d).slice(-20_000)));
  const url = `http://127.0.0.1:${apiPort}`;
  const stop = () => {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the api exited while starting:\n${log.slice(-3000)}`);
    if (await graphqlAnswers(url)) return { url, stop, log: () => log };
    await new Promise((r) => setTimeout(r, 1000));
  }
  stop();
  throw new Error(`the api did not answer within 120 s:\n${log.slice(-3000)}`);
}

/**
 * The address the browser should open: BASE_URL, or an api of our own; plus the web build served
 * beside it when the api does not serve it. Returns { base, api, stop }.
 */
export async function startServers() {
  assert.ok(existsSync(join(ROOT, 'apps/web/dist/index.html')), 'apps/web/dist is missing: run `npm run build:web` first');
  let api = process.env.BASE_URL?.replace(/\/$/, '');
  // run.mjs passes both: the api and where the web build is served beside it
  if (api && process.env.WEB_BASE_URL) return { base: process.env.WEB_BASE_URL.replace(/\/$/, ''), api, stop: () => {} };
  let stopApi = () => {};
  if (api) assert.ok(await graphqlAnswers(api), `BASE_URL ${api} does not answer GraphQL`);
  else ({ url: api, stop: stopApi } = await startApi());

  if (await servesWeb(api)) return { base: api, api, stop: stopApi };
  const webPort = process.env.WEB_PORT ? Number(process.env.WEB_PORT) : await freePort();
  const staticServer = await startStaticServer({ port: webPort, apiUrl: api });
  const base = `http://127.0.0.1:${webPort}`;
  return {
    base,
    api,
    stop: () => {
      staticServer.close();
      stopApi();
    },
  };
}

export function launchBrowser() {
  assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/* ── a browser session: servers, actors, errors ──────────────────────── */

/**
 * One test file's world. `await Session.open()` in `before`, `session.close()` in `after`.
 *
 *   const s = await Session.open();
 *   const staff = await s.actor('staff');
 *   await s.consoleSignIn(staff, 'staff', 'staff12345');
 *   await staff.goto(`${s.base}/console/review`);
 */
export class Session {
  constructor(base, api, browser, stopServers) {
    this.base = base;
    this.api = api;
    this.browser = browser;
    this.stopServers = stopServers;
    this.errors = []; // console errors and page errors, with the actor that saw them
    this.actors = {};
    this.broken = null;
    /** Console errors that a file expects (e.g. a refused request it provokes), as regexes. */
    this.allowedErrors = [];
  }

  static async open() {
    mkdirSync(SHOTS, { recursive: true });
    const { base, api, stop } = await startServers();
    console.log(`# browser → ${base}`);
    const browser = await launchBrowser();
    return new Session(base, api, browser, stop);
  }

  async close() {
    await this.browser?.close();
    this.stopServers?.();
  }

  /** A person with a browser context of their own: phone-sized (375 px) or desktop (1366 px). */
  async actor(name, { mobile = false, contextOptions = {} } = {}) {
    const context = await this.browser.newContext({
      ...(mobile
        ? { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' }
        : { viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }),
      ...contextOptions,
    });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (this.allowedErrors.some((re) => re.test(text))) return;
      this.errors.push(`[${name}] console.error: ${text} (${page.url()})`);
    });
    page.on('pageerror', (err) => this.errors.push(`[${name}] uncaught: ${err.message} (${page.url()})`));
    this.actors[name] = page;
    return page;
  }

  async shot(page, name) {
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(400); // let Ant Design's transitions settle
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  /** Portal sign-in with a phone and the development code; lands on `next` (default: home). */
  async portalSignIn(page, phone, { next } = {}) {
    await page.goto(`${this.base}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
    await this.fillCodeSignIn(page, phone);
    await page.waitForURL((u) => u.pathname === (next ?? '/'));
  }

  /** On the portal's sign-in page (wherever it was opened from): phone, code, consent, submit. */
  async fillCodeSignIn(page, phone) {
    await page.locator('#phone').fill(phone);
    await page.getByTestId('send-code').click();
    // a code sent less than a minute ago is refused (RATE_LIMITED) but stays valid: go on either way
    await page.getByText('验证码已发送').or(page.getByText('太频繁')).first().waitFor();
    await page.locator('#code').fill(DEV_CODE);
    const consent = page.getByTestId('consent-checkbox');
    if (await consent.count()) await consent.check();
    await page.getByTestId('login-submit').click();
  }

  async consoleSignIn(page, username, password) {
    await page.goto(`${this.base}/console/login`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.getByTestId('console-login').click();
    await page.waitForURL((u) => !u.pathname.endsWith('/login'));
  }

  /**
   * A step of a flow; once one fails, the later ones of the same session are skipped (they build
   * on it).
   */
  step(t, name, fn) {
    return t.test(name, async (s) => {
      if (this.broken) return s.skip(`after "${this.broken}" failed`);
      try {
        await fn();
      } catch (e) {
        this.broken = name;
        throw e;
      }
    });
  }

  /** The last test of every file: no page logged a console error. */
  noConsoleErrors(t) {
    return t.test('no page logged a console error', () => {
      assert.deepEqual(this.errors, [], `console errors:\n${this.errors.join('\n')}`);
    });
  }

  /* ── GraphQL for set-up (what the screens under test do not create themselves) ── */

  async gql(query, variables = {}, token) {
    const res = await fetch(`${this.api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** A console user's bearer token (demo logins: staff/staff12345, unit1/unit12345, …). */
  async staffToken(username, password) {
    const d = await this.gql(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return d.login.token;
  }
}

/** The OK button of the open confirm dialog (Modal.confirm). */
export async function confirmDialog(page) {
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
}

export async function expectProjectStatus(page, status) {
  await page.locator(`.gr-page-head [data-status="${status}"]`).waitFor();
}
