import { NeedCategory, NEED_CATEGORIES } from '@app/common/glossary';
import { CATEGORY_INDEX, CategoryModel, CompiledModel, K, trainOne } from './category-model';
import { EncodedText, extractFeatures, FeatureEncoder, featureText, gramKey, normalizeText, textRuns, wordGramKeys } from './features';
import { FeatureCounts, LinearModel, logSoftmax, Vectorizer } from './linear-models';
import { vocabularyDocs, vocabularyOf } from './category-model';
import { loadTrainingSet, LabeledNeed } from './training-set';

/**
 * The category suggestion (domain.md §3: "the platform suggests one (with a confidence) when the
 * need arrives"): the shipped model, trained on the labelled needs kept in ./data, optionally
 * followed by a zone's own habits learnt from its staff decisions (ZoneAdaptation).
 *
 * Pure, synchronous and deterministic: the same examples give the same model and the same
 * suggestions; ties are broken by the glossary order of categories.
 */

export type { LabeledNeed } from './training-set';

export interface CategoryProbability {
  category: NeedCategory;
  probability: number;
}

export interface CategorySuggestion {
  category: NeedCategory;
  /** calibrated probability, 0..1 */
  confidence: number;
  /** the words of the text that weighed most toward this category, strongest first */
  because: string[];
}

export interface NeedSuggestion {
  category: NeedCategory;
  /** probability of the suggested (top) category, 0..1 */
  confidence: number;
  /** every category, most probable first; probabilities sum to 1 */
  ranking: CategoryProbability[];
  /** the best three with their reasons */
  suggestions: CategorySuggestion[];
}

/**
 * The shipped model: the ensemble was best on 10-fold cross-validation (npm run bench:classifier);
 * its members' parameters and the temperatures are the ones the same selection picks on the
 * whole training set (the bench prints them as "selection on the whole set").
 */
export const SHIPPED = {
  MNB: { alpha: 0.3, temperature: 10.5 },
  CNB: { alpha: 3, temperature: 0.05 },
  LR: { lambda: 1e-5, temperature: 0.49 },
  SVM: { lambda: 3e-3, temperature: 0.09 },
  ensembleTemperature: 0.9,
  seed: 20240601,
};

export function trainShippedModel(examples: LabeledNeed[]): CategoryModel {
  const extra = vocabularyDocs();
  const docs = [...examples.map((e) => extractFeatures(e.text)), ...extra.docs];
  const ys = [...examples.map((e) => CATEGORY_INDEX.get(e.category)!), ...extra.ys];
  const vz = vocabularyOf(docs);
  const members: LinearModel[] = [
    trainOne('MNB', SHIPPED.MNB.alpha, docs, ys, SHIPPED.seed, vz),
    trainOne('CNB', SHIPPED.CNB.alpha, docs, ys, SHIPPED.seed, vz),
    trainOne('LR', SHIPPED.LR.lambda, docs, ys, SHIPPED.seed, vz),
    trainOne('SVM', SHIPPED.SVM.lambda, docs, ys, SHIPPED.seed, vz),
  ];
  const temperatures = [SHIPPED.MNB.temperature, SHIPPED.CNB.temperature, SHIPPED.LR.temperature, SHIPPED.SVM.temperature];
  members.forEach((m, i) => (m.temperature = temperatures[i]));
  return new CategoryModel('ENSEMBLE', members, [SHIPPED.MNB.alpha, SHIPPED.CNB.alpha, SHIPPED.LR.lambda, SHIPPED.SVM.lambda], SHIPPED.ensembleTemperature);
}

const HAS_LETTER = /\p{L}/u;

/**
 * Words never shown as a reason: function words and the phrases every request is written with
 * (希望, 建议, 我们). They still count in the score; as chips they would explain nothing.
 */
const NOT_A_REASON = new Set(
  '希望 建议 我们 我家 大家 他们 自己 一个 一些 一下 可以 能否 能不能 可不可以 是否 想要 也想 还是 现在 已经 没有 不是 这个 那个 这些 什么 怎么 因为 所以 但是 如果 就是 还有 或者 以及 非常 比较 特别 经常 一直 时候 the and for to of a in is please'.split(
    ' ',
  ),
);

export class NeedClassifier {
  constructor(readonly model: CategoryModel) {}

  private static shippedInstance: NeedClassifier | null = null;

  /** The model trained on the shipped labelled needs (trained once per process). */
  static shipped(): NeedClassifier {
    NeedClassifier.shippedInstance ??= new NeedClassifier(trainShippedModel(loadTrainingSet()));
    return NeedClassifier.shippedInstance;
  }

  static fromExamples(examples: LabeledNeed[]): NeedClassifier {
    return new NeedClassifier(trainShippedModel(examples));
  }

  /** Calibrated log-probabilities of the shipped model. */
  logProbs(features: FeatureCounts): Float64Array {
    return this.model.logProbs(features);
  }

  private compiledModel: CompiledModel | null = null;
  private reasonTable: ReasonTable | null = null;

  /** The model prepared for suggesting (built on first use). */
  get compiled(): CompiledModel {
    return (this.compiledModel ??= new CompiledModel(this.model));
  }

  /** Suggestion for a text, with the zone's habits when a zone adaptation is given. */
  suggest(text: string, zone?: ZoneAdaptation | null, reasons = 3): NeedSuggestion {
    const compiled = this.compiled;
    const encoded = compiled.encode(text);
    const { lp: base, inputs } = compiled.logProbs(encoded);
    // the zone's correction reads the text's features, also those the shipped model never saw
    // (counted against the zone's own vocabulary, from the words just cut)
    const local = zone && zone.size > 0 ? zone.encode(encoded) : null;
    const lp = local ? local.adjust(base) : base;
    const order = Array.from({ length: K }, (_, c) => c).sort((a, b) => lp[b] - lp[a] || a - b); // ties keep the glossary order
    const ranking: CategoryProbability[] = order.map((c) => ({ category: NEED_CATEGORIES[c], probability: Math.exp(lp[c]) }));
    const top = order.slice(0, reasons);
    const suggestions: CategorySuggestion[] = [];
    if (top.length > 0) {
      const weights = compiled.contributions(encoded, inputs, top);
      const plan = new ReasonPlan(encoded, (this.reasonTable ??= new ReasonTable(compiled.features)), local?.encoded, local?.table);
      top.forEach((c, n) => {
        suggestions.push({ category: NEED_CATEGORIES[c], confidence: ranking[n].probability, because: plan.words(weights[n], local?.contributions(c)) });
      });
    }
    return { category: ranking[0].category, confidence: ranking[0].probability, ranking, suggestions };
  }

  /** Words of the text that push it toward `category`, strongest first (see reasonWords). */
  because(text: string, category: NeedCategory, zone?: ZoneAdaptation | null): string[] {
    const s = this.suggest(text, zone, NEED_CATEGORIES.length);
    return s.suggestions.find((x) => x.category === category)!.because;
  }
}

/**
 * The reasons shown for a category: the features' weights toward it, added up per piece of
 * text — a word, a word pair, a vocabulary word; a character n-gram counts for the words that
 * contain it — keeping pieces that occur in the text, of two characters or more (or an English
 * word), strongest first, none inside a stronger one already listed. The plan (which feature
 * credits which piece) is made once per text and serves every category.
 */
class ReasonPlan {
  private readonly normalized: string;
  private readonly texts: string[] = [];
  private readonly valid: boolean[] = [];
  private readonly textIndex = new Map<string, number>();
  /**
   * feature j (its position in the encoded text; the zone's features follow the shipped model's)
   * credits pieces flatT[start[j]..start[j+1]) with shares flatS[…]
   */
  private readonly start: Int32Array;
  private readonly flatT: number[] = [];
  private readonly flatS: number[] = [];
  /** features of the shipped model's encoding (the zone's come after them) */
  private readonly n1: number;

  /** `zone`, `zoneTable`: the same text (same normalised text and words) encoded against a zone's vocabulary */
  constructor(
    private readonly encoded: EncodedText,
    table: ReasonTable,
    zone?: EncodedText,
    zoneTable?: ReasonTable,
  ) {
    // a piece made of letters and digits only (reasonShaped) occurs in the text's runs of letters and digits iff it occurs in the text
    this.normalized = encoded.normalized;
    this.n1 = encoded.n;
    this.start = new Int32Array(encoded.n + (zone?.n ?? 0) + 1);
    this.plan(encoded, table, 0);
    if (zone && zoneTable) this.plan(zone, zoneTable, encoded.n);
  }

  private plan(encoded: EncodedText, table: ReasonTable, from: number): void {
    for (let j = 0; j < encoded.n; j++) {
      const f = encoded.idx[j];
      const text = table.text[f];
      if (text !== null) {
        // a word or a word pair: one piece, whose validity is known but for occurring in the text
        this.flatT.push(this.indexOf(text, table.valid[f]));
        this.flatS.push(1);
      } else if (table.gram[f] >= 0) {
        // a character n-gram: the words of the text containing it, in equal shares
        const owners = this.ownersOf(table.gram[f]);
        if (owners) {
          for (const t of owners) {
            this.flatT.push(t);
            this.flatS.push(1 / owners.length);
          }
        }
      } else {
        const pieces = this.pieces(table.keys[f]);
        for (const p of pieces) {
          this.flatT.push(this.indexOf(p));
          this.flatS.push(1 / pieces.length);
        }
      }
      this.start[from + j + 1] = this.flatT.length;
    }
  }

  /** The words of the text (as piece indices) containing a character n-gram, by its gramKey. */
  private gramOwners: Map<number, number[]> | null = null;
  private ownersOf(key: number): number[] | undefined {
    if (!this.gramOwners) {
      const owners = (this.gramOwners = new Map<number, number[]>());
      const keys: number[] = [];
      for (const word of new Set(this.encoded.words)) {
        keys.length = 0;
        wordGramKeys(word, keys);
        if (keys.length === 0) continue;
        // a word of the segmenter is a piece of the normalised text
        const t = this.indexOf(word, reasonShaped(word), true);
        for (const k of keys) {
          const list = owners.get(k);
          if (!list) owners.set(k, [t]);
          else if (list[list.length - 1] !== t) list.push(t);
        }
      }
    }
    return this.gramOwners.get(key);
  }

  /** The words of the text containing a character n-gram given as text (astral characters). */
  private ownersOfText(gram: string): string[] {
    const chars = Array.from(gram);
    return [...new Set(this.encoded.words)].filter((w) => {
      const wc = Array.from(w);
      for (let i = 0; i + chars.length <= wc.length; i++) if (wc.slice(i, i + chars.length).join('') === gram) return true;
      return false;
    });
  }

  /** `known`: the piece's validity apart from occurring in the text, when the table knows it. */
  private indexOf(t: string, known?: boolean, occurs = false): number {
    let i = this.textIndex.get(t);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(t);
      this.valid.push((known ?? reasonShaped(t)) && (occurs || this.normalized.includes(t)));
      this.textIndex.set(t, i);
    }
    return i;
  }

  /** The pieces of text a feature's weight is credited to (in equal shares). */
  private pieces(key: string): string[] {
    const kind = key.charCodeAt(0);
    if (kind === 118 /* v: a vocabulary count → the vocabulary words found */) return this.encoded.vocabularyHits[CATEGORY_INDEX.get(key.slice(2) as NeedCategory)!] ?? [];
    if (kind === 99 /* c: a character n-gram → the words containing it */) {
      const k = gramKey(key.slice(2));
      return k >= 0 ? (this.ownersOf(k) ?? []).map((t) => this.texts[t]) : this.ownersOfText(key.slice(2));
    }
    return [featureText(key)];
  }

  /** `weights`: of the shipped model's features toward the category; `zone`: of the zone's features (ZoneText.contributions) */
  words(weights: Float64Array, zone?: Float64Array, limit = 4): string[] {
    const total = new Float64Array(this.texts.length);
    const { start, flatT, flatS, n1 } = this;
    for (let j = 0; j + 1 < start.length; j++) {
      const w = j < n1 ? weights[j] : zone ? zone[j - n1] : 0;
      if (w === 0) continue;
      for (let k = start[j]; k < start[j + 1]; k++) total[flatT[k]] += w * flatS[k];
    }
    // the strongest first (then the longer, then in code order), none inside one already kept
    const texts = this.texts;
    const better = (a: number, b: number) => total[a] > total[b] || (total[a] === total[b] && (texts[a].length > texts[b].length || (texts[a].length === texts[b].length && texts[a] < texts[b])));
    const candidates: number[] = [];
    for (let i = 0; i < texts.length; i++) if (total[i] > 0 && this.valid[i]) candidates.push(i);
    const kept: string[] = [];
    while (kept.length < limit && candidates.length > 0) {
      let at = 0;
      for (let k = 1; k < candidates.length; k++) if (better(candidates[k], candidates[at])) at = k;
      const t = texts[candidates[at]];
      candidates[at] = candidates[candidates.length - 1];
      candidates.pop();
      if (!kept.some((k) => k.includes(t) || t.includes(k))) kept.push(t);
    }
    return kept;
  }
}


/** Whether a piece of text can be shown as a reason: two characters or more, letters (and digits) only, not a function word. */
function reasonShaped(t: string): boolean {
  return t.length >= 2 && HAS_LETTER.test(t) && LETTERS_AND_DIGITS.test(t) && !NOT_A_REASON.has(t);
}
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;

/**
 * What the reasons need to know of each feature of a model's vocabulary, worked out once: the
 * text of a word or word pair and whether it can be a reason at all; null for the features whose
 * pieces depend on the text (character n-grams, vocabulary counts).
 */
class ReasonTable {
  readonly text: (string | null)[];
  readonly valid: boolean[];
  /** the gramKey of a character n-gram feature, else -1 */
  readonly gram: Int32Array;
  constructor(readonly keys: readonly string[]) {
    this.gram = Int32Array.from(keys, (k) => (k.startsWith('c:') ? gramKey(k.slice(2)) : -1));
    this.text = keys.map((k) => (k.startsWith('w:') || k.startsWith('b:') ? featureText(k) : null));
    this.valid = this.text.map((t) => t !== null && reasonShaped(t));
  }
}

/**
 * A zone's habits: a small correction learnt from the zone's own staff decisions (its last 500),
 * added to the shipped model's log-probabilities. It is a softmax regression whose starting point
 * is the shipped model (the shipped scores enter as a fixed offset), so decisions that agree with
 * the shipped model change nothing and decisions that disagree move the words they contain
 * toward the zone's category. Parameters are fixed (not tuned on any labelled need).
 */
export class ZoneAdaptation {
  static readonly MAX_DECISIONS = 500;
  static readonly EPOCHS = 5;
  static readonly LEARNING_RATE = 0.3;
  static readonly L2 = 1e-2;

  private examples: { features: FeatureCounts; base: Float64Array; y: number }[] = [];
  private vectorizer: Vectorizer | null = null;
  private W = new Float64Array(0);
  /** W with each feature's weights centred on their mean over the categories (for the reasons) */
  private centred = new Float64Array(0);
  private b = new Float64Array(K);
  private dirty = false;
  /** what reading a text takes after the last fit: the zone's vocabulary as an encoder, its IDF, its reason table */
  private compiled: { encoder: FeatureEncoder; idf: Float64Array; table: ReasonTable } | null = null;

  constructor(private readonly shipped: NeedClassifier) {}

  get size(): number {
    return this.examples.length;
  }

  /** Adds one staff decision; the correction is refitted on the next suggestion. */
  learn(text: string, category: NeedCategory): void {
    const features = extractFeatures(text);
    const y = CATEGORY_INDEX.get(category);
    if (y === undefined) throw new Error(`unknown need category: ${category}`);
    this.examples.push({ features, base: this.shipped.logProbs(features), y });
    if (this.examples.length > ZoneAdaptation.MAX_DECISIONS) this.examples.splice(0, this.examples.length - ZoneAdaptation.MAX_DECISIONS);
    this.dirty = true;
  }

  /**
   * A text the shipped model has just encoded, read by the zone's correction: its features
   * counted against the zone's own vocabulary (the words already cut are reused), as the
   * sublinear TF-IDF the correction was fitted on.
   */
  encode(shipped: EncodedText): ZoneText | null {
    this.fit();
    const c = this.compiled;
    if (!c) return null;
    const encoded = c.encoder.encodeSegmented(shipped.normalized, shipped.words);
    const x = new Float64Array(encoded.n);
    let norm = 0;
    for (let j = 0; j < encoded.n; j++) {
      const v = (1 + Math.log(encoded.count[j])) * c.idf[encoded.idx[j]];
      x[j] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let j = 0; j < encoded.n; j++) x[j] *= scale;
    }
    return new ZoneText(encoded, x, this.W, this.centred, this.b, c.table);
  }

  private scores(x: { idx: Int32Array; val: Float64Array }, base: Float64Array): Float64Array {
    const s = new Float64Array(K);
    for (let c = 0; c < K; c++) s[c] = base[c] + this.b[c];
    for (let j = 0; j < x.idx.length; j++) for (let c = 0; c < K; c++) s[c] += x.val[j] * this.W[x.idx[j] * K + c];
    return s;
  }

  /** Refits the correction on the kept decisions (in order, several passes): a few ms for 500. */
  private fit(): void {
    if (!this.dirty) return;
    this.dirty = false;
    // the shipped training set's document frequencies: a word common to all needs weighs little
    const vz = new Vectorizer(this.examples.map((e) => e.features)).useIdfOf(this.shipped.model.members[0].vectorizer);
    const xs = this.examples.map((e) => vz.vector(e.features, 'tfidf'));
    this.vectorizer = vz;
    this.compiled = null;
    this.W = new Float64Array(vz.size * K);
    this.b = new Float64Array(K);
    const eta = ZoneAdaptation.LEARNING_RATE;
    const decay = 1 - eta * ZoneAdaptation.L2;
    for (let epoch = 0; epoch < ZoneAdaptation.EPOCHS; epoch++) {
      this.examples.forEach((e, n) => {
        const x = xs[n];
        const lp = logSoftmax(this.scores(x, e.base));
        for (let c = 0; c < K; c++) {
          const g = Math.exp(lp[c]) - (c === e.y ? 1 : 0);
          for (let j = 0; j < x.idx.length; j++) {
            const at = x.idx[j] * K + c;
            this.W[at] = this.W[at] * decay - eta * g * x.val[j];
          }
        }
      });
    }
    // for the reasons: each feature's weights against their mean over the categories
    this.centred = new Float64Array(this.W.length);
    for (let base = 0; base < this.W.length; base += K) {
      let mean = 0;
      for (let c = 0; c < K; c++) mean += this.W[base + c];
      for (let c = 0; c < K; c++) this.centred[base + c] = this.W[base + c] - mean / K;
    }
    this.compiled = { encoder: new FeatureEncoder(vz.features), idf: vz.idf, table: new ReasonTable(vz.features) };
  }
}

/** A text read by a zone's correction (ZoneAdaptation.encode). */
export class ZoneText {
  constructor(
    /** the text's features in the zone's vocabulary */
    readonly encoded: EncodedText,
    /** their sublinear TF-IDF, L2-normalised (positions as in `encoded`) */
    private readonly x: Float64Array,
    private readonly W: Float64Array,
    private readonly centred: Float64Array,
    private readonly b: Float64Array,
    readonly table: ReasonTable,
  ) {}

  /** The shipped model's log-probabilities corrected by the zone's habits. */
  adjust(base: Float64Array): Float64Array {
    const s = new Float64Array(K);
    for (let c = 0; c < K; c++) s[c] = base[c] + this.b[c];
    const { idx, n } = this.encoded;
    for (let j = 0; j < n; j++) {
      const at = idx[j] * K;
      const v = this.x[j];
      for (let c = 0; c < K; c++) s[c] += v * this.W[at + c];
    }
    return logSoftmax(s);
  }

  /** What each of the text's zone features adds toward category c against the mean of the categories. */
  contributions(c: number): Float64Array {
    const { idx, n } = this.encoded;
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = this.x[j] * this.centred[idx[j] * K + c];
    return out;
  }
}

export function bigramSet(text: string): Set<string> {
  const set = new Set<string>();
  for (const seg of textRuns(text)) {
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

export { normalizeText };
