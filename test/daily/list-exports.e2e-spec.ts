import ExcelJS from 'exceljs';
import { useWorld } from '../support/suite';
import { manyResidents } from '../support/world';
import { answersFor, CREATE_SURVEY, insertNeeds, SUBMIT } from '../evaluation/evaluation-helpers';
import { Walk } from '../support/projects';

function binaryParser(res: NodeJS.ReadableStream, callback: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The sheet as the council opens it: the title row, the headers, the rows. */
async function sheetOf(body: Buffer): Promise<{ name: string; title: string; headers: unknown[]; rows: unknown[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as never);
  const ws = wb.worksheets[0];
  const all: unknown[][] = [];
  ws.eachRow((row) => all.push((row.values as unknown[]).slice(1)));
  return { name: ws.name, title: String(all[0][0]), headers: all[1], rows: all.slice(2) };
}

/** Issue 13, per-list export: every console list exports what it shows, under a title row naming zone, filters and period. */
describe('per-list Excel exports', () => {
  const { t, w } = useWorld();
  let completed: number;
  let surveyId: string;

  beforeAll(async () => {
    await insertNeeds(t, w.zoneId, w.residents[0].id, [
      { channel: 'HOTLINE', status: 'SUBMITTED', category: null, title: '加装电梯的需求', createdAt: new Date('2026-03-10T02:00:00Z') },
      { channel: 'APP', status: 'SUBMITTED', category: null, title: '楼道电梯按钮失灵', createdAt: new Date('2026-03-11T02:00:00Z') },
      { channel: 'HOTLINE', status: 'SUBMITTED', category: null, title: '广场舞噪音扰民', createdAt: new Date('2026-03-12T02:00:00Z') },
      { channel: 'HOTLINE', status: 'SUBMITTED', category: null, title: '去年热线反映的电梯', createdAt: new Date('2025-06-01T02:00:00Z') },
      { channel: 'APP', status: 'ACCEPTED', category: 'PUBLIC_SERVICE', title: '老年助餐点', supportCount: 4 },
    ]);
    const walk = new Walk(t, w);
    completed = Number(await walk.started({ title: '楼道电梯维修', category: 'COMMUNITY_AFFAIRS' }, [{ unit: 0, funds: 80_000, reports: [{ funds: 60_000, beneficiaries: 40 }] }], true));
    await walk.started({ title: '社区助餐', category: 'PUBLIC_SERVICE' }, [{ unit: 1, funds: 20_000 }]);
    const s = (await t.ok(CREATE_SURVEY, { input: { projectId: String(completed), method: 'QUESTIONNAIRE', questions: [], targetResponses: 10 } }, w.staff.token)).createSurvey;
    surveyId = s.id;
    for (const [i, p] of (await manyResidents(t, 2, w.communityId)).entries()) {
      await t.ok(SUBMIT, { surveyId: s.id, answers: answersFor(s.questions, () => (i === 0 ? 5 : 2)) }, p.token);
    }
  });

  const get = (path: string, token?: string) => {
    const req = t.http.get(path).buffer(true).parse(binaryParser as never);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  it('the review queue: only what the filters show, with the zone, the filters and the period in the title row', async () => {
    const from = '2026-03-01T00:00:00+08:00';
    const to = '2026-03-31T23:59:59+08:00';
    const res = await get(`/exports/zones/${w.zoneId}/needs.xlsx?status=SUBMITTED&channel=HOTLINE&search=${encodeURIComponent('电梯')}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, w.staff.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('需求审核队列'));
    const sheet = await sheetOf(res.body as Buffer);
    expect(sheet.name).toBe('需求审核队列');
    expect(sheet.title).toMatch(/^建工片区 · 需求审核队列 · 筛选：关键词 电梯；渠道 热线；排序 按相关度 · 时段：2026-03-01 至 2026-03-31 · 导出于 \d{4}-\d{2}-\d{2}$/);
    expect(sheet.headers.slice(0, 3)).toEqual(['需求编号', '标题', '内容']);
    // the APP need and last year's hotline need are left out, as on the screen
    expect(sheet.rows.map((r) => r[1])).toEqual(['加装电梯的需求']);
  });

  it('the needs menu and the project list, each with its own filters named', async () => {
    const menu = await sheetOf((await get(`/exports/zones/${w.zoneId}/needs.xlsx?status=ACCEPTED`, w.staff.token)).body as Buffer);
    expect(menu.title).toMatch(/^建工片区 · 需求菜单 · 筛选：无 · 时段：全部时间/);
    expect(menu.rows.map((r) => [r[1], r[6], r[9]])).toEqual([['老年助餐点', '社会公共服务', 4]]);

    const projects = await sheetOf((await get(`/exports/zones/${w.zoneId}/projects.xlsx?status=COMPLETED&unitId=${w.units[0]}`, w.staff.token)).body as Buffer);
    expect(projects.title).toMatch(/^建工片区 · 项目清单 · 筛选：状态 已完成；认领单位 成员单位1 · /);
    expect(projects.rows.map((r) => [r[0], r[1], r[4], r[7], r[8]])).toEqual([[completed, '楼道电梯维修', '成员单位1', 600, 40]]);
    // a unit admin's file holds what its list shows: not the council's drafts
    await new Walk(t, w).draft({ title: '理事会未议的草案', category: 'COMMUNITY_AFFAIRS' });
    const drafts = async (token: string) => (await sheetOf((await get(`/exports/zones/${w.zoneId}/projects.xlsx?status=DRAFT`, token)).body as Buffer)).rows.map((r) => r[1]);
    expect(await drafts(w.staff.token)).toEqual(['理事会未议的草案']);
    expect(await drafts(w.unitAdmins[0].token)).toEqual([]);
  });

  it('claims: staff see every unit, a unit admin only its own', async () => {
    const all = await sheetOf((await get(`/exports/zones/${w.zoneId}/claims.xlsx`, w.staff.token)).body as Buffer);
    expect(all.title).toMatch(/^建工片区 · 认领明细 · 筛选：无/);
    expect(all.rows.map((r) => r[3]).sort()).toEqual(['成员单位1', '成员单位2']);
    const own = await sheetOf((await get(`/exports/zones/${w.zoneId}/claims.xlsx`, w.unitAdmins[1].token)).body as Buffer);
    expect(own.title).toContain('认领单位 成员单位2');
    expect(own.rows.map((r) => [r[1], r[3], r[8]])).toEqual([['社区助餐', '成员单位2', '未上报']]);
    expect((await get(`/exports/zones/${w.zoneId}/claims.xlsx?unitId=${w.units[0]}`, w.unitAdmins[1].token)).status).toBe(403);
  });

  it('survey responses: one row per response with its scores, respondents not named', async () => {
    const sheet = await sheetOf((await get(`/exports/surveys/${surveyId}/responses.xlsx`, w.staff.token)).body as Buffer);
    expect(sheet.title).toMatch(/^建工片区 · 问卷答卷 · 项目 #\d+ 楼道电梯维修 · 筛选：问卷 #\d+（进行中）/);
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows.map((r) => r[r.length - 1])).toEqual(['满意', '不满意']);
    expect(JSON.stringify(sheet.rows)).not.toMatch(/139\d{8}/);
    expect((await get(`/exports/surveys/${surveyId}/responses.xlsx`, w.otherStaff.token)).status).toBe(403);
  });

  it('the zone report: a title row with zone and period, and remarks in Chinese only', async () => {
    const res = await get(`/exports/zones/${w.zoneId}/report.xlsx?from=2026-01-01T00:00:00%2B08:00&to=2099-12-31T23:59:59%2B08:00`, w.staff.token);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const ws = wb.getWorksheet('项目评估结果')!;
    expect(String(ws.getCell('A1').value)).toMatch(/^建工片区 · 区域化党建报表 · 项目评估结果 · 筛选：无 · 时段：2026-01-01 至 2099-12-31/);
    const row = (ws.getRow(3).values as unknown[]).slice(1);
    expect(row[0]).toBe(completed);
    expect(row[16]).toBe('样本量不足：已回收 2 份，目标 10 份，结果仅供参考');
    const cells: string[] = [];
    wb.eachSheet((s) => s.eachRow((r) => (r.values as unknown[]).forEach((v) => typeof v === 'string' && cells.push(v))));
    expect(cells.filter((c) => /[A-Za-z]{3,}/.test(c))).toEqual([]); // no English mixed into the cells
  });

  it('refuses the signed-out, residents and bad filters', async () => {
    expect((await get(`/exports/zones/${w.zoneId}/needs.xlsx?status=SUBMITTED`)).status).toBe(401);
    expect((await get(`/exports/zones/${w.zoneId}/needs.xlsx?status=SUBMITTED`, w.residents[0].token)).status).toBe(403);
    expect((await get(`/exports/zones/${w.zoneId}/needs.xlsx?status=SUBMITTED`, w.otherStaff.token)).status).toBe(403);
    expect((await get(`/exports/zones/${w.zoneId}/needs.xlsx?channel=FAX`, w.staff.token)).status).toBe(400);
  });
});
