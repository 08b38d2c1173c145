import { DataSource, EntityManager, In } from 'typeorm';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { Role, SurveyMethod } from '@app/common/glossary';
import { BuildingEntity, CommunityEntity } from '@app/org/org.entities';
import { applyProjectMove } from '@app/projects/project-state';
import { ProjectEntity } from '@app/projects/projects.entities';
import {
  CampaignEntity,
  CampaignNomineeEntity,
  CampaignVoteEntity,
  SurveyAnswerEntity,
  SurveyEntity,
  SurveyQuestionEntity,
  SurveyResponseEntity,
} from './evaluation.entities';
import { EvaluationResultsService } from './evaluation-results.service';
import { SATISFIED_FROM, scoreResponse } from './scoring';
import { STANDARD_QUESTIONS } from './survey-template';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['建国', '秀英', '志强', '桂兰', '海燕', '晓明', '丽华', '文杰', '玉珍', '家豪', '佳怡', '子涵'];
/** how often (in 10) each index dimension scores 5; the rest mostly 4 */
const FIVES: Record<string, number> = { IMPLEMENTATION: 8, FUNDS: 6, PROCESS_QUALITY: 7 };
export const CAMPAIGN_TITLE = '金色纽带 — 最具创意党建项目';

/**
 * Demo step (after the projects step): for the COMPLETED projects it left, a closed survey of 120
 * residents and office workers (118 satisfied, ≈98%) on the first, which becomes EVALUATED; an
 * open one with 64 responses (below its target of 100) on the second; the third, if any, waits
 * for staff to open a survey. Then one campaign, 金色纽带 — 最具创意党建项目, with some votes.
 * Respondents are demo people with phones 13700000001…; the demo sign-in accounts are left free
 * to answer themselves.
 */
export async function seedDemoEvaluation(db: DataSource, zoneId: number): Promise<void> {
  const staff = await db.getRepository(UserEntity).findOneBy({ username: 'staff' });
  if (!staff) return;
  const projects = await db.getRepository(ProjectEntity).find({ where: { zoneId, status: In(['COMPLETED', 'EVALUATED']) }, order: { id: 'ASC' } });
  if (!projects.length) return;
  const people = await demoRespondents(db, zoneId, 120);
  const results = new EvaluationResultsService(db);

  const completed = projects.filter((p) => p.status === 'COMPLETED');
  if (completed[0]) {
    await db.transaction(async (m) => {
      const survey = await surveyWithResponses(m, completed[0], staff.id, people, (i) => (i === 17 ? 3 : i === 71 ? 2 : i % 3 === 0 ? 4 : 5));
      const now = new Date();
      await m.update(SurveyEntity, { id: survey.id }, { open: false, closedAt: now });
      await applyProjectMove(m, completed[0].id, 'evaluate', staff.id, `满意度问卷 #${survey.id} 结束,评估结果已冻结`);
      const live = await results.liveResult(m, completed[0].id);
      await m
        .createQueryBuilder()
        .update(SurveyEntity)
        .set({ frozenResult: { ...live, frozen: true, frozenAt: now.toISOString() } as unknown as Record<string, unknown> })
        .where('id = :id', { id: survey.id })
        .execute();
    });
  }
  if (completed[1]) {
    await db.transaction(async (m) => {
      await surveyWithResponses(m, completed[1], staff.id, people.slice(0, 64), (i) => (i === 40 ? 3 : i % 4 === 0 ? 4 : 5));
    });
  }

  const nominees = await db.getRepository(ProjectEntity).find({ where: { zoneId, status: In(['COMPLETED', 'EVALUATED']) }, order: { id: 'ASC' } });
  await db.transaction(async (m) => {
    const c = await m.getRepository(CampaignEntity).save(m.getRepository(CampaignEntity).create({ zoneId, title: CAMPAIGN_TITLE, open: true, createdById: staff.id, closedAt: null }));
    const votes = people.slice(0, 90).map((p, i) => ({ campaignId: c.id, voterId: p.id, projectId: nominees[[0, 0, 1, 0, 2, 1, 0][i % 7] % nominees.length].id }));
    await m.getRepository(CampaignVoteEntity).insert(votes);
    await m.getRepository(CampaignNomineeEntity).insert(
      nominees.map((n) => ({ campaignId: c.id, projectId: n.id, votes: votes.filter((v) => v.projectId === n.id).length, rank: null })),
    );
  });
}

/** Residents of the zone's communities and office workers of its buildings, inserted in bulk. */
async function demoRespondents(db: DataSource, zoneId: number, n: number): Promise<UserEntity[]> {
  const communities = await db.getRepository(CommunityEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  const buildings = await db.getRepository(BuildingEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  const phones = Array.from({ length: n }, (_, i) => `137${String(i + 1).padStart(8, '0')}`);
  const existing = await db.getRepository(UserEntity).find({ where: { phone: In(phones) } });
  const have = new Set(existing.map((u) => u.phone));
  const rows = phones
    .map((phone, i) => ({ phone, i }))
    .filter((x) => !have.has(x.phone))
    .map(({ phone, i }) => {
      const worker = i % 4 === 3 && buildings.length > 0;
      return {
        phone,
        displayName: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
        communityId: worker || !communities.length ? null : communities[i % communities.length].id,
        buildingId: worker ? buildings[i % buildings.length].id : null,
        specialties: [],
        isPartyMember: i % 5 === 0,
      };
    });
  if (rows.length) {
    await db.getRepository(UserEntity).insert(rows);
    const made = await db.getRepository(UserEntity).find({ where: { phone: In(rows.map((r) => r.phone)) } });
    await db.getRepository(UserRoleEntity).insert(made.map((u) => ({ userId: u.id, role: u.buildingId ? Role.WHITE_COLLAR : Role.RESIDENT, zoneId: null })));
  }
  const all = await db.getRepository(UserEntity).find({ where: { phone: In(phones) } });
  return phones.map((p) => all.find((u) => u.phone === p)!).filter(Boolean);
}

/** A survey on the standard questionnaire with one response per person (every 6th a household visit). */
async function surveyWithResponses(m: EntityManager, project: ProjectEntity, staffId: number, people: UserEntity[], overall: (i: number) => number): Promise<SurveyEntity> {
  const survey = await m.getRepository(SurveyEntity).save(
    m.getRepository(SurveyEntity).create({
      projectId: project.id,
      zoneId: project.zoneId,
      method: SurveyMethod.QUESTIONNAIRE,
      targetResponses: 100,
      open: true,
      responseCount: 0,
      satisfiedCount: 0,
      frozenResult: null,
      createdById: staffId,
      closedAt: null,
    }),
  );
  await m.getRepository(SurveyQuestionEntity).insert(STANDARD_QUESTIONS.map((q, position) => ({ surveyId: survey.id, text: q.text, dimension: q.dimension, weight: q.weight, position })));
  const questions = await m.getRepository(SurveyQuestionEntity).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } });
  const answersOf = people.map((_, i) =>
    questions.map((q, k) => ({
      questionId: q.id,
      score: q.dimension === 'OVERALL' ? overall(i) : (i * 7 + k * 3) % 10 < FIVES[q.dimension] ? 5 : (i * 13 + k) % 37 === 0 ? 3 : 4,
    })),
  );
  const scores = answersOf.map((answers) => scoreResponse(questions.map((q) => ({ id: q.id, text: q.text, dimension: q.dimension, weight: q.weight })), answers));
  await m.getRepository(SurveyResponseEntity).insert(
    people.map((p, i) => ({
      surveyId: survey.id,
      projectId: project.id,
      zoneId: project.zoneId,
      respondentId: p.id,
      recordedById: i % 6 === 5 ? staffId : null,
      method: i % 6 === 5 ? SurveyMethod.VISIT : SurveyMethod.QUESTIONNAIRE,
      ...scores[i],
    })),
  );
  const stored = await m.getRepository(SurveyResponseEntity).find({ where: { surveyId: survey.id }, select: ['id', 'respondentId'] });
  const idOf = new Map(stored.map((r) => [r.respondentId, r.id]));
  const answerRows = people.flatMap((p, i) => answersOf[i].map((a) => ({ responseId: idOf.get(p.id)!, surveyId: survey.id, questionId: a.questionId, score: a.score })));
  for (let i = 0; i < answerRows.length; i += 500) await m.getRepository(SurveyAnswerEntity).insert(answerRows.slice(i, i + 500));
  const satisfied = scores.filter((s) => s.overallScore >= SATISFIED_FROM).length;
  await m.update(SurveyEntity, { id: survey.id }, { responseCount: people.length, satisfiedCount: satisfied });
  return survey;
}
