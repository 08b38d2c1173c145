import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '@app/common/errors';
import { label, ProjectStatus, PUBLIC_PROJECT_STATUSES } from '@app/common/glossary';
import { ProjectEntity, ProjectEventEntity } from './projects.entities';
import { lockRow } from '@app/database/transaction';
import { JobName } from '@app/jobs/job-names';
import { enqueueJob } from '@app/jobs/jobs.service';

/**
 * The project state machine (domain.md §4) as data: every move, the states it may start from and
 * the state it leads to. All status changes of a project go through `applyProjectMove`.
 */
export type ProjectMove =
  | 'propose'
  | 'resolve'
  | 'returnToDraft'
  | 'approve'
  | 'reject'
  | 'publish'
  | 'claim'
  | 'start'
  | 'complete'
  | 'evaluate'
  | 'cancel'
  | 'reopen';

const S = ProjectStatus;

/** one table of allowed moves: from-states → to-state */
export const PROJECT_MOVES: Record<ProjectMove, { from: ProjectStatus[]; to: ProjectStatus }> = {
  propose: { from: [S.DRAFT], to: S.PROPOSED },
  /** closeResolution, passed */
  resolve: { from: [S.PROPOSED], to: S.RESOLVED },
  /** closeResolution not passed (from PROPOSED) or decide: RETURN (from RESOLVED) */
  returnToDraft: { from: [S.PROPOSED, S.RESOLVED], to: S.DRAFT },
  approve: { from: [S.RESOLVED], to: S.APPROVED },
  reject: { from: [S.RESOLVED], to: S.CANCELLED },
  publish: { from: [S.APPROVED], to: S.PUBLISHED },
  /** the first claim; later claims leave the status as it is */
  claim: { from: [S.PUBLISHED], to: S.CLAIMED },
  start: { from: [S.CLAIMED], to: S.IN_PROGRESS },
  complete: { from: [S.IN_PROGRESS], to: S.COMPLETED },
  /** the project's survey closed */
  evaluate: { from: [S.COMPLETED], to: S.EVALUATED },
  cancel: {
    from: [S.DRAFT, S.PROPOSED, S.RESOLVED, S.APPROVED, S.PUBLISHED, S.CLAIMED, S.IN_PROGRESS],
    to: S.CANCELLED,
  },
  /** the last claim was released: back on the 项目清单 for other units */
  reopen: { from: [S.CLAIMED, S.IN_PROGRESS], to: S.PUBLISHED },
};

export const PROJECT_MOVE_LABELS: Record<ProjectMove, { zh: string; en: string }> = {
  propose: { zh: '提议', en: 'propose' },
  resolve: { zh: '决议通过', en: 'resolve' },
  returnToDraft: { zh: '退回草稿', en: 'return to draft' },
  approve: { zh: '批准', en: 'approve' },
  reject: { zh: '不予批准', en: 'reject' },
  publish: { zh: '发布', en: 'publish' },
  claim: { zh: '认领', en: 'claim' },
  start: { zh: '开始实施', en: 'start' },
  complete: { zh: '完成', en: 'complete' },
  evaluate: { zh: '评估', en: 'evaluate' },
  cancel: { zh: '撤销', en: 'cancel' },
  reopen: { zh: '重新开放认领', en: 'reopen for claims' },
};

/**
 * What else may happen to a project, and in which states; these change no status (except the
 * first claim, which also applies the 'claim' move).
 */
export type ProjectActivity = 'vote' | 'claim' | 'report' | 'join' | 'update' | 'release';
export const PROJECT_ACTIVITIES: Record<ProjectActivity, { in: ProjectStatus[]; zh: string; en: string }> = {
  vote: { in: [S.PROPOSED], zh: '投票', en: 'vote' },
  claim: { in: [S.PUBLISHED, S.CLAIMED], zh: '认领', en: 'claim' },
  report: { in: [S.CLAIMED, S.IN_PROGRESS], zh: '报告进度', en: 'report progress' },
  join: { in: [S.CLAIMED, S.IN_PROGRESS], zh: '报名参加', en: 'join' },
  /** updateProject: a draft, also one sent back by the board or the party committee */
  update: { in: [S.DRAFT], zh: '修改', en: 'update' },
  /** releaseClaim: before completion */
  release: { in: [S.CLAIMED, S.IN_PROGRESS], zh: '退出认领', en: 'release a claim' },
};

/** Throws the state CONFLICT unless the activity is allowed in this status. */
export function assertActivity(status: ProjectStatus, activity: ProjectActivity): void {
  const a = PROJECT_ACTIVITIES[activity];
  if (!a.in.includes(status)) throw stateConflict(status, a);
}

/** Statuses in which a project can no longer be late. */
export const FINISHED_PROJECT_STATUSES: ProjectStatus[] = [S.COMPLETED, S.EVALUATED, S.CANCELLED];

/** Past endsOn (the day after it, Asia/Shanghai) and not yet COMPLETED, EVALUATED or CANCELLED. */
export function isOverdue(p: Pick<ProjectEntity, 'endsOn' | 'status'>, today: string): boolean {
  return !!p.endsOn && p.endsOn < today && !FINISHED_PROJECT_STATUSES.includes(p.status);
}

/** Statuses in which a project is on the public 项目清单. */
export { PUBLIC_PROJECT_STATUSES };

/** The moves the table allows from a state, in table order. */
export function movesFrom(status: ProjectStatus): ProjectMove[] {
  return (Object.keys(PROJECT_MOVES) as ProjectMove[]).filter((move) => PROJECT_MOVES[move].from.includes(status));
}

export function canMove(status: ProjectStatus, move: ProjectMove): boolean {
  return PROJECT_MOVES[move].from.includes(status);
}

/**
 * CONFLICT naming the current state and what may happen next. `action` is a move of the table or,
 * for actions that are not moves (castVote, reportProgress, joinProject…), its own label.
 */
export function stateConflict(status: ProjectStatus, action: ProjectMove | { zh: string; en: string }): ConflictError {
  const next = movesFrom(status);
  const what = typeof action === 'string' ? PROJECT_MOVE_LABELS[action] : action;
  const zhNext = next.length ? next.map((m) => PROJECT_MOVE_LABELS[m].zh).join('、') : '无';
  const enNext = next.length ? next.join(', ') : 'none';
  return new ConflictError('projectState', {
    status,
    statusZh: label('ProjectStatus', status),
    actionZh: what.zh,
    actionEn: what.en,
    nextZh: zhNext,
    nextEn: enNext,
    currentStatus: status,
    allowedMoves: next,
  });
}

/** Reads a project, locking its row on MySQL/MariaDB when inside a transaction; NOT_FOUND when absent. */
export async function lockProject(m: EntityManager, projectId: number): Promise<ProjectEntity> {
  const project = await lockRow(m, ProjectEntity, projectId);
  if (!project) throw new NotFoundError('Project', projectId);
  return project;
}

/** Reads a project without a lock; NOT_FOUND when absent. */
export async function loadProject(db: DataSource | EntityManager, projectId: number): Promise<ProjectEntity> {
  const project = await db.getRepository(ProjectEntity).findOneBy({ id: projectId });
  if (!project) throw new NotFoundError('Project', projectId);
  return project;
}

/** The first timeline entry: the draft was created (no from-state). */
export async function recordDraft(m: EntityManager, project: Pick<ProjectEntity, 'id' | 'zoneId'>, actorId: number, note?: string | null): Promise<void> {
  await m.insert(ProjectEventEntity, {
    projectId: project.id,
    zoneId: project.zoneId,
    round: 0,
    fromStatus: null,
    toStatus: S.DRAFT,
    actorId,
    note: note ? note.slice(0, 1000) : null,
  });
}

/**
 * A timeline entry that changes no status (a draft edited, a claim released), in the project's
 * current board round; followers are told like for a move.
 */
export async function recordEvent(m: EntityManager, project: ProjectEntity, actorId: number, note: string, tell: { title: string; exceptUserIds?: number[] } | null): Promise<void> {
  const res = await m.insert(ProjectEventEntity, {
    projectId: project.id,
    zoneId: project.zoneId,
    round: project.resolutionRound,
    fromStatus: project.status,
    toStatus: project.status,
    actorId,
    note: note.slice(0, 1000),
  });
  if (tell) await tellProjectFollowers(m, project, Number(res.identifiers[0].id), tell.title, `:${note}`, [actorId, ...(tell.exceptUserIds ?? [])]);
}

/**
 * Who a direct message of the same step already tells (project-flow and claims write those), so
 * followers' step notices skip them: nobody is told one step twice.
 */
const PROPOSER_TOLD: ProjectMove[] = ['resolve', 'returnToDraft', 'approve', 'reject'];
const ZONE_ROLES_TOLD: Partial<Record<ProjectMove, string[]>> = { publish: ['UNIT_ADMIN'], claim: ['COUNCIL_STAFF'] };

/** One notification per step per follower (the timeline entry's id makes the key). */
async function tellProjectFollowers(m: EntityManager, project: ProjectEntity, entryId: number, title: string, body: string, exceptUserIds: number[], exceptZoneRoles?: string[]): Promise<void> {
  await enqueueJob(m, JobName.Notify, {
    followersOf: { subjectType: 'project', subjectId: project.id },
    exceptUserIds: [...new Set(exceptUserIds)],
    ...(exceptZoneRoles ? { exceptZoneRoles } : {}),
    zoneId: project.zoneId,
    kind: 'project-step',
    link: `/projects/${project.id}`,
    title: `你关注的项目:${title}`.slice(0, 120),
    body: `「${project.title}」${body}`,
    dedupeKey: `project-step:${entryId}`,
  });
}

/**
 * Applies a move with a conditional UPDATE on status and writes the project_events row;
 * throws ConflictError naming the current state and the moves possible from it when the state
 * doesn't allow it; NotFoundError if no project. Run it inside the transaction of the change.
 * `options.onlyFrom` narrows the table's from-states for one caller (decide: RETURN is
 * returnToDraft from RESOLVED only).
 */
export async function applyProjectMove(
  m: EntityManager,
  projectId: number,
  move: ProjectMove,
  actorId: number,
  note?: string | null,
  options: { onlyFrom?: ProjectStatus[] } = {},
): Promise<ProjectEntity> {
  const rule = PROJECT_MOVES[move];
  const project = await lockProject(m, projectId);
  const allowed = options.onlyFrom ? rule.from.filter((s) => options.onlyFrom!.includes(s)) : rule.from;
  if (!allowed.includes(project.status)) throw stateConflict(project.status, move);

  const from = project.status;
  const now = new Date();
  const set: Record<string, unknown> = { status: rule.to };
  if (move === 'propose') {
    set.resolutionRound = () => 'resolution_round + 1';
    set.proposedById = actorId;
  }
  if (move === 'complete') set.completedAt = now;

  const result = await m
    .createQueryBuilder()
    .update(ProjectEntity)
    .set(set)
    .where('id = :id AND status = :from', { id: projectId, from })
    .execute();
  if (!result.affected) {
    // Somebody else moved it first: name the state it is in now.
    const current = await m.findOne(ProjectEntity, { where: { id: projectId } });
    if (!current) throw new NotFoundError('Project', projectId);
    throw stateConflict(current.status, move);
  }

  if (move === 'propose') {
    project.resolutionRound += 1;
    project.proposedById = actorId;
  }
  const entry = await m.insert(ProjectEventEntity, {
    projectId,
    zoneId: project.zoneId,
    round: project.resolutionRound,
    fromStatus: from,
    toStatus: rule.to,
    actorId,
    note: note ? note.slice(0, 1000) : null,
  });

  project.status = rule.to;
  if (move === 'complete') project.completedAt = now;
  const except = [actorId, ...(PROPOSER_TOLD.includes(move) && project.proposedById ? [project.proposedById] : [])];
  const what = `${label('ProjectStatus', from)} → ${label('ProjectStatus', rule.to)}`;
  await tellProjectFollowers(m, project, Number(entry.identifiers[0].id), label('ProjectStatus', rule.to), `:${what}${note ? `。${note.slice(0, 200)}` : ''}`, except, ZONE_ROLES_TOLD[move]);
  return project;
}

/**
 * A timeline entry that changes no status (from = to = the current one), e.g. staff invited a unit
 * to claim. Run it inside the transaction of the change it records.
 */
export async function recordTimelineNote(m: EntityManager, project: Pick<ProjectEntity, 'id' | 'zoneId' | 'status'>, actorId: number, note: string): Promise<void> {
  await m.insert(ProjectEventEntity, {
    projectId: project.id,
    zoneId: project.zoneId,
    fromStatus: project.status,
    toStatus: project.status,
    actorId,
    note: note.slice(0, 1000),
  });
}
