import { NEED_CATEGORIES, NeedCategory } from '@app/common/glossary';
import { CATEGORY_KEYWORDS } from './category-keywords';
import { Arrays, EncodedText, extractFeatures, FeatureEncoder, FRESH } from './features';
import {
  FeatureCounts,
  fitTemperature,
  LinearModel,
  logSoftmax,
  nll,
  seededRandom,
  shuffled,
  trainNaiveBayes,
  trainSgd,
  Transform,
  Vectorizer,
} from './linear-models';

export const MODEL_NAMES = ['MNB', 'CNB', 'LR', 'SVM', 'ENSEMBLE', 'STACKED'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export const K = NEED_CATEGORIES.length;
export const CATEGORY_INDEX = new Map<NeedCategory, number>(NEED_CATEGORIES.map((c, i) => [c, i]));

/** Candidate values of each model's one tuned parameter (smoothing α, or L2 strength λ). */
export const GRID: Record<Exclude<ModelName, 'ENSEMBLE' | 'STACKED'>, readonly number[]> = {
  MNB: [0.03, 0.1, 0.3, 1],
  CNB: [0.1, 0.3, 1, 3],
  LR: [1e-5, 3e-5, 1e-4, 3e-4],
  SVM: [1e-4, 3e-4, 1e-3, 3e-3],
};
const EPOCHS = 15;

/**
 * The features left out of a model's vocabulary: word pairs found in only one training text.
 * They are 91% of the word pairs and 38% of all features; a pair seen once says little about
 * the next need, and without them the weights fit in a quarter less memory and a text has a
 * third fewer known features to score and credit (npm run bench:classifier compares: --min-df,
 * --prune=b,c,w,v). Words, character n-grams and the §3 vocabulary counts are all kept.
 */
export const PRUNING: { minDf: number; kinds: string[] } = { minDf: 2, kinds: ['b'] };

/** The vocabulary of a training set (its texts' features, PRUNING applied) and its document frequencies. */
export function vocabularyOf(docs: FeatureCounts[]): Vectorizer {
  const kinds = new Set(PRUNING.kinds);
  return new Vectorizer(docs, PRUNING.minDf, (f) => kinds.has(f[0]));
}
const INNER_FOLDS = 5;

export function trainOne(name: Exclude<ModelName, 'ENSEMBLE' | 'STACKED'>, param: number, docs: FeatureCounts[], ys: number[], seed: number, vz?: Vectorizer): LinearModel {
  switch (name) {
    case 'MNB':
      return trainNaiveBayes(docs, ys, K, { alpha: param, complement: false }, vz);
    case 'CNB':
      return trainNaiveBayes(docs, ys, K, { alpha: param, complement: true }, vz);
    case 'LR':
      return trainSgd(docs, ys, K, { loss: 'log', lambda: param, epochs: EPOCHS, seed }, vz);
    case 'SVM':
      return trainSgd(docs, ys, K, { loss: 'hinge', lambda: param, epochs: EPOCHS, seed }, vz);
  }
}

/**
 * A trained suggestion model: one calibrated linear model, or an ensemble (the weighted mean of
 * the members' calibrated probabilities, calibrated again): ENSEMBLE weighs its members equally,
 * STACKED by weights chosen on the inner out-of-fold probabilities.
 */
export class CategoryModel {
  /** each member's weight in the mean (sum 1) */
  readonly weights: number[];

  constructor(
    readonly name: ModelName,
    readonly members: LinearModel[],
    /** the tuned parameter of each member, chosen inside the training data */
    readonly params: number[],
    readonly temperature = 1,
    weights?: number[],
  ) {
    this.weights = weights ?? members.map(() => 1 / members.length);
  }

  /** Calibrated log-probabilities per category (NEED_CATEGORIES order). */
  logProbs(doc: FeatureCounts): Float64Array {
    if (this.members.length === 1) return this.members[0].logProbs(doc);
    const mean = new Float64Array(K);
    for (const [i, m] of this.members.entries()) {
      const lp = m.logProbs(doc);
      for (let c = 0; c < K; c++) mean[c] += Math.exp(lp[c]) * this.weights[i];
    }
    return logSoftmax(Array.from(mean, (p) => Math.log(Math.max(p, 1e-300))), this.temperature);
  }

  /**
   * How much each feature of the text pushes toward each of `categories` against the mean of all
   * categories (the members' calibrated weights, averaged). The members share one vocabulary, so
   * the table has one row per known feature of the text.
   */
  contributions(doc: FeatureCounts, categories: number[]): { features: string[]; weights: Float64Array[] } {
    const vz = this.members[0].vectorizer;
    const idx = vz.vector(doc, 'counts').idx;
    const weights = categories.map(() => new Float64Array(idx.length));
    const C = categories.length;
    const M = this.members.length;
    for (const [i, m] of this.members.entries()) {
      if (m.vectorizer !== vz) throw new Error('ensemble members must share one vocabulary');
      const x = vz.vector(doc, m.transform);
      const scale = M > 1 ? this.weights[i] / (m.temperature * this.temperature) : 1 / m.temperature;
      const W = m.W; // centred per feature (LinearModel)
      for (let j = 0; j < x.idx.length; j++) {
        const base = x.idx[j] * K;
        const v = x.val[j] * scale;
        for (let n = 0; n < C; n++) weights[n][j] += v * W[base + categories[n]];
      }
    }
    return { features: Array.from(idx, (i) => vz.features[i]), weights };
  }
}

/** Stratified fold of each example: each category shuffled with the seed and dealt round-robin. */
export function stratifiedFolds(ys: number[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const fold = new Array<number>(ys.length);
  let next = 0;
  for (let c = 0; c < K; c++) {
    const idx = ys.map((y, i) => (y === c ? i : -1)).filter((i) => i >= 0);
    for (const j of shuffled(idx.length, random)) fold[idx[j]] = next++ % k;
  }
  return fold;
}

/** One training text per category made of its domain.md §3 vocabulary (category-keywords.ts). */
export function vocabularyDocs(): { docs: FeatureCounts[]; ys: number[] } {
  const docs: FeatureCounts[] = [];
  const ys: number[] = [];
  for (const category of NEED_CATEGORIES) {
    docs.push(extractFeatures(CATEGORY_KEYWORDS[category].join('，')));
    ys.push(CATEGORY_INDEX.get(category)!);
  }
  return { docs, ys };
}

export interface FitOptions {
  seed: number;
  /** add the domain.md §3 vocabulary as one training text per category */
  vocabulary: boolean;
  /** which models to fit; the ensemble needs all four members */
  models: readonly ModelName[];
}

export const DEFAULT_FIT: FitOptions = { seed: 20240601, vocabulary: true, models: ['ENSEMBLE'] };

/**
 * Fits the requested models on a training set, choosing everything from that set alone: each
 * model's parameter by an inner stratified 5-fold cross-validation (best top-1, then lowest
 * log-loss), its temperature on the inner out-of-fold scores, and the vocabulary (the features
 * of the training texts). Called once per outer fold by the benchmark, and once on the whole
 * set for the shipped model.
 */
export function fitModels(docs: FeatureCounts[], ys: number[], options: Partial<FitOptions> = {}): Map<ModelName, CategoryModel> {
  const o = { ...DEFAULT_FIT, ...options };
  const want = new Set<ModelName>(o.models);
  const singles = (['MNB', 'CNB', 'LR', 'SVM'] as const).filter((m) => want.has(m) || want.has('ENSEMBLE') || want.has('STACKED'));
  const extra = o.vocabulary ? vocabularyDocs() : { docs: [], ys: [] };
  const inner = stratifiedFolds(ys, INNER_FOLDS, o.seed + 1);

  // out-of-fold raw scores of every candidate, per model
  const oof = new Map<string, Float64Array[]>();
  for (let f = 0; f < INNER_FOLDS; f++) {
    const trDocs = [...docs.filter((_, i) => inner[i] !== f), ...extra.docs];
    const trYs = [...ys.filter((_, i) => inner[i] !== f), ...extra.ys];
    const vz = vocabularyOf(trDocs);
    for (const name of singles) {
      for (const param of GRID[name]) {
        const model = trainOne(name, param, trDocs, trYs, o.seed, vz);
        const key = `${name}:${param}`;
        const scores = oof.get(key) ?? new Array<Float64Array>(docs.length);
        docs.forEach((d, i) => {
          if (inner[i] === f) scores[i] = model.rawScores(model.vectorizer.vector(d, model.transform));
        });
        oof.set(key, scores);
      }
    }
  }

  const allDocs = [...docs, ...extra.docs];
  const allYs = [...ys, ...extra.ys];
  const out = new Map<ModelName, CategoryModel>();
  const calibratedOof: Float64Array[][] = [];
  const vz = vocabularyOf(allDocs);
  for (const name of singles) {
    let best: { param: number; top1: number; loss: number; T: number } | null = null;
    for (const param of GRID[name]) {
      const scores = oof.get(`${name}:${param}`)!;
      const top1 = scores.filter((s, i) => argmax(s) === ys[i]).length;
      const T = fitTemperature(scores, ys);
      const loss = nll(scores, ys, T);
      if (!best || top1 > best.top1 || (top1 === best.top1 && loss < best.loss)) best = { param, top1, loss, T };
    }
    const model = trainOne(name, best!.param, allDocs, allYs, o.seed, vz);
    model.temperature = best!.T;
    calibratedOof.push(oof.get(`${name}:${best!.param}`)!.map((s) => logSoftmax(s, best!.T)));
    out.set(name, new CategoryModel(name, [model], [best!.param]));
  }
  const mixture = (w: number[]) =>
    docs.map((_, i) => {
      const mean = new Float64Array(K);
      calibratedOof.forEach((lp, m) => {
        if (w[m] > 0) for (let c = 0; c < K; c++) mean[c] += Math.exp(lp[i][c]) * w[m];
      });
      return Float64Array.from(mean, (p) => Math.log(Math.max(p, 1e-300)));
    });
  const members = singles.map((n) => out.get(n)!);
  if (want.has('ENSEMBLE')) {
    const w = singles.map(() => 1 / singles.length);
    const T = fitTemperature(mixture(w), ys);
    out.set('ENSEMBLE', new CategoryModel('ENSEMBLE', members.map((m) => m.members[0]), members.map((m) => m.params[0]), T, w));
  }
  if (want.has('STACKED')) {
    // the members' weights: every split of 1 into quarters, the one whose inner out-of-fold mixture
    // is right most often (then has the lowest log-loss after its own temperature)
    let best: { w: number[]; top1: number; loss: number; T: number } | null = null;
    for (const w of quarterSplits(singles.length)) {
      const mixed = mixture(w);
      const top1 = mixed.filter((s, i) => argmax(s) === ys[i]).length;
      const T = fitTemperature(mixed, ys);
      const loss = nll(mixed, ys, T);
      if (!best || top1 > best.top1 || (top1 === best.top1 && loss < best.loss)) best = { w, top1, loss, T };
    }
    out.set('STACKED', new CategoryModel('STACKED', members.map((m) => m.members[0]), members.map((m) => m.params[0]), best!.T, best!.w));
  }
  for (const name of [...out.keys()]) if (!want.has(name)) out.delete(name);
  return out;
}

/** Every way of splitting 1 into n weights that are multiples of 1/4. */
function quarterSplits(n: number, left = 4): number[][] {
  if (n === 1) return [[left / 4]];
  const out: number[][] = [];
  for (let q = 0; q <= left; q++) for (const rest of quarterSplits(n - 1, left - q)) out.push([q / 4, ...rest]);
  return out;
}

export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
  return best;
}

/**
 * A trained CategoryModel prepared for suggesting: features counted straight into the shared
 * vocabulary's indices (FeatureEncoder), every member scored in one pass over the text's known
 * features with plain typed arrays, and the reasons' weights computed only for the categories
 * asked for. Gives the log-probabilities of CategoryModel.logProbs(extractFeatures(text)) (up to
 * the order of floating-point additions).
 */
export class CompiledModel {
  readonly encoder: FeatureEncoder;
  readonly features: readonly string[];
  private readonly idf: Float64Array;
  /**
   * every member's weights of a feature side by side: packed[f · M·K + m · K + c], in single
   * precision — half the memory, so a text's rows are fewer cache misses (probabilities move by
   * less than 1e-6)
   */
  private readonly packed: Float32Array;
  private readonly M: number;
  /** for contributions: member weight / (member temperature · ensemble temperature) */
  private readonly scales: Float64Array;
  private readonly transforms: Transform[];
  /** every member's bias, side by side: bias[m · K + c] */
  private readonly bias: Float64Array;

  constructor(readonly model: CategoryModel) {
    const vz = model.members[0].vectorizer;
    for (const m of model.members) if (m.vectorizer !== vz) throw new Error('ensemble members must share one vocabulary');
    this.features = vz.features;
    this.idf = vz.idf;
    this.encoder = new FeatureEncoder(vz.features);
    const M = (this.M = model.members.length);
    this.transforms = model.members.map((m) => m.transform);
    this.scales = Float64Array.from(model.members, (m, i) => (M > 1 ? model.weights[i] / (m.temperature * model.temperature) : 1 / m.temperature));
    this.bias = new Float64Array(M * K);
    model.members.forEach((m, i) => this.bias.set(m.b, i * K));
    this.packed = new Float32Array(vz.size * M * K);
    model.members.forEach((m, i) => {
      for (let f = 0; f < vz.size; f++) for (let c = 0; c < K; c++) this.packed[f * M * K + i * K + c] = m.W[f * K + c];
    });
  }

  encode(text: string, arrays: Arrays = FRESH): EncodedText {
    return this.encoder.encode(text, arrays);
  }

  /** Each member's input values at the text's known features, side by side: x[j · M + m]. */
  private inputs(e: EncodedText, arrays: Arrays): Float64Array {
    const M = this.M;
    const n = e.n;
    const x = arrays.float64(n * M);
    let tfidf: Float64Array | null = null;
    let tf: Float64Array | null = null;
    for (let m = 0; m < M; m++) {
      const t = this.transforms[m];
      let val: Float64Array;
      if (t === 'counts') val = e.count;
      else if (t === 'tfidf') val = tfidf ??= this.sublinear(e, true, arrays);
      else val = tf ??= this.sublinear(e, false, arrays);
      for (let j = 0, at = m; j < n; j++, at += M) x[at] = val[j];
    }
    return x;
  }

  /** Sublinear TF(-IDF), L2-normalised. */
  private sublinear(e: EncodedText, idf: boolean, arrays: Arrays): Float64Array {
    const n = e.n;
    const val = arrays.float64(n);
    const { count, idx } = e;
    let norm = 0;
    for (let j = 0; j < n; j++) {
      const c = count[j];
      const v = (c === 1 ? 1 : 1 + Math.log(c)) * (idf ? this.idf[idx[j]] : 1);
      val[j] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const s = 1 / Math.sqrt(norm);
      for (let j = 0; j < e.n; j++) val[j] *= s;
    }
    return val;
  }

  /** Calibrated log-probabilities per category, and the members' inputs (for contributions). */
  logProbs(e: EncodedText, arrays: Arrays = FRESH): { lp: Float64Array; inputs: Float64Array } {
    const M = this.M;
    const MK = M * K;
    const x = this.inputs(e, arrays);
    const s = arrays.float64(MK);
    s.set(this.bias);
    const members = this.model.members;
    const W = this.packed;
    const { n, idx } = e;
    if (M === 4) {
      // the shipped ensemble: the four members' rows of a feature read in one pass (about 1.5× faster than the loop below)
      const K2 = 2 * K;
      const K3 = 3 * K;
      for (let j = 0, xj = 0; j < n; j++, xj += 4) {
        const base = idx[j] * MK;
        const x0 = x[xj];
        const x1 = x[xj + 1];
        const x2 = x[xj + 2];
        const x3 = x[xj + 3];
        for (let c = 0; c < K; c++) {
          s[c] += x0 * W[base + c];
          s[K + c] += x1 * W[base + K + c];
          s[K2 + c] += x2 * W[base + K2 + c];
          s[K3 + c] += x3 * W[base + K3 + c];
        }
      }
    } else {
      for (let j = 0; j < n; j++) {
        const base = idx[j] * MK;
        for (let m = 0; m < M; m++) {
          const v = x[j * M + m];
          const at = base + m * K;
          for (let c = 0; c < K; c++) s[m * K + c] += v * W[at + c];
        }
      }
    }
    if (M === 1) return { lp: logSoftmax(s, members[0].temperature), inputs: x };
    const mean = new Float64Array(K);
    for (let m = 0; m < M; m++) {
      const lp = logSoftmax(s.subarray(m * K, m * K + K), members[m].temperature);
      for (let c = 0; c < K; c++) mean[c] += Math.exp(lp[c]) * this.model.weights[m];
    }
    for (let c = 0; c < K; c++) mean[c] = Math.log(Math.max(mean[c], 1e-300));
    return { lp: logSoftmax(mean, this.model.temperature), inputs: x };
  }

  /** As CategoryModel.contributions: per category asked for, each known feature's weight toward it (one pass over the features). */
  contributions(e: EncodedText, x: Float64Array, categories: number[], arrays: Arrays = FRESH): Float64Array[] {
    const M = this.M;
    const MK = M * K;
    const W = this.packed;
    const scales = this.scales;
    const { n, idx } = e;
    const C = categories.length;
    const out = categories.map(() => arrays.float64(n));
    const xs = new Float64Array(M);
    for (let j = 0; j < n; j++) {
      const base = idx[j] * MK;
      for (let m = 0; m < M; m++) xs[m] = x[j * M + m] * scales[m];
      for (let i = 0; i < C; i++) {
        const at = base + categories[i];
        let sum = 0;
        for (let m = 0; m < M; m++) sum += xs[m] * W[at + m * K];
        out[i][j] = sum;
      }
    }
    return out;
  }
}
