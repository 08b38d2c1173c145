import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { FollowsService } from './follows';

@Module({
  providers: [NotificationsService, NotificationsResolver, FollowsService],
  exports: [NotificationsService, FollowsService],
})
export class NotificationsModule {}
