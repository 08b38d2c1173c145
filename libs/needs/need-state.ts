import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { NeedStatus } from '@app/common/glossary';
import { MenuCounterEntity, NeedEntity, NeedEventEntity } from './needs.entities';

/**
 * The need state machine as data (domain.md §3): every allowed move, and nothing else.
 *
 *   SUBMITTED → ACCEPTED | REJECTED | MERGED
 *   ACCEPTED  → IN_PROJECT | CLAIMED (点亮心愿, micro-wishes) | MERGED (duplicate found in the menu)
 *   IN_PROJECT → FULFILLED | ACCEPTED (back to the menu when its project is cancelled)
 *   CLAIMED   → FULFILLED
 */
export const NEED_MOVES: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  SUBMITTED: [NeedStatus.ACCEPTED, NeedStatus.REJECTED, NeedStatus.MERGED],
  ACCEPTED: [NeedStatus.IN_PROJECT, NeedStatus.CLAIMED, NeedStatus.MERGED],
  IN_PROJECT: [NeedStatus.FULFILLED, NeedStatus.ACCEPTED],
  CLAIMED: [NeedStatus.FULFILLED],
  REJECTED: [],
  MERGED: [],
  FULFILLED: [],
};

/** Needs people may still support or merge into (and that similarNeeds offers). */
export const OPEN_NEED_STATUSES: readonly NeedStatus[] = [
  NeedStatus.SUBMITTED,
  NeedStatus.ACCEPTED,
  NeedStatus.CLAIMED,
  NeedStatus.IN_PROJECT,
];

export function canMove(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_MOVES[from]?.includes(to) ?? false;
}

function isMysql(m: EntityManager): boolean {
  const t = m.connection.options.type;
  return t === 'mysql' || t === 'mariadb';
}

/** Keeps menu_counters (ACCEPTED needs per zone and category) in step; call inside the transaction. */
export async function bumpMenuCounter(m: EntityManager, zoneId: number, category: string, delta: number): Promise<void> {
  if (!delta) return;
  await m.createQueryBuilder().insert().into(MenuCounterEntity).values({ zoneId, category: category as never, count: 0 }).orIgnore().execute();
  await m
    .createQueryBuilder()
    .update(MenuCounterEntity)
    .set({ count: () => `count + (${Math.trunc(delta)})` })
    .where('zone_id = :zoneId AND category = :category', { zoneId, category })
    .execute();
}

/**
 * Applies one move of a need's status, inside the caller's transaction `m`:
 * - the move must be allowed by NEED_MOVES and the need's current status must be one of `from`;
 * - the UPDATE is conditional on that status, so of two concurrent movers exactly one wins;
 * - writes a need_events row (action, from, to, actor, note);
 * - keeps menu_counters right when the need enters or leaves ACCEPTED (reads the category itself,
 *   after `set` was applied).
 * `set` may carry other columns changed by the same move (category on accept, reject reason,
 * merged_into_id, claimant…).
 * Returns false when the need does not exist or is not (any more) in one of `from`; the caller
 * decides which error that is.
 */
export async function applyNeedMove(
  m: EntityManager,
  needId: number,
  from: NeedStatus[],
  to: NeedStatus,
  actorId: number,
  action: string,
  note?: string | null,
  set?: QueryDeepPartialEntity<NeedEntity>,
): Promise<boolean> {
  const qb = m.getRepository(NeedEntity).createQueryBuilder('n').select(['n.id', 'n.status', 'n.category', 'n.zoneId']).where('n.id = :id', { id: needId });
  // MySQL: a locking read sees the latest committed status (not the transaction's snapshot) and
  // queues concurrent movers; SQLite transactions are already serialised.
  if (isMysql(m)) qb.setLock('pessimistic_write');
  const current = await qb.getOne();
  if (!current) return false;
  const was = current.status;
  if (!from.includes(was) || !canMove(was, to)) return false;

  const res = await m
    .createQueryBuilder()
    .update(NeedEntity)
    .set({ ...(set ?? {}), status: to })
    .where('id = :id AND status = :was', { id: needId, was })
    .execute();
  if (!res.affected) return false;

  const zoneId = current.zoneId;
  if (was === NeedStatus.ACCEPTED && current.category) await bumpMenuCounter(m, zoneId, current.category, -1);
  if (to === NeedStatus.ACCEPTED) {
    const after = await m.getRepository(NeedEntity).findOne({ where: { id: needId }, select: ['id', 'category'] });
    if (after?.category) await bumpMenuCounter(m, zoneId, after.category, +1);
  }

  await m.getRepository(NeedEventEntity).insert({
    needId,
    zoneId,
    action: action.slice(0, 32),
    fromStatus: was,
    toStatus: to,
    actorId,
    note: note ? note.slice(0, 500) : null,
  });
  return true;
}
