import { request as httpRequest, Agent } from 'node:http';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnTs } from './child';
import { ON_MYSQL, testEnv } from '../support/harness';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Answer {
  status: number | null;
  error?: string;
  at: number;
}

/** One request; a refused connection (the api no longer listens) is reported, not thrown. */
function call(port: number, agent: Agent, method: 'GET' | 'POST', path: string, body?: string): Promise<Answer> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? null, at: Date.now() }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: null, error: e.code ?? e.message, at: Date.now() }));
    if (body) req.write(body);
    req.end();
  });
}

/**
 * Hole 12: the api as its own process (apps/api/main.ts) under a burst of requests gets SIGTERM.
 * /health turns 503 at once, every accepted request is answered (no 5xx), and the process exits
 * by itself, cleanly, within 10 s.
 */
describe('graceful shutdown', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gr-shutdown-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SIGTERM under a burst of 40 requests: health 503 at once, no 5xx, exit 0 within 10 s', async () => {
    const port = await freePort();
    const base = testEnv();
    const env: Record<string, string | undefined> = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: 'a-shutdown-test-secret-of-length',
      SHUTDOWN_GRACE_MS: '4000',
      ...(ON_MYSQL ? { DATABASE_URL: base.DATABASE_URL, REDIS_URL: base.REDIS_URL, JOBS_IN_API: 'true' } : { SQLITE_PATH: join(dir, 'db.sqlite') }),
    };
    const api = spawnTs('apps/api/main.ts', env);
    try {
      const agent = new Agent({ keepAlive: true, maxSockets: 20 });
      // wait until it answers
      const until = Date.now() + 90_000;
      for (;;) {
        const h = await call(port, agent, 'GET', '/health');
        if (h.status === 200) break;
        if (Date.now() > until) throw new Error(`the api did not start:\n${api.output().slice(-3000)}`);
        await new Promise((r) => setTimeout(r, 300));
      }
      const query = JSON.stringify({ query: '{ zones { id name communities { id name } } }' });

      // the burst: 40 requests in flight, then SIGTERM
      const burst = Array.from({ length: 40 }, () => call(port, agent, 'POST', '/graphql', query));
      await new Promise((r) => setTimeout(r, 5));
      const killedAt = Date.now();
      api.child.kill('SIGTERM');

      // /health turns 503 at once (a connection of its own, not queued behind the burst)
      const probe = new Agent({ keepAlive: false });
      let health: Answer | undefined;
      const probes: Answer[] = [];
      for (let i = 0; i < 200; i++) {
        health = await call(port, probe, 'GET', '/health');
        probes.push(health);
        if (health.status !== 200) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      if (health?.status !== 503) {
        throw new Error(`/health never answered 503: ${probes.map((p) => `${p.status ?? p.error} +${p.at - killedAt}ms`).join(', ')}\n${api.output().slice(-2000)}`);
      }

      // more requests keep coming while the load balancer notices: each is answered or refused, never a 5xx
      const later: Promise<Answer>[] = [];
      const exitCode = api.exited;
      let exited = false;
      void exitCode.then(() => (exited = true));
      while (!exited && Date.now() - killedAt < 12_000) {
        later.push(call(port, agent, 'POST', '/graphql', query));
        await new Promise((r) => setTimeout(r, 25));
      }
      const code = await exitCode;
      const exitedAt = Date.now();
      const answers = [...(await Promise.all(burst)), ...(await Promise.all(later))];

      expect((await Promise.all(burst)).map((a) => a.status)).toEqual(Array(40).fill(200));
      const served = answers.filter((a) => a.status === 200);
      const fiveHundreds = answers.filter((a) => (a.status ?? 0) >= 500);
      const other = answers.filter((a) => a.status !== 200 && a.status !== null);
      expect(fiveHundreds).toEqual([]);
      expect(other).toEqual([]);
      // what was not served was sent after the grace period, when the socket was closing: refused at
      // the door, never an accepted request dropped
      const graceEnds = killedAt + 4000;
      for (const a of answers.filter((x) => x.status === null)) {
        expect(a.error).toMatch(/ECONNREFUSED|ECONNRESET|EPIPE/);
        expect(a.at).toBeGreaterThan(graceEnds);
      }
      // health said 503 while requests were still being served (the grace period for the load balancer)
      expect(served.filter((a) => a.at > health!.at).length).toBeGreaterThan(0);
      expect(code).toBe(0);
      expect(exitedAt - killedAt).toBeLessThan(10_000 + 1000); // the deadline, plus the time a loaded machine takes to reap
      expect(api.output()).toMatch(/shutdown: closed in \d+ ms/);
      agent.destroy();
    } finally {
      if (api.child.exitCode === null) api.child.kill('SIGKILL');
    }
  }, 150_000);
});
