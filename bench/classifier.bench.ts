/**
 * Need-category classifier benchmark: `npm run bench:classifier` (from the repo root).
 *
 * 1. 10-fold stratified cross-validation (fixed seed) on the labelled fixture
 *    ../shared/fixtures/needs-labeled.jsonl: every need is classified by a model that never saw
 *    it. Prints top-1, top-2, mean confidence, per-category precision / recall (= per-category
 *    accuracy) / F1, the confusion matrix and the needs it got wrong.
 * 2. Robustness: the same over 30 different fold shuffles, and without the prior keywords.
 * 3. Speed: classifications per second (100k suggestions) and learn() per second.
 *
 * Optional arguments: --seed=N --k=N --fixture=path
 */
import { LABELS, NEED_CATEGORIES } from '@app/common/glossary';
import { crossValidate } from '@app/needs/classifier/cross-validate';
import { loadLabeledFixture, NeedClassifier } from '@app/needs/classifier/need-classifier';

function arg(name: string): string | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const short = (c: string) => c.split('_').map((w) => w.slice(0, 4)).join('_');

const seed = Number(arg('seed') ?? 20240601);
const k = Number(arg('k') ?? 10);
const data = loadLabeledFixture(arg('fixture'));

console.log(`labelled needs: ${data.length} (${NEED_CATEGORIES.map((c) => `${short(c)} ${data.filter((d) => d.category === c).length}`).join(', ')})`);
console.log(`\n== ${k}-fold stratified cross-validation, seed ${seed} ==`);
const cv = crossValidate(data, k, seed);
console.log(`top-1 accuracy: ${pct(cv.top1)}  (${Math.round(cv.top1 * cv.n)}/${cv.n})`);
console.log(`top-2 accuracy: ${pct(cv.top2)}  (${Math.round(cv.top2 * cv.n)}/${cv.n})`);
console.log(`mean confidence of the top suggestion: ${pct(cv.meanConfidence)}`);

console.log('\nper category (recall = share of that category classified right):');
console.table(
  cv.perCategory.map((p) => ({
    category: p.category,
    中文: LABELS.NeedCategory[p.category].zh,
    n: p.support,
    precision: pct(p.precision),
    recall: pct(p.recall),
    f1: pct(p.precision + p.recall > 0 ? (2 * p.precision * p.recall) / (p.precision + p.recall) : 0),
  })),
);

console.log('confusion matrix (rows: actual, columns: suggested):');
console.table(
  Object.fromEntries(
    NEED_CATEGORIES.map((actual, a) => [short(actual), Object.fromEntries(NEED_CATEGORIES.map((p, j) => [short(p), cv.confusion[a][j]]))]),
  ),
);

console.log('misclassified (actual → suggested, confidence):');
for (const e of cv.errors) console.log(`  ${short(e.actual)} → ${short(e.predicted)} ${pct(e.confidence)}  ${e.text}`);

console.log('\n== robustness ==');
const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
const runs = seeds.map((s) => crossValidate(data, k, s));
const stats = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `mean ${pct(mean)}, min ${pct(Math.min(...xs))}, max ${pct(Math.max(...xs))}`;
};
console.log(`30 fold shuffles (seeds 1..30): top-1 ${stats(runs.map((r) => r.top1))}; top-2 ${stats(runs.map((r) => r.top2))}`);
const noKeywords = crossValidate(data, k, seed, { keywords: {} });
console.log(`without the prior keywords (n-grams only): top-1 ${pct(noKeywords.top1)}, top-2 ${pct(noKeywords.top2)}`);
const keywordsOnly = new NeedClassifier();
let kwTop1 = 0;
for (const d of data) if (keywordsOnly.suggest(d.text).category === d.category) kwTop1++;
console.log(`keywords only (no labelled example learnt): top-1 ${pct(kwTop1 / data.length)}`);

console.log('\n== speed ==');
const model = NeedClassifier.fromExamples(data);
const texts = data.map((d) => d.text);
for (let i = 0; i < 5000; i++) model.suggest(texts[i % texts.length]); // warm-up
const N = 100_000;
let t0 = process.hrtime.bigint();
let checksum = 0;
for (let i = 0; i < N; i++) checksum += model.suggest(texts[i % texts.length]).confidence;
let seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`suggest(): ${N} needs in ${seconds.toFixed(2)} s → ${Math.round(N / seconds).toLocaleString('en')} classifications/s (checksum ${checksum.toFixed(3)})`);
const learner = new NeedClassifier();
t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) learner.learn(texts[i % texts.length], data[i % data.length].category);
seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`learn(): ${N} examples in ${seconds.toFixed(2)} s → ${Math.round(N / seconds).toLocaleString('en')} examples/s`);
