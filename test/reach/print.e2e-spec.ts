import jsQR from 'jsqr';
import sharp from 'sharp';
import { useWorld } from '../support/suite';
import { CREATE_SURVEY } from '../evaluation/evaluation-helpers';
import { acceptedNeed, Walk } from '../projects/helpers';

/** Renders the page's QR code (inline SVG) to pixels and decodes it, as a phone would. */
async function decodeQr(html: string): Promise<string | null> {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0];
  if (!svg) return null;
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400, 400).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

describe('print pages: 公示 and household-visit sheets', () => {
  const { t, w } = useWorld();

  it('prints a published project’s public notice on A4 with units, pledges, figures and a QR code to the project', async () => {
    const p = {
      id: await new Walk(t, w).started({ title: '楼道微更新', category: 'COMMUNITY_AFFAIRS' }, [
        { unit: 0, funds: 80_000, reports: [{ funds: 20_000, beneficiaries: 40 }, { funds: 35_000, beneficiaries: 96 }] },
      ]),
    };
    const res = await t.http.get(`/print/projects/${p.id}`).set('host', 'jinse.example.cn');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.text;
    expect(html).toContain('党建项目公示');
    expect(html).toContain('「楼道微更新」');
    expect(html).toContain('成员单位1');
    expect(html).toMatch(/data-testid="funds-spent">350 元</);
    expect(html).toMatch(/data-testid="beneficiaries">96 人</);
    expect(html).toContain('800 元'); // pledged
    // the stylesheet is a file with an A4 page rule; the page has no inline script
    expect(html).toContain('<link rel="stylesheet" href="/print/print.css">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const css = await t.http.get('/print/print.css');
    expect(css.status).toBe(200);
    expect(css.text).toContain('size: A4');
    expect(css.text).toContain('@media print');
    // no resident's name or phone on a public notice
    expect(html).not.toContain('王小');
    expect(await decodeQr(html)).toBe(`http://jinse.example.cn/projects/${p.id}`);
  });

  it('with an open survey, the QR code leads to the survey, and the visit sheet lists its questions with boxes', async () => {
    const sourceNeedIds = [String(await acceptedNeed(t, w.zoneId, w.residents[1], 'COMMUNITY_AFFAIRS'))];
    const p = { id: await new Walk(t, w).started({ title: '助餐点', category: 'COMMUNITY_AFFAIRS', sourceNeedIds }, [{ unit: 0, funds: 50_000, reports: [{ funds: 30_000, beneficiaries: 120 }] }], true) };
    const s = (await t.ok(CREATE_SURVEY, { input: { projectId: String(p.id), method: 'VISIT', questions: [] } }, w.staff.token)).createSurvey;
    const notice = await t.http.get(`/print/projects/${p.id}`).set('host', 'jinse.example.cn');
    expect(await decodeQr(notice.text)).toBe(`http://jinse.example.cn/surveys/${s.id}`);
    expect(notice.text).toContain('扫码参加满意度评价');

    const sheet = await t.http.get(`/print/surveys/${s.id}`).set('host', 'jinse.example.cn');
    expect(sheet.status).toBe(200);
    expect(sheet.text).toContain('入户访问记录表');
    for (const q of s.questions) expect(sheet.text).toContain(q.text.replace(/&/g, '&amp;'));
    expect(sheet.text.match(/<span>5<\/span>/g)).toHaveLength(s.questions.length);
    expect(await decodeQr(sheet.text)).toBe(`http://jinse.example.cn/surveys/${s.id}`);
  });

  it('refuses drafts to visitors, and says so in words; unknown ids are 404', async () => {
    const draft = await new Walk(t, w).draft();
    const res = await t.http.get(`/print/projects/${draft}`);
    expect(res.status).toBe(401);
    expect(res.text).toContain('项目尚未发布');
    expect(res.text).not.toContain('白领课堂');
    expect((await t.http.get(`/print/projects/${draft}`).set('authorization', `Bearer ${w.residents[0].token}`)).status).toBe(403);
    // council insiders may print a draft for the meeting table
    expect((await t.http.get(`/print/projects/${draft}`).set('authorization', `Bearer ${w.staff.token}`)).status).toBe(200);
    expect((await t.http.get('/print/projects/999999')).status).toBe(404);
    expect((await t.http.get('/print/projects/abc')).status).toBe(404);
    expect((await t.http.get('/print/surveys/999999')).status).toBe(404);
  });
});
