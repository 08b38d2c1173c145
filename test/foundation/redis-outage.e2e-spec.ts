import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import Redis from 'ioredis';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { OutboxEntity } from '@app/jobs/outbox.entity';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { ZoneEntity } from '@app/org/org.entities';
import { LoggingSmsSender } from '@app/auth/sms.sender';
import { ON_MYSQL, startApp, TestApp } from '../support/harness';
import { buildWorld, World, nextPhone } from '../support/world';
import { eventually } from '../support/calls';

/**
 * A Redis of this test's own (never the shared one on 6379): started, killed and started again on
 * the same port while the api keeps running. Jobs written meanwhile wait in the outbox and run
 * once Redis is back.
 */
class OwnRedis {
  private child: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url() {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  get running() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start() {
    if (this.running) return;
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    this.child = child;
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`redis-server on ${this.port} exited with ${child.exitCode}`);
      const r = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
      r.on('error', () => undefined);
      try {
        await r.connect();
        return (await r.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        r.disconnect();
      }
    }, 10_000, 50);
  }

  /** An outage, not a shutdown: the process is killed outright. */
  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.child = null;
  }
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}

(ON_MYSQL ? describe : describe.skip)('a Redis outage (MySQL + Redis only)', () => {
  let t: TestApp;
  let w: World;
  let redis: OwnRedis;

  beforeAll(async () => {
    redis = new OwnRedis(await freePort(6390 + Number(process.env.JEST_WORKER_ID ?? 1) * 3));
    await redis.start();
    t = await startApp({ REDIS_URL: redis.url, JOBS_IN_API: 'true' });
    w = await buildWorld(t);
  });
  afterAll(async () => {
    // Bull closes cleanly only with its Redis there
    if (redis && !redis.running) await redis.start().catch(() => undefined);
    if (t) await t.close();
    if (redis) await redis.kill();
  });

  const health = async () => {
    const res = await t.http.get('/health');
    return { status: res.status, redis: (res.body.details ?? res.body.error ?? {}).redis?.status };
  };

  it('keeps taking writes while Redis is down; the job waits in the outbox and runs once Redis is back', async () => {
    expect(await health()).toEqual({ status: 200, redis: 'up' });
    // a first job goes through normally (Bull is really in use)
    await t.app.get(JobsService).enqueue(null, JobName.Notify, { userIds: [w.residents[1].id], zoneId: w.zoneId, kind: 'test', title: '停机前', body: '内容', dedupeKey: 'before:1' });
    await t.drainJobs();
    expect(await t.db.getRepository(NotificationEntity).countBy({ dedupeKey: 'before:1' })).toBe(1);
    expect((await t.db.getRepository(OutboxEntity).findOneByOrFail({ id: 1 })).state).toBe('DONE');

    await redis.kill();
    expect(await eventually(async () => (await health()).status === 503 && health(), 10_000)).toEqual({ status: 503, redis: 'down' });

    // a change and its job, in one transaction, while Redis is away
    const zoneName = '停电片区';
    await t.db.transaction(async (m) => {
      const zone = await m.getRepository(ZoneEntity).save({ name: zoneName, street: '陆家嘴街道', boardSize: null });
      await t.app.get(JobsService).enqueue(m, JobName.Notify, {
        userIds: [w.residents[0].id],
        zoneId: zone.id,
        kind: 'test',
        title: '新片区已建立',
        body: `${zoneName} 已建立`,
        dedupeKey: `zone-created:${zone.id}`,
      });
    });
    // the api keeps answering, mutations included
    const created = await t.ok('mutation { createZone(name: "停电时新建", street: "陆家嘴街道") { id } }', {}, w.admin.token);
    expect(created.createZone.id).toBeDefined();
    // sign-in codes too (the rate limits fall back to memory)
    const phone = nextPhone();
    expect((await t.ok('mutation($p: String!) { requestLoginCode(phone: $p) }', { p: phone })).requestLoginCode).toBe(true);
    expect(t.app.get(LoggingSmsSender).outbox.get(phone)).toMatch(/^\d{6}$/);

    expect(await t.db.getRepository(ZoneEntity).countBy({ name: zoneName })).toBe(1);
    // the relay has tried, and the job is still waiting
    const waiting = await eventually(async () => {
      const row = await t.db.getRepository(OutboxEntity).findOneOrFail({ where: {}, order: { id: 'DESC' } });
      return row.lastError ? row : null;
    }, 15_000);
    expect(waiting.state).toBe('PENDING');
    expect(await t.db.getRepository(NotificationEntity).countBy({ userId: w.residents[0].id })).toBe(0);
    const queue = (await t.ok('{ jobQueue { counts } }', {}, w.admin.token)).jobQueue.counts;
    expect(queue).toMatchObject({ outboxPending: 1, redisUnavailable: 1 });

    // Redis comes back on the same port, empty
    await redis.start();
    const note = await eventually(() => t.db.getRepository(NotificationEntity).findOneBy({ userId: w.residents[0].id }), 30_000, 200);
    expect(note).toMatchObject({ title: '新片区已建立', body: `${zoneName} 已建立`, read: false });
    await eventually(async () => (await t.db.getRepository(OutboxEntity).findOneByOrFail({ id: waiting.id })).state === 'DONE', 10_000);
    expect(await t.db.getRepository(NotificationEntity).countBy({ userId: w.residents[0].id })).toBe(1);
    expect(await eventually(async () => (await health()).status === 200 && health(), 10_000)).toEqual({ status: 200, redis: 'up' });
    const after = (await t.ok('{ jobQueue { counts } }', {}, w.admin.token)).jobQueue.counts;
    expect(after).toMatchObject({ outboxPending: 0 });
    expect(after.redisUnavailable).toBeUndefined();
  });
});
