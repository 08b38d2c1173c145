import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REASONS } from './reasons';

/**
 * A refusal names its reason by key; a key missing from REASONS would silently become the
 * legacy `say` reason with the key itself as the sentence. Every key written in libs/ exists.
 */
describe('reason keys used by the features', () => {
  it('are all in the REASONS table', () => {
    const root = join(__dirname, '..', '..');
    const files = execSync(`grep -rlE "Error\\('" libs --include=*.ts`, { cwd: root }).toString().trim().split('\n');
    const call = /(?:AppError\('[A-Z_]+', |ForbiddenError\(|BadInputError\(|ConflictError\(|RateLimitedError\(|UnauthenticatedError\(|answerError\()'([A-Za-z]+)'/g;
    const unknown: string[] = [];
    let seen = 0;
    for (const f of files) {
      for (const m of readFileSync(join(root, f), 'utf8').matchAll(call)) {
        seen++;
        if (!(m[1] in REASONS)) unknown.push(`${f}: ${m[1]}`);
      }
    }
    expect(seen).toBeGreaterThan(40);
    expect(unknown).toEqual([]);
  });
});
