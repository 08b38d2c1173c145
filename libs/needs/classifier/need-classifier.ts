import { readFileSync } from 'fs';
import { resolve } from 'path';
import { NeedCategory, NEED_CATEGORIES } from '@app/common/glossary';
import { CATEGORY_KEYWORDS } from './category-keywords';

/**
 * Need-category classifier: multinomial naive Bayes over Chinese character 1–3-grams
 * (Chinese is written without spaces, so character n-grams stand in for words), seeded with
 * the category vocabulary of domain.md §3 as pseudo-examples and refined incrementally with
 * every category staff confirm. Pure, synchronous and deterministic: the same examples in the
 * same order give the same model and the same suggestions.
 */

export interface LabeledNeed {
  text: string;
  category: NeedCategory;
}

export interface CategoryProbability {
  category: NeedCategory;
  probability: number;
}

export interface NeedSuggestion {
  category: NeedCategory;
  /** probability of the suggested (top) category, 0..1 */
  confidence: number;
  /** every category, most probable first; probabilities sum to 1 */
  ranking: CategoryProbability[];
}

export interface FeatureContribution {
  /** the character n-gram, e.g. '电梯' */
  feature: string;
  /** log-odds it adds for the category against the other categories (> 0 pushes toward it) */
  weight: number;
  /** true when the n-gram comes from the category's prior vocabulary (domain.md) */
  keyword: boolean;
}

export interface NeedClassifierOptions {
  /** weight of an n-gram of length 1, 2, 3 (index 0 unused) */
  ngramWeights: readonly number[];
  /** additive (Lidstone) smoothing of the feature counts */
  alpha: number;
  /** pseudo-count each n-gram of a prior keyword adds to its category */
  keywordWeight: number;
  /** count each n-gram at most once per text (binary multinomial NB; better for short texts) */
  binary: boolean;
  /** divides the log-likelihoods before the softmax, so that confidences are calibrated */
  temperature: number;
  /** log-odds bonus a category gets for each of its prior keywords found in the text */
  keywordBoost: number;
  /** scale the n-gram evidence to this many features (0 = raw sum) */
  lengthNorm: number;
  /** weight each n-gram by (1 - normalised entropy of its category distribution)^focus */
  focus: number;
  /** prior keyword lists; pass {} for a purely data-driven model */
  keywords: Partial<Record<NeedCategory, readonly string[]>>;
}

export const DEFAULT_OPTIONS: NeedClassifierOptions = {
  ngramWeights: [0, 0.25, 1, 1],
  alpha: 0.1,
  keywordWeight: 1,
  keywordBoost: 0,
  lengthNorm: 0,
  focus: 0,
  binary: true,
  temperature: 1,
  keywords: CATEGORY_KEYWORDS,
};

const MAX_N = 3;

/** Full-width to half-width (NFKC), lower case, and only letters and digits kept as runs. */
function segments(text: string): string[] {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s.length > 0);
}

/**
 * Character 1-, 2- and 3-grams of a text, in reading order, repeats kept. N-grams never cross
 * punctuation or spaces (each run of letters/digits is cut separately).
 */
export function tokenizeNgrams(text: string, maxN = MAX_N): string[] {
  const out: string[] = [];
  for (const seg of segments(text)) {
    const chars = Array.from(seg);
    for (let i = 0; i < chars.length; i++) {
      let gram = '';
      for (let n = 1; n <= maxN && i + n <= chars.length; n++) {
        gram += chars[i + n - 1];
        out.push(gram);
      }
    }
  }
  return out;
}

function bigramSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const seg of segments(text)) {
    const chars = Array.from(seg);
    if (chars.length === 1) set.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i] + chars[i + 1]);
  }
  return set;
}

/**
 * Similarity of two need texts in 0..1: Jaccard index of their character-bigram sets
 * (punctuation and width ignored). 1 for identical wording, 0 when no bigram is shared.
 * Used to show similar needs so that people support one instead of repeating it.
 */
export function textSimilarity(a: string, b: string): number {
  const A = bigramSet(a);
  const B = bigramSet(b);
  if (A.size === 0 && B.size === 0) return 0;
  let inter = 0;
  const [small, large] = A.size <= B.size ? [A, B] : [B, A];
  for (const g of small) if (large.has(g)) inter++;
  return inter / (A.size + B.size - inter);
}

export interface LabeledFixtureRow {
  category: NeedCategory;
  kind: string;
  title: string;
  content: string;
  /** title + ' ' + content, the text the classifier sees */
  text: string;
}

/**
 * Reads the labelled needs fixture (JSON lines {category, kind, title, content}); default
 * path `../shared/fixtures/needs-labeled.jsonl` relative to the working directory (the repo root).
 */
export function loadLabeledFixture(path?: string): LabeledFixtureRow[] {
  const file = path ?? resolve(process.cwd(), '../shared/fixtures/needs-labeled.jsonl');
  const known = new Set<string>(NEED_CATEGORIES);
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const row = JSON.parse(line) as Omit<LabeledFixtureRow, 'text'>;
      if (!known.has(row.category)) throw new Error(`${file}:${i + 1}: unknown category ${row.category}`);
      return { ...row, text: `${row.title ?? ''} ${row.content ?? ''}` };
    });
}

export class NeedClassifier {
  private readonly options: NeedClassifierOptions;
  private readonly k = NEED_CATEGORIES.length;
  private readonly index = new Map<NeedCategory, number>(NEED_CATEGORIES.map((c, i) => [c, i]));
  /** weighted count of each n-gram per category (index = NEED_CATEGORIES order) */
  private readonly counts = new Map<string, Float64Array>();
  /** n-grams that come from the prior keyword lists, per category index */
  private readonly keywordGrams = new Map<string, Set<number>>();
  private readonly totals: Float64Array;
  private readonly docs: Float64Array;
  private examples = 0;

  constructor(options: Partial<NeedClassifierOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.totals = new Float64Array(this.k);
    this.docs = new Float64Array(this.k);
    this.addKeywordPriors();
  }

  static fromExamples(examples: LabeledNeed[], options: Partial<NeedClassifierOptions> = {}): NeedClassifier {
    const classifier = new NeedClassifier(options);
    for (const e of examples) classifier.learn(e.text, e.category);
    return classifier;
  }

  /** Number of labelled examples learnt (the keyword priors not included). */
  get exampleCount(): number {
    return this.examples;
  }

  /** Learns one labelled text, e.g. a category a staff member confirmed on review. */
  learn(text: string, category: NeedCategory): void {
    const c = this.categoryIndex(category);
    for (const [gram, weight] of this.features(text)) this.add(gram, c, weight);
    this.docs[c] += 1;
    this.examples += 1;
  }

  suggest(text: string): NeedSuggestion {
    const scores = this.logScores(this.features(text));
    if (this.options.keywordBoost > 0) {
      const hits = this.keywordHits(text);
      for (let c = 0; c < this.k; c++) scores[c] += this.options.keywordBoost * hits[c];
    }
    const t = this.options.temperature;
    let max = -Infinity;
    for (let c = 0; c < this.k; c++) if (scores[c] > max) max = scores[c];
    const probs = new Float64Array(this.k);
    let sum = 0;
    for (let c = 0; c < this.k; c++) {
      probs[c] = Math.exp((scores[c] - max) / t);
      sum += probs[c];
    }
    const ranking: CategoryProbability[] = NEED_CATEGORIES.map((category, c) => ({ category, probability: probs[c] / sum }));
    // stable order: probability, then the glossary order of categories (deterministic on ties)
    ranking.sort((a, b) => b.probability - a.probability || this.index.get(a.category)! - this.index.get(b.category)!);
    return { category: ranking[0].category, confidence: ranking[0].probability, ranking };
  }

  /**
   * The n-grams of `text` that push it most toward `category`: for each distinct n-gram, its
   * weighted log-likelihood ratio between the category and the mean of the other categories.
   * Overlapping n-grams are reported once, the longest strongest one first.
   */
  explain(text: string, category: NeedCategory, limit = 8): FeatureContribution[] {
    const c = this.categoryIndex(category);
    const out: FeatureContribution[] = [];
    for (const [gram, weight] of this.features(text)) {
      const counts = this.counts.get(gram);
      if (!counts) continue;
      let others = 0;
      for (let o = 0; o < this.k; o++) if (o !== c) others += this.logLikelihood(counts, o);
      const w = weight * (this.logLikelihood(counts, c) - others / (this.k - 1));
      if (w > 0) out.push({ feature: gram, weight: w, keyword: this.keywordGrams.get(gram)?.has(c) ?? false });
    }
    out.sort((a, b) => b.weight - a.weight || b.feature.length - a.feature.length || (a.feature < b.feature ? -1 : 1));
    // drop an n-gram contained in a stronger one already listed (电 after 电梯)
    const kept: FeatureContribution[] = [];
    for (const f of out) {
      if (kept.some((k) => k.feature.includes(f.feature))) continue;
      kept.push(f);
      if (kept.length >= limit) break;
    }
    return kept;
  }

  private keywordHits(text: string): Float64Array {
    const hits = new Float64Array(this.k);
    const norm = text.normalize('NFKC').toLowerCase();
    for (const [category, words] of Object.entries(this.options.keywords) as [NeedCategory, readonly string[]][]) {
      const c = this.categoryIndex(category);
      for (const w of words ?? []) if (norm.includes(w)) hits[c] += 1;
    }
    return hits;
  }

  private categoryIndex(category: NeedCategory): number {
    const c = this.index.get(category);
    if (c === undefined) throw new Error(`unknown need category: ${category}`);
    return c;
  }

  /** Distinct (if binary) n-grams of a text with their weights. */
  private features(text: string): Map<string, number> {
    const w = this.options.ngramWeights;
    const out = new Map<string, number>();
    for (const gram of tokenizeNgrams(text)) {
      const weight = w[gram.length] ?? 0;
      if (weight <= 0) continue;
      if (this.options.binary) out.set(gram, weight);
      else out.set(gram, (out.get(gram) ?? 0) + weight);
    }
    return out;
  }

  private add(gram: string, c: number, weight: number): void {
    let counts = this.counts.get(gram);
    if (!counts) {
      counts = new Float64Array(this.k);
      this.counts.set(gram, counts);
    }
    counts[c] += weight;
    this.totals[c] += weight;
  }

  private addKeywordPriors(): void {
    const kw = this.options.keywordWeight;
    if (kw <= 0) return;
    for (const [category, words] of Object.entries(this.options.keywords) as [NeedCategory, readonly string[]][]) {
      const c = this.categoryIndex(category);
      for (const word of words ?? []) {
        for (const [gram, weight] of this.features(word)) {
          // a keyword's own 1-grams are too ambiguous to carry the keyword's meaning,
          // unless the keyword is a single character
          if (gram.length === 1 && Array.from(word).length > 1) continue;
          this.add(gram, c, kw * weight);
          let set = this.keywordGrams.get(gram);
          if (!set) this.keywordGrams.set(gram, (set = new Set()));
          set.add(c);
        }
      }
    }
  }

  private logLikelihood(counts: Float64Array | undefined, c: number): number {
    const a = this.options.alpha;
    return Math.log(((counts ? counts[c] : 0) + a) / (this.totals[c] + a * this.counts.size));
  }

  /** 1 - normalised entropy of P(category | n-gram): 1 when the n-gram belongs to one category. */
  private specificity(counts: Float64Array): number {
    const a = this.options.alpha;
    let z = 0;
    const p = new Float64Array(this.k);
    for (let c = 0; c < this.k; c++) {
      p[c] = (counts[c] + a) / (this.totals[c] + a);
      z += p[c];
    }
    let h = 0;
    for (let c = 0; c < this.k; c++) {
      const q = p[c] / z;
      if (q > 0) h -= q * Math.log(q);
    }
    return 1 - h / Math.log(this.k);
  }

  private logScores(features: Map<string, number>): Float64Array {
    const scores = new Float64Array(this.k);
    const n = this.examples;
    // class prior from the learnt examples (Laplace-smoothed, uniform before any example)
    for (let c = 0; c < this.k; c++) scores[c] = Math.log((this.docs[c] + 1) / (n + this.k));
    const a = this.options.alpha;
    const v = this.counts.size;
    const denom = new Float64Array(this.k);
    for (let c = 0; c < this.k; c++) denom[c] = Math.log(this.totals[c] + a * v);
    const ev = new Float64Array(this.k);
    let m = 0;
    for (const [gram, weight] of features) {
      const counts = this.counts.get(gram);
      if (!counts) continue; // never seen in any category: says nothing about the category
      let w = weight;
      if (this.options.focus > 0) w *= Math.pow(this.specificity(counts), this.options.focus);
      m += w;
      for (let c = 0; c < this.k; c++) ev[c] += w * (Math.log(counts[c] + a) - denom[c]);
    }
    const scale = this.options.lengthNorm > 0 && m > 0 ? this.options.lengthNorm / m : 1;
    for (let c = 0; c < this.k; c++) scores[c] += ev[c] * scale;
    return scores;
  }
}
