import { inTransaction } from '@app/database/transaction';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import * as bcrypt from 'bcryptjs';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { Env } from '@config/env';
import { clock } from '@app/common/clock';
import { BadInputError, RateLimitedError, UnauthenticatedError } from '@app/common/errors';
import { Role } from '@app/common/glossary';
import { RateLimitService, LimitRule } from '@app/common/rate-limit';
import type { Principal, RequestLike } from '@app/common/request-context';
import { checkPhone } from '@app/common/text';
import { LoginCodeEntity, LoginLockoutEntity, UserEntity, UserRoleEntity } from './auth.entities';
import { SmsSender } from './sms.sender';
import { SessionRequest, sessionTokenOf } from './session-cookie';

export const CODE_TTL_MS = 5 * 60_000;
export const MAX_WRONG_CODES = 5;
export const LOCK_MS = 15 * 60_000;

const CODE_PER_PHONE: LimitRule = { name: 'code-phone', points: 1, durationSeconds: 60, message: '验证码发送太频繁,请稍后再试 (one code per minute)' };
const CODE_PER_IP: LimitRule = { name: 'code-ip', points: 10, durationSeconds: 3600, message: '本网络请求验证码过多,请一小时后再试 (too many codes from this address)' };
const PASSWORD_PER_NAME: LimitRule = { name: 'password', points: 10, durationSeconds: 600, message: '登录尝试过多,请稍后再试 (too many sign-in attempts)' };

/** Usernames are compared case-insensitively on every database: stored and looked up in lower case. */
export const normalizeUsername = (username: string | null | undefined): string => (username ?? '').trim().toLowerCase();

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly env: Env,
    private readonly limits: RateLimitService,
    private readonly sms: SmsSender,
  ) {}

  // ── tokens and principals ──────────────────────────────────────────────

  issueToken(userId: number): string {
    return this.jwt.sign({ sub: String(userId) });
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

  private async principalOfToken(token: string): Promise<Principal> {
    let sub: string;
    try {
      sub = this.jwt.verify<{ sub: string }>(token).sub;
    } catch {
      throw new UnauthenticatedError('登录已过期,请重新登录 (your sign-in has expired or is invalid)');
    }
    const principal = await this.principalById(Number(sub));
    if (!principal) throw new UnauthenticatedError('账号不存在 (this account no longer exists)');
    return principal;
  }

  async principalById(id: number): Promise<Principal | null> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) return null;
    const grants = await this.db.getRepository(UserRoleEntity).find({ where: { userId: id }, select: ['role', 'zoneId'] });
    return {
      id: user.id,
      displayName: user.displayName,
      unitId: user.unitId,
      isPartyMember: user.isPartyMember,
      grants: grants.map((g) => ({ role: g.role, zoneId: g.zoneId })),
    };
  }

  // ── one-time codes (residents and office workers) ─────────────────────

  private hashCode(phone: string, code: string): string {
    return createHash('sha256').update(`${this.env.JWT_SECRET}:${phone}:${code}`).digest('hex');
  }

  async requestLoginCode(rawPhone: string, ip: string): Promise<boolean> {
    const phone = checkPhone(rawPhone);
    await this.assertNotLocked(phone);
    await this.limits.consume(CODE_PER_PHONE, phone);
    try {
      await this.limits.consume(CODE_PER_IP, ip);
    } catch (e) {
      // refused for the address: this phone's minute was not used
      await this.limits.refund(CODE_PER_PHONE, phone);
      throw e;
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await this.db.getRepository(LoginCodeEntity).insert({
      phone,
      codeHash: this.hashCode(phone, code),
      expiresAt: new Date(clock.now().getTime() + CODE_TTL_MS),
      usedAt: null,
    });
    await this.sms.sendLoginCode(phone, code);
    return true;
  }

  async loginWithCode(rawPhone: string, code: string, displayName?: string | null): Promise<{ token: string; user: UserEntity }> {
    const phone = checkPhone(rawPhone);
    if (!/^\d{6}$/.test(code ?? '')) throw new BadInputError('验证码为 6 位数字 (the code has 6 digits)', 'code');
    await this.assertNotLocked(phone);

    const devCode = this.env.NODE_ENV !== 'production' ? this.env.AUTH_DEV_LOGIN_CODE : undefined;
    let ok = devCode !== undefined && code === devCode;
    if (!ok) ok = await this.consumeCode(phone, code);
    if (!ok) {
      await this.recordWrongCode(phone);
      throw new UnauthenticatedError('验证码错误或已过期 (the code is wrong or has expired)');
    }
    await this.db.getRepository(LoginLockoutEntity).delete({ phone });
    const user = await this.findOrCreateByPhone(phone, displayName);
    return { token: this.issueToken(user.id), user };
  }

  /** Marks a matching, unexpired, unused code used; exactly one request can win it. */
  private async consumeCode(phone: string, code: string): Promise<boolean> {
    const now = clock.now();
    const candidates = await this.db.getRepository(LoginCodeEntity).find({
      where: { phone, usedAt: IsNull(), expiresAt: MoreThan(now) },
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
      .where('id = :id AND used_at IS NULL', { id: match.id })
      .execute();
    return (res.affected ?? 0) === 1;
  }

  private async assertNotLocked(phone: string) {
    const lock = await this.db.getRepository(LoginLockoutEntity).findOneBy({ phone });
    const now = clock.now();
    if (lock?.lockedUntil && lock.lockedUntil > now) {
      const retry = Math.ceil((lock.lockedUntil.getTime() - now.getTime()) / 1000);
      throw new RateLimitedError(`验证码错误次数过多,该手机号已锁定 15 分钟 (too many wrong codes; locked, retry in ${retry}s)`, retry);
    }
  }

  private async recordWrongCode(phone: string) {
    const repo = this.db.getRepository(LoginLockoutEntity);
    const now = clock.now();
    await repo.createQueryBuilder().insert().values({ phone, failures: 0, lockedUntil: null, updatedAt: now }).orIgnore().execute();
    // a lock that has run out, or wrong codes long past (older than a lock lasts), start the count afresh
    await repo
      .createQueryBuilder()
      .update()
      .set({ failures: 0, lockedUntil: null })
      .where('phone = :phone AND ((locked_until IS NOT NULL AND locked_until <= :now) OR (locked_until IS NULL AND updated_at < :stale))', {
        phone,
        now,
        stale: new Date(now.getTime() - LOCK_MS),
      })
      .execute();
    await repo.createQueryBuilder().update().set({ failures: () => 'failures + 1', updatedAt: now }).where('phone = :phone', { phone }).execute();
    await repo
      .createQueryBuilder()
      .update()
      .set({ lockedUntil: new Date(now.getTime() + LOCK_MS) })
      .where('phone = :phone AND failures >= :max AND locked_until IS NULL', { phone, max: MAX_WRONG_CODES })
      .execute();
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

  async login(username: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const name = normalizeUsername(username);
    if (!name || !password) throw new BadInputError('请输入用户名和密码 (username and password are required)', name ? 'password' : 'username');
    await this.limits.consume(PASSWORD_PER_NAME, name);
    const user = await this.db.getRepository(UserEntity).findOneBy({ username: name });
    const ok = user?.passwordHash ? await bcrypt.compare(password, user.passwordHash) : false;
    if (!user || !ok) throw new UnauthenticatedError('用户名或密码错误 (wrong username or password)');
    return { token: this.issueToken(user.id), user };
  }

  static hashPassword(password: string): Promise<string> {
    return bcrypt.hash(password, 10);
  }
}
