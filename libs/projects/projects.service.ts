import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { assertZoneRole, hasZoneRole } from '@app/auth/access';
import { BadInputError, ForbiddenError, UnauthenticatedError } from '@app/common/errors';
import { NeedCategory, ProjectStatus, Role } from '@app/common/glossary';
import { byKeys, groupByKeys, LoaderKey } from '@app/common/loaders';
import { decodeIdCursor, Page, pageSize, toPage } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { cleanText, toId } from '@app/common/text';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { linkSourceNeeds, sourceNeedPeople } from '@app/needs/need-project-link';
import { NeedEntity } from '@app/needs/needs.entities';
import { OrgService } from '@app/org/org.service';
import { CLAIM_LIMIT_MAX, DESCRIPTION_MAX, MONEY_MAX, TITLE_MAX } from './dto/project.inputs';
import { PUBLIC_PROJECT_STATUSES, recordDraft } from './project-state';
import { inTransaction } from '@app/database/transaction';
import {
  ProgressReportEntity,
  ProjectClaimEntity,
  ProjectEntity,
  ProjectTransitionEntity,
  ProjectVoteEntity,
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
    byKeys(ids, await this.db.getRepository(ProjectEntity).findBy({ id: In([...ids]) }), (p) => p.id),
  );
  readonly sourceNeedsByProject = new LoaderKey<number, NeedEntity[]>('sourceNeedsByProject', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(NeedEntity).find({ where: { projectId: In([...ids]) }, order: { id: 'ASC' } }), (n) => n.projectId!),
  );
  /** key: `${projectId}:${round}` — the votes of one resolution round */
  readonly votesByRound = new LoaderKey<string, ProjectVoteEntity[]>('votesByRound', async (keys) => {
    const projectIds = [...new Set(keys.map((k) => Number(k.split(':')[0])))];
    const rows = await this.db.getRepository(ProjectVoteEntity).find({ where: { projectId: In(projectIds) }, order: { voterId: 'ASC' } });
    return groupByKeys(keys, rows, (v) => `${v.projectId}:${v.round}`);
  });
  readonly claimsByProject = new LoaderKey<number, ProjectClaimEntity[]>('claimsByProject', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(ProjectClaimEntity).find({ where: { projectId: In([...ids]) }, order: { id: 'ASC' } }), (c) => c.projectId),
  );
  readonly reportsByProject = new LoaderKey<number, ProgressReportEntity[]>('reportsByProject', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(ProgressReportEntity).find({ where: { projectId: In([...ids]) }, order: { id: 'ASC' } }), (r) => r.projectId),
  );
  readonly timelineByProject = new LoaderKey<number, ProjectTransitionEntity[]>('timelineByProject', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(ProjectTransitionEntity).find({ where: { projectId: In([...ids]) }, order: { id: 'ASC' } }), (t) => t.projectId),
  );

  // ---- who may see what ----

  /** Staff, board and party committee of the zone (and ADMIN) see every state. */
  static isInsider(viewer: Principal | null | undefined, zoneId: number): boolean {
    return hasZoneRole(viewer, zoneId, PROJECT_INSIDERS);
  }

  /** Published projects and later are public (项目清单); the rest only for insiders. */
  static canSee(viewer: Principal | null | undefined, project: Pick<ProjectEntity, 'zoneId' | 'status'>): boolean {
    return PUBLIC_PROJECT_STATUSES.includes(project.status) || ProjectsService.isInsider(viewer, project.zoneId);
  }

  static assertCanSee(viewer: Principal | null | undefined, project: Pick<ProjectEntity, 'zoneId' | 'status'>): void {
    if (ProjectsService.canSee(viewer, project)) return;
    if (!viewer) throw new UnauthenticatedError();
    throw new ForbiddenError('该项目尚未发布,你无权查看 (this project is not published; you may not see it)');
  }

  // ---- reading ----

  async findProject(id: number): Promise<ProjectEntity | null> {
    return this.db.getRepository(ProjectEntity).findOneBy({ id });
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
    args: { zoneId: number; status?: ProjectStatus | null; category?: NeedCategory | null; first?: number | null; after?: string | null },
  ): Promise<Page<ProjectEntity> & { totalCount: number }> {
    const size = pageSize(args.first);
    const cursor = decodeIdCursor(args.after);
    const insider = ProjectsService.isInsider(viewer, args.zoneId);
    if (args.status && !insider && !PUBLIC_PROJECT_STATUSES.includes(args.status)) {
      if (!viewer) throw new UnauthenticatedError();
      throw new ForbiddenError('只有片区工作人员、理事和党委可以查看未发布的项目 (only the zone council may list unpublished projects)');
    }
    const filtered = () => {
      const qb = this.db.getRepository(ProjectEntity).createQueryBuilder('p').where('p.zone_id = :zoneId', { zoneId: args.zoneId });
      if (args.status) qb.andWhere('p.status = :status', { status: args.status });
      else if (!insider) qb.andWhere('p.status IN (:...statuses)', { statuses: PUBLIC_PROJECT_STATUSES });
      if (args.category) qb.andWhere('p.category = :category', { category: args.category });
      return qb;
    };
    const listQb = filtered().orderBy('p.id', 'DESC').limit(size + 1);
    if (cursor) listQb.andWhere('p.id < :after', { after: cursor });
    const [rows, totalCount] = await Promise.all([listQb.getMany(), filtered().getCount()]);
    return { ...toPage(rows, size, (p) => [p.id]), totalCount };
  }

  // ---- drafting ----

  /** createProject: a DRAFT from ACCEPTED needs of the zone, which become IN_PROJECT. */
  async createProject(viewer: Principal | null, input: DraftInput): Promise<ProjectEntity> {
    const zoneId = toId(input.zoneId, 'zoneId');
    assertZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF], '起草项目');
    const title = cleanText(input.title, 'title', '标题', 1, TITLE_MAX);
    const description = cleanText(input.description, 'description', '项目描述', 1, DESCRIPTION_MAX);
    checkCount(input.budgetFen, 'budgetFen', '预算');
    checkCount(input.targetBeneficiaries, 'targetBeneficiaries', '目标受益人数');
    const claimLimit = input.claimLimit ?? 1;
    if (!Number.isInteger(claimLimit) || claimLimit < 1 || claimLimit > CLAIM_LIMIT_MAX) {
      throw new BadInputError('claimLimit: 认领名额为 1–50 (from 1 to 50)', 'claimLimit');
    }
    if (!input.sourceNeedIds?.length) throw new BadInputError('sourceNeedIds: 至少选择一条来源需求 (at least one source need)', 'sourceNeedIds');
    const needIds = input.sourceNeedIds.map((id) => toId(id, 'sourceNeedIds'));
    await this.org.zone(zoneId);
    const actorId = viewer.id;

    return inTransaction(this.db, async (m) => {
      const repo = m.getRepository(ProjectEntity);
      const project = await repo.save(
        repo.create({
          zoneId,
          title,
          description,
          category: input.category,
          status: ProjectStatus.DRAFT,
          budgetFen: input.budgetFen,
          targetBeneficiaries: input.targetBeneficiaries,
          claimLimit,
          claimCount: 0,
          volunteerCount: 0,
          partyMemberVolunteerCount: 0,
          resolutionRound: 0,
          createdById: actorId,
          proposedById: null,
          startsOn: null,
          endsOn: null,
          completedAt: null,
        }),
      );
      await linkSourceNeeds(m, needIds, project.id, zoneId, actorId);
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
}

function checkCount(value: number, field: string, label: string): void {
  if (!Number.isInteger(value) || value < 0) throw new BadInputError(`${field}: ${label}不能为负 (must be at least 0)`, field);
  if (value > MONEY_MAX) throw new BadInputError(`${field}: ${label}过大 (too large)`, field);
}
