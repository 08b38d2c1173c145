import { SurveyResponseEntity } from '@app/evaluation/evaluation.entities';
import { wilsonInterval } from '@app/evaluation/scoring';
import { UserEntity } from '@app/auth/auth.entities';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { ProjectEntity, ProjectEventEntity } from '@app/projects/projects.entities';
import { useWorld } from '../support/suite';
import { Actor, manyResidents, nextPhone } from '../support/world';
import { acceptedNeed, COMPLETE, JOIN, Spec, Walk } from '../support/projects';
import { answersFor, CLOSE, CREATE_SURVEY, EVALUATION, officeWorkers, SUBMIT, VISIT } from './evaluation-helpers';

type Q = { id: string; text: string; dimension: string; weight: number };

describe('surveys and evaluation results', () => {
  const { t, w } = useWorld({ residents: 4 });

  const createSurvey = async (projectId: number, input: Record<string, unknown> = {}, token = w.staff.token) =>
    (await t.ok(CREATE_SURVEY, { input: { projectId: String(projectId), method: 'QUESTIONNAIRE', questions: [], ...input } }, token)).createSurvey as {
      id: string;
      questions: Q[];
      targetResponses: number;
      open: boolean;
    };
  /** A project through the pipeline: claimed by the first unit (50 000 fen pledged, 30 000 spent on 120 people), COMPLETED unless `running`. */
  const pipelineProject = async (spec: Spec = {}, funds = 50_000, reports = [{ funds: 30_000, beneficiaries: 120 }], running = false) => ({
    id: Number(
      await new Walk(t, w).started(
        { title: '楼道微更新', category: 'COMMUNITY_AFFAIRS', budgetFen: 100_000, targetBeneficiaries: 200, ...spec },
        [{ unit: 0, funds, reports }],
        !running,
      ),
    ),
  });
  const evaluation = async (projectId: number) => (await t.ok(EVALUATION, { id: String(projectId) }, w.staff.token)).project;

  describe('createSurvey', () => {
    it('gives the standard Chinese template when no questions are given, target 100', async () => {
      const p = await pipelineProject();
      const s = await createSurvey(p.id);
      expect(s.open).toBe(true);
      expect(s.targetResponses).toBe(100);
      const count = (d: string) => s.questions.filter((q) => q.dimension === d).length;
      expect([count('IMPLEMENTATION'), count('FUNDS'), count('PROCESS_QUALITY'), count('OVERALL')]).toEqual([2, 2, 2, 1]);
      expect(s.questions.every((q) => /[\u4e00-\u9fff]/.test(q.text) && q.weight === 1)).toBe(true);
      // before anyone answers, the project shows an empty live result that says the sample is short
      const e = (await evaluation(p.id)).evaluation;
      expect(e).toMatchObject({ responseCount: 0, frozen: false, belowTarget: true, targetResponses: 100 });
      expect(e.warning).toContain('样本量不足');
    });

    it('keeps given questions with their weights (default 1)', async () => {
      const p = await pipelineProject();
      const s = await createSurvey(p.id, {
        method: 'VISIT',
        targetResponses: 30,
        questions: [
          { text: '实施效果', dimension: 'IMPLEMENTATION', weight: 2.5 },
          { text: '资金效益', dimension: 'FUNDS' },
          { text: '总体满意度', dimension: 'OVERALL' },
        ],
      });
      expect(s.targetResponses).toBe(30);
      expect(s.questions.map((q) => [q.text, q.dimension, q.weight])).toEqual([
        ['实施效果', 'IMPLEMENTATION', 2.5],
        ['资金效益', 'FUNDS', 1],
        ['总体满意度', 'OVERALL', 1],
      ]);
    });

    it('refuses, each with its code', async () => {
      const p = await pipelineProject();
      const running = await pipelineProject({}, undefined, undefined, true);
      const vars = (projectId: number, questions: unknown[] = []) => ({ input: { projectId: String(projectId), method: 'QUESTIONNAIRE', questions } });
      expect(await t.code(CREATE_SURVEY, vars(p.id))).toBe('UNAUTHENTICATED');
      expect(await t.code(CREATE_SURVEY, vars(p.id), w.residents[0].token)).toBe('FORBIDDEN');
      expect(await t.code(CREATE_SURVEY, vars(p.id), w.otherStaff.token)).toBe('FORBIDDEN');
      expect(await t.code(CREATE_SURVEY, vars(999_999), w.staff.token)).toBe('NOT_FOUND');
      expect(await t.code(CREATE_SURVEY, vars(running.id), w.staff.token)).toBe('CONFLICT');
      const bad = async (questions: unknown[]) => {
        const r = await t.gql(CREATE_SURVEY, vars(p.id, questions), w.staff.token);
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions' });
      };
      await bad([{ text: '实施', dimension: 'IMPLEMENTATION' }]); // no OVERALL
      await bad([{ text: '总体一', dimension: 'OVERALL' }, { text: '总体二', dimension: 'OVERALL' }]); // two
      await bad([{ text: '实施', dimension: 'IMPLEMENTATION', weight: 0 }, { text: '总体', dimension: 'OVERALL' }]);
      await bad([{ text: '实施', dimension: 'IMPLEMENTATION', weight: -1 }, { text: '总体', dimension: 'OVERALL' }]);
      await bad([{ text: '   ', dimension: 'IMPLEMENTATION' }, { text: '总体', dimension: 'OVERALL' }]);
      const target = await t.gql(CREATE_SURVEY, { input: { ...vars(p.id).input, targetResponses: 0 } }, w.staff.token);
      expect(target.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetResponses' });
      expect(await t.ok(`query($id: ID!) { projectSurveys(projectId: $id) { id } }`, { id: String(p.id) })).toEqual({ projectSurveys: [] });
    });

    it('invites the submitters and supporters of the source needs and the volunteers, by notification', async () => {
      const [submitter, supporter, volunteer] = w.residents;
      // two source needs: the first supported by another resident, an office worker and the claiming unit's admin
      const first = await acceptedNeed(t, w.zoneId, submitter, 'COMMUNITY_AFFAIRS');
      for (const a of [supporter, w.worker, w.unitAdmins[0]]) await t.ok(`mutation($id: ID!) { supportNeed(needId: $id) { id } }`, { id: String(first) }, a.token);
      const second = await acceptedNeed(t, w.zoneId, supporter, 'COMMUNITY_AFFAIRS');
      const p = await pipelineProject({ sourceNeedIds: [String(first), String(second)] }, undefined, undefined, true);
      await t.ok(JOIN, { id: String(p.id) }, volunteer.token);
      await t.ok(COMPLETE, { id: String(p.id) }, w.staff.token);
      const s = await createSurvey(p.id);
      await t.drainJobs();
      const rows = await t.db.getRepository(NotificationEntity).find({ where: { dedupeKey: `survey-invite:${s.id}` } });
      // the claiming unit's admin supported a source need but may not score their own work: not invited
      expect(rows.map((r) => r.userId).sort((a, b) => a - b)).toEqual([submitter.id, supporter.id, volunteer.id, w.worker.id].sort((a, b) => a - b));
      const mine = await t.ok('{ myNotifications { edges { node { kind title } } } }', {}, volunteer.token);
      expect(mine.myNotifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain('survey-invite');
    });
  });

  describe('a full evaluation of a completed project by 120 respondents, online and by visit', () => {
    // 5 questions: implementation ×2 (weights 2 and 1), funds, process quality, overall
    const QUESTIONS = [
      { text: '项目按计划完成', dimension: 'IMPLEMENTATION', weight: 2 },
      { text: '项目贴合需求', dimension: 'IMPLEMENTATION', weight: 1 },
      { text: '资金公开透明', dimension: 'FUNDS', weight: 1 },
      { text: '服务质量', dimension: 'PROCESS_QUALITY', weight: 1 },
      { text: '总体满意度', dimension: 'OVERALL', weight: 1 },
    ];
    // respondent i (0..119): Q1 5 for i < 60 else 4; Q2 3; Q3 5 when i % 3 = 0 else 4; Q4 4 for i < 90 else 3;
    // overall 4/5 alternating for i < 118, then 2 and 3 → 118 of 120 satisfied
    const scores = (i: number) => [i < 60 ? 5 : 4, 3, i % 3 === 0 ? 5 : 4, i < 90 ? 4 : 3, i < 118 ? (i % 2 === 0 ? 4 : 5) : i === 118 ? 2 : 3];
    let projectId: number;
    let surveyId: string;
    let questions: Q[];
    let online: Actor[];
    let visitPhones: string[];

    beforeAll(async () => {
      projectId = (await pipelineProject({ title: '老年助餐点', category: 'PUBLIC_SERVICE' })).id;
      const s = await createSurvey(projectId, { questions: QUESTIONS });
      surveyId = s.id;
      questions = s.questions;
      online = [...(await manyResidents(t, 90, w.communityId)), ...(await officeWorkers(t, 10, w.buildingId))];
      visitPhones = Array.from({ length: 20 }, () => nextPhone());
    });

    const answersOf = (i: number) => answersFor(questions, (_q, k) => scores(i)[k]);

    it('takes 100 online answers and 20 household visits', async () => {
      for (let b = 0; b < 100; b += 25) {
        const batch = online.slice(b, b + 25);
        const results = await Promise.all(batch.map((a, k) => t.gql(SUBMIT, { surveyId, answers: answersOf(b + k) }, a.token)));
        expect(results.map((r) => r.errors?.[0]?.message ?? r.data.submitSurveyResponse)).toEqual(batch.map(() => true));
      }
      // half way (well, 100 of the 100 aimed for are in): no warning any more
      let e = (await evaluation(projectId)).evaluation;
      expect(e).toMatchObject({ responseCount: 100, belowTarget: false, warning: null });
      for (const [k, phone] of visitPhones.entries()) {
        expect(await t.ok(VISIT, { surveyId, phone, answers: answersOf(100 + k) }, w.staff.token)).toEqual({ recordVisitResponse: true });
      }
      const survey = await t.ok(`query($id: ID!) { survey(id: $id) { responseCount open project { id } } }`, { id: surveyId });
      expect(survey.survey).toEqual({ responseCount: 120, open: true, project: { id: String(projectId) } });
      // a visit opens no login account for the phones (issue 9, hole 8); each answer is recorded by the staff member
      const visited = await t.db.getRepository(UserEntity).find({ where: visitPhones.map((phone) => ({ phone })) });
      expect(visited).toHaveLength(0);
      const visitRows = await t.db.getRepository(SurveyResponseEntity).find({ where: { surveyId: Number(surveyId), method: 'VISIT' } });
      expect(visitRows).toHaveLength(20);
      expect(visitRows.every((r) => r.recordedById === w.staff.id)).toBe(true);
      e = (await evaluation(projectId)).evaluation;
      expect(e.responseCount).toBe(120);
    });

    it('reports the figures computed by hand', async () => {
      const e = (await evaluation(projectId)).evaluation;
      expect(e.responseCount).toBe(120);
      expect(e.satisfiedCount).toBe(118);
      expect(e.satisfactionRate).toBeCloseTo(118 / 120, 12);
      // Wilson 95% for 118/120
      expect(e.satisfactionInterval.low).toBeCloseTo(0.9413, 4);
      expect(e.satisfactionInterval.high).toBeCloseTo(0.9954, 4);
      const mean = (d: string) => e.dimensions.find((x: { dimension: string }) => x.dimension === d).mean;
      expect(mean('IMPLEMENTATION')).toBeCloseTo((4.5 + 3) / 2, 12); // Q1 mean 4.5, Q2 mean 3
      expect(mean('FUNDS')).toBeCloseTo((40 * 5 + 80 * 4) / 120, 12);
      expect(mean('PROCESS_QUALITY')).toBeCloseTo((90 * 4 + 30 * 3) / 120, 12);
      expect(mean('OVERALL')).toBeCloseTo((59 * 4 + 59 * 5 + 2 + 3) / 120, 12);
      // index: (2·Q1 + Q2 + Q3 + Q4) / 5 averaged = (2·4.5 + 3 + 4.3333… + 3.75) / 5
      expect(e.indexScore).toBeCloseTo((2 * 4.5 + 3 + 520 / 120 + 3.75) / 5, 12);
      expect(e.frozen).toBe(false);
    });

    it('agrees with the raw answers', async () => {
      const e = (await evaluation(projectId)).evaluation;
      const rows: { dimension: string; weight: number; score: number; responseId: number }[] = await t.db.query(
        `SELECT q.dimension AS dimension, q.weight AS weight, a.score AS score, a.response_id AS responseId
         FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id WHERE a.survey_id = ?`,
        [Number(surveyId)],
      );
      expect(rows).toHaveLength(600);
      const byDim = (d: string) => rows.filter((r) => r.dimension === d).map((r) => Number(r.score));
      const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      for (const d of ['IMPLEMENTATION', 'FUNDS', 'PROCESS_QUALITY', 'OVERALL']) {
        expect(e.dimensions.find((x: { dimension: string }) => x.dimension === d).mean).toBeCloseTo(avg(byDim(d)), 10);
      }
      const overall = byDim('OVERALL');
      expect(e.satisfiedCount).toBe(overall.filter((s) => s >= 4).length);
      expect(e.satisfactionInterval).toEqual(wilsonInterval(e.satisfiedCount, overall.length));
      const index = rows.filter((r) => r.dimension !== 'OVERALL');
      expect(e.indexScore).toBeCloseTo(index.reduce((s, r) => s + Number(r.weight) * Number(r.score), 0) / index.reduce((s, r) => s + Number(r.weight), 0), 10);
    });

    it('closing freezes the results and the project becomes EVALUATED', async () => {
      const before = (await evaluation(projectId)).evaluation;
      const closed = await t.ok(CLOSE, { id: surveyId }, w.staff.token);
      expect(closed.closeSurvey).toMatchObject({ id: surveyId, open: false, responseCount: 120 });
      expect(closed.closeSurvey.closedAt).toBeTruthy();
      const after = await evaluation(projectId);
      expect(after.status).toBe('EVALUATED');
      expect(after.evaluation.frozen).toBe(true);
      expect(after.evaluation.frozenAt).toBeTruthy();
      const { frozen: _f, frozenAt: _a, ...figures } = before;
      expect(after.evaluation).toMatchObject(figures);
      const last = await t.db.getRepository(ProjectEventEntity).findOne({ where: { projectId }, order: { id: 'DESC' } });
      expect(last).toMatchObject({ fromStatus: 'COMPLETED', toStatus: 'EVALUATED', actorId: w.staff.id });
    });

    it('after closing: no more answers, no second close, no new survey; the snapshot stays as it was', async () => {
      const late = (await manyResidents(t, 1, w.communityId))[0];
      expect(await t.code(SUBMIT, { surveyId, answers: answersOf(0) }, late.token)).toBe('CONFLICT');
      expect(await t.code(VISIT, { surveyId, phone: nextPhone(), answers: answersOf(0) }, w.staff.token)).toBe('CONFLICT');
      expect(await t.code(CLOSE, { id: surveyId }, w.staff.token)).toBe('CONFLICT');
      expect(await t.code(CREATE_SURVEY, { input: { projectId: String(projectId), method: 'QUESTIONNAIRE', questions: [] } }, w.staff.token)).toBe('CONFLICT');
      // even if rows were touched behind the platform's back, the published figures do not move
      const frozen = (await evaluation(projectId)).evaluation;
      await t.db.getRepository(SurveyResponseEntity).delete({ surveyId: Number(surveyId), respondentId: online[0].id });
      expect((await evaluation(projectId)).evaluation).toEqual(frozen);
      expect((await t.ok(`query($id: ID!) { survey(id: $id) { open responseCount } }`, { id: surveyId })).survey).toEqual({ open: false, responseCount: 120 });
    });
  });

  describe('refusals on answers', () => {
    let projectId: number;
    let surveyId: string;
    let questions: Q[];
    beforeAll(async () => {
      projectId = (await pipelineProject({}, 1000, [])).id;
      const s = await createSurvey(projectId);
      surveyId = s.id;
      questions = s.questions;
    });
    const all = (score = 5) => answersFor(questions, () => score);

    it('names the question that is missing, repeated, out of range or foreign', async () => {
      const [me] = await manyResidents(t, 1, w.communityId);
      const expectNamed = async (answers: unknown[], questionId: string) => {
        const r = await t.gql(SUBMIT, { surveyId, answers }, me.token);
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answers', questionId });
        return r.errors![0].message;
      };
      const missing = questions[3];
      const msg = await expectNamed(all().filter((a) => a.questionId !== missing.id), missing.id);
      expect(msg).toContain(missing.text);
      await expectNamed([...all(), { questionId: questions[1].id, score: 4 }], questions[1].id);
      await expectNamed(all().map((a, i) => (i === 2 ? { ...a, score: 6 } : a)), questions[2].id);
      await expectNamed(all().map((a, i) => (i === 4 ? { ...a, score: 0 } : a)), questions[4].id);
      const other = await createSurvey((await pipelineProject()).id);
      await expectNamed([...all(), { questionId: other.questions[0].id, score: 3 }], other.questions[0].id);
      // a fraction is not an Int: refused before it reaches the survey
      expect(await t.code(SUBMIT, { surveyId, answers: all().map((a, i) => (i === 0 ? { ...a, score: 4.5 } : a)) }, me.token)).toBe('BAD_USER_INPUT');
      // nothing was stored by the refusals; the corrected response goes in
      expect(await t.ok(SUBMIT, { surveyId, answers: all() }, me.token)).toEqual({ submitSurveyResponse: true });
      expect(await t.db.getRepository(SurveyResponseEntity).count({ where: { surveyId: Number(surveyId) } })).toBe(1);
    });

    it('refuses who may not answer', async () => {
      expect(await t.code(SUBMIT, { surveyId, answers: all() })).toBe('UNAUTHENTICATED');
      // no one scores their own work: the claiming unit's admin
      expect(await t.code(SUBMIT, { surveyId, answers: all() }, w.unitAdmins[0].token)).toBe('FORBIDDEN');
      // staff and the board are not respondents
      expect(await t.code(SUBMIT, { surveyId, answers: all() }, w.staff.token)).toBe('FORBIDDEN');
      expect(await t.code(SUBMIT, { surveyId, answers: all() }, w.board[0].token)).toBe('FORBIDDEN');
      expect(await t.code(SUBMIT, { surveyId: '999999', answers: all() }, w.residents[0].token)).toBe('NOT_FOUND');
      // the admin of a unit that did not claim it may answer like any resident
      expect(await t.ok(SUBMIT, { surveyId, answers: all(4) }, w.unitAdmins[1].token)).toEqual({ submitSurveyResponse: true });
    });

    it('one response per person: a second one is a CONFLICT, online or by visit', async () => {
      const [me] = await manyResidents(t, 1, w.communityId);
      await t.ok(SUBMIT, { surveyId, answers: all() }, me.token);
      expect(await t.code(SUBMIT, { surveyId, answers: all(3) }, me.token)).toBe('CONFLICT');
      expect(await t.code(VISIT, { surveyId, phone: me.phone, answers: all(3) }, w.staff.token)).toBe('CONFLICT');
      const phone = nextPhone();
      await t.ok(VISIT, { surveyId, phone, answers: all(2) }, w.staff.token);
      expect(await t.code(VISIT, { surveyId, phone, answers: all(2) }, w.staff.token)).toBe('CONFLICT');
    });

    it('refuses household visits by anyone but the zone staff, for a bad phone, or for the claiming unit', async () => {
      const phone = nextPhone();
      expect(await t.code(VISIT, { surveyId, phone, answers: all() }, w.residents[0].token)).toBe('FORBIDDEN');
      expect(await t.code(VISIT, { surveyId, phone, answers: all() }, w.otherStaff.token)).toBe('FORBIDDEN');
      const bad = await t.gql(VISIT, { surveyId, phone: '12345', answers: all() }, w.staff.token);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'respondentPhone' });
      const adminPhone = nextPhone();
      await t.db.getRepository(UserEntity).update({ id: w.unitAdmins[0].id }, { phone: adminPhone });
      expect(await t.code(VISIT, { surveyId, phone: adminPhone, answers: all() }, w.staff.token)).toBe('FORBIDDEN');
    });

    it('openSurveys lists what the caller may still answer', async () => {
      const [fresh] = await manyResidents(t, 1, w.communityId);
      const list = async (token?: string) =>
        (await t.ok(`query($z: ID!) { openSurveys(zoneId: $z) { id answeredByMe } }`, { z: String(w.zoneId) }, token)).openSurveys.map((s: { id: string }) => s.id);
      expect(await list(fresh.token)).toContain(surveyId);
      expect(await list()).toContain(surveyId);
      expect(await list(w.unitAdmins[0].token)).not.toContain(surveyId);
      await t.ok(SUBMIT, { surveyId, answers: all() }, fresh.token);
      expect(await list(fresh.token)).not.toContain(surveyId);
      const s = await t.ok(`query($id: ID!) { survey(id: $id) { answeredByMe } }`, { id: surveyId }, fresh.token);
      expect(s.survey.answeredByMe).toBe(true);
    });
  });

  describe('concurrency', () => {
    it('parallel duplicate responses store one', async () => {
      const p = await pipelineProject();
      const s = await createSurvey(p.id);
      const [me] = await manyResidents(t, 1, w.communityId);
      const results = await Promise.all(Array.from({ length: 12 }, () => t.gql(SUBMIT, { surveyId: s.id, answers: answersFor(s.questions, () => 5) }, me.token)));
      expect(results.filter((r) => r.data?.submitSurveyResponse === true)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(11);
      expect(await t.db.getRepository(SurveyResponseEntity).count({ where: { surveyId: Number(s.id) } })).toBe(1);
      const phone = nextPhone();
      const visits = await Promise.all(Array.from({ length: 6 }, () => t.gql(VISIT, { surveyId: s.id, phone, answers: answersFor(s.questions, () => 4) }, w.staff.token)));
      expect(visits.filter((r) => r.data?.recordVisitResponse === true)).toHaveLength(1);
      expect(visits.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(5);
      expect(await t.db.getRepository(SurveyResponseEntity).count({ where: { surveyId: Number(s.id) } })).toBe(2);
      const survey = await t.ok(`query($id: ID!) { survey(id: $id) { responseCount } }`, { id: s.id });
      expect(survey.survey.responseCount).toBe(2);
    });

    it('a close racing with answers freezes exactly the answers stored', async () => {
      const p = await pipelineProject();
      const s = await createSurvey(p.id);
      const people = await manyResidents(t, 40, w.communityId);
      const answers = (i: number) => answersFor(s.questions, () => (i % 5) + 1);
      const submits = people.map((a, i) => t.gql(SUBMIT, { surveyId: s.id, answers: answers(i) }, a.token));
      const close = new Promise((r) => setTimeout(r, 15)).then(() => t.gql(CLOSE, { id: s.id }, w.staff.token));
      const results = await Promise.all([...submits, close]);
      const codes = results.slice(0, 40).map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK'));
      expect(codes.every((c) => c === 'OK' || c === 'CONFLICT')).toBe(true);
      expect(results[40].errors).toBeUndefined();
      const stored = await t.db.getRepository(SurveyResponseEntity).count({ where: { surveyId: Number(s.id) } });
      expect(stored).toBe(codes.filter((c) => c === 'OK').length);
      const e = (await evaluation(p.id)).evaluation;
      expect(e.frozen).toBe(true);
      expect(e.responseCount).toBe(stored);
      const satisfied = await t.db.getRepository(SurveyResponseEntity).count({ where: { surveyId: Number(s.id), overallScore: 4 } }) +
        (await t.db.getRepository(SurveyResponseEntity).count({ where: { surveyId: Number(s.id), overallScore: 5 } }));
      expect(e.satisfiedCount).toBe(satisfied);
      expect((await t.db.getRepository(ProjectEntity).findOneByOrFail({ id: p.id })).status).toBe('EVALUATED');
    });
  });
});
