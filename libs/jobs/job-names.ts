import type { NeedCategory } from '@app/common/glossary';

/** Every job the platform runs. A worker refuses to start while a name here has no processor. */
export enum JobName {
  /** suggest a category for a newly arrived need */
  ClassifyNeed = 'classify-need',
  /** learn from a category staff confirmed */
  LearnCategory = 'learn-category',
  /** write in-app notifications (and, later, SMS/WeChat) */
  Notify = 'notify',
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
}

export type JobHandlerFn<N extends JobName> = (payload: JobPayloads[N]) => Promise<void>;
