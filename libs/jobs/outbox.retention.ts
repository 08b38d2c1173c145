import { DataSource, In, LessThan } from 'typeorm';
import { OutboxEntity } from './outbox.entity';
import { ScheduledRunEntity } from './scheduled-run.entity';

/** Deletes in batches of ids, so a large purge never holds long locks (and runs on SQLite too). */
export async function deleteInBatches(db: DataSource, entity: Function, where: object, idColumn = 'id', batch = 1000): Promise<number> {
  const repo = db.getRepository(entity);
  let total = 0;
  for (;;) {
    const rows = (await repo.find({ where, select: [idColumn] as never, take: batch })) as Record<string, unknown>[];
    if (!rows.length) return total;
    await repo.delete({ [idColumn]: In(rows.map((r) => r[idColumn])) } as never);
    total += rows.length;
    if (rows.length < batch) return total;
  }
}

/** Jobs that ran to the end before `doneBefore` (FAILED ones stay for admins to look at); old scheduled-run markers. */
export async function purgeFinishedJobs(db: DataSource, doneBefore: Date, runsBefore: Date): Promise<{ doneJobs: number; scheduledRuns: number }> {
  const doneJobs = await deleteInBatches(db, OutboxEntity, { state: 'DONE', doneAt: LessThan(doneBefore) });
  const scheduledRuns = await db.getRepository(ScheduledRunEntity).delete({ createdAt: LessThan(runsBefore) });
  return { doneJobs, scheduledRuns: scheduledRuns.affected ?? 0 };
}
