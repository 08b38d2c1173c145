#!/usr/bin/env node
/**
 * Matching in Debian's headless Chromium (see support.mjs for where it runs):
 *
 *   a unit admin adds a resource on the unit desk, sees 为你推荐 with reasons naming it, and claims
 *   a project from there → staff open a published project, see the suggested units with reasons and
 *   invite one with one click (the timeline records it), and the volunteers whose 亮意愿 fit → a need
 *   opened from the menu shows the units that fit it, with reasons → the dashboard shows the gaps chart →
 *   a resident browses the 资源清单 on a phone and joins a volunteer team.
 *
 *   npm run build:web && node --test test/browser/matching.flow.mjs
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Session, stamp } from './support.mjs';

const RESOURCE_TITLE = `上海话角活动室 ${stamp}`;

let s;
let base;

before(async () => {
  s = await Session.open();
  base = s.base;
});
after(async () => {
  await s?.close();
});

test('matching: resources, 为你推荐, suggestions with one-click invitation, the gaps chart', async (t) => {
  const step = (...a) => s.step(...a);

  await step(t, 'a unit admin adds a resource, sees 为你推荐 with reasons, and claims from it', async () => {
    const unit = await s.actor('unit1-matching');
    await s.consoleSignIn(unit, 'unit1', 'unit12345');
    await unit.goto(`${base}/console/unit`);
    // the desk opens on 为你推荐
    await unit.getByRole('tab', { name: '为你推荐', selected: true }).waitFor();
    await unit.getByRole('tab', { name: '资源管理' }).click();
    await unit.getByTestId('add-resource').click();
    await unit.getByTestId('resource-title').fill(RESOURCE_TITLE);
    await unit.getByTestId('resource-description').fill('每周六下午开放，可容纳30人，适合上海话教学、读书会等文化活动');
    await unit.getByTestId('resource-categories').click();
    await unit.locator('.ant-select-dropdown:visible').getByTitle('社区文化共享').click();
    await unit.keyboard.press('Escape');
    await unit.locator('.ant-modal-footer .ant-btn-primary').click();
    await unit.locator('tr', { hasText: RESOURCE_TITLE }).waitFor();

    await unit.getByRole('tab', { name: '为你推荐' }).click();
    const card = unit.getByTestId('recommended-project').filter({ hasText: RESOURCE_TITLE }).first();
    await card.waitFor();
    const reason = card.getByTestId('match-reason').filter({ hasText: RESOURCE_TITLE });
    assert.match(await reason.innerText(), /可服务「社区文化共享」/);
    await s.shot(unit, 'matching-01-unit-recommended');
    const title = (await card.locator('a').first().innerText()).trim();
    await card.getByTestId('recommended-claim').click();
    await unit.getByTestId('claim-pledge').fill(`提供${RESOURCE_TITLE}，每周组织一次活动`);
    await unit.getByTestId('claim-submit').click();
    await unit.getByTestId('recommended-project').filter({ hasText: title }).waitFor({ state: 'detached' });
    await unit.context().close();
  });

  await step(t, 'staff see suggested units with reasons on a project page and invite one with one click', async () => {
    const token = await s.staffToken('staff', 'staff12345');
    const zones = await s.gql('{ zones { id name } }');
    const zoneId = zones.zones.find((z) => z.name === '建工片区').id;
    const list = await s.gql(
      'query($z: ID!) { projects(zoneId: $z, status: PUBLISHED, first: 50) { edges { node { id title claimLimit claims { id } } } } }',
      { z: zoneId },
      token,
    );
    const open = list.projects.edges.map((e) => e.node).find((p) => p.claims.length < p.claimLimit);
    assert.ok(open, 'the demo zone has a published project with a free place');
    const staff = await s.actor('staff-matching');
    await s.consoleSignIn(staff, 'staff', 'staff12345');
    await staff.goto(`${base}/console/projects/${open.id}`);
    const panel = staff.getByTestId('suggested-units');
    await panel.getByTestId('suggested-unit').first().waitFor();
    await panel.getByTestId('match-reason').first().waitFor();
    const first = panel.getByTestId('suggested-unit').filter({ has: staff.getByTestId('invite-unit') }).first();
    const name = (await first.locator('b').first().innerText()).trim();
    await first.getByTestId('invite-unit').click();
    await panel.getByTestId('suggested-unit').filter({ hasText: name }).getByText('已邀请').waitFor();
    await staff.getByTestId('timeline-item').filter({ hasText: `邀请${name}认领` }).waitFor();
    await s.shot(staff, 'matching-02-project-suggestions');

    await staff.getByTestId('matching-help').first().click();
    await staff.locator('.ant-modal').getByText('权重').first().waitFor();
    await staff.keyboard.press('Escape');

    // 三亮: people whose willingness or specialties fit a project, names as the API gives them
    const published = list.projects.edges.map((e) => e.node);
    let fit = null;
    for (const p of published) {
      const v = await s.gql('query($p: ID!) { suggestVolunteers(projectId: $p, first: 8) { user { displayName } reasons { code } } }', { p: p.id }, token);
      if (v.suggestVolunteers.length) {
        fit = { id: p.id, people: v.suggestVolunteers };
        break;
      }
    }
    assert.ok(fit, 'the demo zone has a published project someone is willing to serve');
    await staff.goto(`${base}/console/projects/${fit.id}`);
    const people = staff.getByTestId('suggested-units').getByTestId('suggested-volunteer');
    await people.first().waitFor();
    assert.equal(await people.count(), fit.people.length);
    assert.match(await people.first().innerText(), new RegExp(fit.people[0].user.displayName.replace(/[*]/g, '\\*')));
    assert.match(await people.first().getByTestId('match-reason').first().innerText(), /亮意愿|亮特长/);
    await s.shot(staff, 'matching-02b-project-volunteers');

    // a micro-wish or idea in the menu, before any project: the units that fit it, with reasons
    await staff.goto(`${base}/console/menu`);
    await staff.getByTestId('menu-need-open').first().click();
    const drawer = staff.getByTestId('need-drawer');
    const suggested = drawer.getByTestId('need-suggested-units');
    await suggested.getByTestId('need-suggested-unit').first().waitFor();
    await suggested.getByTestId('match-reason').first().waitFor();
    await s.shot(staff, 'matching-02c-need-suggestions');
    await staff.keyboard.press('Escape');

    await staff.goto(`${base}/console/dashboard`);
    const gaps = staff.getByTestId('gaps-chart');
    await gaps.waitFor();
    await gaps.locator('canvas, svg').first().waitFor();
    await s.shot(staff, 'matching-03-dashboard-gaps');

    await staff.goto(`${base}/console/pairings`);
    await staff.locator('tr', { hasText: '隧城居民区' }).first().waitFor();
    await staff.context().close();
  });

  await step(t, 'a resident browses the 资源清单 on a phone and joins a volunteer team', async () => {
    const resident = await s.actor('resident-matching', { mobile: true });
    await s.portalSignIn(resident, '13800000002');
    await resident.getByTestId('shortcut-resources').click();
    await resident.getByTestId('resource-card').first().waitFor();
    await resident.getByText('志愿服务队').click();
    const team = resident.getByTestId('team-card').first();
    await team.waitFor();
    const button = team.getByTestId('team-join');
    const before = (await button.innerText()).replace(/\s/g, '');
    await button.click();
    await team.getByTestId('team-join').filter({ hasText: before === '加入服务队' ? '退出服务队' : '加入服务队' }).waitFor();
    await s.shot(resident, 'matching-04-portal-teams');
    await resident.context().close();
  });

  s.noConsoleErrors(t);
});
