import { loadLabeledFixture } from './need-classifier';
import { crossValidate } from './cross-validate';
const data = loadLabeledFixture();
const opts = { ngramWeights: [0, 0.5, 1, 1], alpha: 0.3, keywordWeight: 4, binary: false };
const r = crossValidate(data, 10, 20240601, opts);
console.log(r.top1, r.top2, r.meanConfidence);
for (const e of r.errors) console.log(e.actual.slice(0,8), '->', e.predicted.slice(0,8), e.confidence.toFixed(2), e.text);
