import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Demo data comes from ../shared/fixtures (beside the repository); a copy ships in
 * libs/demo/fixtures so an installed platform finds it without the shared folder. (The labelled
 * needs of the category suggestion live with it, in libs/needs/classifier/data.)
 */
export function fixturePath(name: string): string {
  const repoRoot = resolve(__dirname, __dirname.includes(join('dist', 'libs')) ? '../../..' : '../..');
  const candidates = [resolve(repoRoot, '..', 'shared', 'fixtures', name), join(repoRoot, 'libs', 'demo', 'fixtures', name)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`fixture ${name} not found in ${candidates.join(' or ')}`);
  return found;
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
