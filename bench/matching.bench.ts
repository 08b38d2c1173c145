/**
 * Matching benchmark: `npm run bench:matching` (MySQL/MariaDB at BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306; its own database gr_bench_matching, recreated on every run).
 *
 * One zone with 500 member units (in 20 buildings, 40 两楼结对 pairs), 5,000 resources, 20,000
 * projects in every state (claims, starts, progress reports and frozen survey results on the
 * finished ones) and 200,000 needs. Boots the api in this process and, over HTTP, one request at
 * a time: suggestUnits(projectId) for staff and recommendedProjects(unitId) for a unit's admin —
 * p50 and p99 — plus suggestUnitsForNeed, recommendedWishes and matchingGaps for information.
 * Counts the SQL statements each call sends with first: 5 and first: 50 (they must be equal).
 *
 * Optional arguments: --units=500 --resources=5000 --projects=20000 --needs=200000 --samples=200
 * Also times suggestUnits and recommendedProjects right after a change (the zone aggregates computed again).
 * --reuse: keep gr_bench_matching when it already holds a world of these sizes (the calls only
 * read, so a second run measures the same data without building it again; migrations still run).
 */
import { DataSource, EntityManager } from 'typeorm';
import { AuthService } from '@app/auth/auth.service';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { NEED_CATEGORIES, NeedCategory, ProjectStatus, ResourceCost, ResourceKind, Role } from '@app/common/glossary';
import { SurveyEntity } from '@app/evaluation/evaluation.entities';
import { PairingEntity, ResourceEntity } from '@app/matching/matching.entities';
import { MatchingCache } from '@app/matching/matching-cache';
import { toMask } from '@app/matching/scoring';
import { NeedEntity, needRow } from '@app/needs/needs.entities';
import { BuildingEntity, CommunityEntity, MemberUnitEntity, ZoneEntity } from '@app/org/org.entities';
import { ProgressReportEntity, ProjectClaimEntity, ProjectEntity, ProjectEventEntity } from '@app/projects/projects.entities';
import { arg, ms, MYSQL_BASE, oneAtATime, percentile, recreateDatabase, run, startApi, timedGql } from './support';

const UNITS = arg('units', 500);
const RESOURCES = arg('resources', 5000);
const PROJECTS = arg('projects', 20_000);
const NEEDS = arg('needs', 200_000);
const SAMPLES = arg('samples', 200);
const DATABASE = 'gr_bench_matching';
const REUSE = process.argv.includes('--reuse');
const ZONE_NAME = '基准片区';

const WORDS = ['智能手机', '上海话', '法律咨询', '助老', '助学', '加装电梯', '读书会', '健康讲座', '垃圾分类', '楼道修缮', '慈善跑', '书法', '理发', '维修', '亲子活动'];
const KINDS: ResourceKind[] = ['VENUE', 'EQUIPMENT', 'MATERIALS', 'FUNDS', 'SKILL', 'VOLUNTEERS', 'SERVICE'];
const COSTS: ResourceCost[] = ['FREE', 'LOW_COST', 'PAID'];

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

async function insertChunks<T>(m: EntityManager | DataSource, entity: new () => T, rows: Partial<T>[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) await m.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + size) as never).execute();
}

function statusFor(i: number): ProjectStatus {
  const r = (i * 7919) % 100;
  if (r < 40) return 'EVALUATED';
  if (r < 55) return 'COMPLETED';
  if (r < 65) return 'IN_PROGRESS';
  if (r < 75) return 'CLAIMED';
  if (r < 85) return 'PUBLISHED';
  return 'DRAFT';
}

async function build(db: DataSource, auth: AuthService) {
  const zone = await db.getRepository(ZoneEntity).save({ name: ZONE_NAME, street: '基准街道', boardSize: null });
  const z = zone.id;
  await insertChunks(db, CommunityEntity, Array.from({ length: 20 }, (_, i) => ({ zoneId: z, name: `居民区${i + 1}` })));
  await insertChunks(db, BuildingEntity, Array.from({ length: 20 }, (_, i) => ({ zoneId: z, name: `楼宇${i + 1}` })));
  const communities = (await db.getRepository(CommunityEntity).findBy({ zoneId: z })).map((c) => c.id);
  const buildings = (await db.getRepository(BuildingEntity).findBy({ zoneId: z })).map((b) => b.id);
  await insertChunks(db, PairingEntity, Array.from({ length: 40 }, (_, i) => ({ zoneId: z, communityId: communities[i % 20], buildingId: buildings[(i * 3 + Math.floor(i / 20)) % 20], note: null, createdById: 1 })));
  await insertChunks(db, MemberUnitEntity, Array.from({ length: UNITS }, (_, i) => ({ zoneId: z, name: `成员单位${i + 1}`, kind: 'ENTERPRISE' as const, buildingId: i % 3 ? buildings[i % 20] : null })));
  const units = (await db.getRepository(MemberUnitEntity).findBy({ zoneId: z })).map((u) => u.id);
  const staff = await db.getRepository(UserEntity).save(db.getRepository(UserEntity).create({ username: 'bench-staff', displayName: '社工', specialties: [], isPartyMember: false }));
  await db.getRepository(UserRoleEntity).insert({ userId: staff.id, role: Role.COUNCIL_STAFF, zoneId: z });
  await insertChunks(db, UserEntity, units.map((u, i) => ({ username: `bench-unit${i + 1}`, displayName: `单位管理员${i + 1}`, unitId: u, specialties: [], isPartyMember: false })));
  const admins = await db.getRepository(UserEntity).createQueryBuilder('u').where('u.unit_id IS NOT NULL').getMany();
  await insertChunks(db, UserRoleEntity, admins.map((a) => ({ userId: a.id, role: Role.UNIT_ADMIN, zoneId: z })));
  // people with 三亮, in the zone's places
  await insertChunks(
    db,
    UserEntity,
    Array.from({ length: 5000 }, (_, i) => ({
      phone: `135${String(10_000_000 + i).slice(-8)}`,
      displayName: `居民${i}`,
      communityId: i % 2 ? communities[i % 20] : null,
      buildingId: i % 2 ? null : buildings[i % 20],
      isPartyMember: i % 3 === 0,
      specialties: i % 4 === 0 ? [pick(WORDS)] : [],
      willingCategories: i % 2 === 0 ? [pick(NEED_CATEGORIES)] : null,
    })),
  );

  await insertChunks(
    db,
    ResourceEntity,
    Array.from({ length: RESOURCES }, (_, i) => {
      const cost = pick(COSTS);
      const categories = [pick(NEED_CATEGORIES), pick(NEED_CATEGORIES)];
      return {
        zoneId: z,
        unitId: units[i % units.length],
        kind: pick(KINDS),
        title: `${pick(WORDS)}资源${i}`,
        description: `为居民提供${pick(WORDS)}和${pick(WORDS)}相关的支持,每周开放`,
        categoryMask: toMask(categories),
        capacity: 10 + (i % 50),
        cost,
        costRank: COSTS.indexOf(cost),
        available: i % 10 !== 0,
        createdById: staff.id,
      };
    }),
  );

  const now = Date.now();
  const projects = Array.from({ length: PROJECTS }, (_, i) => {
    const status = statusFor(i);
    const done = status === 'COMPLETED' || status === 'EVALUATED';
    return {
      zoneId: z,
      title: `${pick(WORDS)}项目${i}`,
      description: `面向居民开展${pick(WORDS)}、${pick(WORDS)}服务`,
      category: NEED_CATEGORIES[i % 7] as NeedCategory,
      status,
      budgetFen: 100000,
      targetBeneficiaries: 100,
      claimLimit: 2,
      claimCount: status === 'PUBLISHED' || status === 'DRAFT' ? 0 : 1,
      volunteerCount: 0,
      partyMemberVolunteerCount: 0,
      resolutionRound: 1,
      createdById: staff.id,
      proposedById: staff.id,
      startsOn: null,
      endsOn: null,
      completedAt: done ? new Date(now - (i % 900) * 86400_000) : null,
    };
  });
  await insertChunks(db, ProjectEntity, projects);
  const rows = await db.getRepository(ProjectEntity).find({ where: { zoneId: z }, select: ['id', 'status', 'category'], order: { id: 'ASC' } });
  const claims: Partial<ProjectClaimEntity>[] = [];
  const starts: Partial<ProjectEventEntity>[] = [];
  const reports: Partial<ProgressReportEntity>[] = [];
  const surveys: Partial<SurveyEntity>[] = [];
  const needs: ReturnType<typeof needRow>[] = [];
  for (const [i, p] of rows.entries()) {
    needs.push(needRow({ zoneId: z, kind: 'GOLDEN_IDEA', channel: 'APP', title: `来源需求${i}`, content: '希望开展活动', status: 'IN_PROJECT', category: p.category, submitterId: staff.id, communityId: communities[i % 20], projectId: p.id }));
    if (p.status === 'PUBLISHED' || p.status === 'DRAFT') continue;
    const unitId = units[(i * 31) % units.length];
    claims.push({ projectId: p.id, zoneId: z, unitId, pledge: '承诺', pledgedFundsFen: 0, pledgedVolunteers: 0, claimedById: staff.id });
    if (p.status === 'CLAIMED') continue;
    const start = new Date(now - 200 * 86400_000);
    starts.push({ projectId: p.id, zoneId: z, fromStatus: 'CLAIMED', toStatus: 'IN_PROGRESS', actorId: staff.id, note: null, at: start });
    reports.push({ projectId: p.id, zoneId: z, unitId, note: '进展', percent: 50, fundsSpentFen: 0, beneficiaries: 10, latest: true, reporterId: staff.id, at: new Date(start.getTime() + ((i % 60) + 1) * 86400_000) });
    if (p.status === 'EVALUATED') {
      const rate = 0.8 + (i % 20) / 100;
      surveys.push({ projectId: p.id, zoneId: z, method: 'QUESTIONNAIRE', targetResponses: 100, open: false, responseCount: 100, satisfiedCount: Math.round(rate * 100), frozenResult: { responseCount: 100, satisfactionRate: rate, frozen: true }, createdById: staff.id, closedAt: new Date() });
    }
  }
  for (let i = needs.length; i < NEEDS; i++) {
    const accepted = i % 3 === 0;
    needs.push(
      needRow({
        zoneId: z,
        kind: i % 2 ? 'MICRO_WISH' : 'GOLDEN_IDEA',
        channel: 'APP',
        title: `${pick(WORDS)}需求${i}`,
        content: `希望得到${pick(WORDS)}方面的帮助`,
        status: accepted ? 'ACCEPTED' : i % 3 === 1 ? 'FULFILLED' : 'SUBMITTED',
        category: accepted || i % 3 === 1 ? NEED_CATEGORIES[i % 7] : null,
        supportCount: i % 9,
        submitterId: staff.id,
        communityId: communities[i % 20],
      }),
    );
  }
  await db.transaction(async (m) => {
    await insertChunks(m, ProjectClaimEntity, claims);
    await insertChunks(m, ProjectEventEntity, starts);
    await insertChunks(m, ProgressReportEntity, reports);
    await insertChunks(m, SurveyEntity, surveys, 500);
  });
  await insertChunks(db, NeedEntity, needs, 2000);
  return world(db, auth);
}

type World = Awaited<ReturnType<typeof world>>;

/** What the calls need, read back from a built database: the zone, its published projects, open wishes, staff and unit admins. */
async function world(db: DataSource, auth: AuthService) {
  const zone = await db.getRepository(ZoneEntity).findOneByOrFail({ name: ZONE_NAME });
  const z = zone.id;
  const staff = await db.getRepository(UserEntity).findOneByOrFail({ username: 'bench-staff' });
  const admins = await db.getRepository(UserEntity).createQueryBuilder('u').where('u.unit_id IS NOT NULL').orderBy('u.id', 'ASC').getMany();
  const published = (await db.getRepository(ProjectEntity).find({ where: { zoneId: z, status: 'PUBLISHED' }, select: ['id'], order: { id: 'ASC' } })).map((p) => p.id);
  const wishes = (await db.getRepository(NeedEntity).find({ where: { zoneId: z, status: 'ACCEPTED', kind: 'MICRO_WISH' }, select: ['id'], order: { id: 'ASC' }, take: 500 })).map((n) => n.id);
  const count = (entity: new () => unknown) => db.getRepository(entity).countBy({ zoneId: z } as never);
  return {
    zoneId: z,
    published,
    wishes,
    staffToken: auth.issueToken(staff.id),
    units: admins.map((a) => ({ unitId: a.unitId!, token: auth.issueToken(a.id) })),
    counts: {
      units: await count(MemberUnitEntity),
      resources: await count(ResourceEntity),
      projects: await count(ProjectEntity),
      needs: await count(NeedEntity),
      claims: await count(ProjectClaimEntity),
      surveys: await count(SurveyEntity),
    },
  };
}

/** With --reuse: the world already in the database when it has the sizes asked for, else null. */
async function reusable(): Promise<boolean> {
  if (!REUSE) return false;
  const { createConnection } = await import('mysql2/promise');
  const conn = await createConnection(MYSQL_BASE);
  try {
    const [rows] = (await conn.query(
      `SELECT (SELECT COUNT(*) FROM ${DATABASE}.member_units) AS units, (SELECT COUNT(*) FROM ${DATABASE}.resources) AS resources,
              (SELECT COUNT(*) FROM ${DATABASE}.projects) AS projects, (SELECT COUNT(*) FROM ${DATABASE}.needs) AS needs`,
    )) as unknown as [{ units: number; resources: number; projects: number; needs: number }[]];
    const c = rows[0];
    return Number(c.units) === UNITS && Number(c.resources) === RESOURCES && Number(c.projects) === PROJECTS && Number(c.needs) === Math.max(NEEDS, PROJECTS);
  } catch {
    return false; // no such database or tables yet
  } finally {
    await conn.end();
  }
}

/** Counts the SQL statements the api sends while `fn` runs (one request at a time). */
function statementCounter(db: DataSource) {
  const proto = Object.getPrototypeOf(db.createQueryRunner()) as { query: (...a: unknown[]) => Promise<unknown> };
  const original = proto.query;
  let n = 0;
  proto.query = function (this: unknown, ...a: unknown[]) {
    n++;
    return original.apply(this, a);
  };
  // the in-process job relay polls the outbox now and then: the fewest of three runs is the call's own count
  return async (fn: () => Promise<unknown>) => {
    let fewest = Infinity;
    for (let k = 0; k < 3; k++) {
      n = 0;
      await fn();
      fewest = Math.min(fewest, n);
    }
    return fewest;
  };
}

run(async () => {
  const reuse = await reusable();
  if (!reuse) await recreateDatabase(DATABASE);
  const api = await startApi(DATABASE);
  const t0 = performance.now();
  const w: World = reuse ? await world(api.db, api.app.get(AuthService)) : await build(api.db, api.app.get(AuthService));
  console.log(`matching bench on MySQL: ${JSON.stringify(w.counts)}; ${reuse ? 'reused' : 'built'} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

  const SUGGEST = `query($p: ID!, $first: Int) { suggestUnits(projectId: $p, first: $first) { score unit { id name } reasons { code text weight } resources { id title } } }`;
  const FOR_NEED = `query($n: ID!, $first: Int) { suggestUnitsForNeed(needId: $n, first: $first) { score unit { id } reasons { code text } } }`;
  const RECOMMENDED = `query($u: ID!, $first: Int) { recommendedProjects(unitId: $u, first: $first) { score project { id title category } reasons { code text weight } } }`;
  const WISHES = `query($u: ID!, $first: Int) { recommendedWishes(unitId: $u, first: $first) { score need { id title } reasons { code text } } }`;
  const GAPS = `query($z: ID!) { matchingGaps(zoneId: $z) { category openNeeds supports capableUnits } }`;

  let failures = 0;
  const call = async (query: string, vars: Record<string, unknown>, token: string) => {
    const r = await timedGql(api.url, query, vars, token);
    if (r.body.errors?.length || r.status !== 200) {
      failures++;
      if (failures < 5) console.error(JSON.stringify(r.body.errors ?? r.status));
    }
    return r.ms;
  };
  const report = async (name: string, fn: (i: number) => Promise<number>) => {
    let i = 0;
    const cpu0 = process.cpuUsage();
    const times = (await oneAtATime(SAMPLES, 10, () => fn(i++))).sort((a, b) => a - b);
    const cpu = process.cpuUsage(cpu0);
    // this process's CPU (api and client) per request: what the load average of a shared machine does not change
    const cpuMs = (cpu.user + cpu.system) / 1000 / (SAMPLES + 10);
    console.log(`${name.padEnd(36)} p50 ${ms(percentile(times, 50))}  p99 ${ms(percentile(times, 99))}  (${SAMPLES} requests, one at a time; ${ms(cpuMs)} node CPU each)`);
    return { p50: percentile(times, 50), p99: percentile(times, 99) };
  };

  const suggest = await report('suggestUnits', (i) => call(SUGGEST, { p: String(w.published[(i * 13) % w.published.length]), first: 10 }, w.staffToken));
  const recommended = await report('recommendedProjects', (i) => {
    const u = w.units[(i * 7) % w.units.length];
    return call(RECOMMENDED, { u: String(u.unitId), first: 10 }, u.token);
  });
  await report('suggestUnitsForNeed', (i) => call(FOR_NEED, { n: String(w.wishes[i % w.wishes.length]), first: 10 }, w.staffToken));
  await report('recommendedWishes', (i) => {
    const u = w.units[(i * 11) % w.units.length];
    return call(WISHES, { u: String(u.unitId), first: 10 }, u.token);
  });
  await report('matchingGaps', () => call(GAPS, { z: String(w.zoneId) }, w.staffToken));

  // the zone's aggregates are kept between writes (MatchingCache): the same calls right after a
  // change to a watched table, when everything is read and computed again
  const cache = api.app.get(MatchingCache);
  const cold = (fn: (i: number) => Promise<number>) => async (i: number) => {
    cache.changed();
    return fn(i);
  };
  const suggestCold = await report('suggestUnits (after a change)', cold((i) => call(SUGGEST, { p: String(w.published[(i * 17) % w.published.length]), first: 10 }, w.staffToken)));
  const recommendedCold = await report('recommendedProjects (after a change)', cold((i) => {
    const u = w.units[(i * 3) % w.units.length];
    return call(RECOMMENDED, { u: String(u.unitId), first: 10 }, u.token);
  }));

  const count = statementCounter(api.db);
  const u = w.units[3];
  const p = String(w.published[5]);
  const statements = {
    suggestUnits: [await count(() => call(SUGGEST, { p, first: 5 }, w.staffToken)), await count(() => call(SUGGEST, { p, first: 50 }, w.staffToken))],
    recommendedProjects: [await count(() => call(RECOMMENDED, { u: String(u.unitId), first: 5 }, u.token)), await count(() => call(RECOMMENDED, { u: String(u.unitId), first: 50 }, u.token))],
    recommendedWishes: [await count(() => call(WISHES, { u: String(u.unitId), first: 5 }, u.token)), await count(() => call(WISHES, { u: String(u.unitId), first: 50 }, u.token))],
  };
  for (const [name, [a, b]] of Object.entries(statements)) console.log(`${name.padEnd(22)} SQL statements per call: ${a} with first: 5, ${b} with first: 50${a === b ? '' : '  ← NOT constant'}`);
  console.log(`failures: ${failures}`);
  const ok = failures === 0 && Object.values(statements).every(([a, b]) => a === b);
  console.log(
    `targets (p50 < 30 ms, p99 < 100 ms): suggestUnits ${suggest.p50 < 30 && suggest.p99 < 100 ? 'met' : 'missed'}, recommendedProjects ${recommended.p50 < 30 && recommended.p99 < 100 ? 'met' : 'missed'}`,
  );
  console.log(`after a change (computed again): suggestUnits p50 ${ms(suggestCold.p50)} p99 ${ms(suggestCold.p99)}, recommendedProjects p50 ${ms(recommendedCold.p50)} p99 ${ms(recommendedCold.p99)}`);
  await api.app.close();
  return ok ? 0 : 1;
});
