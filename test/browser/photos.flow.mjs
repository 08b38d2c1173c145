#!/usr/bin/env node
/**
 * Photos as evidence (图片台账), in Debian's headless Chromium (see support.mjs for where it runs):
 *
 *   a resident (phone viewport) submits a need with a photo picked on the portal's form → staff
 *   accept it and it becomes a project, claimed and started by a unit (set up over GraphQL) → the
 *   unit's admin reports progress on the console's project page with a photo → the photo shows in
 *   the project's photo timeline on the console and on the portal, with the need's photo beside it
 *   → the unit corrects its report within 24 h; the old version stays on the record. A text file
 *   named .jpg is refused with the reason.
 *
 *   npm run build:web && node --test test/browser/photos.flow.mjs
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { Session, stamp } from './support.mjs';

const PHONE = `1391${String(Date.now()).slice(-7)}`;
const NEED_TITLE = `单元门坏了 ${stamp}`;
let s;
const dir = mkdtempSync(join(tmpdir(), 'gr-photo-flow-'));

/** A photo as a phone takes it: a JPEG carrying GPS EXIF (the api removes it). */
async function phonePhoto(name, color) {
  const file = join(dir, name);
  const bytes = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: color } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '121/1 30/1 1200/100' } })
    .toBuffer();
  writeFileSync(file, bytes);
  return file;
}

/** Every <img> inside the locator has loaded (the api served it to this person). */
async function imagesLoaded(page, testId, atLeast = 1) {
  await page.waitForFunction(
    ([id, n]) => {
      const imgs = [...document.querySelectorAll(`[data-testid="${id}"] img`)];
      return imgs.length >= n && imgs.every((i) => i.complete && i.naturalWidth > 0);
    },
    [testId, atLeast],
  );
}

before(async () => {
  s = await Session.open();
});
after(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a photo on a need and on a progress report, seen on the project page', async (t) => {
  const resident = await s.actor('resident', { mobile: true });
  const unit = await s.actor('unit');
  // set-up as the admin and accounts of this file's own (the demo names' password sign-ins are rate limited and other flows use them)
  const admin = await s.staffToken('admin', 'admin12345');
  const zoneId = (await s.gql('{ zones { id name } }')).zones.find((z) => z.name === '建工片区').id;
  const unitId = (await s.gql('query($z: ID!) { units(zoneId: $z) { id name } }', { z: zoneId })).units[0].id;
  const unitUser = `photos${stamp}`;
  await s.gql(
    'mutation($u: String!, $z: ID!, $unit: ID!) { createStaffUser(username: $u, password: "unit12345", displayName: "图片测试单位管理员", roles: [UNIT_ADMIN], zoneIds: [$z], unitId: $unit) { id } }',
    { u: unitUser, z: zoneId, unit: unitId },
    admin,
  );
  let needId;
  let projectId;

  await s.step(t, 'the resident picks a photo on the portal\'s need form and submits', async () => {
    await s.portalSignIn(resident, PHONE, { next: '/submit' });
    await resident.locator('#title').fill(NEED_TITLE);
    await resident.locator('#content').fill('3号楼单元门的闭门器坏了，门关不上，晚上不安全。');
    await resident.getByTestId('need-photo-input').setInputFiles(await phonePhoto('door.jpg', { r: 180, g: 90, b: 40 }));
    await imagesLoaded(resident, 'need-photo-picker');
    await s.shot(resident, 'photos-01-need-form');
    await resident.getByTestId('submit-need').click();
    await resident.getByTestId('go-my-needs').waitFor();
  });

  await s.step(t, 'a text file named .jpg is refused with the reason, in the form', async () => {
    const fake = join(dir, 'fake.jpg');
    writeFileSync(fake, '这不是图片\n'.repeat(50));
    s.allowedErrors.push(/status of 400/);
    await resident.goto(`${s.base}/submit`);
    await resident.getByTestId('need-photo-input').setInputFiles(fake);
    await resident.getByTestId('need-photo-error').getByText('只能上传 JPEG、PNG 或 WebP 图片').waitFor();
    assert.equal(await resident.getByTestId('need-photo-thumb').count(), 0);
  });

  await s.step(t, 'the need becomes a project, claimed and started by the unit (set up)', async () => {
    const mine = await s.gql(
      'mutation($p: String!, $c: String!) { loginWithCode(phone: $p, code: $c) { token } }',
      { p: PHONE, c: '123456' },
    );
    const needs = await s.gql('{ myNeeds(first: 5) { edges { node { id title photos { id } } } } }', {}, mine.loginWithCode.token);
    const need = needs.myNeeds.edges.map((e) => e.node).find((n) => n.title === NEED_TITLE);
    assert.equal(need.photos.length, 1, 'the need carries its photo');
    needId = need.id;
    await s.gql('mutation($id: ID!) { acceptNeed(needId: $id, category: COMMUNITY_AFFAIRS) { id } }', { id: needId }, admin);
    projectId = (
      await s.gql(
        'mutation($i: ProjectInput!) { createProject(input: $i) { id } }',
        { i: { zoneId, title: `单元门修缮 ${stamp}`, description: '修好3号楼单元门的闭门器', category: 'COMMUNITY_AFFAIRS', sourceNeedIds: [needId], budgetFen: 80000, targetBeneficiaries: 40 } },
        admin,
      )
    ).createProject.id;
    await s.gql('mutation($id: ID!) { proposeProject(projectId: $id) { id } }', { id: projectId }, admin);
    for (const b of ['board2', 'board3']) await s.gql('mutation($id: ID!) { castVote(projectId: $id, choice: FOR) { id } }', { id: projectId }, await s.staffToken(b, 'board12345'));
    await s.gql('mutation($id: ID!) { closeResolution(projectId: $id) { id } }', { id: projectId }, admin);
    await s.gql('mutation($id: ID!) { decideProject(projectId: $id, decision: APPROVE, comment: "同意") { id } }', { id: projectId }, await s.staffToken('party', 'party12345'));
    await s.gql('mutation($id: ID!) { publishProject(projectId: $id) { id } }', { id: projectId }, admin);
    const unitToken = await s.staffToken(unitUser, 'unit12345');
    await s.gql('mutation($id: ID!, $u: ID!) { claimProject(projectId: $id, unitId: $u, pledge: "派工程师上门维修") { id } }', { id: projectId, u: unitId }, unitToken);
    await s.gql('mutation($id: ID!) { startProject(projectId: $id) { status } }', { id: projectId }, admin);
  });

  await s.step(t, 'the unit reports progress with a photo on the console\'s project page', async () => {
    await s.consoleSignIn(unit, unitUser, 'unit12345');
    await unit.goto(`${s.base}/console/projects/${projectId}`);
    await unit.getByTestId('report-progress').click();
    await unit.getByTestId('progress-note').fill('已更换闭门器，门能自动关上');
    await unit.getByTestId('progress-percent').fill('80');
    await unit.getByTestId('progress-funds').fill('350');
    await unit.getByTestId('progress-beneficiaries').fill('40');
    await unit.getByTestId('progress-photo-input').setInputFiles(await phonePhoto('fixed.jpg', { r: 40, g: 140, b: 60 }));
    await imagesLoaded(unit, 'progress-photo-picker');
    await unit.getByTestId('progress-submit').click();
    await unit.getByText('进度已上报').waitFor();
    // the photo timeline: the need's photo, then the report's
    await imagesLoaded(unit, 'photo-timeline', 2);
    await unit.getByTestId('photo-timeline').getByText('进度 80%').waitFor();
    await s.shot(unit, 'photos-02-console-photo-timeline');
  });

  await s.step(t, 'the unit corrects its report within 24 h; the old version stays on the record', async () => {
    await unit.getByTestId('correct-progress').click();
    await unit.getByTestId('progress-percent').fill('85');
    await unit.getByTestId('progress-submit').click();
    await unit.getByText('已更正，原报告保留在记录中').waitFor();
    await unit.getByText('已更正', { exact: true }).waitFor();
    await unit.getByTestId('timeline-item').filter({ hasText: '更正进度报告：80% → 85%' }).or(unit.getByTestId('timeline-item').filter({ hasText: '更正进度报告:80% → 85%' })).first().waitFor();
  });

  await s.step(t, 'the resident sees both photos on the portal\'s project page, without EXIF', async () => {
    await resident.goto(`${s.base}/projects/${projectId}`);
    await imagesLoaded(resident, 'photo-timeline', 2);
    await imagesLoaded(resident, 'progress-photos');
    await s.shot(resident, 'photos-03-portal-project');
    const src = await resident.getByTestId('progress-photos').locator('a').first().getAttribute('href');
    const res = await fetch(`${s.api}${src}`); // a published project's photos are public, like the project
    assert.equal(res.status, 200);
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    assert.equal(meta.exif, undefined, 'no EXIF (GPS) left');
    await resident.goto(`${s.base}/needs/${needId}`);
    await imagesLoaded(resident, 'need-photos');
    await resident.getByTestId('need-project-link').filter({ hasText: `单元门修缮 ${stamp}` }).waitFor();
  });

  s.noConsoleErrors(t);
});
