import { firstError, useWorld } from '../support/suite';
import { manyResidents } from '../support/world';
import { ClassifierExampleEntity, MenuCounterEntity, NeedSupportEntity } from '@app/needs/needs.entities';
import { ACCEPT, accepted, MERGE, NEED, NOTIFICATIONS, REJECT, submit, SUPPORT, UNSUPPORT } from './needs-helpers';


describe('needs: supports and review', () => {
  const { t, w } = useWorld();

  describe('supportNeed / unsupportNeed', () => {
    it('counts supporters once each and tells the caller', async () => {
      const id = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId);
      const a = await t.ok(SUPPORT, { id }, w.residents[1].token);
      expect(a.supportNeed).toEqual({ id, supportCount: 1, supportedByMe: true });
      const b = await t.ok(SUPPORT, { id }, w.worker.token);
      expect(b.supportNeed.supportCount).toBe(2);
      const e = await firstError(t, SUPPORT, { id }, w.residents[1].token);
      expect(e.extensions?.code).toBe('CONFLICT');
      const un = await t.ok(UNSUPPORT, { id }, w.residents[1].token);
      expect(un.unsupportNeed).toEqual({ id, supportCount: 1, supportedByMe: false });
      expect(await t.code(UNSUPPORT, { id }, w.residents[1].token)).toBe('CONFLICT');
      expect((await t.ok(NEED, { id }, w.residents[1].token)).need.supportCount).toBe(1);
    });

    it('the author cannot support their own need (they already count as its origin): CONFLICT', async () => {
      const id = await submit(t, w.residents[0].token, w.zoneId);
      expect(await t.code(SUPPORT, { id }, w.residents[0].token)).toBe('CONFLICT');
    });

    it('refuses signed-out callers, unknown needs, REJECTED and MERGED needs', async () => {
      const id = await submit(t, w.residents[0].token, w.zoneId);
      expect(await t.code(SUPPORT, { id })).toBe('UNAUTHENTICATED');
      expect(await t.code(SUPPORT, { id: '987654' }, w.residents[1].token)).toBe('NOT_FOUND');
      await t.ok(REJECT, { id, r: '不属于本片区事务' }, w.staff.token);
      expect(await t.code(SUPPORT, { id }, w.residents[1].token)).toBe('CONFLICT');
      const a = await submit(t, w.residents[0].token, w.zoneId);
      const b = await submit(t, w.residents[2].token, w.zoneId);
      await t.ok(MERGE, { id: a, into: b }, w.staff.token);
      expect(await t.code(SUPPORT, { id: a }, w.residents[1].token)).toBe('CONFLICT');
    });

    it('50 different people support one need at once: the count is 50', async () => {
      const id = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId);
      const people = await manyResidents(t, 50, w.communityId);
      const results = await Promise.all(people.map((p) => t.gql(SUPPORT, { id }, p.token)));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect((await t.ok(NEED, { id })).need.supportCount).toBe(50);
      expect(await t.db.getRepository(NeedSupportEntity).count({ where: { needId: Number(id) } })).toBe(50);
      // and the same people twice at once: nobody counted twice
      const again = await Promise.all(people.slice(0, 20).map((p) => t.gql(SUPPORT, { id }, p.token)));
      expect(again.every((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toBe(true);
      const half = await Promise.all(people.slice(0, 25).map((p) => t.gql(UNSUPPORT, { id }, p.token)));
      expect(half.filter((r) => r.errors)).toEqual([]);
      expect((await t.ok(NEED, { id })).need.supportCount).toBe(25);
    });
  });

  describe('acceptNeed', () => {
    it('puts the need in the menu with the category, records history, tells the submitter, teaches the classifier', async () => {
      const id = await submit(t, w.residents[1].token, w.zoneId, { title: '小区绿化带需要修剪', content: '楼下绿化带杂草丛生' });
      const d = await t.ok(ACCEPT, { id, c: 'COMMUNITY_AFFAIRS' }, w.staff.token);
      expect(d.acceptNeed).toEqual({ id, status: 'ACCEPTED', category: 'COMMUNITY_AFFAIRS' });
      const h = (await t.ok(NEED, { id }, w.staff.token)).need.history;
      expect(h[h.length - 1]).toMatchObject({ action: 'accept', from: 'SUBMITTED', to: 'ACCEPTED', actor: { id: String(w.staff.id) } });
      expect(typeof h[h.length - 1].at).toBe('string');
      await t.drainJobs();
      const n = await t.ok(NOTIFICATIONS, {}, w.residents[1].token);
      expect(n.myNotifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain('need-accepted');
      const ex = await t.db.getRepository(ClassifierExampleEntity).findOneBy({ needId: Number(id) });
      expect(ex).toMatchObject({ category: 'COMMUNITY_AFFAIRS', source: 'staff' });
      const menu = await t.ok('query($z: ID!) { needsMenu(zoneId: $z) { sections { category count needs { id } } } }', { z: String(w.zoneId) });
      const section = menu.needsMenu.sections.find((s: { category: string }) => s.category === 'COMMUNITY_AFFAIRS');
      expect(section.needs.map((x: { id: string }) => x.id)).toContain(id);
    });

    it('refuses a need that is no longer SUBMITTED (CONFLICT) and unknown needs (NOT_FOUND)', async () => {
      const id = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId);
      expect(await t.code(ACCEPT, { id, c: 'PUBLIC_SERVICE' }, w.staff.token)).toBe('CONFLICT');
      expect(await t.code(REJECT, { id, r: '重复' }, w.staff.token)).toBe('CONFLICT');
      expect(await t.code(ACCEPT, { id: '999999', c: 'PUBLIC_SERVICE' }, w.staff.token)).toBe('NOT_FOUND');
    });

    it('two staff accepting at once: one wins, the menu counts it once', async () => {
      const id = await submit(t, w.residents[0].token, w.zoneId);
      const before = await t.db.getRepository(MenuCounterEntity).findOneBy({ zoneId: w.zoneId, category: 'CREATION_SELECTION' });
      const rs = await Promise.all([t.gql(ACCEPT, { id, c: 'CREATION_SELECTION' }, w.staff.token), t.gql(ACCEPT, { id, c: 'CREATION_SELECTION' }, w.admin.token)]);
      expect(rs.filter((r) => !r.errors)).toHaveLength(1);
      expect(rs.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
      const after = await t.db.getRepository(MenuCounterEntity).findOneBy({ zoneId: w.zoneId, category: 'CREATION_SELECTION' });
      expect((after?.count ?? 0) - (before?.count ?? 0)).toBe(1);
    });
  });

  describe('rejectNeed', () => {
    it('records the reason and tells the submitter', async () => {
      const id = await submit(t, w.residents[2].token, w.zoneId, { title: '希望开通直达机场的班车' });
      const d = await t.ok(REJECT, { id, r: '  超出片区职能范围,已转交交通部门 ' }, w.staff.token);
      expect(d.rejectNeed).toEqual({ id, status: 'REJECTED', rejectReason: '超出片区职能范围,已转交交通部门' });
      await t.drainJobs();
      const n = await t.ok(NOTIFICATIONS, {}, w.residents[2].token);
      const note = n.myNotifications.edges.map((e: { node: { kind: string; body: string } }) => e.node).find((x: { kind: string }) => x.kind === 'need-rejected');
      expect(note.body).toContain('超出片区职能范围');
      // a rejected need is seen only by its submitter and staff
      expect((await t.ok(NEED, { id }, w.residents[0].token)).need).toBeNull();
      expect((await t.ok(NEED, { id }, w.residents[2].token)).need.rejectReason).toBe('超出片区职能范围,已转交交通部门');
    });

    it('refuses unknown needs (NOT_FOUND) and signed-out callers', async () => {
      expect(await t.code(REJECT, { id: '9999999', r: '无效' }, w.staff.token)).toBe('NOT_FOUND');
      expect(await t.code(UNSUPPORT, { id: '9999999' }, w.residents[0].token)).toBe('NOT_FOUND');
      expect(await t.code(REJECT, { id: '1', r: '无效' })).toBe('UNAUTHENTICATED');
    });

    it('refuses an empty reason with BAD_USER_INPUT on reason', async () => {
      const id = await submit(t, w.residents[2].token, w.zoneId);
      const e = await firstError(t, REJECT, { id, r: ' \u0007 ' }, w.staff.token);
      expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'reason']);
    });
  });

  describe('mergeNeed', () => {
    it('moves supports to the target without counting anyone twice; the source author becomes a supporter; the merged need points to the target', async () => {
      const [a, b, c, d] = await manyResidents(t, 4, w.communityId);
      const target = await accepted(t, a.token, w.staff.token, w.zoneId, 'COMMUNITY_AFFAIRS', { title: '加装电梯', content: '希望老公房加装电梯' });
      const source = await submit(t, b.token, w.zoneId, { title: '老楼装电梯', content: '五楼老人上下楼困难' });
      await t.ok(SUPPORT, { id: target }, c.token); // c supports both
      await t.ok(SUPPORT, { id: source }, c.token);
      await t.ok(SUPPORT, { id: source }, d.token); // d supports the source only
      await t.ok(SUPPORT, { id: source }, w.residents[0].token);
      // the target's author supporting the source must not become a supporter of their own need
      await t.ok(SUPPORT, { id: source }, a.token);
      const m = await t.ok(MERGE, { id: source, into: target }, w.staff.token);
      expect(m.mergeNeed.status).toBe('MERGED');
      expect(m.mergeNeed.mergedInto).toEqual({ id: target, status: 'ACCEPTED', supportCount: 4 }); // c, d, residents[0], b
      const supporters = await t.db.getRepository(NeedSupportEntity).find({ where: { needId: Number(target) } });
      expect(supporters.map((s) => s.userId).sort()).toEqual([b.id, c.id, d.id, w.residents[0].id].sort());
      expect(await t.db.getRepository(NeedSupportEntity).count({ where: { needId: Number(source) } })).toBe(0);
      const h = await t.ok(NEED, { id: source }, w.staff.token);
      expect(h.need.history[h.need.history.length - 1]).toMatchObject({ action: 'merge', from: 'SUBMITTED', to: 'MERGED' });
      const th = await t.ok(NEED, { id: target }, w.staff.token);
      expect(th.need.history.map((e: { action: string }) => e.action)).toContain('absorb');
      await t.drainJobs();
      const n = await t.ok(NOTIFICATIONS, {}, b.token);
      expect(n.myNotifications.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain('need-merged');
      // b now shows as a supporter of the target
      expect((await t.ok(NEED, { id: target }, b.token)).need.supportedByMe).toBe(true);
    });

    it('merging an ACCEPTED duplicate takes it out of the menu count', async () => {
      const count = async () => (await t.db.getRepository(MenuCounterEntity).findOneBy({ zoneId: w.zoneId, category: 'CULTURE_SHARING' }))?.count ?? 0;
      const x = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId, 'CULTURE_SHARING');
      const y = await accepted(t, w.residents[1].token, w.staff.token, w.zoneId, 'CULTURE_SHARING');
      const before = await count();
      await t.ok(MERGE, { id: y, into: x }, w.staff.token);
      expect(await count()).toBe(before - 1);
    });

    it('refuses merging into itself, into a merged need, across zones, into a rejected need', async () => {
      const a = await submit(t, w.residents[0].token, w.zoneId);
      const b = await submit(t, w.residents[1].token, w.zoneId);
      const c = await submit(t, w.residents[2].token, w.zoneId);
      let e = await firstError(t, MERGE, { id: a, into: a }, w.staff.token);
      expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'intoNeedId']);
      await t.ok(MERGE, { id: b, into: c }, w.staff.token);
      expect(await t.code(MERGE, { id: a, into: b }, w.staff.token)).toBe('CONFLICT');
      expect(await t.code(MERGE, { id: b, into: a }, w.staff.token)).toBe('CONFLICT'); // b is merged already
      const elsewhere = await submit(t, w.residents[0].token, w.otherZoneId);
      e = await firstError(t, MERGE, { id: a, into: elsewhere }, w.admin.token);
      expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', 'intoNeedId']);
      const r = await submit(t, w.residents[1].token, w.zoneId);
      await t.ok(REJECT, { id: r, r: '无效' }, w.staff.token);
      expect(await t.code(MERGE, { id: a, into: r }, w.staff.token)).toBe('CONFLICT');
      expect(await t.code(MERGE, { id: a, into: '999999' }, w.staff.token)).toBe('NOT_FOUND');
    });
  });

  describe('who may review', () => {
    it('a resident cannot accept, reject or merge (FORBIDDEN)', async () => {
      const a = await submit(t, w.residents[0].token, w.zoneId);
      const b = await submit(t, w.residents[1].token, w.zoneId);
      for (const token of [w.residents[1].token, w.worker.token, w.unitAdmins[0].token, w.board[0].token]) {
        expect(await t.code(ACCEPT, { id: a, c: 'PUBLIC_SERVICE' }, token)).toBe('FORBIDDEN');
        expect(await t.code(REJECT, { id: a, r: '不行' }, token)).toBe('FORBIDDEN');
        expect(await t.code(MERGE, { id: a, into: b }, token)).toBe('FORBIDDEN');
      }
      expect(await t.code(ACCEPT, { id: a, c: 'PUBLIC_SERVICE' })).toBe('UNAUTHENTICATED');
    });

    it('staff of another zone cannot act on this zone', async () => {
      const a = await submit(t, w.residents[0].token, w.zoneId);
      const b = await submit(t, w.residents[1].token, w.zoneId);
      expect(await t.code(ACCEPT, { id: a, c: 'PUBLIC_SERVICE' }, w.otherStaff.token)).toBe('FORBIDDEN');
      expect(await t.code(REJECT, { id: a, r: '不行' }, w.otherStaff.token)).toBe('FORBIDDEN');
      expect(await t.code(MERGE, { id: a, into: b }, w.otherStaff.token)).toBe('FORBIDDEN');
      // and the need stays as it was
      expect((await t.ok(NEED, { id: a }, w.staff.token)).need.status).toBe('SUBMITTED');
    });

    it('history is shown to staff of the zone and the submitter, [] to others', async () => {
      const id = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId);
      expect((await t.ok(NEED, { id }, w.staff.token)).need.history).toHaveLength(2);
      expect((await t.ok(NEED, { id }, w.residents[0].token)).need.history).toHaveLength(2);
      expect((await t.ok(NEED, { id }, w.residents[1].token)).need.history).toEqual([]);
      expect((await t.ok(NEED, { id }, w.otherStaff.token)).need.history).toEqual([]);
      expect((await t.ok(NEED, { id })).need.history).toEqual([]);
    });

    it('masks the submitter for other residents and anonymous callers', async () => {
      const id = await accepted(t, w.residents[0].token, w.staff.token, w.zoneId);
      const anon = (await t.ok(NEED, { id })).need.submitter;
      expect(anon.phone).toBeNull();
      expect(anon.displayName).toMatch(/^王\*+$/);
      const other = (await t.ok(NEED, { id }, w.residents[1].token)).need.submitter;
      expect(other.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    });
  });
});
