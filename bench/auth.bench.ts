/**
 * Revocation check benchmark: `npm run bench:auth` (MySQL/MariaDB at BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306, database gr_bench_auth recreated on every run; Redis at
 * BENCH_REDIS_URL, default redis://127.0.0.1:6379/14, for the cross-process invalidation).
 *
 * Every authenticated request checks that its token is still valid: the account is active and the
 * token's version is the account's current one (deactivation, password change or reset and
 * sign-out everywhere raise it). The account's state is cached in each api process and dropped
 * on every process through Redis pub/sub when it changes.
 *
 * Measures a read, `{ zones { id name street } }`, over HTTP, one request at a time, in rounds
 * that alternate (the resolver's own work is the same in all three; only the principal differs):
 *   anonymous — without a token (no principal at all: the floor);
 *   before    — the token verified and the account and grants read from the database on every
 *               request, as before the revocation check (the cache turned off in this process);
 *   after     — the token verified, then the revocation check against the cached account state.
 * And the check alone, in process: sessionState(id) + the active/version comparison, cache warm.
 *
 * Optional arguments: --users=1000 --active=100 (accounts sending requests) --samples=2000
 */
import { AuthService } from '@app/auth/auth.service';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { PrincipalCache } from '@app/auth/principal-cache';
import { Role } from '@app/common/glossary';
import { ZoneEntity } from '@app/org/org.entities';
import { arg, ms, oneAtATime, percentile, recreateDatabase, run, startApi, timedGql } from './support';

const USERS = arg('users', 1000);
const SAMPLES = arg('samples', 2000);
const ROUNDS = 1;
const DATABASE = 'gr_bench_auth';
const REDIS = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/14';
const READ = '{ zones { id name street } }';
const ME = '{ me { id } }';

run(async () => {
  await recreateDatabase(DATABASE, REDIS);
  const api = await startApi(DATABASE, { REDIS_URL: REDIS, JOBS_IN_API: 'true' });
  const { db, app, url } = api;
  const zone = await db.getRepository(ZoneEntity).save({ name: '基准片区', street: '基准街道', boardSize: null });
  const rows = Array.from({ length: USERS }, (_, i) => ({ username: `bench${i}`, displayName: `基准用户${i}`, specialties: [], isPartyMember: false }));
  await db.getRepository(UserEntity).insert(rows);
  const users = await db.getRepository(UserEntity).find({ select: ['id', 'tokenVersion'] });
  await db.getRepository(UserRoleEntity).insert(users.map((u, i) => ({ userId: u.id, role: i % 2 ? Role.COUNCIL_STAFF : Role.BOARD_MEMBER, zoneId: zone.id })));
  const auth = app.get(AuthService);
  const cache = app.get(PrincipalCache);
  // the people signed in at the moment: each sends many requests (their state is cached after the first)
  const ACTIVE = arg('active', 100);
  const tokens = users.slice(0, ACTIVE).map((u) => auth.issueToken(u.id, u.tokenVersion));
  await new Promise((r) => setTimeout(r, 300)); // the pub/sub subscription is live

  const realGet = cache.get.bind(cache);
  const realSet = cache.set.bind(cache);
  const setMode = (mode: 'before' | 'after') => {
    cache.get = mode === 'after' ? realGet : () => null;
    cache.set = mode === 'after' ? realSet : () => undefined;
  };

  let n = 0;
  const sample = (token?: string) => async () => {
    const r = await timedGql(url, READ, {}, token);
    if (r.status !== 200 || r.body.errors) throw new Error(`unexpected answer: ${r.status} ${JSON.stringify(r.body)}`);
    return r.ms;
  };
  const results = { anonymous: [] as number[], before: [] as number[], after: [] as number[] };
  // interleaved request by request, so that the machine's load weighs on the three alike
  for (let i = 0; i < ACTIVE; i++) await sample(tokens[i])(); // every active account's state cached
  for (let i = 0; i < 100; i++) await sample()();
  for (let i = 0; i < SAMPLES; i++) {
    results.anonymous.push(await sample()());
    setMode('before');
    results.before.push(await sample(tokens[n++ % tokens.length])());
    setMode('after');
    results.after.push(await sample(tokens[n++ % tokens.length])());
  }
  const per = SAMPLES / ROUNDS;
  console.log(`\na read ({ zones }) over HTTP, one at a time, ${per * ROUNDS} samples each, ${USERS} accounts (MariaDB + Redis)`);
  const p = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { p50: percentile(s, 50), p99: percentile(s, 99) };
  };
  const a = p(results.anonymous);
  const b = p(results.before);
  const c = p(results.after);
  console.log(`  anonymous (no principal)                 p50 ${ms(a.p50, 2)}  p99 ${ms(a.p99, 2)}`);
  console.log(`  before: account + grants from the DB     p50 ${ms(b.p50, 2)}  p99 ${ms(b.p99, 2)}`);
  console.log(`  after: revocation check, cached state    p50 ${ms(c.p50, 2)}  p99 ${ms(c.p99, 2)}`);
  console.log(`  after − before p50: ${ms(c.p50 - b.p50, 2)}   after − anonymous p50: ${ms(c.p50 - a.p50, 2)}`);

  // the check alone: cached account state, active and version compared
  const ids = users.slice(0, ACTIVE).map((u) => u.id);
  for (const id of ids) await auth.sessionState(id);
  const times: number[] = [];
  for (let i = 0; i < 200_000; i++) {
    const id = ids[i % ids.length];
    const t0 = performance.now();
    const st = await auth.sessionState(id);
    if (!st || !st.active || st.tokenVersion !== 0) throw new Error('unexpected state');
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  console.log(`\nthe check alone, in process (200 000 calls): p50 ${(percentile(times, 50) * 1000).toFixed(1)} µs  p99 ${(percentile(times, 99) * 1000).toFixed(1)} µs`);

  // invalidation across processes: a deactivation seen by a second api process
  const second = await startApi(DATABASE, { REDIS_URL: REDIS, JOBS_IN_API: 'false' });
  const victim = users[0];
  const t = tokens[0];
  await timedGql(second.url, ME, {}, t);
  await db.getRepository(UserEntity).update({ id: victim.id }, { active: false });
  const started = performance.now();
  await cache.changed(victim.id);
  const refused = await timedGql(second.url, ME, {}, t);
  console.log(`deactivation → refused on a second process: ${refused.body.errors?.[0]?.extensions?.code} after ${ms(performance.now() - started, 2)}`);
  await second.app.close();
  await app.close();
  const checkP50 = percentile(times, 50);
  console.log(`\nthe check costs ${(checkP50 * 1000).toFixed(1)} µs at p50 (budget 300 µs); an authenticated read is ${ms(b.p50 - c.p50, 2)} faster at p50 than before`);
  console.log('(after − anonymous is the token\'s signature check, which ran before the revocation check existed too)');
  return checkP50 > 0.3 || c.p50 - b.p50 > 0.3 ? 1 : 0;
});
