import { useWorld } from '../support/suite';

const NEED_FIGURES = `query($z: ID!, $from: DateTime, $to: DateTime) { zoneStats(zoneId: $z, from: $from, to: $to) {
  needsReceived needsAccepted needsPending acceptanceRate needsByCategory { category count } needsByChannel { channel count }
} }`;
const SUBMIT = `mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id } }`;
const RECORD = `mutation($i: RecordNeedInput!) { recordNeed(input: $i) { id } }`;

/**
 * zoneStats reads the all-time needs figures from the maintained counters (need_counters) and a
 * period's from the needs rows: after needs have come in through every channel and moved through
 * review, merge, withdrawal and a category correction, both readings agree — the counters followed
 * every step.
 */
describe('all-time needs figures follow every step (need_counters)', () => {
  const { t, w } = useWorld({ units: 1 });

  it('equal the figures counted from the rows, per channel, category and status', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await t.ok(SUBMIT, { i: { zoneId: String(w.zoneId), kind: i % 2 ? 'MICRO_WISH' : 'GOLDEN_IDEA', title: `楼道灯坏了 ${i}`, content: '晚上看不清楼梯，老人容易摔倒' } }, w.residents[i % w.residents.length].token);
      ids.push(r.submitNeed.id);
    }
    for (const [i, channel] of (['HALL', 'HOTLINE', 'VISIT'] as const).entries()) {
      const r = await t.ok(
        RECORD,
        { i: { zoneId: String(w.zoneId), kind: 'GOLDEN_IDEA', channel, title: `加装扶手 ${i}`, content: '老楼楼梯没有扶手', onBehalfOfPhone: `1390000100${i}`, onBehalfOfName: `张阿姨${i}` } },
        w.staff.token,
      );
      ids.push(r.recordNeed.id);
    }
    const staff = w.staff.token;
    await t.ok(`mutation($n: ID!) { acceptNeed(needId: $n, category: PUBLIC_SERVICE) { id } }`, { n: ids[0] }, staff);
    await t.ok(`mutation($n: ID!) { acceptNeed(needId: $n, category: CULTURE_SHARING) { id } }`, { n: ids[4] }, staff);
    await t.ok(`mutation($n: ID!) { acceptNeed(needId: $n, category: COMMUNITY_AFFAIRS) { id } }`, { n: ids[5] }, staff);
    await t.ok(`mutation($n: ID!) { recategorizeNeed(needId: $n, category: SOCIAL_MANAGEMENT) { id } }`, { n: ids[4] }, staff);
    await t.ok(`mutation($n: ID!) { rejectNeed(needId: $n, reason: "不属于本片区") { id } }`, { n: ids[6] }, staff);
    await t.ok(`mutation($n: ID!, $i: ID!) { mergeNeed(needId: $n, intoNeedId: $i) { id } }`, { n: ids[2], i: ids[0] }, staff);
    await t.ok(`mutation($n: ID!) { withdrawNeed(needId: $n) { id } }`, { n: ids[1] }, w.residents[1 % w.residents.length].token);

    const counted = (await t.ok(NEED_FIGURES, { z: String(w.zoneId) }, staff)).zoneStats;
    const fromRows = (await t.ok(NEED_FIGURES, { z: String(w.zoneId), from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' }, staff)).zoneStats;
    expect(counted).toEqual(fromRows);
    const byChannel = Object.fromEntries(counted.needsByChannel.map((c: { channel: string; count: number }) => [c.channel, c.count]));
    expect(byChannel).toMatchObject({ HALL: 1, HOTLINE: 1, VISIT: 1 });
    expect(byChannel.APP).toBeGreaterThanOrEqual(4);
    const byCategory = Object.fromEntries(counted.needsByCategory.map((c: { category: string; count: number }) => [c.category, c.count]));
    expect(byCategory).toMatchObject({ SOCIAL_MANAGEMENT: 1, COMMUNITY_AFFAIRS: 1, CULTURE_SHARING: 0 });
  });
});
