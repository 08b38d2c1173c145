import { label, ProjectStatus } from '@app/common/glossary';
import { applyProjectMove, movesFrom } from '@app/projects/project-state';
import { firstError, useWorld } from '../support/suite';
import { Actor } from '../support/world';
import {
  acceptedNeed,
  CANCEL,
  CLAIM,
  CLOSE,
  COMPLETE,
  CREATE,
  DECIDE,
  draftInput,
  JOIN,
  PROJECT,
  PROPOSE,
  PUBLISH,
  REPORT,
  START,
  VOTE,
  Walk,
} from './helpers';

type State = ProjectStatus;
const ALL: State[] = ['DRAFT', 'PROPOSED', 'RESOLVED', 'APPROVED', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED', 'CANCELLED'];

/** Every refused transition: by state (CONFLICT naming the state and what may come next) and by role (FORBIDDEN). */
describe('refused project transitions', () => {
  const { t, w } = useWorld({ board: 3, units: 3, residents: 3 });
  let otherBoard: Actor;
  /** one project in each state, claimed (where claimed) by units[0] with limit 1 */
  const at = {} as Record<State, string>;
  /** claimed by units[0] and then cancelled: for reportProgress refused by state */
  let cancelledAfterClaim: string;

  beforeAll(async () => {
    const walk = new Walk(t, w);
    at.DRAFT = await walk.draft();
    at.PROPOSED = await walk.proposed();
    at.RESOLVED = await walk.resolved();
    at.APPROVED = await walk.approved();
    at.PUBLISHED = await walk.published();
    at.CLAIMED = await walk.claimed();
    at.IN_PROGRESS = await walk.inProgress();
    at.COMPLETED = await walk.completed();
    at.EVALUATED = await walk.completed();
    await t.db.transaction((m) => applyProjectMove(m, Number(at.EVALUATED), 'evaluate', w.staff.id, '问卷已结束'));
    at.CANCELLED = await walk.cancelled();
    cancelledAfterClaim = await walk.claimed();
    await t.ok(CANCEL, { id: cancelledAfterClaim, comment: '撤销' }, w.staff.token);
    // a board member of the other zone
    const { UserEntity, UserRoleEntity } = await import('@app/auth/auth.entities');
    const u = await t.db.getRepository(UserEntity).save({ username: 'otherboard', displayName: '梅园理事', specialties: [], isPartyMember: false, unitId: null });
    await t.db.getRepository(UserRoleEntity).insert({ userId: u.id, role: 'BOARD_MEMBER', zoneId: w.otherZoneId });
    otherBoard = { id: u.id, token: t.tokenFor(u.id) };
  });

  const statusOf = async (id: string) => (await t.ok(PROJECT, { id }, w.staff.token)).project.status as State;

  /** Each mutation, the states it is allowed from, and how the right person calls it. */
  const calls: { name: string; allowedIn: State[]; call: (id: string) => [string, Record<string, unknown>, string] }[] = [
    { name: 'proposeProject', allowedIn: ['DRAFT'], call: (id) => [PROPOSE, { id }, w.staff.token] },
    { name: 'castVote', allowedIn: ['PROPOSED'], call: (id) => [VOTE, { id, choice: 'FOR' }, w.board[2].token] },
    { name: 'closeResolution', allowedIn: ['PROPOSED'], call: (id) => [CLOSE, { id }, w.staff.token] },
    { name: 'decideProject APPROVE', allowedIn: ['RESOLVED'], call: (id) => [DECIDE, { id, decision: 'APPROVE', comment: '同意' }, w.party.token] },
    { name: 'decideProject RETURN', allowedIn: ['RESOLVED'], call: (id) => [DECIDE, { id, decision: 'RETURN', comment: '退回' }, w.party.token] },
    { name: 'decideProject REJECT', allowedIn: ['RESOLVED'], call: (id) => [DECIDE, { id, decision: 'REJECT', comment: '不批' }, w.party.token] },
    { name: 'publishProject', allowedIn: ['APPROVED'], call: (id) => [PUBLISH, { id }, w.staff.token] },
    // claims: CLAIMED is refused too here, because the limit (1) is reached — 名额已满
    { name: 'claimProject', allowedIn: ['PUBLISHED'], call: (id) => [CLAIM, { id, unitId: String(w.units[1]), pledge: '认领' }, w.unitAdmins[1].token] },
    { name: 'startProject', allowedIn: ['CLAIMED'], call: (id) => [START, { id }, w.staff.token] },
    { name: 'completeProject', allowedIn: ['IN_PROGRESS'], call: (id) => [COMPLETE, { id }, w.staff.token] },
    { name: 'cancelProject', allowedIn: ['DRAFT', 'PROPOSED', 'RESOLVED', 'APPROVED', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS'], call: (id) => [CANCEL, { id, comment: '撤销' }, w.staff.token] },
    { name: 'joinProject', allowedIn: ['CLAIMED', 'IN_PROGRESS'], call: (id) => [JOIN, { id }, w.staff.token] },
  ];

  for (const c of calls) {
    it(`${c.name}: CONFLICT from every other state, naming the state and the possible next moves`, async () => {
      for (const state of ALL.filter((s) => !c.allowedIn.includes(s))) {
        const [query, vars, token] = c.call(at[state]);
        const r = await firstError(t, query, vars, token);
        expect({ state, code: r.code }).toEqual({ state, code: 'CONFLICT' });
        if (c.name === 'claimProject' && state === 'CLAIMED') {
          expect(r.message).toContain('名额已满');
        } else {
          expect(r.message).toContain(`「${label('ProjectStatus', state)}」`);
          expect(r.message).toContain(`project is ${state}`);
          expect(r.extensions).toMatchObject({ currentStatus: state, allowedMoves: movesFrom(state) });
        }
        expect(await statusOf(at[state])).toBe(state);
      }
    });
  }

  it('reportProgress: CONFLICT once the claimed project is COMPLETED or CANCELLED', async () => {
    for (const [id, state] of [
      [at.COMPLETED, 'COMPLETED'],
      [at.EVALUATED, 'EVALUATED'],
      [cancelledAfterClaim, 'CANCELLED'],
    ]) {
      const r = await firstError(t, REPORT, { id, unitId: String(w.units[0]), note: '进度', percent: 100, funds: 0, beneficiaries: 0 }, w.unitAdmins[0].token);
      expect(r.code).toBe('CONFLICT');
      expect(r.message).toContain(`project is ${state}`);
    }
  });

  it('every mutation refuses callers without the role: FORBIDDEN (UNAUTHENTICATED when signed out), state unchanged', async () => {
    const input = await draftInput(t, w);
    const cases: [string, string, Record<string, unknown>, Actor | null, string][] = [
      ['createProject by a resident', CREATE, { input }, w.residents[0], 'FORBIDDEN'],
      ['createProject by a board member', CREATE, { input }, w.board[0], 'FORBIDDEN'],
      ['createProject by staff of another zone', CREATE, { input }, w.otherStaff, 'FORBIDDEN'],
      ['createProject signed out', CREATE, { input }, null, 'UNAUTHENTICATED'],
      ['proposeProject by a board member', PROPOSE, { id: at.DRAFT }, w.board[0], 'FORBIDDEN'],
      ['proposeProject by the party committee', PROPOSE, { id: at.DRAFT }, w.party, 'FORBIDDEN'],
      ['proposeProject by staff of another zone', PROPOSE, { id: at.DRAFT }, w.otherStaff, 'FORBIDDEN'],
      ['castVote by staff', VOTE, { id: at.PROPOSED, choice: 'FOR' }, w.staff, 'FORBIDDEN'],
      ['castVote by the party committee', VOTE, { id: at.PROPOSED, choice: 'FOR' }, w.party, 'FORBIDDEN'],
      ['castVote by ADMIN (no board seat)', VOTE, { id: at.PROPOSED, choice: 'FOR' }, w.admin, 'FORBIDDEN'],
      ['castVote by a board member of another zone', VOTE, { id: at.PROPOSED, choice: 'FOR' }, otherBoard, 'FORBIDDEN'],
      ['castVote by a resident', VOTE, { id: at.PROPOSED, choice: 'FOR' }, w.residents[0], 'FORBIDDEN'],
      ['closeResolution by a board member', CLOSE, { id: at.PROPOSED }, w.board[0], 'FORBIDDEN'],
      ['closeResolution by staff of another zone', CLOSE, { id: at.PROPOSED }, w.otherStaff, 'FORBIDDEN'],
      ['decideProject by staff', DECIDE, { id: at.RESOLVED, decision: 'APPROVE', comment: '同意' }, w.staff, 'FORBIDDEN'],
      ['decideProject by a board member', DECIDE, { id: at.RESOLVED, decision: 'REJECT', comment: '不批' }, w.board[0], 'FORBIDDEN'],
      ['decideProject by staff of another zone', DECIDE, { id: at.RESOLVED, decision: 'RETURN', comment: '退回' }, w.otherStaff, 'FORBIDDEN'],
      ['publishProject by the party committee', PUBLISH, { id: at.APPROVED }, w.party, 'FORBIDDEN'],
      ['publishProject by a unit admin', PUBLISH, { id: at.APPROVED }, w.unitAdmins[0], 'FORBIDDEN'],
      ['publishProject by staff of another zone', PUBLISH, { id: at.APPROVED }, w.otherStaff, 'FORBIDDEN'],
      ['claimProject by staff', CLAIM, { id: at.PUBLISHED, unitId: String(w.units[0]), pledge: '认领' }, w.staff, 'FORBIDDEN'],
      ['claimProject for another unit', CLAIM, { id: at.PUBLISHED, unitId: String(w.units[0]), pledge: '认领' }, w.unitAdmins[1], 'FORBIDDEN'],
      ['claimProject for a unit of another zone', CLAIM, { id: at.PUBLISHED, unitId: String(w.otherZoneUnit), pledge: '认领' }, w.admin, 'FORBIDDEN'],
      ['claimProject by a resident', CLAIM, { id: at.PUBLISHED, unitId: String(w.units[0]), pledge: '认领' }, w.residents[0], 'FORBIDDEN'],
      ['startProject by a unit that did not claim it', START, { id: at.CLAIMED }, w.unitAdmins[1], 'FORBIDDEN'],
      ['startProject by the party committee', START, { id: at.CLAIMED }, w.party, 'FORBIDDEN'],
      ['reportProgress by a unit that did not claim it', REPORT, { id: at.IN_PROGRESS, unitId: String(w.units[1]), note: 'x', percent: 10, funds: 0, beneficiaries: 0 }, w.unitAdmins[1], 'FORBIDDEN'],
      ['reportProgress for another unit', REPORT, { id: at.IN_PROGRESS, unitId: String(w.units[0]), note: 'x', percent: 10, funds: 0, beneficiaries: 0 }, w.unitAdmins[1], 'FORBIDDEN'],
      ['reportProgress by staff', REPORT, { id: at.IN_PROGRESS, unitId: String(w.units[0]), note: 'x', percent: 10, funds: 0, beneficiaries: 0 }, w.staff, 'FORBIDDEN'],
      ['joinProject signed out', JOIN, { id: at.CLAIMED }, null, 'UNAUTHENTICATED'],
      ['joinProject on a draft by a resident (not visible)', JOIN, { id: at.DRAFT }, w.residents[0], 'FORBIDDEN'],
      ['completeProject by the claiming unit', COMPLETE, { id: at.IN_PROGRESS }, w.unitAdmins[0], 'FORBIDDEN'],
      ['completeProject by staff of another zone', COMPLETE, { id: at.IN_PROGRESS }, w.otherStaff, 'FORBIDDEN'],
      ['cancelProject by the party committee', CANCEL, { id: at.PUBLISHED, comment: '撤销' }, w.party, 'FORBIDDEN'],
      ['cancelProject by a unit admin', CANCEL, { id: at.CLAIMED, comment: '撤销' }, w.unitAdmins[0], 'FORBIDDEN'],
      ['cancelProject by staff of another zone', CANCEL, { id: at.DRAFT, comment: '撤销' }, w.otherStaff, 'FORBIDDEN'],
    ];
    for (const [what, query, vars, actor, code] of cases) {
      const r = await firstError(t, query, vars, actor?.token ?? null);
      expect({ what, code: r.code }).toEqual({ what, code });
    }
    for (const state of ALL) expect(await statusOf(at[state])).toBe(state);
  });

  it('decideProject and cancelProject require a comment; proposal comments are optional', async () => {
    for (const comment of ['', '   ']) {
      expect(await firstError(t, DECIDE, { id: at.RESOLVED, decision: 'APPROVE', comment }, w.party.token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
      expect(await firstError(t, CANCEL, { id: at.DRAFT, comment }, w.staff.token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    }
    expect(await firstError(t, DECIDE, { id: at.RESOLVED, decision: 'APPROVE', comment: '长'.repeat(1001) }, w.party.token)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect(await statusOf(at.RESOLVED)).toBe('RESOLVED');
    expect(await statusOf(at.DRAFT)).toBe('DRAFT');
  });

  it('createProject validation: BAD_USER_INPUT naming the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['empty title', { title: '   ' }, 'title'],
      ['title of 61 characters', { title: '项'.repeat(61) }, 'title'],
      ['empty description', { description: '' }, 'description'],
      ['description of 5001 characters', { description: '述'.repeat(5001) }, 'description'],
      ['negative budget', { budgetFen: -1 }, 'budgetFen'],
      ['negative beneficiaries', { targetBeneficiaries: -5 }, 'targetBeneficiaries'],
      ['claim limit 0', { claimLimit: 0 }, 'claimLimit'],
      ['claim limit 51', { claimLimit: 51 }, 'claimLimit'],
      ['no source need', { sourceNeedIds: [] }, 'sourceNeedIds'],
      ['a need of another zone', { sourceNeedIds: [String(await acceptedNeed(t, w.otherZoneId, w.residents[0]))] }, 'sourceNeedIds'],
      ['a need that does not exist', { sourceNeedIds: ['999999'] }, 'sourceNeedIds'],
    ];
    for (const [what, overrides, field] of cases) {
      const r = await firstError(t, CREATE, { input: await draftInput(t, w, overrides) }, w.staff.token);
      expect({ what, code: r.code, field: r.field }).toEqual({ what, code: 'BAD_USER_INPUT', field });
      expect(r.message.startsWith(`${field}:`) || r.message.includes(field)).toBe(true);
    }
    // the edges are accepted: 60 characters, 5000 characters, budget 0, limit 50, limit omitted → 1
    const ok = await t.ok(CREATE, { input: await draftInput(t, w, { title: '题'.repeat(60), description: '述'.repeat(5000), budgetFen: 0, targetBeneficiaries: 0, claimLimit: 50 }) }, w.staff.token);
    expect(ok.createProject).toMatchObject({ status: 'DRAFT', claimLimit: 50, budgetFen: 0 });
    const dflt = await t.ok(CREATE, { input: await draftInput(t, w, { claimLimit: undefined }) }, w.staff.token);
    expect(dflt.createProject.claimLimit).toBe(1);
  });

  it('createProject refuses a need that is not in the menu (already IN_PROJECT): CONFLICT, and nothing is created', async () => {
    const needId = await acceptedNeed(t, w.zoneId, w.residents[0]);
    await t.ok(CREATE, { input: await draftInput(t, w, { sourceNeedIds: [String(needId)] }) }, w.staff.token);
    const before = await t.ok(`query($z: ID!) { projects(zoneId: $z, status: DRAFT) { totalCount } }`, { z: String(w.zoneId) }, w.staff.token);
    const r = await firstError(t, CREATE, { input: await draftInput(t, w, { sourceNeedIds: [String(needId)] }) }, w.staff.token);
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toContain(`需求 ${needId}`);
    const after = await t.ok(`query($z: ID!) { projects(zoneId: $z, status: DRAFT) { totalCount } }`, { z: String(w.zoneId) }, w.staff.token);
    expect(after.projects.totalCount).toBe(before.projects.totalCount);
  });

  it('claimProject, reportProgress: pledge, percent and figures are checked', async () => {
    const cases: [string, string, Record<string, unknown>, Actor, string][] = [
      ['empty pledge', CLAIM, { id: at.PUBLISHED, unitId: String(w.units[0]), pledge: ' ' }, w.unitAdmins[0], 'pledge'],
      ['negative pledged funds', CLAIM, { id: at.PUBLISHED, unitId: String(w.units[0]), pledge: '认领', funds: -1 }, w.unitAdmins[0], 'pledgedFundsFen'],
      ['percent above 100', REPORT, { id: at.IN_PROGRESS, unitId: String(w.units[0]), note: 'x', percent: 101, funds: 0, beneficiaries: 0 }, w.unitAdmins[0], 'percent'],
      ['percent below 0', REPORT, { id: at.IN_PROGRESS, unitId: String(w.units[0]), note: 'x', percent: -1, funds: 0, beneficiaries: 0 }, w.unitAdmins[0], 'percent'],
      ['negative funds spent', REPORT, { id: at.IN_PROGRESS, unitId: String(w.units[0]), note: 'x', percent: 10, funds: -1, beneficiaries: 0 }, w.unitAdmins[0], 'fundsSpentFen'],
      ['negative beneficiaries', REPORT, { id: at.IN_PROGRESS, unitId: String(w.units[0]), note: 'x', percent: 10, funds: 0, beneficiaries: -1 }, w.unitAdmins[0], 'beneficiaries'],
      ['empty note', REPORT, { id: at.IN_PROGRESS, unitId: String(w.units[0]), note: '', percent: 10, funds: 0, beneficiaries: 0 }, w.unitAdmins[0], 'note'],
    ];
    for (const [what, query, vars, actor, field] of cases) {
      const r = await firstError(t, query, vars, actor.token);
      expect({ what, code: r.code, field: r.field }).toEqual({ what, code: 'BAD_USER_INPUT', field });
    }
    expect(await statusOf(at.PUBLISHED)).toBe('PUBLISHED');
  });

  it('a project that does not exist: NOT_FOUND for moves, null for project(id)', async () => {
    expect((await firstError(t, PROPOSE, { id: '987654' }, w.staff.token)).code).toBe('NOT_FOUND');
    expect((await t.ok(PROJECT, { id: '987654' }, w.staff.token)).project).toBeNull();
  });
});
