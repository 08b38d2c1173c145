import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import { NEED_CATEGORIES, NeedCategory } from '@app/common/glossary';
import { serialized } from '@app/database/transaction';
import { CategorySuggestion, NeedClassifier, NeedSuggestion, ZoneAdaptation } from './classifier/need-classifier';
import { ClassifierExampleEntity, NeedEntity, NeedSuggestionEntity } from './needs.entities';

export const needText = (n: { title: string; content: string }) => `${n.title} ${n.content}`;

export interface ClassifierReportData {
  decisions: number;
  top1Rate: number;
  top2Rate: number;
  confusion: { suggested: NeedCategory; decided: NeedCategory; count: number }[];
}

/** Staff decisions the report and the zone adaptation look back on. */
export const REPORT_WINDOW = 500;

/**
 * The category suggestion of this process: the shipped model (trained once from the labelled
 * needs in libs/needs/classifier/data), followed per zone by a small correction learnt from that
 * zone's own staff decisions (the classifier_examples rows of the zone, its last 500). Each
 * process reads only rows with a larger id than the last one it learnt, so several workers agree.
 */
@Injectable()
export class NeedClassificationService {
  private readonly zones = new Map<number, { adaptation: ZoneAdaptation; lastId: number }>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get shipped(): NeedClassifier {
    return NeedClassifier.shipped();
  }

  /** The zone's adaptation, brought up to date (refreshes are serialised so no decision is learnt twice). */
  zoneAdaptation(zoneId: number): Promise<ZoneAdaptation> {
    const run = this.chain.then(() => this.refresh(zoneId));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async refresh(zoneId: number): Promise<ZoneAdaptation> {
    let zone = this.zones.get(zoneId);
    const repo = this.db.getRepository(ClassifierExampleEntity);
    if (!zone) {
      zone = { adaptation: new ZoneAdaptation(this.shipped), lastId: 0 };
      this.zones.set(zoneId, zone);
      const recent = await repo.find({ where: { zoneId, source: 'staff' }, order: { id: 'DESC' }, take: ZoneAdaptation.MAX_DECISIONS });
      for (const r of recent.reverse()) {
        zone.adaptation.learn(r.text, r.category);
        zone.lastId = r.id;
      }
      return zone.adaptation;
    }
    const rows = await repo.find({ where: { zoneId, source: 'staff', id: MoreThan(zone.lastId) }, order: { id: 'ASC' }, take: ZoneAdaptation.MAX_DECISIONS });
    for (const r of rows) {
      zone.adaptation.learn(r.text, r.category);
      zone.lastId = r.id;
    }
    return zone.adaptation;
  }

  /** The suggestion for a text in a zone (its staff's habits included). */
  async suggest(text: string, zoneId: number | null): Promise<NeedSuggestion> {
    const zone = zoneId === null ? null : await this.zoneAdaptation(zoneId);
    return this.shipped.suggest(text, zone);
  }

  /** ClassifyNeed: stores the suggestion — the first category on the need, the best three with their reasons beside it. */
  async classify(needId: number): Promise<void> {
    const need = await this.db.getRepository(NeedEntity).findOne({ where: { id: needId }, select: ['id', 'zoneId', 'title', 'content'] });
    if (!need) return;
    const s = await this.suggest(needText(need), need.zoneId);
    const round = (x: number) => Math.round(x * 10000) / 10000;
    const top = s.suggestions.map((x) => ({ category: x.category, confidence: round(x.confidence), because: x.because }));
    // serialized: on SQLite, never inside another request's open transaction (see needs-tx.ts)
    await serialized(this.db, async () => {
      await this.db.getRepository(NeedEntity).update({ id: needId }, { suggestedCategory: s.category, suggestedConfidence: round(s.confidence) });
      await this.db.getRepository(NeedSuggestionEntity).upsert({ needId, zoneId: need.zoneId, suggestions: JSON.stringify(top) }, ['needId']);
    });
  }

  /** LearnCategory: records the category staff chose as a labelled example (once per need). */
  async learn(needId: number, category: NeedCategory): Promise<void> {
    const need = await this.db.getRepository(NeedEntity).findOne({ where: { id: needId }, select: ['id', 'zoneId', 'title', 'content'] });
    if (!need) return;
    const repo = this.db.getRepository(ClassifierExampleEntity);
    await serialized(this.db, async () => {
      if (await repo.exists({ where: { needId, source: 'staff' } })) return; // a retried job
      await repo.insert({ zoneId: need.zoneId, needId, text: needText(need), category, source: 'staff' });
    });
  }

  /** The stored suggestions of needs, by need id (needs classified before suggestions were stored have none). */
  async suggestionsOf(needIds: readonly number[]): Promise<Map<number, CategorySuggestion[]>> {
    const out = new Map<number, CategorySuggestion[]>();
    if (needIds.length === 0) return out;
    const rows = await this.db.getRepository(NeedSuggestionEntity).find({ where: { needId: In([...needIds]) } });
    for (const r of rows) out.set(r.needId, JSON.parse(r.suggestions) as CategorySuggestion[]);
    return out;
  }

  /**
   * How the suggestion fared against the zone's last 500 staff decisions: the share where staff
   * chose the first suggestion, the share where they chose one of the first two, and the
   * confusion matrix (suggested first × decided). Decisions on needs without a stored
   * suggestion are not counted.
   */
  async report(zoneId: number): Promise<ClassifierReportData> {
    const decisions = await this.db.getRepository(ClassifierExampleEntity).find({
      where: { zoneId, source: 'staff' },
      order: { id: 'DESC' },
      take: REPORT_WINDOW,
      select: ['id', 'needId', 'category'],
    });
    const ids = decisions.map((d) => d.needId).filter((x): x is number => x !== null);
    const stored = await this.suggestionsOf(ids);
    const legacy = new Map<number, NeedCategory>();
    const missing = ids.filter((id) => !stored.has(id));
    if (missing.length > 0) {
      const rows = await this.db.getRepository(NeedEntity).find({ where: { id: In(missing) }, select: ['id', 'suggestedCategory'] });
      for (const r of rows) if (r.suggestedCategory) legacy.set(r.id, r.suggestedCategory);
    }
    const cells = new Map<string, number>();
    let n = 0;
    let top1 = 0;
    let top2 = 0;
    for (const d of decisions) {
      if (d.needId === null) continue;
      const ranked = stored.get(d.needId)?.map((s) => s.category) ?? (legacy.has(d.needId) ? [legacy.get(d.needId)!] : null);
      if (!ranked || ranked.length === 0) continue;
      n++;
      if (ranked[0] === d.category) top1++;
      if (ranked.slice(0, 2).includes(d.category)) top2++;
      const key = `${ranked[0]}|${d.category}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    const order = new Map(NEED_CATEGORIES.map((c, i) => [c, i]));
    const confusion = [...cells.entries()]
      .map(([key, count]) => {
        const [suggested, decided] = key.split('|') as [NeedCategory, NeedCategory];
        return { suggested, decided, count };
      })
      .sort((a, b) => order.get(a.suggested)! - order.get(b.suggested)! || order.get(a.decided)! - order.get(b.decided)!);
    return { decisions: n, top1Rate: n ? top1 / n : 0, top2Rate: n ? top2 / n : 0, confusion };
  }
}
