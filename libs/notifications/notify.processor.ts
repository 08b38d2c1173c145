import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NotificationsService } from './notifications.service';
import { SmsService } from './sms.service';

/** Runs the Notify job (in-app notifications, then texts to those who want them), SendSms and SendDigests. */
@Injectable()
export class NotifyProcessor implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly sms: SmsService,
  ) {}

  onModuleInit() {
    this.jobs.register(JobName.Notify, async (payload) => {
      const recipients = await this.notifications.deliver(payload);
      await this.sms.afterNotify(payload, recipients);
    });
    this.jobs.register(JobName.SendSms, async ({ smsId }) => {
      await this.sms.send(smsId);
    });
    this.jobs.register(JobName.SendDigests, async ({ frequency, day }) => {
      await this.sms.sendDigests(frequency, day);
    });
  }
}
