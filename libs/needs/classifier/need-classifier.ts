import { NeedCategory, NEED_CATEGORIES } from '@app/common/glossary';
import { CATEGORY_INDEX, CategoryModel, CompiledModel, K, trainOne } from './category-model';
import { Arrays, EncodedText, extractFeatures, FeatureEncoder, featureText, FRESH, Scratch, gramKey, normalizeText, textRuns, VOCABULARY_WORDS, wordGramKeys } from './features';
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

/** The typed arrays of the suggestion being made (reset at the start of each; see Scratch). */
const SCRATCH = new Scratch();

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

  /** What the reasons need to know of the model's vocabulary (built on first use). */
  get reasons(): ReasonTable {
    return (this.reasonTable ??= new ReasonTable(this.compiled.features, this.compiled.encoder));
  }

  /** Suggestion for a text, with the zone's habits when a zone adaptation is given. */
  suggest(text: string, zone?: ZoneAdaptation | null, reasons = 3): NeedSuggestion {
    const compiled = this.compiled;
    const arrays = SCRATCH;
    arrays.reset();
    const encoded = compiled.encode(text, arrays);
    const { lp: base, inputs } = compiled.logProbs(encoded, arrays);
    // the zone's correction reads the text's features, also those the shipped model never saw
    // (counted against the zone's own vocabulary, from the words just cut)
    const local = zone && zone.size > 0 ? zone.encode(encoded, arrays) : null;
    const lp = local ? local.adjust(base) : base;
    const order = Array.from({ length: K }, (_, c) => c).sort((a, b) => lp[b] - lp[a] || a - b); // ties keep the glossary order
    const ranking: CategoryProbability[] = order.map((c) => ({ category: NEED_CATEGORIES[c], probability: Math.exp(lp[c]) }));
    const top = order.slice(0, reasons);
    const suggestions: CategorySuggestion[] = [];
    if (top.length > 0) {
      const weights = compiled.contributions(encoded, inputs, top, arrays);
      const plan = new ReasonPlan(arrays, encoded, this.reasons, local?.encoded, local?.table);
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
 *
 * Pieces are found by number, not by text, wherever the model's tables know them (ReasonTable):
 * a word or word pair feature, a word of the text the encoder knows, and the character n-grams
 * each known word contains; only words outside the vocabulary are looked up by their text.
 */
class ReasonPlan {
  private readonly normalized: string;
  private readonly texts: string[] = [];
  private readonly valid: boolean[] = [];
  /** pieces the shipped table does not number (words outside its vocabulary), by text */
  private readonly textIndex = new Map<string, number>();
  /** the shipped table's piece numbers given a place in `texts` (to clear its scratch afterwards) */
  private readonly numbered: number[] = [];
  /**
   * feature j (its position in the encoded text; the zone's features follow the shipped model's)
   * credits pieces flatT[start[j]..start[j+1]) with shares flatS[…]
   */
  private readonly start: Int32Array;
  private flatT: Int32Array;
  private flatS: Float64Array;
  private size = 0;
  /** features of the shipped model's encoding (the zone's come after them) */
  private readonly n1: number;

  /** `zone`, `zoneTable`: the same text (same normalised text and words) encoded against a zone's vocabulary */
  constructor(
    private readonly arrays: Arrays,
    private readonly encoded: EncodedText,
    private readonly shipped: ReasonTable,
    zone?: EncodedText,
    zoneTable?: ReasonTable,
  ) {
    // a piece made of letters and digits only (reasonShaped) occurs in the text's runs of letters and digits iff it occurs in the text
    this.normalized = encoded.normalized;
    this.n1 = encoded.n;
    const n = encoded.n + (zone?.n ?? 0);
    this.start = arrays.int32(n + 1);
    this.flatT = arrays.int32(2 * n + 16);
    this.flatS = arrays.float64(2 * n + 16);
    try {
      this.plan(encoded, shipped, 0);
      if (zone && zoneTable) this.plan(zone, zoneTable, encoded.n);
    } finally {
      const local = shipped.local;
      for (const p of this.numbered) local[p] = -1;
    }
  }

  private push(t: number, share: number): void {
    if (this.size === this.flatT.length) {
      const t2 = this.arrays.int32(2 * this.size);
      t2.set(this.flatT);
      this.flatT = t2;
      const s2 = this.arrays.float64(2 * this.size);
      s2.set(this.flatS);
      this.flatS = s2;
    }
    this.flatT[this.size] = t;
    this.flatS[this.size++] = share;
  }

  private plan(encoded: EncodedText, table: ReasonTable, from: number): void {
    const { idx, n } = encoded;
    const owners = this.owners(encoded, table);
    for (let j = 0; j < n; j++) {
      const f = idx[j];
      const kind = table.kind[f];
      if (kind === WORD || kind === PAIR) {
        // a word (of the text, so it occurs) or a word pair (occurs unless the two words are apart): one piece
        this.push(this.piece(table.piece[f], table.text[f]!, kind === WORD), 1);
      } else if (kind === GRAM) {
        // a character n-gram: the words of the text containing it, in equal shares
        const count = owners.count[j];
        for (let k = owners.head[j]; k >= 0; k = owners.next[k]) this.push(owners.value[k], 1 / count);
      } else {
        const pieces = this.pieces(table.keys[f]);
        for (const p of pieces) this.push(this.piece(this.shipped.numberOf(p), p, false), 1 / pieces.length);
      }
      this.start[from + j + 1] = this.size;
    }
  }

  /**
   * The words of the text containing each character n-gram feature of it (by position j), as
   * linked lists of pieces: the n-grams of a known word come from the table, those of other
   * words are worked out here.
   */
  private owners(encoded: EncodedText, table: ReasonTable): { head: Int32Array; next: number[]; value: number[]; count: Int32Array } {
    const { idx, n, words, wordIds } = encoded;
    const head = this.arrays.int32(n).fill(-1);
    const count = this.arrays.int32(n);
    const next: number[] = [];
    const value: number[] = [];
    const slot = table.slot;
    let grams = 0;
    for (let j = 0; j < n; j++) {
      if (table.kind[idx[j]] === GRAM) {
        slot[idx[j]] = j;
        grams++;
      }
    }
    if (grams === 0) return { head, next, value, count };
    const seen = new Set<number | string>();
    const keys: number[] = [];
    const credit = (f: number, t: number) => {
      const j = slot[f];
      if (j < 0 || (head[j] >= 0 && value[head[j]] === t)) return;
      value.push(t);
      next.push(head[j]);
      head[j] = value.length - 1;
      count[j]++;
    };
    for (let i = 0; i < words.length; i++) {
      const w = wordIds[i];
      if (w >= 0) {
        if (seen.has(w)) continue;
        seen.add(w);
        const from = table.wordGramStart[w];
        const to = table.wordGramStart[w + 1];
        if (from === to) continue;
        // a word of the segmenter is a piece of the normalised text
        const t = this.piece(table.wordPiece[w], table.wordText[w], true);
        for (let k = from; k < to; k++) credit(table.wordGrams[k], t);
      } else {
        const word = words[i];
        if (seen.has(word)) continue;
        seen.add(word);
        keys.length = 0;
        wordGramKeys(word, keys);
        if (keys.length === 0) continue;
        const t = this.piece(this.shipped.numberOf(word), word, true);
        for (const key of keys) {
          const f = table.gramFeature.get(key);
          if (f !== undefined) credit(f, t);
        }
      }
    }
    for (let j = 0; j < n; j++) slot[idx[j]] = -1;
    return { head, next, value, count };
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

  /**
   * The place of a piece in `texts`: `number` is its number in the shipped table (-1: none),
   * `occurs` says it is known to occur in the text (else it is checked).
   */
  private piece(number: number, text: string, occurs: boolean): number {
    let i: number | undefined;
    if (number >= 0) {
      i = this.shipped.local[number];
      if (i >= 0) return i;
      this.shipped.local[number] = this.texts.length;
      this.numbered.push(number);
    } else {
      i = this.textIndex.get(text);
      if (i !== undefined) return i;
      this.textIndex.set(text, this.texts.length);
    }
    this.texts.push(text);
    this.valid.push((number >= 0 ? this.shipped.shaped[number] === 1 : reasonShaped(text)) && (occurs || this.normalized.includes(text)));
    return this.texts.length - 1;
  }

  /** The pieces of text a feature's weight is credited to (in equal shares): vocabulary counts, n-grams of astral characters. */
  private pieces(key: string): string[] {
    const kind = key.charCodeAt(0);
    if (kind === 118 /* v: a vocabulary count → the vocabulary words found */) return this.encoded.vocabularyHits[CATEGORY_INDEX.get(key.slice(2) as NeedCategory)!] ?? [];
    if (kind === 99 /* c: a character n-gram → the words containing it */) return this.ownersOfText(key.slice(2));
    return [featureText(key)];
  }

  /** `weights`: of the shipped model's features toward the category; `zone`: of the zone's features (ZoneText.contributions) */
  words(weights: Float64Array, zone?: Float64Array, limit = 4): string[] {
    const total = this.arrays.float64(this.texts.length);
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

/** Kinds of features for the reasons: a word, a word pair, a character n-gram of the BMP, anything else (vocabulary counts, astral n-grams). */
const WORD = 1;
const PAIR = 2;
const GRAM = 3;
const OTHER = 0;

/**
 * What the reasons need to know of a model's vocabulary, worked out once: each feature's kind and
 * piece (the text of a word or word pair, numbered), the character n-gram features each word of
 * the encoder contains, and which pieces can be reasons at all. A zone's table numbers its pieces
 * as the shipped model's table does (`base`), so both credit the same piece of a text.
 */
class ReasonTable {
  /** piece text → number (in the shipped table; a zone's table asks its base) */
  private readonly numbers: Map<string, number>;
  /** by piece number: reasonShaped, 1 or 0 */
  readonly shaped: Uint8Array;
  /** by piece number: its place in the text being planned, or -1 (scratch of ReasonPlan) */
  readonly local: Int32Array;
  /** by feature */
  readonly kind: Uint8Array;
  readonly piece: Int32Array;
  readonly text: (string | null)[];
  /** gramKey → feature, for the character n-grams of words outside the encoder's vocabulary */
  readonly gramFeature = new Map<number, number>();
  /** by the encoder's word number: its piece number, its text and the n-gram features it contains (wordGrams[wordGramStart[w]…wordGramStart[w+1]]) */
  readonly wordPiece: Int32Array;
  readonly wordText: readonly string[];
  readonly wordGramStart: Int32Array;
  readonly wordGrams: Int32Array;
  /** by feature: its position in the text being planned, or -1 (scratch of ReasonPlan) */
  readonly slot: Int32Array;

  constructor(
    readonly keys: readonly string[],
    encoder: FeatureEncoder,
    base?: ReasonTable,
  ) {
    const own = new Map<string, number>();
    const texts: string[] = [];
    const number = (t: string): number => {
      if (base) return base.numberOf(t);
      let i = own.get(t);
      if (i === undefined) {
        own.set(t, (i = texts.length));
        texts.push(t);
      }
      return i;
    };
    this.kind = new Uint8Array(keys.length);
    this.piece = new Int32Array(keys.length).fill(-1);
    this.text = keys.map(() => null);
    keys.forEach((k, f) => {
      if (k.startsWith('w:') || k.startsWith('b:')) {
        this.kind[f] = k.startsWith('w:') ? WORD : PAIR;
        this.text[f] = featureText(k);
        this.piece[f] = number(this.text[f]!);
      } else if (k.startsWith('c:') && gramKey(k.slice(2)) >= 0) {
        this.kind[f] = GRAM;
        this.gramFeature.set(gramKey(k.slice(2)), f);
      } else this.kind[f] = OTHER;
    });
    this.wordText = encoder.wordText;
    this.wordPiece = Int32Array.from(encoder.wordText, (w) => number(w));
    this.wordGramStart = new Int32Array(encoder.wordText.length + 1);
    const grams: number[] = [];
    const keysOfWord: number[] = [];
    encoder.wordText.forEach((w, i) => {
      keysOfWord.length = 0;
      wordGramKeys(w, keysOfWord);
      const first = grams.length;
      for (const key of keysOfWord) {
        const f = this.gramFeature.get(key);
        if (f !== undefined && !grams.includes(f, first)) grams.push(f);
      }
      this.wordGramStart[i + 1] = grams.length;
    });
    this.wordGrams = Int32Array.from(grams);
    if (!base) for (const hits of VOCABULARY_WORDS) number(hits);
    this.numbers = base ? base.numbers : own;
    this.shaped = base ? base.shaped : Uint8Array.from(texts, (t) => (reasonShaped(t) ? 1 : 0));
    this.local = base ? base.local : new Int32Array(texts.length).fill(-1);
    this.slot = new Int32Array(keys.length).fill(-1);
  }

  /** The number of a piece of text, or -1 when the shipped vocabulary does not hold it. */
  numberOf(text: string): number {
    return this.numbers.get(text) ?? -1;
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
  private compiled: { encoder: FeatureEncoder; idf: Float64Array; table: ReasonTable; shippedWords: Int32Array } | null = null;

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
  encode(shipped: EncodedText, arrays: Arrays = FRESH): ZoneText | null {
    this.fit();
    const c = this.compiled;
    if (!c) return null;
    const encoded = c.encoder.encodeSegmented(shipped.normalized, shipped.words, { encoded: shipped, words: c.shippedWords }, arrays);
    const x = arrays.float64(encoded.n);
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
    return new ZoneText(encoded, x, this.W, this.centred, this.b, c.table, arrays);
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
    const encoder = new FeatureEncoder(vz.features);
    const shippedWords = Int32Array.from(this.shipped.compiled.encoder.wordText, (w) => encoder.wordNumber(w));
    this.compiled = { encoder, idf: vz.idf, table: new ReasonTable(vz.features, encoder, this.shipped.reasons), shippedWords };
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
    private readonly arrays: Arrays,
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
    const out = this.arrays.float64(n);
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
