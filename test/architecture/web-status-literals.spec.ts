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

  /**
   * Nor by name: `ProjectStatus.PUBLISHED` in a page is a rule or a list the page decided itself.
   * Colours and the named lists ("the menu", "waiting for review"…) live in the web's glossary
   * (apps/web/src/shared/glossary.ts), the only file allowed to name a status.
   */
  it('names no status outside the web glossary', () => {
    const statuses = [...new Set([...Object.values(NeedStatus), ...Object.values(ProjectStatus)])].join('|');
    const named = new RegExp(`\\b(${statuses})\\b`);
    const glossary = join(WEB, 'shared', 'glossary.ts');
    const found = files(WEB)
      .filter((f) => f !== glossary)
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => (named.test(line) ? `${relative(ROOT, f)}:${i + 1}: ${line.trim()}` : null))
          .filter((x): x is string => x !== null),
      );
    expect(found).toEqual([]);
    expect(readFileSync(glossary, 'utf8')).toMatch(named);
  });
});
