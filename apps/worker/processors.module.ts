import { Module } from '@nestjs/common';
import { NeedsModule } from '@app/needs/needs.module';
import { NeedsProcessor } from '@app/needs/needs.processor';
import { NotificationsModule } from '@app/notifications/notifications.module';
import { NotifyProcessor } from '@app/notifications/notify.processor';
import { ProjectsModule } from '@app/projects/projects.module';
import { OverdueScheduler } from '@app/projects/overdue.service';
import { DigestScheduler } from '@app/notifications/digest.scheduler';
import { RetentionScheduler } from '@app/retention/retention';

/**
 * Every job processor. The worker app runs them; the api runs them too only in the embedded
 * default (no Redis) or with JOBS_IN_API=true.
 */
@Module({
  imports: [NeedsModule, NotificationsModule, ProjectsModule],
  providers: [NeedsProcessor, NotifyProcessor, DigestScheduler, OverdueScheduler, RetentionScheduler],
})
export class ProcessorsModule {}
