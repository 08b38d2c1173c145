import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The demo zone ships in libs/demo/fixtures: nothing at run time reads outside the repository.
 * (The labelled needs of the category suggestion live with the classifier, in libs/needs/classifier/data.)
 */
export function fixturePath(name: string): string {
  const repoRoot = resolve(__dirname, __dirname.includes(join('dist', 'libs')) ? '../../..' : '../..');
  const file = join(repoRoot, 'libs', 'demo', 'fixtures', name);
  if (!existsSync(file)) throw new Error(`fixture ${name} not found at ${file}`);
  return file;
}

export interface DemoZoneFixture {
  street: string;
  zone: { name: string; hub: string };
  communities: string[];
  buildings: string[];
  units: { name: string; kind: string; building?: string }[];
  projects: { title: string; category: string; claimedBy?: string }[];
}

export function readDemoZone(): DemoZoneFixture {
  return JSON.parse(readFileSync(fixturePath('demo-zone.json'), 'utf8'));
}
