import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { assertZoneRole, hasZoneRole, isAdmin } from '@app/common/access';
import { clock } from '@app/common/clock';
import { shanghaiDay } from '@app/common/shanghai-time';
import { BadInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '@app/common/errors';
import { NeedCategory, ProjectOrigin, ProjectStatus, Role } from '@app/common/glossary';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { tryNeedMove } from '@app/needs/need-state';
import { follow } from '@app/notifications/follows';
import { byKeys, groupByKeys, LoaderKey } from '@app/common/loaders';
import { decodeIdCursor, Page, pageSize, toPage } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { cleanText, toId } from '@app/common/text';
import { linkSourceNeeds, sourceNeedPeople } from '@app/needs/need-project-link';
import { NeedEntity } from '@app/needs/needs.entities';
import { OrgService } from '@app/org/org.service';
import { checkAmount, checkClaimLimit, DESCRIPTION_MAX, PLEDGE_MAX, TITLE_MAX } from './dto/project.inputs';
import { assertProjectAction } from './project-actions';
import { assertActivity, FINISHED_PROJECT_STATUSES, loadProject, lockProject, PUBLIC_PROJECT_STATUSES, recordDraft, recordEvent } from './project-state';
import { inTransaction } from '@app/database/transaction';
import { marks, selectEntities, selectEntitiesIn, selectRows } from '@app/database/rows';
import { decodeRankCursor, matchSearch, rankedPage } from '@app/search/fulltext';
import { searchText } from '@app/search/search-text';
import {
  ProgressReportEntity,
  ProgressRevisionEntity,
  ProjectClaimEntity,
  ProjectEntity,
  ProjectEventEntity,
  ProjectVoteEntity,
  ProjectVolunteerEntity,
} from './projects.entities';

/** Who sees a zone's projects in every state (drafts, proposals, resolutions, cancelled ones). */
export const PROJECT_INSIDERS: Role[] = [Role.COUNCIL_STAFF, Role.BOARD_MEMBER, Role.PARTY_COMMITTEE];

export interface DraftInput {
  zoneId: string;
  title: string;
  description: string;
  category: NeedCategory;
  sourceNeedIds: string[];
  budgetFen: number;
  targetBeneficiaries: number;
  claimLimit?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

export interface DraftChanges {
  title?: string | null;
  description?: string | null;
  category?: NeedCategory | null;
  budgetFen?: number | null;
  targetBeneficiaries?: number | null;
  claimLimit?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  sourceNeedIds?: string[] | null;
}

export interface OfferInput {
  unitId: string;
  zoneId: string;
  title: string;
  description: string;
  category: NeedCategory;
  budgetFen: number;
  targetBeneficiaries: number;
  startsOn?: string | null;
  endsOn?: string | null;
  pledge: string;
}

/** Drafting and reading projects; the batched lookups behind the nested fields. */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly jobs: JobsService,
  ) {}

  // ---- batched lookups (one query per kind per request) ----

  readonly projectById = new LoaderKey<number, ProjectEntity | null>('projectById', async (ids) =>
    byKeys(ids, await selectEntitiesIn(this.db, ProjectEntity, 'id', ids), (p) => p.id),
  );
  readonly sourceNeedsByProject = new LoaderKey<number, NeedEntity[]>('sourceNeedsByProject', async (ids) =>
    groupByKeys(ids, await selectEntitiesIn(this.db, NeedEntity, 'project_id', ids, 'a.id ASC'), (n) => n.projectId!),
  );
  /** key: `${projectId}:${round}` — the votes of one resolution round */
  readonly votesByRound = new LoaderKey<string, ProjectVoteEntity[]>('votesByRound', async (keys) => {
    const projectIds = [...new Set(keys.map((k) => Number(k.split(':')[0])))];
    const rows = await selectEntitiesIn(this.db, ProjectVoteEntity, 'project_id', projectIds, 'a.voter_id ASC');
    return groupByKeys(keys, rows, (v) => `${v.projectId}:${v.round}`);
  });
  readonly claimsByProject = new LoaderKey<number, ProjectClaimEntity[]>('claimsByProject', async (ids) =>
    groupByKeys(ids, await selectEntitiesIn(this.db, ProjectClaimEntity, 'project_id', ids, 'a.id ASC'), (c) => c.projectId),
  );
  readonly revisionsByReport = new LoaderKey<number, ProgressRevisionEntity[]>('revisionsByReport', async (ids) =>
    groupByKeys(ids, await selectEntitiesIn(this.db, ProgressRevisionEntity, 'report_id', ids, 'a.id ASC'), (r) => r.reportId),
  );
  readonly reportsByProject = new LoaderKey<number, ProgressReportEntity[]>('reportsByProject', async (ids) =>
    groupByKeys(ids, await selectEntitiesIn(this.db, ProgressReportEntity, 'project_id', ids, 'a.id ASC'), (r) => r.projectId),
  );
  /** key: `${userId}:${projectId}` — has that person signed up as a volunteer */
  readonly joinedBy = new LoaderKey<string, boolean>('projectJoinedBy', async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number));
    const rows = await this.db
      .getRepository(ProjectVolunteerEntity)
      .find({ where: pairs.map(([userId, projectId]) => ({ userId, projectId })), select: ['userId', 'projectId'] });
    const found = new Set(rows.map((r) => `${r.userId}:${r.projectId}`));
    return keys.map((k) => found.has(k));
  });
  readonly timelineByProject = new LoaderKey<number, ProjectEventEntity[]>('timelineByProject', async (ids) =>
    groupByKeys(ids, await selectEntitiesIn(this.db, ProjectEventEntity, 'project_id', ids, 'a.id ASC'), (t) => t.projectId),
  );

  // ---- who may see what ----

  /** Staff, board and party committee of the zone (and ADMIN) see every state. */
  static isInsider(viewer: Principal | null | undefined, zoneId: number): boolean {
    return hasZoneRole(viewer, zoneId, PROJECT_INSIDERS);
  }

  /** The admin of the unit that offered the project (单位申报) follows it through approval. */
  static isOfferingUnit(viewer: Principal | null | undefined, project: Pick<ProjectEntity, 'zoneId'> & { offeredByUnitId?: number | null }): boolean {
    return !!viewer && !!project.offeredByUnitId && viewer.unitId === project.offeredByUnitId && hasZoneRole(viewer, project.zoneId, [Role.UNIT_ADMIN]);
  }

  /** Published projects and later are public (项目清单); the rest only for insiders and the offering unit. */
  static canSee(viewer: Principal | null | undefined, project: Pick<ProjectEntity, 'zoneId' | 'status'> & { offeredByUnitId?: number | null }): boolean {
    return PUBLIC_PROJECT_STATUSES.includes(project.status) || ProjectsService.isInsider(viewer, project.zoneId) || ProjectsService.isOfferingUnit(viewer, project);
  }

  static assertCanSee(viewer: Principal | null | undefined, project: Pick<ProjectEntity, 'zoneId' | 'status'> & { offeredByUnitId?: number | null }): void {
    if (ProjectsService.canSee(viewer, project)) return;
    if (!viewer) throw new UnauthenticatedError();
    throw new ForbiddenError('projectNotPublished');
  }

  // ---- reading ----

  async findProject(id: number): Promise<ProjectEntity | null> {
    return (await selectEntities(this.db, ProjectEntity, 'p', (cols) => `SELECT ${cols} FROM projects p WHERE p.id = ? LIMIT 1`, [id]))[0] ?? null;
  }

  /**
   * null when there is no such project, and null too for one the viewer may not see: the answer is
   * the same for both, so an unpublished project's id cannot be told from a missing one.
   */
  async project(viewer: Principal | null, id: number): Promise<ProjectEntity | null> {
    const p = await this.findProject(id);
    if (!p || !ProjectsService.canSee(viewer, p)) return null;
    return p;
  }

  /** The zone's projects, newest first, keyset-paged on id. */
  async page(
    viewer: Principal | null,
    args: {
      zoneId: number;
      status?: ProjectStatus | null;
      category?: NeedCategory | null;
      overdue?: boolean | null;
      unitId?: number | null;
      search?: string | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Page<ProjectEntity> & { totalCount: number }> {
    const size = pageSize(args.first);
    const insider = ProjectsService.isInsider(viewer, args.zoneId);
    // a unit admin also sees the drafts its own unit offered (单位申报), in every state
    const offeringUnit = !insider && viewer?.unitId && hasZoneRole(viewer, args.zoneId, [Role.UNIT_ADMIN]) ? viewer.unitId : null;
    if (args.status && !insider && !offeringUnit && !PUBLIC_PROJECT_STATUSES.includes(args.status)) {
      if (!viewer) throw new UnauthenticatedError();
      throw new ForbiddenError('unpublishedProjectsCouncilOnly');
    }
    const today = shanghaiDay(clock.now());
    // one list of conditions (with `?` values) for the page, its count and the search
    const where = ['p.zone_id = ?'];
    const params: unknown[] = [args.zoneId];
    const and = (condition: string, ...values: unknown[]) => {
      where.push(condition);
      params.push(...values);
    };
    if (args.status) and('p.status = ?', args.status);
    const pub = `p.status IN (${marks(PUBLIC_PROJECT_STATUSES.length)})`;
    if (!insider && offeringUnit) and(`(${pub} OR p.offered_by_unit_id = ?)`, ...PUBLIC_PROJECT_STATUSES, offeringUnit);
    else if (!insider) and(pub, ...PUBLIC_PROJECT_STATUSES);
    if (args.category) and('p.category = ?', args.category);
    if (args.unitId) and('EXISTS (SELECT 1 FROM project_claims c WHERE c.project_id = p.id AND c.unit_id = ?)', args.unitId);
    const finished = marks(FINISHED_PROJECT_STATUSES.length);
    if (args.overdue === true) and(`p.ends_on < ? AND p.status NOT IN (${finished})`, today, ...FINISHED_PROJECT_STATUSES);
    if (args.overdue === false) and(`(p.ends_on IS NULL OR p.ends_on >= ? OR p.status IN (${finished}))`, today, ...FINISHED_PROJECT_STATUSES);
    const condition = where.join(' AND ');

    const search = searchText(args.search);
    if (search) {
      const offset = decodeRankCursor(args.after);
      let i = 0;
      const named: Record<string, unknown> = {};
      const qb = this.db
        .getRepository(ProjectEntity)
        .createQueryBuilder('p')
        .where(
          condition.replace(/\?/g, () => {
            named[`v${i}`] = params[i];
            return `:v${i++}`;
          }),
        )
        .setParameters(named);
      if (!matchSearch(qb, 'projects', search)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
      return rankedPage(qb, size, offset);
    }
    // the list itself in hand-written SQL (libs/database/rows.ts): the hot read of 项目清单
    const cursor = decodeIdCursor(args.after);
    const [rows, totalCount] = await Promise.all([
      selectEntities(
        this.db,
        ProjectEntity,
        'p',
        (cols) => `SELECT ${cols} FROM projects p WHERE ${condition}${cursor ? ' AND p.id < ?' : ''} ORDER BY p.id DESC LIMIT ${size + 1}`,
        cursor ? [...params, cursor] : params,
      ),
      selectRows<{ n: number | string }>(this.db, `SELECT COUNT(*) AS n FROM projects p WHERE ${condition}`, params).then((r) => Number(r[0]?.n ?? 0)),
    ]);
    return { ...toPage(rows, size, (p) => [p.id]), totalCount };
  }

  // ---- drafting ----

  /** createProject: a DRAFT from ACCEPTED needs of the zone, which become IN_PROJECT. */
  async createProject(viewer: Principal | null, input: DraftInput): Promise<ProjectEntity> {
    const zoneId = toId(input.zoneId, 'zoneId');
    assertZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF], '起草项目');
    const fields = draftFields(input);
    const claimLimit = checkClaimLimit(input.claimLimit ?? 1);
    if (!input.sourceNeedIds?.length) throw new BadInputError('sourceNeedRequired', 'sourceNeedIds');
    const needIds = input.sourceNeedIds.map((id) => toId(id, 'sourceNeedIds'));
    await this.org.zone(zoneId);
    const actorId = viewer.id;

    return inTransaction(this.db, async (m) => {
      const project = await saveDraft(m, { ...fields, zoneId, claimLimit, createdById: actorId, origin: ProjectOrigin.NEED_MENU, offeredByUnitId: null, offerPledge: null });
      await linkSourceNeeds(m, needIds, project.id, zoneId, actorId);
      await follow(m, actorId, 'project', project.id, zoneId); // the author follows the project
      // each author hears that their need became part of a project (the draft's title stays inside the council)
      const { needs } = await sourceNeedPeople(m, project.id);
      for (const n of needs) {
        await this.jobs.enqueue(m, JobName.Notify, {
          userIds: [n.submitterId],
          zoneId,
          kind: 'need-in-project',
          title: '你的需求已立项',
          body: `「${n.title}」已被促进会纳入党建项目,项目经理事会决议和社区党委审批后发布。`,
          link: `/needs/${n.id}`,
          dedupeKey: `need-in-project:${n.id}:${project.id}`,
        });
      }
      await recordDraft(m, project, actorId, `起草项目,来源需求 ${[...new Set(needIds)].sort((a, b) => a - b).map((id) => `#${id}`).join('、')}`);
      return project;
    });
  }

  /**
   * updateProject (staff, DRAFT only — also a draft the board or the party committee sent back):
   * only the fields given change; the timeline records what changed, in the current round.
   */
  async updateProject(viewer: Principal | null, projectId: number, input: DraftChanges): Promise<ProjectEntity> {
    const p = await loadProject(this.db, projectId);
    assertProjectAction('update', viewer, p);
    const set: Partial<ProjectEntity> = {};
    if (input.title != null) set.title = cleanText(input.title, 'title', '标题', 1, TITLE_MAX);
    if (input.description != null) set.description = cleanText(input.description, 'description', '项目描述', 1, DESCRIPTION_MAX);
    if (input.category != null) set.category = input.category;
    if (input.budgetFen != null) set.budgetFen = checkAmount(input.budgetFen, 'budgetFen', '预算');
    if (input.targetBeneficiaries != null) set.targetBeneficiaries = checkAmount(input.targetBeneficiaries, 'targetBeneficiaries', '目标受益人数');
    if (input.claimLimit != null) set.claimLimit = checkClaimLimit(input.claimLimit);
    if (input.startsOn !== undefined) set.startsOn = input.startsOn;
    if (input.endsOn !== undefined) set.endsOn = input.endsOn;
    const dates = checkDates(set.startsOn !== undefined ? set.startsOn : p.startsOn, set.endsOn !== undefined ? set.endsOn : p.endsOn);
    const needIds = input.sourceNeedIds ? [...new Set(input.sourceNeedIds.map((id) => toId(id, 'sourceNeedIds')))].sort((a, b) => a - b) : null;
    if (needIds && !needIds.length && p.origin !== ProjectOrigin.UNIT_OFFER) {
      throw new BadInputError('sourceNeedRequired', 'sourceNeedIds');
    }
    const actorId = viewer.id;

    return inTransaction(this.db, async (m) => {
      const project = await lockProject(m, projectId);
      assertActivity(project.status, 'update');
      const changed: string[] = [];
      for (const [key, value] of Object.entries(set) as [keyof ProjectEntity, unknown][]) {
        if (project[key] !== value) changed.push(UPDATE_LABELS[key as string] ?? key);
      }
      if (needIds) {
        const current = (await m.getRepository(NeedEntity).find({ where: { projectId }, select: ['id'] })).map((n) => n.id);
        const removed = current.filter((id) => !needIds.includes(id));
        const added = needIds.filter((id) => !current.includes(id));
        for (const id of removed) {
          await tryNeedMove(m, id, 'releaseProject', actorId, `移出项目 #${projectId}`, { projectId: null });
        }
        if (added.length) await linkSourceNeeds(m, added, projectId, project.zoneId, actorId);
        if (removed.length || added.length) changed.push(`来源需求(${needIds.map((id) => `#${id}`).join('、') || '无'})`);
      }
      if (!changed.length) return project;
      await m.getRepository(ProjectEntity).update({ id: projectId }, { ...set, startsOn: dates.startsOn, endsOn: dates.endsOn });
      const updated = await lockProject(m, projectId);
      await recordEvent(m, updated, actorId, `修改草稿:${changed.join('、')}`, { title: '草稿已修改' });
      return updated;
    });
  }

  /**
   * offerProject (单位申报): the admin of a member unit offers a project of its own. It starts as a
   * DRAFT with origin UNIT_OFFER and no source needs, passes the same approval chain, and the
   * offering unit holds the first claim, with this pledge, when it is published.
   */
  async offerProject(viewer: Principal | null, input: OfferInput): Promise<ProjectEntity> {
    if (!viewer) throw new UnauthenticatedError();
    const zoneId = toId(input.zoneId, 'zoneId');
    const unitId = toId(input.unitId, 'unitId');
    const unit = await this.org.findUnit(unitId);
    if (!unit) throw new NotFoundError('Member unit', unitId);
    if (unit.zoneId !== zoneId) throw new BadInputError('unitNotOfZone', 'unitId');
    const ownAdmin = viewer.unitId === unitId && hasZoneRole(viewer, zoneId, [Role.UNIT_ADMIN]);
    if (!ownAdmin && !isAdmin(viewer)) throw new ForbiddenError('offerUnitAdminOnly');
    const fields = draftFields(input);
    const pledge = cleanText(input.pledge, 'pledge', '认领承诺', 1, PLEDGE_MAX);

    return inTransaction(this.db, async (m) => {
      const project = await saveDraft(m, { ...fields, zoneId, claimLimit: 1, createdById: viewer.id, origin: ProjectOrigin.UNIT_OFFER, offeredByUnitId: unitId, offerPledge: pledge });
      await recordDraft(m, project, viewer.id, `${unit.name} 申报项目,承诺:${pledge.slice(0, 200)}`);
      await follow(m, viewer.id, 'project', project.id, zoneId);
      await this.jobs.enqueue(m, JobName.Notify, {
        zoneRoles: { zoneId, roles: [Role.COUNCIL_STAFF] },
        zoneId,
        kind: 'project-offered',
        link: `/projects/${project.id}`,
        title: '成员单位申报了项目',
        body: `${unit.name} 申报了项目「${fields.title}」,请审阅后提交理事会。`,
        dedupeKey: `project-offered:${project.id}`,
      });
      return project;
    });
  }
}

const UPDATE_LABELS: Record<string, string> = {
  title: '标题',
  description: '描述',
  category: '类别',
  budgetFen: '预算',
  targetBeneficiaries: '目标受益人数',
  claimLimit: '认领名额',
  startsOn: '开始日期',
  endsOn: '结束日期',
};

/** The end may not come before the start (either may be absent). */
export function checkDates(startsOn: string | null, endsOn: string | null): { startsOn: string | null; endsOn: string | null } {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new BadInputError('endBeforeStart', 'endsOn', { startsOn, endsOn });
  }
  return { startsOn, endsOn };
}

/** What every new draft is checked for (createProject, offerProject). */
function draftFields(input: Pick<DraftInput, 'title' | 'description' | 'category' | 'budgetFen' | 'targetBeneficiaries' | 'startsOn' | 'endsOn'>) {
  return {
    title: cleanText(input.title, 'title', '标题', 1, TITLE_MAX),
    description: cleanText(input.description, 'description', '项目描述', 1, DESCRIPTION_MAX),
    category: input.category,
    budgetFen: checkAmount(input.budgetFen, 'budgetFen', '预算'),
    targetBeneficiaries: checkAmount(input.targetBeneficiaries, 'targetBeneficiaries', '目标受益人数'),
    ...checkDates(input.startsOn ?? null, input.endsOn ?? null),
  };
}

type DraftRow = ReturnType<typeof draftFields> & Pick<ProjectEntity, 'zoneId' | 'claimLimit' | 'createdById' | 'origin' | 'offeredByUnitId' | 'offerPledge'>;

/** Writes a new DRAFT: no proposal, claim, volunteer or resolution round yet. */
async function saveDraft(m: EntityManager, row: DraftRow): Promise<ProjectEntity> {
  const repo = m.getRepository(ProjectEntity);
  return repo.save(
    repo.create({
      ...row,
      status: ProjectStatus.DRAFT,
      claimCount: 0,
      volunteerCount: 0,
      partyMemberVolunteerCount: 0,
      resolutionRound: 0,
      proposedById: null,
      completedAt: null,
    }),
  );
}
