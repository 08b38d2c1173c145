import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { UsersService } from '@app/auth/users.service';
import { formatShanghai } from '@app/common/shanghai-time';
import { clock } from '@app/common/clock';
import { follow } from '@app/notifications/follows';
import { hasZoneRole, isAdminOf } from '@app/common/access';
import { BadInputError, ConflictError, ForbiddenError, isUniqueViolation, NotFoundError, UnauthenticatedError } from '@app/common/errors';
import { ProjectStatus, Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import { cleanText } from '@app/common/text';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import type { MemberUnitEntity } from '@app/org/org.entities';
import { OrgService } from '@app/org/org.service';
import { sourceNeedPeople } from '@app/needs/need-project-link';
import { checkAmount, COMMENT_MAX, NOTE_MAX, PLEDGE_MAX, VOLUNTEERS_MAX } from './dto/project.inputs';
import { assertProjectAction, loadProjectFacts, placesTaken, ProjectAction } from './project-actions';
import { applyProjectMove, lockProject, PROJECT_ACTIVITIES, recordEvent, stateConflict, loadProject } from './project-state';
import { inTransaction } from '@app/database/transaction';
import { ProjectsService } from './projects.service';
import { ProgressReportEntity, ProgressRevisionEntity, ProjectClaimEntity, ProjectEntity, ProjectVolunteerEntity } from './projects.entities';
import { PhotosService } from '@app/photos/photos.service';
import { AppError } from '@app/common/errors';

export interface ClaimInput {
  pledge: string;
  pledgedFundsFen?: number | null;
  pledgedVolunteers?: number | null;
}

export interface ProgressInput {
  note: string;
  percent: number;
  fundsSpentFen: number;
  beneficiaries: number;
  /** uploaded with POST /uploads by the caller; at most 9 */
  photoIds?: string[] | null;
}

/** correctProgress: how long after a report its unit may still correct it. */
export const CORRECTION_WINDOW_HOURS = 24;

/** 认领, progress reports and volunteer sign-ups. */
@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly photos: PhotosService,
    private readonly org: OrgService,
    private readonly users: UsersService,
  ) {}

  /**
   * The caller speaks for this unit of the project's zone (its UNIT_ADMIN, or ADMIN) and the
   * action table allows `action` for it now.
   */
  private async assertUnitAction(viewer: Principal | null, project: ProjectEntity, unitId: number, action: ProjectAction): Promise<MemberUnitEntity> {
    if (!viewer) throw new UnauthenticatedError();
    const unit = await this.org.findUnit(unitId);
    if (!unit) throw new NotFoundError('Member unit', unitId);
    if (unit.zoneId !== project.zoneId) throw new ForbiddenError('unitNotOfProjectZone');
    assertProjectAction(action, viewer, project, await loadProjectFacts(this.db, viewer, project.id, unitId));
    return unit;
  }

  /**
   * claimProject: accepted up to claimLimit under any concurrency. One conditional UPDATE of the
   * counter decides (it never passes claim_limit); the unique (project, unit) key refuses a second
   * claim by the same unit and rolls the counter back with the transaction; the first claim moves
   * PUBLISHED → CLAIMED.
   */
  async claim(viewer: Principal | null, projectId: number, unitId: number, input: ClaimInput): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    const unit = await this.assertUnitAction(viewer, p, unitId, 'claim');
    const pledge = cleanText(input.pledge, 'pledge', '认领承诺', 1, PLEDGE_MAX);
    const pledgedFundsFen = checkAmount(input.pledgedFundsFen ?? 0, 'pledgedFundsFen', '承诺资金');
    const pledgedVolunteers = checkAmount(input.pledgedVolunteers ?? 0, 'pledgedVolunteers', '承诺志愿者人数', VOLUNTEERS_MAX);
    // the checks above read before the transaction; the conditional UPDATE below decides

    return inTransaction(this.db, async (m) => {
      const won = await m
        .createQueryBuilder()
        .update(ProjectEntity)
        .set({ claimCount: () => 'claim_count + 1' })
        .where('id = :projectId AND claim_count < claim_limit AND status IN (:...open)', { projectId, open: PROJECT_ACTIVITIES.claim.in })
        .execute();
      if (!won.affected) {
        const now = await m.getRepository(ProjectEntity).findOneBy({ id: projectId });
        if (!now) throw new NotFoundError('Project', projectId);
        if (PROJECT_ACTIVITIES.claim.in.includes(now.status)) {
          throw placesTaken(now.claimLimit);
        }
        throw stateConflict(now.status, PROJECT_ACTIVITIES.claim);
      }
      try {
        await m.insert(ProjectClaimEntity, { projectId, zoneId: p.zoneId, unitId, pledge, pledgedFundsFen, pledgedVolunteers, claimedById: viewer!.id });
      } catch (e) {
        if (isUniqueViolation(e)) throw alreadyClaimed();
        throw e;
      }
      let project = await lockProject(m, projectId);
      if (project.status === ProjectStatus.PUBLISHED) {
        project = await applyProjectMove(m, projectId, 'claim', viewer!.id, `${unit.name} 认领:${pledge.slice(0, 200)}`);
      }
      await follow(m, viewer!.id, 'project', projectId, p.zoneId); // the claiming unit's admin follows it
      await this.jobs.enqueue(m, JobName.Notify, {
        zoneRoles: { zoneId: p.zoneId, roles: [Role.COUNCIL_STAFF] },
        zoneId: p.zoneId,
        kind: 'project-claimed',
        title: '项目已被认领',
        body: `${unit.name} 认领了项目「${project.title}」(${project.claimCount}/${project.claimLimit})。承诺:${pledge.slice(0, 200)}`,
        link: `/projects/${projectId}`,
        dedupeKey: `project-claimed:${projectId}:${unitId}`,
      });
      // the residents whose needs the project answers: authors and supporters
      const { people } = await sourceNeedPeople(m, projectId);
      if (people.length) {
        await this.jobs.enqueue(m, JobName.Notify, {
          userIds: people,
          zoneId: p.zoneId,
          kind: 'need-claimed',
          title: '你关心的项目已被认领',
          body: `${unit.name} 认领了由你的需求立项的「${project.title}」,将开始实施。`,
          link: `/projects/${projectId}`,
          dedupeKey: `need-claimed:${projectId}:${unitId}`,
        });
      }
      return project;
    });
  }

  /**
   * reportProgress (a claiming unit): figures cumulative to date for the unit; percent never below
   * the unit's previous report. The new report becomes the unit's `latest`.
   */
  async reportProgress(viewer: Principal | null, projectId: number, unitId: number, input: ProgressInput): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    await this.assertUnitAction(viewer, p, unitId, 'reportProgress');
    const { note, fundsSpentFen, beneficiaries } = checkProgress(input);

    return inTransaction(this.db, async (m) => {
      const project = await lockProject(m, projectId);
      assertProjectAction('reportProgress', viewer, project, { unitId, unitClaimed: true, joined: false });
      const previous = await m.getRepository(ProgressReportEntity).findOne({ where: { projectId, unitId, latest: true }, order: { id: 'DESC' } });
      if (previous && input.percent < previous.percent) {
        throw new BadInputError('percentBackwards', 'percent', { previous: previous.percent });
      }
      await m
        .createQueryBuilder()
        .update(ProgressReportEntity)
        .set({ latest: false })
        .where('project_id = :projectId AND unit_id = :unitId AND latest = :yes', { projectId, unitId, yes: true })
        .execute();
      const res = await m.insert(ProgressReportEntity, {
        projectId,
        zoneId: project.zoneId,
        unitId,
        note,
        percent: input.percent,
        fundsSpentFen,
        beneficiaries,
        latest: true,
        reporterId: viewer!.id,
      });
      if (input.photoIds?.length) await this.photos.attach(m, viewer!.id, input.photoIds, { type: 'progress', id: Number(res.identifiers[0].id), zoneId: project.zoneId });
      return project;
    });
  }

  /**
   * correctProgress (the reporting unit): the unit's latest report, within 24 h of when it was
   * made, gets new figures (and, when photoIds is given, new photos). The version it replaces is
   * kept whole in progress_report_revisions with its photos, the report says correctedAt, and the
   * project timeline records what changed. Refused (CONFLICT) for an older report or after 24 h.
   */
  async correctProgress(viewer: Principal | null, reportId: number, input: ProgressInput): Promise<ProjectEntity> {
    if (!viewer) throw new UnauthenticatedError();
    const report = await this.db.getRepository(ProgressReportEntity).findOneBy({ id: reportId });
    if (!report) throw new NotFoundError('Progress report', reportId);
    const p = await loadProject(this.db, report.projectId);
    const unit = await this.assertUnitAction(viewer, p, report.unitId, 'reportProgress');
    const { note, fundsSpentFen, beneficiaries } = checkProgress(input);

    return inTransaction(this.db, async (m) => {
      const project = await lockProject(m, report.projectId);
      assertProjectAction('reportProgress', viewer, project, { unitId: report.unitId, unitClaimed: true, joined: false });
      const now = await m.getRepository(ProgressReportEntity).findOneByOrFail({ id: reportId });
      const refusal = correctionRefusal(now, clock.now());
      if (refusal) throw refusal;
      const earlier = await m
        .getRepository(ProgressReportEntity)
        .createQueryBuilder('r')
        .where('r.project_id = :pid AND r.unit_id = :uid AND r.id < :id', { pid: now.projectId, uid: now.unitId, id: now.id })
        .orderBy('r.id', 'DESC')
        .getOne();
      if (earlier && input.percent < earlier.percent) {
        throw new BadInputError('percentBackwards', 'percent', { previous: earlier.percent });
      }
      const correctedAt = clock.now();
      const kept = await m.insert(ProgressRevisionEntity, {
        reportId,
        projectId: now.projectId,
        zoneId: now.zoneId,
        note: now.note,
        percent: now.percent,
        fundsSpentFen: now.fundsSpentFen,
        beneficiaries: now.beneficiaries,
        reporterId: now.reporterId,
        writtenAt: now.correctedAt ?? now.at,
        replacedById: viewer.id,
      });
      const revisionId = Number(kept.identifiers[0].id);
      const changed = await m
        .createQueryBuilder()
        .update(ProgressReportEntity)
        .set({ note, percent: input.percent, fundsSpentFen, beneficiaries, correctedAt, reporterId: viewer.id })
        .where('id = :id AND latest = :yes', { id: reportId, yes: true })
        .execute();
      if (!changed.affected) throw new AppError('CONFLICT', 'reportNotLatest', { reportId: String(reportId) });
      let photoNote = '';
      if (input.photoIds) {
        // the old version keeps the photos it had; the report gets the ones now named
        const before = await this.photos.idsOf(m, { type: 'progress', id: reportId });
        const same = before.length === input.photoIds.length && before.every((id, i) => id === input.photoIds![i]);
        if (!same) {
          // photos no longer named stay with the replaced version (seen in its history), not loose
          const gone = before.filter((id) => !input.photoIds!.includes(id));
          await this.photos.move(m, { type: 'progress', id: reportId }, { type: 'progress-revision', id: revisionId }, gone);
          await this.photos.attach(m, viewer.id, input.photoIds, { type: 'progress', id: reportId, zoneId: now.zoneId });
          photoNote = `;图片 ${before.length} → ${input.photoIds.length} 张`;
        }
      }
      const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
      await recordEvent(
        m,
        project,
        viewer.id,
        `${unit.name} 更正进度报告:${now.percent}% → ${input.percent}%,已用资金 ${yuan(now.fundsSpentFen)} → ${yuan(fundsSpentFen)},受益 ${now.beneficiaries} → ${beneficiaries} 人${photoNote}。原说明:${now.note.slice(0, 300)}`,
        null,
      );
      return project;
    });
  }

  /**
   * releaseClaim (the unit's admin, or staff of the zone, with a reason): before completion. The
   * claim row stays, marked released, so the unit's reports remain in the history and its funds
   * spent and beneficiaries still count; the slot reopens (claim_count − 1 in the same locked
   * transaction as the mark, so a release and concurrent claims never exceed the limit). With no
   * claim left the project returns to PUBLISHED. Staff, the unit's admins, the other claiming
   * units and the followers are told; the timeline records it.
   */
  async release(viewer: Principal | null, projectId: number, unitId: number, rawReason: string): Promise<ProjectEntity> {
    if (!viewer) throw new UnauthenticatedError();
    const p = await loadProject(this.db, projectId);
    const unit = await this.org.findUnit(unitId);
    if (!unit || unit.zoneId !== p.zoneId) throw new NotFoundError('Member unit', unitId);
    assertProjectAction('releaseClaim', viewer, p, await loadProjectFacts(this.db, viewer, projectId, unitId));
    const reason = cleanText(rawReason, 'reason', '退出原因', 1, COMMENT_MAX);

    return inTransaction(this.db, async (m) => {
      let project = await lockProject(m, projectId);
      assertProjectAction('releaseClaim', viewer, project, { unitId, unitClaimed: true, joined: false });
      const claim = await m.getRepository(ProjectClaimEntity).findOne({ where: { projectId, unitId } });
      if (!claim) throw new ConflictError('noClaim', { unit: unit.name });
      const marked = await m
        .createQueryBuilder()
        .update(ProjectClaimEntity)
        .set({ releasedAt: clock.now(), releasedById: viewer.id, releaseReason: reason })
        .where('id = :id AND released_at IS NULL', { id: claim.id })
        .execute();
      if (!marked.affected) throw new ConflictError('claimAlreadyReleased', { unit: unit.name });
      await m
        .createQueryBuilder()
        .update(ProjectEntity)
        .set({ claimCount: () => 'claim_count - 1' })
        .where('id = :projectId AND claim_count > 0', { projectId })
        .execute();
      project = await lockProject(m, projectId);
      await recordEvent(m, project, viewer.id, `${unit.name} 退出认领(${project.claimCount}/${project.claimLimit}),原因:${reason}`, null); // told below, with the followers
      if (project.claimCount === 0) {
        project = await applyProjectMove(m, projectId, 'reopen', viewer.id, '认领单位已全部退出,项目回到项目清单,重新开放认领');
      }
      const others = await m.getRepository(ProjectClaimEntity).find({ where: { projectId, releasedAt: IsNull() }, select: ['unitId'] });
      const unitIds = [unitId, ...others.map((c) => c.unitId)];
      const admins = await this.users.accountsOfUnitIds(unitIds, m);
      await this.jobs.enqueue(m, JobName.Notify, {
        userIds: admins.filter((id) => id !== viewer.id),
        zoneRoles: { zoneId: project.zoneId, roles: [Role.COUNCIL_STAFF] },
        followersOf: { subjectType: 'project', subjectId: projectId },
        exceptUserIds: [viewer.id],
        zoneId: project.zoneId,
        kind: 'claim-released',
        link: `/projects/${projectId}`,
        title: '单位退出了项目认领',
        body: `${unit.name} 退出了项目「${project.title}」的认领,原因:${reason.slice(0, 200)}。${project.claimCount === 0 ? '项目已重新开放认领。' : `目前认领 ${project.claimCount}/${project.claimLimit}。`}`,
        dedupeKey: `claim-released:${claim.id}`,
      });
      return project;
    });
  }

  /** joinProject: any signed-in person, once, while CLAIMED or IN_PROGRESS; party members counted apart. */
  async join(viewer: Principal | null, projectId: number): Promise<ProjectEntity> {
    if (!viewer) throw new UnauthenticatedError();
    const p = await loadProject(this.db, projectId);
    ProjectsService.assertCanSee(viewer, p);
    assertProjectAction('join', viewer, p, await loadProjectFacts(this.db, viewer, projectId));
    return inTransaction(this.db, async (m) => {
      const project = await lockProject(m, projectId);
      assertProjectAction('join', viewer, project);
      try {
        await m.insert(ProjectVolunteerEntity, { projectId, userId: viewer.id, zoneId: project.zoneId, isPartyMember: !!viewer.isPartyMember });
      } catch (e) {
        if (isUniqueViolation(e)) throw new ConflictError('alreadyJoined');
        throw e;
      }
      const party = viewer.isPartyMember ? 1 : 0;
      await m
        .createQueryBuilder()
        .update(ProjectEntity)
        .set({ volunteerCount: () => 'volunteer_count + 1', partyMemberVolunteerCount: () => `party_member_volunteer_count + ${party}` })
        .where('id = :projectId', { projectId })
        .execute();
      project.volunteerCount += 1;
      project.partyMemberVolunteerCount += party;
      return project;
    });
  }
}

/** The active (not released) claims of a project's units. */
export async function activeClaim(m: EntityManager, projectId: number, unitId: number): Promise<ProjectClaimEntity | null> {
  return m.getRepository(ProjectClaimEntity).findOne({ where: { projectId, unitId, releasedAt: IsNull() } });
}

function alreadyClaimed(released = false): ConflictError {
  if (released) return new ConflictError('claimReleasedBefore');
  return new ConflictError('alreadyClaimed');
}

/**
 * Why this report may not be corrected now (null: it may): only the unit's latest report, and only
 * within CORRECTION_WINDOW_HOURS of when it was first made. correctProgress refuses with it and
 * ProgressReport.correctable asks it, so the button and the mutation agree.
 */
export function correctionRefusal(r: Pick<ProgressReportEntity, 'id' | 'latest' | 'at'>, now: Date): AppError | null {
  if (!r.latest) return new AppError('CONFLICT', 'reportNotLatest', { reportId: String(r.id) });
  if (now.getTime() > r.at.getTime() + CORRECTION_WINDOW_HOURS * 3600_000) {
    return new AppError('CONFLICT', 'correctionWindowClosed', { hours: CORRECTION_WINDOW_HOURS, at: formatShanghai(r.at), reportId: String(r.id) });
  }
  return null;
}

/** A progress report's words and figures (reportProgress and correctProgress): cumulative to date for the unit. */
function checkProgress(input: ProgressInput): { note: string; fundsSpentFen: number; beneficiaries: number } {
  const note = cleanText(input.note, 'note', '进度说明', 1, NOTE_MAX);
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) throw new BadInputError('percentRange', 'percent');
  return { note, fundsSpentFen: checkAmount(input.fundsSpentFen, 'fundsSpentFen', '已用资金'), beneficiaries: checkAmount(input.beneficiaries, 'beneficiaries', '受益人数') };
}
