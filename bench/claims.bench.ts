/**
 * Claims benchmark: `npm run bench:claims` (MySQL/MariaDB at BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306; uses its own database gr_bench_claims, recreated on every run).
 *
 * Boots the api in this process (Fastify, migrations, guards — everything but the static web
 * files), listens on 127.0.0.1 and talks to it over HTTP with Node's fetch. Then:
 *
 * 1. claims under contention: 200 units' admins send claimProject at the same moment against a
 *    PUBLISHED project with claim limit 1, and against one with limit 5 (after an unreported
 *    warm-up round). Reports winners (must equal the limit), CONFLICT refusals, 5xx (must be 0),
 *    throughput and latency percentiles; checks the database agrees (claim rows, claim_count).
 * 2. reading the 项目清单: 10,000 projects with needs, votes, claims, progress and timeline, then
 *    projects(first: 20) with every nested field, at random keyset positions: p50 and p99,
 *    one request at a time, and throughput with 8 in flight.
 *
 * Optional arguments: --units=200 --projects=10000 --samples=300
 */
import { DataSource, EntityManager } from 'typeorm';
import { AuthService } from '@app/auth/auth.service';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { NEED_CATEGORIES, NeedCategory, ProjectStatus, Role } from '@app/common/glossary';
import { encodeCursor } from '@app/common/pagination';
import { NeedEntity } from '@app/needs/needs.entities';
import { MemberUnitEntity, ZoneEntity } from '@app/org/org.entities';
import {
  ProgressReportEntity,
  ProjectClaimEntity,
  ProjectEntity,
  ProjectEventEntity,
  ProjectVoteEntity,
} from '@app/projects/projects.entities';
import { arg, concurrently, ms, MYSQL_BASE, oneAtATime, percentile, recreateDatabase, run, startApi, timedGql } from './support';

const UNITS = arg('units', 200);
const PROJECTS = arg('projects', 10_000);
const SAMPLES = arg('samples', 300);
const DATABASE = 'gr_bench_claims';

const PROJECT_FIELDS = `
  id title status claimLimit claimCount volunteerCount fundsSpentFen beneficiaries
  zone { id name }
  sourceNeeds { id title status }
  votes { choice voter { id displayName } }
  claims { id pledge unit { id name } }
  progress { id percent fundsSpentFen beneficiaries unit { id name } }
  timeline { from to comment at actor { id displayName } }
`;

const CLAIM = `mutation($id: ID!, $unitId: ID!, $pledge: String!) {
  claimProject(projectId: $id, unitId: $unitId, pledge: $pledge, pledgedFundsFen: 100000, pledgedVolunteers: 3) { id status claimCount }
}`;

// first as a variable, as the console sends it (the api's cost rule multiplies by a literal first:
// inline `first: 20` with every nested field scores 5215 against a limit of 5000)
const LIST = `query($z: ID!, $first: Int, $after: String) { projects(zoneId: $z, first: $first, after: $after) { totalCount edges { node { ${PROJECT_FIELDS} } } } }`;

/** A request with its outcome: the first error's code and message, and whether the server failed. */
async function gql(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const r = await timedGql(url, query, variables, token);
  const code = r.body.errors?.[0]?.extensions?.code;
  return { ms: r.ms, status: r.status, code, message: r.body.errors?.[0]?.message, data: r.body.data, internal: r.status >= 500 || code === 'INTERNAL_SERVER_ERROR' };
}

async function insertChunks<T>(m: EntityManager | DataSource, entity: new () => T, rows: Partial<T>[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) {
    await m.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + size) as never).execute();
  }
}

interface World {
  zoneId: number;
  staffId: number;
  staffToken: string;
  board: number[];
  units: { unitId: number; token: string }[];
}

async function seedWorld(db: DataSource, auth: AuthService): Promise<World> {
  const zone = await db.getRepository(ZoneEntity).save({ name: '基准片区', street: '陆家嘴街道', boardSize: null });
  const user = (name: string, unitId: number | null = null) =>
    db.getRepository(UserEntity).save(db.getRepository(UserEntity).create({ username: name, displayName: name, unitId, specialties: [], isPartyMember: false }));
  const staff = await user('bench-staff');
  await db.getRepository(UserRoleEntity).insert({ userId: staff.id, role: Role.COUNCIL_STAFF, zoneId: zone.id });
  const board: number[] = [];
  for (let i = 0; i < 3; i++) {
    const b = await user(`bench-board${i + 1}`);
    await db.getRepository(UserRoleEntity).insert({ userId: b.id, role: Role.BOARD_MEMBER, zoneId: zone.id });
    board.push(b.id);
  }
  await insertChunks(db, MemberUnitEntity, Array.from({ length: UNITS }, (_, i) => ({ zoneId: zone.id, name: `基准成员单位${i + 1}`, kind: 'ENTERPRISE' as const, buildingId: null })));
  const unitRows = await db.getRepository(MemberUnitEntity).find({ where: { zoneId: zone.id }, order: { id: 'ASC' } });
  await insertChunks(db, UserEntity, unitRows.map((u, i) => ({ username: `bench-unit${i + 1}`, displayName: `单位管理员${i + 1}`, unitId: u.id, specialties: [], isPartyMember: false })));
  const admins = await db.getRepository(UserEntity).createQueryBuilder('u').where('u.username LIKE :p', { p: 'bench-unit%' }).getMany();
  await insertChunks(db, UserRoleEntity, admins.map((a) => ({ userId: a.id, role: Role.UNIT_ADMIN, zoneId: zone.id })));
  return {
    zoneId: zone.id,
    staffId: staff.id,
    staffToken: auth.issueToken(staff.id),
    board,
    units: admins.map((a) => ({ unitId: a.unitId!, token: auth.issueToken(a.id) })).sort((a, b) => a.unitId - b.unitId),
  };
}

const STEPS: [ProjectStatus | null, ProjectStatus][] = [
  [null, 'DRAFT'],
  ['DRAFT', 'PROPOSED'],
  ['PROPOSED', 'RESOLVED'],
  ['RESOLVED', 'APPROVED'],
  ['APPROVED', 'PUBLISHED'],
  ['PUBLISHED', 'CLAIMED'],
  ['CLAIMED', 'IN_PROGRESS'],
  ['IN_PROGRESS', 'COMPLETED'],
];

/** A PUBLISHED project with its history, written directly. */
async function publishedProject(db: DataSource, w: World, claimLimit: number, title: string): Promise<number> {
  const res = await db.getRepository(ProjectEntity).insert({
    zoneId: w.zoneId, title, description: '基准测试项目', category: 'VALUE_REALIZATION', status: 'PUBLISHED', budgetFen: 1_000_000,
    targetBeneficiaries: 100, claimLimit, claimCount: 0, volunteerCount: 0, partyMemberVolunteerCount: 0, resolutionRound: 1,
    createdById: w.staffId, proposedById: w.staffId, startsOn: null, endsOn: null, completedAt: null,
  });
  const id = res.identifiers[0].id as number;
  await insertChunks(db, ProjectEventEntity, STEPS.slice(0, 5).map(([fromStatus, toStatus]) => ({ projectId: id, zoneId: w.zoneId, fromStatus, toStatus, actorId: w.staffId, note: null })));
  return id;
}

async function claimRound(db: DataSource, url: string, w: World, limit: number, label: string, report: boolean) {
  const projectId = await publishedProject(db, w, limit, `${label} (名额 ${limit})`);
  const started = performance.now();
  const results = await Promise.all(w.units.map((u, i) => gql(url, CLAIM, { id: String(projectId), unitId: String(u.unitId), pledge: `单位 ${i + 1} 认领承诺` }, u.token)));
  const wall = performance.now() - started;
  const winners = results.filter((r) => r.status === 200 && !r.code).length;
  const conflicts = results.filter((r) => r.code === 'CONFLICT').length;
  const full = results.filter((r) => r.code === 'CONFLICT' && r.message?.includes('名额已满')).length;
  const internal = results.filter((r) => r.internal).length;
  const other = results.length - winners - conflicts - internal;
  const lat = results.map((r) => r.ms).sort((a, b) => a - b);
  const row = await db.getRepository(ProjectEntity).findOneByOrFail({ id: projectId });
  const claimRows = await db.getRepository(ProjectClaimEntity).countBy({ projectId });
  const ok = winners === limit && internal === 0 && claimRows === limit && row.claimCount === limit && row.status === 'CLAIMED';
  if (report) {
    console.log(`\n-- ${UNITS} concurrent claimProject, claim limit ${limit} --`);
    console.log(`winners: ${winners} (limit ${limit})   CONFLICT: ${conflicts} (名额已满 ${full})   other refusals: ${other}   5xx: ${internal}`);
    console.log(`database: ${claimRows} claim rows, claim_count ${row.claimCount}, status ${row.status}   → ${ok ? 'OK' : 'WRONG'}`);
    console.log(`wall ${ms(wall)}   throughput ${((results.length / wall) * 1000).toFixed(0)} req/s   latency p50 ${ms(percentile(lat, 50))}  p99 ${ms(percentile(lat, 99))}  max ${ms(lat[lat.length - 1])}`);
    if (internal) console.log(`first 5xx: ${results.find((r) => r.internal)?.message}`);
  }
  return ok;
}

/** 10,000 projects in every state, each with the nested rows a full read touches. */
async function seedProjects(db: DataSource, w: World) {
  const started = performance.now();
  const statuses: ProjectStatus[] = ['PUBLISHED', 'CLAIMED', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETED', 'COMPLETED', 'DRAFT', 'PROPOSED'];
  const reached = (s: ProjectStatus) => (s === 'DRAFT' ? 1 : STEPS.findIndex(([, to]) => to === s) + 1);
  const CHUNK = 1000;
  for (let start = 0; start < PROJECTS; start += CHUNK) {
    const n = Math.min(CHUNK, PROJECTS - start);
    await db.transaction(async (m) => {
      const rows = Array.from({ length: n }, (_, k) => {
        const i = start + k;
        const status = statuses[i % statuses.length];
        const claimed = ['CLAIMED', 'IN_PROGRESS', 'COMPLETED'].includes(status);
        return {
          zoneId: w.zoneId, title: `项目 ${i + 1}`, description: '批量生成的基准项目', category: NEED_CATEGORIES[i % NEED_CATEGORIES.length] as NeedCategory,
          status, budgetFen: 500_000, targetBeneficiaries: 100, claimLimit: 2, claimCount: claimed ? 2 : 0, volunteerCount: claimed ? 5 : 0,
          partyMemberVolunteerCount: claimed ? 2 : 0, resolutionRound: status === 'DRAFT' ? 0 : 1, createdById: w.staffId, proposedById: status === 'DRAFT' ? null : w.staffId,
          startsOn: null, endsOn: null, completedAt: status === 'COMPLETED' ? new Date() : null,
        };
      });
      await insertChunks(m, ProjectEntity, rows);
      const saved = await m.getRepository(ProjectEntity).createQueryBuilder('p').where('p.zone_id = :z', { z: w.zoneId }).orderBy('p.id', 'DESC').limit(n).getMany();
      const needs: Partial<NeedEntity>[] = [];
      const votes: Partial<ProjectVoteEntity>[] = [];
      const claims: Partial<ProjectClaimEntity>[] = [];
      const reports: Partial<ProgressReportEntity>[] = [];
      const steps: Partial<ProjectEventEntity>[] = [];
      for (const p of saved) {
        const fulfilled = p.status === 'COMPLETED';
        needs.push({ zoneId: w.zoneId, kind: 'GOLDEN_IDEA', channel: 'APP', title: `需求 ${p.id}`, content: '基准需求', status: fulfilled ? 'FULFILLED' : 'IN_PROJECT', category: p.category, supportCount: 3, submitterId: w.staffId, projectId: p.id });
        if (p.resolutionRound) for (const voterId of w.board) votes.push({ projectId: p.id, round: 1, voterId, choice: 'FOR' });
        if (p.claimCount) {
          for (const u of w.units.slice(p.id % 100, (p.id % 100) + 2)) {
            claims.push({ projectId: p.id, zoneId: w.zoneId, unitId: u.unitId, pledge: '承诺派志愿者', pledgedFundsFen: 100_000, pledgedVolunteers: 3, claimedById: w.staffId });
            if (p.status !== 'CLAIMED') {
              reports.push({ projectId: p.id, zoneId: w.zoneId, unitId: u.unitId, note: '过半', percent: 50, fundsSpentFen: 10_000, beneficiaries: 20, latest: false, reporterId: w.staffId });
              reports.push({ projectId: p.id, zoneId: w.zoneId, unitId: u.unitId, note: '进展', percent: 80, fundsSpentFen: 30_000, beneficiaries: 60, latest: true, reporterId: w.staffId });
            }
          }
        }
        for (const [fromStatus, toStatus] of STEPS.slice(0, reached(p.status))) steps.push({ projectId: p.id, zoneId: w.zoneId, fromStatus, toStatus, actorId: w.board[steps.length % 3], note: '批量' });
      }
      await insertChunks(m, NeedEntity, needs);
      await insertChunks(m, ProjectVoteEntity, votes);
      await insertChunks(m, ProjectClaimEntity, claims);
      await insertChunks(m, ProgressReportEntity, reports);
      await insertChunks(m, ProjectEventEntity, steps);
    });
  }
  const total = await db.getRepository(ProjectEntity).countBy({ zoneId: w.zoneId });
  console.log(`\nseeded ${total} projects with needs, votes, claims, progress and timeline in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function readBench(db: DataSource, url: string, w: World) {
  const ids = (await db.getRepository(ProjectEntity).find({ where: { zoneId: w.zoneId }, select: ['id'], order: { id: 'ASC' } })).map((p) => p.id);
  const cursorAt = () => (Math.random() < 0.2 ? null : encodeCursor([ids[20 + Math.floor(Math.random() * (ids.length - 20))]]));
  const one = async () => {
    const r = await gql(url, LIST, { z: String(w.zoneId), first: 20, after: cursorAt() }, w.staffToken);
    if (r.status !== 200 || r.code || r.data?.projects.edges.length !== 20) throw new Error(`bad read: ${r.status} ${r.code} ${r.message}`);
    return r.ms;
  };
  const lat = await oneAtATime(SAMPLES, 20, one);
  lat.sort((a, b) => a - b);
  console.log(`\n-- projects(first: 20) with every nested field, ${ids.length} projects in the zone --`);
  console.log(`one at a time, ${SAMPLES} requests: p50 ${ms(percentile(lat, 50))}  p99 ${ms(percentile(lat, 99))}  max ${ms(lat[lat.length - 1])}`);
  const inFlight = 8;
  const concurrent: number[] = [];
  const wall = await concurrently(inFlight, inFlight * Math.floor(SAMPLES / inFlight), async () => {
    concurrent.push(await one());
  });
  concurrent.sort((a, b) => a - b);
  console.log(`${inFlight} in flight, ${concurrent.length} requests: ${((concurrent.length / wall) * 1000).toFixed(0)} req/s  p50 ${ms(percentile(concurrent, 50))}  p99 ${ms(percentile(concurrent, 99))}`);
}

async function main(): Promise<number> {
  console.log(`claims benchmark on ${MYSQL_BASE}/${DATABASE}: ${UNITS} units, ${PROJECTS} projects for the read test`);
  await recreateDatabase(DATABASE);
  const { app, db, url } = await startApi(DATABASE);
  const w = await seedWorld(db, app.get(AuthService));
  let ok = true;
  try {
    await claimRound(db, url, w, 1, '预热', false);
    ok = (await claimRound(db, url, w, 1, '认领基准', true)) && ok;
    ok = (await claimRound(db, url, w, 5, '认领基准', true)) && ok;
    await seedProjects(db, w);
    await readBench(db, url, w);
  } finally {
    await app.close();
  }
  console.log(ok ? '\nclaims: winners equal the limit, no 5xx' : '\nclaims: WRONG — see above');
  return ok ? 0 : 1;
}

run(main);
