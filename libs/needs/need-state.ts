import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ConflictError, isUniqueViolation, NotFoundError } from '@app/common/errors';
import { label, NeedStatus } from '@app/common/glossary';
import { lockRow } from '@app/database/transaction';
import { JobName } from '@app/jobs/job-names';
import { enqueueJob } from '@app/jobs/jobs.service';
import { syncNeedPostings } from './need-search';
import { MenuCounterEntity, NeedCounterEntity, NeedEntity, NeedEventEntity, NeedSupportEntity } from './needs.entities';

const N = NeedStatus;

/**
 * The need state machine as data (domain.md §3), shaped like the project's: every named move, the
 * states it may start from, the state it leads to, and the word its history row records.
 *
 *   SUBMITTED → ACCEPTED | REJECTED | MERGED | WITHDRAWN (by its author)
 *   ACCEPTED  → IN_PROJECT | CLAIMED (点亮心愿, micro-wishes) | MERGED (duplicate found in the menu)
 *   IN_PROJECT → FULFILLED | ACCEPTED (back to the menu when its project is cancelled)
 *   CLAIMED   → FULFILLED
 */
export const NEED_MOVES = {
  accept: { from: [N.SUBMITTED], to: N.ACCEPTED, recorded: 'accept', zh: '纳入需求菜单' },
  reject: { from: [N.SUBMITTED], to: N.REJECTED, recorded: 'reject', zh: '不予采纳' },
  merge: { from: [N.SUBMITTED, N.ACCEPTED], to: N.MERGED, recorded: 'merge', zh: '合并' },
  claimWish: { from: [N.ACCEPTED], to: N.CLAIMED, recorded: 'claim', zh: '点亮' },
  confirmFulfilled: { from: [N.CLAIMED], to: N.FULFILLED, recorded: 'fulfil', zh: '确认实现' },
  linkProject: { from: [N.ACCEPTED], to: N.IN_PROJECT, recorded: 'link-project', zh: '纳入项目' },
  releaseProject: { from: [N.IN_PROJECT], to: N.ACCEPTED, recorded: 'release-project', zh: '回到需求菜单' },
  fulfilProject: { from: [N.IN_PROJECT], to: N.FULFILLED, recorded: 'fulfil-project', zh: '随项目完成实现' },
  withdraw: { from: [N.SUBMITTED], to: N.WITHDRAWN, recorded: 'withdraw', zh: '撤回' },
} as const satisfies Record<string, { from: readonly NeedStatus[]; to: NeedStatus; recorded: string; zh: string }>;

export type NeedMove = keyof typeof NEED_MOVES;

/** The named moves the table allows from a state, in table order. */
export function needMovesFrom(status: NeedStatus): NeedMove[] {
  return (Object.keys(NEED_MOVES) as NeedMove[]).filter((move) => (NEED_MOVES[move].from as readonly NeedStatus[]).includes(status));
}

/** Does some move lead from `from` to `to`? */
export function canMove(from: NeedStatus, to: NeedStatus): boolean {
  return needMovesFrom(from).some((move) => NEED_MOVES[move].to === to);
}

/** CONFLICT naming the need's state and the moves possible from it (like the project's stateConflict). */
export function needStateConflict(status: NeedStatus, action: NeedMove | { zh: string; en: string }): ConflictError {
  const next = needMovesFrom(status);
  const words = typeof action === 'string' ? { zh: NEED_MOVES[action].zh, en: action } : action;
  return new ConflictError('needState', {
    status,
    statusZh: label('NeedStatus', status),
    actionZh: words.zh,
    actionEn: words.en,
    nextZh: next.length ? next.map((m) => NEED_MOVES[m].zh).join('、') : '无',
    nextEn: next.join(', ') || 'none',
    currentStatus: status,
    allowedMoves: next,
  });
}

/** Needs people may still support or merge into (and that similarNeeds offers). */
export const OPEN_NEED_STATUSES: readonly NeedStatus[] = [
  NeedStatus.SUBMITTED,
  NeedStatus.ACCEPTED,
  NeedStatus.CLAIMED,
  NeedStatus.IN_PROJECT,
];

/**
 * Adds `delta` to a counter row: UPDATE first and INSERT only when the row does not exist yet.
 * (INSERT IGNORE before the UPDATE would take a shared lock on the existing row, and two
 * transactions upgrading their shared locks deadlock each other on MySQL.)
 */
async function addToCounter(m: EntityManager, entity: typeof MenuCounterEntity | typeof NeedCounterEntity, key: Record<string, unknown>, delta: number) {
  const where = Object.keys(key)
    .map((k) => `${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} = :${k}`)
    .join(' AND ');
  const bump = () =>
    m
      .createQueryBuilder()
      .update(entity)
      .set({ count: () => `count + (${Math.trunc(delta)})` })
      .where(where, key)
      .execute();
  if ((await bump()).affected) return;
  try {
    await m.createQueryBuilder().insert().into(entity).values({ ...key, count: delta }).execute();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    await bump(); // another transaction created the row meanwhile
  }
}

/** Keeps menu_counters (ACCEPTED needs per zone and category) in step; call inside the transaction. */
export async function bumpMenuCounter(m: EntityManager, zoneId: number, category: string, delta: number): Promise<void> {
  if (!delta) return;
  await addToCounter(m, MenuCounterEntity, { zoneId, category }, delta);
}

export const NEED_COUNTER_SLOTS = 8;

/** What a need_counters row counts: the needs of a zone in one status, kind, category and channel. */
export interface NeedCounterKey {
  zoneId: number;
  status: NeedStatus;
  kind: string;
  category: string | null;
  channel: string;
}

/**
 * Keeps need_counters (needs per zone, status, kind, category, channel) in step; call inside the
 * transaction that inserts a need or changes its status or category.
 */
export async function bumpNeedCounter(
  m: EntityManager,
  key: NeedCounterKey,
  delta: number,
): Promise<void> {
  await bumpNeedCounters(m, [{ ...key, delta }]);
}

/** Several counter changes at once, applied in one fixed order so transactions never lock them crosswise. */
export async function bumpNeedCounters(m: EntityManager, changes: (NeedCounterKey & { delta: number })[]): Promise<void> {
  const rows = changes
    .filter((c) => c.delta)
    .map((c) => ({
      key: { zoneId: c.zoneId, status: c.status, kind: c.kind, category: c.category ?? '', channel: c.channel, slot: Math.floor(Math.random() * NEED_COUNTER_SLOTS) },
      delta: c.delta,
    }))
    .sort((a, b) => (JSON.stringify(Object.values(a.key)) < JSON.stringify(Object.values(b.key)) ? -1 : 1));
  for (const r of rows) await addToCounter(m, NeedCounterEntity, r.key, r.delta);
}

/**
 * Applies a named move of a need, inside the caller's transaction `m` (the shape of
 * applyProjectMove): locks the row, refuses with CONFLICT naming the state and the possible next
 * moves when the table does not allow it (NOT_FOUND when there is no such need), then
 * - a conditional UPDATE on the status, so of two concurrent movers exactly one wins;
 * - a need_events row (the move's recorded word, from, to, actor, note);
 * - menu_counters right when the need enters or leaves ACCEPTED, and need_counters always.
 * `set` may carry other columns changed by the same move (category on accept, reject reason,
 * merged_into_id, claimant…). `tryNeedMove` is the same but answers false instead of refusing.
 */
export async function applyNeedMove(m: EntityManager, needId: number, move: NeedMove, actorId: number, note?: string | null, set?: QueryDeepPartialEntity<NeedEntity>): Promise<void> {
  const rule = NEED_MOVES[move];
  const outcome = await moveNeed(m, needId, rule.from, rule.to, actorId, rule.recorded, note, set);
  if (outcome === 'missing') throw new NotFoundError('Need', needId);
  if (outcome !== 'moved') throw needStateConflict(outcome, move);
}

/** applyNeedMove that answers false instead of refusing (bulk moves that skip needs moved meanwhile). */
export async function tryNeedMove(m: EntityManager, needId: number, move: NeedMove, actorId: number, note?: string | null, set?: QueryDeepPartialEntity<NeedEntity>): Promise<boolean> {
  const rule = NEED_MOVES[move];
  return (await moveNeed(m, needId, rule.from, rule.to, actorId, rule.recorded, note, set)) === 'moved';
}

/** 'moved', 'missing', or the status that refused the move. */
async function moveNeed(
  m: EntityManager,
  needId: number,
  from: readonly NeedStatus[],
  to: NeedStatus,
  actorId: number,
  action: string,
  note?: string | null,
  set?: QueryDeepPartialEntity<NeedEntity>,
): Promise<'moved' | 'missing' | NeedStatus> {
  const current = await lockRow(m, NeedEntity, needId, { select: ['id', 'status', 'category', 'zoneId', 'kind', 'channel', 'title', 'submitterId', 'claimedByUserId'] });
  if (!current) return 'missing';
  const was = current.status;
  if (!from.includes(was) || !canMove(was, to)) return was;

  const res = await m
    .createQueryBuilder()
    .update(NeedEntity)
    .set({ ...(set ?? {}), status: to })
    .where('id = :id AND status = :was', { id: needId, was })
    .execute();
  if (!res.affected) {
    const now = await m.getRepository(NeedEntity).findOne({ where: { id: needId }, select: ['id', 'status'] });
    return now ? now.status : 'missing';
  }

  // the search postings carry the status: rewritten in this transaction
  await syncNeedPostings(m, [needId]);
  const zoneId = current.zoneId;
  const category = set && 'category' in set ? ((set.category as string | null) ?? null) : current.category;
  if (was === NeedStatus.ACCEPTED && current.category) await bumpMenuCounter(m, zoneId, current.category, -1);
  if (to === NeedStatus.ACCEPTED && category) await bumpMenuCounter(m, zoneId, category, +1);
  await bumpNeedCounters(m, [
    { zoneId, status: was, kind: current.kind, category: current.category, channel: current.channel, delta: -1 },
    { zoneId, status: to, kind: current.kind, category, channel: current.channel, delta: +1 },
  ]);

  const event = await m.getRepository(NeedEventEntity).insert({
    needId,
    zoneId,
    action: action.slice(0, 32),
    fromStatus: was,
    toStatus: to,
    actorId,
    note: note ? note.slice(0, 500) : null,
  });
  await tellNeedFollowers(m, current, was, to, actorId, Number(event.identifiers[0].id), note);
  return 'moved';
}

/**
 * Who a direct message of the same step already tells (need-review and project completion write
 * those): followers' step notices skip them, so nobody is told one step twice.
 */
async function toldDirectly(m: EntityManager, need: NeedEntity, was: NeedStatus, to: NeedStatus): Promise<number[]> {
  if (to === NeedStatus.REJECTED || to === NeedStatus.MERGED || to === NeedStatus.CLAIMED) return [need.submitterId];
  if (to === NeedStatus.ACCEPTED && was === NeedStatus.SUBMITTED) return [need.submitterId];
  if (to === NeedStatus.IN_PROJECT) return [need.submitterId]; // createProject tells the author (need-in-project)
  if (to === NeedStatus.FULFILLED) {
    const supporters = await m.getRepository(NeedSupportEntity).find({ where: { needId: need.id }, select: ['userId'] });
    return [need.submitterId, ...(need.claimedByUserId ? [need.claimedByUserId] : []), ...supporters.map((s) => s.userId)];
  }
  return [];
}

/** One notification per step per follower of the need (the event id makes the key). */
async function tellNeedFollowers(m: EntityManager, need: NeedEntity, was: NeedStatus, to: NeedStatus, actorId: number, eventId: number, note?: string | null): Promise<void> {
  const except = [actorId, ...(await toldDirectly(m, need, was, to))];
  await enqueueJob(m, JobName.Notify, {
    followersOf: { subjectType: 'need', subjectId: need.id },
    exceptUserIds: [...new Set(except)],
    zoneId: need.zoneId,
    kind: 'need-step',
    link: `/needs/${need.id}`,
    title: `你关注的需求:${label('NeedStatus', to)}`,
    body: `「${need.title}」:${label('NeedStatus', was)} → ${label('NeedStatus', to)}${note ? `。${note.slice(0, 200)}` : ''}`,
    dedupeKey: `need-step:${eventId}`,
  });
}

/**
 * Recomputes a zone's need_counters and menu_counters from the needs rows (one GROUP BY). For bulk
 * loads that bypass applyNeedMove — the demo seed and the benchmark — never on a request path.
 */
export async function rebuildNeedCounters(m: EntityManager, zoneId: number): Promise<void> {
  await m.getRepository(NeedCounterEntity).delete({ zoneId });
  await m.getRepository(MenuCounterEntity).delete({ zoneId });
  const groups: { status: NeedStatus; kind: string; category: string | null; channel: string; n: string | number }[] = await m
    .getRepository(NeedEntity)
    .createQueryBuilder('n')
    .select('n.status', 'status')
    .addSelect('n.kind', 'kind')
    .addSelect('n.category', 'category')
    .addSelect('n.channel', 'channel')
    .addSelect('COUNT(*)', 'n')
    .where('n.zone_id = :zoneId', { zoneId })
    .groupBy('n.status')
    .addGroupBy('n.kind')
    .addGroupBy('n.category')
    .addGroupBy('n.channel')
    .getRawMany();
  if (groups.length) {
    await m
      .getRepository(NeedCounterEntity)
      .insert(groups.map((g) => ({ zoneId, status: g.status, kind: g.kind as never, category: g.category ?? '', channel: g.channel, slot: 0, count: Number(g.n) })));
  }
  const menu = new Map<string, number>();
  for (const g of groups) if (g.status === NeedStatus.ACCEPTED && g.category) menu.set(g.category, (menu.get(g.category) ?? 0) + Number(g.n));
  if (menu.size) await m.getRepository(MenuCounterEntity).insert([...menu].map(([category, count]) => ({ zoneId, category: category as never, count })));
}
