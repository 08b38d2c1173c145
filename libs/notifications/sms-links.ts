import type { EntityManager } from 'typeorm';

/**
 * A text carries a link one person can open without the app (a survey's /s/<token>). The feature
 * that owns the page provides this port (evaluation's SurveyLinksService for /surveys/:id), so
 * notifications asks it without depending on that feature.
 */
export interface SmsLinks {
  /** The link to text to `userId` for an in-app link: a personal short link, or the link itself. */
  forPerson(link: string, userId: number, m: EntityManager): Promise<string>;
}

export const SMS_LINKS = Symbol('SMS_LINKS');
