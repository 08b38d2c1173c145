import { GUEST, hasZoneRole, isAdminOf } from '@app/common/access';
import { AppError, ConflictError, ForbiddenError, UnauthenticatedError } from '@app/common/errors';
import { ProjectStatus, Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { PROJECT_ACTIVITIES, PROJECT_MOVES, stateConflict } from './project-state';
import type { DataSource, EntityManager } from 'typeorm';
import { ProjectClaimEntity, ProjectVolunteerEntity, type ProjectEntity } from './projects.entities';

/**
 * What a caller may do to a project, as one table: for every action (a short verb named after its
 * mutation, domain.md §9) the states it may happen in and who may do it. `projectRefusal` is the
 * one function that decides: the mutations throw what it returns, and `Project.availableActions`
 * lists the actions for which it returns null. To add an action, add a row here (and call
 * `assertProjectAction` in its mutation).
 */
export type ProjectAction =
  | 'update'
  | 'propose'
  | 'vote'
  | 'closeResolution'
  | 'decide'
  | 'publish'
  | 'claim'
  | 'invite'
  | 'start'
  | 'reportProgress'
  | 'releaseClaim'
  | 'join'
  | 'complete'
  | 'cancel'
  | 'createSurvey';

/** What the rules need to know about the caller's relation to the project. */
export interface ProjectFacts {
  /** the unit the caller acts for (the mutation's unitId, or the caller's own unit) */
  unitId: number | null;
  /** that unit holds a claim on the project (not released) */
  unitClaimed: boolean;
  /** that unit claimed the project and released its claim (it may not claim it again) */
  unitReleased?: boolean;
  /** the caller has signed up as a volunteer */
  joined: boolean;
  /** some unit holds an active claim (staff release a claim of a unit they name) */
  anyActiveClaim?: boolean;
}

export const NO_FACTS: ProjectFacts = { unitId: null, unitClaimed: false, joined: false };

export type ProjectRef = Pick<ProjectEntity, 'zoneId' | 'status' | 'claimCount' | 'claimLimit'>;

interface ActionRule {
  /** the states the action may happen in (from PROJECT_MOVES or PROJECT_ACTIVITIES) */
  in: readonly ProjectStatus[];
  /** zh / en words for the state CONFLICT */
  words: { zh: string; en: string };
  /** null when the caller may do it in this zone; else the refusal */
  who: (viewer: Principal, p: ProjectRef, f: ProjectFacts) => AppError | null;
  /** refusals that depend on the project's figures or the caller's earlier acts (checked last) */
  then?: (viewer: Principal, p: ProjectRef, f: ProjectFacts) => AppError | null;
}

const S = ProjectStatus;
const staff = (action: string) => (v: Principal, p: ProjectRef) => (hasZoneRole(v, p.zoneId, [Role.COUNCIL_STAFF]) ? null : new ForbiddenError('zoneRole', { action }));
const unitAdmin = (v: Principal, p: ProjectRef, f: ProjectFacts) => {
  if (isAdminOf(v, p.zoneId)) return f.unitId === null ? new ForbiddenError('nameYourUnit') : null;
  return f.unitId !== null && v.unitId === f.unitId && hasZoneRole(v, p.zoneId, [Role.UNIT_ADMIN])
    ? null
    : new ForbiddenError('unitAdminOnly');
};
const move = (m: keyof typeof PROJECT_MOVES) => PROJECT_MOVES[m].from;
const activity = (a: keyof typeof PROJECT_ACTIVITIES) => PROJECT_ACTIVITIES[a].in;

export const PROJECT_ACTIONS: Record<ProjectAction, ActionRule> = {
  update: { in: activity('update'), words: { zh: '修改', en: 'update' }, who: staff('修改项目') },
  propose: { in: move('propose'), words: { zh: '提议', en: 'propose' }, who: staff('提议项目') },
  vote: {
    in: activity('vote'),
    words: { zh: '投票', en: 'vote' },
    // a real board seat: ADMIN does not vote in the council's name
    who: (v, p) =>
      v.grants.some((g) => g.role === Role.BOARD_MEMBER && (g.zoneId === null || g.zoneId === p.zoneId))
        ? null
        : new ForbiddenError('boardOnly'),
  },
  closeResolution: { in: move('resolve'), words: { zh: '结束表决', en: 'close the resolution' }, who: staff('结束表决') },
  decide: {
    in: move('approve'),
    words: { zh: '审批', en: 'decide' },
    who: (v, p) => (hasZoneRole(v, p.zoneId, [Role.PARTY_COMMITTEE]) ? null : new ForbiddenError('zoneRole', { action: '审批项目' })),
  },
  publish: { in: move('publish'), words: { zh: '发布', en: 'publish' }, who: staff('发布项目') },
  claim: {
    in: activity('claim'),
    words: { zh: '认领', en: 'claim' },
    who: unitAdmin,
    then: (_v, p, f) =>
      f.unitReleased
        ? new ConflictError('claimReleasedBefore')
        : f.unitClaimed
        ? new ConflictError('alreadyClaimed')
        : p.claimCount >= p.claimLimit
          ? placesTaken(p.claimLimit)
          : null,
  },
  // inviteUnitToClaim: staff ask a unit to claim while a place is open (the unit itself is checked by the mutation)
  invite: {
    in: activity('claim'),
    words: { zh: '邀请认领', en: 'invite a unit to claim' },
    who: staff('邀请单位认领'),
    then: (_v, p) => (p.claimCount >= p.claimLimit ? placesTaken(p.claimLimit) : null),
  },
  start: {
    in: move('start'),
    words: { zh: '开始实施', en: 'start' },
    who: (v, p, f) =>
      hasZoneRole(v, p.zoneId, [Role.COUNCIL_STAFF]) || (f.unitClaimed && f.unitId !== null && v.unitId === f.unitId && hasZoneRole(v, p.zoneId, [Role.UNIT_ADMIN]))
        ? null
        : new ForbiddenError('startStaffOrClaimant'),
  },
  reportProgress: {
    in: activity('report'),
    words: { zh: '报告进度', en: 'report progress' },
    who: (v, p, f) =>
      unitAdmin(v, p, f) ?? (f.unitClaimed ? null : new ForbiddenError('reportClaimantOnly')),
  },
  releaseClaim: {
    in: activity('release'),
    words: { zh: '退出认领', en: 'release a claim' },
    // the unit's admin, or staff of the zone (for a unit they name)
    who: (v, p, f) => (hasZoneRole(v, p.zoneId, [Role.COUNCIL_STAFF]) ? null : unitAdmin(v, p, f)),
    then: (_v, _p, f) =>
      f.unitClaimed || (f.unitId === null && f.anyActiveClaim) ? null : new ConflictError(f.unitReleased ? 'unitReleasedClaim' : 'unitHoldsNoClaim'),
  },
  join: {
    in: activity('join'),
    words: { zh: '报名参加', en: 'join' },
    who: () => null,
    then: (_v, _p, f) => (f.joined ? new ConflictError('alreadyJoined') : null),
  },
  complete: { in: move('complete'), words: { zh: '完成', en: 'complete' }, who: staff('完成项目') },
  cancel: { in: move('cancel'), words: { zh: '撤销', en: 'cancel' }, who: staff('撤销项目') },
  createSurvey: { in: [S.COMPLETED], words: { zh: '发起满意度问卷', en: 'open a survey' }, who: staff('创建问卷') },
};

export function placesTaken(limit: number): ConflictError {
  return new ConflictError('placesTaken', { claimLimit: limit });
}

/**
 * Why the caller may not do `action` now, or null when they may: not signed in, then not their
 * role in the project's zone (FORBIDDEN), then the state (CONFLICT naming it and the possible
 * moves), then the figures (places taken, already claimed or joined).
 */
export function projectRefusal(action: ProjectAction, viewer: Principal | null | undefined, p: ProjectRef, facts: ProjectFacts = NO_FACTS): AppError | null {
  const rule = PROJECT_ACTIONS[action];
  if (!viewer) return new UnauthenticatedError();
  const who = rule.who(viewer, p, facts);
  if (who) return who;
  if (!rule.in.includes(p.status)) return stateConflict(p.status, rule.words);
  return rule.then?.(viewer, p, facts) ?? null;
}

/** Throws the refusal, if any (the mutations' first check). */
export function assertProjectAction(action: ProjectAction, viewer: Principal | null | undefined, p: ProjectRef, facts: ProjectFacts = NO_FACTS): asserts viewer is Principal {
  const refusal = projectRefusal(action, viewer, p, facts);
  if (refusal) throw refusal;
}

/** Everything the caller may do now, in table order (Project.availableActions). */
export function projectActions(viewer: Principal | null | undefined, p: ProjectRef, facts: ProjectFacts): ProjectAction[] {
  return (Object.keys(PROJECT_ACTIONS) as ProjectAction[]).filter((a) => !projectRefusal(a, viewer ?? GUEST, p, viewer ? facts : NO_FACTS));
}

/** The caller's facts for one project, read from the database (the mutations' path). */
export async function loadProjectFacts(db: DataSource | EntityManager, viewer: Principal | null | undefined, projectId: number, unitId: number | null = viewer?.unitId ?? null): Promise<ProjectFacts> {
  if (!viewer) return NO_FACTS;
  const [claim, joined] = await Promise.all([
    unitId === null ? null : db.getRepository(ProjectClaimEntity).findOne({ where: { projectId, unitId }, select: ['id', 'releasedAt'] }),
    db.getRepository(ProjectVolunteerEntity).exists({ where: { projectId, userId: viewer.id } }),
  ]);
  return { unitId, unitClaimed: !!claim && !claim.releasedAt, unitReleased: !!claim?.releasedAt, joined };
}
