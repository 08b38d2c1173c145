import { clock } from '@app/common/clock';
import { JobName, NotifyPayload } from '@app/jobs/job-names';
import { JobsService, MAX_ATTEMPTS } from '@app/jobs/jobs.service';
import { OutboxEntity } from '@app/jobs/outbox.entity';
import { OutboxRelay } from '@app/jobs/outbox.relay';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { startApp, TestApp } from '../support/harness';
import { buildWorld, World } from '../support/world';
import { eventually, sleep } from '../support/calls';
import { firstError } from '../support/suite';

const QUEUE = '{ jobQueue { counts failed { id name attempts error createdAt } } }';

/**
 * Background jobs run in-process (the embedded default, also on MySQL when REDIS_URL is unset):
 * written to the outbox with the change, run by the relay, retried with exponential backoff.
 */
describe('jobs, in-process', () => {
  let t: TestApp;
  let w: World;
  const outbox = () => t.db.getRepository(OutboxEntity);

  beforeAll(async () => {
    t = await startApp({ REDIS_URL: undefined, JOBS_IN_API: undefined });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('runs a job written in the same transaction as the change, once it commits', async () => {
    await t.db.transaction(async (m) => {
      await t.app.get(JobsService).enqueue(m, JobName.Notify, {
        userIds: [w.residents[0].id],
        zoneId: w.zoneId,
        kind: 'test',
        title: '事务内通知',
        body: '内容',
        dedupeKey: 'tx:1',
      });
    });
    await t.drainJobs();
    expect(await t.db.getRepository(NotificationEntity).countBy({ userId: w.residents[0].id, dedupeKey: 'tx:1' })).toBe(1);
    const row = await outbox().findOneByOrFail({ name: JobName.Notify });
    expect(row).toMatchObject({ state: 'DONE', attempts: 1, lastError: null });
  });

  it('writes no job when the transaction rolls back', async () => {
    const before = await outbox().count();
    await expect(
      t.db.transaction(async (m) => {
        await t.app.get(JobsService).enqueue(m, JobName.Notify, { userIds: [w.residents[1].id], zoneId: null, kind: 'test', title: '回滚', body: '内容', dedupeKey: 'tx:rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outbox().count()).toBe(before);
    await t.drainJobs();
    expect(await t.db.getRepository(NotificationEntity).countBy({ dedupeKey: 'tx:rolled-back' })).toBe(0);
  });

  it('retries a failing job with exponential backoff and marks it FAILED after 5 attempts', async () => {
    // time is the app's clock (libs/common/clock.ts), held still and moved by the test: no waiting on the wall
    let at = clock.now().getTime();
    const held = jest.spyOn(clock, 'now').mockImplementation(() => new Date(at));
    try {
      // a Notify job without a title makes the processor throw
      const broken = { userIds: [w.residents[0].id], zoneId: w.zoneId, kind: 'test', body: '内容', dedupeKey: 'broken:1' } as unknown as NotifyPayload;
      await t.app.get(JobsService).enqueue(null, JobName.Notify, broken);
      const id = (await outbox().findOneOrFail({ where: { name: JobName.Notify }, order: { id: 'DESC' } })).id;
      t.app.get(OutboxRelay).kick();

      const waits: number[] = [];
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const row = await eventually(async () => {
          const r = await outbox().findOneByOrFail({ id });
          return r.attempts === attempt ? r : null;
        });
        expect(row.lastError).toBeTruthy();
        if (attempt < MAX_ATTEMPTS) {
          expect(row.state).toBe('PENDING');
          waits.push(row.runAfter.getTime() - at);
          // a millisecond before it is due, the retry does not run
          at = row.runAfter.getTime() - 1;
          t.app.get(OutboxRelay).kick();
          await sleep(150);
          expect((await outbox().findOneByOrFail({ id })).attempts).toBe(attempt);
          // time passes: the retry is due now
          at = row.runAfter.getTime();
          t.app.get(OutboxRelay).kick();
        } else {
          expect(row.state).toBe('FAILED');
        }
      }
      expect(waits).toEqual([1000, 2000, 4000, 8000]);
      // a FAILED job is not tried again, however late it gets
      at += 3_600_000;
      t.app.get(OutboxRelay).kick();
      await sleep(700);
      expect((await outbox().findOneByOrFail({ id })).attempts).toBe(MAX_ATTEMPTS);
      expect(await t.db.getRepository(NotificationEntity).countBy({ dedupeKey: 'broken:1' })).toBe(0);
    } finally {
      held.mockRestore();
    }
  });

  it('jobQueue shows an ADMIN the waiting and failed jobs', async () => {
    // a job due later waits in the outbox
    await outbox().insert({ name: JobName.Notify, payload: '{}', state: 'PENDING', attempts: 0, runAfter: new Date(Date.now() + 3_600_000), lockedUntil: null, lastError: null, doneAt: null });
    const d = (await t.ok(QUEUE, {}, w.admin.token)).jobQueue;
    expect(d.counts).toMatchObject({ outboxPending: 1, outboxFailed: 1, outboxDone: 1 });
    expect(d.failed).toHaveLength(1);
    expect(d.failed[0]).toMatchObject({ name: 'notify', attempts: MAX_ATTEMPTS, error: expect.any(String) });
    expect(d.failed[0].error.length).toBeGreaterThan(0);
  });

  it('jobQueue is FORBIDDEN to every other role and needs a sign-in', async () => {
    for (const actor of [w.staff, w.board[0], w.party, w.unitAdmins[0], w.residents[0], w.worker]) {
      expect(firstError(await t.gql(QUEUE, {}, actor.token)).code).toBe('FORBIDDEN');
    }
    expect(firstError(await t.gql(QUEUE)).code).toBe('UNAUTHENTICATED');
  });
});
