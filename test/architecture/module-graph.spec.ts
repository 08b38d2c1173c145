import { join } from 'node:path';
// madge has no type declarations of its own
// eslint-disable-next-line @typescript-eslint/no-require-imports
const madge = require('madge') as (paths: string[], config: Record<string, unknown>) => Promise<{ obj(): Record<string, string[]>; circular(): string[][] }>;

const ROOT = join(__dirname, '..', '..');

/**
 * The module graph has no cycle: neither between files nor between features (libs/<feature>,
 * apps/<app>). The composition lists are left out of the feature graph: libs/database/entities.ts
 * (every entity, for the data source) and the migrations.
 */
describe('module graph', () => {
  let graph: Record<string, string[]>;
  let fileCycles: string[][];

  beforeAll(async () => {
    const res = await madge(['libs', 'apps/api', 'apps/worker', 'config'], {
      baseDir: ROOT,
      fileExtensions: ['ts'],
      tsConfig: join(ROOT, 'tsconfig.json'),
      excludeRegExp: [/\.spec\.ts$/, /\/migrations\//],
      detectiveOptions: { ts: { skipTypeImports: true } },
    });
    graph = res.obj();
    fileCycles = res.circular();
  }, 120_000);

  it('has no cycle between files', () => {
    expect(fileCycles).toEqual([]);
  });

  it('has no cycle between features', () => {
    const feature = (file: string) => /^((?:libs|apps)\/[^/]+|config)/.exec(file)?.[1] ?? file;
    const composition = new Set(['libs/database/entities.ts']);
    const edges = new Map<string, Set<string>>();
    for (const [file, deps] of Object.entries(graph)) {
      if (composition.has(file)) continue;
      for (const dep of deps) {
        const [a, b] = [feature(file), feature(dep)];
        if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
      }
    }
    const cycles: string[] = [];
    const path: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (n: string) => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') {
        cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
        return;
      }
      state.set(n, 'open');
      path.push(n);
      for (const m of edges.get(n) ?? []) visit(m);
      path.pop();
      state.set(n, 'done');
    };
    for (const n of [...edges.keys()].sort()) visit(n);
    expect(cycles).toEqual([]);
    // the graph is real: the api composes the features
    expect([...(edges.get('apps/api') ?? [])]).toEqual(expect.arrayContaining(['libs/projects', 'libs/needs']));
  });
});
