import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * One Chinese word segmenter for the whole platform (jieba, its bundled dictionary), shared by the
 * category suggestion and full-text search so a text is cut the same way when it is written and
 * when it is searched. Loaded on first use (the dictionary takes ~100 ms).
 */
let jieba: Jieba | null = null;
function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const WORD = /[\p{L}\p{N}]/u;

/** Words of a text, lower-cased, without punctuation or white space. */
export function segmentWords(text: string): string[] {
  const out: string[] = [];
  for (const token of instance().cut(text ?? '', false)) {
    const w = token.trim().toLowerCase();
    if (w && WORD.test(w)) out.push(w);
  }
  return out;
}

/**
 * segmentWords for a text already lower-cased (the classifier's normalizeText): its tokens are
 * pieces of it, so they are not lower-cased again, and a token starting with a Chinese
 * character is known to hold a letter. Gives the same words as segmentWords(text).
 */
export function segmentLowerCased(text: string): string[] {
  const out: string[] = [];
  for (const token of instance().cut(text ?? '', false)) {
    const w = token.trim();
    if (!w) continue;
    const c = w.charCodeAt(0);
    if ((c >= 0x4e00 && c <= 0x9fff) || WORD.test(w)) out.push(w);
  }
  return out;
}

/** Words for a search index: the fine-grained cut (居民区 → 居民, 居民区) so partial words match too. */
export function segmentForSearch(text: string): string[] {
  return instance()
    .cutForSearch(text ?? '', true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && WORD.test(w));
}
