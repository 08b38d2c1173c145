import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NeedCategory, NEED_CATEGORIES } from '@app/common/glossary';

/**
 * The labelled needs the shipped category model is trained on. Both files are copies, kept in
 * this folder, of ../shared/fixtures/needs-labeled.jsonl (112 needs) and needs-labeled-more.jsonl
 * (489 needs): 601 in all, 86 per category. Nothing at run time reads outside the repository.
 */
export const TRAINING_FILES = ['needs-labeled.jsonl', 'needs-labeled-more.jsonl'] as const;

export interface LabeledNeed {
  text: string;
  category: NeedCategory;
}

export interface TrainingRow extends LabeledNeed {
  kind: string;
  title: string;
  content: string;
  /** which file it came from */
  file: string;
}

/** The data folder beside this file, also when running from dist/ (tsc does not copy .jsonl). */
export function trainingDataDir(): string {
  const here = join(__dirname, 'data');
  if (existsSync(here)) return here;
  const repoRoot = resolve(__dirname, '../../../..');
  return join(repoRoot, 'libs', 'needs', 'classifier', 'data');
}

/** Reads one JSON-lines file of {category, kind, title, content}; `text` is title + ' ' + content. */
export function readLabeledFile(file: string): TrainingRow[] {
  const known = new Set<string>(NEED_CATEGORIES);
  const rows: TrainingRow[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const row = JSON.parse(line) as { category: NeedCategory; kind: string; title?: string; content?: string };
      if (!known.has(row.category)) throw new Error(`${file}:${i + 1}: unknown need category ${row.category}`);
      const title = row.title ?? '';
      const content = row.content ?? '';
      rows.push({ category: row.category, kind: row.kind, title, content, text: `${title} ${content}`, file });
    });
  return rows;
}

let cached: TrainingRow[] | null = null;

/** The whole training set (both files), in file order. */
export function loadTrainingSet(): TrainingRow[] {
  cached ??= TRAINING_FILES.flatMap((name) => readLabeledFile(join(trainingDataDir(), name)));
  return cached;
}

/**
 * Shanghainese and colloquial markers. The list is written from the language, not from the
 * labelled rows: Shanghainese pronouns and particles, and the everyday Mandarin particles of
 * spoken complaints.
 */
const COLLOQUIAL =
  /阿拉|侬|伊拉|伐|覅|勿|交关|哪能|晓得|辰光|老早|屋里厢|煞|搿|侪|嗲|邪气|老灵|蛮好|作孽|拎不清|啥|咋|呗|嘛|咯|啦|呀|哇|哈哈|木有|肿么/;

/** Whether a need is in the hard part of the set: long (≥ 60 characters), colloquial or mixed Chinese–English. */
export function hardness(text: string): { long: boolean; colloquial: boolean; mixed: boolean; hard: boolean } {
  const chars = Array.from(text.replace(/\s+/g, '')).length;
  const long = chars >= 60;
  const colloquial = COLLOQUIAL.test(text);
  const mixed = /[A-Za-z]{2,}/.test(text);
  return { long, colloquial, mixed, hard: long || colloquial || mixed };
}
