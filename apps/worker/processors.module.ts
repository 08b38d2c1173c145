import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications/notifications.module';
import { NotifyProcessor } from '@app/notifications/notify.processor';

/**
 * Every job processor. The worker app runs them; the api runs them too only in the embedded
 * default (no Redis) or with JOBS_IN_API=true.
 */
@Module({
  imports: [NotificationsModule],
  providers: [NotifyProcessor],
})
export class ProcessorsModule {}
