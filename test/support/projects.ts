import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { Role } from '@app/common/glossary';
import { inTransaction } from '@app/database/transaction';
import { NeedEntity, needRow } from '@app/needs/needs.entities';
import { bumpMenuCounter, bumpNeedCounter } from '@app/needs/need-state';
import { TestApp } from './harness';
import { Actor, nextPhone, World } from './world';

/** Every field of a project a client may ask for, nested ones included. */
export const PROJECT_FIELDS = `
  id title description category status budgetFen targetBeneficiaries claimLimit claimCount
  volunteerCount partyMemberVolunteerCount resolutionRound nextMoves fundsSpentFen beneficiaries
  zone { id name }
  sourceNeeds { id title status }
  votes { choice voter { id displayName } }
  claims { id pledge pledgedFundsFen pledgedVolunteers createdAt unit { id name } }
  progress { id note percent fundsSpentFen beneficiaries latest at unit { id name } }
  timeline { from to comment at returned actor { id displayName } }
`;

export const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const PROPOSE = `mutation($id: ID!, $comment: String) { proposeProject(projectId: $id, comment: $comment) { ${PROJECT_FIELDS} } }`;
export const VOTE = `mutation($id: ID!, $choice: VoteChoice!) { castVote(projectId: $id, choice: $choice) { ${PROJECT_FIELDS} } }`;
export const CLOSE = `mutation($id: ID!) { closeResolution(projectId: $id) { ${PROJECT_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $decision: Decision!, $comment: String!) { decideProject(projectId: $id, decision: $decision, comment: $comment) { ${PROJECT_FIELDS} } }`;
export const PUBLISH = `mutation($id: ID!) { publishProject(projectId: $id) { ${PROJECT_FIELDS} } }`;
export const CLAIM = `mutation($id: ID!, $unitId: ID!, $pledge: String!, $funds: Int, $volunteers: Int) {
  claimProject(projectId: $id, unitId: $unitId, pledge: $pledge, pledgedFundsFen: $funds, pledgedVolunteers: $volunteers) { ${PROJECT_FIELDS} } }`;
export const START = `mutation($id: ID!) { startProject(projectId: $id) { ${PROJECT_FIELDS} } }`;
export const REPORT = `mutation($id: ID!, $unitId: ID!, $note: String!, $percent: Int!, $funds: Int!, $beneficiaries: Int!) {
  reportProgress(projectId: $id, unitId: $unitId, note: $note, percent: $percent, fundsSpentFen: $funds, beneficiaries: $beneficiaries) { ${PROJECT_FIELDS} } }`;
export const JOIN = `mutation($id: ID!) { joinProject(projectId: $id) { ${PROJECT_FIELDS} } }`;
export const COMPLETE = `mutation($id: ID!) { completeProject(projectId: $id) { ${PROJECT_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!, $comment: String!) { cancelProject(projectId: $id, comment: $comment) { ${PROJECT_FIELDS} } }`;
export const CREATE_SURVEY = `mutation($input: SurveyInput!) { createSurvey(input: $input) { id questions { id } } }`;
export const VISIT = `mutation($surveyId: ID!, $phone: String!, $answers: [AnswerInput!]!) { recordVisitResponse(surveyId: $surveyId, respondentPhone: $phone, answers: $answers) }`;
export const CLOSE_SURVEY = `mutation($id: ID!) { closeSurvey(surveyId: $id) { id } }`;
export const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;

let needSeq = 0;

/**
 * An ACCEPTED need of the zone, put straight into the database with its counters kept right
 * (the pipeline test makes its needs over HTTP instead).
 */
export async function acceptedNeed(
  t: TestApp,
  zoneId: number,
  submitter: Actor,
  category = 'CULTURE_SHARING',
  place: { communityId?: number | null; buildingId?: number | null } = {},
): Promise<number> {
  // through the app's inTransaction: on SQLite (one shared connection) several made at once take turns
  return inTransaction(t.db, async (m) => {
    const n = await m.getRepository(NeedEntity).save(
      needRow({
        zoneId,
        kind: 'GOLDEN_IDEA',
        channel: 'APP',
        title: `测试需求 ${++needSeq}`,
        content: '希望开设智能手机培训班,帮助老人使用微信',
        status: 'ACCEPTED',
        category: category as never,
        submitterId: submitter.id,
        communityId: place.communityId ?? null,
        buildingId: place.buildingId ?? null,
      }),
    );
    await bumpMenuCounter(m, zoneId, category, +1);
    await bumpNeedCounter(m, { zoneId, status: 'ACCEPTED', kind: 'GOLDEN_IDEA', category, channel: 'APP' }, +1);
    return n.id;
  });
}

export interface Input {
  zoneId: string;
  title: string;
  description: string;
  category: string;
  sourceNeedIds: string[];
  budgetFen: number;
  targetBeneficiaries: number;
  claimLimit?: number | null;
}

/** A project's input, and where its source need (made here unless sourceNeedIds are given) is. */
export interface Spec extends Partial<Input> {
  communityId?: number | null;
  buildingId?: number | null;
}

export async function draftInput(t: TestApp, w: World, spec: Spec = {}): Promise<Input> {
  const { communityId, buildingId, ...overrides } = spec;
  const needId = overrides.sourceNeedIds ? null : await acceptedNeed(t, w.zoneId, w.residents[0], overrides.category, { communityId, buildingId });
  return {
    zoneId: String(w.zoneId),
    title: '白领课堂:上海话教学',
    description: '组织楼宇白领志愿者每周为新上海人开设上海话课程',
    category: 'CULTURE_SHARING',
    sourceNeedIds: [String(needId)],
    budgetFen: 500_000,
    targetBeneficiaries: 120,
    ...overrides,
  };
}

/**
 * Walks a project forward with the right people, through the API (the services), returning its id:
 * the one way the tests build a project in a given state.
 */
export class Walk {
  constructor(
    private readonly t: TestApp,
    private readonly w: World,
  ) {}

  async draft(overrides: Spec = {}): Promise<string> {
    const d = await this.t.ok(CREATE, { input: await draftInput(this.t, this.w, overrides) }, this.w.staff.token);
    return d.createProject.id;
  }
  async proposed(overrides: Spec = {}): Promise<string> {
    const id = await this.draft(overrides);
    await this.t.ok(PROPOSE, { id }, this.w.staff.token);
    return id;
  }
  async resolved(overrides: Spec = {}): Promise<string> {
    const id = await this.proposed(overrides);
    for (const b of this.w.board.slice(0, 2)) await this.t.ok(VOTE, { id, choice: 'FOR' }, b.token);
    await this.t.ok(CLOSE, { id }, this.w.staff.token);
    return id;
  }
  async approved(overrides: Spec = {}): Promise<string> {
    const id = await this.resolved(overrides);
    await this.t.ok(DECIDE, { id, decision: 'APPROVE', comment: '同意立项' }, this.w.party.token);
    return id;
  }
  async published(overrides: Spec = {}): Promise<string> {
    const id = await this.approved(overrides);
    await this.t.ok(PUBLISH, { id }, this.w.staff.token);
    return id;
  }
  async claimed(overrides: Spec = {}, unit = 0): Promise<string> {
    const id = await this.published(overrides);
    await this.t.ok(CLAIM, { id, unitId: String(this.w.units[unit]), pledge: '派出志愿者 10 名' }, this.w.unitAdmins[unit].token);
    return id;
  }
  async inProgress(overrides: Spec = {}, unit = 0): Promise<string> {
    const id = await this.claimed(overrides, unit);
    await this.t.ok(START, { id }, this.w.staff.token);
    return id;
  }
  async completed(overrides: Spec = {}, unit = 0): Promise<string> {
    const id = await this.inProgress(overrides, unit);
    await this.t.ok(COMPLETE, { id }, this.w.staff.token);
    return id;
  }
  /**
   * Published, claimed by these units (indexes into the world's units) with their pledged funds,
   * started, and each unit's progress reports made in order (funds and beneficiaries so far):
   * IN_PROGRESS. `complete` takes it on to COMPLETED.
   */
  async started(
    overrides: Spec,
    claims: { unit: number; funds?: number; reports?: { funds: number; beneficiaries: number }[] }[],
    complete = false,
  ): Promise<string> {
    const id = await this.published({ ...overrides, claimLimit: overrides.claimLimit ?? Math.max(1, claims.length) });
    for (const c of claims) {
      await this.t.ok(CLAIM, { id, unitId: String(this.w.units[c.unit]), pledge: '出人出力', funds: c.funds ?? 0, volunteers: 5 }, this.w.unitAdmins[c.unit].token);
    }
    await this.t.ok(START, { id }, this.w.staff.token);
    for (const c of claims) {
      const reports = c.reports ?? [];
      for (const [i, r] of reports.entries()) {
        const percent = Math.round(((i + 1) / reports.length) * 100);
        await this.t.ok(REPORT, { id, unitId: String(this.w.units[c.unit]), note: `进度${i + 1}`, percent, funds: r.funds, beneficiaries: r.beneficiaries }, this.w.unitAdmins[c.unit].token);
      }
    }
    if (complete) await this.t.ok(COMPLETE, { id }, this.w.staff.token);
    return id;
  }
  /**
   * COMPLETED, then surveyed by household visits (`satisfied` of `responses` people answering 5 to
   * every question, the rest 2) and the survey closed: EVALUATED, its satisfaction frozen.
   */
  async evaluated(overrides: Spec = {}, survey = { responses: 20, satisfied: 20 }, unit = 0): Promise<string> {
    // the unit reports right after the start, so its claim counts as reported on time
    const id = await this.inProgress(overrides, unit);
    await this.t.ok(REPORT, { id, unitId: String(this.w.units[unit]), note: '进展顺利', percent: 100, funds: 0, beneficiaries: 10 }, this.w.unitAdmins[unit].token);
    await this.t.ok(COMPLETE, { id }, this.w.staff.token);
    const s = (await this.t.ok(CREATE_SURVEY, { input: { projectId: id, method: 'VISIT', questions: [], targetResponses: survey.responses } }, this.w.staff.token)).createSurvey;
    for (let i = 0; i < survey.responses; i++) {
      const score = i < survey.satisfied ? 5 : 2;
      const answers = s.questions.map((q: { id: string }) => ({ questionId: q.id, score }));
      await this.t.ok(VISIT, { surveyId: s.id, phone: nextPhone(), answers }, this.w.staff.token);
    }
    await this.t.ok(CLOSE_SURVEY, { id: s.id }, this.w.staff.token);
    return id;
  }
  async cancelled(overrides: Spec = {}): Promise<string> {
    const id = await this.draft(overrides);
    await this.t.ok(CANCEL, { id, comment: '需求已由其他渠道解决' }, this.w.staff.token);
    return id;
  }
}

/**
 * The world seen from its other zone (梅园), so a Walk can take a project of that zone through the
 * pipeline: its staff and unit, and a board member, a party secretary and the unit's admin made here.
 */
export async function otherZoneWorld(t: TestApp, w: World): Promise<World> {
  const person = async (displayName: string, role: Role, unitId: number | null = null): Promise<Actor> => {
    const u = await t.db.getRepository(UserEntity).save(t.db.getRepository(UserEntity).create({ specialties: [], isPartyMember: false, displayName, phone: nextPhone(), unitId }));
    await t.db.getRepository(UserRoleEntity).insert({ userId: u.id, role, zoneId: w.otherZoneId });
    return { id: u.id, token: t.tokenFor(u.id), phone: u.phone ?? undefined };
  };
  return {
    ...w,
    zoneId: w.otherZoneId,
    communityId: w.otherCommunityId,
    staff: w.otherStaff,
    board: [await person('梅园理事', Role.BOARD_MEMBER)],
    party: await person('梅园党委书记', Role.PARTY_COMMITTEE),
    units: [w.otherZoneUnit],
    unitAdmins: [await person('外片区单位管理员', Role.UNIT_ADMIN, w.otherZoneUnit)],
  };
}
