import { shanghaiDay } from '@app/common/shanghai-time';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { useWorld } from '../support/suite';
import { otherZoneWorld, Walk } from '../support/projects';

const CREATE_COMMITTEE = `mutation($z: ID!, $name: String!, $cats: [NeedCategory!]!, $chair: ID, $members: [ID!]!) {
  createCommittee(zoneId: $z, name: $name, categories: $cats, chairUnitId: $chair, memberUnitIds: $members) {
    id name categories chairUnit { id } members { id } zone { id } workload { category openNeeds openProjects }
  }
}`;
const ZONE = `query($z: ID!) { zone(id: $z) { committees { id name } presidency { unit { id name } startsOn endsOn } presidencies { unit { id } startsOn endsOn } } }`;
const SET_PRESIDENCY = `mutation($z: ID!, $u: ID!, $s: Date!, $e: Date!) { setPresidency(zoneId: $z, unitId: $u, startsOn: $s, endsOn: $e) { unit { id } startsOn endsOn } }`;
const SCHEDULE = `mutation($z: ID!, $kind: MeetingKind!, $title: String!, $at: DateTime!, $agenda: String!, $projects: [ID!]) {
  scheduleMeeting(zoneId: $z, kind: $kind, title: $title, at: $at, agenda: $agenda, projectIds: $projects) {
    id kind title agenda minutes invitees { id } attendees { id } projects { id title }
  }
}`;
const MINUTES = `mutation($m: ID!, $minutes: String!, $units: [ID!]!) { recordMinutes(meetingId: $m, minutes: $minutes, attendeeUnitIds: $units) { id minutes attendees { id } } }`;
const MEETING = `query($m: ID!) { meeting(id: $m) { id minutes attendees { id } projects { id } } }`;
const MEETINGS = `query($z: ID!, $first: Int, $after: String) { meetings(zoneId: $z, first: $first, after: $after) { totalCount edges { node { id title } cursor } pageInfo { hasNextPage endCursor } } }`;
const PROJECT_MEETINGS = `query($p: ID!) { project(id: $p) { id meetings { id title kind } } }`;

const ids = (list: { id: string }[]) => list.map((x) => Number(x.id)).sort((a, b) => a - b);

describe('council governance (专业委员会, 轮值会长, 会议)', () => {
  const { t, w } = useWorld({ units: 4 });

  describe('professional committees', () => {
    it('staff set up a committee with its categories, chair and members; the zone lists it with its workload', async () => {
      await new Walk(t, w).inProgress({ category: 'PUBLIC_SERVICE' });
      await new Walk(t, w).completed({ category: 'PUBLIC_SERVICE' });
      const r = await t.ok(
        CREATE_COMMITTEE,
        { z: String(w.zoneId), name: '公共服务专业委员会', cats: ['PUBLIC_SERVICE', 'SOCIAL_MANAGEMENT'], chair: String(w.units[0]), members: [String(w.units[1])] },
        w.staff.token,
      );
      const c = r.createCommittee;
      expect(c).toMatchObject({ name: '公共服务专业委员会', categories: ['PUBLIC_SERVICE', 'SOCIAL_MANAGEMENT'], chairUnit: { id: String(w.units[0]) }, zone: { id: String(w.zoneId) } });
      expect(ids(c.members)).toEqual([w.units[0], w.units[1]].sort((a, b) => a - b)); // the chair is a member
      expect(c.workload).toEqual([
        { category: 'PUBLIC_SERVICE', openNeeds: 0, openProjects: 1 }, // the completed one is not open work
        { category: 'SOCIAL_MANAGEMENT', openNeeds: 0, openProjects: 0 },
      ]);
      const zone = await t.ok(ZONE, { z: String(w.zoneId) });
      expect(zone.zone.committees.map((x: { name: string }) => x.name)).toContain('公共服务专业委员会');
    });

    it('refuses an eighth committee, a duplicate name, units of another zone and other callers', async () => {
      const make = (name: string, token = w.staff.token, members = [String(w.units[2])]) =>
        t.gql(CREATE_COMMITTEE, { z: String(w.zoneId), name, cats: ['CULTURE_SHARING'], chair: null, members }, token);
      expect((await make('公共服务专业委员会')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
      const stray = await make('外片区委员会', w.staff.token, [String(w.otherZoneUnit)]);
      expect(stray.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberUnitIds' });
      expect((await make('居民委员会', w.residents[0].token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await make('别区委员会', w.otherStaff.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await make('理事委员会', w.board[0].token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      for (let i = 2; i <= 7; i++) expect((await make(`第${i}专业委员会`)).errors).toBeUndefined();
      const eighth = await make('第八专业委员会');
      expect(eighth.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(eighth.errors?.[0].message).toContain('7');
      const zone = await t.ok(ZONE, { z: String(w.zoneId) });
      expect(zone.zone.committees).toHaveLength(7);
    });
  });

  describe('the rotating president', () => {
    it('keeps a rota of periods that never overlap; the zone shows the one in force today', async () => {
      const z = String(w.zoneId);
      const today = shanghaiDay(new Date());
      const year = Number(today.slice(0, 4));
      await t.ok(SET_PRESIDENCY, { z, u: String(w.units[0]), s: `${year - 1}-01-01`, e: `${year - 1}-12-31` }, w.staff.token);
      await t.ok(SET_PRESIDENCY, { z, u: String(w.units[1]), s: `${year}-01-01`, e: `${year}-12-31` }, w.staff.token);
      const zone = await t.ok(ZONE, { z });
      expect(zone.zone.presidency).toMatchObject({ unit: { id: String(w.units[1]) }, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });
      expect(zone.zone.presidencies.map((p: { unit: { id: string } }) => Number(p.unit.id))).toEqual([w.units[0], w.units[1]]);

      // a period that touches the current one by a single day is refused, naming the holder
      const r = await t.gql(SET_PRESIDENCY, { z, u: String(w.units[2]), s: `${year}-12-31`, e: `${year + 1}-06-30` }, w.staff.token);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', overlappingUnitId: String(w.units[1]), overlappingStartsOn: `${year}-01-01` });
      expect(r.errors?.[0].message).toContain('成员单位2');
      // the day after is fine
      await t.ok(SET_PRESIDENCY, { z, u: String(w.units[2]), s: `${year + 1}-01-01`, e: `${year + 1}-06-30` }, w.staff.token);
    });

    it('refuses backwards periods, bad days and other callers', async () => {
      const z = String(w.zoneId);
      const back = await t.gql(SET_PRESIDENCY, { z, u: String(w.units[0]), s: '2040-05-01', e: '2040-04-30' }, w.staff.token);
      expect(back.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
      const bad = await t.gql(SET_PRESIDENCY, { z, u: String(w.units[0]), s: '2040-02-30', e: '2040-04-30' }, w.staff.token);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await t.code(SET_PRESIDENCY, { z, u: String(w.units[0]), s: '2041-01-01', e: '2041-02-01' }, w.otherStaff.token)).toBe('FORBIDDEN');
      expect(await t.code(SET_PRESIDENCY, { z, u: String(w.otherZoneUnit), s: '2041-01-01', e: '2041-02-01' }, w.staff.token)).toBe('BAD_USER_INPUT');
    });

    it('two overlapping periods set at the same moment: exactly one is kept', async () => {
      const z = String(w.zoneId);
      const racing = await Promise.all(
        [0, 1, 2, 3].map((i) => t.gql(SET_PRESIDENCY, { z, u: String(w.units[i]), s: `2050-0${i + 1}-01`, e: '2050-12-31' }, w.staff.token)),
      );
      expect(racing.filter((r) => !r.errors)).toHaveLength(1);
      expect(racing.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(3);
      const zone = await t.ok(ZONE, { z });
      expect(zone.zone.presidencies.filter((p: { startsOn: string }) => p.startsOn.startsWith('2050'))).toHaveLength(1);
    });
  });

  describe('meetings', () => {
    let meetingId: string;
    let projectId: number;

    it('staff schedule a joint conference on projects; every member unit is invited and told', async () => {
      projectId = Number(await new Walk(t, w).published({ title: '金秋助学', category: 'COMMUNITY_AFFAIRS' }));
      const r = await t.ok(
        SCHEDULE,
        {
          z: String(w.zoneId),
          kind: 'JOINT_CONFERENCE',
          title: '2026年第四季度联席会议',
          at: '2026-12-18T06:30:00.000Z',
          agenda: '一、金秋助学项目进展；二、下季度需求菜单',
          projects: [String(projectId)],
        },
        w.staff.token,
      );
      const m = r.scheduleMeeting;
      meetingId = m.id;
      expect(m).toMatchObject({ kind: 'JOINT_CONFERENCE', minutes: null, attendees: [], projects: [{ id: String(projectId), title: '金秋助学' }] });
      expect(ids(m.invitees)).toEqual([...w.units].sort((a, b) => a - b));

      await t.drainJobs();
      const told = await t.db.getRepository(NotificationEntity).find({ where: { kind: 'meeting-scheduled' } });
      expect(told.map((n) => n.userId).sort((a, b) => a - b)).toEqual(w.unitAdmins.map((a) => a.id).sort((a, b) => a - b));
      expect(told[0].title).toContain('2026年第四季度联席会议');
      expect(told[0].body).toContain('2026-12-18 14:30'); // Shanghai time
    });

    it('the project shows the meetings that discussed it to the council, and nothing to the public', async () => {
      const staff = await t.ok(PROJECT_MEETINGS, { p: String(projectId) }, w.staff.token);
      expect(staff.project.meetings).toEqual([{ id: meetingId, title: '2026年第四季度联席会议', kind: 'JOINT_CONFERENCE' }]);
      const anonymous = await t.ok(PROJECT_MEETINGS, { p: String(projectId) });
      expect(anonymous.project.meetings).toEqual([]);
    });

    it('council roles of the zone read meetings; residents and other zones do not', async () => {
      for (const reader of [w.staff, w.board[0], w.party, w.unitAdmins[0], w.admin]) {
        expect((await t.ok(MEETING, { m: meetingId }, reader.token)).meeting.id).toBe(meetingId);
      }
      expect(await t.code(MEETING, { m: meetingId }, w.residents[0].token)).toBe('FORBIDDEN');
      expect(await t.code(MEETING, { m: meetingId }, w.otherStaff.token)).toBe('FORBIDDEN');
      expect(await t.code(MEETINGS, { z: String(w.zoneId) }, w.residents[0].token)).toBe('FORBIDDEN');
      expect(await t.code(MEETING, { m: meetingId })).toBe('UNAUTHENTICATED');
    });

    it('staff record the minutes and who attended; concurrent saves leave one whole version', async () => {
      const first = await t.ok(MINUTES, { m: meetingId, minutes: '会议听取了金秋助学项目进展汇报。', units: [String(w.units[0]), String(w.units[1])] }, w.staff.token);
      expect(ids(first.recordMinutes.attendees)).toEqual([w.units[0], w.units[1]].sort((a, b) => a - b));

      const versions = w.units.map((u, i) => ({ minutes: `第${i + 1}稿：会议决定继续推进金秋助学。`, units: [String(u)] }));
      const saves = await Promise.all(versions.map((v) => t.gql(MINUTES, { m: meetingId, ...v }, w.staff.token)));
      expect(saves.every((s) => !s.errors)).toBe(true);
      const now = (await t.ok(MEETING, { m: meetingId }, w.staff.token)).meeting;
      const which = versions.findIndex((v) => v.minutes === now.minutes);
      expect(which).toBeGreaterThanOrEqual(0);
      // the attendance is the same version's, never a mix
      expect(ids(now.attendees)).toEqual([w.units[which]]);

      expect(await t.code(MINUTES, { m: meetingId, minutes: '居民写的纪要', units: [] }, w.residents[0].token)).toBe('FORBIDDEN');
      expect(await t.code(MINUTES, { m: meetingId, minutes: '理事写的纪要', units: [] }, w.board[0].token)).toBe('FORBIDDEN');
      expect(await t.code(MINUTES, { m: meetingId, minutes: '外单位', units: [String(w.otherZoneUnit)] }, w.staff.token)).toBe('BAD_USER_INPUT');
    });

    it('lists the zone’s meetings newest first, paged', async () => {
      for (const [i, at] of ['2026-03-20T02:00:00Z', '2026-06-20T02:00:00Z', '2026-09-20T02:00:00Z'].entries()) {
        await t.ok(SCHEDULE, { z: String(w.zoneId), kind: 'BOARD', title: `理事会会议${i + 1}`, at, agenda: '审议项目提议' }, w.staff.token);
      }
      const page1 = (await t.ok(MEETINGS, { z: String(w.zoneId), first: 2 }, w.board[0].token)).meetings;
      expect(page1.totalCount).toBe(4);
      expect(page1.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['2026年第四季度联席会议', '理事会会议3']);
      const page2 = (await t.ok(MEETINGS, { z: String(w.zoneId), first: 2, after: page1.pageInfo.endCursor }, w.board[0].token)).meetings;
      expect(page2.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['理事会会议2', '理事会会议1']);
      expect(page2.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses a committee meeting without its committee, projects of another zone and bad times', async () => {
      const z = String(w.zoneId);
      const noCommittee = await t.gql(SCHEDULE, { z, kind: 'COMMITTEE', title: '委员会例会', at: '2026-12-20T02:00:00Z', agenda: '工作量' }, w.staff.token);
      expect(noCommittee.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'committeeId' });
      const elsewhere = await new Walk(t, await otherZoneWorld(t, w)).completed({ category: 'COMMUNITY_AFFAIRS' });
      const stray = await t.gql(SCHEDULE, { z, kind: 'BOARD', title: '理事会', at: '2026-12-20T02:00:00Z', agenda: '审议', projects: [String(elsewhere)] }, w.staff.token);
      expect(stray.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectIds' });
      const badTime = await t.gql(SCHEDULE, { z, kind: 'BOARD', title: '理事会', at: 'next tuesday', agenda: '审议' }, w.staff.token);
      expect(badTime.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
