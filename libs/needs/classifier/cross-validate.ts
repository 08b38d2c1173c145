import { NEED_CATEGORIES } from '@app/common/glossary';
import { argmax, CATEGORY_INDEX, fitModels, K, ModelName, MODEL_NAMES, stratifiedFolds } from './category-model';
import { extractFeatures } from './features';
import { FeatureCounts } from './linear-models';
import { hardness, LabeledNeed } from './training-set';

export interface Prediction {
  /** index of the example */
  i: number;
  actual: number;
  /** categories by probability, best first */
  order: number[];
  confidence: number;
  hard: boolean;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

export interface ModelScore {
  name: ModelName;
  n: number;
  top1: number;
  top2: number;
  hardN: number;
  hardTop1: number;
  hardTop2: number;
  meanConfidence: number;
  /** expected calibration error over the reliability bins */
  ece: number;
  reliability: ReliabilityBin[];
  /** confusion[actual][suggested] */
  confusion: number[][];
  /** tuned parameter(s) chosen in each outer fold */
  chosen: string[];
  predictions: Prediction[];
}

export interface CrossValidationOptions {
  k: number;
  seed: number;
  vocabulary: boolean;
  models: readonly ModelName[];
}

/**
 * Stratified k-fold cross-validation of every model on the same folds. In each outer fold the
 * models are fitted on the other folds only — vocabulary, tuned parameters and temperatures
 * included (fitModels runs its own inner cross-validation) — and score the held-out fold.
 */
export function crossValidate(examples: LabeledNeed[], options: Partial<CrossValidationOptions> = {}): ModelScore[] {
  const o: CrossValidationOptions = { k: 10, seed: 20240601, vocabulary: true, models: MODEL_NAMES, ...options };
  const docs: FeatureCounts[] = examples.map((e) => extractFeatures(e.text));
  const ys = examples.map((e) => CATEGORY_INDEX.get(e.category)!);
  const hard = examples.map((e) => hardness(e.text).hard);
  const folds = stratifiedFolds(ys, o.k, o.seed);
  const preds = new Map<ModelName, Prediction[]>(o.models.map((m) => [m, []]));
  const chosen = new Map<ModelName, string[]>(o.models.map((m) => [m, []]));
  for (let f = 0; f < o.k; f++) {
    const tr = examples.map((_, i) => i).filter((i) => folds[i] !== f);
    const models = fitModels(
      tr.map((i) => docs[i]),
      tr.map((i) => ys[i]),
      { seed: o.seed + f, vocabulary: o.vocabulary, models: o.models },
    );
    for (const [name, model] of models) {
      chosen.get(name)!.push(
        model.params.map((p) => String(p)).join('/') +
          (model.members.length > 1 ? ` T=${model.temperature.toFixed(2)}` : ` T=${model.members[0].temperature.toFixed(2)}`) +
          (name === 'STACKED' ? ` w=${model.weights.join('/')}` : ''),
      );
      docs.forEach((d, i) => {
        if (folds[i] !== f) return;
        const lp = model.logProbs(d);
        const order = Array.from({ length: K }, (_, c) => c).sort((a, b) => lp[b] - lp[a] || a - b);
        preds.get(name)!.push({ i, actual: ys[i], order, confidence: Math.exp(lp[order[0]]), hard: hard[i] });
      });
    }
  }
  return o.models.map((name) => score(name, preds.get(name)!, chosen.get(name)!));
}

function score(name: ModelName, predictions: Prediction[], chosen: string[]): ModelScore {
  const n = predictions.length;
  const hardOnes = predictions.filter((p) => p.hard);
  const rate = (ps: Prediction[], top: number) => (ps.length ? ps.filter((p) => p.order.slice(0, top).includes(p.actual)).length / ps.length : 0);
  const confusion = NEED_CATEGORIES.map(() => new Array<number>(K).fill(0));
  for (const p of predictions) confusion[p.actual][p.order[0]]++;
  const edges = [0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
  const reliability: ReliabilityBin[] = [];
  let ece = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const inBin = predictions.filter((p) => p.confidence >= edges[b] && p.confidence < edges[b + 1]);
    const meanConfidence = inBin.reduce((a, p) => a + p.confidence, 0) / (inBin.length || 1);
    const accuracy = rate(inBin, 1);
    ece += (inBin.length / n) * Math.abs(meanConfidence - accuracy);
    reliability.push({ from: edges[b], to: Math.min(1, edges[b + 1]), n: inBin.length, meanConfidence, accuracy });
  }
  return {
    name,
    n,
    top1: rate(predictions, 1),
    top2: rate(predictions, 2),
    hardN: hardOnes.length,
    hardTop1: rate(hardOnes, 1),
    hardTop2: rate(hardOnes, 2),
    meanConfidence: predictions.reduce((a, p) => a + p.confidence, 0) / n,
    ece,
    reliability,
    confusion,
    chosen,
    predictions,
  };
}

export { argmax };
