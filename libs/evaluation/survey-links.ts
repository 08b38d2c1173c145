import { Controller, Get, Global, Injectable, Module, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { Column, DataSource, Entity, EntityManager, Index } from 'typeorm';
import { CreatedAt, IdRef } from '@app/database/columns';
import { isUniqueViolation } from '@app/common/errors';
import { Public } from '@app/common/access';
import { SMS_LINKS, type SmsLinks } from '@app/notifications/sms-links';
import { SurveyEntity } from './evaluation.entities';

/**
 * Short survey links (/s/<token>) for people without the app: sent in an invitation SMS. A token is
 * random (it encodes nothing), opens only its survey, and only while that survey is open; opening
 * the survey still asks for a code sign-in, so a forwarded link reveals nothing and answers nothing.
 */
@Entity('survey_links')
@Index('uq_survey_links_person', ['surveyId', 'userId'], { unique: true })
export class SurveyLinkEntity {
  @Column({ type: 'varchar', length: 16, primary: true }) token: string;
  @IdRef() surveyId: number;
  @IdRef() userId: number;
  @CreatedAt() createdAt: Date;
}

/** lower case only (MySQL compares case-insensitively), no look-alikes (l, o, 0, 1) */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
/** 12 characters from 32: 60 random bits */
export function newToken(length = 12): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % 32];
  return out;
}

@Injectable()
export class SurveyLinksService implements SmsLinks {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** SmsLinks: a survey's page becomes the person's short link; any other link stays. */
  async forPerson(link: string, userId: number, m: EntityManager): Promise<string> {
    const survey = /^\/surveys\/(\d+)$/.exec(link);
    return survey ? `/s/${await this.tokenFor(Number(survey[1]), userId, m)}` : link;
  }

  /** The person's link token for the survey (one per person and survey; the same one when asked again). */
  async tokenFor(surveyId: number, userId: number, m: EntityManager = this.db.manager): Promise<string> {
    const repo = m.getRepository(SurveyLinkEntity);
    const found = await repo.findOneBy({ surveyId, userId });
    if (found) return found.token;
    const token = newToken();
    try {
      await repo.insert({ token, surveyId, userId });
      return token;
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const again = await repo.findOneBy({ surveyId, userId });
      if (again) return again.token;
      throw e;
    }
  }

  /** Where a token leads: the survey while it is open; 'closed' once it has closed; null for an unknown token. */
  async resolve(token: string): Promise<{ surveyId: number } | 'closed' | null> {
    if (!/^[a-z0-9]{6,16}$/.test(token)) return null;
    const link = await this.db.getRepository(SurveyLinkEntity).findOneBy({ token });
    if (!link) return null;
    const survey = await this.db.getRepository(SurveyEntity).findOne({ where: { id: link.surveyId }, select: ['id', 'open'] });
    if (!survey || !survey.open) return 'closed';
    return { surveyId: survey.id };
  }
}

const page = (title: string, text: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 金色纽带</title>
<style>body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;padding:48px 20px;text-align:center;color:#1f1f1f;background:#f5f5f5;font-size:18px;line-height:1.7}h1{font-size:24px;margin:0 0 12px}a{color:#a30d24}</style>
</head><body><main><h1>${title}</h1><p>${text}</p><p><a href="/">打开金色纽带居民端 (open the portal)</a></p></main></body></html>`;

/** GET /s/:token → the survey in the portal (sign-in first), or a page saying why not. */
@Controller('s')
export class SurveyLinkController {
  constructor(private readonly links: SurveyLinksService) {}

  @Public()
  @Get(':token')
  async open(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const to = await this.links.resolve(token);
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    if (to === null) {
      void reply.status(404).type('text/html; charset=utf-8').send(page('链接无效', '这个链接不存在或已失效。 (This link does not exist.)'));
      return;
    }
    if (to === 'closed') {
      void reply.status(410).type('text/html; charset=utf-8').send(page('问卷已结束', '这份问卷已经结束,感谢您的关注。 (This survey has closed. Thank you.)'));
      return;
    }
    void reply.status(302).header('location', `/surveys/${to.surveyId}`).send();
  }
}

/** Global: it provides notifications' SMS_LINKS port (the api and the worker both compose it). */
@Global()
@Module({
  controllers: [SurveyLinkController],
  providers: [SurveyLinksService, { provide: SMS_LINKS, useExisting: SurveyLinksService }],
  exports: [SurveyLinksService, SMS_LINKS],
})
export class SurveyLinksModule {}
