import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { clock } from '@app/common/clock';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '@app/common/errors';
import { label, NeedCategory, NeedChannel, NeedKind, NeedStatus, Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { cleanText } from '@app/common/text';
import { assertZoneRole, hasZoneRole, isAdminOf } from '@app/common/access';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import type { MemberUnitEntity } from '@app/org/org.entities';
import { OrgService } from '@app/org/org.service';
import { assertNeedAction } from './need-actions';
import { applyNeedMove, NeedMove, needStateConflict, OPEN_NEED_STATUSES, tryNeedMove } from './need-state';
import { NeedEntity, NeedEventEntity, NeedSupportEntity } from './needs.entities';
import { inTransaction, isSqlite, lockRow } from '@app/database/transaction';
import { REJECT_REASON_MAX } from './need-limits';

/**
 * Review (accept, reject, merge) and micro-wish fulfilment (claimWish, confirmWishFulfilled).
 * Every status change goes through applyNeedMove (need-state.ts): conditional UPDATE, history
 * row, counters; notifications and classifier learning are jobs written in the same transaction.
 */
/** Rows are changed in id order, so two overlapping batches cannot deadlock each other. */
const byIdOrder = (needs: NeedEntity[]) => [...needs].sort((a, b) => a.id - b.id);

/** acceptNeeds / rejectNeeds take at most this many needs at once. */
export const BATCH_MAX = 100;

@Injectable()
export class NeedReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly org: OrgService,
  ) {}

  private async load(needId: number, m: EntityManager = this.db.manager): Promise<NeedEntity> {
    const n = await m.getRepository(NeedEntity).findOneBy({ id: needId });
    if (!n) throw new NotFoundError('Need', needId);
    return n;
  }

  /** Why a move did not apply, with the status the need is really in now. */
  private async refused(m: EntityManager, needId: number, doing: string, inBatch = false): Promise<never> {
    const now = await this.load(needId, m);
    const params = { status: now.status, needId: String(needId), statusZh: label('NeedStatus', now.status), actionZh: doing };
    throw new ConflictError(inBatch ? 'batchNeedMovedMeanwhile' : 'needMovedMeanwhile', inBatch ? { ...params, title: now.title } : params);
  }

  // ── review ─────────────────────────────────────────────────────────────

  /** Puts a SUBMITTED need in the menu under `category`; the classifier learns the choice. */
  async accept(viewer: Principal, needId: number, category: NeedCategory): Promise<NeedEntity> {
    return (await this.acceptMany(viewer, [needId], category))[0];
  }

  /** Turns a SUBMITTED need down with a reason the submitter is told. */
  async reject(viewer: Principal, needId: number, rawReason: string): Promise<NeedEntity> {
    return (await this.rejectMany(viewer, [needId], rawReason))[0];
  }

  /**
   * acceptNeeds: several SUBMITTED needs into one category at once, all or none. Each need gets
   * its own history row, its own notification to its submitter and its own classifier lesson,
   * exactly as when accepted one by one. A need no longer SUBMITTED (someone reviewed it
   * meanwhile) refuses the whole batch with CONFLICT naming it.
   */
  async acceptMany(viewer: Principal, needIds: number[], category: NeedCategory): Promise<NeedEntity[]> {
    const needs = await this.loadBatch(viewer, needIds);
    return inTransaction(this.db, async (m) => {
      for (const need of byIdOrder(needs)) {
        const ok = await tryNeedMove(m, need.id, 'accept', viewer.id, label('NeedCategory', category), { category });
        if (!ok) await this.refused(m, need.id, '纳入需求菜单', needs.length > 1);
        await this.jobs.enqueue(m, JobName.LearnCategory, { needId: need.id, category });
        await this.notify(m, [need.submitterId], need, 'need-accepted', '你的需求已纳入需求菜单', `「${need.title}」已纳入需求菜单「${label('NeedCategory', category)}」,感谢你的参与。`);
      }
      return Promise.all(needs.map((n) => this.load(n.id, m)));
    });
  }

  /** rejectNeeds: several SUBMITTED needs turned down with one reason, all or none; each submitter is told. */
  async rejectMany(viewer: Principal, needIds: number[], rawReason: string): Promise<NeedEntity[]> {
    const needs = await this.loadBatch(viewer, needIds);
    const reason = cleanText(rawReason, 'reason', '不予采纳的理由', 1, REJECT_REASON_MAX);
    return inTransaction(this.db, async (m) => {
      for (const need of byIdOrder(needs)) {
        const ok = await tryNeedMove(m, need.id, 'reject', viewer.id, reason, { rejectReason: reason });
        if (!ok) await this.refused(m, need.id, '不予采纳', needs.length > 1);
        await this.notify(m, [need.submitterId], need, 'need-rejected', '你的需求未被采纳', `「${need.title}」未被采纳。理由:${reason}`);
      }
      return Promise.all(needs.map((n) => this.load(n.id, m)));
    });
  }

  /** The needs of a batch, in the order given (repeats dropped); the caller must be staff of each one's zone. */
  private async loadBatch(viewer: Principal, needIds: number[]): Promise<NeedEntity[]> {
    const ids = [...new Set(needIds)];
    if (!ids.length) throw new BadInputError('needRequired', 'needIds');
    if (ids.length > BATCH_MAX) throw new BadInputError('batchTooLarge', 'needIds', { max: BATCH_MAX });
    const rows = await this.db.getRepository(NeedEntity).findBy({ id: In(ids) });
    const byId = new Map(rows.map((n) => [n.id, n]));
    return ids.map((id) => {
      const need = byId.get(id);
      if (!need) throw new NotFoundError('Need', id);
      assertZoneRole(viewer, need.zoneId, [Role.COUNCIL_STAFF], '审核需求');
      return need;
    });
  }

  /**
   * Merges a duplicate (SUBMITTED or ACCEPTED) into an open need of the same zone. Supporters move
   * to the target — nobody counted twice, the target's author never becomes its supporter — and
   * the duplicate's author becomes a supporter of the target (they asked for the same thing).
   * The target's count is recounted from need_supports in the same transaction.
   */
  async merge(viewer: Principal, needId: number, intoNeedId: number): Promise<NeedEntity> {
    if (needId === intoNeedId) throw new BadInputError('mergeIntoItself', 'intoNeedId');
    const source = await this.load(needId);
    assertNeedAction('merge', viewer, source);
    const target = await this.load(intoNeedId);
    if (target.zoneId !== source.zoneId) throw new BadInputError('mergeAcrossZones', 'intoNeedId');

    return inTransaction(this.db, async (m) => {
      // lock both rows in id order, so two merges of the same pair cannot deadlock
      const locked = await this.lockNeeds(m, [needId, intoNeedId]);
      const into = locked.get(intoNeedId)!;
      if (into.status === NeedStatus.MERGED) {
        throw new ConflictError('mergeTargetMerged', { status: into.status, mergedIntoId: into.mergedIntoId });
      }
      if (!OPEN_NEED_STATUSES.includes(into.status)) {
        throw new ConflictError('mergeTargetState', { status: into.status, statusZh: label('NeedStatus', into.status) });
      }
      const src = locked.get(needId)!;
      assertNeedAction('merge', viewer, src);

      const ignore = isSqlite(this.db) ? 'INSERT OR IGNORE' : 'INSERT IGNORE';
      await m.query(
        `${ignore} INTO need_supports (need_id, user_id, created_at) SELECT ?, s.user_id, s.created_at FROM need_supports s WHERE s.need_id = ? AND s.user_id <> ?`,
        [intoNeedId, needId, into.submitterId],
      );
      if (src.submitterId !== into.submitterId) {
        await m.query(`${ignore} INTO need_supports (need_id, user_id) VALUES (?, ?)`, [intoNeedId, src.submitterId]);
      }
      await m.getRepository(NeedSupportEntity).delete({ needId });
      // whoever followed the duplicate (its author and supporters among them) follows the target
      await m.query(
        `${ignore} INTO follows (user_id, subject_type, subject_id, zone_id, created_at) SELECT f.user_id, 'need', ?, f.zone_id, f.created_at FROM follows f WHERE f.subject_type = 'need' AND f.subject_id = ?`,
        [intoNeedId, needId],
      );
      await m.query('UPDATE needs SET support_count = (SELECT COUNT(*) FROM need_supports s WHERE s.need_id = ?) WHERE id = ?', [intoNeedId, intoNeedId]);

      await applyNeedMove(m, needId, 'merge', viewer.id, `合并到需求 #${intoNeedId}「${into.title}」`, {
        mergedIntoId: intoNeedId,
        supportCount: 0,
      });
      // filing a need with one already in the menu is a category decision too: the classifier learns it
      if (into.category) await this.jobs.enqueue(m, JobName.LearnCategory, { needId, category: into.category });
      await m.getRepository(NeedEventEntity).insert({
        needId: intoNeedId,
        zoneId: into.zoneId,
        action: 'absorb',
        fromStatus: into.status,
        toStatus: into.status,
        actorId: viewer.id,
        note: `合并了需求 #${needId}「${src.title}」`,
      });
      await this.notify(m, [src.submitterId], src, 'need-merged', '你的需求已与相同需求合并', `「${src.title}」与「${into.title}」内容相同,已合并,你已自动成为后者的支持者。`);
      return this.load(needId, m);
    });
  }

  private async lockNeeds(m: EntityManager, ids: number[]): Promise<Map<number, NeedEntity>> {
    const out = new Map<number, NeedEntity>();
    for (const id of [...ids].sort((a, b) => a - b)) {
      const n = await lockRow(m, NeedEntity, id);
      if (!n) throw new NotFoundError('Need', id);
      out.set(id, n);
    }
    return out;
  }

  // ── 点亮心愿 ───────────────────────────────────────────────────────────

  /**
   * Claims an ACCEPTED micro-wish, for a unit (its UNIT_ADMIN passes unitId) or as a person
   * (anyone signed in but the wisher). The conditional move lets exactly one claimant win.
   */
  async claimWish(viewer: Principal, needId: number, unitId: number | null): Promise<NeedEntity> {
    const need = await this.load(needId);
    let unit: MemberUnitEntity | null = null;
    if (unitId !== null) {
      unit = await this.org.findUnit(unitId);
      if (!unit) throw new BadInputError('noSuchUnit', 'unitId');
      if (unit.zoneId !== need.zoneId) throw new BadInputError('unitNotOfWishZone', 'unitId');
      const ownAdmin = viewer.unitId === unit.id && hasZoneRole(viewer, unit.zoneId, [Role.UNIT_ADMIN]);
      if (!ownAdmin && !isAdminOf(viewer, unit.zoneId)) throw new ForbiddenError('claimForUnitAdminOnly');
    }
    assertNeedAction('claimWish', viewer, need, { supporting: false, unitId: unit?.id ?? null });
    return inTransaction(this.db, async (m) => {
      const ok = await tryNeedMove(m, needId, 'claimWish', viewer.id, unit ? `由「${unit.name}」认领` : null, {
        claimedByUnitId: unit?.id ?? null,
        claimedByUserId: viewer.id,
        claimedAt: clock.now(),
      });
      if (!ok) {
        const now = await this.load(needId, m);
        if (now.status === NeedStatus.CLAIMED) throw new ConflictError('wishTaken', { status: now.status });
        await this.refused(m, needId, '点亮');
      }
      const by = unit ? `「${unit.name}」` : '一位热心人';
      await this.notify(m, [need.submitterId], need, 'wish-claimed', '你的心愿已被点亮', `你的微心愿「${need.title}」已被${by}认领,实现后请确认。`);
      return this.load(needId, m);
    });
  }

  /** The wisher confirms a claimed wish came true; staff may do it for wishes heard offline. */
  async confirmFulfilled(viewer: Principal, needId: number): Promise<NeedEntity> {
    const need = await this.load(needId);
    assertNeedAction('confirmFulfilled', viewer, need);
    const wisher = viewer.id === need.submitterId;
    return inTransaction(this.db, async (m) => {
      await applyNeedMove(m, needId, 'confirmFulfilled', viewer.id, null, { fulfilledAt: clock.now() });
      const told = [need.claimedByUserId, wisher ? null : need.submitterId].filter((x): x is number => !!x);
      await this.notify(m, told, need, 'wish-fulfilled', '心愿已实现', `微心愿「${need.title}」已确认实现,感谢你的爱心!`);
      return this.load(needId, m);
    });
  }

  private async notify(m: EntityManager, userIds: number[], need: NeedEntity, kind: string, title: string, body: string) {
    const ids = [...new Set(userIds)];
    if (!ids.length) return;
    await this.jobs.enqueue(m, JobName.Notify, { userIds: ids, zoneId: need.zoneId, kind, title, body, link: `/needs/${need.id}`, dedupeKey: `${kind}:${need.id}` });
  }

}
