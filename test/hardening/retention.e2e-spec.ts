import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LoginCodeEntity, LoginLockoutEntity } from '@app/auth/auth.entities';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { OutboxEntity } from '@app/jobs/outbox.entity';
import { RETENTION, RetentionScheduler } from '@app/retention/retention';
import { createApi } from '../../apps/api/bootstrap';
import { ON_MYSQL, startApp, TestApp, testEnv } from '../support/harness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Hole 11, retention: a daily job, written exactly once however many processes schedule it, that
 * purges expired login codes, stale wrong-code counters and finished jobs after the documented periods.
 */
describe('retention', () => {
  let t: TestApp;
  let second: NestFastifyApplication;
  beforeAll(async () => {
    t = await startApp();
    // a second process on the same database (as two workers are)
    second = await createApi(testEnv(), { quiet: true, serveWeb: false });
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const ago = (ms: number) => new Date(Date.now() - ms);
  /** 04:00 in Shanghai today, when the day's purge is due; 02:00, when it is not yet */
  const shanghaiAt = (hour: number) => {
    const d = new Date(Date.now() + 8 * HOUR);
    d.setUTCHours(hour, 0, 0, 0);
    return new Date(d.getTime() - 8 * HOUR);
  };

  it('two processes schedule the day: one job, which purges what outlived its period and nothing else', async () => {
    const now = new Date();
    const codes = t.db.getRepository(LoginCodeEntity);
    const oldCode = await codes.save({ phone: '13900000001', codeHash: 'a'.repeat(64), expiresAt: ago(2 * DAY), usedAt: null });
    const recentCode = await codes.save({ phone: '13900000002', codeHash: 'b'.repeat(64), expiresAt: ago(HOUR), usedAt: ago(HOUR) });
    const liveCode = await codes.save({ phone: '13900000003', codeHash: 'c'.repeat(64), expiresAt: new Date(now.getTime() + 5 * 60_000), usedAt: null });
    const lockouts = t.db.getRepository(LoginLockoutEntity);
    await lockouts.insert([
      { phone: '13900000011', failures: 2, lockedUntil: null, updatedAt: ago(2 * DAY) },
      { phone: '13900000012', failures: 5, lockedUntil: ago(2 * DAY - 15 * 60_000), updatedAt: ago(2 * DAY) },
      { phone: '13900000013', failures: 3, lockedUntil: null, updatedAt: ago(HOUR) },
      { phone: '13900000014', failures: 5, lockedUntil: new Date(now.getTime() + 10 * 60_000), updatedAt: ago(2 * DAY) },
    ]);
    const jobs = t.db.getRepository(OutboxEntity);
    const row = (state: OutboxEntity['state'], doneAt: Date | null) => ({ name: JobName.Notify, payload: '{}', state, attempts: 1, runAfter: ago(30 * DAY), lockedUntil: null, lastError: null, doneAt });
    const oldDone = await jobs.save(row('DONE', ago((RETENTION.doneJobsDays + 1) * DAY)));
    const recentDone = await jobs.save(row('DONE', ago(DAY)));
    const oldFailed = await jobs.save(row('FAILED', null));

    const schedulers = [t.app.get(RetentionScheduler), second.get(RetentionScheduler)];
    // not before 03:00 Shanghai
    expect(await Promise.all(schedulers.map((s) => s.tick(shanghaiAt(2))))).toEqual([false, false]);
    // both at once (on MySQL; the embedded SQLite file has one process, so they take turns): exactly one writes the job
    const wrote = ON_MYSQL ? await Promise.all(schedulers.map((s) => s.tick(shanghaiAt(4)))) : [await schedulers[0].tick(shanghaiAt(4)), await schedulers[1].tick(shanghaiAt(4))];
    expect(wrote.filter(Boolean)).toHaveLength(1);
    // a restarted process (its memory of the day gone) still cannot write it twice
    const day = (await jobs.findOneByOrFail({ name: JobName.PurgeExpired })).payload;
    expect(await second.get(JobsService).enqueueOnce(JobName.PurgeExpired, JSON.parse(day).day, JSON.parse(day))).toBe(false);
    expect(await jobs.countBy({ name: JobName.PurgeExpired })).toBe(1);

    await t.drainJobs();
    expect(await jobs.findOneByOrFail({ name: JobName.PurgeExpired })).toMatchObject({ state: expect.stringMatching(/DONE|RELAYED/) });
    expect((await codes.find({ order: { id: 'ASC' } })).map((c) => c.id)).toEqual([recentCode.id, liveCode.id]);
    expect(await codes.findOneBy({ id: oldCode.id })).toBeNull();
    expect((await lockouts.find({ order: { phone: 'ASC' } })).map((l) => l.phone)).toEqual(['13900000013', '13900000014']);
    const left = (await jobs.findBy({ name: JobName.Notify })).map((j) => j.id).sort((a, b) => a - b);
    expect(left).toEqual([recentDone.id, oldFailed.id]);
    expect(left).not.toContain(oldDone.id);
  });
});
