import { Dimension } from '@app/common/glossary';
import { answerError } from './evaluation.errors';

/**
 * The arithmetic of evaluation (domain.md §5), free of the database so it can be checked by hand.
 * The service stores what `scoreResponse` computes with each response; results are SQL sums over
 * those rows, finished by `resultFromSums`.
 */

/** z for a two-sided 95% interval */
export const Z_95 = 1.959964;

/** A score counts as satisfied at 4 or 5 (满意 / 非常满意). */
export const SATISFIED_FROM = 4;

export const INDEX_DIMENSIONS = [Dimension.IMPLEMENTATION, Dimension.FUNDS, Dimension.PROCESS_QUALITY] as const;
export type IndexDimension = (typeof INDEX_DIMENSIONS)[number];

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval for `successes` out of `n` (95% with the default z). With no
 * observations nothing is known: [0, 1].
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval {
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(successes) || successes < 0 || successes > n) {
    throw new RangeError(`wilsonInterval: need 0 <= successes <= n, got ${successes}/${n}`);
  }
  if (n === 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // at p = 0 or 1 the bound on that side is exactly 0 or 1; say so without rounding noise
  return { low: successes === 0 ? 0 : Math.max(0, center - half), high: successes === n ? 1 : Math.min(1, center + half) };
}

export interface ScoredQuestion {
  id: number;
  text: string;
  dimension: Dimension;
  weight: number;
}

export interface GivenAnswer {
  questionId: number;
  score: number;
}

/** What one response contributes; stored on its survey_responses row. */
export interface ResponseScore {
  overallScore: number;
  implementationMean: number | null;
  fundsMean: number | null;
  processQualityMean: number | null;
  /** Σ weight·score / Σ weight over the answers to the non-OVERALL questions */
  indexScore: number | null;
}

/**
 * Checks a response against the survey's questions (every question answered exactly once with an
 * integer 1–5, nothing else) and scores it. A refusal is BAD_USER_INPUT naming the question.
 */
export function scoreResponse(questions: ScoredQuestion[], answers: GivenAnswer[]): ResponseScore {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const scores = new Map<number, number>();
  for (const a of answers) {
    const q = byId.get(a.questionId);
    if (!q) throw answerError('answerNotInSurvey', a.questionId);
    if (scores.has(q.id)) throw answerError('answerTwice', q.id, q.text);
    if (!Number.isInteger(a.score) || a.score < 1 || a.score > 5) {
      throw answerError('answerScoreRange', q.id, q.text, { score: String(a.score) });
    }
    scores.set(q.id, a.score);
  }
  for (const q of questions) {
    if (!scores.has(q.id)) throw answerError('answerMissing', q.id, q.text);
  }

  let overallScore: number | null = null;
  const sums = new Map<Dimension, { sum: number; count: number }>();
  let weighted = 0;
  let weights = 0;
  for (const q of questions) {
    const s = scores.get(q.id)!;
    if (q.dimension === Dimension.OVERALL) {
      overallScore = s;
      continue;
    }
    const d = sums.get(q.dimension) ?? { sum: 0, count: 0 };
    d.sum += s;
    d.count += 1;
    sums.set(q.dimension, d);
    weighted += q.weight * s;
    weights += q.weight;
  }
  if (overallScore === null) throw new Error('survey has no OVERALL question'); // createSurvey guarantees one
  const mean = (d: Dimension) => {
    const x = sums.get(d);
    return x ? x.sum / x.count : null;
  };
  return {
    overallScore,
    implementationMean: mean(Dimension.IMPLEMENTATION),
    fundsMean: mean(Dimension.FUNDS),
    processQualityMean: mean(Dimension.PROCESS_QUALITY),
    indexScore: weights > 0 ? weighted / weights : null,
  };
}

/** Sums over a set of responses, as one SQL aggregate returns them. */
export interface ResponseSums {
  responses: number;
  satisfied: number;
  overallSum: number;
  implementationSum: number;
  implementationCount: number;
  fundsSum: number;
  fundsCount: number;
  processQualitySum: number;
  processQualityCount: number;
  indexSum: number;
  indexCount: number;
}

export interface DimensionMean {
  dimension: Dimension;
  mean: number;
}

export interface EvaluationFigures {
  responseCount: number;
  satisfiedCount: number;
  satisfactionRate: number;
  satisfactionInterval: Interval;
  dimensions: DimensionMean[];
  indexScore: number;
  targetResponses: number;
  belowTarget: boolean;
  warning: string | null;
}

/**
 * Finishes the figures from the sums. Dimension means are over respondents (each respondent's
 * mean for that dimension); a dimension no question asked about is left out. With no index
 * answers at all the index score is 0.
 */
export function resultFromSums(s: ResponseSums, targetResponses: number): EvaluationFigures {
  const n = s.responses;
  const dims: DimensionMean[] = [];
  const push = (dimension: Dimension, sum: number, count: number) => {
    if (count > 0) dims.push({ dimension, mean: sum / count });
  };
  push(Dimension.IMPLEMENTATION, s.implementationSum, s.implementationCount);
  push(Dimension.FUNDS, s.fundsSum, s.fundsCount);
  push(Dimension.PROCESS_QUALITY, s.processQualitySum, s.processQualityCount);
  push(Dimension.OVERALL, s.overallSum, n);
  const belowTarget = n < targetResponses;
  return {
    responseCount: n,
    satisfiedCount: s.satisfied,
    satisfactionRate: n > 0 ? s.satisfied / n : 0,
    satisfactionInterval: wilsonInterval(s.satisfied, n),
    dimensions: dims,
    indexScore: s.indexCount > 0 ? s.indexSum / s.indexCount : 0,
    targetResponses,
    belowTarget,
    warning: belowTarget
      ? `样本量不足:已回收 ${n} 份,目标 ${targetResponses} 份,结果仅供参考 (only ${n} of the ${targetResponses} responses aimed for; read the figures with care)`
      : null,
  };
}

export interface Ranked<T> {
  item: T;
  votes: number;
  rank: number;
}

/**
 * Standard competition ranking by votes, most first: ties share a rank and the next rank skips
 * (10, 10, 7 → 1, 1, 3). Equal votes keep the order given by `tieOrder` (ascending), so the
 * listing is stable.
 */
export function rankByVotes<T>(items: T[], votesOf: (t: T) => number, tieOrder: (t: T) => number): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => votesOf(b) - votesOf(a) || tieOrder(a) - tieOrder(b));
  const out: Ranked<T>[] = [];
  sorted.forEach((item, i) => {
    const votes = votesOf(item);
    const rank = i > 0 && out[i - 1].votes === votes ? out[i - 1].rank : i + 1;
    out.push({ item, votes, rank });
  });
  return out;
}
