import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Env } from '@config/env';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { clock } from '@app/common/clock';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError } from '@app/common/errors';
import { Dimension, label, ProjectStatus, Role, SurveyMethod } from '@app/common/glossary';
import { LoaderKey, byKeys, groupByKeys } from '@app/common/loaders';
import type { Principal } from '@app/common/request-context';
import { checkPhone, cleanText } from '@app/common/text';
import { assertZoneRole, hasZoneRole } from '@app/common/access';
import { AuthService } from '@app/auth/auth.service';
import { UsersService } from '@app/auth/users.service';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NeedReads } from '@app/needs/need-reads';
import { assertProjectAction } from '@app/projects/project-actions';
import { applyProjectMove, stateConflict } from '@app/projects/project-state';
import { inTransaction } from '@app/database/transaction';
import type { ProjectEntity } from '@app/projects/projects.entities';
import { ProjectReads } from '@app/projects/project-reads';
import { SurveyAnswerEntity, SurveyEntity, SurveyQuestionEntity, SurveyResponseEntity } from './evaluation.entities';
import { alreadyAnswered, answerError, notARespondent, notOfZone, ownWork, surveyClosed } from './evaluation.errors';
import { EvaluationResultsService } from './evaluation-results.service';
import { GivenAnswer, ResponseScore, SATISFIED_FROM, scoreResponse } from './scoring';
import { STANDARD_QUESTIONS } from './survey-template';
import { QUESTION_MAX } from './dto/evaluation.inputs';

export interface QuestionSpec {
  text: string;
  dimension: Dimension;
  weight?: number | null;
}

/** Who answers surveys: residents and office workers (and unit admins, who may do what residents may). */
/** Staff, board members, the party committee and admins of a zone: they run it, they do not score or vote in it. */
export function isCouncilOf(p: Principal, zoneId: number): boolean {
  return hasZoneRole(p, zoneId, [Role.COUNCIL_STAFF, Role.BOARD_MEMBER, Role.PARTY_COMMITTEE]);
}

export function isRespondent(p: Principal, zoneId: number): boolean {
  if (isCouncilOf(p, zoneId)) return false;
  return p.grants.some(
    (g) => g.role === Role.RESIDENT || g.role === Role.WHITE_COLLAR || (g.role === Role.UNIT_ADMIN && (g.zoneId === null || g.zoneId === zoneId)),
  );
}

const MAX_WEIGHT = 1000;

/**
 * Surveys (满意度问卷) of completed projects: creation with invitations, online answers, household
 * visits recorded by staff, and closing, which freezes the results and marks the project EVALUATED.
 */
@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly auth: AuthService,
    private readonly results: EvaluationResultsService,
    private readonly env: Env,
    private readonly projects: ProjectReads,
    private readonly needs: NeedReads,
    private readonly users: UsersService,
  ) {}

  readonly surveyById = new LoaderKey<number, SurveyEntity | null>('surveyById', async (ids) =>
    byKeys(ids, await this.db.getRepository(SurveyEntity).findBy({ id: In([...ids]) }), (s) => s.id),
  );
  readonly questionsBySurvey = new LoaderKey<number, SurveyQuestionEntity[]>('questionsBySurvey', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(SurveyQuestionEntity).find({ where: { surveyId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } }), (q) => q.surveyId),
  );
  /** key `${userId}:${surveyId}` */
  readonly answeredBy = new LoaderKey<string, boolean>('surveyAnsweredBy', async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number));
    const rows = await this.db.getRepository(SurveyResponseEntity).find({
      where: pairs.map(([respondentId, surveyId]) => ({ respondentId, surveyId })),
      select: ['surveyId', 'respondentId'],
    });
    const seen = new Set(rows.map((r) => `${r.respondentId}:${r.surveyId}`));
    return keys.map((k) => seen.has(k));
  });
  readonly projectById = new LoaderKey<number, ProjectEntity | null>('evaluationProjectById', async (ids) =>
    byKeys(ids, await this.projects.projects([...ids]), (p) => p.id),
  );

  findSurvey(id: number): Promise<SurveyEntity | null> {
    return this.db.getRepository(SurveyEntity).findOneBy({ id });
  }

  async survey(id: number): Promise<SurveyEntity> {
    const s = await this.findSurvey(id);
    if (!s) throw new NotFoundError('Survey', id);
    return s;
  }

  async projectSurveys(projectId: number): Promise<SurveyEntity[]> {
    const [project] = await this.projects.projects([projectId], ['id']);
    if (!project) throw new NotFoundError('Project', projectId);
    return this.db.getRepository(SurveyEntity).find({ where: { projectId }, order: { id: 'ASC' } });
  }

  /**
   * Open surveys of the zone, newest first. For a signed-in person, only those they may still
   * answer: not yet answered, and not about a project their unit claimed.
   */
  async openSurveys(zoneId: number, viewer: Principal | null): Promise<SurveyEntity[]> {
    const qb = this.db
      .getRepository(SurveyEntity)
      .createQueryBuilder('s')
      .where('s.zone_id = :zoneId AND s.`open` = :open', { zoneId, open: true })
      .orderBy('s.id', 'DESC')
      .limit(100);
    if (viewer) {
      qb.andWhere('NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = s.id AND r.respondent_id = :viewerId)', { viewerId: viewer.id });
      if (viewer.unitId) {
        qb.andWhere('NOT EXISTS (SELECT 1 FROM project_claims c WHERE c.project_id = s.project_id AND c.unit_id = :unitId)', { unitId: viewer.unitId });
      }
    }
    return qb.getMany();
  }

  /** createSurvey: staff of the zone, for a COMPLETED project; invites the people the project served. */
  async createSurvey(
    viewer: Principal,
    input: { projectId: number; method: SurveyMethod; questions: QuestionSpec[]; targetResponses?: number | null },
  ): Promise<SurveyEntity> {
    const project = await this.projects.project(input.projectId);
    if (!project) throw new NotFoundError('Project', input.projectId);
    assertProjectAction('createSurvey', viewer, project);
    const questions = checkQuestions(input.questions);
    const target = input.targetResponses ?? 100;
    if (!Number.isInteger(target) || target < 1 || target > 100_000) {
      throw new BadInputError('targetResponsesRange', 'targetResponses', { max: 100_000 });
    }

    return inTransaction(this.db, async (m) => {
      const survey = await m.getRepository(SurveyEntity).save(
        m.getRepository(SurveyEntity).create({
          projectId: project.id,
          zoneId: project.zoneId,
          method: input.method,
          targetResponses: target,
          open: true,
          responseCount: 0,
          satisfiedCount: 0,
          frozenResult: null,
          createdById: viewer.id,
          closedAt: null,
        }),
      );
      await m.getRepository(SurveyQuestionEntity).insert(questions.map((q, position) => ({ surveyId: survey.id, text: q.text, dimension: q.dimension, weight: q.weight, position })));
      const invited = await this.invitees(m, project.id);
      if (invited.length) {
        await this.jobs.enqueue(m, JobName.Notify, {
          userIds: invited,
          zoneId: project.zoneId,
          kind: 'survey-invite',
          title: `邀请您评价项目「${project.title}」`,
          body: `项目「${project.title}」已完成，诚邀您参加满意度评价（${label('SurveyMethod', input.method)}，共 ${questions.length} 题，每题 1–5 分，每人一次）。`,
          link: `/surveys/${survey.id}`,
          dedupeKey: `survey-invite:${survey.id}`,
        });
      }
      return survey;
    });
  }

  /**
   * The people the project served: submitters and supporters of its source needs and its
   * volunteers, except accounts of the units that claimed it (they may not score their own work).
   */
  private async invitees(m: EntityManager, projectId: number): Promise<number[]> {
    const [behind, volunteers, units] = await Promise.all([this.needs.peopleBehindProject(projectId, m), this.projects.volunteerIds(projectId, m), this.projects.claimingUnitIds(projectId, m)]);
    const ids = new Set<number>([...behind, ...volunteers]);
    for (const id of await this.users.accountsOfUnits([...ids], units, m)) ids.delete(id);
    return [...ids].sort((a, b) => a - b);
  }

  /** submitSurveyResponse: a signed-in resident or office worker, once, while the survey is open. */
  async submitResponse(viewer: Principal, surveyId: number, answers: { questionId: string; score: number }[]): Promise<void> {
    const survey = await this.survey(surveyId);
    if (!isRespondent(viewer, survey.zoneId)) throw notARespondent();
    await this.assertNotOwnWork(survey.projectId, viewer.unitId);
    if (!(await this.isPersonOfZone(viewer.id, survey))) throw notOfZone();
    if (!survey.open) throw surveyClosed(survey.id);
    const score = scoreResponse(await this.scoredQuestions(survey.id), parseAnswers(answers));
    await this.store(survey, viewer.id, null, SurveyMethod.QUESTIONNAIRE, score, answers);
  }

  /** recordVisitResponse: staff of the zone enter a household-visit answer for the person with that phone. */
  async recordVisitResponse(viewer: Principal, surveyId: number, phone: string, answers: { questionId: string; score: number }[]): Promise<void> {
    const survey = await this.survey(surveyId);
    assertZoneRole(viewer, survey.zoneId, [Role.COUNCIL_STAFF], '录入入户访问');
    const respondentPhone = checkPhone(phone, 'respondentPhone');
    if (!survey.open) throw surveyClosed(survey.id);
    const score = scoreResponse(await this.scoredQuestions(survey.id), parseAnswers(answers));
    // the person with that phone if they have an account; otherwise a record that cannot sign in
    const known = await this.users.byPhone(respondentPhone);
    if (known) await this.assertNotOwnWork(survey.projectId, known.unitId);
    const visitPhoneHash = createHash('sha256').update(`${this.env.JWT_SECRET}:visit:${respondentPhone}`).digest('hex');
    if (await this.db.getRepository(SurveyResponseEntity).existsBy({ surveyId: survey.id, visitPhoneHash })) throw alreadyAnswered();
    const respondentId = known?.id ?? (await this.users.visitRespondent());
    await this.store(survey, respondentId, viewer.id, SurveyMethod.VISIT, score, answers, visitPhoneHash);
  }

  /**
   * People of the zone: invitees of the survey's project, people whose profile places them in the
   * zone (community, building, or the unit they work for), and people who took part in its needs.
   */
  private async isPersonOfZone(userId: number, survey: SurveyEntity): Promise<boolean> {
    const zoneId = survey.zoneId;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM users u
         LEFT JOIN communities c ON c.id = u.community_id
         LEFT JOIN buildings b ON b.id = u.building_id
         LEFT JOIN member_units mu ON mu.id = u.unit_id
        WHERE u.id = ? AND (c.zone_id = ? OR b.zone_id = ? OR mu.zone_id = ?
          OR EXISTS (SELECT 1 FROM needs n WHERE n.zone_id = ? AND n.submitter_id = u.id)
          OR EXISTS (SELECT 1 FROM need_supports s JOIN needs n2 ON n2.id = s.need_id WHERE n2.zone_id = ? AND s.user_id = u.id))`,
      [userId, zoneId, zoneId, zoneId, zoneId, zoneId],
    );
    if (rows.length) return true;
    return (await this.invitees(this.db.manager, survey.projectId)).includes(userId);
  }

  private async scoredQuestions(surveyId: number) {
    const qs = await this.db.getRepository(SurveyQuestionEntity).find({ where: { surveyId }, order: { position: 'ASC', id: 'ASC' } });
    return qs.map((q) => ({ id: q.id, text: q.text, dimension: q.dimension, weight: Number(q.weight) }));
  }

  private async assertNotOwnWork(projectId: number, unitId: number | null): Promise<void> {
    if (!unitId) return;
    if (await this.projects.unitClaimed(projectId, unitId)) throw ownWork();
  }

  /**
   * One response with its answers. The survey row is bumped first (conditional on `open`, so a
   * closed survey takes nothing and closeSurvey waits for responses in flight); the unique key
   * (survey_id, respondent_id) makes a second response from the same person a CONFLICT.
   */
  private async store(
    survey: SurveyEntity,
    respondentId: number,
    recordedById: number | null,
    method: SurveyMethod,
    score: ResponseScore,
    answers: { questionId: string; score: number }[],
    visitPhoneHash: string | null = null,
  ): Promise<void> {
    const satisfied = score.overallScore >= SATISFIED_FROM ? 1 : 0;
    try {
      await inTransaction(this.db, async (m) => {
        const bumped = await m
          .createQueryBuilder()
          .update(SurveyEntity)
          .set({ responseCount: () => 'response_count + 1', satisfiedCount: () => `satisfied_count + ${satisfied}` })
          .where('id = :id AND `open` = :open', { id: survey.id, open: true })
          .execute();
        if (!bumped.affected) throw surveyClosed(survey.id);
        const inserted = await m.getRepository(SurveyResponseEntity).insert({
          surveyId: survey.id,
          projectId: survey.projectId,
          zoneId: survey.zoneId,
          respondentId,
          recordedById,
          visitPhoneHash,
          method,
          ...score,
        });
        const responseId = Number(inserted.identifiers[0].id);
        await m.getRepository(SurveyAnswerEntity).insert(answers.map((a) => ({ responseId, surveyId: survey.id, questionId: Number(a.questionId), score: a.score })));
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw alreadyAnswered();
      throw e;
    }
  }

  /**
   * closeSurvey: staff of the zone. Closes the project's open surveys, moves the project
   * COMPLETED → EVALUATED and stores the frozen result on its surveys, in one transaction.
   */
  async closeSurvey(viewer: Principal, surveyId: number): Promise<SurveyEntity> {
    const survey = await this.survey(surveyId);
    assertZoneRole(viewer, survey.zoneId, [Role.COUNCIL_STAFF], '结束问卷');
    await inTransaction(this.db, async (m) => {
      const now = clock.now();
      // locking writes first: they wait for responses in flight, so the aggregate below sees them all
      const closed = await m
        .createQueryBuilder()
        .update(SurveyEntity)
        .set({ open: false, closedAt: now })
        .where('id = :id AND `open` = :open', { id: survey.id, open: true })
        .execute();
      if (!closed.affected) throw new ConflictError('surveyAlreadyClosed', { surveyId: String(survey.id) });
      await m
        .createQueryBuilder()
        .update(SurveyEntity)
        .set({ open: false, closedAt: now })
        .where('project_id = :projectId AND `open` = :open', { projectId: survey.projectId, open: true })
        .execute();
      await applyProjectMove(m, survey.projectId, 'evaluate', viewer.id, `满意度问卷 #${survey.id} 结束,评估结果已冻结`);
      const live = await this.results.liveResult(m, survey.projectId);
      await m
        .createQueryBuilder()
        .update(SurveyEntity)
        .set({ frozenResult: { ...live, frozen: true, frozenAt: now.toISOString() } as unknown as Record<string, unknown> })
        .where('project_id = :projectId', { projectId: survey.projectId })
        .execute();
    });
    return this.survey(survey.id);
  }
}

/** The questions of a new survey: the standard template when none are given. */
export function checkQuestions(input: QuestionSpec[]): { text: string; dimension: Dimension; weight: number }[] {
  if (!input.length) return STANDARD_QUESTIONS.map((q) => ({ ...q }));
  const out = input.map((q, i) => {
    const text = cleanText(q.text, 'questions', `第 ${i + 1} 题`, 1, QUESTION_MAX);
    if (!Object.values(Dimension).includes(q.dimension)) throw new BadInputError('questionDimension', 'questions', { number: i + 1 });
    const weight = q.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0 || weight > MAX_WEIGHT) {
      throw new BadInputError('questionWeight', 'questions', { number: i + 1, max: MAX_WEIGHT });
    }
    return { text, dimension: q.dimension, weight };
  });
  const overall = out.filter((q) => q.dimension === Dimension.OVERALL).length;
  if (overall !== 1) {
    throw new BadInputError('oneOverallQuestion', 'questions', { found: overall });
  }
  return out;
}

function parseAnswers(answers: { questionId: string; score: number }[]): GivenAnswer[] {
  return answers.map((a) => {
    const id = Number(a.questionId);
    if (!Number.isSafeInteger(id) || id <= 0) throw answerError('answerBadId', String(a.questionId));
    return { questionId: id, score: a.score };
  });
}
