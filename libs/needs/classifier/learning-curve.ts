import { NeedCategory } from '@app/common/glossary';
import { stratifiedFolds, CATEGORY_INDEX } from './category-model';
import { NeedClassifier, ZoneAdaptation } from './need-classifier';
import { seededRandom, shuffled } from './linear-models';
import { TrainingRow } from './training-set';

export interface LearningPoint {
  /** staff decisions the zone has made that disagree with the shipped model */
  decisions: number;
  /** share of the zone's held-out needs of the habit category suggested as the zone files them (top-1) */
  habitTop1: number;
  habitTop2: number;
  /** top-1 on the zone's held-out needs of every other category (should not suffer) */
  othersTop1: number;
}

export interface LearningCurveOptions {
  /** the category the zone files differently… */
  from: NeedCategory;
  /** …and where it files those needs */
  to: NeedCategory;
  steps: readonly number[];
  folds: number;
  seed: number;
  /** decisions on other categories, agreeing with the training labels, made between two disagreeing ones */
  agreeingPerDisagreeing: number;
}

/**
 * Simulates a zone with a habit of its own — every need the training set files under `from`,
 * this zone's staff file under `to` — and measures how its suggestions follow after 0, 20, 50,
 * 100 such decisions. For each of `folds` folds: the shipped model is trained on the other folds
 * (it never sees the test needs), the zone's decisions are `from` needs of those other folds
 * relabelled `to` (after the distinct needs run out, new texts are formed from the title of one
 * and the content of another), each followed by `agreeingPerDisagreeing` ordinary decisions on
 * other categories that agree with the training labels (a zone decides on every category), and the test is the held-out fold: its `from` needs (right when
 * suggested as `to`) and its other needs (right when suggested as labelled).
 */
export function learningCurve(rows: TrainingRow[], options: Partial<LearningCurveOptions> = {}): LearningPoint[] {
  const o: LearningCurveOptions = { from: 'PUBLIC_SERVICE', to: 'COMMUNITY_AFFAIRS', steps: [0, 20, 50, 100], folds: 4, seed: 7, agreeingPerDisagreeing: 1, ...options };
  const folds = stratifiedFolds(
    rows.map((r) => CATEGORY_INDEX.get(r.category)!),
    o.folds,
    o.seed,
  );
  const sums = o.steps.map((decisions) => ({ decisions, habitTop1: 0, habitTop2: 0, othersTop1: 0 }));
  let habitN = 0;
  let othersN = 0;
  for (let f = 0; f < o.folds; f++) {
    const train = rows.filter((_, i) => folds[i] !== f);
    const test = rows.filter((_, i) => folds[i] === f);
    const shipped = NeedClassifier.fromExamples(train);
    const pool = train.filter((r) => r.category === o.from);
    const order = shuffled(pool.length, seededRandom(o.seed + f));
    const stream: string[] = [];
    for (let k = 0; stream.length < Math.max(...o.steps); k++) {
      if (k < pool.length) stream.push(pool[order[k]].text);
      else {
        const a = pool[order[k % pool.length]];
        const b = pool[order[(k * 7 + 3) % pool.length]];
        stream.push(`${a.title} ${b.content}`);
      }
    }
    const rest = train.filter((r) => r.category !== o.from);
    const restOrder = shuffled(rest.length, seededRandom(o.seed + 100 + f));
    const habit = test.filter((r) => r.category === o.from);
    const others = test.filter((r) => r.category !== o.from);
    habitN += habit.length;
    othersN += others.length;
    o.steps.forEach((n, s) => {
      const zone = new ZoneAdaptation(shipped);
      let a = 0;
      for (const text of stream.slice(0, n)) {
        zone.learn(text, o.to);
        for (let j = 0; j < o.agreeingPerDisagreeing; j++, a++) zone.learn(rest[restOrder[a % rest.length]].text, rest[restOrder[a % rest.length]].category);
      }
      for (const r of habit) {
        const sug = shipped.suggest(r.text, zone, 0);
        if (sug.ranking[0].category === o.to) sums[s].habitTop1++;
        if (sug.ranking.slice(0, 2).some((x) => x.category === o.to)) sums[s].habitTop2++;
      }
      for (const r of others) if (shipped.suggest(r.text, zone, 0).category === r.category) sums[s].othersTop1++;
    });
  }
  return sums.map((p) => ({ decisions: p.decisions, habitTop1: p.habitTop1 / habitN, habitTop2: p.habitTop2 / habitN, othersTop1: p.othersTop1 / othersN }));
}
