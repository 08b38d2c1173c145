import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { WorkerModule } from '../../apps/worker/worker.module';
import { ON_MYSQL, startApp, TestApp, testEnv } from '../support/harness';
import { buildWorld, World } from '../support/world';

/**
 * The production shape: an api that only writes jobs (no JOBS_IN_API) and a separate worker
 * process context that runs them from Bull.
 */
(ON_MYSQL ? describe : describe.skip)('worker app', () => {
  let api: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  beforeAll(async () => {
    api = await startApp({ JOBS_IN_API: 'false' });
    w = await buildWorld(api);
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(testEnv()), { logger: false });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('has a processor for every job name (it would refuse to start otherwise)', () => {
    expect(worker.get(JobsService).missingProcessors()).toEqual([]);
  });

  it('the api alone runs no processor; the worker runs what the api wrote', async () => {
    expect(api.app.get(JobsService).missingProcessors().sort()).toEqual(Object.values(JobName).sort());
    await api.app.get(JobsService).enqueue(null, JobName.Notify, {
      userIds: [w.residents[0].id],
      zoneId: w.zoneId,
      kind: 'test',
      title: '来自 worker',
      body: '由独立的 worker 进程投递',
      dedupeKey: 'worker-test:1',
    });
    const deadline = Date.now() + 15_000;
    let delivered = 0;
    while (Date.now() < deadline && !delivered) {
      delivered = await api.db.getRepository(NotificationEntity).countBy({ userId: w.residents[0].id, dedupeKey: 'worker-test:1' });
      if (!delivered) await new Promise((r) => setTimeout(r, 100));
    }
    expect(delivered).toBe(1);
  });
});
