#!/usr/bin/env node
/**
 * Council governance in the console (Debian's headless Chromium; see support.mjs):
 * staff schedule a joint conference on two projects → record its minutes and attendance → the
 * meeting shows on the project page → the print view hides the console → staff add a committee
 * and a presidency (an overlapping one is refused in words) → the yearly ranking (年度考核) shows
 * every unit with its rank and the weights beside it; a unit admin sees its own row.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Session, stamp } from './support.mjs';

const MEETING = `联席会议 ${stamp}`;
let s;
before(async () => {
  s = await Session.open();
});
after(async () => {
  await s?.close();
});

test('the council schedules a joint conference, records its minutes and reads the yearly ranking', async (t) => {
  const staff = await s.actor('staff');
  let meetingPath;
  let projectTitle;

  await s.step(t, 'staff schedule a joint conference on a project; every member unit is invited', async () => {
    await s.consoleSignIn(staff, 'staff', 'staff12345');
    await staff.goto(`${s.base}/console/council`);
    await staff.getByTestId('schedule-meeting').click();
    await staff.getByTestId('meeting-title').fill(MEETING);
    const at = staff.locator('input#at');
    await at.click();
    await at.fill('2026-12-18 14:30');
    await at.press('Enter');
    await staff.getByTestId('meeting-agenda').fill('一、听取各项目进展汇报；二、讨论下季度需求菜单');
    await staff.getByTestId('meeting-projects').click();
    const option = staff.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    projectTitle = (await option.textContent()).replace(/（.*$/, '');
    await option.click();
    await staff.keyboard.press('Escape');
    await s.shot(staff, 'gov-01-schedule-meeting');
    await staff.getByTestId('meeting-submit').click();
    const link = staff.getByTestId('meeting-link').filter({ hasText: MEETING });
    await link.waitFor();
    await link.click();
    await staff.waitForURL(/\/console\/meetings\/\d+$/);
    meetingPath = new URL(staff.url()).pathname;
    await staff.getByTestId('meeting-heading').filter({ hasText: MEETING }).waitFor();
    await staff.getByTestId('meeting-project').filter({ hasText: projectTitle }).waitFor();
  });

  await s.step(t, 'staff record the minutes and who attended; the print view shows the page alone', async () => {
    await staff.getByTestId('minutes-text').fill('会议议定：各成员单位于下月底前完成项目进度上报。');
    // two of the invited units were present
    const boxes = staff.getByTestId('minutes-attendees').locator('input[type=checkbox]');
    const n = await boxes.count();
    assert.ok(n >= 2, 'every member unit of the demo zone is invited');
    for (let i = 2; i < n; i++) await boxes.nth(i).uncheck();
    await staff.getByTestId('minutes-save').click();
    await staff.getByText('会议纪要已保存').waitFor();
    await staff.reload();
    await staff.getByTestId('minutes-text').filter({ hasText: '会议议定' }).waitFor();
    const attended = await staff.getByTestId('meeting-attendees').textContent();
    assert.equal(attended.split('、').length, 2, `two units attended (saw "${attended}")`);
    await staff.emulateMedia({ media: 'print' });
    assert.equal(await staff.locator('.ant-layout-sider').isVisible(), false, 'the side menu is not printed');
    assert.ok(await staff.getByText('会议议定：各成员单位').first().isVisible(), 'the minutes are printed');
    await s.shot(staff, 'gov-02-minutes-print');
    await staff.emulateMedia({ media: 'screen' });
  });

  await s.step(t, 'the project page lists the meeting that discussed it', async () => {
    await staff.getByTestId('meeting-project').filter({ hasText: projectTitle }).click();
    await staff.waitForURL(/\/console\/projects\/\d+$/);
    await staff.getByTestId('project-meeting').filter({ hasText: MEETING }).click();
    await staff.waitForURL(`${s.base}${meetingPath}`);
  });

  await s.step(t, 'staff set a presidency; an overlapping one is refused in words', async () => {
    await staff.goto(`${s.base}/console/council?tab=presidency`);
    const year = new Date().getFullYear() + 5;
    const setOne = async (unitIndex, from, to) => {
      await staff.locator('.ant-form-inline .ant-select').click();
      await staff.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(unitIndex).click();
      await staff.locator('.ant-form-inline .ant-picker-range input').first().fill(from);
      await staff.locator('.ant-form-inline .ant-picker-range input').nth(1).fill(to);
      await staff.keyboard.press('Enter');
      await staff.locator('.ant-form-inline button[type=submit]').click();
    };
    await setOne(0, `${year}-01-01`, `${year}-06-30`);
    await staff.getByText('已排入轮值表').waitFor();
    await setOne(1, `${year}-06-01`, `${year}-12-31`);
    await staff.getByTestId('presidency-error').filter({ hasText: '重叠' }).waitFor();
    await s.shot(staff, 'gov-03-presidency');
  });

  await s.step(t, 'the yearly ranking shows every unit with its rank, score and the weights', async () => {
    await staff.goto(`${s.base}/console/scorecards`);
    await staff.getByTestId('scorecard-weights').waitFor();
    const ranks = staff.getByTestId('scorecard-rank');
    await ranks.first().waitFor();
    assert.ok((await ranks.count()) >= 2, 'the demo zone has member units');
    assert.match(await ranks.first().textContent(), /1/);
    await staff.locator('canvas').first().waitFor();
    await staff.locator('.ant-table-row-expand-icon').first().click();
    await staff.getByTestId('scorecard-detail').first().waitFor();
    await s.shot(staff, 'gov-04-scorecards');
  });

  await s.step(t, 'a unit admin sees its own unit’s row only', async () => {
    const unit = await s.actor('unit1');
    await s.consoleSignIn(unit, 'unit1', 'unit12345');
    await unit.goto(`${s.base}/console/scorecards`);
    await unit.getByTestId('scorecard-rank').first().waitFor();
    assert.equal(await unit.getByTestId('scorecard-rank').count(), 1);
    await unit.context().close();
  });

  await s.noConsoleErrors(t);
});
