import { NEED_CATEGORIES, NeedCategory } from '@app/common/glossary';
import { segmentLowerCased, segmentWords } from '@app/common/segmenter';
import { CATEGORY_KEYWORDS } from './category-keywords';

/**
 * What the category models read from a need's text: jieba words, word bigrams and character
 * 2–3-grams, each counted. Words carry meaning (电梯, 志愿者); character n-grams catch what the
 * segmenter cuts oddly — typos, Shanghainese (阿拉, 覅), words missing from its dictionary — and
 * mixed Chinese–English (mentor, wifi) is lower-cased and kept as words.
 *
 * Feature keys carry a one-letter kind so that the same string as a word and as an n-gram are
 * different features: `w:电梯`, `b:加装|电梯`, `c:电梯`. Every feature is a substring of the
 * normalised text (a bigram is two adjacent words), so the words shown as reasons occur in it.
 */

/** Width-folded (NFKC), lower-cased runs of letters and digits; everything else separates runs. */
export function textRuns(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s.length > 0);
}

export function normalizeText(text: string): string {
  return (text ?? '').normalize('NFKC').toLowerCase();
}

/** CJK unified ideographs (and extension A, compatibility ideographs). */
function isHan(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2ffff);
}
const DIGITS = /^\p{N}+$/u;
/** A word that is not digits only (a word starting with a Chinese character never is). */
const notDigits = (w: string) => {
  const c = w.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || !DIGITS.test(w);
};

export interface FeatureOptions {
  words: boolean;
  wordBigrams: boolean;
  /** character n-gram lengths, e.g. [2, 3]; only runs of Chinese characters */
  charNgrams: readonly number[];
  /** one count per category: the words of its domain.md §3 vocabulary found in the text (`v:CATEGORY`) */
  vocabulary: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { words: true, wordBigrams: true, charNgrams: [1, 2], vocabulary: true };

const VOCABULARY: [NeedCategory, string[]][] = NEED_CATEGORIES.map((c) => [c, CATEGORY_KEYWORDS[c].map((w) => normalizeText(w))]);
/** Every word of the §3 vocabularies, normalised (what EncodedText.vocabularyHits holds). */
export const VOCABULARY_WORDS: readonly string[] = VOCABULARY.flatMap(([, words]) => words);

/** The vocabulary words of a category found in the text (normalised). */
export function vocabularyHits(text: string, category: NeedCategory): string[] {
  const t = normalizeText(text);
  return VOCABULARY.find(([c]) => c === category)![1].filter((w) => t.includes(w));
}

/** Feature counts of a text; `segmented`: its words when already cut (FeatureEncoder.encode's `words`). */
export function extractFeatures(text: string, options: FeatureOptions = DEFAULT_FEATURES, segmented?: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1);
  const normalized = normalizeText(text);
  if (options.words || options.wordBigrams) {
    // one call to the segmenter for the whole text (punctuation is dropped by it)
    const words = segmented ?? segmentWords(normalized).filter((w) => !DIGITS.test(w));
    for (let i = 0; i < words.length; i++) {
      if (options.words) add(`w:${words[i]}`);
      if (options.wordBigrams && i + 1 < words.length) add(`b:${words[i]}|${words[i + 1]}`);
    }
  }
  if (options.charNgrams.length > 0) {
    // character n-grams within runs of Chinese characters
    const chars = Array.from(normalized);
    const han = chars.map(isHan);
    for (const n of options.charNgrams) {
      let run = 0; // Chinese characters ending at i
      for (let i = 0; i < chars.length; i++) {
        run = han[i] ? run + 1 : 0;
        if (run >= n) add(`c:${n === 1 ? chars[i] : chars.slice(i - n + 1, i + 1).join('')}`);
      }
    }
  }
  if (options.vocabulary) {
    for (const [category, words] of VOCABULARY) {
      let n = 0;
      for (const w of words) if (normalized.includes(w)) n++;
      if (n > 0) out.set(`v:${category}`, n);
    }
  }
  return out;
}

/** The text a feature stands for, as it occurs in the normalised need text: `b:加装|电梯` → 加装电梯. */
export function featureText(key: string): string {
  return key.slice(2).replace('|', '');
}

/** A text encoded against a fixed vocabulary of features (FeatureEncoder.encode). */
export interface EncodedText {
  /** normalizeText(text) */
  normalized: string;
  /** the segmenter's words (digits dropped), in order; also those outside the vocabulary */
  words: string[];
  /** each word's number among the encoder's words (FeatureEncoder.wordText), or -1 for a word it does not know */
  wordIds: Int32Array;
  /** known features of the text: positions 0..n-1 of idx (feature index) and count */
  n: number;
  idx: Int32Array;
  count: Float64Array;
  /** per category (NEED_CATEGORIES order): the §3 vocabulary words found in the text */
  vocabularyHits: string[][];
}

const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A Chinese character of the Basic Multilingual Plane as a number below 2^15 (CJK extension A,
 * unified ideographs, compatibility ideographs), or -1: two of them make one small-integer key.
 */
function hanCode(u: number): number {
  if (u >= 0x4e00 && u <= 0x9fff) return u - 0x4e00; // 0 … 0x51ff
  if (u >= 0x3400 && u <= 0x4dbf) return 0x5200 + (u - 0x3400); // … 0x6bbf
  if (u >= 0xf900 && u <= 0xfaff) return 0x6c00 + (u - 0xf900); // … 0x6dff
  return -1;
}
const HAN_BITS = 32768;

/**
 * extractFeatures for a model at suggestion time: the same features, counted straight into the
 * indices of a trained vocabulary (features it never saw are skipped without building their
 * keys), no per-feature Map, and the vocabulary words found in one pass over the text instead of
 * one `includes` per word. Gives exactly the counts of `vectorizer.vector(extractFeatures(text))`.
 * Not re-entrant (it reuses one scratch array), which is fine on Node's one thread.
 */
export class FeatureEncoder {
  /** word → its number among the words of the vocabulary's words and word pairs */
  private readonly wordId = new Map<string, number>();
  /** the words of the vocabulary's words and word pairs, by number */
  readonly wordText: string[] = [];
  /** word number → its word feature, or -1 */
  private wordFeature: Int32Array;
  /** word pair (first number · 2^21 + second number) → its feature */
  private readonly bigram = new Map<number, number>();
  /** the same as an IntTable while the keys fit (first number · 2^15 + second number) */
  private bigramTable: IntTable | null = null;
  /** the character 2-grams of the BMP (charByCode[2]) as an IntTable */
  private twoGramTable: IntTable | null = null;
  private bigramShift = BIGRAM_SHIFT;
  /** character n-grams of the Basic Multilingual Plane by length, keyed by their UTF-16 units as one number */
  private readonly charByCode: Map<number, number>[] = [];
  /** the character 1-grams as a table by hanCode (-1: not in the vocabulary) */
  private readonly charTable = new Int32Array(HAN_BITS).fill(-1);
  /** the other character n-grams (astral characters, or longer than 3) */
  private readonly char = new Map<string, number>();
  private readonly vocabularyFeature: Int32Array;
  /** vocabulary words by their first UTF-16 unit: [word, category index, word number] */
  private readonly vocabularyByFirst = new Map<number, [string, number, number][]>();
  /** UTF-16 unit → its list in vocabularyLists, or -1 (vocabularyByFirst as a table) */
  private readonly vocabularyFirst = new Int32Array(65536).fill(-1);
  private readonly vocabularyLists: [string, number, number][][] = [];
  private readonly vocabularySeen: Uint8Array;
  /** feature index → its position in the text being encoded, or -1 */
  private readonly slot: Int32Array;

  constructor(
    features: readonly string[],
    private readonly options: FeatureOptions = DEFAULT_FEATURES,
  ) {
    const categoryIndex = new Map<string, number>(NEED_CATEGORIES.map((c, i) => [c, i]));
    this.vocabularyFeature = new Int32Array(NEED_CATEGORIES.length).fill(-1);
    const id = (w: string) => {
      let i = this.wordId.get(w);
      if (i === undefined) {
        this.wordId.set(w, (i = this.wordId.size));
        this.wordText.push(w);
      }
      return i;
    };
    const words: [number, number][] = [];
    features.forEach((key, i) => {
      const kind = key.charCodeAt(0);
      const body = key.slice(2);
      if (kind === 119 /* w */) words.push([id(body), i]);
      else if (kind === 98 /* b */) {
        const pair = body.split('|');
        if (pair.length === 2) this.bigram.set(id(pair[0]) * BIGRAM_SHIFT + id(pair[1]), i);
      } else if (kind === 99 /* c */) {
        const code = gramCode(body);
        if (code >= 0) (this.charByCode[body.length] ??= new Map()).set(code, i);
        if (code >= 0 && body.length === 1) this.charTable[code] = i;
        else this.char.set(body, i);
      } else if (kind === 118 /* v */) this.vocabularyFeature[categoryIndex.get(body)!] = i;
    });
    // word-pair keys stay small integers while the words fit in 15 bits
    this.bigramShift = this.wordId.size <= HAN_BITS ? HAN_BITS : 2 ** 21;
    if (this.wordId.size > 2 ** 21) throw new Error('too many words for the word-pair keys');
    if (this.bigramShift !== BIGRAM_SHIFT) {
      const pairs = [...this.bigram.entries()];
      this.bigram.clear();
      for (const [key, i] of pairs) this.bigram.set(Math.floor(key / BIGRAM_SHIFT) * this.bigramShift + (key % BIGRAM_SHIFT), i);
    }
    this.wordFeature = new Int32Array(this.wordId.size).fill(-1);
    for (const [w, i] of words) this.wordFeature[w] = i;
    let number = 0;
    VOCABULARY.forEach(([, list], c) => {
      for (const w of list) {
        if (!w) continue;
        const entry: [string, number, number] = [w, c, number++];
        const same = this.vocabularyByFirst.get(w.charCodeAt(0));
        if (same) same.push(entry);
        else this.vocabularyByFirst.set(w.charCodeAt(0), [entry]);
      }
    });
    for (const [first, list] of this.vocabularyByFirst) {
      this.vocabularyFirst[first] = this.vocabularyLists.length;
      this.vocabularyLists.push(list);
    }
    if (this.bigramShift === HAN_BITS) this.bigramTable = IntTable.from(this.bigram);
    if (this.charByCode[2]) this.twoGramTable = IntTable.from(this.charByCode[2]);
    this.vocabularySeen = new Uint8Array(number);
    this.slot = new Int32Array(features.length).fill(-1);
  }

  /** `arrays`: where idx, count and wordIds come from (FRESH: kept as long as the result) */
  encode(text: string, arrays: Arrays = FRESH): EncodedText {
    const normalized = normalizeText(text);
    // always segmented: the reasons credit a character n-gram to the words containing it
    return this.encodeSegmented(normalized, segmentLowerCased(normalized).filter(notDigits), undefined, arrays);
  }

  /** This encoder's number of a word, or -1. */
  wordNumber(word: string): number {
    return this.wordId.get(word) ?? -1;
  }

  /**
   * The same for a text already normalised and cut (another encoder's `normalized` and `words`):
   * a zone's own vocabulary reads the text the shipped model has just segmented, without a
   * second call to the segmenter. `from`: that encoding, and the other encoder's word numbers
   * mapped to this one's (-1: a word this one does not know), so that only the words the other
   * encoder did not know are looked up again; its §3 vocabulary words found are reused.
   */
  encodeSegmented(normalized: string, words: string[], from?: { encoded: EncodedText; words: Int32Array }, arrays: Arrays = FRESH): EncodedText {
    const o = this.options;
    const capacity = 2 * words.length + normalized.length * o.charNgrams.length + NEED_CATEGORIES.length;
    const idx = arrays.int32(capacity);
    const count = arrays.float64(capacity);
    const slot = this.slot;
    let n = 0;
    const add = (f: number | undefined, by: number) => {
      if (f === undefined || f < 0) return;
      const at = slot[f];
      if (at >= 0) count[at] += by;
      else {
        slot[f] = n;
        idx[n] = f;
        count[n++] = by;
      }
    };
    const wordIds = arrays.int32(words.length);
    if (from) {
      for (let i = 0; i < words.length; i++) {
        const other = from.encoded.wordIds[i];
        wordIds[i] = other >= 0 ? from.words[other] : (this.wordId.get(words[i]) ?? -1);
      }
    } else for (let i = 0; i < words.length; i++) wordIds[i] = this.wordId.get(words[i]) ?? -1;
    if (o.words || o.wordBigrams) {
      let previous = -1;
      for (let i = 0; i < words.length; i++) {
        const w = wordIds[i];
        if (o.words && w >= 0) add(this.wordFeature[w], 1);
        if (o.wordBigrams && previous >= 0 && w >= 0) add(this.bigramTable ? this.bigramTable.get(previous * HAN_BITS + w) : this.bigram.get(previous * this.bigramShift + w), 1);
        previous = w;
      }
    }
    if (o.charNgrams.length > 0) {
      if (!HAS_SURROGATE.test(normalized)) {
        for (const len of o.charNgrams) {
          const byCode = len <= 2 ? this.charByCode[len] : undefined;
          if (len <= 2 && !byCode) continue; // no n-gram of this length in the vocabulary
          const twoGrams = this.twoGramTable!;
          let run = 0;
          let previous = 0;
          for (let i = 0; i < normalized.length; i++) {
            const h = hanCode(normalized.charCodeAt(i));
            if (h < 0) {
              run = 0;
              continue;
            }
            run++;
            if (run < len) {
              previous = h;
              continue;
            }
            if (len === 1) add(this.charTable[h], 1);
            else if (len === 2) add(twoGrams.get(previous * HAN_BITS + h), 1);
            else add(this.char.get(normalized.slice(i - len + 1, i + 1)), 1);
            previous = h;
          }
        }
      } else {
        const chars = Array.from(normalized);
        const han = chars.map(isHan);
        for (const len of o.charNgrams) {
          let run = 0;
          for (let i = 0; i < chars.length; i++) {
            run = han[i] ? run + 1 : 0;
            if (run < len) continue;
            const gram = len === 1 ? chars[i] : chars.slice(i - len + 1, i + 1).join('');
            const code = gramCode(gram);
            add(code >= 0 ? this.charByCode[len]?.get(code) : this.char.get(gram), 1);
          }
        }
      }
    }
    const vocabularyHits = from ? from.encoded.vocabularyHits : this.vocabularyHitsOf(normalized);
    if (o.vocabulary) vocabularyHits.forEach((hits, c) => hits.length > 0 && add(this.vocabularyFeature[c], hits.length));
    for (let j = 0; j < n; j++) slot[idx[j]] = -1;
    return { normalized, words, wordIds, n, idx, count, vocabularyHits };
  }

  /** The §3 vocabulary words found in a normalised text, per category (one pass over the text). */
  private vocabularyHitsOf(normalized: string): string[][] {
    const vocabularyHits: string[][] = NEED_CATEGORIES.map(() => []);
    const seen = this.vocabularySeen;
    const hitNumbers: number[] = [];
    for (let i = 0; i < normalized.length; i++) {
      const at = this.vocabularyFirst[normalized.charCodeAt(i)];
      if (at < 0) continue;
      for (const [w, c, number] of this.vocabularyLists[at]) {
        if (seen[number] || !normalized.startsWith(w, i)) continue;
        seen[number] = 1;
        hitNumbers.push(number);
        vocabularyHits[c].push(w);
      }
    }
    for (const h of hitNumbers) seen[h] = 0;
    return vocabularyHits;
  }
}

const BIGRAM_SHIFT = 2 ** 21;

/** Where a suggestion's temporary typed arrays come from (zero-filled). */
export interface Arrays {
  float64(n: number): Float64Array;
  int32(n: number): Int32Array;
}

/** Fresh typed arrays: for results kept after the call. */
export const FRESH: Arrays = { float64: (n) => new Float64Array(n), int32: (n) => new Int32Array(n) };

/**
 * Typed arrays for one suggestion cut from two reused buffers: a typed array of more than 64
 * bytes costs V8 an allocation outside its heap (~0.5 µs, and external memory for the GC to
 * account), a view of a buffer ~40 ns — a suggestion with reasons makes about twenty. Views stay
 * valid until reset(), which NeedClassifier.suggest calls first (Node runs one suggestion at a
 * time); when a buffer is full a larger one replaces it, views already handed out keep the old.
 */
export class Scratch implements Arrays {
  private f64 = new Float64Array(1 << 15);
  private i32 = new Int32Array(1 << 15);
  private f = 0;
  private i = 0;

  reset(): void {
    this.f = 0;
    this.i = 0;
  }

  float64(n: number): Float64Array {
    if (this.f + n > this.f64.length) {
      this.f64 = new Float64Array(Math.max(2 * this.f64.length, 2 * n));
      this.f = 0;
    }
    const out = this.f64.subarray(this.f, (this.f += n));
    out.fill(0);
    return out;
  }

  int32(n: number): Int32Array {
    if (this.i + n > this.i32.length) {
      this.i32 = new Int32Array(Math.max(2 * this.i32.length, 2 * n));
      this.i = 0;
    }
    const out = this.i32.subarray(this.i, (this.i += n));
    out.fill(0);
    return out;
  }
}

/**
 * A fixed map from non-negative integers below 2^31 to feature indices: open addressing with
 * linear probing in two typed arrays (half full at most) — a lookup is a multiply, a shift and
 * a probe or two, without the boxing and pointer chasing of a Map.
 */
class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  private constructor(size: number) {
    let bits = 4;
    while (1 << bits < 2 * size) bits++;
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  static from(map: Map<number, number>): IntTable {
    const t = new IntTable(map.size);
    for (const [key, value] of map) {
      if (key < 0 || key > 0x7fffffff || !Number.isInteger(key)) throw new Error(`IntTable key out of range: ${key}`);
      let at = Math.imul(key, 0x9e3779b1) >>> t.shift;
      while (t.keys[at] !== -1) at = (at + 1) & t.mask;
      t.keys[at] = key;
      t.values[at] = value;
    }
    return t;
  }

  /** The value of a key, or -1. */
  get(key: number): number {
    let at = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[at];
      if (k === key) return this.values[at];
      if (k === -1) return -1;
      at = (at + 1) & this.mask;
    }
  }
}

/**
 * A character 1- or 2-gram of Chinese characters of the BMP as one small integer, the 1-grams
 * and 2-grams apart (1-gram h → h, 2-gram a b → (a + 1) · 2^15 + b), or -1 for any other text.
 */
export function gramKey(gram: string): number {
  if (gram.length === 1) return hanCode(gram.charCodeAt(0));
  const code = gramCode(gram);
  return code < 0 ? -1 : code + HAN_BITS;
}

/** The gramKey of every character 1- and 2-gram of a word (with repeats; none when a character is not a BMP Chinese one). */
export function wordGramKeys(word: string, out: number[]): void {
  let previous = -1;
  for (let i = 0; i < word.length; i++) {
    const h = hanCode(word.charCodeAt(i));
    if (h >= 0) out.push(h);
    if (h >= 0 && previous >= 0) out.push((previous + 1) * HAN_BITS + h);
    previous = h;
  }
}

/** One or two Chinese characters of the BMP as a small integer (hanCode), or -1. */
function gramCode(gram: string): number {
  if (gram.length === 1) return hanCode(gram.charCodeAt(0));
  if (gram.length !== 2) return -1;
  const a = hanCode(gram.charCodeAt(0));
  const b = hanCode(gram.charCodeAt(1));
  return a < 0 || b < 0 ? -1 : a * HAN_BITS + b;
}
