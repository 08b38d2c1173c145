/**
 * Search benchmark: `npm run bench:search` (MySQL/MariaDB at BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306; its own database gr_bench_search, recreated on every run).
 *
 * Boots the api in this process and asks `needs(zoneId, search, first: 20)` over HTTP, one request
 * at a time, first with 10,000 needs in the database, then with 1,000,000: p50 and p99 per query
 * (as the zone's staff, who see every status; anonymously, who see public needs only; and as the
 * portal asks, anonymously with status ACCEPTED).
 * The needs are the labelled needs of the classifier's training set recombined (title of one, content of
 * another, a building number), so words have the frequencies of real needs: a word such as 电梯
 * is in a few per cent of all needs. Their search postings (need_search_postings) are the app's
 * (checked against needPostingRows for the first 200); for the bulk load to 1M the postings are
 * gathered and written in primary-key order, and their two indexes are built after them.
 *
 * Optional arguments: --small=10000 --big=1000000 --samples=200; --keep leaves the database in place
 */
import { DataSource } from 'typeorm';
import { AuthService } from '@app/auth/auth.service';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { NEED_CATEGORIES, NeedStatus, Role } from '@app/common/glossary';
import { loadTrainingSet } from '@app/needs/classifier/training-set';
import { rebuildNeedCounters } from '@app/needs/need-state';
import { ZoneEntity } from '@app/org/org.entities';
import { encodeWord } from '@app/search/search-text';
import { segmentForSearch } from '@app/common/segmenter';
import { needPostingRows } from '@app/needs/need-search';
import { arg, dropDatabase, ms as msWith, oneAtATime, percentile, recreateDatabase, run, startApi, timedGql } from './support';

const SMALL = arg('small', 10_000);
const BIG = arg('big', 1_000_000);
const SAMPLES = arg('samples', 200);
const DATABASE = 'gr_bench_search';
const LIST = `query($z: ID!, $s: String, $st: NeedStatus, $first: Int) { needs(zoneId: $z, search: $s, status: $st, first: $first) { totalCount edges { node { id title status category supportCount createdAt submitter { displayName } } } } }`;
const QUERIES = ['电梯', '加装电梯', '老人 助餐', '停车', '噪音扰民', '237号楼'];
const STATUSES: NeedStatus[] = [NeedStatus.SUBMITTED, NeedStatus.ACCEPTED, NeedStatus.ACCEPTED, NeedStatus.IN_PROJECT, NeedStatus.FULFILLED, NeedStatus.REJECTED];
const ms = (x: number) => msWith(x, 1);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const wordsOf = (words: string[]) => [...new Set(words.map(encodeWord).filter((t): t is string => !!t))];

/** The statuses in key order (as MariaDB sorts them), to write postings in primary-key order. */
const STATUS_ORDER = [...new Set(STATUSES)].sort();
/** Postings of the big load, by word: need ids in lists by (status, in_title) in key order, appended in id order. */
type Postings = Map<string, number[][]>;

/**
 * Appends needs up to `total` in the zone (multi-row INSERTs), their postings as the app
 * computes them (the first needs are checked against needPostingRows). Postings are written with
 * each batch, or, when `collect` is given, gathered there to be written in primary-key order.
 */
async function loadNeeds(db: DataSource, zoneId: number, from: number, total: number, submitterId: number, collect?: Postings) {
  const fixtures = loadTrainingSet();
  const titleWords = fixtures.map((f) => segmentForSearch(f.title));
  const contentWords = fixtures.map((f) => segmentForSearch(f.content));
  const titleTokens = titleWords.map(wordsOf);
  const contentTokens = contentWords.map(wordsOf);
  const rand = rng(from + 7);
  const cols = ['id', 'zone_id', 'kind', 'channel', 'title', 'content', 'status', 'category', 'support_count', 'submitter_id', 'created_at', 'updated_at'];
  const started = Date.now();
  for (let start = from; start < total; start += 1000) {
    const size = Math.min(1000, total - start);
    const rows: unknown[] = [];
    const postings: unknown[] = [];
    for (let i = 0; i < size; i++) {
      const id = start + i + 1;
      const a = Math.floor(rand() * fixtures.length);
      const b = Math.floor(rand() * fixtures.length);
      const building = `${1 + Math.floor(rand() * 400)}号楼`;
      const content = `${fixtures[b].content}(${building})`;
      const buildingWords = segmentForSearch(building);
      const status = STATUSES[Math.floor(rand() * STATUSES.length)];
      const statusKey = STATUS_ORDER.indexOf(status);
      const inTitle = new Set(titleTokens[a]);
      const words = [...inTitle, ...new Set([...contentTokens[b], ...wordsOf(buildingWords)].filter((t) => !inTitle.has(t)))];
      if (id <= 200) {
        const expected = needPostingRows({ id, zoneId, status, title: fixtures[a].title, content }).map((r) => `${r.token}:${r.inTitle}`).sort();
        const got = words.map((t) => `${t}:${inTitle.has(t) ? 1 : 0}`).sort();
        if (expected.join() !== got.join()) throw new Error(`bench postings differ from the app's for need ${id}`);
      }
      for (const t of words) {
        if (collect) {
          let lists = collect.get(t);
          if (!lists) collect.set(t, (lists = STATUS_ORDER.flatMap(() => [[], []])));
          lists[statusKey * 2 + (inTitle.has(t) ? 1 : 0)].push(id);
        } else postings.push(t, zoneId, status, inTitle.has(t) ? 1 : 0, id);
      }
      const at = new Date(Date.now() - (total - start - i) * 30_000);
      rows.push(id, zoneId, fixtures[a].kind, 'APP', fixtures[a].title, content, status, status === NeedStatus.SUBMITTED || status === NeedStatus.REJECTED ? null : NEED_CATEGORIES[a % 7], Math.floor(rand() ** 6 * 100), submitterId, at, at);
    }
    await db.query(`INSERT INTO needs (${cols.join(',')}) VALUES ${Array.from({ length: size }, () => `(${cols.map(() => '?').join(',')})`).join(',')}`, rows);
    for (let i = 0; i < postings.length; i += 5 * 2000) {
      const chunk = postings.slice(i, i + 5 * 2000);
      await db.query(`INSERT INTO need_search_postings (token, zone_id, status, in_title, need_id) VALUES ${Array.from({ length: chunk.length / 5 }, () => '(?,?,?,?,?)').join(',')}`, chunk);
    }
    if ((start - from) % 100_000 === 0 && start > from) process.stdout.write(`  ${start.toLocaleString()}…\n`);
  }
  return (Date.now() - started) / 1000;
}

/** Writes gathered postings in primary-key order (word, status, need id), 2,000 rows a statement. */
async function writePostings(db: DataSource, zoneId: number, collect: Postings): Promise<number> {
  let batch: unknown[] = [];
  let written = 0;
  const flush = async () => {
    if (!batch.length) return;
    await db.query(`INSERT INTO need_search_postings (token, zone_id, status, in_title, need_id) VALUES ${Array.from({ length: batch.length / 5 }, () => '(?,?,?,?,?)').join(',')}`, batch);
    written += batch.length / 5;
    if (Math.floor(written / 2_000_000) !== Math.floor((written - batch.length / 5) / 2_000_000)) process.stdout.write(`  ${written.toLocaleString()} postings…\n`);
    batch = [];
  };
  for (const token of [...collect.keys()].sort()) {
    const lists = collect.get(token)!;
    for (let g = 0; g < lists.length; g += 2) {
      // one status: its two lists (content, title), each in id order, merged into key order
      const [body, title] = [lists[g], lists[g + 1]];
      let i = 0;
      let j = 0;
      while (i < body.length || j < title.length) {
        const fromTitle = j < title.length && (i >= body.length || title[j] < body[i]);
        batch.push(token, zoneId, STATUS_ORDER[g >> 1], fromTitle ? 1 : 0, fromTitle ? title[j++] : body[i++]);
        if (batch.length >= 5 * 2000) await flush();
      }
    }
    collect.delete(token);
  }
  await flush();
  return written;
}

async function main() {
  await recreateDatabase(DATABASE);
  const { app, db, url } = await startApi(DATABASE, { NODE_ENV: 'production' });
  try {
    console.log(`search benchmark on ${DATABASE} (${(await db.query('SELECT VERSION() AS v'))[0].v})`);
    const zone = await db.getRepository(ZoneEntity).save({ name: '搜索片区', street: '陆家嘴街道', boardSize: null });
    const owner = await db.getRepository(UserEntity).save({ phone: '13600000000', displayName: '居民', specialties: [], isPartyMember: false });
    const staff = await db.getRepository(UserEntity).save({ phone: '13500000000', displayName: '社工', specialties: [], isPartyMember: false });
    await db.getRepository(UserRoleEntity).insert([{ userId: staff.id, role: Role.COUNCIL_STAFF, zoneId: zone.id }]);
    const staffToken = app.get(AuthService).issueToken(staff.id);

    const measure = async (size: number) => {
      await db.query('ANALYZE TABLE needs');
      await db.query('ANALYZE TABLE need_search_postings');
      const [{ n }] = await db.query(`SELECT COUNT(*) AS n FROM need_search_postings WHERE token = ? AND zone_id = ?`, [encodeWord('电梯'), zone.id]);
      const [{ p }] = await db.query(`SELECT COUNT(*) AS p FROM need_search_postings`);
      console.log(`   (SQL: ${n} needs hold 电梯; ${Number(p).toLocaleString()} postings in all)`);
      console.log(`\n${size.toLocaleString()} needs — one request at a time, ${SAMPLES} samples per query after 20 warm-up`);
      console.log(`   ${'search'.padEnd(12)} ${'matches'.padStart(9)} ${'staff p50'.padStart(11)} ${'staff p99'.padStart(11)} ${'anon p50'.padStart(11)} ${'anon p99'.padStart(11)} ${'portal p50'.padStart(11)} ${'portal p99'.padStart(11)}`);
      const all: number[] = [];
      for (const s of QUERIES) {
        const one = async (token?: string, st?: NeedStatus) => {
          const xs = await oneAtATime(SAMPLES, 20, async () => {
            const r = await timedGql(url, LIST, { z: String(zone.id), s, st, first: 20 }, token);
            if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
            return r.ms;
          });
          all.push(...xs);
          return xs.sort((x, y) => x - y);
        };
        const st = await one(staffToken);
        const an = await one();
        const portal = await one(undefined, NeedStatus.ACCEPTED);
        const count = (await timedGql(url, LIST, { z: String(zone.id), s, first: 1 }, staffToken)).body.data.needs.totalCount;
        console.log(`   ${s.padEnd(12 - s.length)} ${String(count).padStart(9)} ${ms(percentile(st, 50)).padStart(11)} ${ms(percentile(st, 99)).padStart(11)} ${ms(percentile(an, 50)).padStart(11)} ${ms(percentile(an, 99)).padStart(11)} ${ms(percentile(portal, 50)).padStart(11)} ${ms(percentile(portal, 99)).padStart(11)}`);
      }
      all.sort((x, y) => x - y);
      console.log(`   all queries: p50 ${ms(percentile(all, 50))}   p99 ${ms(percentile(all, 99))}`);
      return percentile(all, 50);
    };

    // the first needs and their postings are written batch by batch, both indexes of the postings in place
    let loaded = await loadNeeds(db, zone.id, 0, SMALL, owner.id);
    await db.transaction((m) => rebuildNeedCounters(m, zone.id));
    console.log(`loaded ${SMALL.toLocaleString()} needs with their postings in ${loaded.toFixed(1)} s`);
    const small = await measure(SMALL);

    // the rest: postings gathered, written in primary-key order, the two indexes built after
    const collect: Postings = new Map();
    loaded = await loadNeeds(db, zone.id, SMALL, BIG, owner.id, collect);
    const t0 = Date.now();
    await db.query('ALTER TABLE need_search_postings DROP INDEX uq_need_search_postings_need, DROP INDEX idx_need_search_postings_rank');
    const written = await writePostings(db, zone.id, collect);
    await db.query(
      'ALTER TABLE need_search_postings ADD UNIQUE INDEX uq_need_search_postings_need (need_id, token), ADD INDEX idx_need_search_postings_rank (token, zone_id, status, in_title, need_id)',
    );
    await db.transaction((m) => rebuildNeedCounters(m, zone.id));
    console.log(`\nloaded ${(BIG - SMALL).toLocaleString()} more needs in ${loaded.toFixed(1)} s, ${written.toLocaleString()} postings written and indexed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const big = await measure(BIG);
    console.log(`\ntarget p50 < 50 ms at ${BIG.toLocaleString()}: ${big < 50 ? 'met' : 'NOT met'} (p50 ${ms(small)} at ${SMALL.toLocaleString()}, ${ms(big)} at ${BIG.toLocaleString()})`);
  } finally {
    await app.close();
    if (!process.argv.includes('--keep')) await dropDatabase(DATABASE);
  }
}

run(main);
