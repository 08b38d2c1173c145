#!/usr/bin/env node
/**
 * Issue 13's walk, bug by bug, in Debian's headless Chromium (see support.mjs for where it runs):
 *
 *   a project sent back by the party committee and proposed again → the board's and the
 *   committee's inboxes show its description, source needs, round and the comment (6) → unit1
 *   lands on 单位认领 (8) → its progress form keeps 150 and shows the 0–100 rule, and asks for
 *   the figures instead of assuming 0 (1) → the project page has breadcrumbs and a back link; on
 *   the phone a need's "纳入项目 #N" opens the project and long titles are whole (7) → the survey
 *   card opens the survey (4) → 自定义 without dates asks for them (5) → staff record needs from a
 *   landline and from a caller without a phone (2) → the review queue exports what it shows, the
 *   zone report has a title row and Chinese remarks (9, per-list export) → 更正分类 on an accepted
 *   need → the resource directory finds by Chinese words → an expired session says so and comes
 *   back to the page after signing in, on the console and on the portal (10); the language switch
 *   is on the portal's pages for signed-in residents too (8).
 *
 *   npm run build:web && node test/browser/run.mjs daily2
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { DEV_CODE, Session, stamp } from './support.mjs';

const PHONE = '13800000078';
const WORD = `yy${stamp}`;
const LONG = `福山居民区十二号楼北侧绿化带长期无人修剪杂草丛生蚊虫很多希望尽快安排修剪 ${WORD}`;
const PROJECT = `福山绿化整治 ${WORD}`;
const DESCRIPTION = `修剪十二号楼北侧绿化带并补种花草，${WORD} 组织党员志愿者每月巡查一次。`;
let s;

before(async () => {
  s = await Session.open();
});
after(async () => {
  await s?.close();
});

const gql = (...a) => s.gql(...a);

async function residentToken() {
  await gql('mutation($p: String!) { requestLoginCode(phone: $p) }', { p: PHONE }).catch(() => undefined);
  const d = await gql('mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c, displayName: "钱阿姨") { token } }', { p: PHONE, c: DEV_CODE });
  return d.loginWithCode.token;
}

/** The first sheet of a downloaded workbook: its title row and the rows under the headers. */
async function workbookOf(download) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  return wb;
}

test('the usability bugs of the walk, each as a person meets it', async (t) => {
  const zones = await gql('{ zones { id name } }');
  const zoneId = zones.zones.find((z) => z.name === '建工片区').id;
  const resident = await residentToken();
  const tokens = {
    staff: await s.staffToken('staff', 'staff12345'),
    board1: await s.staffToken('board1', 'board12345'),
    board2: await s.staffToken('board2', 'board12345'),
    party: await s.staffToken('party', 'party12345'),
    unit1: await s.staffToken('unit1', 'unit12345'),
  };
  const unitId = (await gql('{ me { unit { id } } }', {}, tokens.unit1)).me.unit.id;
  const submit = async (title, content) =>
    (await gql('mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id } }', { i: { zoneId, kind: 'GOLDEN_IDEA', title, content } }, resident)).submitNeed.id;
  const needA = await submit(LONG, '晚上蚊子多，老人孩子都被咬。');
  const needB = await submit(`绿化带补种花草 ${WORD}`, '希望补种一些花草，美化环境。');
  for (const id of [needA, needB]) await gql('mutation($id: ID!) { acceptNeed(needId: $id, category: COMMUNITY_AFFAIRS) { id } }', { id }, tokens.staff);
  const projectId = (
    await gql('mutation($i: ProjectInput!) { createProject(input: $i) { id } }', {
      i: { zoneId, title: PROJECT, description: DESCRIPTION, category: 'COMMUNITY_AFFAIRS', sourceNeedIds: [needA, needB], budgetFen: 600_000, targetBeneficiaries: 300 },
    }, tokens.staff)
  ).createProject.id;
  const passBoard = async () => {
    await gql('mutation($id: ID!) { proposeProject(projectId: $id) { id } }', { id: projectId }, tokens.staff);
    for (const b of [tokens.board1, tokens.board2]) await gql('mutation($id: ID!) { castVote(projectId: $id, choice: FOR) { id } }', { id: projectId }, b);
    await gql('mutation($id: ID!) { closeResolution(projectId: $id) { id status } }', { id: projectId }, tokens.staff);
  };
  await passBoard();
  await gql('mutation($id: ID!) { decideProject(projectId: $id, decision: RETURN, comment: "预算说明不够具体，请补充明细") { status } }', { id: projectId }, tokens.party);
  await gql('mutation($id: ID!) { proposeProject(projectId: $id, comment: "已补充预算明细") { id } }', { id: projectId }, tokens.staff);

  const board = await s.actor('board1');
  await s.step(t, 'bug 6: the board inbox shows the description, the source needs, round 2 and why it was sent back', async () => {
    await s.consoleSignIn(board, 'board1', 'board12345');
    await board.waitForURL(/\/console\/board$/); // a board member starts on 理事会表决
    const card = board.getByTestId('board-item').filter({ hasText: PROJECT });
    await card.getByTestId('inbox-description').getByText(DESCRIPTION, { exact: false }).waitFor();
    await card.getByTestId('inbox-source-needs').getByText(`绿化带补种花草 ${WORD}`).waitFor();
    await card.getByTestId('inbox-source-needs').getByText(LONG).waitFor();
    await card.getByTestId('inbox-round').getByText('第 2 轮').waitFor();
    await card.getByTestId('inbox-sent-back').getByText('预算说明不够具体，请补充明细', { exact: false }).waitFor();
    await s.shot(board, 'daily2-01-board-inbox');
  });

  await s.step(t, 'bug 6: the party committee sees the same plan before deciding', async () => {
    for (const b of [tokens.board1, tokens.board2]) await gql('mutation($id: ID!) { castVote(projectId: $id, choice: FOR) { id } }', { id: projectId }, b);
    await gql('mutation($id: ID!) { closeResolution(projectId: $id) { id status } }', { id: projectId }, tokens.staff);
    const party = await s.actor('party');
    await s.consoleSignIn(party, 'party', 'party12345');
    await party.waitForURL(/\/console\/approvals$/);
    const card = party.getByTestId('approval-item').filter({ hasText: PROJECT });
    await card.getByTestId('inbox-description').getByText(DESCRIPTION, { exact: false }).waitFor();
    await card.getByTestId('inbox-source-needs').getByText(`绿化带补种花草 ${WORD}`).waitFor();
    await card.getByTestId('inbox-sent-back').getByText('预算说明不够具体，请补充明细', { exact: false }).waitFor();
    await party.context().close();
  });

  const unit = await s.actor('unit1');
  await s.step(t, 'bug 8: a unit admin lands on 单位认领', async () => {
    await gql('mutation($id: ID!) { decideProject(projectId: $id, decision: APPROVE, comment: "同意") { status } }', { id: projectId }, tokens.party);
    await gql('mutation($id: ID!) { publishProject(projectId: $id) { status } }', { id: projectId }, tokens.staff);
    await gql('mutation($id: ID!, $u: ID!) { claimProject(projectId: $id, unitId: $u, pledge: "派出志愿者十名，出资六千元") { id } }', { id: projectId, u: unitId }, tokens.unit1);
    await gql('mutation($id: ID!) { startProject(projectId: $id) { status } }', { id: projectId }, tokens.unit1);
    await s.consoleSignIn(unit, 'unit1', 'unit12345');
    await unit.waitForURL(/\/console\/unit$/); // its desk, not 项目清单
    await unit.locator('.gr-page-head h2').getByText('单位认领').waitFor();
  });

  await s.step(t, 'bug 1: the progress form keeps 150 and shows the rule; empty figures are asked for, not saved as 0', async () => {
    await unit.goto(`${s.base}/console/projects/${projectId}`);
    await unit.getByTestId('report-progress').click();
    const percent = unit.getByTestId('progress-percent');
    assert.equal(await percent.inputValue(), '', 'a first report starts empty');
    assert.equal(await unit.getByTestId('progress-funds').inputValue(), '', 'funds are not prefilled with 0');
    await unit.getByTestId('progress-note').fill('北侧绿化带已修剪完毕');
    await percent.fill('150');
    await unit.getByTestId('progress-submit').click();
    await unit.getByText('完成度须在 0–100 之间').waitFor();
    assert.equal(await percent.inputValue(), '150', 'the box does not rewrite 150 to 100');
    await unit.getByText('请填写累计使用资金，未花费请填 0').waitFor();
    await unit.getByText('请填写累计受益人数，尚无请填 0').waitFor();
    await s.shot(unit, 'daily2-02-progress-rules');
    await percent.fill('100');
    await unit.getByTestId('progress-funds').fill('4800');
    await unit.getByTestId('progress-beneficiaries').fill('60');
    await unit.getByTestId('progress-submit').click();
    await unit.getByText('进度已上报').waitFor();
    await unit.getByText('北侧绿化带已修剪完毕').first().waitFor();
  });

  await s.step(t, 'bug 7: the project page has breadcrumbs and a back link', async () => {
    await unit.goto(`${s.base}/console/projects/${projectId}`); // opened directly (from a notification, a bookmark)
    const crumbs = unit.getByTestId('crumbs');
    await crumbs.getByRole('link', { name: '项目清单' }).waitFor();
    await crumbs.getByText(PROJECT).waitFor();
    await unit.getByTestId('back-link').click(); // nowhere to go back to: the list it belongs to
    await unit.waitForURL(/\/console\/projects$/);
    await unit.goto(`${s.base}/console/unit`);
    await unit.getByRole('tab', { name: '本单位项目' }).click();
    await unit.getByText('实施中', { exact: true }).click();
    await unit.getByRole('link', { name: PROJECT }).first().click();
    await unit.waitForURL(new RegExp(`/console/projects/${projectId}$`));
    await unit.getByTestId('back-link').click(); // came from the unit desk: back to it
    await unit.waitForURL(/\/console\/unit$/);
  });

  const phone = await s.actor('resident', { mobile: true });
  await s.step(t, 'bug 7 and 8: on the phone, 纳入项目 #N opens the project, long titles are whole, the language switch is at hand', async () => {
    await s.portalSignIn(phone, PHONE, { next: `/needs/${needA}` });
    const link = phone.getByTestId('history-project-link').filter({ hasText: `项目 #${projectId}` });
    await link.waitFor();
    await link.click();
    await phone.waitForURL(new RegExp(`/projects/${projectId}$`));
    await phone.getByText(PROJECT).first().waitFor();
    await phone.goto(`${s.base}/my-needs`);
    const title = phone.getByTestId('need-title').filter({ hasText: LONG });
    await title.waitFor();
    const whole = await title.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis');
    assert.ok(whole, 'the long title wraps instead of being cut with …');
    await s.shot(phone, 'daily2-03-long-title');
    // signed in, the language switch is on the page, not only under 我的
    await phone.getByTestId('lang-toggle').click();
    await phone.getByText('My needs').first().waitFor();
    await phone.getByTestId('lang-toggle').click();
    await phone.getByText('我的需求').first().waitFor();
  });

  await s.step(t, 'bug 4: the survey card itself opens the survey', async () => {
    await gql('mutation($id: ID!) { completeProject(projectId: $id) { status } }', { id: projectId }, tokens.staff);
    await gql('mutation($i: SurveyInput!) { createSurvey(input: $i) { id } }', { i: { projectId, method: 'QUESTIONNAIRE', questions: [] } }, tokens.staff);
    await phone.goto(`${s.base}/surveys`);
    const card = phone.getByTestId('open-survey').filter({ hasText: PROJECT });
    await card.locator('.gr-muted').first().click(); // the category line, far from 去评价
    await phone.waitForURL(/\/surveys\/\d+$/);
    await phone.getByTestId('survey-question').first().waitFor();
  });

  const staff = await s.actor('staff');
  await s.step(t, 'bug 5: 自定义 without dates asks for them instead of showing all-time figures', async () => {
    await s.consoleSignIn(staff, 'staff', 'staff12345');
    await staff.waitForURL(/\/console\/review$/);
    await staff.goto(`${s.base}/console/dashboard`);
    await staff.getByTestId('stats').waitFor();
    await staff.getByTestId('period-preset').getByText('自定义').click();
    await staff.getByTestId('period-needs-dates').getByText('请选择自定义时段的开始和结束日期').waitFor();
    assert.equal(await staff.getByTestId('stats').count(), 0, 'no figures until the dates are chosen');
    assert.ok(await staff.getByTestId('export-xlsx').isDisabled(), 'no export of an unchosen period');
    await s.shot(staff, 'daily2-04-custom-period');
  });

  await s.step(t, 'bug 9: the zone report opens with a title row naming the zone and period; remarks are Chinese', async () => {
    await staff.getByTestId('period-preset').getByText('本年').click();
    await staff.getByTestId('stats').waitFor();
    const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByTestId('export-xlsx').click()]);
    const wb = await workbookOf(download);
    const year = new Date().getFullYear();
    for (const ws of wb.worksheets) assert.match(String(ws.getCell('A1').value), new RegExp(`^建工片区 · 区域化党建报表 · `), ws.name);
    assert.match(String(wb.getWorksheet('项目清单').getCell('A1').value), new RegExp(`时段：${year}-01-01 至 ${year}-\\d\\d-\\d\\d`));
    const remarks = [];
    wb.getWorksheet('项目评估结果').eachRow((row, n) => n > 2 && remarks.push(String(row.getCell(17).value ?? '')));
    assert.ok(remarks.every((r) => !/[A-Za-z]{3,}/.test(r)), `remarks in Chinese only: ${remarks.join(' | ')}`);
  });

  await s.step(t, 'bug 2: staff record a hotline caller with a landline and a caller without a phone', async () => {
    await staff.goto(`${s.base}/console/record`);
    await staff.getByText('热线', { exact: true }).click();
    await staff.locator('#onBehalfOfName').fill('孙老伯');
    await staff.getByTestId('record-phone').fill('021-58881234');
    await staff.locator('#title').fill(`楼道灯不亮 ${WORD}`);
    await staff.locator('#content').fill('三号楼二层楼道灯坏了一周。');
    await staff.getByRole('button', { name: '录 入' }).or(staff.getByRole('button', { name: '录入' })).first().click();
    await staff.getByText('已录入，进入审核队列').waitFor();
    await staff.locator('#onBehalfOfName').fill('周阿婆');
    await staff.locator('#title').fill(`想要助餐服务 ${WORD}`);
    await staff.locator('#content').fill('独居，腿脚不便，希望有人送餐。');
    await staff.getByRole('button', { name: '录 入' }).or(staff.getByRole('button', { name: '录入' })).first().click();
    await staff.getByText('没有电话时，请填写住址或联系说明').waitFor(); // neither phone nor address
    await staff.getByTestId('record-address').fill('福山居民区 3 号楼 502 室');
    await staff.getByRole('button', { name: '录 入' }).or(staff.getByRole('button', { name: '录入' })).first().click();
    await staff.waitForFunction(() => document.querySelector('[data-testid="record-address"]')?.value === ''); // the form starts over after recording
    const queued = await gql('query($z: ID!, $q: String) { needs(zoneId: $z, status: SUBMITTED, search: $q) { totalCount } }', { z: zoneId, q: WORD }, tokens.staff);
    assert.equal(queued.needs.totalCount, 2, 'both are in the review queue');
  });

  await s.step(t, 'per-list export: the review queue exports what it shows, under a title row with zone, filters and period', async () => {
    await staff.goto(`${s.base}/console/review`);
    await staff.getByTestId('review-search').locator('input').fill(`${WORD} 助餐`);
    await staff.getByTestId('review-search').locator('input').press('Enter');
    await staff.getByTestId('review-count').getByText('符合条件 1 条').waitFor();
    const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByTestId('review-export').click()]);
    const ws = (await workbookOf(download)).worksheets[0];
    assert.match(String(ws.getCell('A1').value), new RegExp(`^建工片区 · 需求审核队列 · 筛选：关键词 ${WORD} 助餐.* · 时段：全部时间`));
    assert.equal(ws.getCell('B2').value, '标题');
    assert.equal(ws.getCell('B3').value, `想要助餐服务 ${WORD}`);
    assert.equal(ws.rowCount, 3, 'only the one need the list shows');
  });

  await s.step(t, 'staff correct the category of an accepted need; the history keeps the old one', async () => {
    const other = await submit(`楼顶漏水 ${WORD}`, '顶楼下雨天漏水，墙面发霉。');
    await gql('mutation($id: ID!) { acceptNeed(needId: $id, category: CULTURE_SHARING) { id } }', { id: other }, tokens.staff);
    await staff.goto(`${s.base}/console/menu`);
    await staff.getByTestId('menu-search').locator('input').fill(`楼顶漏水 ${WORD}`);
    await staff.getByTestId('menu-search').locator('input').press('Enter');
    await staff.getByTestId('menu-search-results').getByTestId('menu-need').filter({ hasText: `楼顶漏水 ${WORD}` }).getByTestId('menu-need-open').click();
    await staff.getByTestId('need-drawer-category').getByText('社区文化共享').waitFor();
    await staff.getByTestId('recategorize-select').click();
    await staff.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '社区公共事务' }).click();
    await staff.getByTestId('recategorize-save').click();
    await staff.getByTestId('need-drawer-category').getByText('社区公共事务').waitFor();
    await staff.getByTestId('need-history-item').filter({ hasText: '分类更正' }).getByText('社区文化共享 → 社区公共事务', { exact: false }).waitFor();
    await s.shot(staff, 'daily2-05-recategorized');
  });

  await s.step(t, 'the resource directory finds a resource by Chinese words in any order', async () => {
    await gql('mutation($i: ResourceInput!) { offerResource(input: $i) { id } }', {
      i: { unitId, kind: 'VENUE', title: `三楼会议室 ${WORD}`, description: '周末对居民开放，可坐五十人', categories: ['CULTURE_SHARING'], cost: 'FREE' },
    }, tokens.unit1);
    await phone.goto(`${s.base}/resources`);
    await phone.getByTestId('resources-search').locator('input').fill(`周末 会议室 ${WORD}`);
    await phone.getByTestId('resources-search').locator('input').press('Enter');
    // the unfiltered directory (shown first) holds the resource too: wait for the searched list, one card
    await phone.waitForFunction(() => document.querySelectorAll('[data-testid="resource-card"]').length === 1);
    await phone.getByTestId('resource-card').filter({ hasText: `三楼会议室 ${WORD}` }).waitFor();
    assert.equal(await phone.getByTestId('resource-card').count(), 1);
  });

  await s.step(t, 'bug 10: an expired console session says so, then signing in returns to the page', async () => {
    await staff.goto(`${s.base}/console/review`);
    await staff.getByTestId('review-count').waitFor();
    await staff.context().clearCookies(); // the session runs out
    await staff.getByRole('link', { name: '审计日志' }).click();
    await staff.waitForURL(/\/console\/login\?next=%2Faudit/);
    await staff.getByTestId('session-expired').getByText('登录已过期，请重新登录').waitFor();
    await staff.getByText('登录后将回到刚才的页面').waitFor();
    await s.shot(staff, 'daily2-06-session-expired');
    await staff.locator('#username').fill('staff');
    await staff.locator('#password').fill('staff12345');
    await staff.getByTestId('console-login').click();
    await staff.waitForURL(/\/console\/audit$/);
  });

  await s.step(t, 'bug 10: on the portal too', async () => {
    await phone.goto(`${s.base}/`);
    await phone.getByTestId('unread-badge').waitFor(); // signed in on the page
    await phone.waitForLoadState('networkidle');
    assert.equal(await phone.getByTestId('topbar-login').count(), 0, 'signed in');
    await phone.context().clearCookies(); // the session runs out
    await phone.locator('.gr-tabbar a[href="/my-needs"]').click();
    await phone.waitForURL(/\/login\?next=%2Fmy-needs/);
    await phone.getByTestId('session-expired').getByText('登录已过期，请重新登录').waitFor();
    await s.fillCodeSignIn(phone, PHONE);
    await phone.waitForURL((u) => u.pathname === '/my-needs');
    await phone.getByTestId('need-title').first().waitFor();
  });

  s.noConsoleErrors(t);
});
