import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NotificationsService } from './notifications.service';

/** Runs the Notify job: writes in-app notifications. */
@Injectable()
export class NotifyProcessor implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit() {
    this.jobs.register(JobName.Notify, async (payload) => {
      await this.notifications.deliver(payload);
    });
  }
}
