#!/usr/bin/env node
/**
 * The loop, end to end, in Debian's headless Chromium (see support.mjs for where it runs):
 *
 *   a visitor who is not signed in (phone viewport) browses the project list and a project,
 *   taps 报名当志愿者, signs in on the login page and comes back to the project →
 *   resident (phone viewport) signs in with a code and submits a micro-wish →
 *   staff accept it, draft a project from the menu and propose it →
 *   two board members vote and the resolution closes → the party committee approves →
 *   staff publish → a unit admin claims, starts and reports progress → staff complete →
 *   staff open a survey → the resident answers it → staff close it → the dashboard shows the
 *   satisfaction figure.
 *
 * Screenshots of the key screens go to artifacts/screenshots/. Any console error or uncaught
 * exception in any page fails the run.
 *
 *   npm run build:web && node --test test/browser/loop.flow.mjs
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS, Session, confirmDialog, expectProjectStatus, stamp } from './support.mjs';

const WISH_TITLE = `希望楼道加装扶手 ${stamp}`;
const WISH_CONTENT = '我家住在福山居民区 12 号楼，家里老人上下楼不方便，希望楼道里能加装扶手，方便老年人出行。';
const PROJECT_TITLE = `楼道扶手适老化改造 ${stamp}`;

let s; // the session: servers, browser, actors
let base;
let projectUrl; // /console/projects/<id>
let surveyUrl; // /console/surveys/<id>

before(async () => {
  s = await Session.open();
  base = s.base;
});
after(async () => {
  await s?.close();
});

const actor = (...a) => s.actor(...a);
const shot = (...a) => s.shot(...a);
const portalSignIn = (...a) => s.portalSignIn(...a);
const consoleSignIn = (...a) => s.consoleSignIn(...a);
const step = (...a) => s.step(...a);

test('the whole flow, from a wish to the satisfaction figure', async (t) => {
  const resident = await actor('resident', { mobile: true });
  const staff = await actor('staff');

  await step(t, 'a visitor who is not signed in browses the projects and is sent to sign in to volunteer', async () => {
    const visitor = await actor('visitor', { mobile: true });
    await visitor.goto(`${base}/`);
    await visitor.getByTestId('topbar-login').waitFor(); // the public home page, not the login page
    assert.equal(new URL(visitor.url()).pathname, '/');
    await visitor.locator('.gr-tabbar').getByRole('link', { name: '项目清单' }).click();
    await visitor.waitForURL(`${base}/projects`);
    const cards = visitor.getByTestId('project-card');
    await cards.first().waitFor();
    assert.ok((await cards.count()) >= 1, 'the demo seed has published projects');
    // a project that takes volunteers (the demo seed has CLAIMED and IN_PROGRESS ones)
    await cards.filter({ has: visitor.locator('[data-status="IN_PROGRESS"], [data-status="CLAIMED"]') }).first().click();
    await visitor.waitForURL(/\/projects\/[^/]+$/);
    const projectPath = new URL(visitor.url()).pathname;
    await visitor.getByTestId('project-title').waitFor();
    await visitor.getByTestId('timeline-item').first().waitFor();
    await shot(visitor, '00-portal-anonymous');

    await visitor.getByTestId('join-project').click(); // needs an account
    await visitor.waitForURL((u) => u.pathname === '/login' && u.searchParams.get('next') === projectPath);
    await visitor.getByTestId('login-needed').waitFor();
    // after signing in the visitor is back on the project, signed in
    await s.fillCodeSignIn(visitor, '13800000009');
    await visitor.waitForURL(`${base}${projectPath}`);
    await visitor.getByTestId('join-project').waitFor();
    assert.equal(await visitor.getByTestId('topbar-login').count(), 0, 'signed in: no 登录 button');
    await visitor.context().close();
  });

  await step(t, 'resident on a phone signs in with a code and submits a micro-wish', async () => {
    await portalSignIn(resident, '13800000001');
    await resident.getByTestId('new-wish').waitFor();
    await shot(resident, '01-portal-home');
    await resident.getByTestId('new-wish').click();
    await resident.locator('#title').fill(WISH_TITLE);
    await resident.locator('#content').fill(WISH_CONTENT);
    await resident.waitForTimeout(900); // similar needs show while typing
    await shot(resident, '02-portal-submit-wish');
    await resident.getByTestId('submit-need').click();
    await resident.getByText('提交成功，等待审核').waitFor();
    await resident.getByTestId('go-my-needs').click();
    const mine = resident.getByTestId('my-need').filter({ hasText: WISH_TITLE });
    await mine.waitFor();
    assert.equal(await mine.locator('[data-status]').first().getAttribute('data-status'), 'SUBMITTED');
    await shot(resident, '03-portal-my-needs');
  });

  await step(t, 'staff accept the wish, draft a project from the menu and propose it', async () => {
    await consoleSignIn(staff, 'staff', 'staff12345');
    await staff.goto(`${base}/console/review`);
    const card = staff.getByTestId('review-card').filter({ hasText: WISH_TITLE });
    await card.waitFor();
    // the suggested category is preselected; choose one only when there is no suggestion
    if ((await card.locator('.ant-select').textContent()).includes('选择分类')) {
      await card.locator('.ant-select').click();
      await staff.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(1).click();
    }
    await shot(staff, '04-console-review-queue');
    await card.getByTestId('accept-need').click();
    await card.waitFor({ state: 'detached' });

    await staff.goto(`${base}/console/menu`);
    const need = staff.getByTestId('menu-need').filter({ hasText: WISH_TITLE });
    await need.locator('input[type=checkbox]').check();
    await shot(staff, '05-console-needs-menu');
    await staff.getByTestId('draft-project').click();
    await staff.waitForURL(/\/console\/projects\/new$/);
    await assert.doesNotReject(staff.waitForFunction(() => document.querySelector('#title')?.value?.length > 0));
    await staff.locator('#title').fill(PROJECT_TITLE);
    await staff.locator('#budgetYuan').fill('5000');
    await staff.locator('#targetBeneficiaries').fill('60');
    await staff.getByTestId('create-project').click();
    await staff.waitForURL(/\/console\/projects\/(?!new)[^/]+$/);
    projectUrl = new URL(staff.url()).pathname;
    await expectProjectStatus(staff, 'DRAFT');
    await staff.getByTestId('propose-project').click();
    await staff.getByTestId('prompt-text').fill('居民需求集中，建议立项');
    await staff.getByTestId('prompt-ok').click();
    await expectProjectStatus(staff, 'PROPOSED');
  });

  await step(t, 'two board members vote for it and the resolution closes', async () => {
    const board1 = await actor('board1');
    const board2 = await actor('board2');
    await consoleSignIn(board1, 'board1', 'board12345');
    await board1.goto(`${base}/console/board`);
    const item1 = board1.getByTestId('board-item').filter({ hasText: PROJECT_TITLE });
    await item1.getByTestId('vote-FOR').click();
    await item1.getByTestId('tally-for').filter({ hasText: '1' }).waitFor();

    await consoleSignIn(board2, 'board2', 'board12345');
    await board2.goto(`${base}/console/board`);
    const item2 = board2.getByTestId('board-item').filter({ hasText: PROJECT_TITLE });
    await item2.getByTestId('vote-FOR').click();
    await item2.getByTestId('tally-for').filter({ hasText: '2' }).waitFor();
    // board1's inbox follows the tally live
    await item1.getByTestId('tally-for').filter({ hasText: '2' }).waitFor({ timeout: 15_000 });
    await shot(board1, '06-console-board-live-tally');

    await staff.goto(`${base}${projectUrl}`);
    await staff.getByTestId('close-resolution').click();
    await confirmDialog(staff);
    await expectProjectStatus(staff, 'RESOLVED');
    await board1.context().close();
    await board2.context().close();
  });

  await step(t, 'the party committee approves and staff publish', async () => {
    const party = await actor('party');
    await consoleSignIn(party, 'party', 'party12345');
    await party.goto(`${base}/console/approvals`);
    const item = party.getByTestId('approval-item').filter({ hasText: PROJECT_TITLE });
    await shot(party, '07-console-party-inbox');
    await item.getByTestId('decide-APPROVE').click();
    await party.getByTestId('prompt-text').fill('同意实施，注意资金使用规范');
    await party.getByTestId('prompt-ok').click();
    await item.waitFor({ state: 'detached' });
    await party.context().close();

    await staff.goto(`${base}${projectUrl}`);
    await staff.getByTestId('publish-project').click();
    await expectProjectStatus(staff, 'PUBLISHED');
  });

  await step(t, 'a unit admin claims it, starts and reports progress; staff complete it', async () => {
    const unit = await actor('unit1');
    await consoleSignIn(unit, 'unit1', 'unit12345');
    await unit.goto(`${base}/console/unit`);
    await unit.getByRole('tab', { name: '可认领项目' }).click(); // the desk opens on 为你推荐
    const row = unit.locator('tr', { hasText: PROJECT_TITLE });
    await row.getByTestId('unit-claim').click();
    await unit.getByTestId('claim-pledge').fill('提供专业设计团队和 10 名志愿者，负责扶手选型与安装');
    await unit.getByTestId('claim-funds').fill('5000');
    await unit.getByTestId('claim-volunteers').fill('10');
    await unit.getByTestId('claim-submit').click();
    await row.waitFor({ state: 'detached' });

    await unit.goto(`${base}${projectUrl}`);
    await expectProjectStatus(unit, 'CLAIMED');
    await unit.getByTestId('start-project').click();
    await expectProjectStatus(unit, 'IN_PROGRESS');
    await unit.getByTestId('report-progress').click();
    await unit.getByTestId('progress-note').fill('12 号楼 1–6 层扶手已全部安装完毕并验收');
    await unit.getByTestId('progress-percent').fill('100');
    await unit.getByTestId('progress-funds').fill('4800');
    await unit.getByTestId('progress-beneficiaries').fill('60');
    await unit.getByTestId('progress-submit').click();
    await unit.getByText('12 号楼 1–6 层扶手已全部安装完毕并验收').first().waitFor();
    await shot(unit, '08-console-unit-progress');
    await unit.context().close();

    await staff.goto(`${base}${projectUrl}`);
    await staff.getByTestId('complete-project').click();
    await confirmDialog(staff);
    await expectProjectStatus(staff, 'COMPLETED');
  });

  await step(t, 'staff open a survey from the template', async () => {
    await staff.getByTestId('go-evaluation').click();
    await staff.getByTestId('create-survey-submit').click();
    await staff.waitForURL(/\/console\/surveys\/[^/]+$/);
    surveyUrl = new URL(staff.url()).pathname;
    await staff.getByTestId('survey-state').filter({ hasText: '进行中' }).waitFor();
  });

  await step(t, 'the resident answers the survey on a 1–5 scale and sees the project page', async () => {
    await resident.goto(`${base}/surveys`);
    const card = resident.getByTestId('open-survey').filter({ hasText: PROJECT_TITLE });
    await card.click(); // the whole card opens the survey
    const questions = resident.getByTestId('survey-question');
    await questions.first().waitFor();
    const n = await questions.count();
    assert.ok(n >= 1, 'the survey has questions');
    for (let i = 0; i < n; i++) await questions.nth(i).locator('button[data-score="5"]').click();
    await shot(resident, '09-portal-survey');
    await resident.getByTestId('submit-survey').click();
    await resident.getByText('感谢您的评价').waitFor();

    await resident.goto(`${base}${projectUrl.replace('/console', '')}`);
    await resident.getByTestId('project-title').filter({ hasText: PROJECT_TITLE }).waitFor();
    await resident.getByTestId('timeline-item').first().waitFor();
    await shot(resident, '10-portal-project');
  });

  await step(t, 'staff record a household visit with the keyboard only', async () => {
    await staff.goto(`${base}${surveyUrl}`);
    await staff.getByRole('tab', { name: '入户访问录入' }).click();
    const phone = staff.getByTestId('visit-phone');
    await phone.click();
    await staff.keyboard.type('13800000002');
    await staff.keyboard.press('Enter'); // to the scoring area
    const questions = await staff.locator('.gr-visit-q').count();
    for (let i = 0; i < questions; i++) await staff.keyboard.press(i % 2 ? '4' : '5');
    await shot(staff, '11a-console-visit-entry');
    await staff.keyboard.press('Enter'); // record
    await staff.getByText('已录入一份答卷').waitFor();
    assert.equal(await phone.inputValue(), '', 'the form is ready for the next visit');
  });

  await step(t, 'staff close the survey and the dashboard shows the satisfaction figure', async () => {
    await staff.goto(`${base}${surveyUrl}`);
    await staff.getByTestId('close-survey').click();
    await confirmDialog(staff);
    await staff.getByTestId('survey-state').filter({ hasText: '已结束' }).waitFor();
    await staff.locator('canvas').first().waitFor();
    await shot(staff, '11-console-survey-results');

    await staff.goto(`${base}/console/dashboard`);
    const figure = staff.getByTestId('satisfaction-figure');
    await figure.waitFor();
    await staff.waitForFunction(() => /\d+(\.\d)?%/.test(document.querySelector('[data-testid="satisfaction-figure"]')?.textContent ?? ''));
    const text = await figure.textContent();
    assert.match(text, /\d+(\.\d)?%/, `the satisfaction figure shows a percentage (saw "${text}")`);
    await staff.locator('canvas').first().waitFor();
    await shot(staff, '12-console-dashboard');

    // the Excel report downloads with the bearer token
    const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByTestId('export-xlsx').click()]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    const file = join(SHOTS, '..', 'zone-report.xlsx');
    await download.saveAs(file);
    assert.ok(statSync(file).size > 1000, 'the report is not empty');
  });

  await step(t, 'the resident has an unread notification badge', async () => {
    await resident.goto(`${base}/notifications`);
    await resident.getByTestId('notification').first().waitFor();
    await shot(resident, '13-portal-notifications');
  });

  await s.noConsoleErrors(t);
});
