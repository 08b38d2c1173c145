import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { assertZoneRole, hasZoneRole, STAFF_ROLES } from '@app/common/access';
import { segmentForSearch } from '@app/common/segmenter';
import { BadInputError, ConflictError, ForbiddenError, isUniqueViolation, NotFoundError, UnauthenticatedError } from '@app/common/errors';
import { NeedCategory, ResourceCost, ResourceKind, Role } from '@app/common/glossary';
import { byKeys, groupByKeys, LoaderKey } from '@app/common/loaders';
import { decodeCursor, Page, pageSize, toPage } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { cleanText } from '@app/common/text';
import { inTransaction } from '@app/database/transaction';
import type { CommunityEntity, MemberUnitEntity } from '@app/org/org.entities';
import { OrgService } from '@app/org/org.service';
import { PairingEntity, ResourceEntity, VolunteerTeamEntity, VolunteerTeamMemberEntity } from './matching.entities';
import { categoryBit, toMask } from './scoring';
import { PAIRING_NOTE_MAX, RESOURCE_DESCRIPTION_MAX, RESOURCE_TITLE_MAX, TEAM_NAME_MAX } from './dto/matching.inputs';

export interface ResourceFields {
  unitId: number;
  kind: ResourceKind;
  title: string;
  description: string;
  categories: NeedCategory[];
  capacity?: number | null;
  cost: ResourceCost;
}

export const COST_RANK: Record<ResourceCost, number> = { FREE: 0, LOW_COST: 1, PAID: 2 };

/** The supply side: 资源清单, 两楼结对 and 党员志愿者服务队. */
@Injectable()
export class SupplyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
  ) {}

  readonly resourcesByUnit = new LoaderKey<number, ResourceEntity[]>('resourcesByUnit', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(ResourceEntity).find({ where: { unitId: In([...ids]) }, order: { costRank: 'ASC', id: 'DESC' } }), (r) => r.unitId),
  );
  readonly resourceById = new LoaderKey<number, ResourceEntity | null>('resourceById', async (ids) =>
    byKeys(ids, await this.db.getRepository(ResourceEntity).findBy({ id: In([...ids]) }), (r) => r.id),
  );
  /** key: building id → the communities paired with it */
  readonly pairedCommunitiesByBuilding = new LoaderKey<number, CommunityEntity[]>('pairedCommunitiesByBuilding', async (ids) => {
    const pairs = await this.db.getRepository(PairingEntity).find({ where: { buildingId: In([...ids]) }, order: { id: 'ASC' } });
    const communities = await this.org.communitiesByIds(pairs.map((p) => p.communityId));
    const byId = new Map(communities.map((c) => [c.id, c]));
    return groupByKeys(ids, pairs, (p) => p.buildingId).map((list) => list.map((p) => byId.get(p.communityId)!).filter(Boolean));
  });
  /** key: `${teamId}:${userId}` */
  readonly membership = new LoaderKey<string, boolean>('teamMembership', async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number));
    const rows = await this.db.getRepository(VolunteerTeamMemberEntity).find({ where: pairs.map(([teamId, userId]) => ({ teamId, userId })) });
    const set = new Set(rows.map((r) => `${r.teamId}:${r.userId}`));
    return keys.map((k) => set.has(k));
  });

  // ── who may manage a unit's resources ──

  /** Its UNIT_ADMIN, or the zone's staff (and ADMIN). */
  static canManageUnit(viewer: Principal | null | undefined, unit: Pick<MemberUnitEntity, 'id' | 'zoneId'>): boolean {
    if (!viewer) return false;
    if (hasZoneRole(viewer, unit.zoneId, STAFF_ROLES)) return true;
    return viewer.unitId === unit.id && hasZoneRole(viewer, unit.zoneId, [Role.UNIT_ADMIN]);
  }

  private async assertManage(viewer: Principal | null, unitId: number): Promise<MemberUnitEntity> {
    if (!viewer) throw new UnauthenticatedError();
    const unit = await this.org.findUnit(unitId);
    if (!unit) throw new NotFoundError('Member unit', unitId);
    if (!SupplyService.canManageUnit(viewer, unit)) {
      throw new ForbiddenError('resourcesUnitOrStaff');
    }
    return unit;
  }

  // ── resources ──

  async offerResource(viewer: Principal | null, input: ResourceFields): Promise<ResourceEntity> {
    const unit = await this.assertManage(viewer, input.unitId);
    const repo = this.db.getRepository(ResourceEntity);
    return repo.save(repo.create({ ...this.clean(input), zoneId: unit.zoneId, unitId: unit.id, available: true, createdById: viewer!.id }));
  }

  async updateResource(viewer: Principal | null, resourceId: number, input: ResourceFields): Promise<ResourceEntity> {
    const r = await this.resource(resourceId);
    await this.assertManage(viewer, r.unitId);
    if (input.unitId !== r.unitId) throw new BadInputError('resourceStaysWithUnit', 'unitId');
    Object.assign(r, this.clean(input), { available: true });
    return this.db.getRepository(ResourceEntity).save(r);
  }

  /** Withdrawn resources leave the directory and stop counting in matches; updating offers it again. */
  async withdrawResource(viewer: Principal | null, resourceId: number): Promise<ResourceEntity> {
    const r = await this.resource(resourceId);
    await this.assertManage(viewer, r.unitId);
    await this.db.getRepository(ResourceEntity).update({ id: r.id }, { available: false });
    r.available = false;
    return r;
  }

  async resource(id: number): Promise<ResourceEntity> {
    const r = await this.db.getRepository(ResourceEntity).findOneBy({ id });
    if (!r) throw new NotFoundError('Resource', id);
    return r;
  }

  private clean(input: ResourceFields) {
    if (!input.categories?.length) throw new BadInputError('resourceCategoryRequired', 'categories');
    if (input.capacity !== null && input.capacity !== undefined && (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > 1_000_000)) {
      throw new BadInputError('capacityRange', 'capacity', { max: 1_000_000 });
    }
    return {
      kind: input.kind,
      title: cleanText(input.title, 'title', '资源名称', 1, RESOURCE_TITLE_MAX),
      description: cleanText(input.description, 'description', '资源说明', 1, RESOURCE_DESCRIPTION_MAX),
      categoryMask: toMask(input.categories),
      capacity: input.capacity ?? null,
      cost: input.cost,
      costRank: COST_RANK[input.cost],
    };
  }

  /** 资源清单: the zone's available resources, free and low-cost first, then newest; keyset-paged. */
  async resources(args: {
    zoneId: number;
    category?: NeedCategory | null;
    kind?: ResourceKind | null;
    search?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Page<ResourceEntity> & { totalCount: number }> {
    await this.org.zone(args.zoneId);
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, 2);
    const filtered = () => {
      const qb = this.db
        .getRepository(ResourceEntity)
        .createQueryBuilder('r')
        .where('r.zone_id = :zoneId AND r.available = :yes', { zoneId: args.zoneId, yes: true });
      if (args.category) qb.andWhere('(r.category_mask & :bit) <> 0', { bit: categoryBit(args.category) });
      if (args.kind) qb.andWhere('r.kind = :kind', { kind: args.kind });
      const search = (args.search ?? '').trim().slice(0, 40);
      if (search) {
        // in Chinese, cut into words the way search cuts needs and projects; every word must be in the title or description
        // single characters (的, 和…) are dropped when the search has longer words
        const cut = [...new Set(segmentForSearch(search))];
        const words = (cut.some((w) => [...w].length > 1) ? cut.filter((w) => [...w].length > 1) : cut).slice(0, 12);
        const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        (words.length ? words : [search]).forEach((w, i) =>
          qb.andWhere(new Brackets((b) => b.where(`r.title LIKE :w${i}`).orWhere(`r.description LIKE :w${i}`)), { [`w${i}`]: like(w) }),
        );
      }
      return qb;
    };
    const list = filtered().orderBy('r.cost_rank', 'ASC').addOrderBy('r.id', 'DESC').limit(size + 1);
    if (cursor) {
      const [rank, id] = cursor.map(Number);
      if (!Number.isInteger(rank) || !Number.isInteger(id)) throw new BadInputError('after is not a cursor this list gave out', 'after');
      list.andWhere(new Brackets((b) => b.where('r.cost_rank > :rank', { rank }).orWhere('r.cost_rank = :rank AND r.id < :id', { rank, id })));
    }
    const [rows, totalCount] = await Promise.all([list.getMany(), filtered().getCount()]);
    return { ...toPage(rows, size, (r) => [r.costRank, r.id]), totalCount };
  }

  // ── 两楼结对 ──

  async pairBuilding(viewer: Principal | null, communityId: number, buildingId: number, note?: string | null): Promise<PairingEntity> {
    const community = await this.org.findCommunity(communityId);
    if (!community) throw new NotFoundError('Community', communityId);
    const building = await this.org.findBuilding(buildingId);
    if (!building) throw new NotFoundError('Building', buildingId);
    assertZoneRole(viewer, community.zoneId, [Role.COUNCIL_STAFF], '维护两楼结对');
    if (building.zoneId !== community.zoneId) throw new BadInputError('buildingNotOfCommunityZone', 'buildingId');
    const repo = this.db.getRepository(PairingEntity);
    try {
      return await repo.save(
        repo.create({ zoneId: community.zoneId, communityId, buildingId, note: note ? cleanText(note, 'note', '备注', 0, PAIRING_NOTE_MAX) || null : null, createdById: viewer.id }),
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictError('alreadyPaired', { community: community.name, building: building.name });
      throw e;
    }
  }

  async unpair(viewer: Principal | null, pairingId: number): Promise<boolean> {
    const p = await this.db.getRepository(PairingEntity).findOneBy({ id: pairingId });
    if (!p) throw new NotFoundError('Pairing', pairingId);
    assertZoneRole(viewer, p.zoneId, [Role.COUNCIL_STAFF], '维护两楼结对');
    await this.db.getRepository(PairingEntity).delete({ id: p.id });
    return true;
  }

  async pairings(zoneId: number): Promise<PairingEntity[]> {
    await this.org.zone(zoneId);
    return this.db.getRepository(PairingEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  }

  // ── 党员志愿者服务队 ──

  async createVolunteerTeam(viewer: Principal | null, zoneId: number, name: string, unitId: number | null, buildingIds: number[]): Promise<VolunteerTeamEntity> {
    await this.org.zone(zoneId);
    if (unitId) {
      const unit = await this.org.findUnit(unitId);
      if (!unit || unit.zoneId !== zoneId) throw new BadInputError('unitNotInZone', 'unitId');
      if (!SupplyService.canManageUnit(viewer, unit)) assertZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF], '组建志愿者服务队');
    } else {
      assertZoneRole(viewer, zoneId, [Role.COUNCIL_STAFF], '组建志愿者服务队');
    }
    const ids = [...new Set(buildingIds)];
    if (ids.length < 1 || ids.length > 2) throw new BadInputError('teamBuildings', 'buildingIds');
    const buildings = await this.org.buildingsByIds(ids);
    if (buildings.length !== ids.length || buildings.some((b) => b.zoneId !== zoneId)) {
      throw new BadInputError('teamBuildingsOfZone', 'buildingIds');
    }
    const repo = this.db.getRepository(VolunteerTeamEntity);
    try {
      return await repo.save(repo.create({ zoneId, name: cleanText(name, 'name', '服务队名称', 1, TEAM_NAME_MAX), unitId, buildingIds: ids, memberCount: 0, createdById: viewer!.id }));
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictError('teamNameTaken', { field: 'name' });
      throw e;
    }
  }

  async volunteerTeams(zoneId: number): Promise<VolunteerTeamEntity[]> {
    await this.org.zone(zoneId);
    return this.db.getRepository(VolunteerTeamEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  }

  /** Joining twice is refused by the primary key; the count moves in the same transaction. */
  async joinTeam(viewer: Principal | null, teamId: number): Promise<VolunteerTeamEntity> {
    if (!viewer) throw new UnauthenticatedError();
    await this.team(teamId);
    return inTransaction(this.db, async (m) => {
      try {
        await m.insert(VolunteerTeamMemberEntity, { teamId, userId: viewer.id });
      } catch (e) {
        if (isUniqueViolation(e)) throw new ConflictError('alreadyInTeam');
        throw e;
      }
      await m.createQueryBuilder().update(VolunteerTeamEntity).set({ memberCount: () => 'member_count + 1' }).where('id = :teamId', { teamId }).execute();
      return (await m.getRepository(VolunteerTeamEntity).findOneBy({ id: teamId }))!;
    });
  }

  async leaveTeam(viewer: Principal | null, teamId: number): Promise<VolunteerTeamEntity> {
    if (!viewer) throw new UnauthenticatedError();
    await this.team(teamId);
    return inTransaction(this.db, async (m) => {
      const res = await m.delete(VolunteerTeamMemberEntity, { teamId, userId: viewer.id });
      if (!res.affected) throw new ConflictError('notInTeam');
      await m.createQueryBuilder().update(VolunteerTeamEntity).set({ memberCount: () => 'member_count - 1' }).where('id = :teamId AND member_count > 0', { teamId }).execute();
      return (await m.getRepository(VolunteerTeamEntity).findOneBy({ id: teamId }))!;
    });
  }

  private async team(id: number): Promise<VolunteerTeamEntity> {
    const t = await this.db.getRepository(VolunteerTeamEntity).findOneBy({ id });
    if (!t) throw new NotFoundError('Volunteer team', id);
    return t;
  }
}
