import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The labelled needs the classifier learns from and is measured on: a copy ships beside the
 * classifier (libs/needs/classifier/fixtures), so nothing at run time reads outside the repository.
 */
export function labeledNeedsPath(): string {
  // from libs/needs/classifier (ts-node) or dist/libs/needs/classifier (built): the repository's copy
  const repoRoot = resolve(__dirname, __dirname.includes(join('dist', 'libs')) ? '../../../..' : '../../..');
  return join(repoRoot, 'libs', 'needs', 'classifier', 'fixtures', 'needs-labeled.jsonl');
}

export interface LabeledNeed {
  category: string;
  kind: string;
  title: string;
  content: string;
}

export function readLabeledNeeds(): LabeledNeed[] {
  return readFileSync(labeledNeedsPath(), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
