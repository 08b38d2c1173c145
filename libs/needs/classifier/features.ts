import { NEED_CATEGORIES, NeedCategory } from '@app/common/glossary';
import { segmentWords } from '@app/common/segmenter';
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

/** The vocabulary words of a category found in the text (normalised). */
export function vocabularyHits(text: string, category: NeedCategory): string[] {
  const t = normalizeText(text);
  return VOCABULARY.find(([c]) => c === category)![1].filter((w) => t.includes(w));
}

/** Feature counts of a text. */
export function extractFeatures(text: string, options: FeatureOptions = DEFAULT_FEATURES): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string) => out.set(key, (out.get(key) ?? 0) + 1);
  const normalized = normalizeText(text);
  if (options.words || options.wordBigrams) {
    // one call to the segmenter for the whole text (punctuation is dropped by it)
    const words = segmentWords(normalized).filter((w) => !DIGITS.test(w));
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
