/**
 * One zone of realistic shape for the api benchmarks (evaluation, ratio), written with multi-row
 * INSERTs: needs (5 channels × 7 categories × statuses over two years, their submitters, the
 * menu's counters), projects of every status (completed ones with a completion time, most with
 * an end date), units, ~1.5 claims per claimed project with progress reports (the last one per
 * unit marked latest), 5 volunteers per claimed project, one survey per completed or evaluated
 * project (evaluated ones closed and frozen), and survey responses: `big` on project 1, the rest
 * spread over the others; survey counters agree with the rows. Deterministic (seeded).
 */
import { DataSource } from 'typeorm';
import { AuthService } from '@app/auth/auth.service';
import { NEED_CATEGORIES, ProjectStatus } from '@app/common/glossary';
import { STANDARD_QUESTIONS } from '@app/evaluation/survey-template';
import { rebuildNeedCounters } from '@app/needs/need-state';
import { ms as fmt } from './support';

export interface ZoneSize {
  needs: number;
  projects: number;
  units: number;
  responses: number;
  /** responses on project 1 */
  big: number;
}

const CHUNK = 5000;
const SUBMITTERS = 2000;
const CHANNELS = ['APP', 'HALL', 'RECEPTION', 'VISIT', 'HOTLINE'];
const NEED_STATUSES = ['SUBMITTED', 'ACCEPTED', 'ACCEPTED', 'REJECTED', 'MERGED', 'IN_PROJECT', 'FULFILLED', 'CLAIMED'];
const PROJECT_STATUSES = Object.values(ProjectStatus) as string[];

/** deterministic pseudo-random numbers */
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
const sqlTime = (d: Date) => `'${d.toISOString().slice(0, 23).replace('T', ' ')}'`;
const DAY = 86_400_000;
const START = Date.parse('2024-01-01T00:00:00Z');
const when = () => new Date(START + Math.floor(rnd() * 730) * DAY + Math.floor(rnd() * DAY));

export async function bulk(db: DataSource, table: string, columns: string[], rows: (string | number)[][]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((r) => `(${r.join(',')})`).join(',');
    await db.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${values}`);
  }
}

export interface Generated {
  zoneId: number;
  staffToken: string;
  bigProjectId: number;
  bigSurveyId: number;
}

export async function generateZone(db: DataSource, auth: AuthService, size: ZoneSize): Promise<Generated> {
  const { needs: NEEDS, projects: PROJECTS, units: UNITS, responses: RESPONSES, big: BIG } = size;
  seed = 42;
  const t0 = performance.now();
  await db.query(`INSERT INTO zones (name, street) VALUES ('建工片区', '陆家嘴街道')`);
  const zoneId = 1;
  await bulk(db, 'member_units', ['zone_id', 'name', 'kind'], Array.from({ length: UNITS }, (_, i) => [zoneId, `'成员单位${i + 1}'`, `'ENTERPRISE'`]));
  await db.query(`INSERT INTO users (username, display_name, is_party_member) VALUES ('staff', '张社工', 0)`);
  await db.query(`INSERT INTO user_roles (user_id, role, zone_id) VALUES (1, 'COUNCIL_STAFF', ${zoneId})`);
  const staffToken = auth.issueToken(1);
  // the people who submitted the needs (ids 2…SUBMITTERS+1), so lists resolve their names
  await bulk(db, 'users', ['phone', 'display_name', 'is_party_member'], Array.from({ length: SUBMITTERS }, (_, i) => [`'139${String(i).padStart(8, '0')}'`, `'居民${i}'`, 0]));

  // needs
  const needRows: (string | number)[][] = [];
  for (let i = 0; i < NEEDS; i++) {
    const status = pick(NEED_STATUSES);
    const category = status === 'SUBMITTED' && rnd() < 0.7 ? 'NULL' : `'${pick(NEED_CATEGORIES)}'`;
    // micro-wishes lit by a unit (the scorecard's wishes lit)
    const lit = status === 'CLAIMED' || status === 'FULFILLED';
    needRows.push([
      zoneId, lit ? `'MICRO_WISH'` : `'GOLDEN_IDEA'`, `'${pick(CHANNELS)}'`, `'需求${i}'`, `'希望社区增设便民服务设施,方便老人和上班族。${i}'`, `'${status}'`, category,
      Math.floor(rnd() * 30), 2 + (i % SUBMITTERS), sqlTime(when()), lit ? 1 + Math.floor(rnd() * UNITS) : 'NULL', lit ? sqlTime(when()) : 'NULL',
    ]);
  }
  await bulk(db, 'needs', ['zone_id', 'kind', 'channel', 'title', 'content', 'status', 'category', 'support_count', 'submitter_id', 'created_at', 'claimed_by_unit_id', 'claimed_at'], needRows);
  // needs made part of a project name it (a project's source needs): among the first 3 × projects
  // needs, so a project has a few source needs however many needs the zone holds
  await db.query(`UPDATE needs SET project_id = 1 + (id % ${PROJECTS}) WHERE zone_id = ${zoneId} AND id <= ${3 * PROJECTS} AND status IN ('IN_PROJECT', 'FULFILLED') AND claimed_by_unit_id IS NULL`);
  await db.transaction((m) => rebuildNeedCounters(m, zoneId));
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

