import { Role } from '@app/common/glossary';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { BuildingEntity, CommunityEntity, MemberUnitEntity, ZoneEntity } from '@app/org/org.entities';
import { TestApp } from './harness';

// bcrypt hash of "password123" (cost 4), so setting up accounts costs nothing
export const TEST_PASSWORD = 'password123';
const TEST_HASH = '$2b$04$LbPye3V6suX/d.2dMjjVJ.aD8cP1QuTpPUsCpxE8fmEWZOCBVoONW';

export interface Actor {
  id: number;
  token: string;
  username?: string;
  phone?: string;
}

export interface World {
  zoneId: number;
  otherZoneId: number;
  communityId: number;
  buildingId: number;
  otherCommunityId: number;
  units: number[];
  otherZoneUnit: number;
  admin: Actor;
  staff: Actor;
  otherStaff: Actor;
  board: Actor[];
  party: Actor;
  unitAdmins: Actor[];
  residents: Actor[];
  worker: Actor;
}

let phoneSeq = 0;
export const nextPhone = () => `139${String(10_000_000 + ++phoneSeq * 7 + (process.pid % 1000) * 10_000).slice(-8)}`;

/**
 * A zone with an account for every role, plus a second zone with its own staff: what most e2e
 * tests need. Rows go straight into the database; tokens are issued directly.
 */
export async function buildWorld(t: TestApp, opts: { residents?: number; units?: number; board?: number } = {}): Promise<World> {
  const db = t.db;
  const zone = await db.getRepository(ZoneEntity).save({ name: '建工片区', street: '陆家嘴街道', boardSize: null });
  const other = await db.getRepository(ZoneEntity).save({ name: '梅园片区', street: '陆家嘴街道', boardSize: null });
  const community = await db.getRepository(CommunityEntity).save({ zoneId: zone.id, name: '福山居民区' });
  const building = await db.getRepository(BuildingEntity).save({ zoneId: zone.id, name: '建工大厦' });
  const otherCommunity = await db.getRepository(CommunityEntity).save({ zoneId: other.id, name: '梅园居民区' });
  const units: number[] = [];
  for (let i = 0; i < (opts.units ?? 3); i++) {
    units.push((await db.getRepository(MemberUnitEntity).save({ zoneId: zone.id, name: `成员单位${i + 1}`, kind: 'ENTERPRISE', buildingId: null })).id);
  }
  const otherZoneUnit = (await db.getRepository(MemberUnitEntity).save({ zoneId: other.id, name: '外片区单位', kind: 'ENTERPRISE', buildingId: null })).id;

  const make = async (fields: Partial<UserEntity>, grants: { role: Role; zoneId: number | null }[]): Promise<Actor> => {
    const u = await db.getRepository(UserEntity).save(db.getRepository(UserEntity).create({ specialties: [], isPartyMember: false, displayName: '测试用户', ...fields }));
    if (grants.length) await db.getRepository(UserRoleEntity).insert(grants.map((g) => ({ userId: u.id, ...g })));
    return { id: u.id, token: t.tokenFor(u.id), username: u.username ?? undefined, phone: u.phone ?? undefined };
  };
  const staffUser = (username: string, displayName: string, role: Role, zoneId: number | null, unitId: number | null = null) =>
    make({ username, passwordHash: TEST_HASH, displayName, unitId }, [{ role, zoneId }]);

  const admin = await staffUser('admin', '管理员', Role.ADMIN, null);
  const staff = await staffUser('staff', '张社工', Role.COUNCIL_STAFF, zone.id);
  const otherStaff = await staffUser('otherstaff', '梅园社工', Role.COUNCIL_STAFF, other.id);
  const board: Actor[] = [];
  for (let i = 0; i < (opts.board ?? 3); i++) board.push(await staffUser(`board${i + 1}`, `理事${i + 1}`, Role.BOARD_MEMBER, zone.id));
  const party = await staffUser('party', '党委书记', Role.PARTY_COMMITTEE, zone.id);
  const unitAdmins: Actor[] = [];
  for (let i = 0; i < units.length; i++) unitAdmins.push(await staffUser(`unit${i + 1}`, `单位管理员${i + 1}`, Role.UNIT_ADMIN, zone.id, units[i]));
  const residents: Actor[] = [];
  for (let i = 0; i < (opts.residents ?? 3); i++) {
    residents.push(await make({ phone: nextPhone(), displayName: `王小${'明红刚'[i % 3]}${i}`, communityId: community.id }, [{ role: Role.RESIDENT, zoneId: null }]));
  }
  const worker = await make({ phone: nextPhone(), displayName: '李白领', buildingId: building.id }, [{ role: Role.WHITE_COLLAR, zoneId: null }]);
  return {
    zoneId: zone.id,
    otherZoneId: other.id,
    communityId: community.id,
    buildingId: building.id,
    otherCommunityId: otherCommunity.id,
    units,
    otherZoneUnit,
    admin,
    staff,
    otherStaff,
    board,
    party,
    unitAdmins,
    residents,
    worker,
  };
}

/** Many people with a phone and one role, inserted in bulk (for concurrency and volume tests). */
export async function manyPeople(t: TestApp, n: number, role: Role, fields: (i: number) => Partial<UserEntity>): Promise<Actor[]> {
  const phones = Array.from({ length: n }, () => nextPhone());
  await t.db.getRepository(UserEntity).insert(phones.map((phone, i) => ({ phone, specialties: [], isPartyMember: false, ...fields(i) })));
  const users = await t.db.getRepository(UserEntity).find({ where: phones.map((phone) => ({ phone })) });
  await t.db.getRepository(UserRoleEntity).insert(users.map((u) => ({ userId: u.id, role, zoneId: null })));
  return users.map((u) => ({ id: u.id, token: t.tokenFor(u.id), phone: u.phone! }));
}

/** Many residents at once (for concurrency tests). */
export function manyResidents(t: TestApp, n: number, communityId: number | null = null): Promise<Actor[]> {
  return manyPeople(t, n, Role.RESIDENT, (i) => ({ displayName: `居民${i}`, communityId, isPartyMember: i % 2 === 0 }));
}
