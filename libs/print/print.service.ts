import { Injectable } from '@nestjs/common';
import QRCode from 'qrcode';
import { label, ProjectStatus } from '@app/common/glossary';
import { shanghaiWallClock } from '@app/common/shanghai-time';
import { RequestLoaders } from '@app/common/loaders';
import type { Principal } from '@app/common/request-context';
import { EvaluationResultsService } from '@app/evaluation/evaluation-results.service';
import { SurveysService } from '@app/evaluation/surveys.service';
import { OrgService } from '@app/org/org.service';
import { ProjectsService } from '@app/projects/projects.service';

/** Why a print page cannot be shown: the page says so in words (and the status code). */
export class PrintRefusal extends Error {
  constructor(
    readonly status: 401 | 403 | 404,
    readonly title: string,
  ) {
    super(title);
  }
}

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const yuan = (fen: number) => `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })} 元`;
const day = (d: Date | string | null | undefined) => {
  if (!d) return '—';
  const x = shanghaiWallClock(new Date(d));
  return `${x.getUTCFullYear()}年${x.getUTCMonth() + 1}月${x.getUTCDate()}日`;
};

/**
 * Server-rendered A4 pages for notice boards and doorsteps: a project's public notice (公示) and a
 * survey's household-visit sheet. Plain HTML with a linked stylesheet and a QR code as inline SVG;
 * no inline script. Only what the 项目清单 already shows publicly is printed (published projects and
 * later; units, pledges and figures; never a resident's name or phone).
 */
@Injectable()
export class PrintService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly org: OrgService,
    private readonly surveys: SurveysService,
    private readonly results: EvaluationResultsService,
  ) {}

  private async visibleProject(viewer: Principal | null, id: number) {
    const p = await this.projects.findProject(id);
    if (!p) throw new PrintRefusal(404, '项目不存在 (no such project)');
    if (!ProjectsService.canSee(viewer, p)) {
      throw new PrintRefusal(viewer ? 403 : 401, '项目尚未发布,不能公示 (the project is not published yet)');
    }
    return p;
  }

  /** GET /print/projects/:id */
  async projectNotice(viewer: Principal | null, projectId: number, origin: string): Promise<string> {
    const p = await this.visibleProject(viewer, projectId);
    const loaders = new RequestLoaders();
    const [zone, claims, reports, timeline, [result], surveys] = await Promise.all([
      this.org.zone(p.zoneId),
      loaders.load(this.projects.claimsByProject, p.id),
      loaders.load(this.projects.reportsByProject, p.id),
      loaders.load(this.projects.timelineByProject, p.id),
      this.results.resultsFor([p.id]),
      this.surveys.projectSurveys(p.id),
    ]);
    const units = await Promise.all(claims.map((c) => loaders.load(this.org.unitById, c.unitId)));
    const latest = reports.filter((r) => r.latest);
    const fundsSpent = latest.reduce((s, r) => s + r.fundsSpentFen, 0);
    const beneficiaries = latest.reduce((s, r) => s + r.beneficiaries, 0);
    const pledged = claims.reduce((s, c) => s + c.pledgedFundsFen, 0);
    const openSurvey = [...surveys].reverse().find((s) => s.open);
    const target = openSurvey ? `${origin}/surveys/${openSurvey.id}` : `${origin}/projects/${p.id}`;
    const qr = await QRCode.toString(target, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const when = (to: ProjectStatus) => timeline.filter((t) => t.toStatus === to).at(-1)?.at ?? null;
    const satisfaction = result && result.responseCount > 0 ? `${(result.satisfactionRate * 100).toFixed(1)}%` : '—';

    const rows = claims
      .map(
        (c, i) =>
          `<tr><td>${esc(units[i]?.name ?? '成员单位')}</td><td>${esc(c.pledge)}</td><td>${yuan(c.pledgedFundsFen)}</td><td>${c.pledgedVolunteers} 人</td><td>${day(c.createdAt)}</td></tr>`,
      )
      .join('');
    const body = `
<header class="notice">
  <p class="org">${esc(zone.name)} 区域党建促进会</p>
  <h1>党建项目公示</h1>
  <p class="subtitle">「${esc(p.title)}」</p>
</header>
<table>
  <tr><th scope="row">项目类别</th><td>${esc(label('NeedCategory', p.category))}</td><th scope="row">项目状态</th><td>${esc(label('ProjectStatus', p.status))}</td></tr>
  <tr><th scope="row">所属片区</th><td>${esc(zone.name)}(${esc(zone.street)})</td><th scope="row">项目预算</th><td>${yuan(p.budgetFen)}</td></tr>
  <tr><th scope="row">实施周期</th><td colspan="3">${day(p.startsOn)} 至 ${day(p.endsOn)}</td></tr>
  <tr><th scope="row">审批过程</th><td colspan="3">理事会决议 ${day(when('RESOLVED'))} · 社区党委审批 ${day(when('APPROVED'))} · 发布 ${day(when('PUBLISHED'))}${when('COMPLETED') ? ` · 完成 ${day(when('COMPLETED'))}` : ''}</td></tr>
</table>
<h2>项目内容</h2>
<p>${esc(p.description)}</p>
<h2>认领单位与承诺</h2>
${claims.length ? `<table><thead><tr><th scope="col">认领单位</th><th scope="col">承诺</th><th scope="col">承诺资金</th><th scope="col">承诺志愿者</th><th scope="col">认领日期</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>尚无成员单位认领,欢迎认领。</p>'}
<h2>实施成效</h2>
<div class="figures">
  <div class="figure"><span>承诺资金</span><b>${yuan(pledged)}</b></div>
  <div class="figure"><span>已使用资金</span><b data-testid="funds-spent">${yuan(fundsSpent)}</b></div>
  <div class="figure"><span>受益人数</span><b data-testid="beneficiaries">${beneficiaries} 人</b></div>
  <div class="figure"><span>群众满意率</span><b data-testid="satisfaction">${satisfaction}</b>${result && result.responseCount > 0 ? `<span class="muted">${result.responseCount} 人评价${result.frozen ? '' : '(进行中)'}</span>` : ''}</div>
</div>
<div class="bottom">
  <div class="text">
    <p>以上内容予以公示。对项目实施有意见或建议的,请扫描右侧二维码${openSurvey ? '参加满意度评价' : '查看项目详情'},或到居民区党群服务站反映。</p>
    <p class="stamp">${esc(zone.name)} 区域党建促进会<br>${day(new Date())}</p>
  </div>
  <figure class="qr">${qr}<figcaption>${openSurvey ? '扫码参加满意度评价' : '扫码查看项目'}</figcaption></figure>
</div>`;
    return page(`公示:${p.title}`, body, `/projects/${p.id}`);
  }

  /** GET /print/surveys/:id — a household-visit sheet: the questions with boxes to tick, and a QR to answer online. */
  async visitSheet(viewer: Principal | null, surveyId: number, origin: string): Promise<string> {
    const s = await this.surveys.findSurvey(surveyId);
    if (!s) throw new PrintRefusal(404, '问卷不存在 (no such survey)');
    const p = await this.visibleProject(viewer, s.projectId);
    const loaders = new RequestLoaders();
    const [zone, questions] = await Promise.all([this.org.zone(p.zoneId), loaders.load(this.surveys.questionsBySurvey, s.id)]);
    const qr = await QRCode.toString(`${origin}/surveys/${s.id}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const rows = questions
      .map(
        (q, i) =>
          `<tr><td>${i + 1}</td><td>${esc(q.text)}<div class="muted">${esc(label('Dimension', q.dimension))}</div></td><td><div class="boxes">${[1, 2, 3, 4, 5].map((n) => `<span>${n}</span>`).join('')}</div></td></tr>`,
      )
      .join('');
    const body = `
<header class="notice">
  <p class="org">${esc(zone.name)} 区域党建促进会</p>
  <h1>入户访问记录表</h1>
  <p class="subtitle">「${esc(p.title)}」满意度评价</p>
</header>
<div class="fields">
  <div>受访居民:<span class="fill"></span></div>
  <div>联系电话:<span class="fill"></span></div>
  <div>居民区 / 楼宇:<span class="fill"></span></div>
  <div>访问日期:<span class="fill"></span></div>
  <div>访问人:<span class="fill"></span></div>
  <div>问卷编号:${s.id}</div>
</div>
<p class="muted">请在每题的 1–5 中圈选一项:1 很不满意,2 不满意,3 一般,4 满意,5 很满意。访问后由工作人员在管理后台「成效评估」录入,每位居民只计一次。</p>
<table>
  <thead><tr><th scope="col">序号</th><th scope="col">问题</th><th scope="col">评分(圈选)</th></tr></thead>
  <tbody>${rows}</tbody>
</table>
<h2>居民意见和建议</h2>
<div class="notes"></div>
<div class="bottom">
  <div class="text"><p>居民也可扫描右侧二维码,登录后在手机上自行作答。</p><p>受访居民签字:<span class="fill"></span></p></div>
  <figure class="qr">${qr}<figcaption>扫码在线作答</figcaption></figure>
</div>`;
    return page(`入户访问记录表:${p.title}`, body, `/projects/${p.id}`);
  }
}

export function page(title: string, body: string, back?: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · 金色纽带</title>
<link rel="stylesheet" href="/print/print.css">
<script src="/print/print.js" defer></script>
</head><body>
<nav class="toolbar" aria-label="打印"><button type="button" id="print-now">打印 (Print)</button>${back ? `<a href="/console${esc(back)}">返回管理后台</a>` : ''}</nav>
<main class="sheet">${body}</main>
</body></html>`;
}

export function refusalPage(r: PrintRefusal): string {
  return page(r.title, `<h1>${esc(r.title)}</h1><p>${r.status === 401 ? '请先登录管理后台。' : '只有已发布的项目可以打印公示。'}</p>`);
}
