import { useWorld } from '../support/suite';
import { ClassifierExampleEntity } from '@app/needs/needs.entities';
import { ACCEPT, MERGE, submit } from './needs-helpers';

const SUGGESTIONS = `query($id: ID!) { need(id: $id) { id title content suggestedCategory suggestedConfidence suggestions { category confidence because } } }`;
const REPORT = `query($z: ID!) { classifierReport(zoneId: $z) { decisions top1Rate top2Rate confusion { suggested decided count } } }`;

type Suggestion = { category: string; confidence: number; because: string[] };

// the first classification in a process trains the shipped model, and each test waits for background jobs
jest.setTimeout(180_000);

describe('needs: category suggestions and the classifier report', () => {
  const { t, w } = useWorld();

  /** The need as `token` sees it (staff of its zone), once the background job has classified it: a busy machine may take a while. */
  const suggestionsOf = async (id: string, token = w.staff.token) => {
    for (let i = 0; i < 120; i++) {
      const need = (await t.ok(SUGGESTIONS, { id }, token)).need;
      if (need.suggestions.length > 0) return need;
      await new Promise((r) => setTimeout(r, 500));
    }
    return (await t.ok(SUGGESTIONS, { id }, token)).need;
  };
  /** The need as someone who is not staff of its zone sees it. */
  const seenBy = async (id: string, token: string) => (await t.ok(SUGGESTIONS, { id }, token)).need;
  const pOf = (s: Suggestion[], category: string) => s.find((x) => x.category === category)?.confidence ?? 0;

  it('a new need gets its three best categories with the words that weighed most; staff of the zone see them', async () => {
    const id = await submit(t, w.residents[0].token, w.zoneId, { title: '楼里电梯老是坏', content: '我们楼的电梯三天两头停运,老人上下楼很困难,希望尽快维修' });
    await t.drainJobs(90_000);
    const need = await suggestionsOf(id);
    expect(need.suggestions).toHaveLength(3);
    expect(need.suggestions[0].category).toBe(need.suggestedCategory);
    expect(need.suggestions[0].category).toBe('COMMUNITY_AFFAIRS');
    expect(need.suggestions[0].confidence).toBeCloseTo(need.suggestedConfidence, 4);
    for (let i = 1; i < 3; i++) expect(need.suggestions[i - 1].confidence).toBeGreaterThanOrEqual(need.suggestions[i].confidence);
    expect(need.suggestions[0].because).toContain('电梯');
    const text = `${need.title} ${need.content}`;
    for (const s of need.suggestions as Suggestion[]) for (const word of s.because) expect(text).toContain(word);
    // the submitter, and once it is in the menu other people, do not see them
    expect((await seenBy(id, w.residents[0].token)).suggestions).toEqual([]);
    await t.ok(ACCEPT, { id, c: 'COMMUNITY_AFFAIRS' }, w.staff.token);
    expect((await seenBy(id, w.residents[2].token)).suggestions).toEqual([]);
    expect((await seenBy(id, w.otherStaff.token)).suggestions).toEqual([]);
  });

  it('classifierReport: how often staff chose the first or one of the first two suggestions, and the confusion matrix', async () => {
    await t.drainJobs(); // decisions of the tests before this one are recorded by a job
    const before = (await t.ok(REPORT, { z: String(w.zoneId) }, w.staff.token)).classifierReport;
    const needs = [
      { title: '评选最美楼组', content: '建议今年评选最美楼组并表彰', decided: 'CREATION_SELECTION' },
      { title: '周末读书会', content: '想在社区图书室办周末读书会', decided: 'CULTURE_SHARING' },
      { title: '楼道堆物', content: '楼道里堆满杂物,请物业清理', decided: 'SOCIAL_MANAGEMENT' },
    ];
    const ids: string[] = [];
    for (const n of needs) ids.push(await submit(t, w.residents[1].token, w.zoneId, { title: n.title, content: n.content }));
    await t.drainJobs(90_000);
    const suggested: Suggestion[][] = [];
    for (const id of ids) suggested.push((await suggestionsOf(id)).suggestions);
    for (let i = 0; i < ids.length; i++) await t.ok(ACCEPT, { id: ids[i], c: needs[i].decided }, w.staff.token);
    await t.drainJobs(90_000);

    // decisions are learnt by background jobs: wait until the three are counted
    let r = (await t.ok(REPORT, { z: String(w.zoneId) }, w.staff.token)).classifierReport;
    for (let i = 0; i < 120 && r.decisions < before.decisions + 3; i++) {
      await new Promise((ok) => setTimeout(ok, 500));
      r = (await t.ok(REPORT, { z: String(w.zoneId) }, w.staff.token)).classifierReport;
    }
    expect(r.decisions).toBe(before.decisions + 3);
    const top1 = needs.filter((n, i) => suggested[i][0].category === n.decided).length;
    const top2 = needs.filter((n, i) => suggested[i].slice(0, 2).some((s) => s.category === n.decided)).length;
    const prevTop1 = Math.round(before.top1Rate * before.decisions);
    const prevTop2 = Math.round(before.top2Rate * before.decisions);
    expect(r.top1Rate).toBeCloseTo((prevTop1 + top1) / r.decisions, 6);
    expect(r.top2Rate).toBeCloseTo((prevTop2 + top2) / r.decisions, 6);
    expect(r.confusion.reduce((a: number, c: { count: number }) => a + c.count, 0)).toBe(r.decisions);
    const cell = r.confusion.find((c: { suggested: string; decided: string }) => c.suggested === suggested[0][0].category && c.decided === 'CREATION_SELECTION');
    expect(cell.count).toBeGreaterThanOrEqual(1);
  });

  it('classifierReport is for staff of the zone only', async () => {
    expect(await t.code(REPORT, { z: String(w.zoneId) }, w.otherStaff.token)).toBe('FORBIDDEN');
    expect(await t.code(REPORT, { z: String(w.zoneId) }, w.residents[0].token)).toBe('FORBIDDEN');
    expect(await t.code(REPORT, { z: String(w.zoneId) })).toBe('UNAUTHENTICATED');
    const other = (await t.ok(REPORT, { z: String(w.otherZoneId) }, w.otherStaff.token)).classifierReport;
    expect(other).toEqual({ decisions: 0, top1Rate: 0, top2Rate: 0, confusion: [] });
  });

  it('merging a need into one already in the menu is a decision the classifier learns', async () => {
    const target = await submit(t, w.residents[0].token, w.zoneId, { title: '加装电梯', content: '老公房没有电梯,希望加装' });
    await t.ok(ACCEPT, { id: target, c: 'COMMUNITY_AFFAIRS' }, w.staff.token);
    const dup = await submit(t, w.residents[1].token, w.zoneId, { title: '我们楼也想装电梯', content: '六楼老人爬楼太累' });
    await t.ok(MERGE, { id: dup, into: target }, w.staff.token);
    await t.drainJobs(90_000);
    expect(await t.db.getRepository(ClassifierExampleEntity).findOneBy({ needId: Number(dup) })).toMatchObject({ category: 'COMMUNITY_AFFAIRS', source: 'staff', zoneId: w.zoneId });
  });

  it("a zone's suggestions follow its own habits within a few dozen decisions, and only that zone's", async () => {
    const probe = { title: '家里水管漏水', content: '厨房水管一直滴水,想请师傅上门修一修' };
    const first = await submit(t, w.residents[0].token, w.zoneId, probe);
    const otherFirst = await submit(t, w.residents[0].token, w.otherZoneId, probe);
    await t.drainJobs(90_000);
    const before = (await suggestionsOf(first)).suggestions;
    const otherBefore = (await suggestionsOf(otherFirst, w.otherStaff.token)).suggestions;
    expect(before[0].category).toBe('PUBLIC_SERVICE');

    // this zone files home plumbing repairs under 社区公共事务
    const texts = ['卫生间水管坏了', '水管老化经常漏水', '楼上水管漏到我家', '阳台水管冻裂了', '水管接头在滴水', '洗衣机水管爆了'];
    for (let i = 0; i < 24; i++) {
      const id = await submit(t, w.residents[1 + (i % 2)].token, w.zoneId, { title: texts[i % texts.length], content: `${texts[(i + 1) % texts.length]},请人来修一下(${i})` });
      await t.ok(ACCEPT, { id, c: 'COMMUNITY_AFFAIRS' }, w.staff.token);
    }
    // a long drain: 24 decisions make ~70 jobs, and none may be left for the next file on this worker
    await t.drainJobs(90_000);
    const learnt = () => t.db.getRepository(ClassifierExampleEntity).count({ where: { zoneId: w.zoneId, source: 'staff', category: 'COMMUNITY_AFFAIRS' } });
    for (let i = 0; i < 120 && (await learnt()) < 24; i++) await new Promise((ok) => setTimeout(ok, 500));

    const again = await submit(t, w.residents[0].token, w.zoneId, probe);
    const otherAgain = await submit(t, w.residents[0].token, w.otherZoneId, probe);
    await t.drainJobs(90_000);
    const after = (await suggestionsOf(again)).suggestions;
    expect(pOf(after, 'COMMUNITY_AFFAIRS')).toBeGreaterThan(pOf(before, 'COMMUNITY_AFFAIRS') + 0.2);
    expect(after.slice(0, 2).map((s: Suggestion) => s.category)).toContain('COMMUNITY_AFFAIRS');
    expect(after.find((s: Suggestion) => s.category === 'COMMUNITY_AFFAIRS').because).toContain('水管');
    // the other zone made no such decisions: its suggestion did not move
    expect((await suggestionsOf(otherAgain, w.otherStaff.token)).suggestions).toEqual(otherBefore);
  });
});
