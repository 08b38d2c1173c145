import { DataSource } from 'typeorm';
import { NeedCategory, ResourceCost, ResourceKind, Role } from '@app/common/glossary';
import { UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import { readDemoZone } from '@app/demo/fixtures';
import { BuildingEntity, CommunityEntity, MemberUnitEntity } from '@app/org/org.entities';
import { PairingEntity, ResourceEntity, VolunteerTeamEntity, VolunteerTeamMemberEntity } from './matching.entities';
import { toMask } from './scoring';
import { COST_RANK } from './supply.service';

interface MatchingFixture {
  pairings?: { community: string; building: string; note?: string }[];
  volunteerTeams?: { name: string; buildings: string[]; unit?: string }[];
  resources?: { unit: string; kind: ResourceKind; title: string; description: string; categories: NeedCategory[]; capacity?: number | null; cost: ResourceCost }[];
}

/**
 * Demo step: the supply side from the source report — units opening venues and facilities, the
 * 两楼结对 pairs and the residential areas' party-member volunteer teams (demo-zone.json) — so the
 * recommendations are not empty on first start. The demo resident shows 亮意愿.
 */
export async function seedDemoMatching(db: DataSource, zoneId: number): Promise<void> {
  const f = readDemoZone() as unknown as MatchingFixture;
  const staff = await db
    .getRepository(UserRoleEntity)
    .findOne({ where: { zoneId, role: Role.COUNCIL_STAFF }, order: { id: 'ASC' } });
  const actorId = staff?.userId ?? 1;
  const communities = new Map((await db.getRepository(CommunityEntity).findBy({ zoneId })).map((c) => [c.name, c.id]));
  const buildings = new Map((await db.getRepository(BuildingEntity).findBy({ zoneId })).map((b) => [b.name, b.id]));
  const units = new Map((await db.getRepository(MemberUnitEntity).findBy({ zoneId })).map((u) => [u.name, u.id]));

  await db.transaction(async (m) => {
    for (const p of f.pairings ?? []) {
      const communityId = communities.get(p.community);
      const buildingId = buildings.get(p.building);
      if (!communityId || !buildingId) continue;
      const note = p.note && !/^illustrative$/.test(p.note) ? p.note.replace(/\s*\((report|illustrative)[^)]*\)\s*$/, '').replace(/^两楼结对:\s*/, '').slice(0, 200) : null;
      await m.getRepository(PairingEntity).insert({ zoneId, communityId, buildingId, note, createdById: actorId });
    }
    for (const r of f.resources ?? []) {
      const unitId = units.get(r.unit);
      if (!unitId) continue;
      await m.getRepository(ResourceEntity).insert({
        zoneId,
        unitId,
        kind: r.kind,
        title: r.title.slice(0, 60),
        description: r.description,
        categoryMask: toMask(r.categories),
        capacity: r.capacity ?? null,
        cost: r.cost,
        costRank: COST_RANK[r.cost],
        available: true,
        createdById: actorId,
      });
    }
    const resident = await m.getRepository(UserEntity).findOneBy({ phone: '13800000001' });
    for (const t of f.volunteerTeams ?? []) {
      const buildingIds = t.buildings.map((b) => buildings.get(b)).filter((id): id is number => !!id).slice(0, 2);
      if (!buildingIds.length) continue;
      const team = await m.getRepository(VolunteerTeamEntity).save(
        m.getRepository(VolunteerTeamEntity).create({ zoneId, name: t.name.slice(0, 60), unitId: t.unit ? (units.get(t.unit) ?? null) : null, buildingIds, memberCount: 0, createdById: actorId }),
      );
      if (resident && team.name.startsWith('福山')) {
        await m.getRepository(VolunteerTeamMemberEntity).insert({ teamId: team.id, userId: resident.id });
        await m.getRepository(VolunteerTeamEntity).update({ id: team.id }, { memberCount: 1 });
      }
    }
    if (resident) await m.getRepository(UserEntity).update({ id: resident.id }, { willingCategories: ['CULTURE_SHARING', 'VALUE_REALIZATION'] });
    const worker = await m.getRepository(UserEntity).findOneBy({ phone: '13800000002' });
    if (worker) await m.getRepository(UserEntity).update({ id: worker.id }, { willingCategories: ['PUBLIC_SERVICE', 'CULTURE_SHARING'] });
  });
}
