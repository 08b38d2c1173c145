import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Role, UnitKind } from '@app/common/glossary';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { AuthService } from '@app/auth/auth.service';
import { BuildingEntity, CommunityEntity, MemberUnitEntity, PartyOrgEntity, ZoneEntity } from '@app/org/org.entities';
import { readDemoZone } from './fixtures';
import { DEMO_CONTENT_STEPS } from './demo-content';

export const DEMO_LOGINS = {
  staff: [
    { role: Role.ADMIN, username: 'admin', password: 'admin12345', note: '系统管理员' },
    { role: Role.COUNCIL_STAFF, username: 'staff', password: 'staff12345', note: '促进会工作人员' },
    { role: Role.BOARD_MEMBER, username: 'board1', password: 'board12345', note: '理事' },
    { role: Role.BOARD_MEMBER, username: 'board2', password: 'board12345', note: '理事' },
    { role: Role.BOARD_MEMBER, username: 'board3', password: 'board12345', note: '理事' },
    { role: Role.PARTY_COMMITTEE, username: 'party', password: 'party12345', note: '社区党委' },
    { role: Role.UNIT_ADMIN, username: 'unit1', password: 'unit12345', note: '中交航道勘察设计学院' },
    { role: Role.UNIT_ADMIN, username: 'unit2', password: 'unit12345', note: '上海海运集团党委' },
  ],
  people: [
    { role: Role.RESIDENT, phone: '13800000001', name: '王小明', note: '福山居民区' },
    { role: Role.WHITE_COLLAR, phone: '13800000002', name: '李白领', note: '建工大厦' },
  ],
};

/** Loads the 建工片区 demo zone with one account for every role. Does nothing when a zone exists. */
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeed');
  constructor(private readonly db: DataSource) {}

  async seedIfEmpty(): Promise<boolean> {
    if ((await this.db.getRepository(ZoneEntity).count()) > 0) return false;
    await this.seed();
    return true;
  }

  async seed(): Promise<number> {
    const f = readDemoZone();
    const zoneId = await this.db.transaction(async (m) => {
      const zone = await m.getRepository(ZoneEntity).save(m.getRepository(ZoneEntity).create({ name: f.zone.name, street: f.street, boardSize: null }));
      const communities = new Map<string, number>();
      for (const name of f.communities) communities.set(name, (await m.getRepository(CommunityEntity).save({ zoneId: zone.id, name })).id);
      const buildings = new Map<string, number>();
      for (const name of f.buildings) buildings.set(name, (await m.getRepository(BuildingEntity).save({ zoneId: zone.id, name })).id);
      const units = new Map<string, number>();
      for (const u of f.units) {
        const unit = await m.getRepository(MemberUnitEntity).save({ zoneId: zone.id, name: u.name, kind: u.kind as UnitKind, buildingId: u.building ? (buildings.get(u.building) ?? null) : null });
        units.set(u.name, unit.id);
      }
      await this.partyOrgs(m, zone.id, units, buildings);
      await this.accounts(m, zone.id, units, communities, buildings);
      return zone.id;
    });
    for (const step of DEMO_CONTENT_STEPS) await step(this.db, zoneId, f);
    this.logger.log(`seeded demo zone ${f.zone.name} (id ${zoneId})`);
    return zoneId;
  }

  private async partyOrgs(m: EntityManager, zoneId: number, units: Map<string, number>, buildings: Map<string, number>) {
    const repo = m.getRepository(PartyOrgEntity);
    const top = await repo.save({ zoneId, name: '建工片区区域化党建促进会党委', level: 'COMMITTEE', parentId: null, unitId: null, communityId: null, buildingId: null });
    await repo.save({ zoneId, name: '建工大厦楼宇联合党总支', level: 'GENERAL_BRANCH', parentId: top.id, unitId: null, communityId: null, buildingId: buildings.get('建工大厦') ?? null });
    for (const [name, id] of units) {
      if (name.includes('党')) await repo.save({ zoneId, name, level: name.includes('党委') ? 'COMMITTEE' : 'BRANCH', parentId: top.id, unitId: id, communityId: null, buildingId: null });
    }
  }

  private async accounts(m: EntityManager, zoneId: number, units: Map<string, number>, communities: Map<string, number>, buildings: Map<string, number>) {
    const unitIds = [...units.values()];
    for (const l of DEMO_LOGINS.staff) {
      // an account of that name may exist already (ADMIN_USERNAME=admin): keep it as it is
      if (await m.getRepository(UserEntity).existsBy({ username: l.username })) continue;
      const unitId = l.username === 'unit1' ? unitIds[0] : l.username === 'unit2' ? unitIds[1] : null;
      const user = await m.getRepository(UserEntity).save(
        m.getRepository(UserEntity).create({
          username: l.username,
          passwordHash: await AuthService.hashPassword(l.password),
          displayName: l.note.split(' ')[0],
          unitId,
          specialties: [],
          isPartyMember: l.role !== Role.ADMIN,
        }),
      );
      await m.getRepository(UserRoleEntity).insert({ userId: user.id, role: l.role, zoneId: l.role === Role.ADMIN ? null : zoneId });
    }
    const [resident, worker] = DEMO_LOGINS.people;
    const r = await m.getRepository(UserEntity).save(
      m.getRepository(UserEntity).create({ phone: resident.phone, displayName: resident.name, communityId: communities.get('福山居民区') ?? null, specialties: ['书法'], isPartyMember: true }),
    );
    await m.getRepository(UserRoleEntity).insert({ userId: r.id, role: Role.RESIDENT, zoneId: null });
    const w = await m.getRepository(UserEntity).save(
      m.getRepository(UserEntity).create({ phone: worker.phone, displayName: worker.name, buildingId: buildings.get('建工大厦') ?? null, specialties: ['法律咨询', '上海话'], isPartyMember: false }),
    );
    await m.getRepository(UserRoleEntity).insert({ userId: w.id, role: Role.WHITE_COLLAR, zoneId: null });
  }
}
