import { loadLabeledFixture, tokenizeNgrams, LabeledNeed } from './need-classifier';
import { stratifiedFolds } from './cross-validate';
import { CATEGORY_KEYWORDS } from './category-keywords';
import { NEED_CATEGORIES } from '@app/common/glossary';
const data: LabeledNeed[] = loadLabeledFixture();
const K = 7;
type Opts = { w1: number; l2: number; kwFeat: number; kwPrior: number; iters: number; lr: number; kwGrams: number };
function featurize(text: string, o: Opts): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of tokenizeNgrams(text)) { const w = g.length === 1 ? o.w1 : 1; if (w > 0) m.set(g, w); }
  if (o.kwFeat > 0) NEED_CATEGORIES.forEach((c, ci) => {
    let hits = 0; for (const k of CATEGORY_KEYWORDS[c]) if (text.includes(k)) hits++;
    if (hits) m.set('KW:' + ci, o.kwFeat * Math.log1p(hits));
  });
  // l2 normalize
  let s = 0; for (const v of m.values()) s += v * v; s = Math.sqrt(s) || 1;
  for (const [k, v] of m) m.set(k, v / s * 3);
  return m;
}
function train(ex: LabeledNeed[], o: Opts) {
  const X = ex.map(e => featurize(e.text, o)); const y = ex.map(e => NEED_CATEGORIES.indexOf(e.category));
  const W = new Map<string, Float64Array>(); const prior = new Map<string, Float64Array>();
  const get = (f: string) => { let w = W.get(f); if (!w) { w = new Float64Array(K); W.set(f, w); const p = new Float64Array(K); if (f.startsWith('KW:')) p[+f.slice(3)] = o.kwPrior; prior.set(f, p); w.set(p); } return w; };
  // keyword grams as pseudo docs
  const Xp: Map<string, number>[] = [], yp: number[] = [];
  if (o.kwGrams > 0) NEED_CATEGORIES.forEach((c, ci) => { for (const k of CATEGORY_KEYWORDS[c]) { Xp.push(featurize(k, o)); yp.push(ci); } });
  const XX = [...X, ...Xp], YY = [...y, ...yp], SW = [...X.map(() => 1), ...Xp.map(() => o.kwGrams)];
  for (const x of XX) for (const f of x.keys()) get(f);
  const b = new Float64Array(K);
  for (let it = 0; it < o.iters; it++) {
    const G = new Map<string, Float64Array>(); const gb = new Float64Array(K);
    for (let i = 0; i < XX.length; i++) {
      const s = Float64Array.from(b); for (const [f, v] of XX[i]) { const w = W.get(f)!; for (let c = 0; c < K; c++) s[c] += w[c] * v; }
      const mx = Math.max(...s); let z = 0; for (let c = 0; c < K; c++) { s[c] = Math.exp(s[c] - mx); z += s[c]; }
      for (let c = 0; c < K; c++) { const g = (s[c] / z - (c === YY[i] ? 1 : 0)) * SW[i]; gb[c] += g; for (const [f, v] of XX[i]) { let gg = G.get(f); if (!gg) { gg = new Float64Array(K); G.set(f, gg); } gg[c] += g * v; } }
    }
    const n = X.length;
    for (const [f, w] of W) { const gg = G.get(f); const p = prior.get(f)!; for (let c = 0; c < K; c++) w[c] -= o.lr * (((gg ? gg[c] : 0) / n) + o.l2 * (w[c] - p[c])); }
    for (let c = 0; c < K; c++) b[c] -= o.lr * gb[c] / n;
  }
  return (text: string) => { const s = Float64Array.from(b); for (const [f, v] of featurize(text, o)) { const w = W.get(f); if (w) for (let c = 0; c < K; c++) s[c] += w[c] * v; } return s; };
}
function cv(o: Opts, seed: number) {
  const folds = stratifiedFolds(data, 10, seed); let t1 = 0, t2 = 0;
  for (let f = 0; f < 10; f++) { const m = train(data.filter((_, i) => folds[i] !== f), o);
    data.forEach((e, i) => { if (folds[i] !== f) return; const s = Array.from(m(e.text)); const order = s.map((v, c) => [v, c]).sort((a, b) => b[0] - a[0]).map(x => x[1]); const y = NEED_CATEGORIES.indexOf(e.category); if (order[0] === y) t1++; if (order[0] === y || order[1] === y) t2++; }); }
  return [t1 / data.length, t2 / data.length];
}
const rows: any[] = [];
for (const w1 of [0, 0.5]) for (const l2 of [0.001, 0.01]) for (const kwFeat of [0, 1, 2]) for (const kwPrior of [0, 2]) for (const kwGrams of [0, 1]) {
  if (kwFeat === 0 && kwPrior > 0) continue;
  const o = { w1, l2, kwFeat, kwPrior, iters: 150, lr: 1, kwGrams };
  let a = 0, b2 = 0; for (const s of [1, 2, 20240601]) { const [x, y] = cv(o, s); a += x; b2 += y; }
  rows.push({ ...o, top1: (a / 3).toFixed(3), top2: (b2 / 3).toFixed(3) }); console.log(JSON.stringify(rows[rows.length-1]));
}
rows.sort((a, b) => b.top1 - a.top1); console.table(rows.slice(0, 15));
