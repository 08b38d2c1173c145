import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { clock } from '@app/common/clock';
import { JobHandlerFn, JobName, JobPayloads } from './job-names';
import { OutboxEntity } from './outbox.entity';
import { ScheduledRunEntity } from './scheduled-run.entity';
import { inTransaction } from '@app/database/transaction';
import { isUniqueViolation } from '@app/common/errors';

export const MAX_ATTEMPTS = 5;
/** 1 s, 2 s, 4 s, 8 s … between attempts */
export const backoffMs = (attempt: number) => 1000 * 2 ** Math.max(0, attempt - 1);

/**
 * Writes a job into the outbox inside the caller's transaction. For the state-machine functions
 * that have no JobsService at hand (the relay's poll picks the row up); services use
 * JobsService.enqueue, which also wakes the relay at once.
 */
export async function enqueueJob<N extends JobName>(m: EntityManager, name: N, payload: JobPayloads[N]): Promise<void> {
  await m.getRepository(OutboxEntity).insert({
    name,
    payload: JSON.stringify(payload),
    state: 'PENDING',
    attempts: 0,
    runAfter: clock.now(),
    lockedUntil: null,
    lastError: null,
    doneAt: null,
  });
}

/**
 * The producer side of the jobs library: features call enqueue() with the EntityManager of the
 * transaction that made the change, so the job exists exactly when the change does.
 * Handlers register here too; the relay (outbox.relay.ts) decides where they run.
 */
@Injectable()
export class JobsService implements OnModuleDestroy {
  private readonly handlers = new Map<JobName, JobHandlerFn<JobName>>();
  private readonly listeners = new Set<() => void>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async enqueue<N extends JobName>(manager: EntityManager | null, name: N, payload: JobPayloads[N]): Promise<void> {
    await enqueueJob(manager ?? this.db.manager, name, payload);
    // wake the relay soon after the surrounding transaction commits
    setTimeout(() => this.listeners.forEach((l) => l()), 5).unref?.();
  }

  /**
   * Writes the job of a periodic task for `period` exactly once, however many processes try: the
   * scheduled_runs primary key lets one insert win, and the job is written in that transaction.
   * True when this call wrote it.
   */
  async enqueueOnce<N extends JobName>(name: N, period: string, payload: JobPayloads[N]): Promise<boolean> {
    try {
      await inTransaction(this.db, async (m) => {
        await m.getRepository(ScheduledRunEntity).insert({ name, period });
        await this.enqueue(m, name, payload);
      });
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }

  onEnqueue(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  register<N extends JobName>(name: N, handler: JobHandlerFn<N>): void {
    if (this.handlers.has(name)) throw new Error(`job ${name} has two processors`);
    this.handlers.set(name, handler as JobHandlerFn<JobName>);
  }

  handlerFor(name: string): JobHandlerFn<JobName> | undefined {
    return this.handlers.get(name as JobName);
  }

  /** Job names with no processor registered in this process. */
  missingProcessors(): JobName[] {
    return Object.values(JobName).filter((n) => !this.handlers.has(n));
  }

  async run(name: string, payloadJson: string): Promise<void> {
    const handler = this.handlerFor(name);
    if (!handler) throw new Error(`no processor for job ${name}`);
    await handler(JSON.parse(payloadJson));
  }

  onModuleDestroy() {
    this.listeners.clear();
  }
}
