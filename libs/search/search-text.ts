import { segmentForSearch } from '@app/common/segmenter';

/**
 * Full-text search in Chinese on both databases. Text is cut into words with the shared jieba
 * segmenter when a record is written, and each word is stored in the record's `search_tokens`
 * column as `w` + the hex of its UTF-8 bytes ("电梯" → "we794b5e6a2af"). Encoded so, every word
 * is a plain ASCII token of at least 3 characters, which InnoDB FULLTEXT (whose default parser
 * drops words under innodb_ft_min_token_size = 3 and English stop words) and SQLite FTS5 (unicode61)
 * both index as one word, with no server setting to change. A query is cut the same way and
 * every one of its words must be present.
 */

/** InnoDB drops tokens longer than innodb_ft_max_token_size (84): words over 41 bytes are left out. */
const MAX_TOKEN_CHARS = 84;
/** Words of a query that count; the rest of a very long query is ignored. */
export const MAX_QUERY_WORDS = 12;
/** Longest search text accepted (characters). */
export const SEARCH_MAX = 100;

export function encodeWord(word: string): string | null {
  const token = `w${Buffer.from(word, 'utf8').toString('hex')}`;
  return token.length <= MAX_TOKEN_CHARS ? token : null;
}

/**
 * The search_tokens of a record: the title's words twice (a hit in the title ranks higher), then
 * the body's words. Repeated words stay repeated: term frequency feeds the ranking.
 */
export function searchTokens(title: string, body?: string | null): string {
  const words = [...segmentForSearch(title), ...segmentForSearch(title), ...segmentForSearch(body ?? '')];
  return words
    .map(encodeWord)
    .filter((t): t is string => !!t)
    .join(' ');
}

/** The distinct encoded words of a search text (at most MAX_QUERY_WORDS); [] when it has none. */
export function queryTokens(search: string): string[] {
  const seen = new Set<string>();
  for (const w of segmentForSearch(search.slice(0, SEARCH_MAX))) {
    const t = encodeWord(w);
    if (t) seen.add(t);
    if (seen.size >= MAX_QUERY_WORDS) break;
  }
  return [...seen];
}

/** The search text as given: trimmed; null when blank (no search). */
export function searchText(search: string | null | undefined): string | null {
  const s = (search ?? '').replace(/[\u0000-\u001F\u007F]/g, ' ').trim();
  return s ? s : null;
}

/**
 * The distinct words of a record as rows of a postings table (needs: need_search_postings), each
 * once, marked when the title holds it. The same segmentation and encoding as searchTokens.
 */
export function postingWords(title: string, body?: string | null): { token: string; inTitle: boolean }[] {
  const words = new Map<string, boolean>();
  for (const w of segmentForSearch(title)) {
    const t = encodeWord(w);
    if (t) words.set(t, true);
  }
  for (const w of segmentForSearch(body ?? '')) {
    const t = encodeWord(w);
    if (t && !words.has(t)) words.set(t, false);
  }
  return [...words].map(([token, inTitle]) => ({ token, inTitle }));
}
