import type { NeedCategory } from '@app/common/glossary';

/** Every job the platform runs. A worker refuses to start while a name here has no processor. */
export enum JobName {
  /** suggest a category for a newly arrived need */
  ClassifyNeed = 'classify-need',
  /** learn from a category staff confirmed */
  LearnCategory = 'learn-category',
  /** write in-app notifications (and, later, SMS/WeChat) */
  Notify = 'notify',
  /** send one text written to sms_messages */
  SendSms = 'send-sms',
  /** one digest text per person for a day or a week */
  SendDigests = 'send-digests',
  /** daily: delete expired login codes, stale lockouts and finished jobs (libs/retention) */
  PurgeExpired = 'purge-expired',
}

export interface NotifyPayload {
  /** explicit recipients */
  userIds?: number[];
  /** and/or everyone holding one of these roles in the zone */
  zoneRoles?: { zoneId: number; roles: string[] };
  zoneId: number | null;
  kind: string;
  title: string;
  body: string;
  /** the page it is about, app-relative: /needs/3, /projects/12, /surveys/4, /meetings/2 */
  link?: string | null;
  /** with the recipient, makes a retried job harmless */
  dedupeKey: string;
  /** and everyone following this need or project (关注), read when the job runs */
  followersOf?: { subjectType: 'need' | 'project'; subjectId: number };
  /** never these people (the one who acted; those a direct message of the same step already told) */
  exceptUserIds?: number[];
  /** nor holders of these roles in zoneId (a direct message to them covers the same step) */
  exceptZoneRoles?: string[];
}

export interface JobPayloads {
  [JobName.ClassifyNeed]: { needId: number };
  [JobName.LearnCategory]: { needId: number; category: NeedCategory };
  [JobName.Notify]: NotifyPayload;
  [JobName.SendSms]: { smsId: number };
  /** day: YYYY-MM-DD (Asia/Shanghai), the last day of the period */
  [JobName.SendDigests]: { frequency: 'DAILY' | 'WEEKLY'; day: string };
  /** day: YYYY-MM-DD (Asia/Shanghai) the purge is for */
  [JobName.PurgeExpired]: { day: string };
}

export type JobHandlerFn<N extends JobName> = (payload: JobPayloads[N]) => Promise<void>;
