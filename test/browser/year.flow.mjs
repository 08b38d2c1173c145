#!/usr/bin/env node
/**
 * Running the council's year, in Debian's headless Chromium (see support.mjs for where it runs):
 *
 *   unit1 offers a project (单位申报) on the unit desk → the board passes it, the party committee
 *   returns it (退回修改) → staff edit the returned draft on the project page and see round 1 in the
 *   timeline → it is proposed again, passes round 2, is approved and published (unit1 holds the
 *   first claim) → a resident follows the project on the portal → unit1 releases its claim on the
 *   project page (the project is back on the list, the release is shown, the follower is told).
 *
 *   npm run build:web && node --test test/browser/year.flow.mjs
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Session, expectProjectStatus, stamp } from './support.mjs';

const TITLE = `金秋助学 ${stamp}`;
const EDITED = `金秋助学(修改稿) ${stamp}`;
const RESIDENT_PHONE = '13800000001';

let s;
let base;
let projectId;

before(async () => {
  s = await Session.open();
  base = s.base;
});
after(async () => {
  await s?.close();
});

const step = (...a) => s.step(...a);

test('a year of one project: offered, returned, edited, released, followed', async (t) => {
  const staffToken = await s.staffToken('staff', 'staff12345');
  const tokens = {
    board1: await s.staffToken('board1', 'board12345'),
    board2: await s.staffToken('board2', 'board12345'),
    party: await s.staffToken('party', 'party12345'),
  };
  const passBoard = async () => {
    await s.gql('mutation($id: ID!) { proposeProject(projectId: $id) { id } }', { id: projectId }, staffToken);
    for (const b of [tokens.board1, tokens.board2]) await s.gql('mutation($id: ID!) { castVote(projectId: $id, choice: FOR) { id } }', { id: projectId }, b);
    await s.gql('mutation($id: ID!) { closeResolution(projectId: $id) { id status } }', { id: projectId }, staffToken);
  };
  const unit = await s.actor('unit1');
  const staff = await s.actor('staff');

  await step(t, 'unit1 offers a project of its own on the unit desk', async () => {
    await s.consoleSignIn(unit, 'unit1', 'unit12345');
    await unit.goto(`${base}/console/unit`);
    await unit.getByRole('tab', { name: '单位申报' }).click();
    await unit.getByTestId('offer-project').click();
    await unit.getByTestId('offer-title').fill(TITLE);
    await unit.getByTestId('offer-description').fill('资助片区内困难家庭的学生完成学业');
    await unit.getByTestId('offer-category').click();
    await unit.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '社会公共服务' }).click();
    await unit.getByTestId('offer-pledge').fill('出资两万元,派出志愿者 10 名');
    await unit.getByTestId('offer-submit').click();
    const link = unit.getByTestId('offer-card').getByRole('link', { name: TITLE });
    await link.waitFor();
    await link.click();
    await unit.waitForURL(/\/console\/projects\/\d+$/);
    projectId = unit.url().split('/').pop();
    await expectProjectStatus(unit, 'DRAFT');
    await s.shot(unit, 'year-01-offered');
  });

  await step(t, 'the board passes it and the party committee returns it for changes', async () => {
    await passBoard();
    const d = await s.gql('mutation($id: ID!) { decideProject(projectId: $id, decision: RETURN, comment: "预算说明不够具体,请补充") { status } }', { id: projectId }, tokens.party);
    assert.equal(d.decideProject.status, 'DRAFT');
  });

  await step(t, 'staff edit the returned draft on the project page; round 1 stays in the timeline', async () => {
    await s.consoleSignIn(staff, 'staff', 'staff12345');
    await staff.goto(`${base}/console/projects/${projectId}`);
    await expectProjectStatus(staff, 'DRAFT');
    await staff.getByTestId('timeline-round').first().waitFor();
    await staff.getByTestId('edit-draft').click();
    await staff.getByTestId('draft-title').fill(EDITED);
    await staff.getByTestId('draft-budget').fill('15000');
    await staff.getByTestId('draft-save').click();
    await staff.getByTestId('project-title').filter({ hasText: EDITED }).waitFor();
    await staff.getByText('修改草稿:').first().waitFor(); // the edit is on the timeline
    await s.shot(staff, 'year-02-draft-edited');
  });

  await step(t, 'proposed again it passes round 2, is approved and published: unit1 holds the first claim', async () => {
    await passBoard();
    await s.gql('mutation($id: ID!) { decideProject(projectId: $id, decision: APPROVE, comment: "同意") { status } }', { id: projectId }, tokens.party);
    const p = await s.gql('mutation($id: ID!) { publishProject(projectId: $id) { status claimCount } }', { id: projectId }, staffToken);
    assert.deepEqual(p.publishProject, { status: 'CLAIMED', claimCount: 1 });
    await staff.goto(`${base}/console/projects/${projectId}`);
    await expectProjectStatus(staff, 'CLAIMED');
    await staff.getByTestId('board-rounds').getByText('第 2 轮').waitFor();
  });

  await step(t, 'a resident follows the project on the portal', async () => {
    const resident = await s.actor('resident', { mobile: true });
    await s.portalSignIn(resident, RESIDENT_PHONE);
    await resident.goto(`${base}/projects/${projectId}`);
    const follow = resident.getByTestId('follow-project');
    await follow.waitFor();
    await follow.click();
    await follow.filter({ hasText: '已关注' }).waitFor();
    await s.shot(resident, 'year-03-followed');
  });

  await step(t, 'unit1 releases its claim on the project page: back to PUBLISHED, the release is kept', async () => {
    await unit.goto(`${base}/console/projects/${projectId}`);
    await expectProjectStatus(unit, 'CLAIMED');
    await unit.locator('[data-testid^="release-claim-"]').first().click();
    await unit.getByTestId('prompt-text').fill('单位人员调整,无法继续实施');
    await unit.getByTestId('prompt-ok').click();
    await expectProjectStatus(unit, 'PUBLISHED');
    await unit.getByTestId('released-claims').getByText('单位人员调整,无法继续实施').waitFor();
    await s.shot(unit, 'year-04-claim-released');
  });

  await step(t, 'the follower was told of the release', async () => {
    const login = await s.gql(
      'mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c) { token } }',
      { p: RESIDENT_PHONE, c: '123456' },
    );
    const token = login.loginWithCode.token;
    let kinds = [];
    for (let i = 0; i < 40 && !kinds.includes('claim-released'); i++) {
      const d = await s.gql('{ myNotifications(first: 50) { edges { node { kind } } } }', {}, token);
      kinds = d.myNotifications.edges.map((e) => e.node.kind);
      if (!kinds.includes('claim-released')) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(kinds.includes('claim-released'), `the follower's notifications: ${kinds.join(', ')}`);
  });

  s.noConsoleErrors(t);
});
