import { readFileSync } from 'fs';
import { fixturePath } from '@app/demo/fixtures';
import { NeedCategory, NEED_CATEGORIES } from '@app/common/glossary';
import { CATEGORY_KEYWORDS } from './category-keywords';

/**
 * Need-category classifier (domain.md §3: "the platform suggests one (with a confidence) when
 * the need arrives").
 *
 * Model: multinomial naive Bayes over Chinese character 1–3-grams (Chinese is written without
 * spaces, so character n-grams stand in for words), plus the category vocabulary of
 * domain.md §3 (category-keywords.ts) used twice:
 *  - as pseudo-examples: each keyword's 2–3-grams count toward its category, so the model has
 *    sensible likelihoods before any need is labelled;
 *  - as a keyword boost: every keyword of a category found in the text adds a fixed log-odds
 *    bonus to that category.
 * The n-gram evidence is rescaled to a fixed number of feature-equivalents, so that a long text
 * is not over-confident and the keyword boost weighs the same whatever the length.
 *
 * Incremental: `learn` adds one confirmed example to the counts (O(length of the text)).
 * Pure, synchronous and deterministic: the same examples in the same order give the same model
 * and the same suggestions; ties are broken by the glossary order of categories.
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
  /** the character n-gram or keyword, e.g. '电梯' */
  feature: string;
  /** log-odds it adds to the category against the mean of the other categories (> 0 pushes toward it) */
  weight: number;
  /** true when it is one of the category's prior keywords (domain.md vocabulary) */
  keyword: boolean;
}

export interface NeedClassifierOptions {
  /** weight of an n-gram of length 1, 2, 3 (index 0 unused); 0 leaves that length out */
  ngramWeights: readonly number[];
  /** additive (Lidstone) smoothing of the n-gram counts */
  alpha: number;
  /** pseudo-count each 2–3-gram of a prior keyword adds to its category (0: no pseudo-examples) */
  keywordWeight: number;
  /** share of the pseudo-count given to the single characters of a multi-character keyword */
  keywordCharWeight: number;
  /** log-odds bonus a category gets for each distinct prior keyword of it found in the text */
  keywordBoost: number;
  /** n-gram evidence is rescaled to this many feature-equivalents (0: raw naive Bayes sum) */
  evidenceScale: number;
  /** scores are divided by this before the softmax, so that confidences are calibrated */
  temperature: number;
  /** prior keyword lists per category; {} gives a purely data-driven model */
  keywords: Partial<Record<NeedCategory, readonly string[]>>;
}

/**
 * Defaults chosen by 10-fold cross-validation on the labelled fixture (see
 * bench/classifier.bench.ts); the neighbourhood of these values scores within a point or two.
 */
export const DEFAULT_CLASSIFIER_OPTIONS: NeedClassifierOptions = {
  ngramWeights: [0, 0.5, 1, 1],
  alpha: 1,
  keywordWeight: 4,
  keywordCharWeight: 1,
  keywordBoost: 4,
  evidenceScale: 10,
  temperature: 1.4,
  keywords: CATEGORY_KEYWORDS,
};

const MAX_N = 3;

/** Width-folded (NFKC), lower-cased runs of letters and digits; everything else separates runs. */
function segments(text: string): string[] {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s.length > 0);
}

/**
 * Character 1-, 2- and 3-grams of a text in reading order, repeats kept. Text is width-folded
 * and lower-cased; n-grams never cross punctuation or spaces.
 * tokenizeNgrams('加装电梯') → ['加', '加装', '加装电', '装', '装电', '装电梯', '电', '电梯', '梯']
 */
export function tokenizeNgrams(text: string, maxN = MAX_N): string[] {
  const out: string[] = [];
  forEachNgram(text, maxN, (gram) => out.push(gram));
  return out;
}

/** Calls `visit(gram, n)` for every character n-gram (n = 1..maxN) of the text, in reading order. */
function forEachNgram(text: string, maxN: number, visit: (gram: string, n: number) => void): void {
  for (const seg of segments(text)) {
    const chars = Array.from(seg);
    for (let i = 0; i < chars.length; i++) {
      let gram = '';
      for (let n = 1; n <= maxN && i + n <= chars.length; n++) {
        gram += chars[i + n - 1];
        visit(gram, n);
      }
    }
  }
}

export function bigramSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const seg of segments(text)) {
    const chars = Array.from(seg);
    if (chars.length === 1) set.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i] + chars[i + 1]);
  }
  return set;
}

/**
 * Similarity of two need texts in 0..1: the Jaccard index of their character-bigram sets
 * (punctuation, spaces and width ignored). 1 for the same wording, 0 when no bigram is shared.
 * Used to show similar needs so that people support an existing one instead of repeating it.
 */
export function textSimilarity(a: string, b: string): number {
  const A = bigramSet(a);
  const B = bigramSet(b);
  if (A.size === 0 || B.size === 0) return 0;
  const [small, large] = A.size <= B.size ? [A, B] : [B, A];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / (A.size + B.size - shared);
}

export interface LabeledFixtureRow extends LabeledNeed {
  kind: string;
  title: string;
  content: string;
}

/**
 * Reads the labelled needs fixture: JSON lines {category, kind, title, content}. `text` is
 * title + ' ' + content, what the classifier is given in production. Default path:
 * `../shared/fixtures/needs-labeled.jsonl` beside the repository, or the copy in libs/demo/fixtures.
 */
export function loadLabeledFixture(path?: string): LabeledFixtureRow[] {
  const file = path ?? fixturePath('needs-labeled.jsonl');
  const known = new Set<string>(NEED_CATEGORIES);
  const rows: LabeledFixtureRow[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as { category: NeedCategory; kind: string; title?: string; content?: string };
      if (!known.has(row.category)) throw new Error(`${file}:${i + 1}: unknown need category ${row.category}`);
      const title = row.title ?? '';
      const content = row.content ?? '';
      rows.push({ category: row.category, kind: row.kind, title, content, text: `${title} ${content}` });
    });
  return rows;
}

export class NeedClassifier {
  private readonly options: NeedClassifierOptions;
  private readonly k = NEED_CATEGORIES.length;
  private readonly index = new Map<NeedCategory, number>(NEED_CATEGORIES.map((c, i) => [c, i]));
  /** weighted count of each n-gram per category (array index = NEED_CATEGORIES order) */
  private readonly counts = new Map<string, Float64Array>();
  private readonly totals: Float64Array;
  /** labelled examples learnt per category (class prior) */
  private readonly docs: Float64Array;
  /** prior keyword → indexes of the categories it belongs to */
  private readonly keywordCategories = new Map<string, number[]>();
  /** length in characters of the longest prior keyword */
  private readonly maxKeywordLength: number;
  private examples = 0;

  constructor(options: Partial<NeedClassifierOptions> = {}) {
    this.options = { ...DEFAULT_CLASSIFIER_OPTIONS, ...options };
    this.totals = new Float64Array(this.k);
    this.docs = new Float64Array(this.k);
    let longest = 0;
    for (const category of NEED_CATEGORIES) {
      const c = this.categoryIndex(category);
      for (const raw of this.options.keywords[category] ?? []) {
        const word = raw.normalize('NFKC').toLowerCase();
        const cats = this.keywordCategories.get(word) ?? [];
        if (!cats.includes(c)) cats.push(c);
        this.keywordCategories.set(word, cats);
        longest = Math.max(longest, Array.from(word).length);
        this.addKeywordPseudoExample(word, c);
      }
    }
    this.maxKeywordLength = longest;
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

  /** Learns one labelled text, e.g. the category a staff member confirmed on review. */
  learn(text: string, category: NeedCategory): void {
    const c = this.categoryIndex(category);
    for (const [gram, weight] of this.features(text)) this.add(gram, c, weight);
    this.docs[c] += 1;
    this.examples += 1;
  }

  suggest(text: string): NeedSuggestion {
    const scores = this.scores(text);
    const t = this.options.temperature > 0 ? this.options.temperature : 1;
    let max = -Infinity;
    for (let c = 0; c < this.k; c++) if (scores[c] > max) max = scores[c];
    let sum = 0;
    for (let c = 0; c < this.k; c++) {
      scores[c] = Math.exp((scores[c] - max) / t);
      sum += scores[c];
    }
    const ranking: CategoryProbability[] = [];
    for (let c = 0; c < this.k; c++) ranking.push({ category: NEED_CATEGORIES[c], probability: scores[c] / sum });
    // Array.prototype.sort is stable: equal probabilities keep the glossary order
    ranking.sort((a, b) => b.probability - a.probability);
    return { category: ranking[0].category, confidence: ranking[0].probability, ranking };
  }

  /**
   * The n-grams and keywords of `text` that push it most toward `category`, strongest first.
   * An n-gram's weight is its share of the score: its log-likelihood under the category minus
   * the mean over the other categories (after the evidence rescaling), plus the keyword boost
   * when it is one of the category's keywords. An n-gram inside a stronger one already listed
   * (电 inside 电梯) is not repeated.
   */
  explain(text: string, category: NeedCategory, limit = 8): FeatureContribution[] {
    const c = this.categoryIndex(category);
    const features = this.features(text);
    const scale = this.evidenceScale(features);
    const byFeature = new Map<string, FeatureContribution>();
    for (const [gram, weight] of features) {
      const counts = this.counts.get(gram);
      if (!counts) continue;
      let others = 0;
      for (let o = 0; o < this.k; o++) if (o !== c) others += this.logLikelihood(counts, o);
      const w = scale * weight * (this.logLikelihood(counts, c) - others / (this.k - 1));
      byFeature.set(gram, { feature: gram, weight: w, keyword: false });
    }
    const boost = this.options.keywordBoost;
    for (const [word, cats] of this.keywordHits(text)) {
      const w = (cats.includes(c) ? boost : 0) - (boost * cats.filter((o) => o !== c).length) / (this.k - 1);
      const f = byFeature.get(word) ?? { feature: word, weight: 0, keyword: false };
      f.weight += w;
      f.keyword = f.keyword || cats.includes(c);
      byFeature.set(word, f);
    }
    const ranked = [...byFeature.values()]
      .filter((f) => f.weight > 0)
      .sort((a, b) => b.weight - a.weight || b.feature.length - a.feature.length || (a.feature < b.feature ? -1 : 1));
    const kept: FeatureContribution[] = [];
    for (const f of ranked) {
      if (kept.length >= limit) break;
      if (kept.some((k) => k.feature.includes(f.feature))) continue;
      kept.push(f);
    }
    return kept;
  }

  private categoryIndex(category: NeedCategory): number {
    const c = this.index.get(category);
    if (c === undefined) throw new Error(`unknown need category: ${category}`);
    return c;
  }

  /** Weighted n-gram counts of a text. */
  private features(text: string): Map<string, number> {
    const w = this.options.ngramWeights;
    const out = new Map<string, number>();
    forEachNgram(text, MAX_N, (gram, n) => {
      const weight = w[n] ?? 0;
      if (weight > 0) out.set(gram, (out.get(gram) ?? 0) + weight);
    });
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

  private addKeywordPseudoExample(word: string, c: number): void {
    const kw = this.options.keywordWeight;
    if (kw <= 0) return;
    const single = Array.from(word).length === 1;
    for (const [gram, weight] of this.features(word)) {
      // the single characters of a longer keyword carry only part of its meaning (课 of 课堂)
      const factor = !single && Array.from(gram).length === 1 ? this.options.keywordCharWeight : 1;
      if (factor > 0) this.add(gram, c, kw * weight * factor);
    }
  }

  /** Distinct prior keywords found in the text, with the categories they belong to. */
  private keywordHits(text: string): Map<string, number[]> {
    const hits = new Map<string, number[]>();
    if (this.keywordCategories.size === 0) return hits;
    forEachNgram(text, this.maxKeywordLength, (gram) => {
      const cats = this.keywordCategories.get(gram);
      if (cats) hits.set(gram, cats);
    });
    return hits;
  }

  private logLikelihood(counts: Float64Array, c: number): number {
    const a = this.options.alpha;
    return Math.log((counts[c] + a) / (this.totals[c] + a * this.counts.size));
  }

  /** Factor that rescales the n-gram evidence of a text to `evidenceScale` feature-equivalents. */
  private evidenceScale(features: Map<string, number>): number {
    if (!(this.options.evidenceScale > 0)) return 1;
    let known = 0;
    for (const [gram, weight] of features) if (this.counts.has(gram)) known += weight;
    return known > 0 ? this.options.evidenceScale / known : 1;
  }

  /** Unnormalised log-posterior of each category. */
  private scores(text: string): Float64Array {
    const scores = new Float64Array(this.k);
    const a = this.options.alpha;
    const v = this.counts.size;
    // class prior from the learnt examples (Laplace-smoothed: uniform before any example)
    for (let c = 0; c < this.k; c++) scores[c] = Math.log((this.docs[c] + 1) / (this.examples + this.k));
    const features = this.features(text);
    const scale = this.evidenceScale(features);
    const logDenominator = new Float64Array(this.k);
    for (let c = 0; c < this.k; c++) logDenominator[c] = Math.log(this.totals[c] + a * v);
    for (const [gram, weight] of features) {
      const counts = this.counts.get(gram);
      if (!counts) continue; // never seen in any category: says nothing about the category
      const w = scale * weight;
      for (let c = 0; c < this.k; c++) scores[c] += w * (Math.log(counts[c] + a) - logDenominator[c]);
    }
    const boost = this.options.keywordBoost;
    if (boost > 0) for (const cats of this.keywordHits(text).values()) for (const c of cats) scores[c] += boost;
    return scores;
  }
}
