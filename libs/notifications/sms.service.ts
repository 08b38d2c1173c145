import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Env } from '@config/env';
import { UsersService } from '@app/auth/users.service';
import { SmsSender } from '@app/auth/sms.sender';
import { clock } from '@app/common/clock';
import { shanghaiDay, shanghaiMidnight } from '@app/common/shanghai-time';
import { isUniqueViolation } from '@app/common/errors';
import { PHONE_PATTERN } from '@app/common/text';
import { DigestFrequency } from '@app/common/glossary';
import { inTransaction } from '@app/database/transaction';
import { JobName, NotifyPayload } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NotificationEntity } from './notification.entity';
import { NotificationPrefsEntity, SmsMessageEntity } from './reach.entities';
import { SMS_LINKS, type SmsLinks } from './sms-links';

/** The notifications that matter enough for a text (domain.md §11). */
export const SMS_KINDS: ReadonlySet<string> = new Set(['survey-invite', 'need-accepted', 'need-rejected', 'need-merged', 'wish-claimed', 'project-completed']);
/** at most this many texts per person per day (Asia/Shanghai), digests included */
export const SMS_PER_DAY = 3;

export interface Prefs {
  sms: boolean;
  digest: DigestFrequency;
}
const DEFAULT_PREFS: Prefs = { sms: false, digest: DigestFrequency.OFF };

/**
 * Texts beyond the app. A text is first written to sms_messages (its unique keys make it one per
 * person per event and at most three per person per day), with a SendSms job in the same
 * transaction; the job claims the row with a conditional update, so however many workers see the
 * job, the gateway is called once.
 */
@Injectable()
export class SmsService {
  private readonly logger = new Logger('SmsService');
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly env: Env,
    private readonly jobs: JobsService,
    private readonly sender: SmsSender,
    @Inject(SMS_LINKS) private readonly links: SmsLinks,
    private readonly users: UsersService,
  ) {}

  get publicUrl(): string {
    return this.env.PUBLIC_URL ?? `http://127.0.0.1:${this.env.PORT}`;
  }

  async prefs(userId: number): Promise<Prefs> {
    const row = await this.db.getRepository(NotificationPrefsEntity).findOneBy({ userId });
    return row ? { sms: !!row.sms, digest: row.digest } : { ...DEFAULT_PREFS };
  }

  async updatePrefs(userId: number, change: Partial<Prefs>): Promise<Prefs> {
    const now = { ...(await this.prefs(userId)), ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined && v !== null)) } as Prefs;
    await this.db.getRepository(NotificationPrefsEntity).upsert({ userId, sms: now.sms, digest: now.digest }, ['userId']);
    return now;
  }

  /** After a notification was written: a text to each recipient who turned SMS on, when the kind matters. */
  async afterNotify(p: NotifyPayload, userIds: number[]): Promise<void> {
    if (!SMS_KINDS.has(p.kind) || !userIds.length) return;
    const prefs = await this.db.getRepository(NotificationPrefsEntity).findBy({ userId: In(userIds), sms: true });
    if (!prefs.length) return;
    const phones = await this.phones(prefs.map((x) => x.userId));
    for (const pref of prefs) {
      const phone = phones.get(pref.userId);
      if (!phone) continue;
      await inTransaction(this.db, async (m) => {
        const link = await this.links.forPerson(p.link ?? '/notifications', pref.userId, m);
        const text = `【金色纽带】${p.title.replace(/[。.]$/, '')}。详情:${this.publicUrl}${link}`;
        // with a digest on, the last slot of the day is kept for it
        const slots = pref.digest === DigestFrequency.OFF ? SMS_PER_DAY : SMS_PER_DAY - 1;
        await this.queue(m, pref.userId, `n:${p.dedupeKey}`, p.kind, text, slots);
      });
    }
  }

  /**
   * Writes one text (or nothing: already written for this event, or the day's slots are used up)
   * and its SendSms job. Returns whether a text was queued.
   */
  async queue(m: EntityManager, userId: number, dedupeKey: string, kind: string, text: string, slots = SMS_PER_DAY): Promise<boolean> {
    const repo = m.getRepository(SmsMessageEntity);
    const key = dedupeKey.slice(0, 120);
    if (await repo.exist({ where: { userId, dedupeKey: key } })) return false;
    const day = shanghaiDay(clock.now());
    for (let slot = 1; slot <= slots; slot++) {
      try {
        const res = await repo.insert({ userId, dedupeKey: key, day, slot, kind, text: text.slice(0, 300), state: 'PENDING', attempts: 0, sentAt: null });
        await this.jobs.enqueue(m, JobName.SendSms, { smsId: res.identifiers[0].id as number });
        return true;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        // the same event already written by another worker: nothing more to do; otherwise the slot was taken
        if (await repo.exist({ where: { userId, dedupeKey: key } })) return false;
      }
    }
    return false;
  }

  /** The SendSms job: claim the text, send it through the gateway, mark it sent. */
  async send(smsId: number): Promise<void> {
    const claimed = await this.db
      .createQueryBuilder()
      .update(SmsMessageEntity)
      .set({ state: 'SENDING', attempts: () => 'attempts + 1' })
      .where("id = :id AND state = 'PENDING'", { id: smsId })
      .execute();
    if (claimed.affected !== 1) return; // sent already, or being sent by another worker
    const sms = await this.db.getRepository(SmsMessageEntity).findOneByOrFail({ id: smsId });
    const phone = (await this.phones([sms.userId])).get(sms.userId);
    if (!phone) {
      // the account was deleted meanwhile: nothing to send, and never again
      await this.db.getRepository(SmsMessageEntity).update({ id: smsId }, { state: 'SENT', sentAt: null });
      return;
    }
    try {
      await this.sender.sendText(phone, sms.kind, sms.text);
    } catch (e) {
      await this.db.getRepository(SmsMessageEntity).update({ id: smsId, state: 'SENDING' }, { state: 'PENDING' });
      throw e;
    }
    await this.db.getRepository(SmsMessageEntity).update({ id: smsId }, { state: 'SENT', sentAt: clock.now() });
  }

  /**
   * The SendDigests job for one period: each person with that digest frequency gets one text
   * counting the notifications of the period that did not already go out as a text. Running it
   * again for the same period sends nothing more (the period is the text's dedupe key).
   */
  async sendDigests(frequency: 'DAILY' | 'WEEKLY', day: string): Promise<number> {
    const end = new Date(shanghaiMidnight(day).getTime() + 24 * 3600_000);
    const start = new Date(end.getTime() - (frequency === 'DAILY' ? 1 : 7) * 24 * 3600_000);
    const prefs = await this.db.getRepository(NotificationPrefsEntity).findBy({ digest: frequency });
    if (!prefs.length) return 0;
    const phones = await this.phones(prefs.map((p) => p.userId));
    let queued = 0;
    for (const pref of prefs) {
      if (!phones.get(pref.userId)) continue;
      const rows: { kind: string; n: string | number }[] = await this.db
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .select('n.kind', 'kind')
        .addSelect('COUNT(*)', 'n')
        .where('n.user_id = :u AND n.created_at >= :start AND n.created_at < :end', { u: pref.userId, start, end })
        .andWhere(`NOT EXISTS (SELECT 1 FROM sms_messages s WHERE s.user_id = n.user_id AND s.dedupe_key = ${this.concatKey()})`)
        .groupBy('n.kind')
        .getRawMany();
      const total = rows.reduce((s, r) => s + Number(r.n), 0);
      if (!total) continue;
      const period = frequency === 'DAILY' ? `${day.slice(5, 7)}月${day.slice(8, 10)}日` : '本周';
      const text = `【金色纽带】${period}您有 ${total} 条新消息${digestParts(rows)},详情:${this.publicUrl}/notifications`;
      const ok = await inTransaction(this.db, (m) => this.queue(m, pref.userId, `digest:${frequency}:${day}`, 'digest', text));
      if (ok) queued++;
    }
    return queued;
  }

  private concatKey(): string {
    const type = this.db.options.type;
    return type === 'mysql' || type === 'mariadb' ? "CONCAT('n:', n.dedupe_key)" : "'n:' || n.dedupe_key";
  }

  private async phones(userIds: number[]): Promise<Map<number, string>> {
    if (!userIds.length) return new Map();
    const users = await this.users.usersByIds(userIds);
    return new Map(users.filter((u) => u.phone && PHONE_PATTERN.test(u.phone)).map((u) => [u.id, u.phone!]));
  }
}

const GROUPS: [string, (kind: string) => boolean][] = [
  ['需求进展', (k) => k.startsWith('need-') || k.startsWith('wish-')],
  ['项目动态', (k) => k.startsWith('project-')],
  ['问卷邀请', (k) => k.startsWith('survey-')],
];

/** "(需求进展 2 条、项目动态 1 条)" — counts by kind only: never a title, name or phone */
function digestParts(rows: { kind: string; n: string | number }[]): string {
  const parts: string[] = [];
  let other = 0;
  for (const r of rows) {
    const g = GROUPS.find(([, f]) => f(r.kind));
    if (!g) other += Number(r.n);
  }
  for (const [name, f] of GROUPS) {
    const n = rows.filter((r) => f(r.kind)).reduce((s, r) => s + Number(r.n), 0);
    if (n) parts.push(`${name} ${n} 条`);
  }
  if (other) parts.push(`其他 ${other} 条`);
  return parts.length ? `(${parts.join('、')})` : '';
}
