#!/usr/bin/env node
/**
 * Reaching people (issue 14), in headless Chromium:
 *
 *   a resident signs in (the consent checkbox is required), turns on 长辈模式 under 我的 (remembered
 *   after a reload) and SMS with a daily digest under 消息设置 → staff accept the resident's idea →
 *   the resident taps the notification and lands on the need → a unit claims a project drafted
 *   from it → staff tap their notification in the console drawer and land on the project → staff
 *   open the 公示 from the project page: it lays out on A4 and its QR code decodes (jsqr + pngjs)
 *   to the project's page.
 *
 *   npm run build:web && node test/browser/run.mjs reach
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { Session, stamp } from './support.mjs';

const IDEA = `楼道里装一排扶手 ${stamp}`;
let s;
before(async () => {
  s = await Session.open();
});
after(async () => {
  await s?.close();
});

/**
 * A council staff account of this file's own (created by the admin): the demo's 'staff' sign-in is
 * rate limited per name (10 in 10 minutes) and every flow file uses it.
 */
async function ownStaff(adminToken, zoneId, name) {
  const username = `${name}${stamp}`;
  await s.gql(
    'mutation($u: String!, $z: ID!) { createStaffUser(username: $u, password: "staff12345", displayName: "触达测试", roles: [COUNCIL_STAFF], zoneIds: [$z]) { id } }',
    { u: username, z: zoneId },
    adminToken,
  );
  return username;
}

const PHONE = `1390${String(Date.now()).slice(-7)}`;

test('notifications that lead somewhere, settings, elder mode, the printed notice', async (t) => {
  const resident = await s.actor('resident', { mobile: true });
  const staff = await s.actor('staff');
  // set-up calls as the admin (ADMIN acts in every zone) and the second unit / board members: the
  // password sign-ins of 'staff', 'board1' and 'unit1' are rate limited per name and the other flows use them
  const staffToken = await s.staffToken('admin', 'admin12345');
  const zoneId = (await s.gql('{ zones { id } }')).zones[0].id;
  let residentToken;
  let needId;
  let projectId;

  await s.step(t, 'sign-in asks for consent to the 用户协议 and 隐私政策', async () => {
    await resident.goto(`${s.base}/login`);
    await resident.locator('#phone').fill(PHONE);
    await resident.getByTestId('send-code').click();
    await resident.getByText('验证码已发送').waitFor();
    await resident.locator('#code').fill('123456');
    await resident.getByTestId('login-submit').click();
    await resident.getByTestId('consent-needed').waitFor(); // not without the checkbox
    await resident.getByTestId('open-privacy').click();
    await resident.getByTestId('legal-text').filter({ hasText: '我们收集什么' }).waitFor();
    await resident.getByRole('button', { name: '关闭' }).click();
    await resident.getByTestId('consent-checkbox').check();
    await resident.getByTestId('login-submit').click();
    await resident.waitForURL(`${s.base}/`);
    // the browser's session is an HttpOnly cookie; the set-up calls below sign the same person in as an API client
    residentToken = (await s.gql('mutation($p: String!) { loginWithCode(phone: $p, code: "123456") { token } }', { p: PHONE })).loginWithCode.token;
    const me = (await s.gql('{ me { consent { version current } } }', {}, residentToken)).me;
    assert.equal(me.consent.current, true, 'the accepted version is stored');
  });

  await s.step(t, '我的: elder mode makes the text 18 px and is remembered; SMS and a daily digest are saved', async () => {
    await resident.goto(`${s.base}/me`);
    await resident.getByTestId('elder-switch').waitFor();
    // the text of the page itself (inside Ant Design's App wrapper), not only <body>
    const size = () => resident.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.gr-page')).fontSize));
    assert.ok((await size()) < 18);
    await resident.getByTestId('elder-switch').click();
    await resident.waitForFunction(() => document.documentElement.classList.contains('gr-elder'));
    assert.ok((await size()) >= 18, 'elder mode: body text of 18 px or more');
    await resident.reload();
    await resident.getByTestId('elder-switch').waitFor();
    assert.equal(await resident.evaluate(() => document.documentElement.classList.contains('gr-elder')), true, 'remembered after a reload');
    await s.shot(resident, 'reach-01-elder-me');
    await resident.getByTestId('sms-switch').click();
    await resident.getByText('已保存').first().waitFor();
    await resident.getByTestId('digest-choice').getByText('每日汇总').click();
    await resident.waitForTimeout(500);
    const prefs = (await s.gql('{ myNotificationPrefs { sms digest } }', {}, residentToken)).myNotificationPrefs;
    assert.deepEqual(prefs, { sms: true, digest: 'DAILY' });
    await resident.getByTestId('elder-switch').click();
    await resident.waitForFunction(() => !document.documentElement.classList.contains('gr-elder'));
  });

  await s.step(t, 'tapping a notification opens the need it is about', async () => {
    needId = (
      await s.gql(
        'mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id } }',
        { i: { zoneId, kind: 'GOLDEN_IDEA', title: IDEA, content: '老人上下楼需要扶手,希望在楼道两侧加装。' } },
        residentToken,
      )
    ).submitNeed.id;
    await s.gql('mutation($id: ID!) { acceptNeed(needId: $id, category: COMMUNITY_AFFAIRS) { id } }', { id: needId }, staffToken);
    await resident.goto(`${s.base}/notifications`);
    const item = resident.getByTestId('notification').filter({ hasText: '你的需求已纳入需求菜单' }).first();
    await item.waitFor({ timeout: 15_000 });
    await s.shot(resident, 'reach-02-notifications');
    await item.click();
    await resident.waitForURL(`${s.base}/needs/${needId}`);
    await resident.getByText(IDEA).first().waitFor();
  });

  await s.step(t, 'staff tap a claim notification in the console and land on the project', async () => {
    const staffName = await ownStaff(staffToken, zoneId, 'reach'); // before the claim it is told about
    const board = [await s.staffToken('board2', 'board12345'), await s.staffToken('board3', 'board12345')];
    const party = await s.staffToken('party', 'party12345');
    const unit = await s.staffToken('unit2', 'unit12345');
    const unitId = (await s.gql('{ me { unit { id } } }', {}, unit)).me.unit.id;
    projectId = (
      await s.gql(
        'mutation($i: ProjectInput!) { createProject(input: $i) { id } }',
        { i: { zoneId, title: `楼道扶手 ${stamp}`, description: '为老旧楼道加装扶手', category: 'COMMUNITY_AFFAIRS', sourceNeedIds: [needId], budgetFen: 300000, targetBeneficiaries: 60 } },
        staffToken,
      )
    ).createProject.id;
    await s.gql('mutation($id: ID!) { proposeProject(projectId: $id) { id } }', { id: projectId }, staffToken);
    for (const b of board) await s.gql('mutation($id: ID!) { castVote(projectId: $id, choice: FOR) { id } }', { id: projectId }, b);
    await s.gql('mutation($id: ID!) { closeResolution(projectId: $id) { id } }', { id: projectId }, staffToken);
    await s.gql('mutation($id: ID!) { decideProject(projectId: $id, decision: APPROVE, comment: "同意") { id } }', { id: projectId }, party);
    await s.gql('mutation($id: ID!) { publishProject(projectId: $id) { id } }', { id: projectId }, staffToken);
    await s.gql('mutation($id: ID!, $u: ID!) { claimProject(projectId: $id, unitId: $u, pledge: "派 8 名志愿者安装扶手", pledgedFundsFen: 200000) { id } }', { id: projectId, u: unitId }, unit);

    await s.consoleSignIn(staff, staffName, 'staff12345');
    await staff.getByRole('button', { name: '消息' }).click();
    const item = staff.locator(`[data-testid="notification"][data-link="/projects/${projectId}"]`).filter({ hasText: '项目已被认领' }).first();
    await item.waitFor({ timeout: 15_000 });
    await item.click();
    await staff.waitForURL(`${s.base}/console/projects/${projectId}`);
    await staff.getByTestId('project-title').filter({ hasText: `楼道扶手 ${stamp}` }).waitFor();
    // the resident heard that the need became a project and that it was claimed
    const told = (await s.gql('{ myNotifications(first: 20) { edges { node { kind link } } } }', {}, residentToken)).myNotifications.edges.map((e) => e.node);
    assert.ok(told.some((n) => n.kind === 'need-in-project' && n.link === `/needs/${needId}`));
    assert.ok(told.some((n) => n.kind === 'need-claimed' && n.link === `/projects/${projectId}`));
  });

  await s.step(t, 'the 公示 opens from the project page, lays out on A4, and its QR code scans to the project', async () => {
    const [notice] = await Promise.all([staff.context().waitForEvent('page'), staff.getByTestId('print-notice').click()]);
    await notice.waitForLoadState('networkidle');
    await notice.getByRole('heading', { name: '党建项目公示' }).waitFor();
    assert.ok((await notice.content()).includes('上海海运集团党委'), 'the claiming unit is on the notice');
    // A4: the printed PDF has one A4 page size (595 × 842 pt)
    const pdf = (await notice.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    assert.ok(box, 'the PDF has a page box');
    assert.ok(Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2, `A4 page, got ${box[1]} × ${box[2]}`);
    await s.shot(notice, 'reach-03-public-notice');
    const png = PNG.sync.read(await notice.locator('figure.qr svg').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(code, 'the QR code decodes');
    const url = new URL(code.data);
    assert.equal(url.pathname, `/projects/${projectId}`);
    assert.ok([new URL(s.base).host, new URL(s.api).host].includes(url.host), `QR host ${url.host}`);
    await notice.close();
  });

  s.noConsoleErrors(t);
});
