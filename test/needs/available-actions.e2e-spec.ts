import { NEED_ACTIONS, NeedAction } from '@app/needs/need-actions';
import { useWorld } from '../support/suite';
import { Actor, manyResidents } from '../support/world';
import { ACCEPT, accepted, CLAIM, CONFIRM, MERGE, REJECT, submit, SUPPORT, UNSUPPORT } from './needs-helpers';

const ACTIONS = `query($id: ID!) { need(id: $id) { id status availableActions } }`;
const CREATE_PROJECT = `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`;
const EDIT = `mutation($id: ID!) { updateMyNeed(needId: $id, content: "补充:晚上八点以后") { id } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawNeed(needId: $id) { id } }`;
const RECATEGORIZE = `mutation($id: ID!) { recategorizeNeed(needId: $id, category: CULTURE_SHARING) { id } }`;
const projectOf = (zoneId: number, id: string) => ({ input: { zoneId: String(zoneId), title: '立项', description: '由需求立项', category: 'PUBLIC_SERVICE', sourceNeedIds: [id], budgetFen: 100, targetBeneficiaries: 10 } });

type Case = { kind: 'GOLDEN_IDEA' | 'MICRO_WISH'; state: string };
const CASES: Case[] = [
  { kind: 'GOLDEN_IDEA', state: 'SUBMITTED' },
  { kind: 'GOLDEN_IDEA', state: 'ACCEPTED' },
  { kind: 'GOLDEN_IDEA', state: 'IN_PROJECT' },
  { kind: 'GOLDEN_IDEA', state: 'REJECTED' },
  { kind: 'GOLDEN_IDEA', state: 'MERGED' },
  { kind: 'MICRO_WISH', state: 'SUBMITTED' },
  { kind: 'MICRO_WISH', state: 'ACCEPTED' },
  { kind: 'MICRO_WISH', state: 'CLAIMED' },
  { kind: 'MICRO_WISH', state: 'FULFILLED' },
];

/**
 * For every need state × role, Need.availableActions is exactly the set of mutations that succeed
 * for that caller: each listed action passes on a fresh need in that state, every other action of
 * the table is refused. A wish is claimed for the caller's own unit when they are a unit admin.
 */
describe('Need.availableActions equals what succeeds', () => {
  const { t, w } = useWorld({ units: 2, residents: 3 });

  /** a new resident (each submits one need: the hourly submission limit stays far away) */
  const person = async () => (await manyResidents(t, 1, w.communityId))[0];
  let author: Actor;

  /** a fresh need of `c.kind` in `c.state`, by `author`, supported by residents[1] */
  const fresh = async (c: Case, by: Actor = author): Promise<string> => {
    author = by;
    const id = await submit(t, author.token, w.zoneId, { kind: c.kind });
    return (await advance(c, id, author.token));
  };
  const advance = async (c: Case, id: string, author: string): Promise<string> => {
    await t.ok(SUPPORT, { id }, w.residents[1].token);
    if (c.state === 'SUBMITTED') return id;
    if (c.state === 'REJECTED') return (await t.ok(REJECT, { id, r: '不属于本片区' }, w.staff.token)).rejectNeed.id;
    if (c.state === 'MERGED') return (await t.ok(MERGE, { id, into: await submit(t, (await person()).token, w.zoneId) }, w.staff.token)).mergeNeed.id;
    await t.ok(ACCEPT, { id, c: 'PUBLIC_SERVICE' }, w.staff.token);
    if (c.state === 'ACCEPTED') return id;
    if (c.state === 'IN_PROJECT') {
      await t.ok(CREATE_PROJECT, projectOf(w.zoneId, id), w.staff.token);
      return id;
    }
    await t.ok(CLAIM, { id, unit: null }, w.residents[2].token);
    if (c.state === 'CLAIMED') return id;
    await t.ok(CONFIRM, { id }, author);
    return id;
  };

  const call = async (action: NeedAction, id: string, unitId: number | null): Promise<[string, Record<string, unknown>]> => {
    switch (action) {
      case 'support': return [SUPPORT, { id }];
      case 'unsupport': return [UNSUPPORT, { id }];
      case 'accept': return [ACCEPT, { id, c: 'PUBLIC_SERVICE' }];
      case 'reject': return [REJECT, { id, r: '重复' }];
      case 'merge': return [MERGE, { id, into: await accepted(t, (await person()).token, w.staff.token, w.zoneId, 'PUBLIC_SERVICE') }];
      case 'claimWish': return [CLAIM, { id, unit: unitId === null ? null : String(unitId) }];
      case 'confirmFulfilled': return [CONFIRM, { id }];
      case 'edit': return [EDIT, { id }];
      case 'withdraw': return [WITHDRAW, { id }];
      case 'createProject': return [CREATE_PROJECT, projectOf(w.zoneId, id)];
      case 'recategorize': return [RECATEGORIZE, { id }];
    }
  };

  const roles = (): { name: string; who: Actor; unitId: number | null }[] => [
    { name: 'author', who: author, unitId: null },
    { name: 'supporter', who: w.residents[1], unitId: null },
    { name: 'white-collar worker', who: w.worker, unitId: null },
    { name: 'staff', who: w.staff, unitId: null },
    { name: 'staff of another zone', who: w.otherStaff, unitId: null },
    { name: 'unit admin', who: w.unitAdmins[0], unitId: w.units[0] },
    { name: 'ADMIN', who: w.admin, unitId: null },
  ];

  /** actions that move the need: each is tried on a need of its own */
  const MOVES: NeedAction[] = ['accept', 'reject', 'merge', 'claimWish', 'confirmFulfilled', 'withdraw', 'createProject', 'recategorize'];

  for (const c of CASES) {
    it(`${c.kind} ${c.state}: for every role the listed actions succeed and the others are refused`, async () => {
      // one need for the case: every role reads its list before anyone acts
      author = await person();
      const shared = await fresh(c, author);
      const lists = new Map<string, NeedAction[] | null>();
      for (const r of roles()) {
        const read = await t.gql(ACTIONS, { id: shared }, r.who.token);
        // a SUBMITTED or REJECTED need shows only to its author and staff; others never get its list
        lists.set(r.name, read.data?.need ? (read.data.need.availableActions as NeedAction[]) : null);
      }
      for (const r of roles()) {
        const listed = lists.get(r.name);
        if (!listed) continue;
        for (const action of (Object.keys(NEED_ACTIONS) as NeedAction[]).filter((a) => !listed.includes(a))) {
          const [q, v] = await call(action, shared, r.unitId);
          const res = await t.gql(q, v, r.who.token);
          if (!res.errors?.length) throw new Error(`${c.kind} ${c.state} / ${r.name}: ${action} succeeded but is not in availableActions [${listed}]`);
          expect(['FORBIDDEN', 'CONFLICT', 'BAD_USER_INPUT']).toContain(res.errors[0].extensions?.code);
        }
      }
      // supports touch only the caller's own support: on the shared need; moves each on a need of its own
      for (const r of roles()) {
        for (const action of lists.get(r.name) ?? []) {
          const target = MOVES.includes(action) ? await fresh(c, author) : shared;
          const [q, v] = await call(action, target, r.unitId);
          const res = await t.gql(q, v, r.who.token);
          if (res.errors?.length) throw new Error(`${c.kind} ${c.state} / ${r.name}: ${action} is listed but refused: ${res.errors[0].message}`);
        }
      }
    }, 240_000);
  }

  it('what people see on an accepted wish: others light it, the author may not, a visitor is offered what signing in allows', async () => {
    const id = await fresh({ kind: 'MICRO_WISH', state: 'ACCEPTED' }, await person());
    const as = (a: Actor | null) => t.ok(ACTIONS, { id }, a?.token).then((d) => d.need.availableActions as string[]);
    expect(await as(null)).toEqual(['support', 'claimWish']);
    expect(await t.code(SUPPORT, { id })).toBe('UNAUTHENTICATED');
    expect(await as(author)).toEqual([]);
    expect(await as(w.residents[1])).toEqual(['unsupport', 'claimWish']);
    expect(await as(w.worker)).toEqual(['support', 'claimWish']);
    expect(await as(w.staff)).toEqual(['support', 'merge', 'claimWish', 'createProject', 'recategorize']);
  });
});
