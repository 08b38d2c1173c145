import { inTransaction } from '@app/database/transaction';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import * as bcrypt from 'bcryptjs';
import { DataSource, IsNull, LessThan, MoreThan } from 'typeorm';
import { Env } from '@config/env';
import { clock } from '@app/common/clock';
import { BadInputError, UnauthenticatedError } from '@app/common/errors';
import { Role } from '@app/common/glossary';
import { RateLimitService, LimitRule } from '@app/common/rate-limit';
import type { Principal, RequestLike } from '@app/common/request-context';
import { checkPhone } from '@app/common/text';
import { LoginCodeEntity, UserEntity, UserRoleEntity } from './auth.entities';
import { SmsSender } from './sms.sender';
import { CachedPrincipal, PrincipalCache } from './principal-cache';
import { SessionRequest, sessionTokenOf } from './session-cookie';

export const CODE_TTL_MS = 5 * 60_000;
export const MAX_WRONG_CODES = 5;

export const CODE_PER_PHONE_RULE: LimitRule = { name: 'code-phone', points: 1, durationSeconds: 60, message: '验证码发送太频繁,请稍后再试 (one code per minute)' };
/**
 * Per address: an office building or a community centre's kiosk shares one public address, so the
 * hourly allowance fits hundreds of people; a burst detector refuses a script firing many a minute.
 */
export const CODE_PER_IP: LimitRule = { name: 'code-ip', points: 300, durationSeconds: 3600, message: '本网络请求验证码过多,请一小时后再试 (too many codes from this address)' };
export const CODE_BURST_PER_IP: LimitRule = { name: 'code-ip-burst', points: 30, durationSeconds: 60, message: '本网络请求验证码过于频繁,请稍后再试 (too many codes from this address in a minute)' };
/** Wrong codes or passwords from one address; only that address is refused. */
export const FAILED_SIGNIN_PER_IP: LimitRule = { name: 'signin-fail-ip', points: 30, durationSeconds: 900, message: '本网络登录失败次数过多,请 15 分钟后再试 (too many failed sign-ins from this address)' };
/** Failures from everywhere: beyond this a minute, each further failure is answered after a pause. */
const FAILED_SIGNIN_GLOBAL: LimitRule = { name: 'signin-fail-all', points: 300, durationSeconds: 60, message: 'backoff' };
const GLOBAL_BACKOFF_MS = 1500;
/** bcrypt of a random string at the cost real passwords use: compared when the username is unknown. */
const DUMMY_HASH = bcrypt.hashSync(randomBytes(16).toString('hex'), 10);

/** Usernames are compared case-insensitively on every database: stored and looked up in lower case. */
export const normalizeUsername = (username: string | null | undefined): string => (username ?? '').trim().toLowerCase();

/** how many verified tokens a process remembers (oldest forgotten first) */
const VERIFIED_TOKENS_KEPT = 10_000;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly env: Env,
    private readonly limits: RateLimitService,
    private readonly sms: SmsSender,
    private readonly cache: PrincipalCache,
  ) {}

  // ── tokens and principals ──────────────────────────────────────────────

  /** A token carries the account's token version; raising the version revokes every older token. */
  issueToken(userId: number, tokenVersion = 0): string {
    return this.jwt.sign({ sub: String(userId), v: tokenVersion });
  }

  /** The person behind the request's bearer token, loaded once per request. */
  principalOf(req: RequestLike): Promise<Principal | null> {
    if (!req.principalLoaded) {
      req.principalLoaded = this.loadPrincipal(req).then((p) => (req.principal = p));
    }
    return req.principalLoaded;
  }

  private async loadPrincipal(req: RequestLike): Promise<Principal | null> {
    const header = req.headers['authorization'];
    const value = Array.isArray(header) ? header[0] : header;
    if (!value) return this.loadSessionPrincipal(req);
    const m = /^Bearer\s+(.+)$/i.exec(value);
    if (!m) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    return this.principalOfToken(m[1]);
  }

  /**
   * The web app's session cookie (libs/auth/session-cookie.ts). A cookie whose token no longer holds
   * ends that session — the response clears it — and the request goes on signed out, so a visitor
   * whose session expired still sees the public pages.
   */
  private async loadSessionPrincipal(req: SessionRequest): Promise<Principal | null> {
    const session = sessionTokenOf(req, this.env);
    if (!session) return null;
    try {
      return await this.principalOfToken(session.token);
    } catch (e) {
      if (!(e instanceof UnauthenticatedError)) throw e;
      req.sessionCookie = { area: session.area, token: null };
      return null;
    }
  }

  /**
   * Tokens this process has verified (signature once; expiry checked on every use), most recent
   * last. Verifying an HS256 token costs more CPU than the rest of a small read's authentication
   * (bench:ratio profile, issue 17); revocation is unaffected: the token version and the account's
   * state are checked against the principal cache on every request, as before.
   */
  private readonly verified = new Map<string, { sub: string; v?: number; exp?: number }>();

  private claimsOf(token: string): { sub: string; v?: number } {
    const hit = this.verified.get(token);
    if (hit && (hit.exp === undefined || hit.exp * 1000 > Date.now())) return hit;
    if (hit) this.verified.delete(token);
    const claims = this.jwt.verify<{ sub: string; v?: number; exp?: number }>(token);
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { sub: claims.sub, v: claims.v, exp: claims.exp });
    return claims;
  }

  private async principalOfToken(token: string): Promise<Principal> {
    let claims: { sub: string; v?: number };
    try {
      claims = this.claimsOf(token);
    } catch {
      throw new UnauthenticatedError('sessionExpired');
    }
    const state = await this.sessionState(Number(claims.sub));
    if (!state) throw new UnauthenticatedError('accountGone');
    if (!state.active) throw new UnauthenticatedError('accountDeactivated');
    if ((claims.v ?? 0) !== state.tokenVersion) throw new UnauthenticatedError('signedOut');
    return state.principal;
  }

  /** The account behind a token: from this process's cache, else from the database (then cached). */
  async sessionState(id: number): Promise<CachedPrincipal | null> {
    if (!Number.isSafeInteger(id)) return null;
    const hit = this.cache.get(id);
    if (hit) return hit;
    const generation = this.cache.generation(id);
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) return null;
    const grants = await this.db.getRepository(UserRoleEntity).find({ where: { userId: id }, select: ['role', 'zoneId'] });
    const state: CachedPrincipal = {
      active: user.active,
      tokenVersion: user.tokenVersion,
      principal: {
        id: user.id,
        displayName: user.displayName,
        unitId: user.unitId,
        isPartyMember: user.isPartyMember,
        grants: grants.map((g) => ({ role: g.role, zoneId: g.zoneId })),
      },
    };
    this.cache.set(id, state, generation);
    return state;
  }

  async principalById(id: number): Promise<Principal | null> {
    return (await this.sessionState(id))?.principal ?? null;
  }

  // ── one-time codes (residents and office workers) ─────────────────────

  private hashCode(phone: string, code: string): string {
    return createHash('sha256').update(`${this.env.JWT_SECRET}:${phone}:${code}`).digest('hex');
  }

  async requestLoginCode(rawPhone: string, ip: string): Promise<boolean> {
    const phone = checkPhone(rawPhone);
    await this.limits.consume(CODE_PER_PHONE_RULE, phone);
    try {
      await this.limits.consume(CODE_BURST_PER_IP, ip);
      await this.limits.consume(CODE_PER_IP, ip);
    } catch (e) {
      // refused for the address: this phone's minute was not used
      await this.limits.refund(CODE_PER_PHONE_RULE, phone);
      throw e;
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.db.getRepository(LoginCodeEntity).insert({
      phone,
      codeHash: this.hashCode(phone, code),
      expiresAt: new Date(clock.now().getTime() + CODE_TTL_MS),
      usedAt: null,
      failures: 0,
    });
    await this.sms.sendLoginCode(phone, code);
    return true;
  }

  async loginWithCode(rawPhone: string, code: string, displayName?: string | null, ip = 'unknown'): Promise<{ token: string; user: UserEntity }> {
    const phone = checkPhone(rawPhone);
    if (!/^\d{6}$/.test(code ?? '')) throw new BadInputError('codeFormat', 'code');
    await this.limits.assertNotExhausted(FAILED_SIGNIN_PER_IP, ip);

    const devCode = this.env.NODE_ENV !== 'production' ? this.env.AUTH_DEV_LOGIN_CODE : undefined;
    let ok = devCode !== undefined && code === devCode;
    if (!ok) ok = await this.consumeCode(phone, code);
    if (!ok) {
      const spent = await this.recordWrongCode(phone);
      await this.failedSignIn(ip);
      if (spent) throw new UnauthenticatedError('codeSpent');
      throw new UnauthenticatedError('codeWrong');
    }
    const user = await this.findOrCreateByPhone(phone, displayName);
    if (!user.active) throw new UnauthenticatedError('accountDeactivated');
    return { token: this.issueToken(user.id, user.tokenVersion), user };
  }

  /** Marks a matching, unexpired, unused code used; exactly one request can win it. */
  private async consumeCode(phone: string, code: string): Promise<boolean> {
    const now = clock.now();
    const candidates = await this.db.getRepository(LoginCodeEntity).find({
      where: { phone, usedAt: IsNull(), expiresAt: MoreThan(now), failures: LessThan(MAX_WRONG_CODES) },
      order: { id: 'DESC' },
      take: 5,
    });
    const want = Buffer.from(this.hashCode(phone, code));
    const match = candidates.find((c) => timingSafeEqual(Buffer.from(c.codeHash), want));
    if (!match) return false;
    const res = await this.db
      .createQueryBuilder()
      .update(LoginCodeEntity)
      .set({ usedAt: now })
      .where('id = :id AND used_at IS NULL AND failures < :max', { id: match.id, max: MAX_WRONG_CODES })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  /**
   * A wrong code counts against the codes outstanding for the phone, not against the person: the
   * fifth wrong guess spends them, and a new code (one a minute) works at once. Answers whether the
   * outstanding codes are now spent.
   */
  private async recordWrongCode(phone: string): Promise<boolean> {
    const now = clock.now();
    const res = await this.db
      .createQueryBuilder()
      .update(LoginCodeEntity)
      .set({ failures: () => 'failures + 1' })
      .where('phone = :phone AND used_at IS NULL AND expires_at > :now AND failures < :max', { phone, now, max: MAX_WRONG_CODES })
      .execute();
    if (!res.affected) return false;
    const live = await this.db.getRepository(LoginCodeEntity).countBy({ phone, usedAt: IsNull(), expiresAt: MoreThan(now), failures: LessThan(MAX_WRONG_CODES) });
    return live === 0;
  }

  /**
   * A failed sign-in (wrong code or password): counted against the address it came from (that
   * address alone is refused once it has guessed too often) and against everyone, where a flood
   * of failures only slows the answers to further failures down. A correct password or code from
   * another address is never refused because of these guesses.
   */
  private async failedSignIn(ip: string): Promise<void> {
    await this.limits.consume(FAILED_SIGNIN_PER_IP, ip).catch(() => undefined);
    const flood = await this.limits
      .consume(FAILED_SIGNIN_GLOBAL, 'all')
      .then(() => false)
      .catch(() => true);
    if (flood) await new Promise((r) => setTimeout(r, GLOBAL_BACKOFF_MS));
  }

  /** A person met offline who has no phone (staff record their need by name and address note): no login of any kind. */
  async createWithoutPhone(displayName: string): Promise<UserEntity> {
    return inTransaction(this.db, async (m) => {
      const u = await m.getRepository(UserEntity).save(m.getRepository(UserEntity).create({ phone: null, displayName: displayName.trim().slice(0, 40), specialties: [], isPartyMember: false }));
      await m.getRepository(UserRoleEntity).insert({ userId: u.id, role: Role.RESIDENT, zoneId: null });
      return u;
    });
  }

  async findOrCreateByPhone(phone: string, displayName?: string | null, roles: Role[] = [Role.RESIDENT]): Promise<UserEntity> {
    const repo = this.db.getRepository(UserEntity);
    const existing = await repo.findOneBy({ phone });
    if (existing) return existing;
    const name = (displayName ?? '').trim().slice(0, 40) || `居民${phone.slice(-4)}`;
    try {
      const user = await inTransaction(this.db, async (m) => {
        const u = await m.getRepository(UserEntity).save(m.getRepository(UserEntity).create({ phone, displayName: name, specialties: [], isPartyMember: false }));
        for (const role of roles) await m.getRepository(UserRoleEntity).insert({ userId: u.id, role, zoneId: null });
        return u;
      });
      return user;
    } catch (e) {
      const again = await repo.findOneBy({ phone });
      if (again) return again; // a concurrent first sign-in created it
      throw e;
    }
  }

  // ── passwords (staff) ──────────────────────────────────────────────────

  async login(username: string, password: string, ip = 'unknown'): Promise<{ token: string; user: UserEntity }> {
    const name = normalizeUsername(username);
    if (!name || !password) throw new BadInputError('credentialsRequired', name ? 'password' : 'username');
    await this.limits.assertNotExhausted(FAILED_SIGNIN_PER_IP, ip);
    const user = await this.db.getRepository(UserEntity).findOneBy({ username: name });
    // an unknown username costs the same bcrypt comparison as a known one: timing tells nothing
    const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !user.passwordHash || !ok) {
      await this.failedSignIn(ip);
      throw new UnauthenticatedError('credentialsWrong');
    }
    if (!user.active) throw new UnauthenticatedError('accountDeactivated');
    return { token: this.issueToken(user.id, user.tokenVersion), user };
  }

  static hashPassword(password: string): Promise<string> {
    return bcrypt.hash(password, 10);
  }
}
