import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ProgressReportEntity } from '@app/projects/projects.entities';
import { firstError, useApp } from '../support/suite';
import { buildWorld, World } from '../support/world';
import { acceptedNeed, Walk } from '../projects/helpers';
import { fetchPhoto, photoId } from './photo-helpers';

const dir = mkdtempSync(join(tmpdir(), 'gr-photos-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT_FIELDS = `id note percent fundsSpentFen beneficiaries latest at correctedAt correctable photos { id url thumbUrl }
  revisions { note percent fundsSpentFen beneficiaries writtenAt replacedAt photos { id } }`;
const REPORT = `mutation($id: ID!, $unitId: ID!, $note: String!, $percent: Int!, $funds: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {
  reportProgress(projectId: $id, unitId: $unitId, note: $note, percent: $percent, fundsSpentFen: $funds, beneficiaries: $beneficiaries, photoIds: $photoIds) {
    id fundsSpentFen beneficiaries progress { ${REPORT_FIELDS} } } }`;
const CORRECT = `mutation($reportId: ID!, $note: String!, $percent: Int!, $funds: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {
  correctProgress(reportId: $reportId, note: $note, percent: $percent, fundsSpentFen: $funds, beneficiaries: $beneficiaries, photoIds: $photoIds) {
    id fundsSpentFen beneficiaries progress { ${REPORT_FIELDS} } timeline { comment actor { id } } } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { id progress { ${REPORT_FIELDS} } } }`;

describe('progress reports carry photos; a unit corrects its latest report within 24 h, the old version kept', () => {
  const { t } = useApp({ PHOTO_DIR: dir });
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(t);
  });

  it('a report with photos; its correction keeps the old figures, note and photos in the history and sets correctedAt', async () => {
    const walk = new Walk(t, w);
    const id = await walk.inProgress();
    const unit = w.unitAdmins[0];
    const p1 = await photoId(t, unit.token);
    const first = await t.ok(REPORT, { id, unitId: String(w.units[0]), note: '完成第一次课程', percent: 30, funds: 100_000, beneficiaries: 20, photoIds: [p1] }, unit.token);
    const report = first.reportProgress.progress[0];
    expect(report).toMatchObject({ percent: 30, correctedAt: null, correctable: true, revisions: [], photos: [{ id: p1, url: `/photos/${p1}` }] });
    const PROJECT_AS = (token: string) => t.ok(PROJECT, { id }, token).then((x) => x.project.progress[0].correctable);
    expect(await PROJECT_AS(w.unitAdmins[1].token)).toBe(false); // another unit
    expect(await PROJECT_AS(w.staff.token)).toBe(false);
    // the project is public (IN_PROGRESS): its photos are too
    expect((await fetchPhoto(t, `/photos/${p1}`)).status).toBe(200);

    const p2 = await photoId(t, unit.token);
    const d = await t.ok(CORRECT, { reportId: report.id, note: '完成第一、二次课程', percent: 40, funds: 150_000, beneficiaries: 35, photoIds: [p2] }, unit.token);
    const fixed = d.correctProgress.progress[0];
    expect(fixed).toMatchObject({ id: report.id, note: '完成第一、二次课程', percent: 40, fundsSpentFen: 150_000, beneficiaries: 35, latest: true, photos: [{ id: p2 }] });
    expect(fixed.correctedAt).not.toBeNull();
    expect(fixed.at).toBe(report.at); // when it was first made: the 24 h run from there
    expect(fixed.revisions).toEqual([
      expect.objectContaining({ note: '完成第一次课程', percent: 30, fundsSpentFen: 100_000, beneficiaries: 20, writtenAt: report.at, photos: [{ id: p1 }] }),
    ]);
    expect(d.correctProgress).toMatchObject({ fundsSpentFen: 150_000, beneficiaries: 35 });
    const entry = d.correctProgress.timeline[d.correctProgress.timeline.length - 1];
    expect(entry.comment).toContain('更正进度报告:30% → 40%');
    expect(entry.comment).toContain('原说明:完成第一次课程');
    expect(entry.actor.id).toBe(String(unit.id));
    // the old version's photo is still evidence, served like the project
    expect((await fetchPhoto(t, `/photos/${p1}`)).status).toBe(200);

    // a second correction keeps both earlier versions; without photoIds the photos stay
    const again = await t.ok(CORRECT, { reportId: report.id, note: '完成第一、二次课程(人数更正)', percent: 40, funds: 150_000, beneficiaries: 36 }, unit.token);
    const twice = again.correctProgress.progress[0];
    expect(twice.photos).toEqual([expect.objectContaining({ id: p2 })]);
    expect(twice.revisions.map((r: { percent: number; beneficiaries: number }) => [r.percent, r.beneficiaries])).toEqual([
      [30, 20],
      [40, 35],
    ]);

    // the zone's Excel report lists both photos (the report's, and the replaced version's) as links
    const res = await t.http
      .get(`/exports/zones/${w.zoneId}/report.xlsx`)
      .set('authorization', `Bearer ${w.staff.token}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const sheet = wb.getWorksheet('图片台账')!;
    const rows: { source: string; link: string }[] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) rows.push({ source: String(row.getCell(3).value), link: (row.getCell(8).value as { hyperlink: string }).hyperlink });
    });
    const host = new URL(res.request.url).host;
    expect(rows).toEqual(
      expect.arrayContaining([
        { source: '进度报告 40%', link: `http://${host}/photos/${p2}` },
        { source: '更正前 30%', link: `http://${host}/photos/${p1}` },
      ]),
    );
  });

  it('only the latest report, only within 24 h, only by its unit: each refusal says why', async () => {
    const walk = new Walk(t, w);
    const id = await walk.inProgress({}, 1);
    const unit = w.unitAdmins[1];
    const r1 = (await t.ok(REPORT, { id, unitId: String(w.units[1]), note: '第一次', percent: 20, funds: 0, beneficiaries: 5 }, unit.token)).reportProgress.progress[0];
    const second = await t.ok(REPORT, { id, unitId: String(w.units[1]), note: '第二次', percent: 50, funds: 0, beneficiaries: 10 }, unit.token);
    const r2 = second.reportProgress.progress[1];
    expect(second.reportProgress.progress.map((r: { correctable: boolean }) => r.correctable)).toEqual([false, true]);

    const older = await firstError(t, CORRECT, { reportId: r1.id, note: '改', percent: 25, funds: 0, beneficiaries: 5 }, unit.token);
    expect(older.extensions).toMatchObject({ code: 'CONFLICT', reason: 'reportNotLatest' });
    expect(older.message).toContain('最新');

    const otherUnit = await firstError(t, CORRECT, { reportId: r2.id, note: '改', percent: 60, funds: 0, beneficiaries: 10 }, w.unitAdmins[0].token);
    expect(otherUnit.extensions?.code).toBe('FORBIDDEN');
    expect((await firstError(t, CORRECT, { reportId: r2.id, note: '改', percent: 60, funds: 0, beneficiaries: 10 }, w.residents[0].token)).extensions?.code).toBe('FORBIDDEN');
    // not below the unit's report before it
    expect((await firstError(t, CORRECT, { reportId: r2.id, note: '改', percent: 10, funds: 0, beneficiaries: 10 }, unit.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percent' });
    // someone else's photo
    const foreign = await photoId(t, w.unitAdmins[0].token);
    expect((await firstError(t, CORRECT, { reportId: r2.id, note: '改', percent: 60, funds: 0, beneficiaries: 10, photoIds: [foreign] }, unit.token)).extensions?.reason).toBe('photoNotYours');

    // 25 hours later: refused, and nothing changed
    await t.db.getRepository(ProgressReportEntity).update({ id: Number(r2.id) }, { at: new Date(Date.now() - 25 * 3600_000) });
    const late = await firstError(t, CORRECT, { reportId: r2.id, note: '晚了', percent: 60, funds: 0, beneficiaries: 10 }, unit.token);
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'correctionWindowClosed', params: expect.objectContaining({ hours: 24 }) });
    expect(late.message).toContain('24 小时');
    const now = (await t.ok(PROJECT, { id }, w.staff.token)).project.progress[1];
    expect(now).toMatchObject({ note: '第二次', percent: 50, correctedAt: null, revisions: [] });
    expect((await t.ok(PROJECT, { id }, unit.token)).project.progress.map((r: { correctable: boolean }) => r.correctable)).toEqual([false, false]);

    // 23 hours: still open
    await t.db.getRepository(ProgressReportEntity).update({ id: Number(r2.id) }, { at: new Date(Date.now() - 23 * 3600_000) });
    expect((await t.ok(CORRECT, { reportId: r2.id, note: '第二次(更正)', percent: 55, funds: 0, beneficiaries: 12 }, unit.token)).correctProgress.progress[1].percent).toBe(55);
    expect((await firstError(t, CORRECT, { reportId: '999999', note: '改', percent: 60, funds: 0, beneficiaries: 10 }, unit.token)).extensions?.code).toBe('NOT_FOUND');
  });

  it('Need.project names the project a need became part of, as far as the caller may see it', async () => {
    const needId = await acceptedNeed(t, w.zoneId, w.residents[0]);
    const walk = new Walk(t, w);
    const draft = await walk.draft({ sourceNeedIds: [String(needId)] });
    const Q = `query($id: ID!) { need(id: $id) { id status project { id status } } }`;
    expect((await t.ok(Q, { id: String(needId) }, w.staff.token)).need.project).toEqual({ id: draft, status: 'DRAFT' });
    // a draft is not public: the resident sees the need, not (yet) the project
    expect((await t.ok(Q, { id: String(needId) }, w.residents[1].token)).need.project).toBeNull();
  });
});
