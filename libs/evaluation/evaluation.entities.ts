import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BoolColumn, CreatedAt, EnumColumn, IdRef, TimeColumn } from '@app/database/columns';
import type { Dimension, SurveyMethod } from '@app/common/glossary';

@Entity('surveys')
@Index(['projectId'])
@Index(['zoneId', 'open'])
/** the unit scorecard: closed (frozen) surveys' counters per project, read from the index alone */
@Index('idx_surveys_project_closed', ['projectId', 'open', 'satisfiedCount', 'responseCount'])
export class SurveyEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() projectId: number;
  @IdRef() zoneId: number;
  @EnumColumn() method: SurveyMethod;
  @Column({ type: 'int', default: 100 }) targetResponses: number;
  @BoolColumn({ default: true }) open: boolean;
  @Column({ type: 'int', default: 0 }) responseCount: number;
  /** responses whose OVERALL score is 4 or 5; maintained with responseCount so zone figures never scan responses */
  @Column({ type: 'int', default: 0 }) satisfiedCount: number;
  /** the frozen EvaluationResult, written when the survey closes */
  @Column({ type: 'simple-json', nullable: true }) frozenResult: Record<string, unknown> | null;
  @IdRef() createdById: number;
  @CreatedAt() createdAt: Date;
  @TimeColumn({ nullable: true }) closedAt: Date | null;
}

@Entity('survey_questions')
@Index(['surveyId', 'position'])
export class SurveyQuestionEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() surveyId: number;
  @Column({ type: 'varchar', length: 200 }) text: string;
  @EnumColumn() dimension: Dimension;
  @Column({ type: 'double', default: 1 }) weight: number;
  @Column({ type: 'int', default: 0 }) position: number;
}

/**
 * One response per person per survey (unique key). The per-dimension figures of the response are
 * stored with it so results aggregate one row per respondent.
 */
@Entity('survey_responses')
@Index(['surveyId', 'respondentId'], { unique: true })
/** one household-visit answer per phone per survey (null for online answers) */
@Index(['surveyId', 'visitPhoneHash'], { unique: true })
@Index(['zoneId', 'projectId'])
/** covers Project.evaluation: the aggregate reads this index alone */
@Index('idx_responses_project_scores', ['projectId', 'overallScore', 'implementationMean', 'fundsMean', 'processQualityMean', 'indexScore'])
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() surveyId: number;
  @IdRef() projectId: number;
  @IdRef() zoneId: number;
  @IdRef() respondentId: number;
  @IdRef({ nullable: true }) recordedById: number | null;
  /** 入户访问: a keyed hash of the phone the answer was given for (never the phone itself) */
  @Column({ type: 'varchar', length: 64, nullable: true }) visitPhoneHash: string | null;
  @EnumColumn() method: SurveyMethod;
  @Column({ type: 'int' }) overallScore: number;
  @Column({ type: 'double', nullable: true }) implementationMean: number | null;
  @Column({ type: 'double', nullable: true }) fundsMean: number | null;
  @Column({ type: 'double', nullable: true }) processQualityMean: number | null;
  @Column({ type: 'double', nullable: true }) indexScore: number | null;
  @CreatedAt() createdAt: Date;
}

@Entity('survey_answers')
@Index(['surveyId', 'questionId'])
@Index(['responseId', 'questionId'], { unique: true })
export class SurveyAnswerEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() responseId: number;
  @IdRef() surveyId: number;
  @IdRef() questionId: number;
  @Column({ type: 'int' }) score: number;
}

/** 评选, e.g. 金色纽带 — 最具创意党建项目 */
@Entity('campaigns')
@Index(['zoneId', 'id'])
export class CampaignEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 80 }) title: string;
  @BoolColumn({ default: true }) open: boolean;
  @IdRef() createdById: number;
  @CreatedAt() createdAt: Date;
  @TimeColumn({ nullable: true }) closedAt: Date | null;
}

@Entity('campaign_nominees')
export class CampaignNomineeEntity {
  @PrimaryColumn({ type: 'int' }) campaignId: number;
  @PrimaryColumn({ type: 'int' }) projectId: number;
  @Column({ type: 'int', default: 0 }) votes: number;
  @Column({ type: 'int', nullable: true }) rank: number | null;
}

/** One vote per person per campaign. */
@Entity('campaign_votes')
export class CampaignVoteEntity {
  @PrimaryColumn({ type: 'int' }) campaignId: number;
  @PrimaryColumn({ type: 'int' }) voterId: number;
  @IdRef() projectId: number;
  @CreatedAt() createdAt: Date;
}
