import { useWorld } from '../support/suite';
import { ACCEPT, NEED, submit } from './needs-helpers';

const UPDATE = `mutation($id: ID!, $title: String, $content: String) { updateMyNeed(needId: $id, title: $title, content: $content) { id title content status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawNeed(needId: $id) { id status } }`;
const RECAT = `mutation($id: ID!, $c: NeedCategory!) { recategorizeNeed(needId: $id, category: $c) { id status category } }`;
const LIST = `query($z: ID!, $s: NeedStatus, $search: String) { needs(zoneId: $z, status: $s, search: $search) { totalCount edges { node { id title } } } }`;
const MENU = `query($z: ID!) { needsMenu(zoneId: $z) { sections { category count needs { id } } } }`;

describe('corrections: the author edits or withdraws, staff correct a category; history kept', () => {
  const { t, w } = useWorld();

  it('the author edits a SUBMITTED need: the old text stays in its history and search finds the new words', async () => {
    const me = w.residents[0].token;
    const id = await submit(t, me, w.zoneId, { title: '楼道灯坏了', content: '三楼楼道灯不亮' });
    const d = await t.ok(UPDATE, { id, title: '楼道声控灯坏了', content: '三楼和四楼的声控灯都不亮，晚上很黑' }, me);
    expect(d.updateMyNeed).toMatchObject({ title: '楼道声控灯坏了', content: '三楼和四楼的声控灯都不亮，晚上很黑', status: 'SUBMITTED' });
    const n = await t.ok(NEED, { id }, w.staff.token);
    const edit = n.need.history.find((h: { action: string }) => h.action === 'edit');
    expect(edit.note).toContain('原标题:楼道灯坏了');
    expect(edit.note).toContain('原内容:三楼楼道灯不亮');
    expect(edit.actor.id).toBe(String(w.residents[0].id));
    expect((await t.ok(LIST, { z: String(w.zoneId), search: '声控灯' }, w.staff.token)).needs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([id]);
    // someone else, and staff, may not edit it; once accepted the author may not either
    expect(await t.code(UPDATE, { id, title: '别人改的' }, w.residents[1].token)).toBe('FORBIDDEN');
    expect(await t.code(UPDATE, { id, title: ' ' }, me)).toBe('BAD_USER_INPUT');
    await t.ok(ACCEPT, { id, c: 'PUBLIC_SERVICE' }, w.staff.token);
    expect(await t.code(UPDATE, { id, title: '晚了' }, me)).toBe('CONFLICT');
  });

  it('the author withdraws a SUBMITTED need: it leaves the queue, stays visible to them, and cannot be reviewed', async () => {
    const me = w.residents[1].token;
    const id = await submit(t, me, w.zoneId, { title: '想撤回的需求' });
    expect(await t.code(WITHDRAW, { id }, w.residents[0].token)).toBe('FORBIDDEN');
    expect((await t.ok(WITHDRAW, { id }, me)).withdrawNeed.status).toBe('WITHDRAWN');
    const queue = await t.ok(LIST, { z: String(w.zoneId), s: 'SUBMITTED' }, w.staff.token);
    expect(queue.needs.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    expect(await t.code(ACCEPT, { id, c: 'PUBLIC_SERVICE' }, w.staff.token)).toBe('CONFLICT');
    expect(await t.code(WITHDRAW, { id }, me)).toBe('CONFLICT');
    // private: the author and staff see it, the public does not
    expect((await t.ok(NEED, { id }, me)).need.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'withdraw']);
    expect((await t.ok(NEED, { id })).need).toBeNull();
  });

  it('staff correct a reviewed need\'s category: the menu moves it, the history says from → to', async () => {
    const id = await submit(t, w.residents[2].token, w.zoneId, { title: '周末亲子阅读' });
    await t.ok(ACCEPT, { id, c: 'PUBLIC_SERVICE' }, w.staff.token);
    const d = await t.ok(RECAT, { id, c: 'CULTURE_SHARING' }, w.staff.token);
    expect(d.recategorizeNeed).toMatchObject({ status: 'ACCEPTED', category: 'CULTURE_SHARING' });
    const menu = await t.ok(MENU, { z: String(w.zoneId) });
    const section = (c: string) => menu.needsMenu.sections.find((s: { category: string }) => s.category === c);
    expect(section('CULTURE_SHARING').needs.map((n: { id: string }) => n.id)).toContain(id);
    expect(section('PUBLIC_SERVICE').needs.map((n: { id: string }) => n.id)).not.toContain(id);
    expect(section('CULTURE_SHARING').count).toBe(1);
    const n = await t.ok(NEED, { id }, w.staff.token);
    const last = n.need.history[n.need.history.length - 1];
    expect(last).toMatchObject({ action: 'recategorize', note: '分类更正:社会公共服务 → 社区文化共享' });
    expect(await t.code(RECAT, { id, c: 'CULTURE_SHARING' }, w.staff.token)).toBe('BAD_USER_INPUT');
    expect(await t.code(RECAT, { id, c: 'COMMUNITY_AFFAIRS' }, w.otherStaff.token)).toBe('FORBIDDEN');
    expect(await t.code(RECAT, { id, c: 'COMMUNITY_AFFAIRS' }, w.residents[2].token)).toBe('FORBIDDEN');
    const waiting = await submit(t, w.residents[2].token, w.zoneId);
    expect(await t.code(RECAT, { id: waiting, c: 'COMMUNITY_AFFAIRS' }, w.staff.token)).toBe('CONFLICT');
  });
});
