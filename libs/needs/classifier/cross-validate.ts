import { NeedCategory, NEED_CATEGORIES } from '@app/common/glossary';
import { LabeledNeed, NeedClassifier, NeedClassifierOptions } from './need-classifier';

/** Small deterministic PRNG (mulberry32), so folds are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Stratified fold assignment: each category's examples are shuffled with the seed and dealt
 * round-robin into k folds (continuing across categories), so every fold holds about 1/k of
 * each category. Returns the fold number of each example.
 */
export function stratifiedFolds(examples: LabeledNeed[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const fold = new Array<number>(examples.length);
  let next = 0;
  for (const category of NEED_CATEGORIES) {
    const idx = examples.map((e, i) => (e.category === category ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    for (const i of idx) fold[i] = next++ % k;
  }
  return fold;
}

export interface CategoryScore {
  category: NeedCategory;
  support: number;
  /** share of this category's needs whose top suggestion was right (= recall) */
  recall: number;
  /** share of needs suggested as this category that belong to it */
  precision: number;
}

export interface CrossValidationResult {
  k: number;
  seed: number;
  n: number;
  top1: number;
  top2: number;
  /** mean confidence of the top suggestion; close to top1 when confidences are calibrated */
  meanConfidence: number;
  perCategory: CategoryScore[];
  /** confusion[actual][predicted] counts, NEED_CATEGORIES order */
  confusion: number[][];
  /** needs whose top suggestion was wrong */
  errors: { text: string; actual: NeedCategory; predicted: NeedCategory; confidence: number }[];
}

/**
 * k-fold cross-validation: for each fold, a classifier is trained on the other folds only
 * (plus its keyword priors) and scored on the held-out fold.
 */
export function crossValidate(
  examples: LabeledNeed[],
  k = 10,
  seed = 20240601,
  options: Partial<NeedClassifierOptions> = {},
): CrossValidationResult {
  const folds = stratifiedFolds(examples, k, seed);
  const K = NEED_CATEGORIES.length;
  const at = new Map(NEED_CATEGORIES.map((c, i) => [c, i]));
  const confusion = NEED_CATEGORIES.map(() => new Array<number>(K).fill(0));
  const errors: CrossValidationResult['errors'] = [];
  let top1 = 0;
  let top2 = 0;
  let confidence = 0;
  for (let f = 0; f < k; f++) {
    const train = examples.filter((_, i) => folds[i] !== f);
    const classifier = NeedClassifier.fromExamples(train, options);
    examples.forEach((e, i) => {
      if (folds[i] !== f) return;
      const s = classifier.suggest(e.text);
      confidence += s.confidence;
      confusion[at.get(e.category)!][at.get(s.category)!]++;
      if (s.category === e.category) top1++;
      else errors.push({ text: e.text, actual: e.category, predicted: s.category, confidence: s.confidence });
      if (s.ranking.slice(0, 2).some((r) => r.category === e.category)) top2++;
    });
  }
  const n = examples.length;
  const perCategory = NEED_CATEGORIES.map((category, c) => {
    const support = confusion[c].reduce((a, b) => a + b, 0);
    const predicted = confusion.reduce((a, row) => a + row[c], 0);
    return {
      category,
      support,
      recall: support ? confusion[c][c] / support : 0,
      precision: predicted ? confusion[c][c] / predicted : 0,
    };
  });
  return { k, seed, n, top1: top1 / n, top2: top2 / n, meanConfidence: confidence / n, perCategory, confusion, errors };
}
