import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Env } from '@config/env';
import { clock } from '@app/common/clock';
import { purgeSignInLeftovers } from '@app/auth/auth.retention';
import { JobName } from '@app/jobs/job-names';
import { DailyScheduler } from '@app/jobs/daily-scheduler';
import { JobsService } from '@app/jobs/jobs.service';
import { purgeFinishedJobs } from '@app/jobs/outbox.retention';
import { PhotosService } from '@app/photos/photos.service';

const DAY = 86_400_000;

/** How long rows nobody needs any more are kept (README, "Security"). */
export const RETENTION = {
  /** one-time codes, a day after they expired (a code lives 5 minutes) */
  loginCodesDays: 1,
  /** wrong-code counters, a day after the last wrong code, once any lock has run out */
  loginLockoutsDays: 1,
  /** jobs that ran to the end (FAILED ones stay for the admins' job list) */
  doneJobsDays: 7,
  /** the markers that make periodic jobs exactly-once */
  scheduledRunsDays: 30,
  /** uploaded photos no record took (or a record dropped): their rows and files */
  unattachedPhotosDays: 2,
};

/** The purge runs once a day after 03:00 Asia/Shanghai, the quietest hour. */
export const RETENTION_HOUR = 3;

/** The PurgeExpired job: deletes what RETENTION says has outlived its use. */
export async function purgeExpired(db: DataSource, now = clock.now()) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const signIn = await purgeSignInLeftovers(db, now, ago(RETENTION.loginCodesDays), ago(RETENTION.loginLockoutsDays));
  const jobs = await purgeFinishedJobs(db, ago(RETENTION.doneJobsDays), ago(RETENTION.scheduledRunsDays));
  return { ...signIn, ...jobs };
}

/**
 * Writes the day's PurgeExpired job once it is 03:00 in Shanghai. Every process that runs processors
 * ticks; JobsService.enqueueOnce lets exactly one of them write the job for a day. Off under
 * NODE_ENV=test (tests call tick()).
 */
@Injectable()
export class RetentionScheduler extends DailyScheduler implements OnModuleInit {
  constructor(
    env: Env,
    private readonly jobs: JobsService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly photos: PhotosService,
  ) {
    super(env, 'Retention', RETENTION_HOUR);
  }

  onModuleInit() {
    this.jobs.register(JobName.PurgeExpired, async () => {
      const purged = await purgeExpired(this.db);
      const photos = await this.photos.purgeUnattached(new Date(clock.now().getTime() - RETENTION.unattachedPhotosDays * DAY));
      this.logger.log(`purged ${JSON.stringify({ ...purged, photos })}`);
    });
  }

  protected runDay(day: string): Promise<boolean> {
    return this.jobs.enqueueOnce(JobName.PurgeExpired, day, { day });
  }
}
