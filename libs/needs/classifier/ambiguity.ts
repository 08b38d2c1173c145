import { NEED_CATEGORIES, NeedCategory } from '@app/common/glossary';
import { vocabularyHits } from './features';

/**
 * Where a labelled need stands against the category definitions of domain.md §3, by one rule
 * written from the definitions alone (never from the folds or the model's errors): the categories
 * whose §3 vocabulary (category-keywords.ts, the definitions put into Chinese) occurs in the
 * text, and how many of its words each one matches.
 *
 *  - `clear`: only the labelled category's vocabulary occurs;
 *  - `shared`: the labelled category's vocabulary occurs, and another category's as much or more
 *    (the text fits two categories by the definitions, e.g. a home repair that is a common-area
 *    repair, a volunteers' reading class);
 *  - `leaning`: the labelled category matches more words than any other, which also occurs;
 *  - `elsewhere`: only other categories' vocabularies occur;
 *  - `none`: no vocabulary word occurs (the text names its topic in words of its own).
 */
export type DefinitionFit = 'clear' | 'leaning' | 'shared' | 'elsewhere' | 'none';
export const DEFINITION_FITS: readonly DefinitionFit[] = ['clear', 'leaning', 'shared', 'elsewhere', 'none'];

export function definitionFit(text: string, label: NeedCategory): { fit: DefinitionFit; hits: Record<NeedCategory, string[]> } {
  const hits = Object.fromEntries(NEED_CATEGORIES.map((c) => [c, vocabularyHits(text, c)])) as Record<NeedCategory, string[]>;
  const own = hits[label].length;
  const others = NEED_CATEGORIES.filter((c) => c !== label).map((c) => hits[c].length);
  const otherMax = Math.max(0, ...others);
  let fit: DefinitionFit;
  if (own === 0) fit = otherMax === 0 ? 'none' : 'elsewhere';
  else if (otherMax === 0) fit = 'clear';
  else if (own > otherMax) fit = 'leaning';
  else fit = 'shared';
  return { fit, hits };
}
