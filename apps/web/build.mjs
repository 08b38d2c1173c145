#!/usr/bin/env node
/**
 * Builds the web app (`npm run build:web` at the repo root):
 *   1. graphql-codegen: operation types from the served schema (../../schema.gql) when it exists,
 *      otherwise from the shared contract; the build fails if a document does not fit the schema;
 *   2. tsc --noEmit over apps/web;
 *   3. one Vite build with two pages: index.html (portal, served at /) and console/index.html
 *      (console, served at /console) into apps/web/dist;
 *   4. reports each entry's first load — its HTML, entry JS and CSS and everything they import
 *      statically (lazy route chunks excluded) — gzipped, and fails if a budget is exceeded.
 *
 * Flags: --no-codegen, --no-typecheck (for quick local builds).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const args = new Set(process.argv.slice(2));
const dist = join(here, 'dist');

/** Budgets of gzipped first load, in KB (1 KB = 1024 bytes). */
const BUDGETS = {
  'index.html': { name: 'portal (/)', kb: 250 },
  'console/index.html': { name: 'console (/console)', kb: 600 },
};

function step(title) {
  console.log(`\n▶ ${title}`);
}

function bin(pkg, rel) {
  return join(dirname(require.resolve(`${pkg}/package.json`)), rel);
}

if (!args.has('--no-codegen')) {
  step('graphql-codegen');
  try {
    execFileSync(process.execPath, [bin('@graphql-codegen/cli', 'esm/bin.js'), '--config', 'codegen.ts'], {
      cwd: here,
      stdio: 'inherit',
    });
  } catch {
    console.error(
      '\n✖ graphql-codegen failed: a document does not fit the schema.\n' +
        '  Re-emit it (npm run schema:emit), or build against a running api (GR_SCHEMA=http://127.0.0.1:3000/graphql)\n' +
        '  or the contract (GR_SCHEMA=contract) while the api is still growing.',
    );
    process.exit(1);
  }
}

if (!args.has('--no-typecheck')) {
  step('typecheck (tsc --noEmit)');
  try {
    execFileSync(process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit'], { cwd: here, stdio: 'inherit' });
  } catch {
    console.error('\n✖ typecheck failed');
    process.exit(1);
  }
}

step('vite build');
const { build } = await import('vite');
await build({ configFile: join(here, 'vite.config.ts'), root: here, logLevel: 'warn' });

step('first-load size per entry (gzipped)');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function firstLoad(entryKey) {
  const files = new Set([entryKey]); // the HTML page itself
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) return;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  visit(entryKey);
  return [...files].map((file) => ({ file, gzip: gz(file) }));
}

let failed = false;
for (const [entry, budget] of Object.entries(BUDGETS)) {
  if (!manifest[entry]) {
    console.error(`✖ ${entry} is missing from the build`);
    failed = true;
    continue;
  }
  const files = firstLoad(entry).sort((a, b) => b.gzip - a.gzip);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const ok = total <= budget.kb * 1024;
  if (!ok) failed = true;
  console.log(`\n${ok ? '✔' : '✖'} ${budget.name}: first load ${kb(total)} gzipped (budget ${budget.kb} KB)`);
  for (const f of files) console.log(`    ${kb(f.gzip).padStart(9)}  ${f.file}`);
}

const lazy = Object.values(manifest).filter((c) => c.isDynamicEntry).length;
console.log(`\n${lazy} lazy chunks (routes, charts) load on demand. Output: ${resolve(dist)}`);
if (failed) {
  console.error('\n✖ a first-load budget is exceeded');
  process.exit(1);
}
