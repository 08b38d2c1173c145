import { LoginCodeEntity, UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { RateLimitService } from '@app/common/rate-limit';
import { CODE_PER_PHONE_RULE } from '@app/auth/auth.service';
import { LoggingSmsSender } from '@app/auth/sms.sender';
import { startApp, TestApp } from '../support/harness';
import { gqlWith } from '../support/calls';
import { firstError } from '../support/suite';
import { nextPhone } from '../support/world';

const REQUEST = 'mutation($phone: String!) { requestLoginCode(phone: $phone) }';
const LOGIN = `mutation($phone: String!, $code: String!, $name: String) {
  loginWithCode(phone: $phone, code: $code, displayName: $name) { token user { id displayName phone roles } }
}`;
const ME = '{ me { id displayName phone roles } }';

/**
 * One-time code sign-in. The app runs without AUTH_DEV_LOGIN_CODE (so only real codes work) and
 * behind a trusted proxy, so each test can come from its own address (X-Forwarded-For) and the
 * per-address limit of one test does not spill into the next.
 */
describe('sign-in with a one-time code', () => {
  let t: TestApp;
  let outbox: Map<string, string>;
  let ipSeq = 0;
  const newIp = () => `10.0.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

  beforeAll(async () => {
    t = await startApp({ AUTH_DEV_LOGIN_CODE: undefined, TRUST_PROXY: '1' });
    outbox = t.app.get(LoggingSmsSender).outbox;
  });
  afterAll(async () => {
    await t.close();
  });

  const request = (phone: string, ip = newIp()) => gqlWith(t, { 'x-forwarded-for': ip }, REQUEST, { phone });
  const login = (phone: string, code: string, name?: string, ip = newIp()) => gqlWith(t, { 'x-forwarded-for': ip }, LOGIN, { phone, code, name });
  const codeRows = (phone: string) => t.db.getRepository(LoginCodeEntity).find({ where: { phone }, order: { id: 'ASC' } });
  /** a 6-digit code that is not `code` */
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('sends a 6-digit code, stores only its hash, and signs a new resident in with it', async () => {
    const phone = nextPhone();
    const r = await request(phone);
    expect(r.errors).toBeUndefined();
    expect(r.data.requestLoginCode).toBe(true);
    const code = outbox.get(phone)!;
    expect(code).toMatch(/^\d{6}$/);

    const rows = await codeRows(phone);
    expect(rows).toHaveLength(1);
    const raw = JSON.stringify(await t.db.query(`SELECT * FROM login_codes WHERE id = ${rows[0].id}`));
    expect(raw).not.toContain(code);
    expect(rows[0].codeHash).toMatch(/^[0-9a-f]{64}$/);
    // expires five minutes after it was issued
    const ttl = rows[0].expiresAt.getTime() - rows[0].createdAt.getTime();
    expect(ttl).toBeGreaterThan(5 * 60_000 - 5_000);
    expect(ttl).toBeLessThanOrEqual(5 * 60_000 + 1_000);

    const l = await login(phone, code, '王小明');
    expect(l.errors).toBeUndefined();
    const { token, user } = l.data.loginWithCode;
    // the person sees their own name and phone whole
    expect(user).toEqual({ id: expect.any(String), displayName: '王小明', phone, roles: ['RESIDENT'] });
    const me = await t.ok(ME, {}, token);
    expect(me.me).toEqual(user);
    const grants = await t.db.getRepository(UserRoleEntity).findBy({ userId: Number(user.id) });
    expect(grants.map((g) => [g.role, g.zoneId])).toEqual([['RESIDENT', null]]);
  });

  it('signs a known person in to their own account (no second user, name kept)', async () => {
    const phone = nextPhone();
    const known = await t.db.getRepository(UserEntity).save(
      t.db.getRepository(UserEntity).create({ phone, displayName: '陈阿姨', specialties: [], isPartyMember: true }),
    );
    await request(phone);
    const l = await login(phone, outbox.get(phone)!, '别的名字');
    expect(l.errors).toBeUndefined();
    expect(l.data.loginWithCode.user.id).toBe(String(known.id));
    expect(l.data.loginWithCode.user.displayName).toBe('陈阿姨');
    expect(await t.db.getRepository(UserEntity).countBy({ phone })).toBe(1);
  });

  it('accepts a code only once', async () => {
    const phone = nextPhone();
    await request(phone);
    const code = outbox.get(phone)!;
    expect((await login(phone, code)).errors).toBeUndefined();
    const again = firstError(await login(phone, code));
    expect(again.code).toBe('UNAUTHENTICATED');
  });

  it('lets exactly one of two simultaneous sign-ins with the same code through', async () => {
    const phone = nextPhone();
    await request(phone);
    const code = outbox.get(phone)!;
    const results = await Promise.all([login(phone, code), login(phone, code), login(phone, code)]);
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(firstError(r).code).toBe('UNAUTHENTICATED');
    expect(await t.db.getRepository(UserEntity).countBy({ phone })).toBe(1);
  });

  it('refuses a code after five minutes', async () => {
    const phone = nextPhone();
    await request(phone);
    const code = outbox.get(phone)!;
    // the clock moves on: the code was issued 5 minutes and a second ago
    await t.db
      .createQueryBuilder()
      .update(LoginCodeEntity)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('phone = :phone', { phone })
      .execute();
    const e = firstError(await login(phone, code));
    expect(e.code).toBe('UNAUTHENTICATED');
    expect(e.message).toMatch(/expired/);
    expect(await t.db.getRepository(UserEntity).countBy({ phone })).toBe(0);
  });

  it('refuses a wrong code', async () => {
    const phone = nextPhone();
    await request(phone);
    const e = firstError(await login(phone, wrong(outbox.get(phone)!)));
    expect(e.code).toBe('UNAUTHENTICATED');
    expect(await t.db.getRepository(UserEntity).countBy({ phone })).toBe(0);
  });

  it('spends the outstanding code after five wrong codes (not the person): a new code works at once', async () => {
    const phone = nextPhone();
    await request(phone);
    const code = outbox.get(phone)!;
    for (let i = 0; i < 4; i++) expect(firstError(await login(phone, wrong(code))).code).toBe('UNAUTHENTICATED');
    const fifth = firstError(await login(phone, wrong(code)));
    expect(fifth.code).toBe('UNAUTHENTICATED');
    expect(fifth.message).toMatch(/重新获取|new one/);
    // the spent code no longer works, even right
    expect(firstError(await login(phone, code)).code).toBe('UNAUTHENTICATED');
    expect(await t.db.getRepository(UserEntity).countBy({ phone })).toBe(0);
    // a minute later the person asks for a new code and signs in with it
    await t.app.get(RateLimitService).refund(CODE_PER_PHONE_RULE, phone);
    expect((await request(phone)).errors).toBeUndefined();
    expect((await login(phone, outbox.get(phone)!)).errors).toBeUndefined();
  });

  it('five wrong codes at once spend the code exactly as five in a row do', async () => {
    const phone = nextPhone();
    await request(phone);
    const code = outbox.get(phone)!;
    await Promise.all(Array.from({ length: 5 }, () => login(phone, wrong(code))));
    expect(firstError(await login(phone, code)).code).toBe('UNAUTHENTICATED');
    expect((await codeRows(phone))[0].failures).toBe(5);
  });

  it('sends at most one code per phone per minute', async () => {
    const phone = nextPhone();
    expect((await request(phone)).errors).toBeUndefined();
    const second = firstError(await request(phone));
    expect(second.code).toBe('RATE_LIMITED');
    expect((await codeRows(phone)).length).toBe(1);
    // another phone is not held up
    expect((await request(nextPhone())).errors).toBeUndefined();
  });

  it('sends at most one code per phone per minute, also when asked many times at once', async () => {
    const phone = nextPhone();
    const results = await Promise.all(Array.from({ length: 5 }, () => request(phone)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect((await codeRows(phone)).length).toBe(1);
  });

  it('sends at most thirty codes per address in a minute (a burst), many more in an hour', async () => {
    const ip = newIp();
    for (let i = 0; i < 30; i++) expect((await request(nextPhone(), ip)).errors).toBeUndefined();
    const phone = nextPhone();
    const e = firstError(await request(phone, ip));
    expect(e.code).toBe('RATE_LIMITED');
    expect(outbox.has(phone)).toBe(false);
    // another address is not held up
    expect((await request(phone, newIp())).errors).toBeUndefined();
  });

  it.each([
    ['too short', '1381234567'],
    ['too long', '138123456789'],
    ['not starting with 1', '23812345678'],
    ['letters', '1381234567a'],
    ['with a country code', '+8613812345678'],
    ['empty', ''],
  ])('refuses a malformed phone (%s) with BAD_USER_INPUT naming the field', async (_, phone) => {
    for (const r of [await request(phone), await login(phone, '123456')]) {
      const e = firstError(r);
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.field).toBe('phone');
    }
    expect(await t.db.getRepository(LoginCodeEntity).countBy({ phone })).toBe(0);
  });

  it('accepts a phone with surrounding spaces as the same number', async () => {
    const phone = nextPhone();
    expect((await request(` ${phone} `)).errors).toBeUndefined();
    expect(outbox.has(phone)).toBe(true);
  });

  it.each(['12345', '1234567', 'abcdef', ''])('refuses a malformed code (%p) with BAD_USER_INPUT', async (code) => {
    const e = firstError(await login(nextPhone(), code));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.field).toBe('code');
  });
});
