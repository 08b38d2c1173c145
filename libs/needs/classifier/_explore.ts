import { loadLabeledFixture } from './need-classifier';
import { crossValidate } from './cross-validate';
const data = loadLabeledFixture();
const grid: any[] = [];
for (const w1 of [0.25, 0.5, 1]) for (const alpha of [0.1, 0.3, 1]) for (const kw of [0, 2, 4]) for (const binary of [true, false]) for (const kb of [0, 2, 4, 6]) for (const ln of [0, 10]) for (const focus of [0, 1, 2]) {
  const opts = { ngramWeights: [0, w1, 1, 1], alpha, keywordWeight: kw, binary, keywordBoost: kb, lengthNorm: ln, focus };
  const seeds = [1, 2, 3, 20240601, 42];
  let t1 = 0, t2 = 0;
  for (const s of seeds) { const r = crossValidate(data, 10, s, opts); t1 += r.top1; t2 += r.top2; }
  grid.push({ w1, alpha, kw, binary, kb, ln, focus, top1: (t1 / seeds.length).toFixed(3), top2: (t2 / seeds.length).toFixed(3) });
}
grid.sort((a, b) => b.top1 - a.top1 || b.top2 - a.top2);
console.table(grid.slice(0, 20));
grid.sort((a, b) => b.top2 - a.top2 || b.top1 - a.top1);
console.table(grid.slice(0, 10));
