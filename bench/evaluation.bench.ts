/**
 * Evaluation benchmark: `npm run bench:evaluation` (MySQL/MariaDB at BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306; its own database gr_bench_evaluation, recreated on every run).
 *
 * Boots the api in this process (Fastify, migrations, guards), listens on 127.0.0.1 and talks to
 * it over HTTP with Node's fetch. Data is generated with multi-row INSERTs:
 *   one zone with 100,000 needs (5 channels × 7 categories × statuses, spread over two years),
 *   20,000 projects (every status; completed ones with a completion time, most with an end date), 500 units, ~1.5 claims per claimed project with progress reports (the
 *   last one per unit marked latest), 5 volunteers per claimed project, one survey per completed
 *   or evaluated project, and 1,000,000 survey responses: 100,000 on the measured project, the rest
 *   spread over the others. Survey counters agree with the rows (the bench checks).
 *   (survey_answers rows are not generated: nothing measured here reads them.)
 *
 * Measures:
 *   1. Project.evaluation (live, 100,000 responses): p50/p95 of `project(id) { evaluation }`
 *      over HTTP, and of the aggregate alone (EvaluationResultsService).
 *   2. closeSurvey with 100,000 responses: the mutation over HTTP, 5 runs (state restored
 *      between runs); target < 1 s.
 *   3. Project.evaluation once frozen.
 *   4. zoneStats over HTTP, p50/p95, all time and for one year; target p50 < 50 ms.
 *   5. unitScorecards (目标考核) for one year at 500 units, 20,000 projects; target p50 < 50 ms.
 *
 * Optional arguments: --needs=100000 --projects=20000 --units=500 --responses=1000000 --big=100000 --samples=200
 */
import { DataSource } from 'typeorm';
import { AuthService } from '@app/auth/auth.service';
import { NEED_CATEGORIES, ProjectStatus } from '@app/common/glossary';
import { EvaluationResultsService } from '@app/evaluation/evaluation-results.service';
import { STANDARD_QUESTIONS } from '@app/evaluation/survey-template';
import { StatsService } from '@app/stats/stats.service';
import { arg, ms as fmt, MYSQL_BASE, oneAtATime, recreateDatabase, run, startApi, timedGql } from './support';

const NEEDS = arg('needs', 100_000);
const PROJECTS = arg('projects', 20_000);
const UNITS = arg('units', 500);
const RESPONSES = arg('responses', 1_000_000);
const BIG = arg('big', 100_000);
const SAMPLES = arg('samples', 200);
const DATABASE = 'gr_bench_evaluation';
const CHUNK = 5000;

const CHANNELS = ['APP', 'HALL', 'RECEPTION', 'VISIT', 'HOTLINE'];
const NEED_STATUSES = ['SUBMITTED', 'ACCEPTED', 'ACCEPTED', 'REJECTED', 'MERGED', 'IN_PROJECT', 'FULFILLED', 'CLAIMED'];
const PROJECT_STATUSES = Object.values(ProjectStatus) as string[];

const EVALUATION = `query($id: ID!) { project(id: $id) { id status evaluation {
  responseCount satisfactionRate satisfactionInterval { low high } dimensions { dimension mean } indexScore frozen belowTarget
} } }`;
const STATS = `query($z: ID!, $from: DateTime, $to: DateTime) { zoneStats(zoneId: $z, from: $from, to: $to) {
  needsByCategory { category count } needsByChannel { channel count } projectsByStatus { status count }
  unitsTakingPart partyMembersTakingPart beneficiaries fundsPledgedFen fundsSpentFen acceptanceRate
  satisfactionByCategory { category projects responses satisfactionRate }
} }`;

/** deterministic pseudo-random numbers */
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
const sqlTime = (d: Date) => `'${d.toISOString().slice(0, 23).replace('T', ' ')}'`;
const DAY = 86_400_000;
const START = Date.parse('2024-01-01T00:00:00Z');
const when = () => new Date(START + Math.floor(rnd() * 730) * DAY + Math.floor(rnd() * DAY));

/** A request that must succeed: its time and data. */
async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const { ms, body } = await timedGql(url, query, variables, token);
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return { ms, data: body.data };
}

async function bulk(db: DataSource, table: string, columns: string[], rows: (string | number)[][]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => `(${r.join(',')})`).join(',');
    await db.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${values}`);
  }
}

/**
 * This bench's percentile: the element at index ⌊p·n⌋ of the sorted samples (one above the
 * nearest rank that needs/claims use when p·n is whole), kept so that its figures compare with
 * earlier runs.
 */
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** `n` timings after up to 10 unreported warm-up runs. */
const sample = (n: number, fn: () => Promise<number>) => oneAtATime(n, Math.min(10, n), fn);

interface Generated {
  zoneId: number;
  staffToken: string;
  bigProjectId: number;
  bigSurveyId: number;
}

async function generate(db: DataSource, auth: AuthService): Promise<Generated> {
  const t0 = performance.now();
  await db.query(`INSERT INTO zones (name, street) VALUES ('建工片区', '陆家嘴街道')`);
  const zoneId = 1;
  await bulk(db, 'member_units', ['zone_id', 'name', 'kind'], Array.from({ length: UNITS }, (_, i) => [zoneId, `'成员单位${i + 1}'`, `'ENTERPRISE'`]));
  await db.query(`INSERT INTO users (username, display_name, is_party_member) VALUES ('staff', '张社工', 0)`);
  await db.query(`INSERT INTO user_roles (user_id, role, zone_id) VALUES (1, 'COUNCIL_STAFF', ${zoneId})`);
  const staffToken = auth.issueToken(1);

  // needs
  const needRows: (string | number)[][] = [];
  for (let i = 0; i < NEEDS; i++) {
    const status = pick(NEED_STATUSES);
    const category = status === 'SUBMITTED' && rnd() < 0.7 ? 'NULL' : `'${pick(NEED_CATEGORIES)}'`;
    // micro-wishes lit by a unit (the scorecard's wishes lit)
    const lit = status === 'CLAIMED' || status === 'FULFILLED';
    needRows.push([
      zoneId, lit ? `'MICRO_WISH'` : `'GOLDEN_IDEA'`, `'${pick(CHANNELS)}'`, `'需求${i}'`, `'希望社区增设便民服务设施,方便老人和上班族。${i}'`, `'${status}'`, category,
      Math.floor(rnd() * 30), 1000 + (i % 50_000), sqlTime(when()), lit ? 1 + Math.floor(rnd() * UNITS) : 'NULL', lit ? sqlTime(when()) : 'NULL',
    ]);
  }
  await bulk(db, 'needs', ['zone_id', 'kind', 'channel', 'title', 'content', 'status', 'category', 'support_count', 'submitter_id', 'created_at', 'claimed_by_unit_id', 'claimed_at'], needRows);
  console.log(`  needs: ${NEEDS.toLocaleString()} (${fmt(performance.now() - t0)})`);

  // projects: the first is the measured one (COMPLETED); the rest get every status
  const projectStatus: string[] = [];
  const projectRows: (string | number)[][] = [];
  for (let i = 0; i < PROJECTS; i++) {
    const status = i === 0 ? 'COMPLETED' : rnd() < 0.5 ? pick(['COMPLETED', 'EVALUATED']) : pick(PROJECT_STATUSES);
    projectStatus.push(status);
    const done = status === 'COMPLETED' || status === 'EVALUATED';
    const endsOn = rnd() < 0.6 ? `'${when().toISOString().slice(0, 10)}'` : 'NULL';
    projectRows.push([zoneId, `'项目${i}'`, `'项目说明'`, `'${pick(NEED_CATEGORIES)}'`, `'${status}'`, 100_000, 100, 2, 1, 1, sqlTime(when()), done ? sqlTime(when()) : 'NULL', endsOn]);
  }
  await bulk(db, 'projects', ['zone_id', 'title', 'description', 'category', 'status', 'budget_fen', 'target_beneficiaries', 'claim_limit', 'resolution_round', 'created_by_id', 'created_at', 'completed_at', 'ends_on'], projectRows);
  const claimed = new Set(['CLAIMED', 'IN_PROGRESS', 'COMPLETED', 'EVALUATED', 'CANCELLED']);
  const claims: (string | number)[][] = [];
  const reports: (string | number)[][] = [];
  const volunteers: (string | number)[][] = [];
  for (let i = 0; i < PROJECTS; i++) {
    if (!claimed.has(projectStatus[i])) continue;
    const projectId = i + 1;
    const units = rnd() < 0.5 ? [1 + (i % UNITS)] : [1 + (i % UNITS), 1 + ((i + 7) % UNITS)];
    for (const unitId of units) {
      claims.push([projectId, zoneId, unitId, `'认领承诺'`, 10_000 + Math.floor(rnd() * 100_000), 3, 1, sqlTime(when()), rnd() < 0.05 ? sqlTime(when()) : 'NULL']);
      const n = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < n; k++) reports.push([projectId, zoneId, unitId, `'进度'`, Math.round(((k + 1) / n) * 100), (k + 1) * 5_000, (k + 1) * 20, k === n - 1 ? 1 : 0, 1, sqlTime(when())]);
    }
    for (let k = 0; k < 5; k++) volunteers.push([projectId, 2_000_000 + ((i * 5 + k) % 30_000), zoneId, rnd() < 0.3 ? 1 : 0]);
  }
  await bulk(db, 'project_claims', ['project_id', 'zone_id', 'unit_id', 'pledge', 'pledged_funds_fen', 'pledged_volunteers', 'claimed_by_id', 'created_at', 'released_at'], claims);
  await bulk(db, 'progress_reports', ['project_id', 'zone_id', 'unit_id', 'note', 'percent', 'funds_spent_fen', 'beneficiaries', 'latest', 'reporter_id', 'at'], reports);
  await db.query(`INSERT IGNORE INTO project_volunteers (project_id, user_id, zone_id, is_party_member) VALUES ${volunteers.map((r) => `(${r.join(',')})`).join(',')}`);
  console.log(`  projects: ${PROJECTS.toLocaleString()}, claims: ${claims.length.toLocaleString()}, progress reports: ${reports.length.toLocaleString()}, volunteers: ${volunteers.length.toLocaleString()} (${fmt(performance.now() - t0)})`);

  // surveys: one per completed or evaluated project, the standard questionnaire
  const surveyed = projectStatus.map((s, i) => ({ s, projectId: i + 1 })).filter((p) => p.s === 'COMPLETED' || p.s === 'EVALUATED');
  // evaluated projects' surveys are closed with a frozen result (what the scorecard reads)
  await bulk(db, 'surveys', ['project_id', 'zone_id', 'method', 'target_responses', '`open`', 'created_by_id', 'frozen_result'], surveyed.map((p) => [p.projectId, zoneId, `'QUESTIONNAIRE'`, 100, p.s === 'COMPLETED' ? 1 : 0, 1, p.s === 'COMPLETED' ? 'NULL' : `'{}'`]));
  const questions: (string | number)[][] = [];
  surveyed.forEach((_, k) => STANDARD_QUESTIONS.forEach((q, pos) => questions.push([k + 1, `'${q.text}'`, `'${q.dimension}'`, q.weight, pos])));
  await bulk(db, 'survey_questions', ['survey_id', 'text', 'dimension', 'weight', 'position'], questions);

  // responses: BIG on survey 1 (project 1), the rest spread evenly over the other surveys
  const per = Math.floor((RESPONSES - BIG) / (surveyed.length - 1));
  const plan = surveyed.map((p, k) => ({ surveyId: k + 1, projectId: p.projectId, n: k === 0 ? BIG : per + (k <= (RESPONSES - BIG) % (surveyed.length - 1) ? 1 : 0) }));
  let rows: (string | number)[][] = [];
  let total = 0;
  const flush = async () => {
    await bulk(db, 'survey_responses', ['survey_id', 'project_id', 'zone_id', 'respondent_id', 'method', 'overall_score', 'implementation_mean', 'funds_mean', 'process_quality_mean', 'index_score', 'created_at'], rows);
    rows = [];
  };
  for (const p of plan) {
    for (let r = 0; r < p.n; r++) {
      const overall = rnd() < 0.97 ? 4 + Math.floor(rnd() * 2) : 1 + Math.floor(rnd() * 3);
      const a = [3 + Math.floor(rnd() * 3), 3 + Math.floor(rnd() * 3), 3 + Math.floor(rnd() * 3), 3 + Math.floor(rnd() * 3), 3 + Math.floor(rnd() * 3), 3 + Math.floor(rnd() * 3)];
      const impl = (a[0] + a[1]) / 2;
      const funds = (a[2] + a[3]) / 2;
      const pq = (a[4] + a[5]) / 2;
      rows.push([p.surveyId, p.projectId, zoneId, 3_000_000 + r, `'QUESTIONNAIRE'`, overall, impl, funds, pq, (impl + funds + pq) / 3, sqlTime(when())]);
      total++;
      if (rows.length >= 50_000) await flush();
    }
  }
  await flush();
  // counters as the api keeps them, from the rows
  await db.query(`UPDATE surveys s JOIN (SELECT survey_id, COUNT(*) n, SUM(overall_score >= 4) sat FROM survey_responses GROUP BY survey_id) r ON r.survey_id = s.id
                  SET s.response_count = r.n, s.satisfied_count = r.sat`);
  console.log(`  surveys: ${surveyed.length.toLocaleString()}, responses: ${total.toLocaleString()} (${BIG.toLocaleString()} on project 1) (${fmt(performance.now() - t0)})`);

  for (const table of ['needs', 'projects', 'project_claims', 'progress_reports', 'project_volunteers', 'surveys', 'survey_responses']) await db.query(`ANALYZE TABLE ${table}`);
  return { zoneId, staffToken, bigProjectId: 1, bigSurveyId: 1 };
}

async function main() {
  console.log(`Evaluation benchmark on ${MYSQL_BASE}/${DATABASE}`);
  await recreateDatabase(DATABASE);
  const { app, db, url } = await startApi(DATABASE);
  const version = (await db.query('SELECT VERSION() AS v'))[0].v;
  console.log(`server ${version}; generating data…`);
  const g = await generate(db, app.get(AuthService));
  const results = app.get(EvaluationResultsService);
  const stats = app.get(StatsService);

  // 1. live Project.evaluation with BIG responses
  const live = await gql(url, EVALUATION, { id: String(g.bigProjectId) }, g.staffToken);
  if (live.data.project.evaluation.responseCount !== BIG || live.data.project.evaluation.frozen) throw new Error('unexpected live result');
  const httpLive = await sample(SAMPLES, async () => (await gql(url, EVALUATION, { id: String(g.bigProjectId) }, g.staffToken)).ms);
  const aggLive = await sample(SAMPLES, async () => {
    const s = performance.now();
    await results.resultsFor([g.bigProjectId]);
    return performance.now() - s;
  });
  console.log(`\n1. Project.evaluation, live, ${BIG.toLocaleString()} responses`);
  console.log(`   over HTTP:        p50 ${fmt(pct(httpLive, 50))}  p95 ${fmt(pct(httpLive, 95))}  (${SAMPLES} requests)`);
  console.log(`   aggregate alone:  p50 ${fmt(pct(aggLive, 50))}  p95 ${fmt(pct(aggLive, 95))}`);

  // 2. closeSurvey with BIG responses, 5 runs, state restored in between
  const closes: number[] = [];
  for (let run = 0; run < 5; run++) {
    if (run > 0) {
      await db.query('UPDATE surveys SET `open` = 1, closed_at = NULL, frozen_result = NULL WHERE id = ?', [g.bigSurveyId]);
      await db.query(`UPDATE projects SET status = 'COMPLETED' WHERE id = ?`, [g.bigProjectId]);
      await db.query(`DELETE FROM project_transitions WHERE project_id = ? AND to_status = 'EVALUATED'`, [g.bigProjectId]);
    }
    const r = await gql(url, `mutation($id: ID!) { closeSurvey(surveyId: $id) { id open responseCount } }`, { id: String(g.bigSurveyId) }, g.staffToken);
    if (r.data.closeSurvey.open !== false || r.data.closeSurvey.responseCount !== BIG) throw new Error('close failed');
    closes.push(r.ms);
  }
  const frozen = await gql(url, EVALUATION, { id: String(g.bigProjectId) }, g.staffToken);
  const { frozen: f1, ...liveFigures } = live.data.project.evaluation;
  const { frozen: f2, ...frozenFigures } = frozen.data.project.evaluation;
  if (!f2 || f1 || JSON.stringify(liveFigures) !== JSON.stringify(frozenFigures) || frozen.data.project.status !== 'EVALUATED') throw new Error('frozen result differs');
  console.log(`\n2. closeSurvey with ${BIG.toLocaleString()} responses (HTTP, 5 runs): median ${fmt(pct(closes, 50))}, max ${fmt(Math.max(...closes))}  target < 1000 ms: ${Math.max(...closes) < 1000 ? 'met' : 'MISSED'}`);

  // 3. frozen read
  const httpFrozen = await sample(SAMPLES, async () => (await gql(url, EVALUATION, { id: String(g.bigProjectId) }, g.staffToken)).ms);
  console.log(`\n3. Project.evaluation, frozen: p50 ${fmt(pct(httpFrozen, 50))}  p95 ${fmt(pct(httpFrozen, 95))}`);

  // 4. zoneStats
  const counts = (await db.query(`SELECT (SELECT COUNT(*) FROM needs) needs, (SELECT COUNT(*) FROM projects) projects, (SELECT COUNT(*) FROM survey_responses) responses`))[0];
  const check = await stats.zoneStats(g.zoneId);
  const rowsSat = (await db.query(`SELECT COUNT(*) n, SUM(overall_score >= 4) s FROM survey_responses WHERE zone_id = ?`, [g.zoneId]))[0];
  if (check.responses !== Number(rowsSat.n) || Math.abs(check.satisfactionRate - Number(rowsSat.s) / Number(rowsSat.n)) > 1e-12) throw new Error('zoneStats disagrees with the rows');
  const allTime = await sample(SAMPLES, async () => (await gql(url, STATS, { z: String(g.zoneId) })).ms);
  const year = { from: '2025-01-01T00:00:00.000Z', to: '2025-12-31T23:59:59.999Z' };
  const oneYear = await sample(SAMPLES, async () => (await gql(url, STATS, { z: String(g.zoneId), ...year })).ms);
  const serviceOnly = await sample(SAMPLES, async () => {
    const s = performance.now();
    await stats.zoneStats(g.zoneId);
    return performance.now() - s;
  });
  console.log(`\n4. zoneStats with ${Number(counts.needs).toLocaleString()} needs, ${Number(counts.projects).toLocaleString()} projects, ${Number(counts.responses).toLocaleString()} responses (one zone)`);
  console.log(`   all time, HTTP:   p50 ${fmt(pct(allTime, 50))}  p95 ${fmt(pct(allTime, 95))}  target p50 < 50 ms: ${pct(allTime, 50) < 50 ? 'met' : 'MISSED'}`);
  console.log(`   one year, HTTP:   p50 ${fmt(pct(oneYear, 50))}  p95 ${fmt(pct(oneYear, 95))}  target p50 < 50 ms: ${pct(oneYear, 50) < 50 ? 'met' : 'MISSED'}`);
  console.log(`   all time, service: p50 ${fmt(pct(serviceOnly, 50))}  p95 ${fmt(pct(serviceOnly, 95))}`);
  console.log(`   (responses ${check.responses.toLocaleString()}, satisfaction ${(check.satisfactionRate * 100).toFixed(2)}%: equal to the rows)`);

  // 5. unitScorecards
  const SCORECARDS = `query($z: ID!, $y: Int!) { unitScorecards(zoneId: $z, year: $y) { unit { id name } claims completed completedOnTime released satisfactionRate fundsSpentFen beneficiaries volunteers wishesLit score rank } }`;
  const cards = await gql(url, SCORECARDS, { z: String(g.zoneId), y: 2025 }, g.staffToken);
  if (cards.data.unitScorecards.length !== UNITS) throw new Error('unitScorecards: one row per unit expected');
  const scorecards = await sample(SAMPLES, async () => (await gql(url, SCORECARDS, { z: String(g.zoneId), y: 2025 }, g.staffToken)).ms);
  console.log(`\n5. unitScorecards, ${UNITS} units, ${Number(counts.projects).toLocaleString()} projects, year 2025`);
  console.log(`   HTTP:             p50 ${fmt(pct(scorecards, 50))}  p95 ${fmt(pct(scorecards, 95))}  target p50 < 50 ms: ${pct(scorecards, 50) < 50 ? 'met' : 'MISSED'}`);

  await app.close();
}

run(main);
