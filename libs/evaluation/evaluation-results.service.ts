import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { LoaderKey } from '@app/common/loaders';
import { marks, selectEntitiesIn, selectRows } from '@app/database/rows';
import { SurveyEntity, SurveyResponseEntity } from './evaluation.entities';
import type { StoredResult } from './models/evaluation.models';
import { resultFromSums, ResponseSums, SATISFIED_FROM } from './scoring';

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * Project.evaluation: one SQL aggregate over the project's survey_responses rows (each row already
 * carries its overall score, dimension means and index score), or the snapshot frozen when its
 * survey closed. Responses are never loaded into memory.
 *
 * A project may have several surveys (say, an online questionnaire and household visits): its
 * result pools the responses of all of them, and closing any one closes and freezes them all.
 */
@Injectable()
export class EvaluationResultsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  readonly resultByProject = new LoaderKey<number, StoredResult | null>('evaluationByProject', (ids) => this.resultsFor([...ids]));

  /** Results for each project, in order: frozen snapshot, live aggregate, or null without a survey. */
  async resultsFor(projectIds: number[], m: EntityManager = this.db.manager): Promise<(StoredResult | null)[]> {
    if (!projectIds.length) return [];
    const surveys = await selectEntitiesIn(m, SurveyEntity, 'project_id', projectIds, 'a.id ASC');
    const frozen = new Map<number, StoredResult>();
    const target = new Map<number, number>();
    for (const s of surveys) {
      target.set(s.projectId, Math.max(target.get(s.projectId) ?? 0, s.targetResponses));
      if (s.frozenResult) frozen.set(s.projectId, s.frozenResult as unknown as StoredResult);
    }
    const live = [...target.keys()].filter((id) => !frozen.has(id));
    const sums = await this.sumsByProject(live, m);
    return projectIds.map((id) => {
      const f = frozen.get(id);
      if (f) return f;
      if (!target.has(id)) return null;
      return { ...resultFromSums(sums.get(id) ?? emptySums(), target.get(id)!), frozen: false, frozenAt: null };
    });
  }

  /** The live figures of one project (closeSurvey freezes these). */
  async liveResult(m: EntityManager, projectId: number): Promise<StoredResult> {
    const surveys = await m.getRepository(SurveyEntity).find({ where: { projectId }, select: ['id', 'targetResponses'] });
    const target = Math.max(0, ...surveys.map((s) => s.targetResponses));
    const sums = (await this.sumsByProject([projectId], m)).get(projectId) ?? emptySums();
    return { ...resultFromSums(sums, target), frozen: false, frozenAt: null };
  }

  /** COUNT, satisfied count and the sums for the means: one GROUP BY over survey_responses. */
  async sumsByProject(projectIds: number[], m: EntityManager = this.db.manager): Promise<Map<number, ResponseSums>> {
    const out = new Map<number, ResponseSums>();
    if (!projectIds.length) return out;
    const rows = await selectRows<Record<string, unknown>>(
      m,
      `SELECT r.project_id AS projectId, COUNT(*) AS responses, SUM(CASE WHEN r.overall_score >= ? THEN 1 ELSE 0 END) AS satisfied,` +
        ` SUM(r.overall_score) AS overallSum, SUM(r.implementation_mean) AS implementationSum, COUNT(r.implementation_mean) AS implementationCount,` +
        ` SUM(r.funds_mean) AS fundsSum, COUNT(r.funds_mean) AS fundsCount, SUM(r.process_quality_mean) AS processQualitySum,` +
        ` COUNT(r.process_quality_mean) AS processQualityCount, SUM(r.index_score) AS indexSum, COUNT(r.index_score) AS indexCount` +
        ` FROM survey_responses r WHERE r.project_id IN (${marks(projectIds.length)}) GROUP BY r.project_id`,
      [SATISFIED_FROM, ...projectIds],
    );
    for (const r of rows) {
      out.set(Number(r.projectId), {
        responses: num(r.responses),
        satisfied: num(r.satisfied),
        overallSum: num(r.overallSum),
        implementationSum: num(r.implementationSum),
        implementationCount: num(r.implementationCount),
        fundsSum: num(r.fundsSum),
        fundsCount: num(r.fundsCount),
        processQualitySum: num(r.processQualitySum),
        processQualityCount: num(r.processQualityCount),
        indexSum: num(r.indexSum),
        indexCount: num(r.indexCount),
      });
    }
    return out;
  }
}

export const emptySums = (): ResponseSums => ({
  responses: 0,
  satisfied: 0,
  overallSum: 0,
  implementationSum: 0,
  implementationCount: 0,
  fundsSum: 0,
  fundsCount: 0,
  processQualitySum: 0,
  processQualityCount: 0,
  indexSum: 0,
  indexCount: 0,
});
