import { firstError, useWorld } from '../support/suite';
import { UserEntity } from '@app/auth/auth.entities';
import { NEED, RECORD } from '../needs/needs-helpers';

/** Issue 13, bug 2: hotline and reception callers are often elderly — landlines, or no phone at all. */
describe('recordNeed for callers with a landline or without a phone', () => {
  const { t, w } = useWorld();
  const rec = (over: Record<string, unknown> = {}) => ({
    input: { zoneId: String(w.zoneId), kind: 'MICRO_WISH', channel: 'HOTLINE', title: '楼道扶手松了', content: '三号楼楼道扶手松动，老人上下楼不安全', onBehalfOfName: '钱阿婆', ...over },
  });

  it('accepts a landline as 021-58881234 (also written without the dash or with brackets) and finds the caller by it again', async () => {
    const a = await t.ok(RECORD, rec({ onBehalfOfPhone: '021-58881234' }), w.staff.token);
    expect(a.recordNeed).toMatchObject({ channel: 'HOTLINE', status: 'SUBMITTED' });
    expect(a.recordNeed.submitter.phone).toBe('021-58881234'); // staff see the number to call back
    const b = await t.ok(RECORD, rec({ onBehalfOfPhone: '（021）58881234', title: '想学用智能手机' }), w.staff.token);
    const c = await t.ok(RECORD, rec({ onBehalfOfPhone: '02158881234', title: '希望有助餐点' }), w.staff.token);
    expect(new Set([a, b, c].map((d) => d.recordNeed.submitter.id)).size).toBe(1);
    expect(await t.db.getRepository(UserEntity).count({ where: { phone: '021-58881234' } })).toBe(1);
  });

  it('accepts no phone at all with a name and an address note, kept in the history staff read', async () => {
    const d = await t.ok(RECORD, rec({ onBehalfOfPhone: null, onBehalfOfAddress: '福山居民区 3 号楼 502 室', channel: 'RECEPTION' }), w.staff.token);
    expect(d.recordNeed.status).toBe('SUBMITTED');
    const person = await t.db.getRepository(UserEntity).findOneByOrFail({ id: Number(d.recordNeed.submitter.id) });
    expect([person.displayName, person.phone]).toEqual(['钱阿婆', null]);
    const h = await t.ok(NEED, { id: d.recordNeed.id }, w.staff.token);
    expect(h.need.history[0]).toMatchObject({ action: 'record', note: '无电话；住址：福山居民区 3 号楼 502 室' });
    // an empty phone string counts as none
    const e = await t.ok(RECORD, rec({ onBehalfOfPhone: '  ', onBehalfOfAddress: '建工大厦门卫室转交', title: '门卫室转交' }), w.staff.token);
    expect(e.recordNeed.submitter.id).not.toBe(d.recordNeed.submitter.id);
  });

  it('refuses neither phone nor address, and numbers that are neither mobile nor landline, naming the field', async () => {
    for (const [over, field, words] of [
      [{ onBehalfOfPhone: null }, 'onBehalfOfAddress', '没有电话时，请填写住址'],
      [{ onBehalfOfPhone: '5888' }, 'onBehalfOfPhone', '手机号或固定电话'],
      [{ onBehalfOfPhone: '1234-5678901' }, 'onBehalfOfPhone', '手机号或固定电话'],
    ] as const) {
      const e = await firstError(t, RECORD, rec(over), w.staff.token);
      expect([e.extensions?.code, e.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
      expect(e.message).toContain(words);
    }
  });
});
