/**
 * Needs benchmark: `npm run bench:needs` (MySQL/MariaDB at BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306; its own database gr_bench_needs, recreated on every run; Redis at
 * BENCH_REDIS_URL, default redis://127.0.0.1:6379/4, flushed first — rate limits and the job queue
 * live there as in production, where a separate worker runs the jobs).
 *
 * Boots the api in this process and talks to it over HTTP (loopback, Node's fetch):
 * 1. submitNeed: 50 clients submit at once, each request from a different person (the 20-per-hour
 *    limit is per person); reports throughput and latency percentiles, and checks every need and
 *    counter landed.
 * 2. needsMenu(zoneId) and needs(zoneId, first: 20) on a zone holding 1,000 needs and on one holding
 *    100,000 (bulk-inserted: a realistic mix of statuses, categories, kinds and support counts),
 *    one request at a time: p50 and p99 for each, and whether p50 at 100k stays within 1.5× of p50
 *    at 1k. Also prints the plans of their queries at 100k and how many rows they really read.
 *
 * Optional arguments: --submits=2000 --clients=50 --samples=400 --big=100000 --small=1000
 */
import { DataSource } from 'typeorm';
import { AuthService } from '@app/auth/auth.service';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { NEED_CATEGORIES, NeedStatus, Role } from '@app/common/glossary';
import { rebuildNeedCounters } from '@app/needs/need-state';
import { NeedEntity } from '@app/needs/needs.entities';
import { ZoneEntity } from '@app/org/org.entities';
import { arg, concurrently, dropDatabase, ms as msWith, oneAtATime, percentile, recreateDatabase, run, startApi, timedGql } from './support';

const SUBMITS = arg('submits', 2000);
const CLIENTS = arg('clients', 50);
const SAMPLES = arg('samples', 400);
const BIG = arg('big', 100_000);
const SMALL = arg('small', 1000);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/4';
const DATABASE = 'gr_bench_needs';

const SUBMIT = `mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id status supportCount } }`;
const MENU = `query($z: ID!) { needsMenu(zoneId: $z) { sections { category count needs { id title kind supportCount createdAt submitter { displayName } } } } }`;
const LIST = `query($z: ID!, $first: Int) { needs(zoneId: $z, first: $first) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id title kind status category supportCount supportedByMe createdAt submitter { displayName } } } } }`;

const TITLES = ['老公房加装电梯', '楼道灯坏了', '小区电动车充电桩', '独居老人助餐', '周末亲子阅读', '白领志愿服务', '会议室向居民开放', '文明楼组评选', '绿化带修剪', '夜间施工噪音'];
const STATUS_MIX: [NeedStatus, number][] = [
  [NeedStatus.SUBMITTED, 0.3],
  [NeedStatus.ACCEPTED, 0.35],
  [NeedStatus.REJECTED, 0.05],
  [NeedStatus.MERGED, 0.05],
  [NeedStatus.CLAIMED, 0.05],
  [NeedStatus.IN_PROJECT, 0.1],
  [NeedStatus.FULFILLED, 0.1],
];

const ms = (x: number) => msWith(x, 2);

/** deterministic pseudo-random numbers, so every run loads the same data */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

async function people(db: DataSource, n: number, prefix: string): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < n; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - start) }, (_, i) => ({
      phone: `${prefix}${String(start + i).padStart(11 - prefix.length, '0')}`,
      displayName: `居民${start + i}`,
      specialties: [],
      isPartyMember: false,
    }));
    await db.getRepository(UserEntity).insert(batch);
    const users = await db.getRepository(UserEntity).find({ where: batch.map((b) => ({ phone: b.phone })), select: ['id'] });
    await db.getRepository(UserRoleEntity).insert(users.map((u) => ({ userId: u.id, role: Role.RESIDENT, zoneId: null })));
    ids.push(...users.map((u) => u.id));
  }
  return ids;
}

/** Bulk-loads `n` needs into a zone with multi-row INSERTs, then derives its counters. */
async function loadNeeds(db: DataSource, zoneId: number, n: number, submitters: number[], seed: number) {
  const rand = rng(seed);
  const pickStatus = () => {
    let x = rand();
    for (const [s, p] of STATUS_MIX) if ((x -= p) < 0) return s;
    return NeedStatus.ACCEPTED;
  };
  const cols = ['zone_id', 'kind', 'channel', 'title', 'content', 'status', 'category', 'support_count', 'submitter_id', 'created_at', 'updated_at'];
  const started = Date.now();
  for (let start = 0; start < n; start += 2000) {
    const rows: unknown[] = [];
    const size = Math.min(2000, n - start);
    const t0 = Date.now() - (n - start) * 60_000; // one need a minute, oldest first
    for (let i = 0; i < size; i++) {
      const status = pickStatus();
      const reviewed = status !== NeedStatus.SUBMITTED && status !== NeedStatus.MERGED && status !== NeedStatus.REJECTED;
      const title = `${TITLES[Math.floor(rand() * TITLES.length)]}${start + i}`;
      // support counts: most needs few, a few many (the menu's head)
      const support = Math.floor(rand() ** 6 * 300);
      const at = new Date(t0 + i * 60_000);
      rows.push(
        zoneId,
        rand() < 0.3 ? 'MICRO_WISH' : 'GOLDEN_IDEA',
        rand() < 0.8 ? 'APP' : 'HALL',
        title,
        `${title}:希望片区能够帮助解决,谢谢。`,
        status,
        reviewed ? NEED_CATEGORIES[Math.floor(rand() * NEED_CATEGORIES.length)] : null,
        support,
        submitters[Math.floor(rand() * submitters.length)],
        at,
        at,
      );
    }
    const placeholders = Array.from({ length: size }, () => `(${cols.map(() => '?').join(',')})`).join(',');
    await db.query(`INSERT INTO needs (${cols.join(',')}) VALUES ${placeholders}`, rows);
  }
  await db.transaction((m) => rebuildNeedCounters(m, zoneId));
  console.log(`  loaded ${n.toLocaleString()} needs into zone ${zoneId} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  await recreateDatabase(DATABASE, REDIS_URL);
  // as in production: rate limits and the job queue in Redis, jobs run by a separate worker
  const { app, db, url } = await startApi(DATABASE, { NODE_ENV: 'production', REDIS_URL, JOBS_IN_API: 'false' });
  const auth = app.get(AuthService);
  const gql = (query: string, variables: Record<string, unknown>, token?: string) => timedGql(url, query, variables, token);

  try {
    const [intakeZone, smallZone, bigZone] = await Promise.all(
      ['提交片区', '千条片区', '十万片区'].map((name) => db.getRepository(ZoneEntity).save({ name, street: '陆家嘴街道', boardSize: null })),
    );
    console.log(`needs benchmark on ${DATABASE} (${(await db.query('SELECT VERSION() AS v'))[0].v})`);

    // ── 1. submitNeed throughput ───────────────────────────────────────────
    const submitters = await people(db, SUBMITS + CLIENTS, '137');
    const tokens = submitters.map((id) => auth.issueToken(id));
    const input = (i: number) => ({ zoneId: String(intakeZone.id), kind: i % 3 ? 'GOLDEN_IDEA' : 'MICRO_WISH', title: `${TITLES[i % TITLES.length]}${i}`, content: '希望片区能够帮助解决,谢谢。' });
    // warm-up (not reported): one round of the clients
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => gql(SUBMIT, { input: input(c) }, tokens[SUBMITS + c])));

    const latencies: number[] = [];
    let failures = 0;
    const wall =
      (await concurrently(CLIENTS, SUBMITS, async (i) => {
        const r = await gql(SUBMIT, { input: input(i) }, tokens[i]);
        latencies.push(r.ms);
        if (r.body.errors || r.status !== 200) {
          failures++;
          if (failures <= 3) console.log('  submit failed:', JSON.stringify(r.body.errors ?? r.status));
        }
      })) / 1000;
    latencies.sort((a, b) => a - b);
    const landed = await db.getRepository(NeedEntity).count({ where: { zoneId: intakeZone.id } });
    const [{ n: counted }] = await db.query('SELECT COALESCE(SUM(count),0) AS n FROM need_counters WHERE zone_id = ?', [intakeZone.id]);
    console.log(`\n1. submitNeed, ${CLIENTS} concurrent clients, ${SUBMITS} requests (each from a different person)`);
    console.log(`   throughput ${(SUBMITS / wall).toFixed(0)} req/s   p50 ${ms(percentile(latencies, 50))}   p99 ${ms(percentile(latencies, 99))}   max ${ms(latencies[latencies.length - 1])}   failures ${failures}`);
    console.log(`   needs stored ${landed} (expected ${SUBMITS + CLIENTS}), need_counters sum ${counted}`);

    // ── 2. menu and list at 1k and 100k ────────────────────────────────────
    console.log(`\n2. loading data`);
    const owners = await people(db, 2000, '136');
    await loadNeeds(db, smallZone.id, SMALL, owners, 1);
    await loadNeeds(db, bigZone.id, BIG, owners, 2);
    await db.query(`ANALYZE TABLE needs, need_counters, menu_counters`);
    const staffId = (await people(db, 1, '135'))[0];
    await db.getRepository(UserRoleEntity).insert([
      { userId: staffId, role: Role.COUNCIL_STAFF, zoneId: smallZone.id },
      { userId: staffId, role: Role.COUNCIL_STAFF, zoneId: bigZone.id },
    ]);
    const staffToken = auth.issueToken(staffId);
    const residentToken = auth.issueToken(owners[7]);

    const measure = async (query: string, vars: Record<string, unknown>, token?: string) => {
      const xs = await oneAtATime(SAMPLES, 50, async () => {
        const r = await gql(query, vars, token);
        if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
        return r.ms;
      });
      xs.sort((a, b) => a - b);
      return { p50: percentile(xs, 50), p99: percentile(xs, 99) };
    };
    const cases: [string, string, (z: number) => Record<string, unknown>, string | undefined][] = [
      ['needsMenu (anonymous)', MENU, (z) => ({ z: String(z) }), undefined],
      ['needs(first: 20) anonymous', LIST, (z) => ({ z: String(z), first: 20 }), undefined],
      ['needs(first: 20) resident', LIST, (z) => ({ z: String(z), first: 20 }), residentToken],
      ['needs(first: 20) staff', LIST, (z) => ({ z: String(z), first: 20 }), staffToken],
    ];
    console.log(`\n   one request at a time, ${SAMPLES} samples after 50 warm-up requests`);
    console.log(`   ${'query'.padEnd(30)} ${'1k p50'.padStart(10)} ${'1k p99'.padStart(10)} ${'100k p50'.padStart(10)} ${'100k p99'.padStart(10)}   p50 ratio`);
    let allOk = true;
    for (const [name, query, vars, token] of cases) {
      const small = await measure(query, vars(smallZone.id), token);
      const big = await measure(query, vars(bigZone.id), token);
      const ratio = big.p50 / small.p50;
      const ok = ratio <= 1.5;
      allOk &&= ok;
      console.log(`   ${name.padEnd(30)} ${ms(small.p50).padStart(10)} ${ms(small.p99).padStart(10)} ${ms(big.p50).padStart(10)} ${ms(big.p99).padStart(10)}   ${ratio.toFixed(2)}× ${ok ? 'ok' : 'OVER 1.5×'}`);
    }
    const check = await gql(LIST, { z: String(bigZone.id), first: 20 }, staffToken);
    console.log(`   (needs.totalCount at the big zone: ${check.body.data.needs.totalCount.toLocaleString()})`);
    console.log(`\n   target (p50 at ${BIG.toLocaleString()} within 1.5× of p50 at ${SMALL.toLocaleString()}): ${allOk ? 'met' : 'NOT met'}`);

    // ── query plans at 100k ───────────────────────────────────────────────
    // MariaDB's ANALYZE runs the statement and reports the rows actually read (r_rows), which with
    // ORDER BY … LIMIT is what matters; `rows` is only the optimiser's estimate of the whole range.
    const mariadb = /mariadb/i.test(String((await db.query('SELECT VERSION() AS v'))[0].v));
    console.log(`\n3. query plans at ${BIG.toLocaleString()} (${mariadb ? 'ANALYZE: r_rows = rows actually read' : 'EXPLAIN'})`);
    const plans: [string, string, unknown[]][] = [
      ['menu section (top by support)', 'SELECT * FROM needs WHERE zone_id = ? AND status = ? AND category = ? ORDER BY support_count DESC, id DESC LIMIT 21', [bigZone.id, 'ACCEPTED', 'PUBLIC_SERVICE']],
      ['menu section (boundary, oldest)', 'SELECT * FROM needs WHERE zone_id = ? AND status = ? AND category = ? AND support_count = 0 ORDER BY id ASC LIMIT 20', [bigZone.id, 'ACCEPTED', 'PUBLIC_SERVICE']],
      ['list, staff', 'SELECT * FROM needs WHERE zone_id = ? ORDER BY id DESC LIMIT 21', [bigZone.id]],
      ['list, public', "SELECT * FROM needs WHERE zone_id = ? AND (status IN ('ACCEPTED','MERGED','CLAIMED','IN_PROJECT','FULFILLED') OR submitter_id = ?) ORDER BY id DESC LIMIT 21", [bigZone.id, owners[7]]],
      ['totalCount (need_counters)', "SELECT SUM(count) FROM need_counters WHERE zone_id = ? AND status IN ('ACCEPTED','MERGED','CLAIMED','IN_PROJECT','FULFILLED')", [bigZone.id]],
      ['menu counts (menu_counters)', 'SELECT * FROM menu_counters WHERE zone_id = ?', [bigZone.id]],
    ];
    for (const [name, sql, params] of plans) {
      const rows: { type: string; key: string | null; rows: number; r_rows?: number; Extra: string }[] = await db.query(`${mariadb ? 'ANALYZE' : 'EXPLAIN'} ${sql}`, params);
      for (const r of rows) console.log(`   ${name.padEnd(32)} type=${r.type} key=${r.key} ${mariadb ? `r_rows=${r.r_rows}` : `rows≈${r.rows}`} ${r.Extra ?? ''}`);
    }
  } finally {
    await app.close();
    if (process.env.KEEP_BENCH_DB !== '1') await dropDatabase(DATABASE);
  }
}

run(main);
