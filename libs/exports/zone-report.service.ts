import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import { Dimension, label, NEED_CATEGORIES, NeedStatus } from '@app/common/glossary';
import { EvaluationResultsService } from '@app/evaluation/evaluation-results.service';
import type { StoredResult } from '@app/evaluation/models/evaluation.models';
import { NeedEntity } from '@app/needs/needs.entities';
import { OrgService } from '@app/org/org.service';
import { ProgressReportEntity, ProgressRevisionEntity, ProjectEntity } from '@app/projects/projects.entities';
import { ProjectReads } from '@app/projects/project-reads';
import { PhotosService } from '@app/photos/photos.service';
import { photoUrl, thumbUrl } from '@app/photos/photo.model';
import { Period, StatsService } from '@app/stats/stats.service';
import { SCORECARD_WEIGHTS } from '@app/stats/unit-scorecard';
import { UnitScorecardService } from '@app/stats/unit-scorecard.service';
import { shanghaiDay } from '@app/common/shanghai-time';
import { addTitledSheet, FMT, newWorkbook, SheetTitle } from './titled-sheet';

export { XLSX_TYPE } from './titled-sheet';

/** Sheet names and their header rows (row 2 of each sheet, under the title row), in Chinese as the council reads them. */
export const SHEETS = {
  menu: {
    name: '需求菜单',
    headers: ['类别', '类内排名', '需求编号', '标题', '类型', '来源渠道', '支持人数', '提交时间'],
  },
  projects: {
    name: '项目清单',
    headers: ['项目编号', '项目名称', '类别', '状态', '预算(元)', '认领单位', '认领单位数', '认捐资金(元)', '已投入资金(元)', '受益人数', '目标受益人数', '志愿者人数', '其中党员', '创建时间', '完成时间'],
  },
  evaluation: {
    name: '项目评估结果',
    headers: [
      '项目编号', '项目名称', '类别', '状态', '样本量', '目标样本量', '满意人数', '满意率', '满意率95%置信下限', '满意率95%置信上限',
      '项目实施绩效', '资金使用管理和效益', '项目过程质量管理', '总体满意度', '综合指数', '结果状态', '备注',
    ],
  },
  categories: {
    name: '分类满意度',
    headers: ['类别', '项目数', '样本量', '满意人数', '满意率', '满意率95%置信下限', '满意率95%置信上限'],
  },
  photos: {
    name: '图片台账',
    headers: ['项目编号', '项目名称', '来源', '单位', '记录时间', '说明', '第几张', '图片', '缩略图'],
  },
  scorecards: {
    name: '年度考核',
    headers: ['名次', '成员单位', '得分', '认领', '完成', '按期完成', '退出认领', '满意率', '已投入资金(元)', '受益人数', '志愿者', '点亮心愿'],
  },
} as const;

const { YUAN, PERCENT, SCORE, TIME } = FMT;
const CHUNK = 1000;

const yuan = (fen: number) => Math.round(fen) / 100;

type Titler = (list: string, period?: Period | null) => SheetTitle;

/**
 * 片区报表.xlsx: the needs menu, the project list with claims, funds and beneficiaries, evaluation
 * results per project and satisfaction per category. Figures come from the same queries as the
 * API (StatsService, EvaluationResultsService), so the file and the dashboard agree.
 * A period (from/to, inclusive) selects the projects created in it; the menu is always today's.
 */
@Injectable()
export class ZoneReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly projectReads: ProjectReads,
    private readonly stats: StatsService,
    private readonly results: EvaluationResultsService,
    private readonly scorecards: UnitScorecardService,
    private readonly photos: PhotosService,
  ) {}

  /** `origin` (https://…) makes the photo links absolute; without it they are paths on this site. */
  async build(zoneId: number, period: Period = { from: null, to: null }, origin = ''): Promise<Buffer> {
    const zone = await this.org.zone(zoneId);
    const wb = newWorkbook(`${zone.name} 区域化党建报表`);
    // every sheet opens with a title row naming the zone, the sheet and the period
    const title = (list: string, p: Period | null = period): SheetTitle => ({ zone: zone.name, list: `区域化党建报表 · ${list}`, period: p });

    await this.menuSheet(wb, zoneId, title);
    const projects = await this.projectsOf(zoneId, period);
    await this.projectSheet(wb, projects, title);
    await this.evaluationSheet(wb, projects, title);
    await this.categorySheet(wb, zoneId, period, title);
    await this.scorecardSheet(wb, zoneId, period, title);
    await this.photoSheet(wb, projects, title, origin);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /**
   * 图片台账: every photo of the projects — their source needs', each progress report's and the
   * versions corrections replaced — one row each, linked to the image (opened in a browser where
   * the reader is signed in; the api serves a photo only to those who may see its record).
   */
  private async photoSheet(wb: ExcelJS.Workbook, projects: ProjectEntity[], title: Titler, origin: string) {
    const ws = this.sheet(wb, SHEETS.photos, [10, 30, 14, 24, 18, 40, 8, 14, 14], title(`${SHEETS.photos.name}（按创建时间）`));
    for (let i = 0; i < projects.length; i += CHUNK) {
      const batch = projects.slice(i, i + CHUNK);
      const ids = batch.map((p) => p.id);
      const [needs, reports, revisions] = await Promise.all([
        this.db.getRepository(NeedEntity).find({ where: { projectId: In(ids) }, select: ['id', 'projectId', 'title', 'createdAt'] }),
        this.db.getRepository(ProgressReportEntity).find({ where: { projectId: In(ids) }, select: ['id', 'projectId', 'unitId', 'note', 'percent', 'at'] }),
        this.db.getRepository(ProgressRevisionEntity).find({ where: { projectId: In(ids) }, select: ['id', 'reportId', 'projectId', 'note', 'percent', 'replacedAt'] }),
      ]);
      const [needPhotos, reportPhotos, revisionPhotos] = await Promise.all([
        this.photos.ofSubjects('need', needs.map((n) => n.id)),
        this.photos.ofSubjects('progress', reports.map((r) => r.id)),
        this.photos.ofSubjects('progress-revision', revisions.map((r) => r.id)),
      ]);
      const unitIds = [...new Set(reports.map((r) => r.unitId))];
      const units = await this.org.unitNames(unitIds);
      const unitOfReport = new Map(reports.map((r) => [r.id, units.get(r.unitId) ?? '']));
      type Entry = { projectId: number; source: string; unit: string; at: Date; note: string; photoIds: string[] };
      const entries: Entry[] = [
        ...needs.map((n) => ({ projectId: n.projectId!, source: `来源需求 #${n.id}`, unit: '', at: n.createdAt, note: n.title, photoIds: (needPhotos.get(n.id) ?? []).map((p) => p.id) })),
        ...reports.map((r) => ({ projectId: r.projectId, source: `进度报告 ${r.percent}%`, unit: unitOfReport.get(r.id) ?? '', at: r.at, note: r.note, photoIds: (reportPhotos.get(r.id) ?? []).map((p) => p.id) })),
        ...revisions.map((v) => ({ projectId: v.projectId, source: `更正前 ${v.percent}%`, unit: unitOfReport.get(v.reportId) ?? '', at: v.replacedAt, note: v.note, photoIds: (revisionPhotos.get(v.id) ?? []).map((p) => p.id) })),
      ];
      const byProject = new Map(batch.map((p) => [p.id, p]));
      entries.sort((a, b) => a.projectId - b.projectId || a.at.getTime() - b.at.getTime());
      for (const e of entries) {
        e.photoIds.forEach((id, k) => {
          const row = ws.addRow([e.projectId, byProject.get(e.projectId)?.title ?? '', e.source, e.unit, e.at, e.note.slice(0, 200), k + 1, { text: '查看图片', hyperlink: `${origin}${photoUrl(id)}` }, { text: '缩略图', hyperlink: `${origin}${thumbUrl(id)}` }]);
          row.getCell(5).numFmt = TIME;
          for (const c of [8, 9]) row.getCell(c).font = { color: { argb: 'FF0563C1' }, underline: true };
        });
      }
    }
  }

  private sheet(wb: ExcelJS.Workbook, def: { name: string; headers: readonly string[] }, widths: number[], title: SheetTitle): ExcelJS.Worksheet {
    return addTitledSheet(wb, def.name, title, def.headers.map((header, i) => ({ header, width: widths[i] ?? 14 })));
  }

  /** 需求菜单: ACCEPTED needs by category (menu order), most supported first. */
  private async menuSheet(wb: ExcelJS.Workbook, zoneId: number, title: Titler) {
    // the menu is today's, whatever the period
    const ws = this.sheet(wb, SHEETS.menu, [16, 10, 10, 40, 10, 14, 10, 18], title(`${SHEETS.menu.name}（当前）`, null));
    const needs = await this.db.getRepository(NeedEntity).find({
      where: { zoneId, status: NeedStatus.ACCEPTED },
      select: ['id', 'category', 'title', 'kind', 'channel', 'supportCount', 'createdAt'],
      order: { supportCount: 'DESC', id: 'ASC' },
    });
    for (const category of NEED_CATEGORIES) {
      let rank = 0;
      for (const n of needs) {
        if (n.category !== category) continue;
        const row = ws.addRow([label('NeedCategory', category), ++rank, n.id, n.title, label('NeedKind', n.kind), label('NeedChannel', n.channel), n.supportCount, n.createdAt]);
        row.getCell(8).numFmt = TIME;
      }
    }
  }

  private async projectsOf(zoneId: number, period: Period): Promise<ProjectEntity[]> {
    const qb = this.db.getRepository(ProjectEntity).createQueryBuilder('p').where('p.zone_id = :zoneId', { zoneId }).orderBy('p.id', 'ASC');
    if (period.from) qb.andWhere('p.created_at >= :from', { from: period.from });
    if (period.to) qb.andWhere('p.created_at <= :to', { to: period.to });
    return qb.getMany();
  }

  /** 项目清单: status, claiming units, pledged and spent funds, beneficiaries (Σ of each unit's latest report). */
  private async projectSheet(wb: ExcelJS.Workbook, projects: ProjectEntity[], title: Titler) {
    const ws = this.sheet(wb, SHEETS.projects, [10, 36, 16, 14, 14, 36, 12, 14, 16, 10, 12, 12, 10, 18, 18], title(`${SHEETS.projects.name}（按创建时间）`));
    const { claims, progress } = await this.projectReads.claimsAndProgress(projects.map((p) => p.id));
    const units = await this.org.unitNames([...claims.values()].flat().map((c) => c.unitId));
    for (const p of projects) {
      const cs = claims.get(p.id) ?? [];
      const pr = progress.get(p.id) ?? { spent: 0, beneficiaries: 0 };
      const row = ws.addRow([
        p.id,
        p.title,
        label('NeedCategory', p.category),
        label('ProjectStatus', p.status),
        yuan(p.budgetFen),
        cs.map((c) => units.get(c.unitId) ?? `#${c.unitId}`).join('、'),
        cs.length,
        yuan(cs.reduce((s, c) => s + c.pledgedFundsFen, 0)),
        yuan(pr.spent),
        pr.beneficiaries,
        p.targetBeneficiaries,
        p.volunteerCount,
        p.partyMemberVolunteerCount,
        p.createdAt,
        p.completedAt ?? null,
      ]);
      for (const c of [5, 8, 9]) row.getCell(c).numFmt = YUAN;
      for (const c of [14, 15]) row.getCell(c).numFmt = TIME;
    }
  }

  /** 项目评估结果: one row per project with a survey; frozen figures once its survey closed. */
  private async evaluationSheet(wb: ExcelJS.Workbook, projects: ProjectEntity[], title: Titler) {
    const ws = this.sheet(wb, SHEETS.evaluation, [10, 36, 16, 12, 10, 10, 10, 10, 12, 12, 12, 12, 12, 12, 10, 10, 40], title(SHEETS.evaluation.name));
    for (let i = 0; i < projects.length; i += CHUNK) {
      const batch = projects.slice(i, i + CHUNK);
      const results = await this.results.resultsFor(batch.map((p) => p.id));
      batch.forEach((p, j) => {
        const r = results[j];
        if (r) this.evaluationRow(ws, p, r);
      });
    }
  }

  private evaluationRow(ws: ExcelJS.Worksheet, p: ProjectEntity, r: StoredResult) {
    const mean = (d: Dimension) => r.dimensions.find((x) => x.dimension === d)?.mean ?? null;
    const row = ws.addRow([
      p.id,
      p.title,
      label('NeedCategory', p.category),
      label('ProjectStatus', p.status),
      r.responseCount,
      r.targetResponses,
      r.satisfiedCount,
      r.satisfactionRate,
      r.satisfactionInterval.low,
      r.satisfactionInterval.high,
      mean(Dimension.IMPLEMENTATION),
      mean(Dimension.FUNDS),
      mean(Dimension.PROCESS_QUALITY),
      mean(Dimension.OVERALL),
      r.indexScore,
      r.frozen ? '已冻结' : '评估中',
      // remarks in Chinese only (the API's warning also carries an English gloss)
      r.belowTarget ? `样本量不足：已回收 ${r.responseCount} 份，目标 ${r.targetResponses} 份，结果仅供参考` : '',
    ]);
    for (const c of [8, 9, 10]) row.getCell(c).numFmt = PERCENT;
    for (const c of [11, 12, 13, 14, 15]) row.getCell(c).numFmt = SCORE;
  }

  /** 分类满意度: the same figures as satisfactionByCategory. */
  private async categorySheet(wb: ExcelJS.Workbook, zoneId: number, period: Period, title: Titler) {
    const ws = this.sheet(wb, SHEETS.categories, [18, 10, 10, 10, 10, 16, 16], title(SHEETS.categories.name));
    for (const c of await this.stats.satisfactionByCategory(zoneId, period)) {
      const row = ws.addRow([label('NeedCategory', c.category), c.projects, c.responses, c.satisfied, c.satisfactionRate, c.satisfactionInterval.low, c.satisfactionInterval.high]);
      for (const col of [5, 6, 7]) row.getCell(col).numFmt = PERCENT;
    }
  }

  /**
   * 年度考核: the unit ranking of the year the period ends in (this year without a period), with
   * the weights it is scored by below it.
   */
  private async scorecardSheet(wb: ExcelJS.Workbook, zoneId: number, period: Period, title: Titler) {
    const year = Number(shanghaiDay(period.to ?? new Date()).slice(0, 4));
    const ws = this.sheet(wb, SHEETS.scorecards, [8, 28, 8, 8, 8, 10, 10, 10, 16, 10, 10, 10], title(`${year} 年${SHEETS.scorecards.name}`));
    for (const r of await this.scorecards.scorecards(zoneId, year)) {
      const row = ws.addRow([
        r.rank, r.unit.name, r.score, r.claims, r.completed, r.completedOnTime, r.released,
        r.satisfactionRate, yuan(r.fundsSpentFen), r.beneficiaries, r.volunteers, r.wishesLit,
      ]);
      row.getCell(8).numFmt = PERCENT;
      row.getCell(9).numFmt = YUAN;
    }
    ws.addRow([]);
    ws.addRow([`${year} 年度评分办法：得分 = 100 × Σ 权重 × 指标（0–1），不低于 0；得分相同者名次相同`]).font = { bold: true };
    for (const w of SCORECARD_WEIGHTS) ws.addRow(['', w.zh, Math.round(w.weight * 100), w.how]);
  }
}
