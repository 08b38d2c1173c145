import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { SurveyLinksModule } from '@app/evaluation/survey-links';
import { JobsService } from '@app/jobs/jobs.service';
import { NeedsModule } from '@app/needs/needs.module';
import { NeedsProcessor } from '@app/needs/needs.processor';
import { NotificationsModule } from '@app/notifications/notifications.module';
import { NotifyProcessor } from '@app/notifications/notify.processor';
import { DigestScheduler } from '@app/notifications/digest.scheduler';
import { ProjectsModule } from '@app/projects/projects.module';
import { OverdueScheduler } from '@app/projects/overdue.service';
import { RetentionScheduler } from '@app/retention/retention';
import { PhotosModule } from '@app/photos/photos.module';

/**
 * Every job processor. The worker app runs them; the api runs them too only in the embedded
 * default (no Redis) or with JOBS_IN_API=true. Either way the process refuses to start while a
 * job name has no processor (a job nobody would ever run).
 */
@Module({
  // SurveyLinksModule provides notifications' SMS_LINKS port (survey invitations texted from here)
  imports: [SurveyLinksModule, NeedsModule, NotificationsModule, ProjectsModule, PhotosModule],
  providers: [NeedsProcessor, NotifyProcessor, DigestScheduler, OverdueScheduler, RetentionScheduler],
})
export class ProcessorsModule implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobsService) {}

  onApplicationBootstrap(): void {
    const missing = this.jobs.missingProcessors();
    if (missing.length) throw new Error(`Refusing to start: no processor for job(s) ${missing.join(', ')}`);
  }
}
