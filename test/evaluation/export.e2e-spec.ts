import ExcelJS from 'exceljs';
import { useWorld } from '../support/suite';
import { manyResidents } from '../support/world';
import { Walk } from '../support/projects';
import { answersFor, CREATE_SURVEY, insertNeeds, SUBMIT } from './evaluation-helpers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function binaryParser(res: NodeJS.ReadableStream & { setEncoding(e: string): void }, callback: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Rows of a sheet as arrays of cell values under its title row (row 1 = title, row 2 = headers). */
function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

describe('GET /exports/zones/:id/report.xlsx', () => {
  const { t, w } = useWorld();
  let evaluated: number;
  let running: number;

  beforeAll(async () => {
    await insertNeeds(t, w.zoneId, w.residents[0].id, [
      { channel: 'APP', status: 'ACCEPTED', category: 'PUBLIC_SERVICE', supportCount: 3, title: '增设老年助餐点' },
      { channel: 'HALL', status: 'ACCEPTED', category: 'PUBLIC_SERVICE', supportCount: 9, title: '社区卫生服务进楼宇' },
      { channel: 'VISIT', status: 'ACCEPTED', category: 'CULTURE_SHARING', supportCount: 1, title: '沪语课堂' },
      { channel: 'APP', status: 'SUBMITTED', category: null, title: '待审核的需求' },
    ]);
    const walk = new Walk(t, w);
    evaluated = Number(
      await walk.started(
        { title: '老年助餐点', category: 'PUBLIC_SERVICE', budgetFen: 1_234_500, targetBeneficiaries: 200 },
        [
          { unit: 0, funds: 500_000, reports: [{ funds: 100_000, beneficiaries: 20 }, { funds: 300_050, beneficiaries: 150 }] },
          { unit: 1, funds: 250_000, reports: [{ funds: 200_000, beneficiaries: 80 }] },
        ],
        true,
      ),
    );
    running = Number(await walk.started({ title: '楼道照明', category: 'COMMUNITY_AFFAIRS', budgetFen: 100_000, targetBeneficiaries: 200 }, [{ unit: 2, funds: 10_000 }]));
    const s = (await t.ok(CREATE_SURVEY, { input: { projectId: String(evaluated), method: 'QUESTIONNAIRE', questions: [], targetResponses: 10 } }, w.staff.token)).createSurvey;
    const people = await manyResidents(t, 10, w.communityId);
    for (const [i, p] of people.entries()) {
      await t.ok(SUBMIT, { surveyId: s.id, answers: answersFor(s.questions, (q) => (q.dimension === 'OVERALL' ? (i < 9 ? 5 : 3) : 4)) }, p.token);
    }
    await t.ok(`mutation($id: ID!) { closeSurvey(surveyId: $id) { id } }`, { id: s.id }, w.staff.token);
  });

  const get = (zoneId: number, token?: string) => {
    const req = t.http.get(`/exports/zones/${zoneId}/report.xlsx`).buffer(true).parse(binaryParser as never);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };

  it('gives staff an Excel file with the menu, the projects, the results per project and per category', async () => {
    const res = await get(w.zoneId, w.staff.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="zone-\d+-report-\d{8}\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['需求菜单', '项目清单', '项目评估结果', '分类满意度', '年度考核', '图片台账']);
    // each sheet opens with a title row naming the zone and the period
    for (const ws of wb.worksheets) expect(String(ws.getCell('A1').value)).toMatch(/^建工片区 · 区域化党建报表 · .* · 时段：全部时间 · /);

    const menu = rowsOf(wb.getWorksheet('需求菜单')!);
    expect(menu[0]).toEqual(['类别', '类内排名', '需求编号', '标题', '类型', '来源渠道', '支持人数', '提交时间']);
    // accepted needs only, by category, most supported first
    expect(menu.slice(1).map((r) => [r[0], r[1], r[3], r[5], r[6]])).toEqual([
      ['社会公共服务', 1, '社区卫生服务进楼宇', '群众议事厅', 9],
      ['社会公共服务', 2, '增设老年助餐点', '线上', 3],
      ['社区文化共享', 1, '沪语课堂', '走访', 1],
    ]);

    const projects = rowsOf(wb.getWorksheet('项目清单')!);
    expect(projects[0]).toEqual(['项目编号', '项目名称', '类别', '状态', '预算(元)', '认领单位', '认领单位数', '认捐资金(元)', '已投入资金(元)', '受益人数', '目标受益人数', '志愿者人数', '其中党员', '创建时间', '完成时间']);
    const p1 = projects.find((r) => r[0] === evaluated)!;
    expect(p1.slice(0, 11)).toEqual([evaluated, '老年助餐点', '社会公共服务', '已评估', 12345, '成员单位1、成员单位2', 2, 7500, 5000.5, 230, 200]);
    const p2 = projects.find((r) => r[0] === running)!;
    expect(p2.slice(1, 10)).toEqual(['楼道照明', '社区公共事务', '实施中', 1000, '成员单位3', 1, 100, 0, 0]);

    const results = rowsOf(wb.getWorksheet('项目评估结果')!);
    expect(results[0]).toEqual([
      '项目编号', '项目名称', '类别', '状态', '样本量', '目标样本量', '满意人数', '满意率', '满意率95%置信下限', '满意率95%置信上限',
      '项目实施绩效', '资金使用管理和效益', '项目过程质量管理', '总体满意度', '综合指数', '结果状态', '备注',
    ]);
    expect(results).toHaveLength(2); // the running project has no survey
    const r = results[1];
    expect(r.slice(0, 8)).toEqual([evaluated, '老年助餐点', '社会公共服务', '已评估', 10, 10, 9, 0.9]);
    expect(r[8] as number).toBeCloseTo(0.5958, 4); // Wilson 9/10
    expect(r[9] as number).toBeCloseTo(0.9821, 4);
    expect(r.slice(10, 13)).toEqual([4, 4, 4]);
    expect(r[13] as number).toBeCloseTo(4.8, 12);
    expect(r.slice(14, 16)).toEqual([4, '已冻结']);

    const categories = rowsOf(wb.getWorksheet('分类满意度')!);
    expect(categories[0]).toEqual(['类别', '项目数', '样本量', '满意人数', '满意率', '满意率95%置信下限', '满意率95%置信上限']);
    expect(categories.slice(1).map((c) => c.slice(0, 5))).toEqual([['社会公共服务', 1, 10, 9, 0.9]]);
    // the file shows what the API shows
    const api = (await t.ok(`query($z: ID!) { satisfactionByCategory(zoneId: $z) { satisfactionInterval { low high } } }`, { z: String(w.zoneId) })).satisfactionByCategory[0];
    expect(categories[1].slice(5)).toEqual([api.satisfactionInterval.low, api.satisfactionInterval.high]);
  });

  it('is for the zone staff with a bearer token only', async () => {
    expect((await get(w.zoneId)).status).toBe(401);
    const resident = await get(w.zoneId, w.residents[0].token);
    expect(resident.status).toBe(403);
    expect(JSON.parse((resident.body as Buffer).toString('utf8'))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await get(w.zoneId, w.otherStaff.token)).status).toBe(403);
    expect((await get(w.zoneId, 'not-a-token')).status).toBe(401);
    expect((await get(999_999, w.admin.token)).status).toBe(404);
    const bad = await t.http.get(`/exports/zones/${w.zoneId}/report.xlsx?from=yesterday`).set('authorization', `Bearer ${w.staff.token}`);
    expect(bad.status).toBe(400);
  });

  it('takes a period: the projects created in it', async () => {
    const res = await t.http
      .get(`/exports/zones/${w.zoneId}/report.xlsx?from=2000-01-01T00:00:00Z&to=2000-12-31T23:59:59Z`)
      .set('authorization', `Bearer ${w.staff.token}`)
      .buffer(true)
      .parse(binaryParser as never);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    expect(rowsOf(wb.getWorksheet('项目清单')!)).toHaveLength(1);
    expect(rowsOf(wb.getWorksheet('需求菜单')!)).toHaveLength(4); // the menu is today's
  });
});
