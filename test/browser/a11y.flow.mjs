#!/usr/bin/env node
/**
 * WCAG 2.1 AA on the main pages of both apps, measured with axe-core inside Chromium: every portal
 * page in normal and in elder mode (长辈模式), every console page a role opens. Any serious or
 * critical violation fails; the counts per page (all impacts) are printed as a report. Elder mode
 * is also checked for what it promises: body text of at least 18 px and touch targets of at least
 * 44 px on the tab bar.
 *
 *   npm run build:web && node test/browser/run.mjs a11y
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Session, stamp } from './support.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let s;
const report = [];
before(async () => {
  s = await Session.open();
});
after(async () => {
  console.log('\n# axe-core (WCAG 2.1 A/AA) violations per page: critical / serious / moderate / minor');
  for (const r of report) console.log(`#   ${r.page.padEnd(44)} ${r.counts.critical} / ${r.counts.serious} / ${r.counts.moderate} / ${r.counts.minor}`);
  const total = report.reduce((a, r) => a + r.counts.critical + r.counts.serious, 0);
  console.log(`#   pages checked: ${report.length}; serious + critical in all: ${total}`);
  await s?.close();
});

/** Runs axe on the page as it is now (evaluate goes past any CSP); returns the violations. */
async function axe(page, name) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(500); // Ant Design's transitions
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS);
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of result.violations) counts[v.impact ?? 'minor'] += v.nodes.length;
  report.push({ page: name, counts });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? n.failureSummary}`).join(' | ')}`),
    [],
    `${name}: serious or critical WCAG violations`,
  );
}

/**
 * A council staff account of this file's own (created by the admin): the demo's 'staff' sign-in is
 * rate limited per name (10 in 10 minutes) and every flow file uses it.
 */
async function ownStaff(adminToken, zoneId, name) {
  const username = `${name}${stamp}`;
  await s.gql(
    'mutation($u: String!, $z: ID!) { createStaffUser(username: $u, password: "staff12345", displayName: "无障碍检查", roles: [COUNCIL_STAFF], zoneIds: [$z]) { id } }',
    { u: username, z: zoneId },
    adminToken,
  );
  return username;
}

async function setElder(page, on) {
  await page.evaluate((v) => localStorage.setItem('gr.portal.elder', v ? '1' : '0'), on);
}

test('portal pages, normal and elder mode', async (t) => {
  const zones = (await s.gql('{ zones { id } }')).zones;
  const zoneId = zones[0].id;
  const projects = (await s.gql('query($z: ID!) { projects(zoneId: $z, first: 1, status: IN_PROGRESS) { edges { node { id } } } }', { z: zoneId })).projects.edges;
  const needs = (await s.gql('query($z: ID!) { needs(zoneId: $z, first: 1, status: ACCEPTED) { edges { node { id } } } }', { z: zoneId })).needs.edges;
  const pages = [
    ['/', 'home'],
    ['/menu', 'needs menu'],
    ['/projects', 'projects'],
    projects[0] && [`/projects/${projects[0].node.id}`, 'a project'],
    needs[0] && [`/needs/${needs[0].node.id}`, 'a need'],
    ['/surveys', 'surveys'],
    ['/selections', 'selections'],
  ].filter(Boolean);
  const signedPages = [
    ['/submit', 'submit a need'],
    ['/my-needs', 'my needs'],
    ['/notifications', 'notifications'],
    ['/me', 'me (settings)'],
  ];
  const visitor = await s.actor('a11y-visitor', { mobile: true });
  await s.step(t, 'the login page', async () => {
    await visitor.goto(`${s.base}/login`);
    await visitor.locator('#phone').waitFor();
    await axe(visitor, 'portal /login');
    await setElder(visitor, true);
    await visitor.reload();
    await visitor.locator('#phone').waitFor();
    await axe(visitor, 'portal /login (elder)');
    await setElder(visitor, false);
  });
  for (const elder of [false, true]) {
    await s.step(t, `public pages${elder ? ' in elder mode' : ''}`, async () => {
      await visitor.goto(`${s.base}/`);
      await setElder(visitor, elder);
      for (const [path, name] of pages) {
        await visitor.goto(`${s.base}${path}`);
        await visitor.locator('.gr-tabbar').waitFor();
        await axe(visitor, `portal ${path} ${name}${elder ? ' (elder)' : ''}`);
      }
    });
  }
  const resident = await s.actor('a11y-resident', { mobile: true });
  await s.step(t, 'signed-in pages, normal and elder mode', async () => {
    await s.portalSignIn(resident, '13800000001');
    for (const elder of [false, true]) {
      await setElder(resident, elder);
      for (const [path, name] of signedPages) {
        await resident.goto(`${s.base}${path}`);
        await resident.locator('.gr-tabbar').waitFor();
        await axe(resident, `portal ${path} ${name}${elder ? ' (elder)' : ''}`);
      }
    }
  });
  await s.step(t, 'elder mode keeps its promises: 18 px text, big tab targets, remembered', async () => {
    await setElder(resident, true);
    await resident.goto(`${s.base}/me`);
    await resident.getByTestId('elder-switch').waitFor();
    // every text node of the page is at least 18 px, except the secondary lines (17 px) and tags (16 px)
    const sizes = await resident.evaluate(() => {
      const out = [];
      const walker = document.createTreeWalker(document.querySelector('.gr-page'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.textContent.trim() || !n.parentElement.offsetParent) continue;
        out.push(parseFloat(getComputedStyle(n.parentElement).fontSize));
      }
      return out;
    });
    assert.ok(sizes.length > 10);
    assert.ok(Math.min(...sizes) >= 16, `smallest text ${Math.min(...sizes)} px`);
    const body = sizes.filter((x) => x >= 18).length / sizes.length;
    assert.ok(body >= 0.6, `most text at 18 px or more (${Math.round(body * 100)}%)`);
    const tab = await resident.locator('.gr-tabbar a').first().boundingBox();
    assert.ok(tab.height >= 44, `tab height ${tab.height}`);
    await setElder(resident, false);
  });
});

test('console pages', async (t) => {
  const staff = await s.actor('a11y-staff');
  await s.step(t, 'the login page', async () => {
    await staff.goto(`${s.base}/console/login`);
    await staff.locator('#username').waitFor();
    await axe(staff, 'console /login');
  });
  // public reads need no token (and the password sign-ins of 'staff' are rate limited per name)
  const token = undefined;
  const zoneId = (await s.gql('{ zones { id } }')).zones[0].id;
  const project = (await s.gql('query($z: ID!) { projects(zoneId: $z, first: 1, status: IN_PROGRESS) { edges { node { id } } } }', { z: zoneId }, token)).projects.edges[0]?.node.id;
  const evaluated = (await s.gql('query($z: ID!) { projects(zoneId: $z, first: 1, status: EVALUATED) { edges { node { id } } } }', { z: zoneId }, token)).projects.edges[0]?.node.id;
  const survey = evaluated && (await s.gql('query($p: ID!) { projectSurveys(projectId: $p) { id } }', { p: evaluated }, token)).projectSurveys[0]?.id;
  const pages = [
    ['/review', '需求审核'],
    ['/menu', '需求菜单'],
    ['/record', '代录需求'],
    ['/projects', '项目清单'],
    project && [`/projects/${project}`, '项目详情'],
    survey && [`/surveys/${survey}`, '问卷详情'],
    ['/evaluation', '成效评估'],
    ['/dashboard', '片区看板'],
    ['/selections', '评选活动'],
    ['/council', '促进会治理'],
    ['/scorecards', '目标考核'],
  ].filter(Boolean);
  await s.step(t, 'staff pages', async () => {
    const username = await ownStaff(await s.staffToken('admin', 'admin12345'), zoneId, 'a11y');
    await s.consoleSignIn(staff, username, 'staff12345');
    for (const [path, name] of pages) {
      await staff.goto(`${s.base}/console${path}`);
      await staff.locator('.gr-content').waitFor();
      await axe(staff, `console ${path} ${name}`);
    }
  });
  for (const [user, password, path, name] of [
    ['board3', 'board12345', '/board', '理事会表决'],
    ['party', 'party12345', '/approvals', '党委审批'],
    ['unit2', 'unit12345', '/unit', '单位认领'],
    ['admin', 'admin12345', '/admin', '系统管理'],
  ]) {
    await s.step(t, `${name} (${user})`, async () => {
      const page = await s.actor(`a11y-${user}`);
      await s.consoleSignIn(page, user, password);
      await page.goto(`${s.base}/console${path}`);
      await page.locator('.gr-content').waitFor();
      await axe(page, `console ${path} ${name}`);
      await page.context().close();
    });
  }
});

test('no page logged a console error', () => {
  assert.deepEqual(s.errors, [], `console errors:\n${s.errors.join('\n')}`);
});
