import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Dimension, SurveyMethod } from '@app/common/enums';
import type { SurveyEntity, SurveyQuestionEntity } from '../evaluation.entities';
import type { EvaluationFigures } from '../scoring';

@ObjectType({ description: '95% Wilson score interval of a rate' })
export class Interval {
  @Field(() => Float) low: number;
  @Field(() => Float) high: number;
}

@ObjectType({ description: 'mean score (1–5) of one dimension of the index system' })
export class DimensionScore {
  @Field(() => Dimension) dimension: Dimension;
  @Field(() => Float, { description: "mean over respondents of each respondent's mean for this dimension" }) mean: number;
}

@ObjectType({ description: '成效评估结果: live while the project is evaluated, frozen when its survey closes' })
export class EvaluationResult {
  @Field(() => Int) responseCount: number;
  @Field(() => Int, { description: 'respondents whose OVERALL score is 4 or 5' }) satisfiedCount: number;
  @Field(() => Float, { description: 'satisfiedCount / responseCount (0..1); 0 with no responses' }) satisfactionRate: number;
  @Field(() => Interval, { description: '95% Wilson score interval; [0, 1] with no responses' }) satisfactionInterval: Interval;
  @Field(() => [DimensionScore], { description: 'IMPLEMENTATION, FUNDS, PROCESS_QUALITY, OVERALL: those the questions asked about' })
  dimensions: DimensionScore[];
  @Field(() => Float, { description: 'Σ weight·score / Σ weight over the non-OVERALL answers, averaged over respondents (1..5; 0 with none)' })
  indexScore: number;
  @Field({ description: 'true once the survey closed: the figures no longer change' }) frozen: boolean;
  @Field(() => Int, { description: 'the sample aimed for (the largest targetResponses of the project’s surveys)' }) targetResponses: number;
  @Field({ description: 'fewer responses than targetResponses: show `warning`' }) belowTarget: boolean;
  @Field(() => String, { nullable: true, description: '样本量不足 warning for the console; null when the target is reached' }) warning: string | null;
  @Field(() => Date, { nullable: true, description: 'when the results were frozen' }) frozenAt: Date | null;
}

@ObjectType({ description: '问卷题目, scored 1–5' })
export class Question {
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field(() => Dimension) dimension: Dimension;
  @Field(() => Float) weight: number;
  @Field(() => Int) position: number;
}

@ObjectType({ description: '满意度问卷 of a project' })
export class Survey {
  @Field(() => ID) id: string;
  @Field(() => SurveyMethod) method: SurveyMethod;
  @Field(() => Int) targetResponses: number;
  @Field() open: boolean;
  @Field(() => Int) responseCount: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  // internal, read by field resolvers
  projectId: number;
  zoneId: number;
}

export const toSurvey = (s: SurveyEntity): Survey => ({
  id: String(s.id),
  method: s.method,
  targetResponses: s.targetResponses,
  open: !!s.open,
  responseCount: s.responseCount,
  createdAt: s.createdAt,
  closedAt: s.closedAt,
  projectId: s.projectId,
  zoneId: s.zoneId,
});

export const toQuestion = (q: SurveyQuestionEntity): Question => ({ id: String(q.id), text: q.text, dimension: q.dimension, weight: q.weight, position: q.position });

/** The stored snapshot (surveys.frozen_result) and the live figures share one shape. */
export interface StoredResult extends EvaluationFigures {
  frozen: boolean;
  frozenAt: string | null;
}

export const toEvaluationResult = (r: StoredResult): EvaluationResult => ({
  responseCount: r.responseCount,
  satisfiedCount: r.satisfiedCount,
  satisfactionRate: r.satisfactionRate,
  satisfactionInterval: { low: r.satisfactionInterval.low, high: r.satisfactionInterval.high },
  dimensions: r.dimensions.map((d) => ({ dimension: d.dimension, mean: d.mean })),
  indexScore: r.indexScore,
  frozen: r.frozen,
  targetResponses: r.targetResponses,
  belowTarget: r.belowTarget,
  warning: r.warning,
  frozenAt: r.frozenAt ? new Date(r.frozenAt) : null,
});
