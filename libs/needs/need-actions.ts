import type { DataSource, EntityManager } from 'typeorm';
import { GUEST, hasZoneRole } from '@app/common/access';
import { AppError, BadInputError, ConflictError, ForbiddenError, UnauthenticatedError } from '@app/common/errors';
import { label, NeedChannel, NeedKind, NeedStatus, Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { NEED_MOVES, needStateConflict, OPEN_NEED_STATUSES } from './need-state';
import { NeedSupportEntity, type NeedEntity } from './needs.entities';

/**
 * What a caller may do to a need, as one table (domain.md §9 verbs): the states each action may
 * happen in and who may do it. `needRefusal` is the one function that decides: the mutations throw
 * what it returns and `Need.availableActions` lists the actions for which it returns null. To add
 * an action (`edit`, `withdraw`, …), add a row here and call `assertNeedAction` in its mutation.
 */
export type NeedAction = 'support' | 'unsupport' | 'accept' | 'reject' | 'merge' | 'claimWish' | 'confirmFulfilled' | 'edit' | 'withdraw' | 'createProject' | 'recategorize';

export interface NeedFacts {
  /** the caller supports the need */
  supporting: boolean;
  /** claimWish: the unit the caller claims for (null: as a person) */
  unitId: number | null;
}

export const NO_NEED_FACTS: NeedFacts = { supporting: false, unitId: null };

export type NeedRef = Pick<NeedEntity, 'zoneId' | 'status' | 'kind' | 'channel' | 'submitterId'>;

interface NeedRule {
  in: readonly NeedStatus[];
  words: { zh: string; en: string };
  /** null when the caller may; checked before the state */
  who: (viewer: Principal, n: NeedRef, f: NeedFacts) => AppError | null;
  /** checked after the state */
  then?: (viewer: Principal, n: NeedRef, f: NeedFacts) => AppError | null;
}

const N = NeedStatus;
const staff = (action: string) => (v: Principal, n: NeedRef) => (hasZoneRole(v, n.zoneId, [Role.COUNCIL_STAFF]) ? null : new ForbiddenError('zoneRole', { action }));
const author = (zh: string) => (v: Principal, n: NeedRef) => (v.id === n.submitterId ? null : new ForbiddenError('authorOnly', { actionZh: zh }));
const wishOnly = (zh: string, en: string) => (n: NeedRef) => (n.kind === NeedKind.MICRO_WISH ? null : new BadInputError(`needId: ${zh} (${en})`, 'needId'));

export const NEED_ACTIONS: Record<NeedAction, NeedRule> = {
  support: {
    in: OPEN_NEED_STATUSES,
    words: { zh: '支持', en: 'support' },
    // the author is already behind the need: supporting it too would count them twice
    who: (v, n) => (v.id === n.submitterId ? new ConflictError('ownNeed') : null),
    then: (_v, _n, f) => (f.supporting ? new ConflictError('alreadySupported') : null),
  },
  unsupport: {
    in: OPEN_NEED_STATUSES,
    words: { zh: '取消支持', en: 'withdraw support' },
    who: () => null,
    then: (_v, _n, f) => (f.supporting ? null : new ConflictError('notSupported')),
  },
  accept: { in: NEED_MOVES.accept.from, words: { zh: '纳入需求菜单', en: 'accept' }, who: staff('审核需求') },
  reject: { in: NEED_MOVES.reject.from, words: { zh: '不予采纳', en: 'reject' }, who: staff('审核需求') },
  merge: { in: NEED_MOVES.merge.from, words: { zh: '合并', en: 'merge' }, who: staff('合并需求') },
  claimWish: {
    in: NEED_MOVES.claimWish.from,
    words: { zh: '点亮', en: 'claim the wish' },
    who: (v, n, f) =>
      wishOnly('只有微心愿可以点亮', 'only micro-wishes can be claimed')(n) ??
      (f.unitId === null && v.id === n.submitterId ? new ForbiddenError('ownWish') : null),
  },
  confirmFulfilled: {
    in: NEED_MOVES.confirmFulfilled.from,
    words: { zh: '确认实现', en: 'confirm fulfilment' },
    who: (v, n) =>
      wishOnly('只有微心愿需要确认实现', 'only micro-wishes are confirmed this way')(n) ??
      (v.id === n.submitterId || (n.channel !== NeedChannel.APP && hasZoneRole(v, n.zoneId, [Role.COUNCIL_STAFF]))
        ? null
        : new ForbiddenError('wisherConfirms')),
  },
  // updateMyNeed and withdrawNeed: the author, while the need waits for review
  edit: { in: [N.SUBMITTED], words: { zh: '修改', en: 'edit' }, who: author('修改需求') },
  withdraw: { in: NEED_MOVES.withdraw.from, words: { zh: '撤回', en: 'withdraw' }, who: author('撤回需求') },
  // createProject (and updateProject's source needs): staff take a need of the menu into a project
  createProject: { in: NEED_MOVES.linkProject.from, words: { zh: '纳入项目', en: 'take into a project' }, who: staff('起草项目') },
  // recategorizeNeed: staff correct the category of a reviewed need (recorded in its history)
  recategorize: { in: [N.ACCEPTED, N.IN_PROJECT, N.CLAIMED, N.FULFILLED], words: { zh: '更正分类', en: 'correct the category' }, who: staff('更正需求分类') },
};

/** Why the caller may not do `action` now, or null: signed in, then who, then the state, then the rest. */
export function needRefusal(action: NeedAction, viewer: Principal | null | undefined, n: NeedRef, facts: NeedFacts = NO_NEED_FACTS): AppError | null {
  const rule = NEED_ACTIONS[action];
  if (!viewer) return new UnauthenticatedError();
  const who = rule.who(viewer, n, facts);
  if (who) return who;
  if (!rule.in.includes(n.status)) return needStateConflict(n.status, rule.words);
  return rule.then?.(viewer, n, facts) ?? null;
}

export function assertNeedAction(action: NeedAction, viewer: Principal | null | undefined, n: NeedRef, facts: NeedFacts = NO_NEED_FACTS): asserts viewer is Principal {
  const refusal = needRefusal(action, viewer, n, facts);
  if (refusal) throw refusal;
}

/** Need.availableActions: everything the caller may do now, in table order. */
export function needActions(viewer: Principal | null | undefined, n: NeedRef, facts: NeedFacts): NeedAction[] {
  // a visitor is shown what any signed-in person could do (the web asks them to sign in first)
  return (Object.keys(NEED_ACTIONS) as NeedAction[]).filter((a) => !needRefusal(a, viewer ?? GUEST, n, viewer ? facts : NO_NEED_FACTS));
}

/** The unit a caller would claim a wish for in this zone: their own, when they are its UNIT_ADMIN. */
export function ownUnitIn(viewer: Principal | null | undefined, zoneId: number): number | null {
  return viewer?.unitId != null && hasZoneRole(viewer, zoneId, [Role.UNIT_ADMIN]) ? viewer.unitId : null;
}

/** Whether the caller supports the need, read from the database (the mutations' path). */
export async function loadSupporting(db: DataSource | EntityManager, viewer: Principal, needId: number): Promise<boolean> {
  return db.getRepository(NeedSupportEntity).exists({ where: { needId, userId: viewer.id } });
}
