import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan, Not } from 'typeorm';
import { NEED_CATEGORIES, NeedCategory } from '@app/common/glossary';
import { readLabeledNeeds } from './classifier/labeled-needs';
import { NeedClassifier, NeedSuggestion } from './classifier/need-classifier';
import { ClassifierExampleEntity, NeedEntity } from './needs.entities';
import { serialized } from '@app/database/transaction';

export const needText = (n: { title: string; content: string }) => `${n.title} ${n.content}`;

/**
 * The category classifier of this process: trained once from the labelled fixture
 * (needs-labeled.jsonl), then kept in step with the classifier_examples table — every category
 * staff confirmed — by reading only rows with a larger id than the last one learnt. Each worker
 * process does the same before it classifies, so several workers agree.
 */
@Injectable()
export class NeedClassificationService {
  private readonly logger = new Logger('NeedClassification');
  private model: NeedClassifier | null = null;
  private lastExampleId = 0;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The up-to-date classifier (refreshes are serialised so no example is learnt twice). */
  classifier(): Promise<NeedClassifier> {
    const run = this.chain.then(() => this.refresh());
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async refresh(): Promise<NeedClassifier> {
    if (!this.model) {
      const known = new Set<string>(NEED_CATEGORIES);
      const fixture = readLabeledNeeds().filter((r) => known.has(r.category));
      this.model = NeedClassifier.fromExamples(fixture.map((r) => ({ text: needText(r), category: r.category as NeedCategory })));
      this.logger.debug(`trained on ${fixture.length} labelled needs`);
    }
    const rows = await this.db.getRepository(ClassifierExampleEntity).find({
      where: { id: MoreThan(this.lastExampleId), source: Not('fixture') },
      order: { id: 'ASC' },
      take: 5000,
    });
    for (const r of rows) {
      this.model.learn(r.text, r.category);
      this.lastExampleId = r.id;
    }
    if (rows.length === 5000) return this.refresh();
    return this.model;
  }

  async suggest(text: string): Promise<NeedSuggestion> {
    return (await this.classifier()).suggest(text);
  }

  /** ClassifyNeed: stores the suggestion on the need. */
  async classify(needId: number): Promise<void> {
    const need = await this.db.getRepository(NeedEntity).findOne({ where: { id: needId }, select: ['id', 'title', 'content'] });
    if (!need) return;
    const s = await this.suggest(needText(need));
    // serialized: on SQLite, never inside another request's open transaction (see needs-tx.ts)
    await serialized(this.db, () =>
      this.db.getRepository(NeedEntity).update({ id: needId }, { suggestedCategory: s.category, suggestedConfidence: Math.round(s.confidence * 10000) / 10000 }),
    );
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
}
