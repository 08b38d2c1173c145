import { ProjectStatus } from '@app/common/glossary';
import { PROJECT_ACTIONS, ProjectAction } from '@app/projects/project-actions';
import { applyProjectMove } from '@app/projects/project-state';
import { useWorld } from '../support/suite';
import { Actor } from '../support/world';
import { CANCEL, CLAIM, CLOSE, COMPLETE, DECIDE, JOIN, PROPOSE, PUBLISH, REPORT, START, VOTE, Walk } from './helpers';

const ACTIONS = `query($id: ID!) { project(id: $id) { id status availableActions } }`;
const UPDATE = `mutation($id: ID!) { updateProject(projectId: $id, input: { title: "白领课堂:上海话(修订)" }) { id } }`;
const RELEASE = `mutation($id: ID!, $unitId: ID!) { releaseClaim(projectId: $id, unitId: $unitId, reason: "人手不足") { id } }`;
const INVITE = `mutation($id: ID!, $unitId: ID!) { inviteUnitToClaim(projectId: $id, unitId: $unitId) { id } }`;
const CREATE_SURVEY = `mutation($input: SurveyInput!) { createSurvey(input: $input) { id } }`;
const ALL: ProjectStatus[] = ['DRAFT', 'PROPOSED', 'RESOLVED', 'APPROVED', 'PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED', 'CANCELLED'];

/**
 * For every state × role, Project.availableActions is exactly the set of mutations that succeed
 * for that caller: each listed action is tried on a fresh project in that state and must pass;
 * every other action of the table must be refused. Unit actions are called for the caller's own
 * unit (a caller without one has no unit to act for).
 */
describe('Project.availableActions equals what succeeds', () => {
  const { t, w } = useWorld({ board: 3, units: 3, residents: 2 });
  const walk = () => new Walk(t, w);

  /** a fresh project in `state`, claimed (from CLAIMED on) by units[0], two claim places */
  const fresh = async (state: ProjectStatus): Promise<string> => {
    const o = { claimLimit: 2 };
    switch (state) {
      case 'DRAFT': return walk().draft(o);
      case 'PROPOSED': return walk().proposed(o);
      case 'RESOLVED': return walk().resolved(o);
      case 'APPROVED': return walk().approved(o);
      case 'PUBLISHED': return walk().published(o);
      case 'CLAIMED': return walk().claimed(o);
      case 'IN_PROGRESS': return walk().inProgress(o);
      case 'COMPLETED': return walk().completed(o);
      case 'EVALUATED': {
        const id = await walk().completed(o);
        await t.db.transaction((m) => applyProjectMove(m, Number(id), 'evaluate', w.staff.id, '问卷已结束'));
        return id;
      }
      case 'CANCELLED': return walk().cancelled(o);
    }
  };

  const call = (action: ProjectAction, id: string, who: Actor, unitId: number | null): [string, Record<string, unknown>] | null => {
    switch (action) {
      case 'update': return [UPDATE, { id }];
      case 'propose': return [PROPOSE, { id }];
      case 'vote': return [VOTE, { id, choice: 'FOR' }];
      case 'closeResolution': return [CLOSE, { id }];
      case 'decide': return [DECIDE, { id, decision: 'APPROVE', comment: '同意' }];
      case 'publish': return [PUBLISH, { id }];
      case 'claim': return unitId === null ? null : [CLAIM, { id, unitId: String(unitId), pledge: '派出志愿者' }];
      // staff invite a unit that holds no claim
      case 'invite': return [INVITE, { id, unitId: String(w.units[2]) }];
      case 'start': return [START, { id }];
      case 'reportProgress': return unitId === null ? null : [REPORT, { id, unitId: String(unitId), note: '已开展', percent: 50, funds: 100, beneficiaries: 5 }];
      // staff release the claim of a unit they name: the claiming one
      case 'releaseClaim': return [RELEASE, { id, unitId: String(unitId ?? w.units[0]) }];
      case 'join': return [JOIN, { id }];
      case 'complete': return [COMPLETE, { id }];
      case 'cancel': return [CANCEL, { id, comment: '撤销' }];
      case 'createSurvey': return [CREATE_SURVEY, { input: { projectId: id, method: 'QUESTIONNAIRE', questions: [] } }];
    }
    void who;
  };

  const roles = (): { name: string; who: Actor; unitId: number | null }[] => [
    { name: 'staff', who: w.staff, unitId: null },
    { name: 'staff of another zone', who: w.otherStaff, unitId: null },
    { name: 'board member', who: w.board[2], unitId: null },
    { name: 'party committee', who: w.party, unitId: null },
    { name: 'admin of the claiming unit', who: w.unitAdmins[0], unitId: w.units[0] },
    { name: 'admin of another unit', who: w.unitAdmins[1], unitId: w.units[1] },
    { name: 'resident', who: w.residents[0], unitId: null },
    { name: 'ADMIN', who: w.admin, unitId: null },
  ];

  /** actions that move the project or use up a place: each is tried on a project of its own */
  const SPENDS: ProjectAction[] = ['invite', 'releaseClaim', 'propose', 'closeResolution', 'decide', 'publish', 'claim', 'start', 'complete', 'cancel'];

  for (const state of ALL) {
    it(`${state}: for every role the listed actions succeed and the others are refused`, async () => {
      // one project for the state: every role reads its list before anyone acts
      const shared = await fresh(state);
      const lists = new Map<string, ProjectAction[]>();
      for (const r of roles()) {
        // a project the caller may not see offers them nothing
        const read = await t.gql(ACTIONS, { id: shared }, r.who.token);
        lists.set(r.name, (read.data?.project?.availableActions ?? []) as ProjectAction[]);
      }
      // refusals change nothing, so they all try the shared project
      for (const r of roles()) {
        const listed = lists.get(r.name)!;
        for (const action of (Object.keys(PROJECT_ACTIONS) as ProjectAction[]).filter((a) => !listed.includes(a))) {
          const c = call(action, shared, r.who, r.unitId);
          if (!c) continue;
          const res = await t.gql(c[0], c[1], r.who.token);
          if (!res.errors?.length) throw new Error(`${state} / ${r.name}: ${action} succeeded but is not in availableActions [${listed}]`);
          expect(['FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED']).toContain(res.errors[0].extensions?.code);
        }
      }
      // the listed ones succeed: those that touch only the caller's own part on the shared project,
      // those that move it or take a place each on a fresh project in the same state (made together)
      const spending = roles().flatMap((r) => lists.get(r.name)!.filter((a) => SPENDS.includes(a)).map((action) => ({ r, action })));
      const targets = await Promise.all(spending.map(() => fresh(state)));
      const tries = [
        ...roles().flatMap((r) => lists.get(r.name)!.filter((a) => !SPENDS.includes(a)).map((action) => ({ r, action, id: shared }))),
        ...spending.map((x, i) => ({ ...x, id: targets[i] })),
      ];
      for (const { r, action, id } of tries) {
        const c = call(action, id, r.who, r.unitId)!;
        const res = await t.gql(c[0], c[1], r.who.token);
        if (res.errors?.length) throw new Error(`${state} / ${r.name}: ${action} is listed but refused: ${res.errors[0].message}`);
      }
      // the state table shows through: someone can always do something before the end
      if (!['EVALUATED', 'CANCELLED'].includes(state)) expect([...lists.values()].some((l) => l.length > 0)).toBe(true);
    }, 240_000);
  }

  /**
   * 推荐认领单位: a suggested unit's availableActions says whether staff may invite it, from the rule
   * inviteUnitToClaim refuses from. In every state each listed unit is invited (must succeed) and each
   * unlisted one is refused; once invited, a unit leaves the list.
   */
  it('a suggested unit lists invite exactly when inviting it succeeds', async () => {
    const SUGGEST = `query($id: ID!) { suggestUnits(projectId: $id, first: 20) { invited availableActions unit { id } } }`;
    type Match = { invited: boolean; availableActions: string[]; unit: { id: string } };
    const suggest = async (id: string): Promise<Match[]> => (await t.ok(SUGGEST, { id }, w.staff.token)).suggestUnits;
    const offered = new Map<ProjectStatus, number>();
    for (const state of ALL.filter((s) => !['EVALUATED', 'CANCELLED'].includes(s))) {
      const id = await fresh(state);
      const before = await suggest(id);
      // every unit of the zone without a claim is suggested (each has capacity)
      expect(before.length).toBeGreaterThan(0);
      offered.set(state, before.filter((m) => m.availableActions.includes('invite')).length);
      for (const m of before) {
        const res = await t.gql(INVITE, { id, unitId: m.unit.id }, w.staff.token);
        if (m.availableActions.includes('invite')) {
          if (res.errors?.length) throw new Error(`${state}: invite of unit ${m.unit.id} is listed but refused: ${res.errors[0].message}`);
        } else {
          expect(['FORBIDDEN', 'CONFLICT']).toContain(res.errors?.[0]?.extensions?.code);
        }
      }
      // invited now: listed as invited, no longer offered
      for (const m of await suggest(id)) {
        expect(m.availableActions).toEqual([]);
        expect(m.invited).toBe(before.find((b) => b.unit.id === m.unit.id)!.availableActions.includes('invite'));
      }
    }
    // while a place is open (PUBLISHED, CLAIMED with one place left) and nowhere else
    expect([...offered].filter(([, n]) => n > 0).map(([s]) => s)).toEqual(['PUBLISHED', 'CLAIMED']);
  }, 240_000);

  it('a visitor is offered what signing in allows; a second claim and a second sign-up leave the list', async () => {
    const id = await fresh('CLAIMED');
    expect((await t.ok(ACTIONS, { id })).project.availableActions).toEqual(['join']);
    expect(await t.code(JOIN, { id })).toBe('UNAUTHENTICATED');
    const as = (a: Actor) => t.ok(ACTIONS, { id }, a.token).then((d) => d.project.availableActions as string[]);
    expect(await as(w.unitAdmins[1])).toContain('claim');
    await t.ok(CLAIM, { id, unitId: String(w.units[1]), pledge: '也来认领' }, w.unitAdmins[1].token);
    expect(await as(w.unitAdmins[1])).not.toContain('claim');
    expect(await as(w.unitAdmins[1])).toContain('reportProgress');
    // both places taken: the third unit may not claim
    expect(await as(w.unitAdmins[2])).not.toContain('claim');
    expect(await as(w.residents[1])).toEqual(['join']);
    await t.ok(JOIN, { id }, w.residents[1].token);
    expect(await as(w.residents[1])).toEqual([]);
  });
});
