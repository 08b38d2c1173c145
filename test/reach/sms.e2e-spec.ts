import { LoggingSmsSender } from '@app/auth/sms.sender';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { SmsMessageEntity } from '@app/notifications/reach.entities';
import { shanghaiDay } from '@app/common/shanghai-time';
import { useWorld } from '../support/suite';
import { accepted, ACCEPT, REJECT, submit } from '../needs/needs-helpers';
import { CLOSE as CLOSE_SURVEY, CREATE_SURVEY } from '../evaluation/evaluation-helpers';
import { acceptedNeed, CLAIM, Walk } from '../projects/helpers';
import { Actor } from '../support/world';

const PREFS = '{ myNotificationPrefs { sms digest } }';
const SET_PREFS = 'mutation($sms: Boolean, $digest: DigestFrequency) { updateMyNotificationPrefs(sms: $sms, digest: $digest) { sms digest } }';
const LIST = '{ myNotifications(first: 50) { edges { node { kind title link } } } }';

describe('reaching people: links, SMS and digests, survey links', () => {
  const { t, w } = useWorld({ residents: 6 });
  const gateway = () => t.app.get(LoggingSmsSender);
  const textsTo = (phone: string) => gateway().texts.filter((x) => x.phone === phone);
  const smsOn = (token: string, digest = 'OFF') => t.ok(SET_PREFS, { sms: true, digest }, token);

  beforeEach(() => {
    gateway().texts.length = 0;
  });

  describe('notification prefs', () => {
    it('are off until the person turns them on, and are the person’s own', async () => {
      const [a, b] = w.residents;
      expect((await t.ok(PREFS, {}, a.token)).myNotificationPrefs).toEqual({ sms: false, digest: 'OFF' });
      expect((await t.ok(SET_PREFS, { sms: true }, a.token)).updateMyNotificationPrefs).toEqual({ sms: true, digest: 'OFF' });
      expect((await t.ok(SET_PREFS, { digest: 'WEEKLY' }, a.token)).updateMyNotificationPrefs).toEqual({ sms: true, digest: 'WEEKLY' });
      expect((await t.ok(PREFS, {}, a.token)).myNotificationPrefs).toEqual({ sms: true, digest: 'WEEKLY' });
      expect((await t.ok(PREFS, {}, b.token)).myNotificationPrefs).toEqual({ sms: false, digest: 'OFF' });
      await t.ok(SET_PREFS, { sms: false, digest: 'OFF' }, a.token);
    });

    it('need a signed-in person and a known digest frequency', async () => {
      expect(await t.code(PREFS, {})).toBe('UNAUTHENTICATED');
      expect(await t.code(SET_PREFS, { sms: true })).toBe('UNAUTHENTICATED');
      const r = await t.gql(SET_PREFS, { digest: 'HOURLY' }, w.residents[0].token);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('notifications lead somewhere', () => {
    it('a reviewed need’s notification links to the need; only people with SMS on get a text, naming nobody else', async () => {
      const [a, b] = w.residents;
      await smsOn(a.token);
      const na = await submit(t, a.token, w.zoneId, { title: '楼道里装扶手' });
      const nb = await submit(t, b.token, w.zoneId, { title: '想学太极拳' });
      await t.ok(ACCEPT, { id: na, c: 'COMMUNITY_AFFAIRS' }, w.staff.token);
      await t.ok(REJECT, { id: nb, r: '已有同类活动' }, w.staff.token);
      await t.drainJobs();

      const mine = (await t.ok(LIST, {}, a.token)).myNotifications.edges.map((e: any) => e.node);
      expect(mine).toContainEqual({ kind: 'need-accepted', title: '你的需求已纳入需求菜单', link: `/needs/${na}` });
      const theirs = (await t.ok(LIST, {}, b.token)).myNotifications.edges.map((e: any) => e.node);
      expect(theirs).toContainEqual({ kind: 'need-rejected', title: '你的需求未被采纳', link: `/needs/${nb}` });

      const texts = textsTo(a.phone!);
      expect(texts).toHaveLength(1);
      expect(texts[0].template).toBe('need-accepted');
      expect(texts[0].text).toMatch(new RegExp(`^【金色纽带】你的需求已纳入需求菜单。详情:http://127\\.0\\.0\\.1:\\d+/needs/${na}$`));
      expect(textsTo(b.phone!)).toEqual([]); // b never turned SMS on
      expect(gateway().texts.every((x) => !x.text.includes(b.phone!) && !x.text.includes('王小'))).toBe(true);
    });

    it('residents hear when their need becomes part of a project and when that project is claimed', async () => {
      const [, , c, d] = w.residents;
      const needId = await accepted(t, c.token, w.staff.token, w.zoneId);
      await t.ok('mutation($id: ID!) { supportNeed(needId: $id) { id } }', { id: needId }, d.token);
      const walk = new Walk(t, w);
      const projectId = await walk.published({ sourceNeedIds: [needId] });
      await t.ok(CLAIM, { id: projectId, unitId: String(w.units[1]), pledge: '派出志愿者 6 名' }, w.unitAdmins[1].token);
      await t.drainJobs();
      const author = (await t.ok(LIST, {}, c.token)).myNotifications.edges.map((e: any) => e.node);
      expect(author).toContainEqual({ kind: 'need-in-project', title: '你的需求已立项', link: `/needs/${needId}` });
      expect(author).toContainEqual({ kind: 'need-claimed', title: '你关心的项目已被认领', link: `/projects/${projectId}` });
      const supporter = (await t.ok(LIST, {}, d.token)).myNotifications.edges.map((e: any) => e.node);
      expect(supporter).toContainEqual({ kind: 'need-claimed', title: '你关心的项目已被认领', link: `/projects/${projectId}` });
      const staff = (await t.ok(LIST, {}, w.staff.token)).myNotifications.edges.map((e: any) => e.node);
      expect(staff).toContainEqual({ kind: 'project-claimed', title: '项目已被认领', link: `/projects/${projectId}` });
    });
  });

  describe('the daily cap and digests', () => {
    it('sends at most three texts a person a day; the rest stay in the app', async () => {
      const e = w.residents[4];
      await smsOn(e.token);
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await submit(t, e.token, w.zoneId, { title: `第${i + 1}个想法` }));
      for (const id of ids) await t.ok(ACCEPT, { id, c: 'CULTURE_SHARING' }, w.staff.token);
      await t.drainJobs();
      expect(textsTo(e.phone!)).toHaveLength(3);
      const inApp = (await t.ok(LIST, {}, e.token)).myNotifications.edges.filter((x: any) => x.node.kind === 'need-accepted');
      expect(inApp).toHaveLength(5);
      const slots = await t.db.getRepository(SmsMessageEntity).find({ where: { userId: e.id }, order: { slot: 'ASC' } });
      expect(slots.map((s) => [s.slot, s.day, s.state])).toEqual([1, 2, 3].map((n) => [n, shanghaiDay(new Date()), 'SENT']));
    });

    it('a daily digest collects the day’s other notifications in one text, once, and keeps a slot for itself', async () => {
      const f = w.residents[5];
      await smsOn(f.token, 'DAILY');
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(await submit(t, f.token, w.zoneId, { title: `汇总测试${i + 1}` }));
      for (const id of ids) await t.ok(ACCEPT, { id, c: 'CULTURE_SHARING' }, w.staff.token);
      await t.drainJobs();
      expect(textsTo(f.phone!)).toHaveLength(2); // the third slot waits for the digest

      const day = shanghaiDay(new Date());
      for (let i = 0; i < 2; i++) {
        await t.app.get(JobsService).enqueue(null, JobName.SendDigests, { frequency: 'DAILY', day });
        await t.drainJobs();
      }
      const texts = textsTo(f.phone!);
      expect(texts).toHaveLength(3);
      expect(texts[2].template).toBe('digest');
      // the two accepted needs that were not texted, counted by kind; no titles
      expect(texts[2].text).toMatch(/^【金色纽带】\d\d月\d\d日您有 2 条新消息\(需求进展 2 条\),详情:http:\/\/127\.0\.0\.1:\d+\/notifications$/);
      expect(texts[2].text).not.toContain('汇总测试');
      // a weekly digest is a different period and frequency: nobody here asked for it
      await t.app.get(JobsService).enqueue(null, JobName.SendDigests, { frequency: 'WEEKLY', day });
      await t.drainJobs();
      expect(textsTo(f.phone!)).toHaveLength(3);
    });
  });

  describe('survey links', () => {
    /** a survey of a COMPLETED project (through the pipeline) whose source need the person submitted */
    const surveyFor = async (submitter: Actor) => {
      const sourceNeedIds = [String(await acceptedNeed(t, w.zoneId, submitter, 'COMMUNITY_AFFAIRS'))];
      const id = await new Walk(t, w).started(
        { title: '楼道微更新', category: 'COMMUNITY_AFFAIRS', sourceNeedIds },
        [{ unit: 0, funds: 50_000, reports: [{ funds: 30_000, beneficiaries: 120 }] }],
        true,
      );
      const p = { id };
      const s = (await t.ok(CREATE_SURVEY, { input: { projectId: String(p.id), method: 'QUESTIONNAIRE', questions: [] } }, w.staff.token)).createSurvey;
      await t.drainJobs();
      return s.id as string;
    };
    const tokenIn = (text: string) => /\/s\/([a-z0-9]+)$/.exec(text)?.[1];

    it('an invitation text carries a short link that opens that survey, and nothing else', async () => {
      const [a, b] = w.residents;
      await smsOn(a.token);
      await smsOn(b.token);
      const s1 = await surveyFor(a);
      const s2 = await surveyFor(b);
      const [ta] = textsTo(a.phone!).filter((x) => x.template === 'survey-invite');
      const [tb] = textsTo(b.phone!).filter((x) => x.template === 'survey-invite');
      expect(ta.text).toMatch(/^【金色纽带】邀请您评价项目「楼道微更新」。详情:http:\/\/127\.0\.0\.1:\d+\/s\/[a-z0-9]{12}$/);
      const tokenA = tokenIn(ta.text)!;
      const tokenB = tokenIn(tb.text)!;
      expect(tokenA).not.toBe(tokenB);
      // the token says nothing about the person or the survey
      expect(tokenA).not.toContain(String(a.id));
      expect(ta.text).not.toContain(a.phone!.slice(-4));

      const open = await t.http.get(`/s/${tokenA}`);
      expect(open.status).toBe(302);
      expect(open.headers.location).toBe(`/surveys/${s1}`);
      expect((await t.http.get(`/s/${tokenB}`)).headers.location).toBe(`/surveys/${s2}`);
      // in-app, the invitation links to the survey page itself
      const inApp = (await t.ok(LIST, {}, a.token)).myNotifications.edges.map((e: any) => e.node);
      expect(inApp).toContainEqual({ kind: 'survey-invite', title: '邀请您评价项目「楼道微更新」', link: `/surveys/${s1}` });

      // single-purpose: not a sign-in, and an unknown or altered token opens nothing
      expect(await t.code('{ me { id } }', {}, tokenA)).toBe('UNAUTHENTICATED');
      const altered = tokenA.slice(0, -1) + (tokenA.endsWith('x') ? 'y' : 'x'); // one character changed, never the token itself
      expect((await t.http.get(`/s/${altered}`)).status).toBe(404);
      expect((await t.http.get('/s/../graphql')).status).not.toBe(302);
      const unknown = await t.http.get('/s/abcdefghijkm');
      expect(unknown.status).toBe(404);
      expect(unknown.text).toContain('链接无效');
    });

    it('expires with the survey', async () => {
      const c = w.residents[2];
      await smsOn(c.token);
      const s = await surveyFor(c);
      const token = tokenIn(textsTo(c.phone!).find((x) => x.template === 'survey-invite')!.text)!;
      expect((await t.http.get(`/s/${token}`)).status).toBe(302);
      await t.ok(CLOSE_SURVEY, { id: s }, w.staff.token);
      const closed = await t.http.get(`/s/${token}`);
      expect(closed.status).toBe(410);
      expect(closed.text).toContain('问卷已结束');
      expect(closed.text).not.toContain(`/surveys/${s}`);
    });
  });

  describe('names on records', () => {
    it('staff, board and unit names show whole; residents stay masked', async () => {
      const needId = await submit(t, w.residents[1].token, w.zoneId);
      await t.ok(ACCEPT, { id: needId, c: 'PUBLIC_SERVICE' }, w.staff.token);
      const q = `query($id: ID!) { need(id: $id) { submitter { displayName phone } history { actor { displayName phone } } } }`;
      const seen = (await t.ok(q, { id: needId }, w.residents[0].token)).need;
      expect(seen.submitter).toEqual({ displayName: expect.stringMatching(/^王\*+$/), phone: expect.stringMatching(/^139\*{4}\d{4}$/) });
      // the author reads the history: the reviewing staff member by name, phone still masked
      const own = (await t.ok(q, { id: needId }, w.residents[1].token)).need;
      const review = own.history.find((h: any) => h.actor.displayName === '张社工');
      expect(review).toBeDefined();
      expect(review.actor.phone).toBeNull();
      const walk = new Walk(t, w);
      const projectId = await walk.resolved();
      const tally = (await t.ok(`query($id: ID!) { project(id: $id) { votes { voter { displayName } } timeline { actor { displayName } } } }`, { id: projectId }, w.board[0].token)).project;
      expect(tally.votes.map((v: any) => v.voter.displayName).sort()).toEqual(['理事1', '理事2']);
      expect(tally.timeline.map((x: any) => x.actor.displayName)).toContain('张社工');
    });
  });

  it('every notification written by these flows carries a link', async () => {
    const rows = await t.db.getRepository(NotificationEntity).find();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !r.link).map((r) => r.kind)).toEqual([]);
  });
});
