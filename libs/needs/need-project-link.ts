import { EntityManager, In } from 'typeorm';
import { BadInputError, ConflictError } from '@app/common/errors';
import { label, NeedStatus } from '@app/common/glossary';
import { tryNeedMove } from './need-state';
import { NeedEntity, NeedSupportEntity } from './needs.entities';

/**
 * How projects move their source needs (owned by the projects feature, kept beside the need state
 * machine it drives). Every change goes through the need's named moves (tryNeedMove), inside the project's transaction,
 * so need_events and menu_counters stay right.
 */

/** ACCEPTED needs of the zone → IN_PROJECT, linked to the project. Ids in ascending order (lock order). */
export async function linkSourceNeeds(m: EntityManager, needIds: number[], projectId: number, zoneId: number, actorId: number): Promise<void> {
  const ids = [...new Set(needIds)].sort((a, b) => a - b);
  if (!ids.length) throw new BadInputError('sourceNeedRequired', 'sourceNeedIds');
  const needs = await m.getRepository(NeedEntity).find({ where: { id: In(ids) }, select: ['id', 'zoneId', 'status'] });
  const byId = new Map(needs.map((n) => [n.id, n]));
  for (const id of ids) {
    const need = byId.get(id);
    if (!need || need.zoneId !== zoneId) {
      throw new BadInputError('sourceNeedNotOfZone', 'sourceNeedIds', { needId: String(id) });
    }
  }
  for (const id of ids) {
    const moved = await tryNeedMove(m, id, 'linkProject', actorId, `纳入项目 #${projectId}`, { projectId });
    if (!moved) {
      const now = await m.getRepository(NeedEntity).findOne({ where: { id }, select: ['id', 'status'] });
      const state = now ? label('NeedStatus', now.status) : '不存在';
      throw new ConflictError(
        `需求 ${id} 当前为「${state}」,只有已纳入菜单的需求可以立项 (need ${id} is ${now?.status ?? 'gone'}; only ACCEPTED needs can start a project)`,
        { field: 'sourceNeedIds', needId: id },
      );
    }
  }
}

/** The project was rejected or cancelled: its IN_PROJECT needs return to the menu (ACCEPTED). */
export async function releaseSourceNeeds(m: EntityManager, projectId: number, actorId: number, note: string): Promise<number[]> {
  const needs = await m.getRepository(NeedEntity).find({ where: { projectId, status: NeedStatus.IN_PROJECT }, select: ['id'], order: { id: 'ASC' } });
  const released: number[] = [];
  for (const n of needs) {
    if (await tryNeedMove(m, n.id, 'releaseProject', actorId, note)) released.push(n.id);
  }
  return released;
}

/**
 * The project was completed: its IN_PROJECT needs become FULFILLED. Returns the needs moved and the
 * people to tell (their submitters and supporters, each once).
 */
export async function fulfilSourceNeeds(
  m: EntityManager,
  projectId: number,
  actorId: number,
  note: string,
): Promise<{ needIds: number[]; peopleToTell: number[] }> {
  const needs = await m.getRepository(NeedEntity).find({ where: { projectId, status: NeedStatus.IN_PROJECT }, select: ['id', 'submitterId'], order: { id: 'ASC' } });
  const needIds: number[] = [];
  const people = new Set<number>();
  const now = new Date();
  for (const n of needs) {
    if (await tryNeedMove(m, n.id, 'fulfilProject', actorId, note, { fulfilledAt: now })) {
      needIds.push(n.id);
      people.add(n.submitterId);
    }
  }
  if (needIds.length) {
    const supports = await m.getRepository(NeedSupportEntity).find({ where: { needId: In(needIds) }, select: ['userId'] });
    supports.forEach((s) => people.add(s.userId));
  }
  return { needIds, peopleToTell: [...people].sort((a, b) => a - b) };
}

/**
 * The people a project's source needs speak for: each need's author, and its supporters. Used to
 * tell residents that their need became part of a project, and when that project is claimed.
 */
export async function sourceNeedPeople(m: EntityManager, projectId: number): Promise<{ needs: { id: number; title: string; submitterId: number }[]; people: number[] }> {
  const needs = await m.getRepository(NeedEntity).find({ where: { projectId }, select: ['id', 'title', 'submitterId'], order: { id: 'ASC' } });
  const people = new Set(needs.map((n) => n.submitterId));
  if (needs.length) {
    const supports = await m.getRepository(NeedSupportEntity).find({ where: { needId: In(needs.map((n) => n.id)) }, select: ['userId'] });
    supports.forEach((s) => people.add(s.userId));
  }
  return { needs, people: [...people].sort((a, b) => a - b) };
}
