import { inTransaction } from '@app/database/transaction';
import { NeedEntity, needRow } from '@app/needs/needs.entities';
import { bumpMenuCounter, bumpNeedCounter } from '@app/needs/need-state';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { TestApp } from '../support/harness';
import { Actor, World } from '../support/world';

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
export const PROJECT = `query($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} } }`;

let needSeq = 0;

/**
 * An ACCEPTED need of the zone, put straight into the database with its counters kept right
 * (the pipeline test makes its needs over HTTP instead).
 */
export async function acceptedNeed(t: TestApp, zoneId: number, submitter: Actor, category = 'CULTURE_SHARING'): Promise<number> {
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

export async function draftInput(t: TestApp, w: World, overrides: Partial<Input> = {}): Promise<Input> {
  const needId = overrides.sourceNeedIds ? null : await acceptedNeed(t, w.zoneId, w.residents[0]);
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

/** Walks a project forward with the right people, returning its id. */
export class Walk {
  constructor(
    private readonly t: TestApp,
    private readonly w: World,
  ) {}

  async draft(overrides: Partial<Input> = {}): Promise<string> {
    const d = await this.t.ok(CREATE, { input: await draftInput(this.t, this.w, overrides) }, this.w.staff.token);
    return d.createProject.id;
  }
  async proposed(overrides: Partial<Input> = {}): Promise<string> {
    const id = await this.draft(overrides);
    await this.t.ok(PROPOSE, { id }, this.w.staff.token);
    return id;
  }
  async resolved(overrides: Partial<Input> = {}): Promise<string> {
    const id = await this.proposed(overrides);
    for (const b of this.w.board.slice(0, 2)) await this.t.ok(VOTE, { id, choice: 'FOR' }, b.token);
    await this.t.ok(CLOSE, { id }, this.w.staff.token);
    return id;
  }
  async approved(overrides: Partial<Input> = {}): Promise<string> {
    const id = await this.resolved(overrides);
    await this.t.ok(DECIDE, { id, decision: 'APPROVE', comment: '同意立项' }, this.w.party.token);
    return id;
  }
  async published(overrides: Partial<Input> = {}): Promise<string> {
    const id = await this.approved(overrides);
    await this.t.ok(PUBLISH, { id }, this.w.staff.token);
    return id;
  }
  async claimed(overrides: Partial<Input> = {}, unit = 0): Promise<string> {
    const id = await this.published(overrides);
    await this.t.ok(CLAIM, { id, unitId: String(this.w.units[unit]), pledge: '派出志愿者 10 名' }, this.w.unitAdmins[unit].token);
    return id;
  }
  async inProgress(overrides: Partial<Input> = {}, unit = 0): Promise<string> {
    const id = await this.claimed(overrides, unit);
    await this.t.ok(START, { id }, this.w.staff.token);
    return id;
  }
  async completed(overrides: Partial<Input> = {}, unit = 0): Promise<string> {
    const id = await this.inProgress(overrides, unit);
    await this.t.ok(COMPLETE, { id }, this.w.staff.token);
    return id;
  }
  async cancelled(overrides: Partial<Input> = {}): Promise<string> {
    const id = await this.draft(overrides);
    await this.t.ok(CANCEL, { id, comment: '需求已由其他渠道解决' }, this.w.staff.token);
    return id;
  }
}

export async function notificationsOf(t: TestApp, userId: number, kind?: string) {
  await t.drainJobs();
  const rows = await t.db.getRepository(NotificationEntity).find({ where: { userId }, order: { id: 'ASC' } });
  return kind ? rows.filter((n) => n.kind === kind) : rows;
}

export async function needStatus(t: TestApp, id: number | string): Promise<string> {
  return (await t.db.getRepository(NeedEntity).findOneByOrFail({ id: Number(id) })).status;
}

