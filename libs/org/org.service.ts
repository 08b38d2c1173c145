import { inTransaction } from '@app/database/transaction';
import { selectEntitiesIn } from '@app/database/rows';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError } from '@app/common/errors';
import { LoaderKey, byKeys, groupByKeys } from '@app/common/loaders';
import { cleanText, toId } from '@app/common/text';
import type { PartyOrgLevel, UnitKind } from '@app/common/glossary';
import { BuildingEntity, CommunityEntity, MemberUnitEntity, PartyOrgEntity, ZoneEntity } from './org.entities';
import { PARTY_ORG_NAME_MAX, PLACE_NAME_MAX, STREET_MAX, UNIT_NAME_MAX, ZONE_NAME_MAX } from './dto/org.inputs';

@Injectable()
export class OrgService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // batched lookups for nested fields
  readonly zoneById = new LoaderKey<number, ZoneEntity | null>('zoneById', async (ids) =>
    byKeys(ids, await selectEntitiesIn(this.db, ZoneEntity, 'id', ids), (z) => z.id),
  );
  readonly communityById = new LoaderKey<number, CommunityEntity | null>('communityById', async (ids) =>
    byKeys(ids, await selectEntitiesIn(this.db, CommunityEntity, 'id', ids), (c) => c.id),
  );
  readonly buildingById = new LoaderKey<number, BuildingEntity | null>('buildingById', async (ids) =>
    byKeys(ids, await selectEntitiesIn(this.db, BuildingEntity, 'id', ids), (b) => b.id),
  );
  readonly unitById = new LoaderKey<number, MemberUnitEntity | null>('unitById', async (ids) =>
    byKeys(ids, await selectEntitiesIn(this.db, MemberUnitEntity, 'id', ids), (u) => u.id),
  );
  readonly communitiesByZone = new LoaderKey<number, CommunityEntity[]>('communitiesByZone', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(CommunityEntity).find({ where: { zoneId: In([...ids]) }, order: { id: 'ASC' } }), (c) => c.zoneId),
  );
  readonly buildingsByZone = new LoaderKey<number, BuildingEntity[]>('buildingsByZone', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(BuildingEntity).find({ where: { zoneId: In([...ids]) }, order: { id: 'ASC' } }), (b) => b.zoneId),
  );

  zones(): Promise<ZoneEntity[]> {
    return this.db.getRepository(ZoneEntity).find({ order: { id: 'ASC' } });
  }

  async zone(id: number): Promise<ZoneEntity> {
    const z = await this.db.getRepository(ZoneEntity).findOneBy({ id });
    if (!z) throw new NotFoundError('Zone', id);
    return z;
  }

  findZone(id: number): Promise<ZoneEntity | null> {
    return this.db.getRepository(ZoneEntity).findOneBy({ id });
  }

  units(zoneId: number): Promise<MemberUnitEntity[]> {
    return this.db.getRepository(MemberUnitEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  }

  async unit(id: number): Promise<MemberUnitEntity> {
    const u = await this.db.getRepository(MemberUnitEntity).findOneBy({ id });
    if (!u) throw new NotFoundError('Member unit', id);
    return u;
  }

  /** The member unit, or null; `m` reads inside the caller's transaction. */
  findUnit(id: number, m: EntityManager = this.db.manager): Promise<MemberUnitEntity | null> {
    return m.getRepository(MemberUnitEntity).findOneBy({ id });
  }

  findCommunity(id: number): Promise<CommunityEntity | null> {
    return this.db.getRepository(CommunityEntity).findOneBy({ id });
  }

  findBuilding(id: number): Promise<BuildingEntity | null> {
    return this.db.getRepository(BuildingEntity).findOneBy({ id });
  }

  /** The names of these member units (any number of ids, read 1000 at a time). */
  async unitNames(ids: number[]): Promise<Map<number, string>> {
    const names = new Map<number, string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 1000) {
      const rows = await this.db.getRepository(MemberUnitEntity).find({ where: { id: In(unique.slice(i, i + 1000)) }, select: ['id', 'name'] });
      rows.forEach((u) => names.set(u.id, u.name));
    }
    return names;
  }

  /** The communities / buildings with these ids that exist. */
  communitiesByIds(ids: number[]): Promise<CommunityEntity[]> {
    return ids.length ? this.db.getRepository(CommunityEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  buildingsByIds(ids: number[]): Promise<BuildingEntity[]> {
    return ids.length ? this.db.getRepository(BuildingEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  zoneExists(id: number): Promise<boolean> {
    return this.db.getRepository(ZoneEntity).exists({ where: { id } });
  }

  /** The zones with these ids that exist. */
  zonesByIds(ids: number[]): Promise<ZoneEntity[]> {
    return ids.length ? this.db.getRepository(ZoneEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** The board size the zone has set (zones.board_size), or null. */
  async boardSizeSet(zoneId: number, m: EntityManager = this.db.manager): Promise<number | null> {
    const zone = await m.getRepository(ZoneEntity).findOne({ where: { id: zoneId }, select: ['id', 'boardSize'] });
    return zone?.boardSize || null;
  }

  communities(zoneId: number): Promise<CommunityEntity[]> {
    return this.db.getRepository(CommunityEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  }

  buildings(zoneId: number): Promise<BuildingEntity[]> {
    return this.db.getRepository(BuildingEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  }

  partyOrgs(zoneId: number): Promise<PartyOrgEntity[]> {
    return this.db.getRepository(PartyOrgEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  }

  /** Checks that a community / building belongs to the zone (used by need intake and profiles). */
  async assertPlaceInZone(zoneId: number, communityId?: number | null, buildingId?: number | null): Promise<void> {
    if (communityId) {
      const c = await this.db.getRepository(CommunityEntity).findOneBy({ id: communityId });
      if (!c || c.zoneId !== zoneId) throw new BadInputError('communityNotOfZone', 'communityId');
    }
    if (buildingId) {
      const b = await this.db.getRepository(BuildingEntity).findOneBy({ id: buildingId });
      if (!b || b.zoneId !== zoneId) throw new BadInputError('buildingNotOfZone', 'buildingId');
    }
  }

  async createZone(name: string, street: string, boardSize?: number | null): Promise<ZoneEntity> {
    const values = { name: cleanText(name, 'name', '片区名称', 1, ZONE_NAME_MAX), street: cleanText(street, 'street', '街道名称', 1, STREET_MAX), boardSize: boardSize ?? null };
    return this.saveUnique(ZoneEntity, values, '该街道已有同名片区');
  }

  async createCommunity(zoneId: number, name: string): Promise<CommunityEntity> {
    await this.zone(zoneId);
    return this.saveUnique(CommunityEntity, { zoneId, name: cleanText(name, 'name', '居民区名称', 1, PLACE_NAME_MAX) }, '该片区已有同名居民区');
  }

  async createBuilding(zoneId: number, name: string): Promise<BuildingEntity> {
    await this.zone(zoneId);
    return this.saveUnique(BuildingEntity, { zoneId, name: cleanText(name, 'name', '楼宇名称', 1, PLACE_NAME_MAX) }, '该片区已有同名楼宇');
  }

  async createUnit(zoneId: number, name: string, kind: UnitKind, buildingId?: number | null): Promise<MemberUnitEntity> {
    await this.zone(zoneId);
    await this.assertPlaceInZone(zoneId, null, buildingId);
    return this.saveUnique(MemberUnitEntity, { zoneId, name: cleanText(name, 'name', '单位名称', 1, UNIT_NAME_MAX), kind, buildingId: buildingId ?? null }, '该片区已有同名成员单位');
  }

  async createPartyOrg(input: {
    zoneId: number;
    name: string;
    level: PartyOrgLevel;
    parentId?: number | null;
    unitId?: number | null;
    communityId?: number | null;
    buildingId?: number | null;
  }): Promise<PartyOrgEntity> {
    await this.zone(input.zoneId);
    await this.assertPlaceInZone(input.zoneId, input.communityId, input.buildingId);
    if (input.parentId) {
      const parent = await this.db.getRepository(PartyOrgEntity).findOneBy({ id: input.parentId });
      if (!parent || parent.zoneId !== input.zoneId) throw new BadInputError('parentNotOfZone', 'parentId');
    }
    if (input.unitId) {
      const unit = await this.db.getRepository(MemberUnitEntity).findOneBy({ id: input.unitId });
      if (!unit || unit.zoneId !== input.zoneId) throw new BadInputError('unitNotInZone', 'unitId');
    }
    return inTransaction(this.db, (m) => m.getRepository(PartyOrgEntity).save(
      m.getRepository(PartyOrgEntity).create({
        zoneId: input.zoneId,
        name: cleanText(input.name, 'name', '党组织名称', 1, PARTY_ORG_NAME_MAX),
        level: input.level,
        parentId: input.parentId ?? null,
        unitId: input.unitId ?? null,
        communityId: input.communityId ?? null,
        buildingId: input.buildingId ?? null,
      }),
    ));
  }

  /** updateZone: ADMIN of the zone renames it or moves it to another street. */
  async updateZone(zoneId: number, input: { name?: string | null; street?: string | null }): Promise<ZoneEntity> {
    const zone = await this.zone(zoneId);
    if (input.name != null) zone.name = cleanText(input.name, 'name', '片区名称', 1, ZONE_NAME_MAX);
    if (input.street != null) zone.street = cleanText(input.street, 'street', '街道名称', 1, STREET_MAX);
    return this.saveUnique(ZoneEntity, zone, '该街道已有同名片区');
  }

  /** updateUnit: name, kind and building (a building of the unit's own zone) of a member unit. */
  async updateUnit(unitId: number, input: { name?: string | null; kind?: UnitKind | null; buildingId?: number | null }): Promise<MemberUnitEntity> {
    const unit = await this.unit(unitId);
    if (input.name != null) unit.name = cleanText(input.name, 'name', '单位名称', 1, UNIT_NAME_MAX);
    if (input.kind != null) unit.kind = input.kind;
    if (input.buildingId !== undefined) {
      await this.assertPlaceInZone(unit.zoneId, null, input.buildingId);
      unit.buildingId = input.buildingId;
    }
    return this.saveUnique(MemberUnitEntity, unit, '该片区已有同名成员单位');
  }

  private async saveUnique<T extends object>(entity: new () => T, values: Partial<T>, duplicateMessage: string): Promise<T> {
    try {
      return await inTransaction(this.db, (m) => m.getRepository(entity).save(m.getRepository(entity).create(values as T)));
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictError(`${duplicateMessage} (already exists)`, { field: 'name' });
      throw e;
    }
  }

  static id(value: string | number | null | undefined, what: string): number | null {
    return value === null || value === undefined || value === '' ? null : toId(value, what);
  }
}
