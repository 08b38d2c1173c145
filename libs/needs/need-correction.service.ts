import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BadInputError, ConflictError, NotFoundError } from '@app/common/errors';
import { label, NeedCategory, NeedStatus, Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { cleanText } from '@app/common/text';
import { assertZoneRole } from '@app/common/access';
import { inTransaction, lockRow } from '@app/database/transaction';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { PhotosService } from '@app/photos/photos.service';
import { assertNeedAction, NEED_ACTIONS } from './need-actions';
import { applyNeedMove, bumpMenuCounter, bumpNeedCounters } from './need-state';
import { syncNeedPostings } from './need-search';
import { NeedEntity, NeedEventEntity } from './needs.entities';
import { NEED_CONTENT_MAX, NEED_TITLE_MAX } from './need-limits';

/** Statuses in which a need has a category staff may correct. */
export const RECATEGORIZABLE: readonly NeedStatus[] = NEED_ACTIONS.recategorize.in;

const clip = (s: string, n: number) => (Array.from(s).length > n ? `${Array.from(s).slice(0, n).join('')}…` : s);

/**
 * Corrections (nothing is silently overwritten: each one is a row of the need's history):
 * the author edits or withdraws a need while it is SUBMITTED; staff correct the category of a
 * need already reviewed.
 */
@Injectable()
export class NeedCorrectionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly photos: PhotosService,
  ) {}

  private async lock(m: EntityManager, needId: number): Promise<NeedEntity> {
    const n = await lockRow(m, NeedEntity, needId);
    if (!n) throw new NotFoundError('Need', needId);
    return n;
  }

  /** updateMyNeed: the author changes title and/or content while the need waits for review; the old text goes into the history. */
  async updateMine(viewer: Principal, needId: number, input: { title?: string | null; content?: string | null; photoIds?: string[] | null }): Promise<NeedEntity> {
    const title = input.title == null ? null : cleanText(input.title, 'title', '标题', 1, NEED_TITLE_MAX);
    const content = input.content == null ? null : cleanText(input.content, 'content', '内容', 1, NEED_CONTENT_MAX);
    const photoIds = input.photoIds ?? null;
    if (title === null && content === null && photoIds === null) throw new BadInputError('editSomething', 'title');
    return inTransaction(this.db, async (m) => {
      const need = await this.lock(m, needId);
      assertNeedAction('edit', viewer, need);
      const next = { title: title ?? need.title, content: content ?? need.content };
      let photoNote: string | null = null;
      if (photoIds !== null) {
        const before = await this.photos.idsOf(m, { type: 'need', id: needId });
        if (before.length !== photoIds.length || before.some((id, i) => id !== photoIds[i])) {
          const { after } = await this.photos.attach(m, viewer.id, photoIds, { type: 'need', id: needId, zoneId: need.zoneId });
          photoNote = `图片:${before.length} → ${after} 张`;
        }
      }
      if (next.title === need.title && next.content === need.content) {
        if (photoNote) await this.recordEdit(m, need, viewer.id, photoNote);
        return need;
      }
      const res = await m
        .createQueryBuilder()
        .update(NeedEntity)
        .set({ ...next, suggestedCategory: null, suggestedConfidence: null })
        .where('id = :id AND status = :s', { id: needId, s: NeedStatus.SUBMITTED })
        .execute();
      if (!res.affected) assertNeedAction('edit', viewer, await this.lock(m, needId));
      await syncNeedPostings(m, [needId]); // search finds the new words, not the old
      const before: string[] = [];
      if (next.title !== need.title) before.push(`原标题:${need.title}`);
      if (next.content !== need.content) before.push(`原内容:${clip(need.content, 400)}`);
      if (photoNote) before.push(photoNote);
      await this.recordEdit(m, need, viewer.id, before.join(';'));
      await this.jobs.enqueue(m, JobName.ClassifyNeed, { needId }); // the suggestion follows the new text
      return m.getRepository(NeedEntity).findOneByOrFail({ id: needId });
    });
  }

  /** The need's history keeps what an edit replaced. */
  private async recordEdit(m: EntityManager, need: NeedEntity, actorId: number, note: string): Promise<void> {
    await m.getRepository(NeedEventEntity).insert({
      needId: need.id,
      zoneId: need.zoneId,
      action: 'edit',
      fromStatus: NeedStatus.SUBMITTED,
      toStatus: NeedStatus.SUBMITTED,
      actorId,
      note: clip(note, 490),
    });
  }

  /** withdrawNeed: the author takes a need back before it is reviewed; it leaves the review queue. */
  async withdraw(viewer: Principal, needId: number): Promise<NeedEntity> {
    return inTransaction(this.db, async (m) => {
      const need = await this.lock(m, needId);
      assertNeedAction('withdraw', viewer, need);
      await applyNeedMove(m, needId, 'withdraw', viewer.id, null);
      return m.getRepository(NeedEntity).findOneByOrFail({ id: needId });
    });
  }

  /**
   * recategorizeNeed: staff of the need's zone move a reviewed need to the right category. The
   * menu and need counters follow, the history records from → to, and the classifier learns.
   */
  async recategorize(viewer: Principal, needId: number, category: NeedCategory): Promise<NeedEntity> {
    return inTransaction(this.db, async (m) => {
      const need = await this.lock(m, needId);
      assertZoneRole(viewer, need.zoneId, [Role.COUNCIL_STAFF], '更正需求分类');
      if (!RECATEGORIZABLE.includes(need.status) || !need.category) {
        throw new ConflictError('notYetCategorized', { status: need.status, statusZh: label('NeedStatus', need.status) });
      }
      if (need.category === category) throw new BadInputError('sameCategory', 'category', { category, categoryZh: label('NeedCategory', category) });
      const res = await m
        .createQueryBuilder()
        .update(NeedEntity)
        .set({ category })
        .where('id = :id AND status = :s AND category = :c', { id: needId, s: need.status, c: need.category })
        .execute();
      if (!res.affected) throw new ConflictError('changedMeanwhile');
      if (need.status === NeedStatus.ACCEPTED) {
        await bumpMenuCounter(m, need.zoneId, need.category, -1);
        await bumpMenuCounter(m, need.zoneId, category, +1);
      }
      await bumpNeedCounters(m, [
        { zoneId: need.zoneId, status: need.status, kind: need.kind, category: need.category, channel: need.channel, delta: -1 },
        { zoneId: need.zoneId, status: need.status, kind: need.kind, category, channel: need.channel, delta: +1 },
      ]);
      await m.getRepository(NeedEventEntity).insert({
        needId,
        zoneId: need.zoneId,
        action: 'recategorize',
        fromStatus: need.status,
        toStatus: need.status,
        actorId: viewer.id,
        note: `分类更正:${label('NeedCategory', need.category)} → ${label('NeedCategory', category)}`,
      });
      await this.jobs.enqueue(m, JobName.LearnCategory, { needId, category });
      return m.getRepository(NeedEntity).findOneByOrFail({ id: needId });
    });
  }
}
