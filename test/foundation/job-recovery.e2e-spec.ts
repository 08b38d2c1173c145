import { NotificationEntity } from '@app/notifications/notification.entity';
import { OutboxEntity } from '@app/jobs/outbox.entity';
import { OutboxRelay } from '@app/jobs/outbox.relay';
import { JobName } from '@app/jobs/job-names';
import { ON_MYSQL } from '../support/harness';
import { useWorld } from '../support/suite';

/** Redis restarted empty (or was flushed): a job relayed to Bull but never run is not lost. */
(ON_MYSQL ? describe : describe.skip)('jobs lost by Redis are relayed again (Bull mode)', () => {
  const { t, w } = useWorld();

  it('a RELAYED row whose Bull job is gone goes back to the outbox and runs', async () => {
    const payload = { userIds: [w.residents[0].id], zoneId: w.zoneId, kind: 'test', title: '丢失的任务', body: '应当重新投递', dedupeKey: 'lost-job:1' };
    const { identifiers } = await t.db.getRepository(OutboxEntity).insert({
      name: JobName.Notify,
      payload: JSON.stringify(payload),
      state: 'RELAYED',
      attempts: 0,
      runAfter: new Date(Date.now() - 3_600_000),
      lockedUntil: null,
      lastError: null,
      doneAt: null,
      createdAt: new Date(Date.now() - 3_600_000),
    });
    const id = identifiers[0].id as number;
    const relay = t.app.get(OutboxRelay);

    expect(await relay.reconcile(60_000)).toBe(1);
    await t.drainJobs();

    expect(await t.db.getRepository(NotificationEntity).countBy({ userId: w.residents[0].id, dedupeKey: 'lost-job:1' })).toBe(1);
    expect((await t.db.getRepository(OutboxEntity).findOneByOrFail({ id })).state).toBe('DONE');
    // the finished job is not relayed a second time
    expect(await relay.reconcile(60_000)).toBe(0);
  });
});
