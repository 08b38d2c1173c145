/**
 * Small, explainable text classifiers for the need categories, all linear in the features of a
 * text (features.ts), so a suggestion is a sum of per-feature weights and its reasons are the
 * features that added most:
 *  - multinomial naive Bayes on raw counts (MNB),
 *  - complement naive Bayes on TF-IDF (CNB, Rennie et al. 2003),
 *  - logistic regression (softmax) on TF-IDF, trained by SGD with L2 (LR),
 *  - linear SVM (Crammer–Singer multi-class hinge) on TF-IDF, trained by Pegasos-style SGD (SVM).
 * Each model divides its scores by a temperature fitted so that the softmax is calibrated.
 * Everything is deterministic (seeded shuffles) and runs on plain typed arrays.
 */

export type FeatureCounts = Map<string, number>;

export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

export type Transform = 'counts' | 'tfidf' | 'tf';

/** Vocabulary and document frequencies of a training set: features outside it are ignored. */
export class Vectorizer {
  readonly index = new Map<string, number>();
  readonly features: string[] = [];
  idf: Float64Array;

  /** `minDf`: features of fewer training texts are left out, those `prunable` says may be (all by default) */
  constructor(docs: FeatureCounts[], minDf = 1, prunable?: (feature: string) => boolean) {
    const df = new Map<string, number>();
    for (const d of docs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    const kept: number[] = [];
    for (const [f, n] of df) {
      if (n < minDf && (!prunable || prunable(f))) continue;
      this.index.set(f, this.index.size);
      this.features.push(f);
      kept.push(n);
    }
    const N = docs.length;
    this.idf = Float64Array.from(kept, (n) => Math.log((1 + N) / (1 + n)) + 1);
  }

  get size(): number {
    return this.index.size;
  }

  /** Takes the document frequencies of a larger corpus (features it never saw count as rare). */
  useIdfOf(corpus: Vectorizer): this {
    const rare = Math.max(1, ...corpus.idf);
    this.idf = Float64Array.from(this.features, (f) => {
      const i = corpus.index.get(f);
      return i === undefined ? rare : corpus.idf[i];
    });
    return this;
  }

  private readonly cache = new WeakMap<FeatureCounts, { counts: SparseVector; tfidf?: SparseVector; tf?: SparseVector }>();

  /** The text's vector (memoised per features object, so ensemble members sharing this vocabulary look it up once). */
  vector(doc: FeatureCounts, transform: Transform): SparseVector {
    let entry = this.cache.get(doc);
    if (!entry) {
      entry = { counts: this.lookup(doc) };
      this.cache.set(doc, entry);
    }
    if (transform === 'counts') return entry.counts;
    if (transform === 'tf') return (entry.tf ??= this.tfidf(entry.counts, false));
    return (entry.tfidf ??= this.tfidf(entry.counts, true));
  }

  private lookup(doc: FeatureCounts): SparseVector {
    const idx = new Int32Array(doc.size);
    const val = new Float64Array(doc.size);
    let n = 0;
    for (const [f, count] of doc) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      idx[n] = i;
      val[n++] = count;
    }
    return { idx: idx.subarray(0, n), val: val.subarray(0, n) };
  }

  /** Sublinear TF-IDF (or TF alone), L2-normalised. */
  private tfidf(counts: SparseVector, idf: boolean): SparseVector {
    const val = new Float64Array(counts.val.length);
    let norm = 0;
    for (let j = 0; j < val.length; j++) {
      const v = (1 + Math.log(counts.val[j])) * (idf ? this.idf[counts.idx[j]] : 1);
      val[j] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const s = 1 / Math.sqrt(norm);
      for (let j = 0; j < val.length; j++) val[j] *= s;
    }
    return { idx: counts.idx, val };
  }
}

/** scores = (b + W·x) / temperature; W is feature-major (W[f * K + c]). */
export class LinearModel {
  temperature = 1;

  constructor(
    readonly name: string,
    readonly vectorizer: Vectorizer,
    readonly transform: Transform,
    readonly K: number,
    readonly W: Float64Array,
    readonly b: Float64Array,
  ) {
    // centre each feature's weights on their mean over the categories: every category's score
    // moves by the same amount, so probabilities are unchanged, and a weight now reads directly
    // as "how much this feature pushes toward this category against the others"
    for (let base = 0; base < W.length; base += K) {
      let mean = 0;
      for (let c = 0; c < K; c++) mean += W[base + c];
      mean /= K;
      for (let c = 0; c < K; c++) W[base + c] -= mean;
    }
  }

  /** Raw scores (before the temperature) of an already vectorised text. */
  rawScores(x: SparseVector): Float64Array {
    const K = this.K;
    const W = this.W;
    const { idx, val } = x;
    const s = Float64Array.from(this.b);
    for (let j = 0; j < idx.length; j++) {
      const base = idx[j] * K;
      const v = val[j];
      for (let c = 0; c < K; c++) s[c] += v * W[base + c];
    }
    return s;
  }

  /** Calibrated log-probabilities of a text's features. */
  logProbs(doc: FeatureCounts): Float64Array {
    const s = this.rawScores(this.vectorizer.vector(doc, this.transform));
    return logSoftmax(s, this.temperature);
  }

  /**
   * What each feature of the text adds to category c against the mean of the categories, after
   * the temperature: sums to (score_c − mean score) − the same for the bias.
   */
  contributions(doc: FeatureCounts, c: number, out: Map<string, number>, scale = 1): void {
    const x = this.vectorizer.vector(doc, this.transform);
    for (let j = 0; j < x.idx.length; j++) {
      const f = this.vectorizer.features[x.idx[j]];
      out.set(f, (out.get(f) ?? 0) + (x.val[j] * this.W[x.idx[j] * this.K + c] * scale) / this.temperature);
    }
  }
}

export function logSoftmax(scores: ArrayLike<number>, temperature = 1): Float64Array {
  const K = scores.length;
  const t = temperature > 0 ? temperature : 1;
  let max = -Infinity;
  for (let c = 0; c < K; c++) max = Math.max(max, scores[c] / t);
  let sum = 0;
  for (let c = 0; c < K; c++) sum += Math.exp(scores[c] / t - max);
  const lse = max + Math.log(sum);
  const out = new Float64Array(K);
  for (let c = 0; c < K; c++) out[c] = scores[c] / t - lse;
  return out;
}

/** Small deterministic PRNG (mulberry32). */
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

export function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface NaiveBayesParams {
  alpha: number;
  complement: boolean;
}

/** Multinomial NB on counts, or complement NB on TF-IDF. */
export function trainNaiveBayes(docs: FeatureCounts[], ys: number[], K: number, p: NaiveBayesParams, shared?: Vectorizer): LinearModel {
  const vz = shared ?? new Vectorizer(docs);
  const transform: Transform = p.complement ? 'tfidf' : 'counts';
  const V = vz.size;
  const N = new Float64Array(V * K);
  const total = new Float64Array(K);
  const prior = new Float64Array(K);
  docs.forEach((d, n) => {
    const x = vz.vector(d, transform);
    const c = ys[n];
    prior[c] += 1;
    for (let j = 0; j < x.idx.length; j++) {
      N[x.idx[j] * K + c] += x.val[j];
      total[c] += x.val[j];
    }
  });
  const W = new Float64Array(V * K);
  const b = new Float64Array(K);
  const a = p.alpha;
  if (!p.complement) {
    for (let c = 0; c < K; c++) {
      const denom = Math.log(total[c] + a * V);
      for (let f = 0; f < V; f++) W[f * K + c] = Math.log(N[f * K + c] + a) - denom;
      b[c] = Math.log((prior[c] + 1) / (docs.length + K));
    }
  } else {
    let all = 0;
    for (let c = 0; c < K; c++) all += total[c];
    for (let c = 0; c < K; c++) {
      const denom = Math.log(all - total[c] + a * V);
      for (let f = 0; f < V; f++) {
        let rowSum = 0;
        for (let k = 0; k < K; k++) rowSum += N[f * K + k];
        W[f * K + c] = -(Math.log(rowSum - N[f * K + c] + a) - denom);
      }
    }
  }
  return new LinearModel(p.complement ? 'CNB' : 'MNB', vz, transform, K, W, b);
}

export interface SgdParams {
  loss: 'log' | 'hinge';
  lambda: number;
  epochs: number;
  seed: number;
}

/**
 * Softmax regression (loss 'log') or Crammer–Singer linear SVM (loss 'hinge') on L2-normalised
 * TF-IDF, by SGD with L2 regularisation: step 1 / (λ (t + t0)), weight decay folded into a scale
 * factor so each step only touches the features of one text.
 */
export function trainSgd(docs: FeatureCounts[], ys: number[], K: number, p: SgdParams, shared?: Vectorizer): LinearModel {
  const vz = shared ?? new Vectorizer(docs);
  const xs = docs.map((d) => vz.vector(d, 'tfidf'));
  const V = vz.size;
  const v = new Float64Array(V * K); // W = scale · v
  const b = new Float64Array(K);
  let scale = 1;
  const eta0 = 1;
  const t0 = 1 / (p.lambda * eta0);
  const random = seededRandom(p.seed);
  const s = new Float64Array(K);
  const g = new Float64Array(K);
  let t = 0;
  for (let epoch = 0; epoch < p.epochs; epoch++) {
    for (const n of shuffled(xs.length, random)) {
      const x = xs[n];
      const y = ys[n];
      const eta = 1 / (p.lambda * (t0 + t));
      t++;
      // scores
      for (let c = 0; c < K; c++) s[c] = b[c];
      for (let j = 0; j < x.idx.length; j++) {
        const base = x.idx[j] * K;
        const xv = x.val[j] * scale;
        for (let c = 0; c < K; c++) s[c] += xv * v[base + c];
      }
      // gradient of the loss in the scores
      g.fill(0);
      if (p.loss === 'log') {
        const lp = logSoftmax(s);
        for (let c = 0; c < K; c++) g[c] = Math.exp(lp[c]) - (c === y ? 1 : 0);
      } else {
        let worst = -1;
        let worstScore = -Infinity;
        for (let c = 0; c < K; c++) if (c !== y && s[c] > worstScore) [worst, worstScore] = [c, s[c]];
        if (1 + worstScore - s[y] > 0) {
          g[worst] = 1;
          g[y] = -1;
        }
      }
      // decay then step
      scale *= 1 - eta * p.lambda;
      if (scale < 1e-9) {
        for (let i = 0; i < v.length; i++) v[i] *= scale;
        scale = 1;
      }
      for (let c = 0; c < K; c++) {
        if (g[c] === 0) continue;
        b[c] -= eta * g[c] * 0.1;
        for (let j = 0; j < x.idx.length; j++) v[x.idx[j] * K + c] -= (eta * g[c] * x.val[j]) / scale;
      }
    }
  }
  for (let i = 0; i < v.length; i++) v[i] *= scale;
  return new LinearModel(p.loss === 'log' ? 'LR' : 'SVM', vz, 'tfidf', K, v, b);
}

/** Mean negative log-likelihood of the true categories under softmax(scores / T). */
export function nll(scores: Float64Array[], ys: number[], T: number): number {
  let total = 0;
  scores.forEach((s, n) => (total -= logSoftmax(s, T)[ys[n]]));
  return total / scores.length;
}

/** The temperature that minimises the NLL (golden-section search on log T in [e^-5, e^5]). */
export function fitTemperature(scores: Float64Array[], ys: number[]): number {
  let lo = -5;
  let hi = 5;
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = hi - phi * (hi - lo);
  let bb = lo + phi * (hi - lo);
  let fa = nll(scores, ys, Math.exp(a));
  let fb = nll(scores, ys, Math.exp(bb));
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = bb;
      bb = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = nll(scores, ys, Math.exp(a));
    } else {
      lo = a;
      a = bb;
      fa = fb;
      bb = lo + phi * (hi - lo);
      fb = nll(scores, ys, Math.exp(bb));
    }
  }
  return Math.exp((lo + hi) / 2);
}
