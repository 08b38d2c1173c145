import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Env } from '@config/env';
import { clock } from '@app/common/clock';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { shanghaiDay } from './sms.service';

/** Digests go out at 20:00 Asia/Shanghai: daily ones every day, weekly ones on Sunday. */
export const DIGEST_HOUR = 20;

/**
 * Writes the SendDigests job of the day once it is 20:00 in Shanghai. Every process that runs
 * processors does so; a second job for the same period sends nothing more (each person's digest
 * text is unique per period), so no leader is needed. Off under NODE_ENV=test (tests run the job).
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DigestScheduler');
  private timer: NodeJS.Timeout | null = null;
  private doneFor = '';

  constructor(
    private readonly env: Env,
    private readonly jobs: JobsService,
  ) {}

  onApplicationBootstrap() {
    if (this.env.NODE_ENV === 'test') return;
    this.timer = setInterval(() => void this.tick().catch((e) => this.logger.warn(`digests: ${e.message}`)), 60_000);
    this.timer.unref?.();
  }

  async tick(now = clock.now()): Promise<void> {
    const local = new Date(now.getTime() + 8 * 3600_000);
    if (local.getUTCHours() < DIGEST_HOUR) return;
    const day = shanghaiDay(now);
    if (this.doneFor === day) return;
    await this.jobs.enqueue(null, JobName.SendDigests, { frequency: 'DAILY', day });
    if (local.getUTCDay() === 0) await this.jobs.enqueue(null, JobName.SendDigests, { frequency: 'WEEKLY', day });
    this.doneFor = day;
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
  }
}
