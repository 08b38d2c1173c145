import { inTransaction } from '@app/database/transaction';
import { selectEntitiesIn } from '@app/database/rows';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError } from '@app/common/errors';
import { NeedCategory, Role } from '@app/common/glossary';
import { LoaderKey, RequestLoaders, byKeys, groupByKeys } from '@app/common/loaders';
import { maskName, maskPhone } from '@app/common/masking';
import type { Principal } from '@app/common/request-context';
import { cleanText, toId } from '@app/common/text';
import { OrgService } from '@app/org/org.service';
import { UserEntity, UserRoleEntity } from './auth.entities';
import { AuthService, normalizeUsername } from './auth.service';
import { User } from './models/user.model';
import { PrincipalCache } from './principal-cache';
import { hasZoneRole, isAdmin } from '@app/common/access';
import { DISPLAY_NAME_MAX } from './dto/user.inputs';

const PEOPLE = new Set<string>([Role.RESIDENT, Role.WHITE_COLLAR]);

/** Roles held in public: a name shown with one of these is not masked (its phone still is). */
export const PUBLIC_ROLES: ReadonlySet<string> = new Set<string>([Role.COUNCIL_STAFF, Role.BOARD_MEMBER, Role.PARTY_COMMITTEE, Role.UNIT_ADMIN, Role.ADMIN]);

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: PrincipalCache,
    private readonly org: OrgService,
  ) {}

  readonly userById = new LoaderKey<number, UserEntity | null>('userById', async (ids) =>
    byKeys(ids, await selectEntitiesIn(this.db, UserEntity, 'id', ids), (u) => u.id),
  );
  readonly rolesByUser = new LoaderKey<number, UserRoleEntity[]>('rolesByUser', async (ids) =>
    groupByKeys(ids, await selectEntitiesIn(this.db, UserRoleEntity, 'user_id', ids), (r) => r.userId),
  );

  /** A person as a GraphQL User, with roles, through the request's DataLoaders (nested fields). */
  async load(loaders: RequestLoaders, id: number, contextZoneId?: number | null): Promise<User | null> {
    const [u, roles] = await Promise.all([loaders.load(this.userById, id), loaders.load(this.rolesByUser, id)]);
    return u ? { ...toUserWithGrants(u, roles), contextZoneId } : null;
  }

  async user(id: number): Promise<UserEntity> {
    const u = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!u) throw new NotFoundError('User', id);
    return u;
  }

  /**
   * Whole names and phones: the person themself, a global ADMIN, and staff (COUNCIL_STAFF or ADMIN)
   * of the record's zone — the zone of the need a submitter appears in, or, for staff accounts
   * listed on their own, a zone where the account holds a role. Everyone else sees them masked.
   */
  static canSeeContact(viewer: Principal | null | undefined, user: Pick<User, 'id' | 'contextZoneId' | 'grantZoneIds'>): boolean {
    if (!viewer) return false;
    if (viewer.id === Number(user.id) || isAdmin(viewer)) return true;
    const zones = user.contextZoneId != null ? [user.contextZoneId] : (user.grantZoneIds ?? []);
    return zones.some((z) => hasZoneRole(viewer, z, [Role.COUNCIL_STAFF]));
  }

  /**
   * Staff, board members, the party committee, unit admins and admins act in public roles: their
   * names are shown whole on timelines, tallies and notices. Residents' names stay masked.
   */
  static actsInPublicRole(user: User): boolean {
    return user.roles.some((r) => PUBLIC_ROLES.has(r));
  }

  static displayNameFor(viewer: Principal | null | undefined, user: User): string {
    if (UsersService.actsInPublicRole(user)) return user.rawDisplayName;
    return UsersService.canSeeContact(viewer, user) ? user.rawDisplayName : maskName(user.rawDisplayName);
  }

  static phoneFor(viewer: Principal | null | undefined, user: User): string | null {
    if (!viewer) return null;
    return UsersService.canSeeContact(viewer, user) ? user.rawPhone : maskPhone(user.rawPhone);
  }

  async updateProfile(
    userId: number,
    input: { displayName?: string; communityId?: number | null; buildingId?: number | null; isPartyMember?: boolean; specialties?: string[]; willingCategories?: NeedCategory[] },
  ): Promise<UserEntity> {
    const user = await this.user(userId);
    const newRoles: Role[] = [];
    if (input.displayName !== undefined) user.displayName = cleanText(input.displayName, 'displayName', '称呼', 1, DISPLAY_NAME_MAX);
    if (input.communityId !== undefined) {
      if (input.communityId !== null) {
        const c = await this.org.findCommunity(input.communityId);
        if (!c) throw new BadInputError('noSuchCommunity', 'communityId');
        newRoles.push(Role.RESIDENT);
      }
      user.communityId = input.communityId;
    }
    if (input.buildingId !== undefined) {
      if (input.buildingId !== null) {
        const b = await this.org.findBuilding(input.buildingId);
        if (!b) throw new BadInputError('noSuchBuilding', 'buildingId');
        newRoles.push(Role.WHITE_COLLAR);
      }
      user.buildingId = input.buildingId;
    }
    if (input.isPartyMember !== undefined) user.isPartyMember = input.isPartyMember;
    if (input.specialties !== undefined) user.specialties = input.specialties.map((s) => s.trim()).filter(Boolean);
    if (input.willingCategories !== undefined) user.willingCategories = [...new Set(input.willingCategories)];
    // A resident who names their office building becomes an office worker too, and the other way
    // round. An account holding a staff role (staff, board, party committee, unit admin, admin) is
    // never given a people's role by a profile edit: where a person lives grants nothing.
    const grants = await this.grantsOf(userId);
    const isStaff = grants.some((g) => !PEOPLE.has(g.role));
    await inTransaction(this.db, async (m) => {
      await m.getRepository(UserEntity).save(user);
      if (isStaff) return;
      for (const role of newRoles) {
        await m.getRepository(UserRoleEntity).createQueryBuilder().insert().values({ userId, role, zoneId: null }).orIgnore().execute();
      }
    });
    // name, unit, party membership and roles are part of the principal every api process caches
    await this.cache.changed(userId);
    return user;
  }

  async createStaffUser(input: { username: string; password: string; displayName: string; roles: Role[]; zoneIds: string[]; unitId?: string | null }): Promise<UserEntity> {
    const zoneIds = [...new Set(input.zoneIds.map((z) => toId(z, 'zoneIds')))];
    const zones = await this.org.zonesByIds(zoneIds);
    if (zones.length !== zoneIds.length) throw new BadInputError('noSuchZone', 'zoneIds');
    const roles = [...new Set(input.roles)];
    const zoneBound = roles.filter((r) => r !== Role.ADMIN && !PEOPLE.has(r));
    if (zoneBound.length && !zoneIds.length) throw new BadInputError('staffRoleNeedsZone', 'zoneIds');
    let unitId: number | null = null;
    if (roles.includes(Role.UNIT_ADMIN)) {
      if (!input.unitId) throw new BadInputError('unitAdminNeedsUnit', 'unitId');
      unitId = toId(input.unitId, 'unitId');
      const unit = await this.org.findUnit(unitId);
      if (!unit) throw new BadInputError('noSuchUnit', 'unitId');
      if (!zoneIds.includes(unit.zoneId)) throw new BadInputError('unitOutsideZones', 'unitId');
    } else if (input.unitId) {
      unitId = toId(input.unitId, 'unitId');
      if (!(await this.org.findUnit(unitId))) {
        throw new BadInputError('noSuchUnit', 'unitId');
      }
    }
    const passwordHash = await AuthService.hashPassword(input.password);
    try {
      return await inTransaction(this.db, async (m) => {
        const user = await m.getRepository(UserEntity).save(
          m.getRepository(UserEntity).create({
            username: normalizeUsername(input.username),
            passwordHash,
            displayName: cleanText(input.displayName, 'displayName', '姓名', 1, DISPLAY_NAME_MAX),
            unitId,
            specialties: [],
            isPartyMember: false,
          }),
        );
        const grants: Partial<UserRoleEntity>[] = [];
        for (const role of roles) {
          if (role === Role.ADMIN && !zoneIds.length) grants.push({ userId: user.id, role, zoneId: null });
          else if (PEOPLE.has(role)) grants.push({ userId: user.id, role, zoneId: null });
          else for (const zoneId of zoneIds) grants.push({ userId: user.id, role, zoneId });
        }
        await m.getRepository(UserRoleEntity).insert(grants);
        return user;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictError('usernameTaken', { field: 'username' });
      throw e;
    }
  }

  async grantsOfMany(userIds: number[]): Promise<Map<number, UserRoleEntity[]>> {
    const rows = userIds.length ? await this.db.getRepository(UserRoleEntity).findBy({ userId: In(userIds) }) : [];
    const out = new Map<number, UserRoleEntity[]>();
    for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r]);
    return out;
  }

  async grantsOf(userId: number): Promise<UserRoleEntity[]> {
    return this.db.getRepository(UserRoleEntity).findBy({ userId });
  }

  /** Of these people, the accounts of these member units (they speak for the unit, not for themselves). */
  async accountsOfUnits(userIds: number[], unitIds: number[], m: EntityManager = this.db.manager): Promise<number[]> {
    if (!userIds.length || !unitIds.length) return [];
    return (await m.getRepository(UserEntity).find({ where: { id: In(userIds), unitId: In(unitIds) }, select: ['id'] })).map((u) => u.id);
  }

  /** Every account of these member units (whoever works there, not only their admins). */
  async accountsOfUnitIds(unitIds: number[], m: EntityManager = this.db.manager): Promise<number[]> {
    if (!unitIds.length) return [];
    return (await m.getRepository(UserEntity).find({ where: { unitId: In(unitIds) }, select: ['id'] })).map((u) => u.id);
  }

  /**
   * The people holding one of these roles in the zone; with `everyAdmin`, when ADMIN is among the
   * roles, every ADMIN grant counts (wherever it is held).
   */
  async holdersOf(zoneId: number, roles: string[], everyAdmin = false): Promise<number[]> {
    if (!roles.length) return [];
    const grants = await this.db.getRepository(UserRoleEntity).find({
      where: [{ zoneId, role: In(roles) }, ...(everyAdmin && roles.includes(Role.ADMIN) ? [{ role: Role.ADMIN }] : [])],
      select: ['userId'],
    });
    return [...new Set(grants.map((g) => g.userId))];
  }

  /** How many BOARD_MEMBER grants the zone has; `m` reads inside the caller's transaction. */
  boardMemberCount(zoneId: number, m: EntityManager = this.db.manager): Promise<number> {
    return m.getRepository(UserRoleEntity).count({ where: { zoneId, role: Role.BOARD_MEMBER } });
  }

  /** The users with these ids that exist. */
  usersByIds(ids: number[]): Promise<UserEntity[]> {
    return ids.length ? this.db.getRepository(UserEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** The account with this phone, if any: its id and unit. */
  byPhone(phone: string): Promise<Pick<UserEntity, 'id' | 'unitId'> | null> {
    return this.db.getRepository(UserEntity).findOne({ where: { phone }, select: ['id', 'unitId'] });
  }

  /**
   * A person met on a household visit who has no account: a record that cannot sign in (no phone
   * kept, deactivated), so a visit never opens a login account for a number that did not ask.
   */
  async visitRespondent(): Promise<number> {
    const repo = this.db.getRepository(UserEntity);
    return (await repo.save(repo.create({ phone: null, displayName: '入户访问居民', specialties: [], isPartyMember: false, active: false }))).id;
  }

  /** The accounts that speak for these member units (their UNIT_ADMINs): who to tell about them. */
  async unitAdminIds(unitIds: number[]): Promise<number[]> {
    if (!unitIds.length) return [];
    const rows = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin(UserRoleEntity, 'r', 'r.user_id = u.id AND r.role = :role', { role: Role.UNIT_ADMIN })
      .where('u.unit_id IN (:...unitIds)', { unitIds })
      .select('DISTINCT u.id', 'id')
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }
}

export function toUserWithGrants(u: UserEntity, grants: { role: string; zoneId: number | null }[]): User {
  return { ...toUser(u, grants.map((g) => g.role)), grantZoneIds: [...new Set(grants.filter((g) => g.zoneId !== null).map((g) => g.zoneId!))] };
}

export function toUser(u: UserEntity, roles: string[]): User {
  return {
    id: String(u.id),
    roles: [...new Set(roles)] as Role[],
    isPartyMember: u.isPartyMember,
    specialties: u.specialties ?? [],
    willingCategories: u.willingCategories ?? [],
    active: u.active,
    rawUsername: u.username,
    rawDisplayName: u.displayName,
    rawPhone: u.phone,
    communityId: u.communityId,
    buildingId: u.buildingId,
    unitId: u.unitId,
  };
}
