import { JobName, NotifyPayload } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { startApp, TestApp } from '../support/harness';
import { buildWorld, World } from '../support/world';
import { firstError } from '../support/suite';

const PAGE = `query($first: Int, $after: String) {
  myNotifications(first: $first, after: $after) { edges { cursor node { id kind title body read createdAt } } pageInfo { endCursor hasNextPage } unreadCount }
}`;
const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';

describe('notifications', () => {
  let t: TestApp;
  let w: World;
  const notify = (p: Partial<NotifyPayload> & { dedupeKey: string }) =>
    t.app.get(JobsService).enqueue(null, JobName.Notify, { zoneId: w.zoneId, kind: 'test', title: '通知', body: '内容', ...p });

  beforeAll(async () => {
    t = await startApp();
    w = await buildWorld(t);
    const [a, b] = w.residents;
    // one at a time: jobs that are due together may run in parallel, and the list is in delivery order
    const send = async (p: Parameters<typeof notify>[0]) => {
      await notify(p);
      await t.drainJobs();
    };
    for (let i = 1; i <= 5; i++) await send({ userIds: [a.id], title: `第${i}条`, dedupeKey: `solo:${i}` });
    await send({ userIds: [a.id, b.id], title: '共同通知', dedupeKey: 'both:1' });
    await send({ userIds: [b.id], title: '只给乙', dedupeKey: 'b:1' });
  });
  afterAll(() => t.close());

  it('lists the caller’s notifications newest first, page by page with first/after', async () => {
    const a = w.residents[0];
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const d: any = (await t.ok(PAGE, { first: 2, after }, a.token)).myNotifications;
      pages++;
      expect(d.unreadCount).toBe(6);
      expect(d.edges.length).toBeLessThanOrEqual(2);
      seen.push(...d.edges.map((e: any) => e.node.title));
      if (!d.pageInfo.hasNextPage) break;
      expect(d.pageInfo.endCursor).toBe(d.edges[d.edges.length - 1].cursor);
      after = d.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['共同通知', '第5条', '第4条', '第3条', '第2条', '第1条']);
  });

  it('a page holds the notification fields', async () => {
    const d = (await t.ok(PAGE, { first: 1 }, w.residents[1].token)).myNotifications;
    expect(d.edges[0].node).toEqual({ id: expect.any(String), kind: 'test', title: '只给乙', body: '内容', read: false, createdAt: expect.any(String) });
    expect(new Date(d.edges[0].node.createdAt).getTime()).toBeGreaterThan(Date.now() - 120_000);
    expect(d.pageInfo.hasNextPage).toBe(true);
    expect(d.unreadCount).toBe(2);
  });

  it('shows nobody else’s notifications', async () => {
    const d = (await t.ok(PAGE, {}, w.residents[2].token)).myNotifications;
    expect(d).toEqual({ edges: [], pageInfo: { endCursor: null, hasNextPage: false }, unreadCount: 0 });
  });

  it('delivers a retried (same dedupe key) notification once', async () => {
    await notify({ userIds: [w.residents[1].id], title: '只给乙', dedupeKey: 'b:1' });
    await t.drainJobs();
    expect(await t.db.getRepository(NotificationEntity).countBy({ userId: w.residents[1].id })).toBe(2);
  });

  it('delivers to everyone holding the roles in the zone (and nobody elsewhere)', async () => {
    await notify({ zoneRoles: { zoneId: w.zoneId, roles: ['COUNCIL_STAFF'] }, title: '新需求待审核', dedupeKey: 'zone:1' });
    await t.drainJobs();
    const mine = (await t.ok(PAGE, {}, w.staff.token)).myNotifications;
    expect(mine.edges.map((e: any) => e.node.title)).toEqual(['新需求待审核']);
    expect((await t.ok(PAGE, {}, w.otherStaff.token)).myNotifications.edges).toEqual([]);
  });

  it('marks read only the caller’s own notifications and counts what changed', async () => {
    const [a, b] = w.residents;
    const aPage = (await t.ok(PAGE, { first: 3 }, a.token)).myNotifications;
    const bPage = (await t.ok(PAGE, {}, b.token)).myNotifications;
    const aIds = aPage.edges.map((e: any) => e.node.id);
    const bId = bPage.edges[0].node.id;

    const changed = (await t.ok(MARK, { ids: [aIds[0], aIds[1], bId] }, a.token)).markNotificationsRead;
    expect(changed).toBe(2);
    const after = (await t.ok(PAGE, { first: 3 }, a.token)).myNotifications;
    expect(after.unreadCount).toBe(4);
    expect(after.edges.map((e: any) => e.node.read)).toEqual([true, true, false]);
    // b's notification stays unread
    const bAfter = (await t.ok(PAGE, {}, b.token)).myNotifications;
    expect(bAfter.unreadCount).toBe(2);
    expect(bAfter.edges.every((e: any) => !e.node.read)).toBe(true);
    // marking again changes nothing
    expect((await t.ok(MARK, { ids: [aIds[0]] }, a.token)).markNotificationsRead).toBe(0);
    expect((await t.ok(MARK, { ids: [] }, a.token)).markNotificationsRead).toBe(0);
  });

  it('needs a signed-in caller', async () => {
    expect(firstError(await t.gql(PAGE)).code).toBe('UNAUTHENTICATED');
    expect(firstError(await t.gql(MARK, { ids: ['1'] })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses bad paging input with BAD_USER_INPUT', async () => {
    const token = w.residents[0].token;
    expect(firstError(await t.gql(PAGE, { first: 0 }, token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(firstError(await t.gql(PAGE, { first: -5 }, token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(firstError(await t.gql(PAGE, { after: 'not-a-cursor' }, token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    for (const made of [['1 OR 1=1'], [null], [1, 2], { id: 1 }, [-3], [1.5]]) {
      const forged = Buffer.from(JSON.stringify(made)).toString('base64url');
      expect([made, firstError(await t.gql(PAGE, { after: forged }, token))]).toMatchObject([made, { code: 'BAD_USER_INPUT', field: 'after' }]);
    }
    expect(firstError(await t.gql(MARK, { ids: ['abc'] }, token)).code).toBe('BAD_USER_INPUT');
  });

  it('caps a page at 100', async () => {
    const a = w.residents[0];
    for (let i = 0; i < 105; i++) await notify({ userIds: [a.id], title: `批量${i}`, dedupeKey: `bulk:${i}` });
    await t.drainJobs();
    const d = (await t.ok(PAGE, { first: 500 }, a.token)).myNotifications;
    expect(d.edges).toHaveLength(100);
    expect(d.pageInfo.hasNextPage).toBe(true);
    const rest = (await t.ok(PAGE, { first: 100, after: d.pageInfo.endCursor }, a.token)).myNotifications;
    expect(rest.edges).toHaveLength(11);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = [...d.edges, ...rest.edges].map((e: any) => e.node.id);
    expect(new Set(all).size).toBe(111);
  });
});
