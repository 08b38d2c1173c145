import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NeedStatus, ProjectStatus } from '@app/common/glossary';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'apps/web/src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : files(path); // generated code
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The screens never decide on a status: what can happen next comes from `availableActions`, and a
 * status appears only through the glossary (`NeedStatus.ACCEPTED`, for filters and display). A
 * status written as a literal — `'SUBMITTED'` in code, `status: ACCEPTED` in a GraphQL document —
 * is a copy of the server's rules.
 */
describe('no project or need status literal in apps/web/src', () => {
  it('finds none outside generated code', () => {
    const statuses = [...new Set([...Object.values(NeedStatus), ...Object.values(ProjectStatus)])].join('|');
    const literal = new RegExp(`(['"\`])(${statuses})\\1|status:\\s*(${statuses})\\b`);
    const found = files(WEB).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => (literal.test(line) ? `${relative(ROOT, f)}:${i + 1}: ${line.trim()}` : null))
        .filter((x): x is string => x !== null),
    );
    expect(found).toEqual([]);
    expect(files(WEB).length).toBeGreaterThan(20); // the walk found the web app
  });
});
