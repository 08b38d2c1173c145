import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as bcrypt from 'bcryptjs';
import { Brackets, DataSource, EntityManager, In, IsNull } from 'typeorm';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '@app/common/errors';
import { Role } from '@app/common/glossary';
import { decodeIdCursor, pageSize, Page, toPage } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { cleanText, toId } from '@app/common/text';
import { inTransaction, isSqlite } from '@app/database/transaction';
import { OrgService } from '@app/org/org.service';
import { clock } from '@app/common/clock';
import { isAdmin, zonesWithRole } from '@app/common/access';
import { UserEntity, UserRoleEntity } from './auth.entities';
import { AuthService } from './auth.service';
import { PrincipalCache } from './principal-cache';
import { DEACTIVATION_REASON_MAX, DISPLAY_NAME_MAX } from './dto/user.inputs';

const PEOPLE = new Set<string>([Role.RESIDENT, Role.WHITE_COLLAR]);

export interface UserFilter {
  zoneId?: number | null;
  role?: Role | null;
  search?: string | null;
  active?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Account lifecycle (domain.md §10): listing, editing grants, deactivation, passwords, sign-out
 * everywhere and deletion. Every change that affects sessions raises the account's token version
 * and tells every api process (PrincipalCache.changed) once it has committed.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: PrincipalCache,
    private readonly org: OrgService,
  ) {}

  // ── who may manage whom ──────────────────────────────────────────────────

  /**
   * The zones in which the viewer manages accounts: null for a global ADMIN (everything), the zones
   * of a zone ADMIN's grants otherwise.
   */
  private static adminZones(viewer: Principal): number[] | null {
    if (isAdmin(viewer)) return null;
    return viewer.grants.filter((g) => g.role === Role.ADMIN && g.zoneId !== null).map((g) => g.zoneId!);
  }

  /** A zone ADMIN manages an account only if every zone grant it holds is in the admin's zones and it holds no ADMIN grant. */
  private async assertManages(viewer: Principal, userId: number): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw new NotFoundError('User', userId);
    const zones = AccountsService.adminZones(viewer);
    if (zones === null) return user;
    if (!zones.length) throw new ForbiddenError('accountsAdminOnly');
    const grants = await this.db.getRepository(UserRoleEntity).findBy({ userId });
    const staffGrants = grants.filter((g) => !PEOPLE.has(g.role));
    const inside = staffGrants.length > 0 && staffGrants.every((g) => g.role !== Role.ADMIN && g.zoneId !== null && zones.includes(g.zoneId));
    if (!inside) throw new ForbiddenError('accountOutsideZones');
    return user;
  }

  /** The grants a (possibly zone-limited) admin may hand out: never ADMIN unless global, never outside its zones. */
  static assertMayGrant(viewer: Principal, roles: Role[], zoneIds: number[]): void {
    if (isAdmin(viewer)) return;
    if (roles.includes(Role.ADMIN)) throw new ForbiddenError('zoneAdminGrantsNoAdmin');
    const zones = AccountsService.adminZones(viewer) ?? [];
    if (!zoneIds.length || zoneIds.some((z) => !zones.includes(z))) {
      throw new ForbiddenError('grantInOwnZones');
    }
  }

  // ── users ────────────────────────────────────────────────────────────────

  /**
   * users: ADMIN sees every account; COUNCIL_STAFF (and zone admins) the accounts holding roles in
   * their zones. Newest first.
   */
  async list(viewer: Principal, f: UserFilter): Promise<Page<UserEntity> & { totalCount: number }> {
    const size = pageSize(f.first);
    const visible = zonesWithRole(viewer, [Role.COUNCIL_STAFF]);
    if (visible !== null && !visible.length) throw new ForbiddenError('accountsStaffOnly');
    if (f.zoneId != null && visible !== null && !visible.includes(f.zoneId)) throw new ForbiddenError('accountsZoneForbidden');
    const zones = f.zoneId != null ? [f.zoneId] : visible;
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u');
    if (zones !== null || f.role) {
      const sub = this.db
        .getRepository(UserRoleEntity)
        .createQueryBuilder('r')
        .select('1')
        .where('r.user_id = u.id');
      if (zones !== null) sub.andWhere('r.zone_id IN (:...zones)');
      if (f.role) sub.andWhere('r.role = :role');
      qb.andWhere(`EXISTS (${sub.getQuery()})`, { zones, role: f.role });
    }
    if (f.active != null) qb.andWhere('u.active = :active', { active: f.active });
    const search = (f.search ?? '').trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) => {
          w.where('u.display_name LIKE :like', { like }).orWhere('u.username LIKE :like', { like: like.toLowerCase() });
          if (/^\d{3,11}$/.test(search)) w.orWhere('u.phone LIKE :like', { like });
        }),
      );
    }
    const totalCount = await qb.getCount();
    const after = decodeIdCursor(f.after);
    if (after) qb.andWhere('u.id < :after', { after });
    const rows = await qb.orderBy('u.id', 'DESC').take(size + 1).getMany();
    return { ...toPage(rows, size, (u) => [u.id]), totalCount };
  }

  /** The zones of an account's grants, for the User.zones field. */
  async zonesOf(userIds: number[]): Promise<Map<number, number[]>> {
    const rows = userIds.length ? await this.db.getRepository(UserRoleEntity).findBy({ userId: In(userIds) }) : [];
    const out = new Map<number, number[]>();
    for (const r of rows) if (r.zoneId !== null) out.set(r.userId, [...new Set([...(out.get(r.userId) ?? []), r.zoneId])]);
    return out;
  }

  /**
   * updateStaffUser: name, roles (replacing the old ones: a role left out is removed), zones and
   * unit. Changed grants take effect at the account's next request on every api process.
   */
  async updateStaffUser(
    viewer: Principal,
    userId: number,
    input: { displayName?: string | null; roles?: Role[] | null; zoneIds?: string[] | null; unitId?: string | null },
  ): Promise<UserEntity> {
    const user = await this.assertManages(viewer, userId);
    const current = await this.db.getRepository(UserRoleEntity).findBy({ userId });
    const roles = input.roles ? [...new Set(input.roles)] : [...new Set(current.map((g) => g.role))];
    const zoneIds = input.zoneIds
      ? [...new Set(input.zoneIds.map((z) => toId(z, 'zoneIds')))]
      : [...new Set(current.filter((g) => g.zoneId !== null).map((g) => g.zoneId!))];
    if (input.zoneIds?.length) {
      const found = await this.org.zonesByIds(zoneIds);
      if (found.length !== zoneIds.length) throw new BadInputError('noSuchZone', 'zoneIds');
    }
    if (input.roles || input.zoneIds) AccountsService.assertMayGrant(viewer, roles.filter((r) => !PEOPLE.has(r)), zoneIds);
    const zoneBound = roles.filter((r) => r !== Role.ADMIN && !PEOPLE.has(r));
    if (zoneBound.length && !zoneIds.length) throw new BadInputError('staffRoleNeedsZone', 'zoneIds');
    if (input.unitId !== undefined) user.unitId = input.unitId ? toId(input.unitId, 'unitId') : null;
    if (roles.includes(Role.UNIT_ADMIN)) {
      if (!user.unitId) throw new BadInputError('unitAdminNeedsUnit', 'unitId');
      const unit = await this.org.findUnit(user.unitId);
      if (!unit) throw new BadInputError('noSuchUnit', 'unitId');
      if (!zoneIds.includes(unit.zoneId)) throw new BadInputError('unitOutsideZones', 'unitId');
    }
    if (input.displayName != null) user.displayName = cleanText(input.displayName, 'displayName', '姓名', 1, DISPLAY_NAME_MAX);
    const removesAdmin = current.some((g) => g.role === Role.ADMIN && g.zoneId === null) && !(roles.includes(Role.ADMIN) && !zoneIds.length);
    await inTransaction(this.db, async (m) => {
      if (removesAdmin) await this.assertAnotherActiveAdmin(m, userId);
      await m.getRepository(UserEntity).save(user);
      if (input.roles || input.zoneIds) {
        await m.getRepository(UserRoleEntity).delete({ userId });
        const grants: Partial<UserRoleEntity>[] = [];
        for (const role of roles) {
          if (role === Role.ADMIN && !zoneIds.length) grants.push({ userId, role, zoneId: null });
          else if (PEOPLE.has(role)) grants.push({ userId, role, zoneId: null });
          else for (const zoneId of zoneIds) grants.push({ userId, role, zoneId });
        }
        if (grants.length) await m.getRepository(UserRoleEntity).insert(grants);
      }
    });
    await this.cache.changed(userId);
    return user;
  }

  /** The last active global ADMIN stays: refuses when no other active one would remain (rows locked on MySQL). */
  private async assertAnotherActiveAdmin(m: EntityManager, userId: number) {
    const qb = m
      .createQueryBuilder(UserRoleEntity, 'r')
      .innerJoin(UserEntity, 'u', 'u.id = r.user_id')
      .where('r.role = :role AND r.zone_id IS NULL AND u.active = :active AND u.id <> :userId', { role: Role.ADMIN, active: true, userId });
    if (!isSqlite(m)) qb.setLock('pessimistic_write');
    if ((await qb.getCount()) === 0) throw new ConflictError('lastAdmin');
  }

  private static async isGlobalAdmin(m: EntityManager, userId: number): Promise<boolean> {
    return m.getRepository(UserRoleEntity).existsBy({ userId, role: Role.ADMIN, zoneId: IsNull() });
  }

  /** deactivateUser: the account's tokens are refused from this moment, on every api process. */
  async deactivate(viewer: Principal, userId: number, reason: string): Promise<UserEntity> {
    cleanText(reason, 'reason', '停用原因', 1, DEACTIVATION_REASON_MAX);
    if (userId === viewer.id) throw new BadInputError('selfDeactivate', 'userId');
    const user = await this.assertManages(viewer, userId);
    await inTransaction(this.db, async (m) => {
      if (await AccountsService.isGlobalAdmin(m, userId)) await this.assertAnotherActiveAdmin(m, userId);
      await m
        .createQueryBuilder()
        .update(UserEntity)
        .set({ active: false, tokenVersion: () => 'token_version + 1' })
        .where('id = :userId', { userId })
        .execute();
    });
    await this.cache.changed(userId);
    return { ...user, active: false, tokenVersion: user.tokenVersion + 1 };
  }

  async reactivate(viewer: Principal, userId: number): Promise<UserEntity> {
    const user = await this.assertManages(viewer, userId);
    await inTransaction(this.db, (m) => m.getRepository(UserEntity).update({ id: userId }, { active: true }));
    await this.cache.changed(userId);
    return { ...user, active: true };
  }

  /** resetStaffPassword: a new password set by an admin; every older token is revoked. */
  async resetPassword(viewer: Principal, userId: number, newPassword: string): Promise<boolean> {
    const user = await this.assertManages(viewer, userId);
    if (!user.username) throw new BadInputError('noPassword', 'userId');
    const passwordHash = await AuthService.hashPassword(newPassword);
    await this.bumpVersion(userId, { passwordHash });
    return true;
  }

  /** changeMyPassword: the old password proves it is the person; every other token is revoked, the answer carries a new one. */
  async changeMyPassword(viewer: Principal, oldPassword: string, newPassword: string): Promise<number> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: viewer.id });
    if (!user?.passwordHash) throw new BadInputError('noPassword', 'oldPassword');
    if (!(await bcrypt.compare(oldPassword, user.passwordHash))) throw new BadInputError('oldPasswordWrong', 'oldPassword');
    if (oldPassword === newPassword) throw new BadInputError('samePassword', 'newPassword');
    await this.bumpVersion(user.id, { passwordHash: await AuthService.hashPassword(newPassword) });
    return user.tokenVersion + 1;
  }

  /** signOutEverywhere: every token issued so far stops working, this one included. */
  async signOutEverywhere(viewer: Principal): Promise<boolean> {
    await this.bumpVersion(viewer.id, {});
    return true;
  }

  private async bumpVersion(userId: number, set: Partial<UserEntity>) {
    await inTransaction(this.db, (m) =>
      m
        .createQueryBuilder()
        .update(UserEntity)
        .set({ ...set, tokenVersion: () => 'token_version + 1' })
        .where('id = :userId', { userId })
        .execute(),
    );
    await this.cache.changed(userId);
  }

  /**
   * deleteMyAccount: the person is anonymised — name and phone erased, grants and profile dropped,
   * every token revoked. Their needs, supports and answers stay and still count, unattributed.
   */
  async deleteMyAccount(viewer: Principal): Promise<boolean> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: viewer.id });
    if (!user) throw new UnauthenticatedError();
    await inTransaction(this.db, async (m) => {
      if (await AccountsService.isGlobalAdmin(m, user.id)) await this.assertAnotherActiveAdmin(m, user.id);
      await m
        .createQueryBuilder()
        .update(UserEntity)
        .set({
          displayName: '已注销用户',
          phone: null,
          username: null,
          passwordHash: null,
          communityId: null,
          buildingId: null,
          unitId: null,
          isPartyMember: false,
          specialties: [],
          active: false,
          anonymizedAt: clock.now(),
          tokenVersion: () => 'token_version + 1',
        })
        .where('id = :id', { id: user.id })
        .execute();
      await m.getRepository(UserRoleEntity).delete({ userId: user.id });
    });
    await this.cache.changed(user.id);
    return true;
  }
}
