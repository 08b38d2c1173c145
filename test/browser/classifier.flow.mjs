#!/usr/bin/env node
/**
 * The category suggestion in the console (see support.mjs for where it runs):
 *
 *   staff record a need offline → the review card shows the three suggested categories, the
 *   first preselected, each with its confidence and the words it rests on as chips → staff pick
 *   the second with one click and accept → 分类准确率 counts the decision, with its chart and
 *   confusion matrix.
 *
 *   npm run build:web && node --test test/browser/classifier.flow.mjs
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Session, stamp } from './support.mjs';

const TITLE = `楼道电梯经常困人 ${stamp}`;
const CONTENT = '我们这栋楼的电梯上个月困了三次人，希望物业尽快维修，老人都不敢坐了。';

let s;
before(async () => {
  s = await Session.open();
});
after(async () => {
  await s?.close();
});

test('suggested categories on the review card, and the accuracy page', async (t) => {
  const staff = await s.actor('staff');
  let needId;
  let chosen;

  await t.test('set-up: a need recorded offline is classified in the background', async () => {
    const token = await s.staffToken('staff', 'staff12345');
    const { zones } = await s.gql('{ zones { id name } }');
    const zoneId = zones.find((z) => z.name === '建工片区')?.id ?? zones[0].id;
    const d = await s.gql(
      'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id } }',
      { input: { zoneId, kind: 'GOLDEN_IDEA', channel: 'HALL', title: TITLE, content: CONTENT, onBehalfOfPhone: '13800000001', onBehalfOfName: '王小明' } },
      token,
    );
    needId = d.recordNeed.id;
    for (let i = 0; i < 60; i++) {
      const n = await s.gql('query($id: ID!) { need(id: $id) { suggestions { category } } }', { id: needId }, token);
      if (n.need.suggestions.length === 3) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.fail('the need was not classified within 30 s');
  });

  await s.step(t, 'the review card shows three suggestions, the first preselected, with the words as chips', async () => {
    await s.consoleSignIn(staff, 'staff', 'staff12345');
    await staff.goto(`${s.base}/console/review`);
    const card = staff.getByTestId('review-card').filter({ hasText: TITLE });
    await card.waitFor();
    const options = card.getByTestId('suggestion-option');
    assert.equal(await options.count(), 3);
    assert.equal(await options.nth(0).getAttribute('aria-checked'), 'true');
    assert.equal(await options.nth(1).getAttribute('aria-checked'), 'false');
    assert.equal(await options.nth(0).getAttribute('data-category'), 'COMMUNITY_AFFAIRS');
    const chips = await options.nth(0).getByTestId('because-chip').allTextContents();
    assert.ok(chips.length > 0, 'the first suggestion shows its words');
    assert.ok(chips.includes('电梯'), `电梯 among ${chips}`);
    for (const w of chips) assert.ok(`${TITLE} ${CONTENT}`.includes(w), `chip ${w} occurs in the need`);
    // the category picker shows the preselected suggestion
    assert.match(await card.locator('.ant-select').textContent(), /社区公共事务/);
    await s.shot(staff, 'classifier-01-review-card');

    // the second suggestion is one click away
    chosen = await options.nth(1).getAttribute('data-category');
    await options.nth(1).click();
    assert.equal(await options.nth(1).getAttribute('aria-checked'), 'true');
    assert.equal(await options.nth(0).getAttribute('aria-checked'), 'false');
    await card.getByTestId('accept-need').click();
    await card.waitFor({ state: 'detached' });
  });

  await s.step(t, '分类准确率 counts the decision and draws the chart and the confusion matrix', async () => {
    const token = await s.staffToken('staff', 'staff12345');
    const n = await s.gql('query($id: ID!) { need(id: $id) { status category } }', { id: needId }, token);
    assert.deepEqual(n.need, { status: 'ACCEPTED', category: chosen });
    await staff.locator('.ant-layout-sider').getByText('分类准确率').click();
    await staff.waitForURL(`${s.base}/console/classifier`);
    const decisions = staff.getByTestId('classifier-decisions');
    // the decision is learnt by a background job: reload until it is counted
    for (let i = 0; i < 20 && !(await decisions.count()); i++) {
      await staff.waitForTimeout(500);
      await staff.reload();
    }
    await decisions.waitFor();
    assert.ok(Number((await decisions.locator('.ant-statistic-content-value').textContent()).replace(/\D/g, '')) >= 1);
    await staff.getByTestId('classifier-top1').waitFor();
    await staff.locator('canvas').first().waitFor();
    const matrix = staff.getByTestId('confusion-matrix');
    await matrix.waitFor();
    assert.equal(await matrix.locator('tbody tr[data-row-key]').count(), 7);
    await s.shot(staff, 'classifier-02-accuracy');
  });

  s.noConsoleErrors(t);
});
