import { NEED_CATEGORIES, NeedCategory, NeedChannel, NeedStatus, ProjectStatus } from '@app/common/glossary';
import { wilsonInterval } from '@app/evaluation/scoring';
import { useWorld } from '../support/suite';
import { Actor, manyResidents } from '../support/world';
import { answersFor, CREATE_SURVEY, insertNeeds, insertProject, SUBMIT } from './evaluation-helpers';

const STATS = `query($z: ID!, $from: DateTime, $to: DateTime) { zoneStats(zoneId: $z, from: $from, to: $to) {
  zone { id name } from to needsReceived needsAccepted needsPending acceptanceRate
  needsByCategory { category count } needsByChannel { channel count } projectsTotal projectsByStatus { status count }
  unitsTakingPart partyMembersTakingPart beneficiaries fundsPledgedFen fundsSpentFen responses satisfactionRate satisfactionInterval { low high }
  satisfactionByCategory { category projects responses satisfied satisfactionRate satisfactionInterval { low high } }
} }`;

const Y2024 = new Date('2024-05-10T08:00:00Z');
const Y2025 = new Date('2025-03-15T08:00:00Z');
const FROM = '2025-01-01T00:00:00.000Z';
const TO = '2025-12-31T23:59:59.999Z';

/**
 * zoneStats is checked against figures rebuilt here from the raw rows (needs, projects, claims,
 * progress reports, volunteers, survey responses), for all time and for a period.
 */
describe('zone statistics reconcile with the rows', () => {
  const { t, w } = useWorld({ units: 4 });
  let people: Actor[];

  beforeAll(async () => {
    people = await manyResidents(t, 40, w.communityId);
    const channels: NeedChannel[] = ['APP', 'HALL', 'RECEPTION', 'VISIT', 'HOTLINE'];
    const statuses: NeedStatus[] = ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'MERGED', 'IN_PROJECT', 'FULFILLED', 'CLAIMED'];
    const rows = Array.from({ length: 61 }, (_, i) => ({
      channel: channels[i % 5],
      status: statuses[i % 7],
      category: i % 4 === 0 ? null : NEED_CATEGORIES[i % 7],
      createdAt: i % 3 === 0 ? Y2024 : Y2025,
    }));
    await insertNeeds(t, w.zoneId, w.residents[0].id, rows);
    await insertNeeds(t, w.otherZoneId, w.residents[0].id, [{ channel: 'APP', status: 'ACCEPTED', category: 'PUBLIC_SERVICE' }]);

    const [u0, u1, u2, u3] = w.units;
    const vol = (ids: number[], party: boolean) => ids.map((i) => ({ userId: people[i].id, isPartyMember: party }));
    // kept on insertProject (rows written straight in): the services cannot backdate projects to 2024/2025, which the period figures need
    const specs: Parameters<typeof insertProject>[2][] = [
      {
        category: 'PUBLIC_SERVICE', status: 'COMPLETED', createdAt: Y2025,
        claims: [
          { unitId: u0, pledgedFundsFen: 120_000, reports: [{ fundsSpentFen: 10_000, beneficiaries: 30 }, { fundsSpentFen: 55_000, beneficiaries: 140 }] },
          { unitId: u1, pledgedFundsFen: 30_000, reports: [{ fundsSpentFen: 20_000, beneficiaries: 60 }] },
        ],
        volunteers: [...vol([0, 1, 2], true), ...vol([3], false)],
      },
      {
        category: 'PUBLIC_SERVICE', status: 'EVALUATED', createdAt: Y2024,
        claims: [{ unitId: u0, pledgedFundsFen: 80_000, reports: [{ fundsSpentFen: 80_000, beneficiaries: 500 }] }],
        volunteers: [...vol([0, 4], true), ...vol([5], false)],
      },
      {
        category: 'CULTURE_SHARING', status: 'COMPLETED', createdAt: Y2025,
        claims: [{ unitId: u2, pledgedFundsFen: 5_000, reports: [{ fundsSpentFen: 1_000, beneficiaries: 10 }, { fundsSpentFen: 4_000, beneficiaries: 45 }, { fundsSpentFen: 4_500, beneficiaries: 47 }] }],
        volunteers: vol([1, 6], true),
      },
      { category: 'COMMUNITY_AFFAIRS', status: 'IN_PROGRESS', createdAt: Y2025, claims: [{ unitId: u3, pledgedFundsFen: 9_900, reports: [] }] },
      { category: 'COMMUNITY_AFFAIRS', status: 'PUBLISHED', createdAt: Y2024, claims: [] },
      { category: 'SOCIAL_MANAGEMENT', status: 'DRAFT', createdAt: Y2025, claims: [] },
      { category: 'VALUE_REALIZATION', status: 'CANCELLED', createdAt: Y2024, claims: [{ unitId: u1, pledgedFundsFen: 1_000 }] },
    ];
    const projects: number[] = [];
    for (const s of specs) projects.push((await insertProject(t, w, s)).id);
    // another zone: must not count
    await insertProject(t, w, { zoneId: w.otherZoneId, claims: [{ unitId: w.otherZoneUnit, pledgedFundsFen: 777_777, reports: [{ fundsSpentFen: 1, beneficiaries: 1 }] }] });

    // responses through the api: project 0 (2025, public service) 12 people, project 2 (2025, culture) 7, project 1 (2024) 9
    const answer = async (projectId: number, from: number, n: number, overall: (i: number) => number) => {
      await t.db.query('UPDATE projects SET status = ? WHERE id = ?', ['COMPLETED', projectId]);
      const s = (await t.ok(CREATE_SURVEY, { input: { projectId: String(projectId), method: 'QUESTIONNAIRE', questions: [] } }, w.staff.token)).createSurvey;
      for (let i = 0; i < n; i++) {
        const answers = answersFor(s.questions, (q) => (q.dimension === 'OVERALL' ? overall(i) : 4));
        await t.ok(SUBMIT, { surveyId: s.id, answers }, people[from + i].token);
      }
      return s.id;
    };
    await answer(projects[0], 0, 12, (i) => (i < 10 ? 5 : 3));
    await answer(projects[2], 12, 7, (i) => [5, 4, 4, 2, 1, 5, 3][i]);
    const closing = await answer(projects[1], 19, 9, (i) => (i === 0 ? 2 : 4));
    await t.ok(`mutation($id: ID!) { closeSurvey(surveyId: $id) { id } }`, { id: closing }, w.staff.token);
  });

  /** Every figure of §6, rebuilt from the raw rows of the zone. */
  async function rebuild(zoneId: number, from?: Date, to?: Date) {
    const inPeriod = (d: Date | string) => {
      const x = new Date(d).getTime();
      return (!from || x >= from.getTime()) && (!to || x <= to.getTime());
    };
    const q = (sql: string) => t.db.query(sql, [zoneId]);
    const needs = ((await q('SELECT channel, category, status, created_at AS createdAt FROM needs WHERE zone_id = ?')) as { channel: string; category: string | null; status: string; createdAt: string }[])
      .map((n) => ({ ...n, createdAt: asUtc(n.createdAt) }))
      .filter((n) => inPeriod(n.createdAt));
    const projects = ((await q('SELECT id, category, status, created_at AS createdAt FROM projects WHERE zone_id = ?')) as { id: number; category: string; status: string; createdAt: string }[])
      .map((p) => ({ ...p, createdAt: asUtc(p.createdAt) }))
      .filter((p) => inPeriod(p.createdAt));
    const inScope = new Set(projects.map((p) => Number(p.id)));
    const claims = ((await q('SELECT project_id AS projectId, unit_id AS unitId, pledged_funds_fen AS pledged FROM project_claims WHERE zone_id = ?')) as { projectId: number; unitId: number; pledged: number }[]).filter((c) => inScope.has(Number(c.projectId)));
    // the latest report of each unit on each project, found by id rather than by the flag
    const reports = ((await q('SELECT id, project_id AS projectId, unit_id AS unitId, funds_spent_fen AS spent, beneficiaries FROM progress_reports WHERE zone_id = ?')) as { id: number; projectId: number; unitId: number; spent: number; beneficiaries: number }[]).filter((r) => inScope.has(Number(r.projectId)));
    const latest = new Map<string, (typeof reports)[number]>();
    for (const r of reports) {
      const k = `${r.projectId}:${r.unitId}`;
      if (!latest.has(k) || Number(latest.get(k)!.id) < Number(r.id)) latest.set(k, r);
    }
    const volunteers = ((await q('SELECT project_id AS projectId, user_id AS userId, is_party_member AS party FROM project_volunteers WHERE zone_id = ?')) as { projectId: number; userId: number; party: number | boolean }[]).filter((v) => inScope.has(Number(v.projectId)));
    const responses = ((await q('SELECT project_id AS projectId, overall_score AS overall FROM survey_responses WHERE zone_id = ?')) as { projectId: number; overall: number }[]).filter((r) => inScope.has(Number(r.projectId)));

    const count = <T>(xs: T[], pred: (x: T) => boolean) => xs.filter(pred).length;
    const categoryOf = new Map(projects.map((p) => [Number(p.id), p.category]));
    const accepted = count(needs, (n) => ['ACCEPTED', 'CLAIMED', 'IN_PROJECT', 'FULFILLED'].includes(n.status));
    const satisfied = count(responses, (r) => Number(r.overall) >= 4);
    const satisfaction = NEED_CATEGORIES.map((category) => {
      const rs = responses.filter((r) => categoryOf.get(Number(r.projectId)) === category);
      const ok = count(rs, (r) => Number(r.overall) >= 4);
      return {
        category,
        projects: new Set(rs.map((r) => Number(r.projectId))).size,
        responses: rs.length,
        satisfied: ok,
        satisfactionRate: rs.length ? ok / rs.length : 0,
        satisfactionInterval: wilsonInterval(ok, rs.length),
      };
    }).filter((c) => c.responses > 0);
    return {
      needsReceived: needs.length,
      needsAccepted: accepted,
      needsPending: count(needs, (n) => n.status === 'SUBMITTED'),
      acceptanceRate: needs.length ? accepted / needs.length : 0,
      needsByCategory: NEED_CATEGORIES.map((category: NeedCategory) => ({ category, count: count(needs, (n) => n.category === category) })),
      needsByChannel: (['APP', 'HALL', 'RECEPTION', 'VISIT', 'HOTLINE'] as NeedChannel[]).map((channel) => ({ channel, count: count(needs, (n) => n.channel === channel) })),
      projectsTotal: projects.length,
      projectsByStatus: (Object.values(ProjectStatus) as ProjectStatus[]).map((status) => ({ status, count: count(projects, (p) => p.status === status) })),
      unitsTakingPart: new Set(claims.map((c) => Number(c.unitId))).size,
      partyMembersTakingPart: new Set(volunteers.filter((v) => !!Number(v.party)).map((v) => Number(v.userId))).size,
      beneficiaries: [...latest.values()].reduce((s, r) => s + Number(r.beneficiaries), 0),
      fundsSpentFen: [...latest.values()].reduce((s, r) => s + Number(r.spent), 0),
      fundsPledgedFen: claims.reduce((s, c) => s + Number(c.pledged), 0),
      responses: responses.length,
      satisfactionRate: responses.length ? satisfied / responses.length : 0,
      satisfactionInterval: wilsonInterval(satisfied, responses.length),
      satisfactionByCategory: satisfaction,
    };
  }

  it('all time: every figure equals the one rebuilt from the rows', async () => {
    const s = (await t.ok(STATS, { z: String(w.zoneId) })).zoneStats;
    const expected = await rebuild(w.zoneId);
    const { zone, from, to, ...figures } = s;
    expect(zone.id).toBe(String(w.zoneId));
    expect([from, to]).toEqual([null, null]);
    expect(figures).toEqual(expected);
    // and the numbers are the ones this data was built to give
    expect(figures).toMatchObject({
      needsReceived: 61,
      projectsTotal: 7,
      unitsTakingPart: 4, // u0 twice, u1 twice (once on a cancelled project), u2, u3
      partyMembersTakingPart: 5, // people 0 (two projects), 1 (two projects), 2, 4, 6
      beneficiaries: 140 + 60 + 500 + 47,
      fundsSpentFen: 55_000 + 20_000 + 80_000 + 4_500,
      fundsPledgedFen: 120_000 + 30_000 + 80_000 + 5_000 + 9_900 + 1_000,
      responses: 28,
    });
    expect(figures.satisfactionByCategory.map((c: { category: string; projects: number; responses: number; satisfied: number }) => [c.category, c.projects, c.responses, c.satisfied])).toEqual([
      ['PUBLIC_SERVICE', 2, 21, 18],
      ['CULTURE_SHARING', 1, 7, 4],
    ]);
  });

  it('for a period: needs and projects created in it', async () => {
    const s = (await t.ok(STATS, { z: String(w.zoneId), from: FROM, to: TO })).zoneStats;
    const { zone: _z, from, to, ...figures } = s;
    expect([from, to]).toEqual([FROM, TO]);
    expect(figures).toEqual(await rebuild(w.zoneId, new Date(FROM), new Date(TO)));
    expect(figures.projectsTotal).toBe(4);
    expect(figures.needsReceived).toBe(40);
    expect(figures.satisfactionByCategory.map((c: { category: string; responses: number }) => [c.category, c.responses])).toEqual([
      ['PUBLIC_SERVICE', 12],
      ['CULTURE_SHARING', 7],
    ]);
  });

  it('satisfactionByCategory is the same figure, and other zones are apart', async () => {
    const all = (await t.ok(STATS, { z: String(w.zoneId) })).zoneStats;
    const only = (await t.ok(`query($z: ID!) { satisfactionByCategory(zoneId: $z) { category projects responses satisfied satisfactionRate satisfactionInterval { low high } } }`, { z: String(w.zoneId) })).satisfactionByCategory;
    expect(only).toEqual(all.satisfactionByCategory);
    const other = (await t.ok(STATS, { z: String(w.otherZoneId) })).zoneStats;
    expect(other).toMatchObject({ needsReceived: 1, projectsTotal: 1, unitsTakingPart: 1, fundsPledgedFen: 777_777, responses: 0, satisfactionByCategory: [] });
    expect(other).toMatchObject(await rebuild(w.otherZoneId));
  });

  it('refuses an unknown zone and a period that ends before it starts', async () => {
    expect(await t.code(STATS, { z: '999999' })).toBe('NOT_FOUND');
    expect(await t.code(`query { satisfactionByCategory(zoneId: "999999") { category } }`)).toBe('NOT_FOUND');
    expect(await t.code(STATS, { z: String(w.zoneId), from: TO, to: FROM })).toBe('BAD_USER_INPUT');
  });
});

/** MySQL returns Date objects; SQLite returns 'YYYY-MM-DD HH:MM:SS.SSS' strings in UTC. */
function asUtc(v: string | Date): Date {
  return v instanceof Date ? v : new Date(`${String(v).replace(' ', 'T')}Z`);
}
