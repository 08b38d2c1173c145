/**
 * Need-category suggestion benchmark: `npm run bench:classifier` (from the repo root).
 *
 * 1. Every model (multinomial NB, complement NB, logistic regression, linear SVM, their ensemble
 *    with equal weights, and STACKED: with weights chosen on the inner out-of-fold predictions)
 *    on the same stratified 10-fold cross-validation of the 601 shipped labelled needs. Inside
 *    each training fold, and only there: the vocabulary (features of the training texts), each
 *    model's parameter (inner stratified 5-fold) and the calibration temperatures. Top-1 / top-2
 *    on the whole set and on its hard part (long ≥ 60 characters, colloquial or Shanghainese,
 *    mixed Chinese–English), the reliability table and confusion matrix of the shipped model (ENSEMBLE).
 * 2. The same selection on the whole set: the parameters the shipped model uses.
 * 3. Learning curve: a zone that files every 社会公共服务 need under 社区公共事务, after 0, 20,
 *    50, 100 such decisions.
 *    The errors by pair of categories, and the labelled needs against the domain.md §3 definitions
 *    (ambiguity.ts): how many read as much like another category's definition as their own.
 * 4. Speed: suggestions per CPU-second on one core, with and without reasons, on 20,000 distinct texts.
 *
 * The figures are pure computation (no database is involved in a suggestion).
 * Optional arguments: --seed=N --k=N --no-vocabulary, and other features: --chars=1,2,3 (character
 * n-gram lengths), --no-word-pairs, --min-df=N with --prune=b,c,w,v (the kinds of features of fewer
 * than N training texts left out of the vocabulary; PRUNING in category-model.ts)
 */
import { LABELS, NEED_CATEGORIES } from '@app/common/glossary';
import { CATEGORY_INDEX, fitModels, PRUNING } from '@app/needs/classifier/category-model';
import { definitionFit, DEFINITION_FITS } from '@app/needs/classifier/ambiguity';
import { crossValidate } from '@app/needs/classifier/cross-validate';
import { DEFAULT_FEATURES, extractFeatures } from '@app/needs/classifier/features';
import { learningCurve } from '@app/needs/classifier/learning-curve';
import { NeedClassifier, ZoneAdaptation } from '@app/needs/classifier/need-classifier';
import { hardness, loadTrainingSet } from '@app/needs/classifier/training-set';

function arg(name: string): string | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const short = (c: string) => c.split('_').map((w) => w.slice(0, 4)).join('_');

const seed = Number(arg('seed') ?? 20240601);
const k = Number(arg('k') ?? 10);
const vocabulary = !process.argv.includes('--no-vocabulary');
if (arg('chars')) DEFAULT_FEATURES.charNgrams = arg('chars')!.split(',').map(Number);
if (process.argv.includes('--no-word-pairs')) DEFAULT_FEATURES.wordBigrams = false;
if (arg('min-df')) PRUNING.minDf = Number(arg('min-df'));
if (arg('prune')) PRUNING.kinds = arg('prune')!.split(',');
const data = loadTrainingSet();
const hard = data.filter((d) => hardness(d.text).hard);
const h = data.map((d) => hardness(d.text));

console.log(`labelled needs: ${data.length} (${NEED_CATEGORIES.map((c) => `${short(c)} ${data.filter((d) => d.category === c).length}`).join(', ')})`);
console.log(
  `hard part: ${hard.length} (long ≥ 60 characters ${h.filter((x) => x.long).length}, colloquial/Shanghainese ${h.filter((x) => x.colloquial).length}, mixed Chinese–English ${h.filter((x) => x.mixed).length})`,
);
console.log(`vocabulary of domain.md §3: ${vocabulary ? 'used' : 'not used'}; features: words${DEFAULT_FEATURES.wordBigrams ? ', word pairs' : ''}, character ${DEFAULT_FEATURES.charNgrams.join('/')}-grams; left out: ${PRUNING.minDf > 1 ? `${PRUNING.kinds.map((k) => ({ w: 'words', b: 'word pairs', c: 'character n-grams', v: 'vocabulary counts' })[k] ?? k).join(', ')} of fewer than ${PRUNING.minDf} training texts` : 'nothing'}`);

console.log(`\n== ${k}-fold stratified cross-validation, seed ${seed}, everything tuned inside each training fold ==`);
let t0 = Date.now();
const scores = crossValidate(data, { k, seed, vocabulary });
console.table(
  scores.map((s) => ({
    model: s.name,
    'top-1': pct(s.top1),
    'top-2': pct(s.top2),
    'hard top-1': pct(s.hardTop1),
    'hard top-2': pct(s.hardTop2),
    'mean conf.': pct(s.meanConfidence),
    ECE: s.ece.toFixed(3),
  })),
);
for (const s of scores) console.log(`  ${s.name} parameter chosen per fold: ${s.chosen.join(', ')}`);
console.log(`(${((Date.now() - t0) / 1000).toFixed(0)} s)`);

const top = [...scores].sort((a, b) => b.top1 - a.top1 || b.top2 - a.top2)[0];
console.log(`\nbest on top-1: ${top.name}`);
// the tables below describe the model that ships (the equal-weight ensemble, SHIPPED), when it was measured
const best = scores.find((s) => s.name === 'ENSEMBLE') ?? top;
if (best !== top) console.log(`the tables below: ${best.name}, the shipped model`);
console.log(`reliability of ${best.name} (a suggestion shown with confidence p should be right about p of the time):`);
console.table(best.reliability.map((b) => ({ confidence: `${b.from.toFixed(2)}–${b.to.toFixed(2)}`, needs: b.n, 'mean conf.': b.n ? pct(b.meanConfidence) : '', 'right (top-1)': b.n ? pct(b.accuracy) : '' })));
console.log(`confusion matrix of ${best.name} (rows: labelled, columns: suggested):`);
console.table(Object.fromEntries(NEED_CATEGORIES.map((actual, a) => [short(actual), Object.fromEntries(NEED_CATEGORIES.map((p, j) => [short(p), best.confusion[a][j]]))])));
console.log('per category recall:', NEED_CATEGORIES.map((c, i) => `${LABELS.NeedCategory[c].zh} ${pct(best.confusion[i][i] / best.confusion[i].reduce((x, y) => x + y, 0))}`).join(', '));

const pairs: string[] = [];
NEED_CATEGORIES.forEach((a, i) =>
  NEED_CATEGORIES.forEach((b, j) => {
    if (j > i && best.confusion[i][j] + best.confusion[j][i] > 0) pairs.push(`${best.confusion[i][j] + best.confusion[j][i]} ${LABELS.NeedCategory[a].zh}↔${LABELS.NeedCategory[b].zh}`);
  }),
);
pairs.sort((x, y) => parseInt(y) - parseInt(x));
const errors = best.predictions.filter((p) => p.order[0] !== p.actual).length;
console.log(`the ${errors} top-1 errors by pair of categories (both directions): ${pairs.slice(0, 8).join(', ')}`);

console.log('\n== why the targets are out of reach: the labelled needs against the domain.md §3 definitions ==');
console.log('(one rule from the definitions, not from the folds: which categories\' §3 vocabulary occurs in the text, ambiguity.ts)');
const fits = data.map((d) => definitionFit(d.text, d.category).fit);
const byIndex = new Map(best.predictions.map((p) => [p.i, p]));
console.table(
  DEFINITION_FITS.map((fit) => {
    const ps = data.map((_, i) => i).filter((i) => fits[i] === fit).map((i) => byIndex.get(i)!);
    const right = (top: number) => ps.filter((p) => p.order.slice(0, top).includes(p.actual)).length;
    return {
      'labelled need vs. definitions': fit,
      needs: ps.length,
      share: pct(ps.length / data.length),
      [`${best.name} top-1`]: ps.length ? pct(right(1) / ps.length) : '',
      'top-2': ps.length ? pct(right(2) / ps.length) : '',
      'top-1 errors': ps.length - right(1),
    };
  }),
);
const ambiguous = fits.filter((f) => f === 'shared' || f === 'elsewhere').length;
console.log(
  `${ambiguous} of ${data.length} labelled needs (${pct(ambiguous / data.length)}) match another category's definition at least as well as their own (shared) or only another's (elsewhere).`,
);

console.log('\n== selection on the whole set (the shipped model: SHIPPED in need-classifier.ts) ==');
t0 = Date.now();
const whole = fitModels(
  data.map((d) => extractFeatures(d.text)),
  data.map((d) => CATEGORY_INDEX.get(d.category)!),
  { seed, vocabulary, models: ['ENSEMBLE'] },
).get('ENSEMBLE')!;
console.log(
  `members MNB α=${whole.params[0]} T=${whole.members[0].temperature.toFixed(2)}, CNB α=${whole.params[1]} T=${whole.members[1].temperature.toFixed(2)}, ` +
    `LR λ=${whole.params[2]} T=${whole.members[2].temperature.toFixed(2)}, SVM λ=${whole.params[3]} T=${whole.members[3].temperature.toFixed(2)}; ensemble T=${whole.temperature.toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
);

console.log('\n== learning curve: a zone that files every 社会公共服务 need under 社区公共事务 ==');
console.log('(4 folds; the shipped model never saw the test needs; one agreeing decision on another category between two disagreeing ones)');
console.table(
  learningCurve(data).map((p) => ({
    'disagreeing decisions': p.decisions,
    'habit followed (top-1)': pct(p.habitTop1),
    'habit in top-2': pct(p.habitTop2),
    'other categories top-1': pct(p.othersTop1),
  })),
);

console.log('\n== speed (one core, CPU time) ==');
const model = NeedClassifier.shipped();
// distinct texts, as the job sees them: the title of one labelled need with the content of another
// (20,000 of the 601 × 601 pairs), so nothing a text computes can be reused by the next
const texts = Array.from({ length: 20_000 }, (_, i) => `${data[i % data.length].title} ${data[(i * 7 + 3 + Math.floor(i / data.length)) % data.length].content}`);
console.log(`distinct texts: ${new Set(texts).size} of ${texts.length}`);
for (let i = 0; i < 2000; i++) model.suggest(data[i % data.length].text); // warm-up, on other texts
const N = texts.length;
const rate = (f: (i: number) => void) => {
  const u0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  for (let i = 0; i < N; i++) f(i);
  const u = process.cpuUsage(u0);
  const cpu = (u.user + u.system) / 1e6;
  const wall = Number(process.hrtime.bigint() - w0) / 1e9;
  return `${Math.round(N / cpu).toLocaleString('en')} needs per CPU-second (${Math.round(N / wall).toLocaleString('en')}/s wall clock)`;
};
console.log(`suggest, category and confidence only: ${rate((i) => model.suggest(texts[i], null, 0))}`);
console.log(`suggest with top-3 and reasons (what the job stores): ${rate((i) => model.suggest(texts[i]))}`);
const zone = new ZoneAdaptation(model);
for (let i = 0; i < 500; i++) zone.learn(data[(i * 7) % data.length].text, data[(i * 7) % data.length].category);
model.suggest(texts[0], zone);
console.log(`with a zone's 500 decisions learnt, top-3 and reasons: ${rate((i) => model.suggest(texts[i], zone))}`);
console.log(`load average while measuring: ${require('node:os').loadavg().map((x: number) => x.toFixed(2)).join(', ')} (2 cores shared; CPU time rises with the load)`);
