import { Injectable } from '@nestjs/common';
import { Env } from '@config/env';
import { JobName } from '@app/jobs/job-names';
import { DailyScheduler } from '@app/jobs/daily-scheduler';
import { JobsService } from '@app/jobs/jobs.service';

/** Digests go out at 20:00 Asia/Shanghai: daily ones every day, weekly ones on Sunday. */
export const DIGEST_HOUR = 20;

/**
 * Writes the SendDigests job of the day once it is 20:00 in Shanghai. Every process that runs
 * processors does so; a second job for the same period sends nothing more (each person's digest
 * text is unique per period), so no leader is needed. Off under NODE_ENV=test (tests run the job).
 */
@Injectable()
export class DigestScheduler extends DailyScheduler {
  constructor(
    env: Env,
    private readonly jobs: JobsService,
  ) {
    super(env, 'DigestScheduler', DIGEST_HOUR);
  }

  protected async runDay(day: string, local: Date): Promise<boolean> {
    await this.jobs.enqueue(null, JobName.SendDigests, { frequency: 'DAILY', day });
    if (local.getUTCDay() === 0) await this.jobs.enqueue(null, JobName.SendDigests, { frequency: 'WEEKLY', day });
    return true;
  }
}
