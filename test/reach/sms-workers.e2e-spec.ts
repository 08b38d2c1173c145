import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { LoggingSmsSender } from '@app/auth/sms.sender';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { OutboxEntity } from '@app/jobs/outbox.entity';
import { NotificationPrefsEntity, SmsMessageEntity } from '@app/notifications/reach.entities';
import { WorkerModule } from '../../apps/worker/worker.module';
import { ON_MYSQL, startApp, TestApp, testEnv } from '../support/harness';
import { buildWorld, manyResidents, World } from '../support/world';

/**
 * The production shape with two workers on one Bull queue: every text is sent once, even when
 * the same event is written twice and the same send job is queued twice.
 */
(ON_MYSQL ? describe : describe.skip)('texts under two workers', () => {
  let api: TestApp;
  let w: World;
  const workers: INestApplicationContext[] = [];
  beforeAll(async () => {
    api = await startApp({ JOBS_IN_API: 'false' });
    w = await buildWorld(api);
    for (let i = 0; i < 2; i++) {
      const ctx = await NestFactory.createApplicationContext(WorkerModule.forRoot(testEnv()), { logger: false });
      await ctx.init();
      workers.push(ctx);
    }
  });
  afterAll(async () => {
    for (const ctx of workers) await ctx.close();
    await api.close();
  });

  const sentTexts = () => workers.flatMap((ctx) => ctx.get(LoggingSmsSender).texts);
  async function until(done: () => Promise<boolean>, ms = 30_000) {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (await done()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    const states = await api.db.query('SELECT state, COUNT(*) n FROM sms_messages GROUP BY state');
    const outbox = await api.db.query('SELECT name, state, COUNT(*) n, MAX(last_error) e FROM job_outbox GROUP BY name, state');
    const { OutboxRelay } = await import('@app/jobs/outbox.relay');
    const counts = await api.app.get(OutboxRelay).counts();
    const relayed = await api.db.query("SELECT id FROM job_outbox WHERE state = 'RELAYED'");
    throw new Error(`timed out: ${JSON.stringify({ states, outbox, counts, relayed })}`);
  }

  it('sends each person one text per event, whichever worker runs the jobs', async () => {
    const people = await manyResidents(api, 40);
    await api.db.getRepository(NotificationPrefsEntity).insert(people.map((p) => ({ userId: p.id, sms: true, digest: 'OFF' as const })));
    const jobs = api.app.get(JobsService);
    const invite = (key: string) =>
      jobs.enqueue(null, JobName.Notify, {
        userIds: people.map((p) => p.id),
        zoneId: w.zoneId,
        kind: 'project-completed',
        title: '你关心的需求已实现',
        body: '由需求立项的「楼道微更新」已完成,感谢你的参与。',
        link: '/projects/7',
        dedupeKey: key,
      });
    // the same event written twice (a producer retried), and a second event
    await Promise.all([invite('project-completed:7'), invite('project-completed:7'), invite('project-completed:8')]);
    await until(async () => (await api.db.getRepository(SmsMessageEntity).countBy({ state: 'SENT' })) === 80);

    // a send job queued again for texts already sent changes nothing
    const some = await api.db.getRepository(SmsMessageEntity).find({ take: 10 });
    await Promise.all(some.map((s) => jobs.enqueue(null, JobName.SendSms, { smsId: s.id })));
    await until(async () => (await api.db.getRepository(OutboxEntity).count({ where: [{ state: 'PENDING' }, { state: 'RELAYED' }] })) === 0);
    await new Promise((r) => setTimeout(r, 300));

    const texts = sentTexts();
    expect(texts).toHaveLength(80);
    const perPhone = new Map<string, number>();
    for (const x of texts) perPhone.set(x.phone, (perPhone.get(x.phone) ?? 0) + 1);
    expect([...perPhone.keys()].sort()).toEqual(people.map((p) => p.phone).sort());
    expect(new Set(perPhone.values())).toEqual(new Set([2]));
    // both workers took part
    expect(workers.every((ctx) => ctx.get(LoggingSmsSender).texts.length > 0)).toBe(true);
  });
});
