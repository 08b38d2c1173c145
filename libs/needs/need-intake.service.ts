import type { Reason } from '@app/common/reasons';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError } from '@app/common/errors';
import { label, NeedChannel, NeedKind, NeedStatus, Role } from '@app/common/glossary';
import { LimitRule, RateLimitService } from '@app/common/rate-limit';
import type { Principal } from '@app/common/request-context';
import { checkContactPhone, cleanText, toId } from '@app/common/text';
import { assertZoneRole } from '@app/common/access';
import { AuthService } from '@app/auth/auth.service';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { OrgService } from '@app/org/org.service';
import { assertNeedAction, loadSupporting } from './need-actions';
import { bumpNeedCounter, OPEN_NEED_STATUSES } from './need-state';
import { NeedEntity, NeedEventEntity, NeedSupportEntity } from './needs.entities';
import { inTransaction } from '@app/database/transaction';
import { maskName, maskPhone } from '@app/common/masking';
import { follow } from '@app/notifications/follows';
import { PhotosService } from '@app/photos/photos.service';
import { ADDRESS_MAX, NEED_CONTENT_MAX, NEED_TITLE_MAX, PERSON_NAME_MAX } from './need-limits';

export const SUBMIT_LIMIT: LimitRule = {
  name: 'need-submit',
  points: 20,
  durationSeconds: 3600,
  message: '提交需求过于频繁,每人每小时最多 20 条 (at most 20 needs per person per hour)',
};

export const OFFLINE_CHANNELS: readonly NeedChannel[] = [NeedChannel.HALL, NeedChannel.RECEPTION, NeedChannel.VISIT, NeedChannel.HOTLINE];

export interface NeedDraft {
  zoneId: string;
  kind: NeedKind;
  title: string;
  content: string;
  communityId?: string | null;
  buildingId?: string | null;
  clientMutationId?: string | null;
  /** uploaded with POST /uploads by the caller (the submitter, or the staff member recording) */
  photoIds?: string[] | null;
}

interface CleanNeed {
  zoneId: number;
  kind: NeedKind;
  channel: NeedChannel;
  title: string;
  content: string;
  communityId: number | null;
  buildingId: number | null;
  submitterId: number;
  recordedById: number | null;
  clientMutationId: string | null;
}

/** Need intake (submitNeed, recordNeed) and supports (需求众筹). */
@Injectable()
export class NeedIntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly jobs: JobsService,
    private readonly limits: RateLimitService,
    private readonly org: OrgService,
    private readonly photos: PhotosService,
  ) {}

  /** 居民端: a resident or office worker submits a need online. */
  async submit(viewer: Principal, input: NeedDraft): Promise<NeedEntity> {
    const fields = await this.clean(input);
    return this.create({ ...fields, channel: NeedChannel.APP, submitterId: viewer.id, recordedById: null, clientMutationId: cleanMutationId(input.clientMutationId) }, viewer.id, 'submit', null, input.photoIds);
  }

  /**
   * 管理后台: staff enter a need heard offline, on behalf of a person found or created by phone —
   * a mobile or a landline — or, for a caller without a phone, created with their name and an
   * address note (kept in the need's history, which only staff and the person read).
   */
  async record(
    viewer: Principal,
    input: NeedDraft & { channel: NeedChannel; onBehalfOfPhone?: string | null; onBehalfOfName: string; onBehalfOfAddress?: string | null },
  ): Promise<NeedEntity> {
    const fields = await this.clean(input);
    assertZoneRole(viewer, fields.zoneId, [Role.COUNCIL_STAFF], '代录需求');
    if (!OFFLINE_CHANNELS.includes(input.channel)) {
      throw new BadInputError('offlineChannel', 'channel');
    }
    const name = cleanText(input.onBehalfOfName, 'onBehalfOfName', '姓名', 1, PERSON_NAME_MAX);
    const rawPhone = (input.onBehalfOfPhone ?? '').trim();
    const address = (input.onBehalfOfAddress ?? '').trim() ? cleanText(input.onBehalfOfAddress!, 'onBehalfOfAddress', '住址', 1, ADDRESS_MAX) : null;
    if (!rawPhone && !address) throw new BadInputError('noContact', 'onBehalfOfAddress');
    const person = rawPhone
      ? await this.auth.findOrCreateByPhone(checkContactPhone(rawPhone, 'onBehalfOfPhone'), name) // its transaction takes its turn on SQLite
      : await this.auth.createWithoutPhone(name);
    const note = address ? (rawPhone ? `住址：${address}` : `无电话；住址：${address}`) : null;
    const cmid = cleanMutationId(input.clientMutationId);
    // the key is (person, id): scope the caller's id to the staff member, so two staff never collide
    return this.create(
      { ...fields, channel: input.channel, submitterId: person.id, recordedById: viewer.id, clientMutationId: cmid ? `rec:${viewer.id}:${cmid}` : null },
      viewer.id,
      'record',
      note,
      input.photoIds,
    );
  }

  /** Zones are created, never deleted: remember the ones seen, so intake does not ask every time. */
  private readonly knownZones = new Set<number>();
  private async zoneExists(zoneId: number): Promise<boolean> {
    if (this.knownZones.has(zoneId)) return true;
    const found = await this.org.zoneExists(zoneId);
    if (found && this.knownZones.size < 10_000) this.knownZones.add(zoneId);
    return found;
  }

  private async clean(input: NeedDraft): Promise<Omit<CleanNeed, 'channel' | 'submitterId' | 'recordedById' | 'clientMutationId'>> {
    const zoneId = toId(input.zoneId, 'zoneId');
    const title = cleanText(input.title, 'title', '标题', 1, NEED_TITLE_MAX);
    const content = cleanText(input.content, 'content', '内容', 1, NEED_CONTENT_MAX);
    if (!(await this.zoneExists(zoneId))) throw new BadInputError('noSuchZoneId', 'zoneId');
    const communityId = OrgService.id(input.communityId, 'communityId');
    const buildingId = OrgService.id(input.buildingId, 'buildingId');
    await this.org.assertPlaceInZone(zoneId, communityId, buildingId);
    return { zoneId, kind: input.kind, title, content, communityId, buildingId };
  }

  /**
   * Writes the need, its first history entry, its classification job and its counter in one
   * transaction. A repeated clientMutationId returns the need it made the first time: the unique
   * key (submitter, client_mutation_id) lets only one of concurrent retries insert.
   */
  private async create(n: CleanNeed, actorId: number, action: 'submit' | 'record', note: string | null = null, photoIds?: string[] | null): Promise<NeedEntity> {
    const byMutationId = (m: EntityManager) => m.getRepository(NeedEntity).findOneBy({ submitterId: n.submitterId, clientMutationId: n.clientMutationId! });
    if (n.clientMutationId) {
      const earlier = await byMutationId(this.db.manager);
      if (earlier) return earlier;
    }
    await this.limits.consume(SUBMIT_LIMIT, String(n.submitterId));
    try {
      return await inTransaction(this.db, async (m) => {
        if (n.clientMutationId) {
          const earlier = await byMutationId(m);
          if (earlier) return earlier;
        }
        const res = await m.getRepository(NeedEntity).insert({ ...n, status: NeedStatus.SUBMITTED, supportCount: 0, category: null, suggestedCategory: null, suggestedConfidence: null });
        const id = Number(res.identifiers[0].id);
        await m.getRepository(NeedEventEntity).insert({ needId: id, zoneId: n.zoneId, action, fromStatus: null, toStatus: NeedStatus.SUBMITTED, actorId, note });
        if (photoIds?.length) await this.photos.attach(m, actorId, photoIds, { type: 'need', id, zoneId: n.zoneId });
        await this.jobs.enqueue(m, JobName.ClassifyNeed, { needId: id });
        await follow(m, n.submitterId, 'need', id, n.zoneId); // the author follows their need
        // last, so the (briefly hot) counter row is locked only until the commit
        await bumpNeedCounter(m, { zoneId: n.zoneId, status: NeedStatus.SUBMITTED, kind: n.kind, category: null, channel: n.channel }, +1);
        return (await m.getRepository(NeedEntity).findOneBy({ id }))!;
      });
    } catch (e) {
      if (n.clientMutationId && isUniqueViolation(e)) {
        const earlier = await byMutationId(this.db.manager);
        if (earlier) return earlier;
      }
      throw e;
    }
  }

  // ── supports ───────────────────────────────────────────────────────────

  /**
   * Adds the caller's support. The need row is updated first (support_count + 1, only while the
   * need is open and not the caller's own), then the (need, user) primary key refuses a second
   * support and rolls the increment back: the count is exact under any concurrency.
   */
  async support(viewer: Principal, needId: number): Promise<NeedEntity> {
    await this.check('support', viewer, needId);
    await inTransaction(this.db, (m) => this.addSupport(m, viewer.id, needId, 'alreadySupported', 'ownNeed'));
    return (await this.db.getRepository(NeedEntity).findOneBy({ id: needId }))!;
  }

  /**
   * supportNeedFor (staff): a person met offline (议事厅, 走访) supports a need. The person is found
   * by phone or created without any login (no username, no password, no code sent); their support
   * counts like any other and the need's history records who entered it.
   */
  async supportFor(viewer: Principal, needId: number, rawPhone: string, rawName: string): Promise<NeedEntity> {
    const need = await this.db.getRepository(NeedEntity).findOne({ where: { id: needId }, select: ['id', 'zoneId', 'status'] });
    if (!need) throw new NotFoundError('Need', needId);
    assertZoneRole(viewer, need.zoneId, [Role.COUNCIL_STAFF], '代为支持需求');
    const phone = checkContactPhone(rawPhone, 'phone');
    const name = cleanText(rawName, 'name', '姓名', 1, PERSON_NAME_MAX);
    const person = await this.auth.findOrCreateByPhone(phone, name);
    await inTransaction(this.db, async (m) => {
      await this.addSupport(m, person.id, needId, 'personAlreadySupports', 'personIsAuthor');
      await m.getRepository(NeedEventEntity).insert({
        needId,
        zoneId: need.zoneId,
        action: 'support-for',
        fromStatus: need.status,
        toStatus: need.status,
        actorId: viewer.id,
        note: `工作人员代 ${maskName(person.displayName)}(${maskPhone(phone)})支持`,
      });
    });
    return (await this.db.getRepository(NeedEntity).findOneBy({ id: needId }))!;
  }

  /**
   * Adds one support. The need row is updated first (support_count + 1, only while the need is
   * open and not the supporter's own), then the (need, user) primary key refuses a second support
   * and rolls the increment back: the count is exact under any concurrency. The supporter follows
   * the need.
   */
  private async addSupport(m: EntityManager, userId: number, needId: number, twice: Reason, own: Reason): Promise<void> {
    const res = await m
      .createQueryBuilder()
      .update(NeedEntity)
      .set({ supportCount: () => 'support_count + 1' })
      .where('id = :needId AND status IN (:...open) AND submitter_id <> :me', { needId, open: OPEN_NEED_STATUSES, me: userId })
      .execute();
    if (!res.affected) await this.whyNot(m, userId, needId, 'support', own);
    try {
      await m.getRepository(NeedSupportEntity).insert({ needId, userId });
    } catch (e) {
      // the primary key (need, user): a second support is refused and the +1 above rolled back
      if (isUniqueViolation(e)) throw new ConflictError(twice);
      throw e;
    }
    const need = await m.getRepository(NeedEntity).findOne({ where: { id: needId }, select: ['id', 'zoneId'] });
    await follow(m, userId, 'need', needId, need!.zoneId);
  }

  async unsupport(viewer: Principal, needId: number): Promise<NeedEntity> {
    await this.check('unsupport', viewer, needId);
    await inTransaction(this.db, async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(NeedEntity)
        .set({ supportCount: () => 'support_count - 1' })
        .where('id = :needId AND status IN (:...open)', { needId, open: OPEN_NEED_STATUSES })
        .execute();
      if (!res.affected) await this.whyNot(m, viewer.id, needId, 'unsupport');
      const del = await m.createQueryBuilder().delete().from(NeedSupportEntity).where('need_id = :needId AND user_id = :me', { needId, me: viewer.id }).execute();
      if (!del.affected) throw new ConflictError('notSupported');
    });
    return (await this.db.getRepository(NeedEntity).findOneBy({ id: needId }))!;
  }

  /** The action table's refusal for the caller's support change, if any (NOT_FOUND when no such need). */
  private async check(action: 'support' | 'unsupport', viewer: Principal, needId: number): Promise<void> {
    const need = await this.db.getRepository(NeedEntity).findOne({ where: { id: needId } });
    if (!need) throw new NotFoundError('Need', needId);
    assertNeedAction(action, viewer, need, { supporting: await loadSupporting(this.db, viewer, needId), unitId: null });
  }

  /** Explains a support change the conditional UPDATE refused (a concurrent move); always throws. */
  private async whyNot(m: EntityManager, userId: number, needId: number, what: 'support' | 'unsupport', own: Reason = 'ownNeed'): Promise<never> {
    const need = await m.getRepository(NeedEntity).findOne({ where: { id: needId }, select: ['id', 'status', 'submitterId'] });
    if (!need) throw new NotFoundError('Need', needId);
    if (what === 'support' && need.submitterId === userId) {
      // the author is already behind the need: supporting it too would count them twice
      throw new ConflictError(own);
    }
    throw new ConflictError('supportClosed', { status: need.status, statusZh: label('NeedStatus', need.status), actionZh: what === 'support' ? '支持' : '取消支持' });
  }
}

function cleanMutationId(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (!v) return null;
  if (v.length > 48) throw new BadInputError('mutationIdTooLong', 'clientMutationId', { max: 48 });
  return v;
}

