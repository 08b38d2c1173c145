import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { assertZoneRole, hasZoneRole } from '@app/common/access';
import { ForbiddenError } from '@app/common/errors';
import { label, NeedCategory, NeedStatus, ProjectStatus, Role } from '@app/common/glossary';
import { shanghaiDay } from '@app/common/shanghai-time';
import { MAX_PAGE } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { SurveyAnswerEntity, SurveyQuestionEntity, SurveyResponseEntity } from '@app/evaluation/evaluation.entities';
import { SATISFIED_FROM } from '@app/evaluation/scoring';
import { SurveysService } from '@app/evaluation/surveys.service';
import { NeedEntity } from '@app/needs/needs.entities';
import { NeedFilters, NeedOrder, NeedsService } from '@app/needs/needs.service';
import { BuildingEntity, CommunityEntity } from '@app/org/org.entities';
import { OrgService } from '@app/org/org.service';
import { ProjectClaimEntity, ProjectEntity } from '@app/projects/projects.entities';
import { ProjectsService } from '@app/projects/projects.service';
import { ProjectReads } from '@app/projects/project-reads';
import { FMT, SheetColumn, titledWorkbook } from './titled-sheet';

/** At most this many rows in one list export (the lists page by 100; a year is a few thousand). */
export const LIST_EXPORT_MAX = 20_000;
const CHUNK = 1000;
const yuan = (fen: number) => Math.round(fen) / 100;

type Connection<T> = { edges: { node: T; cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Walks a list's pages exactly as the console does (same filters, order and visibility) up to LIST_EXPORT_MAX rows. */
async function everyRow<T>(page: (after: string | null) => Promise<Connection<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const p = await page(after);
    out.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage || !p.pageInfo.endCursor || out.length >= LIST_EXPORT_MAX) return out.slice(0, LIST_EXPORT_MAX);
    after = p.pageInfo.endCursor;
  }
}

const NEED_ORDER_ZH: Record<NeedOrder, string> = { [NeedOrder.NEWEST]: '最新在前', [NeedOrder.OLDEST]: '最早在前', [NeedOrder.SUPPORT]: '支持最多在前' };

export interface ProjectListFilters {
  status?: ProjectStatus | null;
  category?: NeedCategory | null;
  unitId?: number | null;
  overdue?: boolean | null;
  search?: string | null;
}

/**
 * Per-list Excel exports: each console list (review queue, needs menu, projects, claims, survey
 * responses; the audit log exports beside its own service) as one titled sheet holding what the
 * list shows under the same filters. Rows come from the lists' own services, so visibility and
 * order are the list's.
 */
@Injectable()
export class ListExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly needs: NeedsService,
    private readonly projects: ProjectsService,
    private readonly projectReads: ProjectReads,
    private readonly surveys: SurveysService,
  ) {}

  private async places(zoneId: number): Promise<{ community: Map<number, string>; building: Map<number, string> }> {
    const [cs, bs] = await Promise.all([
      this.db.getRepository(CommunityEntity).find({ where: { zoneId }, select: ['id', 'name'] }),
      this.db.getRepository(BuildingEntity).find({ where: { zoneId }, select: ['id', 'name'] }),
    ]);
    return { community: new Map(cs.map((c) => [c.id, c.name])), building: new Map(bs.map((b) => [b.id, b.name])) };
  }

  /** 需求审核队列 (SUBMITTED), 需求菜单 (ACCEPTED) or any needs list of the zone, as staff filter it. */
  async needsList(viewer: Principal, zoneId: number, f: NeedFilters): Promise<Buffer> {
    assertZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF], '导出需求列表');
    const zone = await this.org.zone(zoneId);
    const rows = await everyRow((after) => this.needs.list(viewer, zoneId, f, MAX_PAGE, after));
    const place = await this.places(zoneId);
    const list = f.status === NeedStatus.SUBMITTED ? '需求审核队列' : f.status === NeedStatus.ACCEPTED ? '需求菜单' : '需求列表';
    const columns: SheetColumn[] = [
      { header: '需求编号', width: 10 },
      { header: '标题', width: 36 },
      { header: '内容', width: 60 },
      { header: '类型', width: 10 },
      { header: '来源渠道', width: 12 },
      { header: '状态', width: 10 },
      { header: '分类', width: 16 },
      { header: '建议分类', width: 16 },
      { header: '居民区/楼宇', width: 16 },
      { header: '支持人数', width: 10 },
      { header: '提交时间', width: 18, numFmt: FMT.TIME },
    ];
    return titledWorkbook(
      list,
      {
        zone: zone.name,
        list,
        filters: [
          ['状态', f.status && !['SUBMITTED', 'ACCEPTED'].includes(f.status) ? label('NeedStatus', f.status) : null],
          ['关键词', f.search],
          ['分类', f.category ? label('NeedCategory', f.category) : null],
          ['类型', f.kind ? label('NeedKind', f.kind) : null],
          ['渠道', f.channel ? label('NeedChannel', f.channel) : null],
          ['建议分类', f.suggestedCategory ? label('NeedCategory', f.suggestedCategory) : null],
          ['居民区', f.communityId ? (place.community.get(f.communityId) ?? `#${f.communityId}`) : null],
          ['楼宇', f.buildingId ? (place.building.get(f.buildingId) ?? `#${f.buildingId}`) : null],
          ['排序', f.search ? '按相关度' : f.orderBy ? NEED_ORDER_ZH[f.orderBy] : null],
        ],
        period: { from: f.from ?? null, to: f.to ?? null },
      },
      columns,
      rows.map((n: NeedEntity) => [
        n.id,
        n.title,
        n.content,
        label('NeedKind', n.kind),
        label('NeedChannel', n.channel),
        label('NeedStatus', n.status),
        n.category ? label('NeedCategory', n.category) : '',
        n.suggestedCategory ? label('NeedCategory', n.suggestedCategory) : '',
        (n.communityId ? place.community.get(n.communityId) : n.buildingId ? place.building.get(n.buildingId) : null) ?? '',
        n.supportCount,
        n.createdAt,
      ]),
    );
  }

  /** 项目清单 as the console filters it (status, category, claiming unit, overdue, search). */
  async projectList(viewer: Principal, zoneId: number, f: ProjectListFilters): Promise<Buffer> {
    const zone = await this.org.zone(zoneId);
    const rows = await everyRow((after) => this.projects.page(viewer, { zoneId, ...f, first: MAX_PAGE, after }));
    const { claims, progress } = await this.projectReads.claimsAndProgress(rows.map((p) => p.id));
    const units = await this.org.unitNames([...[...claims.values()].flat().map((c) => c.unitId), ...(f.unitId ? [f.unitId] : [])]);
    const today = shanghaiDay(new Date());
    return titledWorkbook(
      '项目清单',
      {
        zone: zone.name,
        list: '项目清单',
        filters: [
          ['关键词', f.search],
          ['状态', f.status ? label('ProjectStatus', f.status) : null],
          ['分类', f.category ? label('NeedCategory', f.category) : null],
          ['认领单位', f.unitId ? (units.get(f.unitId) ?? `#${f.unitId}`) : null],
          ['逾期', f.overdue === true ? '仅逾期' : f.overdue === false ? '未逾期' : null],
        ],
      },
      [
        { header: '项目编号', width: 10 },
        { header: '项目名称', width: 36 },
        { header: '类别', width: 16 },
        { header: '状态', width: 12 },
        { header: '认领单位', width: 36 },
        { header: '名额', width: 8 },
        { header: '预算(元)', width: 14, numFmt: FMT.YUAN },
        { header: '已投入资金(元)', width: 16, numFmt: FMT.YUAN },
        { header: '受益人数', width: 10 },
        { header: '目标受益人数', width: 12 },
        { header: '开始日期', width: 12 },
        { header: '截止日期', width: 12 },
        { header: '逾期', width: 8 },
        { header: '创建时间', width: 18, numFmt: FMT.TIME },
      ],
      rows.map((p: ProjectEntity) => {
        const cs = (claims.get(p.id) ?? []).filter((c) => !c.releasedAt);
        const pr = progress.get(p.id) ?? { spent: 0, beneficiaries: 0 };
        const overdue = !!p.endsOn && p.endsOn < today && !['COMPLETED', 'EVALUATED', 'CANCELLED'].includes(p.status);
        return [
          p.id, p.title, label('NeedCategory', p.category), label('ProjectStatus', p.status),
          cs.map((c) => units.get(c.unitId) ?? `#${c.unitId}`).join('、'), `${cs.length}/${p.claimLimit}`,
          yuan(p.budgetFen), yuan(pr.spent), pr.beneficiaries, p.targetBeneficiaries,
          p.startsOn ?? '', p.endsOn ?? '', overdue ? '是' : '', p.createdAt,
        ];
      }),
    );
  }

  /**
   * 认领明细: the claims on the zone's projects — staff see every unit's, a unit admin its own
   * unit's — with the pledge and the latest reported progress.
   */
  async claimList(viewer: Principal, zoneId: number, f: { unitId?: number | null; status?: ProjectStatus | null }): Promise<Buffer> {
    const zone = await this.org.zone(zoneId);
    let unitId = f.unitId ?? null;
    if (!hasZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF])) {
      if (!viewer.unitId || !hasZoneRole(viewer, zoneId, [Role.UNIT_ADMIN]) || (unitId !== null && unitId !== viewer.unitId)) {
        throw new ForbiddenError('claimsExportForbidden');
      }
      unitId = viewer.unitId;
    }
    const qb = this.db.getRepository(ProjectClaimEntity).createQueryBuilder('c').where('c.zone_id = :zoneId', { zoneId }).orderBy('c.id', 'DESC').take(LIST_EXPORT_MAX);
    if (unitId) qb.andWhere('c.unit_id = :unitId', { unitId });
    if (f.status) qb.andWhere('EXISTS (SELECT 1 FROM projects p WHERE p.id = c.project_id AND p.status = :status)', { status: f.status });
    const claims = await qb.getMany();
    const projectIds = [...new Set(claims.map((c) => c.projectId))];
    const projects = new Map<number, ProjectEntity>();
    for (let i = 0; i < projectIds.length; i += CHUNK) {
      (await this.db.getRepository(ProjectEntity).findBy({ id: In(projectIds.slice(i, i + CHUNK)) })).forEach((p) => projects.set(p.id, p));
    }
    const { latest } = await this.projectReads.claimsAndProgress(projectIds);
    const units = await this.org.unitNames([...claims.map((c) => c.unitId), ...(unitId ? [unitId] : [])]);
    return titledWorkbook(
      '认领明细',
      {
        zone: zone.name,
        list: '认领明细',
        filters: [
          ['认领单位', unitId ? (units.get(unitId) ?? `#${unitId}`) : null],
          ['项目状态', f.status ? label('ProjectStatus', f.status) : null],
        ],
      },
      [
        { header: '项目编号', width: 10 },
        { header: '项目名称', width: 36 },
        { header: '项目状态', width: 12 },
        { header: '认领单位', width: 28 },
        { header: '认领时间', width: 18, numFmt: FMT.TIME },
        { header: '承诺', width: 40 },
        { header: '认捐资金(元)', width: 14, numFmt: FMT.YUAN },
        { header: '承诺志愿者', width: 10 },
        { header: '最新进度', width: 10 },
        { header: '已投入资金(元)', width: 16, numFmt: FMT.YUAN },
        { header: '受益人数', width: 10 },
        { header: '最近上报', width: 18, numFmt: FMT.TIME },
        { header: '退出时间', width: 18, numFmt: FMT.TIME },
        { header: '退出原因', width: 30 },
      ],
      claims.map((c) => {
        const p = projects.get(c.projectId);
        const r = latest.get(`${c.projectId}:${c.unitId}`);
        return [
          c.projectId, p?.title ?? '', p ? label('ProjectStatus', p.status) : '', units.get(c.unitId) ?? `#${c.unitId}`, c.createdAt,
          c.pledge, yuan(c.pledgedFundsFen), c.pledgedVolunteers,
          r ? `${r.percent}%` : '未上报', r ? yuan(r.fundsSpentFen) : null, r?.beneficiaries ?? null, r?.at ?? null,
          c.releasedAt, c.releaseReason ?? '',
        ];
      }),
    );
  }

  /** 问卷答卷: one row per response of a survey (respondents not named), with each question's score. */
  async surveyResponses(viewer: Principal, surveyId: number): Promise<Buffer> {
    const survey = await this.surveys.survey(surveyId);
    assertZoneRole(viewer, survey.zoneId, [Role.COUNCIL_STAFF], '导出答卷');
    const zone = await this.org.zone(survey.zoneId);
    const project = await this.db.getRepository(ProjectEntity).findOneByOrFail({ id: survey.projectId });
    const questions = await this.db.getRepository(SurveyQuestionEntity).find({ where: { surveyId }, order: { position: 'ASC', id: 'ASC' } });
    const responses = await this.db.getRepository(SurveyResponseEntity).find({ where: { surveyId }, order: { id: 'ASC' }, take: LIST_EXPORT_MAX });
    const scores = new Map<string, number>();
    for (let i = 0; i < responses.length; i += CHUNK) {
      const ids = responses.slice(i, i + CHUNK).map((r) => r.id);
      for (const a of await this.db.getRepository(SurveyAnswerEntity).find({ where: { responseId: In(ids) } })) scores.set(`${a.responseId}:${a.questionId}`, a.score);
    }
    return titledWorkbook(
      '问卷答卷',
      {
        zone: zone.name,
        list: `问卷答卷 · 项目 #${project.id} ${project.title}`,
        filters: [['问卷', `#${survey.id}（${survey.open ? '进行中' : '已结束'}）`]],
      },
      [
        { header: '答卷编号', width: 10 },
        { header: '提交时间', width: 18, numFmt: FMT.TIME },
        { header: '方式', width: 12 },
        ...questions.map((q, i) => ({ header: `${i + 1}. ${q.text}`, width: 18 })),
        { header: '总体满意度', width: 12 },
        { header: '是否满意', width: 10 },
      ],
      responses.map((r) => [
        r.id,
        r.createdAt,
        label('SurveyMethod', r.method),
        ...questions.map((q) => scores.get(`${r.id}:${q.id}`) ?? null),
        r.overallScore,
        r.overallScore >= SATISFIED_FROM ? '满意' : '不满意',
      ]),
    );
  }
}
