import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Queue from 'bull';
import { DataSource, In } from 'typeorm';
import { clock } from '@app/common/clock';
import { JobsService, MAX_ATTEMPTS, backoffMs } from './jobs.service';
import { OutboxEntity } from './outbox.entity';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');
export interface JobsOptions {
  /** bull: jobs go through Redis; inline: run in this process from the outbox table */
  mode: 'bull' | 'inline';
  redisUrl?: string;
  /** move outbox rows to Bull (bull mode) */
  relay: boolean;
  /** run processors in this process */
  process: boolean;
  pollMs?: number;
  concurrency?: number;
}

export const QUEUE_NAME = 'golden-ribbon-jobs';
const LOCK_MS = 30_000;
/** how often, and after how long, RELAYED rows are checked against Bull */
const RECONCILE_MS = 60_000;
const RECONCILE_AFTER_MS = 5 * 60_000;

/**
 * Moves outbox rows on. In bull mode it adds each PENDING row to Bull with the outbox id as the
 * jobId (so a row relayed twice is still one job) and marks it RELAYED; when Redis is down the row
 * simply stays PENDING and is tried again. In inline mode it runs the processor itself, with the
 * same exponential backoff Bull would use.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private queue: Queue.Queue | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconcileTimer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
  ) {}

  async onApplicationBootstrap() {
    if (this.options.mode === 'bull') {
      this.queue = new Queue(QUEUE_NAME, this.options.redisUrl!, {
        defaultJobOptions: { attempts: MAX_ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: 1000, removeOnFail: false },
      });
      this.queue.on('error', (e) => this.logger.warn(`redis: ${e.message}`));
      if (this.options.process) {
        this.queue.process('*', this.options.concurrency ?? 4, async (job) => {
          await this.jobs.run(job.name, JSON.stringify(job.data));
          await this.db.getRepository(OutboxEntity).update({ id: Number(job.id) }, { state: 'DONE', doneAt: clock.now() });
        });
        this.queue.on('failed', (job, err) => {
          const final = job.attemptsMade >= (job.opts.attempts ?? MAX_ATTEMPTS);
          void this.db
            .getRepository(OutboxEntity)
            .update({ id: Number(job.id) }, { attempts: job.attemptsMade, lastError: String(err?.message ?? err).slice(0, 1000), ...(final ? { state: 'FAILED' as const } : {}) })
            .catch(() => undefined);
        });
      }
    }
    const active = this.options.mode === 'inline' ? this.options.process : this.options.relay;
    if (!active) return;
    this.unsubscribe = this.jobs.onEnqueue(() => this.kick());
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 500);
    this.timer.unref?.();
    if (this.options.mode === 'bull') {
      this.reconcileTimer = setInterval(() => void this.reconcile().catch((e) => this.logger.warn(`reconcile: ${e.message}`)), RECONCILE_MS);
      this.reconcileTimer.unref?.();
    }
    this.kick();
  }

  kick() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.inFlight = this.tick()
      .catch((e) => this.logger.warn(`relay: ${e.message}`))
      .finally(() => {
        this.running = false;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Claims due rows with a conditional update, so several processes can relay side by side. */
  private async claimDue(limit: number): Promise<OutboxEntity[]> {
    const now = clock.now();
    const due = await this.db
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .where("o.state = 'PENDING' AND o.run_after <= :now AND (o.locked_until IS NULL OR o.locked_until < :now)", { now })
      .orderBy('o.id', 'ASC')
      .limit(limit)
      .getMany();
    const mine: OutboxEntity[] = [];
    for (const row of due) {
      const res = await this.db
        .createQueryBuilder()
        .update(OutboxEntity)
        .set({ lockedUntil: new Date(now.getTime() + LOCK_MS) })
        .where("id = :id AND state = 'PENDING' AND (locked_until IS NULL OR locked_until < :now)", { id: row.id, now })
        .execute();
      if (res.affected === 1) mine.push(row);
    }
    return mine;
  }

  private async tick(): Promise<void> {
    for (;;) {
      const rows = await this.claimDue(50);
      if (!rows.length || this.stopped) return;
      if (this.options.mode === 'bull') await this.relay(rows);
      else await Promise.all(rows.map((r) => this.runInline(r)));
    }
  }

  private async relay(rows: OutboxEntity[]) {
    const relayed: number[] = [];
    for (const row of rows) {
      try {
        await withTimeout(this.queue!.add(row.name, JSON.parse(row.payload), { jobId: String(row.id) }), 2000);
        relayed.push(row.id);
      } catch (e) {
        // Redis is away: the row stays PENDING; it and the rest of the batch are released below
        await this.db.getRepository(OutboxEntity).update({ id: row.id }, { lastError: `relay: ${e.message}`.slice(0, 1000) });
        this.stopped || this.logger.warn(`cannot reach Redis, job ${row.id} (${row.name}) waits in the outbox`);
        break;
      }
    }
    // only rows still PENDING: a worker may already have run the job and marked its row DONE
    if (relayed.length) await this.db.getRepository(OutboxEntity).update({ id: In(relayed), state: 'PENDING' }, { state: 'RELAYED', lockedUntil: null });
    if (relayed.length < rows.length) {
      const left = rows.filter((r) => !relayed.includes(r.id)).map((r) => r.id);
      await this.db.getRepository(OutboxEntity).update({ id: In(left) }, { lockedUntil: null });
      throw new Error('Redis unavailable');
    }
  }

  private async runInline(row: OutboxEntity) {
    try {
      await this.jobs.run(row.name, row.payload);
      await this.db.getRepository(OutboxEntity).update({ id: row.id }, { state: 'DONE', doneAt: clock.now(), lockedUntil: null, attempts: row.attempts + 1 });
    } catch (e) {
      const attempts = row.attempts + 1;
      this.logger.warn(`job ${row.id} (${row.name}) failed, attempt ${attempts}: ${e.message}`);
      await this.db.getRepository(OutboxEntity).update(
        { id: row.id },
        {
          attempts,
          state: attempts >= MAX_ATTEMPTS ? 'FAILED' : 'PENDING',
          runAfter: new Date(clock.now().getTime() + backoffMs(attempts)),
          lockedUntil: null,
          lastError: String(e.message ?? e).slice(0, 1000),
        },
      );
    }
  }

  /**
   * A row is RELAYED until its job completes (DONE) or finally fails (FAILED). If Redis lost the
   * job (restarted empty, flushed), the row would wait forever: rows relayed a while ago whose job
   * Bull no longer knows go back to PENDING and are relayed again (same jobId, so never twice in Bull).
   */
  async reconcile(olderThanMs = RECONCILE_AFTER_MS): Promise<number> {
    if (!this.queue) return 0;
    const cutoff = new Date(clock.now().getTime() - olderThanMs);
    const rows = await this.db
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .where("o.state = 'RELAYED' AND o.created_at < :cutoff", { cutoff })
      .orderBy('o.id', 'ASC')
      .limit(200)
      .getMany();
    let requeued = 0;
    for (const row of rows) {
      const job = await withTimeout(this.queue.getJob(String(row.id)), 2000);
      if (job) continue;
      const res = await this.db
        .createQueryBuilder()
        .update(OutboxEntity)
        .set({ state: 'PENDING', lockedUntil: null, lastError: 'job lost by Redis; relayed again' })
        .where("id = :id AND state = 'RELAYED'", { id: row.id })
        .execute();
      requeued += res.affected ?? 0;
    }
    if (requeued) {
      this.logger.warn(`${requeued} job(s) lost by Redis were put back in the outbox`);
      this.kick();
    }
    return requeued;
  }

  /** Queue figures for the admin view. */
  async counts(): Promise<Record<string, number>> {
    const rows: { state: string; n: number }[] = await this.db
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .select('o.state', 'state')
      .addSelect('COUNT(*)', 'n')
      .groupBy('o.state')
      .getRawMany();
    const out: Record<string, number> = { outboxPending: 0, outboxFailed: 0, outboxDone: 0, outboxRelayed: 0 };
    for (const r of rows) out[`outbox${r.state[0]}${r.state.slice(1).toLowerCase()}`] = Number(r.n);
    if (this.queue) {
      try {
        const c = await withTimeout(this.queue.getJobCounts(), 1000);
        Object.assign(out, { waiting: c.waiting, active: c.active, failed: c.failed, delayed: c.delayed, completed: c.completed });
      } catch {
        out.redisUnavailable = 1;
      }
    }
    return out;
  }

  async failedJobs(limit = 50): Promise<{ id: number; name: string; attempts: number; error: string | null; createdAt: Date }[]> {
    const rows = await this.db
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .where("o.state = 'FAILED' OR (o.last_error IS NOT NULL AND o.state <> 'DONE')")
      .orderBy('o.id', 'DESC')
      .limit(limit)
      .getMany();
    return rows.map((r) => ({ id: r.id, name: r.name, attempts: r.attempts, error: r.lastError, createdAt: r.createdAt }));
  }

  /** Waits until no due job is left (tests, and a graceful shutdown). */
  async drain(timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      this.kick();
      await this.inFlight;
      const pending = await this.db.getRepository(OutboxEntity).count({ where: { state: 'PENDING' } });
      let active = 0;
      if (this.queue && this.options.process) {
        try {
          const c = await withTimeout(this.queue.getJobCounts(), 1000);
          active = c.waiting + c.active + c.delayed;
        } catch {
          active = 1;
        }
      }
      if (!pending && !active) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async onModuleDestroy() {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
    await this.inFlight.catch(() => undefined);
    if (this.queue) await this.queue.close().catch(() => undefined);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}
