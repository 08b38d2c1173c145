import { Module } from '@nestjs/common';
import { NotificationPrefsResolver, NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { SmsService } from './sms.service';
import { FollowsService } from './follows';

@Module({
  providers: [NotificationsService, NotificationsResolver, NotificationPrefsResolver, SmsService, FollowsService],
  exports: [NotificationsService, SmsService, FollowsService],
})
export class NotificationsModule {}
