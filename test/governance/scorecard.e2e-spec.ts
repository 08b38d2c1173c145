import { SCORECARD_WEIGHTS } from '@app/stats/unit-scorecard';
import { useWorld } from '../support/suite';
import { NeedEntity, needRow } from '@app/needs/needs.entities';

const SCORECARDS = `query($z: ID!, $y: Int!) { unitScorecards(zoneId: $z, year: $y) {
  unit { id name } year claims completed completedOnTime released satisfactionRate fundsSpentFen beneficiaries volunteers wishesLit score rank
} }`;

/**
 * A constructed year (2025, Asia/Shanghai) written as rows, and the scorecard reconciled with them
 * by hand: figures as literals, the score from the documented weights.
 */
describe('unit scorecard (目标考核)', () => {
  const { t, w } = useWorld({ units: 4 });
  const [A, B, C, D] = [0, 1, 2, 3];
  const unit = (i: number) => w.units[i];

  // rows written straight in, not Walk (test/support/projects.ts): the scorecard needs backdated claims, completions and reports the services cannot make
  const project = async (title: string, status: string, completedAt: string | null, endsOn: string | null): Promise<number> => {
    await t.db.query(
      `INSERT INTO projects (zone_id, title, description, category, status, budget_fen, target_beneficiaries, claim_limit, claim_count, volunteer_count,
         party_member_volunteer_count, resolution_round, created_by_id, completed_at, ends_on, created_at, updated_at)
       VALUES (?, ?, '说明', 'PUBLIC_SERVICE', ?, 100000, 100, 2, 1, 0, 0, 1, ?, ?, ?, '2025-01-10 00:00:00.000', '2025-01-10 00:00:00.000')`,
      [w.zoneId, title, status, w.staff.id, completedAt, endsOn],
    );
    const rows = await t.db.query(`SELECT id FROM projects WHERE title = ?`, [title]);
    return Number(rows[0].id);
  };
  const claim = (projectId: number, u: number, createdAt: string, volunteers: number, releasedAt: string | null = null, zoneId = w.zoneId) =>
    t.db.query(
      `INSERT INTO project_claims (project_id, zone_id, unit_id, pledge, pledged_funds_fen, pledged_volunteers, claimed_by_id, created_at, released_at)
       VALUES (?, ?, ?, '承诺', 10000, ?, ?, ?, ?)`,
      [projectId, zoneId, unit(u), volunteers, w.unitAdmins[u].id, createdAt, releasedAt],
    );
  const report = (projectId: number, u: number, at: string, spent: number, beneficiaries: number, latest = 1) =>
    t.db.query(
      `INSERT INTO progress_reports (project_id, zone_id, unit_id, note, percent, funds_spent_fen, beneficiaries, latest, reporter_id, at)
       VALUES (?, ?, ?, '进度', 100, ?, ?, ?, ?, ?)`,
      [projectId, w.zoneId, unit(u), spent, beneficiaries, latest, w.unitAdmins[u].id, at],
    );
  const frozenSurvey = (projectId: number, responses: number, satisfied: number) =>
    t.db.query(
      `INSERT INTO surveys (project_id, zone_id, method, target_responses, \`open\`, response_count, satisfied_count, frozen_result, created_by_id, created_at)
       VALUES (?, ?, 'QUESTIONNAIRE', 100, 0, ?, ?, '{}', ?, '2025-08-01 00:00:00.000')`,
      [projectId, w.zoneId, responses, satisfied, w.staff.id],
    );
  const wish = (u: number, claimedAt: string) =>
    t.db.getRepository(NeedEntity).insert(
      needRow({ zoneId: w.zoneId, kind: 'MICRO_WISH', channel: 'APP', title: '微心愿', content: '希望有人帮忙修好楼道灯', submitterId: w.residents[0].id, status: 'CLAIMED', claimedByUnitId: unit(u), claimedAt: new Date(claimedAt.replace(' ', 'T') + 'Z') }),
    );

  beforeAll(async () => {
    // A: two completed projects, one on time (by the end of its endsOn day in Shanghai) and one
    // completed 01:00 Shanghai time the day after its endsOn; both evaluated (frozen)
    const p1 = await project('扶手加装', 'COMPLETED', '2025-05-10 02:00:00.000', '2025-05-31');
    await claim(p1, A, '2025-02-01 00:00:00.000', 4);
    await report(p1, A, '2025-04-01 00:00:00.000', 10_000, 40, 0); // superseded by the next one
    await report(p1, A, '2025-05-01 00:00:00.000', 30_000, 120);
    await frozenSurvey(p1, 10, 9);
    const p2 = await project('金秋助学', 'EVALUATED', '2025-06-30 17:00:00.000', '2025-06-30');
    await claim(p2, A, '2025-03-01 00:00:00.000', 2);
    await report(p2, A, '2025-06-01 00:00:00.000', 20_000, 80);
    await frozenSurvey(p2, 10, 8);
    await wish(A, '2025-04-01 00:00:00.000');
    await wish(A, '2025-11-11 00:00:00.000');
    await wish(A, '2024-12-20 00:00:00.000'); // last year
    // B claimed a project, reported, then released it; C took it over and completed it (no end date, no evaluation)
    const p3 = await project('楼道照明', 'COMPLETED', '2025-09-01 00:00:00.000', null);
    await claim(p3, B, '2025-04-01 00:00:00.000', 5, '2025-06-01 00:00:00.000');
    await report(p3, B, '2025-05-01 00:00:00.000', 5_000, 10);
    await claim(p3, C, '2025-06-15 00:00:00.000', 3);
    await report(p3, C, '2025-08-20 00:00:00.000', 8_000, 30);
    // D: a claim and a completion of last year only
    const p4 = await project('旧项目', 'COMPLETED', '2024-10-01 00:00:00.000', null);
    await claim(p4, D, '2024-03-01 00:00:00.000', 9);
    // another zone's rows never count
    const other = await project('外片区项目', 'COMPLETED', '2025-05-01 00:00:00.000', null);
    await t.db.query(`UPDATE projects SET zone_id = ? WHERE id = ?`, [w.otherZoneId, other]);
    await t.db.query(
      `INSERT INTO project_claims (project_id, zone_id, unit_id, pledge, pledged_funds_fen, pledged_volunteers, claimed_by_id, created_at)
       VALUES (?, ?, ?, '承诺', 1, 1, ?, '2025-05-01 00:00:00.000')`,
      [other, w.otherZoneId, w.otherZoneUnit, w.staff.id],
    );
  });

  const figures = {
    [A]: { claims: 2, completed: 2, completedOnTime: 1, released: 0, satisfactionRate: 17 / 20, fundsSpentFen: 50_000, beneficiaries: 200, volunteers: 6, wishesLit: 2 },
    [B]: { claims: 1, completed: 0, completedOnTime: 0, released: 1, satisfactionRate: null, fundsSpentFen: 5_000, beneficiaries: 10, volunteers: 0, wishesLit: 0 },
    [C]: { claims: 1, completed: 1, completedOnTime: 1, released: 0, satisfactionRate: null, fundsSpentFen: 8_000, beneficiaries: 30, volunteers: 3, wishesLit: 0 },
    [D]: { claims: 0, completed: 0, completedOnTime: 0, released: 0, satisfactionRate: null, fundsSpentFen: 0, beneficiaries: 0, volunteers: 0, wishesLit: 0 },
  };
  /** The score by the documented weights, computed here from the literal figures. */
  const expectedScore = (i: number) => {
    const f = figures[i];
    const best = { completed: 2, beneficiaries: 200, volunteers: 6, wishesLit: 2, fundsSpentFen: 50_000 };
    const part: Record<string, number> = {
      completed: f.completed / best.completed,
      onTimeRate: f.completed ? f.completedOnTime / f.completed : 0,
      satisfactionRate: f.satisfactionRate ?? 0,
      beneficiaries: f.beneficiaries / best.beneficiaries,
      volunteers: f.volunteers / best.volunteers,
      wishesLit: f.wishesLit / best.wishesLit,
      fundsSpentFen: f.fundsSpentFen / best.fundsSpentFen,
      released: f.claims ? f.released / f.claims : 0,
    };
    const raw = SCORECARD_WEIGHTS.reduce((s, wt) => s + wt.weight * part[wt.key], 0);
    return Math.max(0, Math.round(raw * 1000) / 10);
  };

  it('reconciles every figure of every unit with the rows, scores by the weights and ranks with ties (1, 2, 3, 3)', async () => {
    const rows = (await t.ok(SCORECARDS, { z: String(w.zoneId), y: 2025 }, w.staff.token)).unitScorecards;
    expect(rows).toHaveLength(4);
    const byUnit = new Map(rows.map((r: { unit: { id: string } }) => [Number(r.unit.id), r]));
    for (const i of [A, B, C, D]) {
      const r = byUnit.get(unit(i)) as Record<string, unknown>;
      expect({ i, ...r, unit: undefined, score: undefined, rank: undefined, year: undefined }).toEqual({
        i,
        ...figures[i],
        unit: undefined,
        score: undefined,
        rank: undefined,
        year: undefined,
      });
      expect(r.year).toBe(2025);
      expect(r.score).toBeCloseTo(expectedScore(i), 6);
    }
    expect(rows.map((r: { unit: { id: string }; rank: number }) => [Number(r.unit.id), r.rank])).toEqual([
      [unit(A), 1],
      [unit(C), 2],
      [unit(B), 3],
      [unit(D), 3],
    ]);
    expect(expectedScore(B)).toBe(0); // the release outweighs its small figures
  });

  it('another year counts that year’s rows only', async () => {
    const rows = (await t.ok(SCORECARDS, { z: String(w.zoneId), y: 2024 }, w.board[0].token)).unitScorecards;
    const d = rows.find((r: { unit: { id: string } }) => Number(r.unit.id) === unit(D));
    expect(d).toMatchObject({ claims: 1, completed: 1, volunteers: 9, rank: 1 });
    const a = rows.find((r: { unit: { id: string } }) => Number(r.unit.id) === unit(A));
    expect(a).toMatchObject({ claims: 0, wishesLit: 1 });
  });

  it('follows a change at once: a wish lit through the app counts in this year’s scorecard on the next read', async () => {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const litBy = async (u: number) => {
      const rows = (await t.ok(SCORECARDS, { z: String(w.zoneId), y: year }, w.staff.token)).unitScorecards;
      return rows.find((r: { unit: { id: string } }) => Number(r.unit.id) === unit(u)).wishesLit as number;
    };
    const before = await litBy(D);
    expect(await litBy(D)).toBe(before); // read twice: the second comes from the cache
    const ids = await t.db.getRepository(NeedEntity).insert(
      needRow({ zoneId: w.zoneId, kind: 'MICRO_WISH', channel: 'APP', title: '想要一台助行器', content: '腿脚不便，希望有助行器', submitterId: w.residents[0].id, status: 'ACCEPTED', category: 'PUBLIC_SERVICE' }),
    );
    const needId = String(ids.identifiers[0].id);
    await t.ok(`mutation($n: ID!, $u: ID) { claimWish(needId: $n, unitId: $u) { id status } }`, { n: needId, u: String(unit(D)) }, w.unitAdmins[D].token);
    expect(await litBy(D)).toBe(before + 1);
  });

  it('the council reads the whole ranking; a unit admin only its own row; others are refused', async () => {
    for (const reader of [w.staff, w.board[0], w.party, w.admin]) {
      expect((await t.ok(SCORECARDS, { z: String(w.zoneId), y: 2025 }, reader.token)).unitScorecards).toHaveLength(4);
    }
    const own = (await t.ok(SCORECARDS, { z: String(w.zoneId), y: 2025 }, w.unitAdmins[C].token)).unitScorecards;
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ unit: { id: String(unit(C)) }, rank: 2 });
    expect(await t.code(SCORECARDS, { z: String(w.zoneId), y: 2025 }, w.residents[0].token)).toBe('FORBIDDEN');
    expect(await t.code(SCORECARDS, { z: String(w.zoneId), y: 2025 }, w.otherStaff.token)).toBe('FORBIDDEN');
    expect(await t.code(SCORECARDS, { z: String(w.zoneId), y: 1800 }, w.staff.token)).toBe('BAD_USER_INPUT');
  });
});
