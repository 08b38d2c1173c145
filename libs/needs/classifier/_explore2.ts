import { loadLabeledFixture } from './need-classifier';
import { crossValidate } from './cross-validate';
const data = loadLabeledFixture();
const opts = JSON.parse(process.argv[2] ?? '{}');
const errs = new Map<string, number>();
let t1 = 0, t2 = 0;
const seeds = [1, 2, 3, 20240601, 42];
for (const s of seeds) { const r = crossValidate(data, 10, s, opts); t1 += r.top1; t2 += r.top2;
for (const e of r.errors) { const k = `${e.actual.slice(0,8)} -> ${e.predicted.slice(0,8)} ${e.text}`; errs.set(k, (errs.get(k) ?? 0) + 1); } }
console.log((t1/seeds.length).toFixed(3), (t2/seeds.length).toFixed(3));
for (const [k, v] of [...errs].sort((a, b) => b[1] - a[1])) console.log(v, k);
