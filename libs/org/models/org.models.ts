import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartyOrgLevel, UnitKind } from '@app/common/enums';
import type { BuildingEntity, CommunityEntity, MemberUnitEntity, PartyOrgEntity, ZoneEntity } from '../org.entities';

@ObjectType({ description: '片区: a cluster of residential areas and office buildings with one promotion council' })
export class Zone {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: '街道' }) street: string;
  @Field(() => Int, { nullable: true, description: '理事会 size used for quorum; null = the number of BOARD_MEMBERs' }) boardSize: number | null;
}

@ObjectType({ description: '居民区' })
export class Community {
  @Field(() => ID) id: string;
  @Field() name: string;
  zoneId: number;
}

@ObjectType({ description: '商务楼宇' })
export class Building {
  @Field(() => ID) id: string;
  @Field() name: string;
  zoneId: number;
}

@ObjectType({ description: '成员单位' })
export class MemberUnit {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => UnitKind) kind: UnitKind;
  zoneId: number;
  buildingId: number | null;
}

@ObjectType({ description: '党组织' })
export class PartyOrg {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PartyOrgLevel) level: PartyOrgLevel;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => ID, { nullable: true }) communityId: string | null;
  @Field(() => ID, { nullable: true }) buildingId: string | null;
  zoneId: number;
}

const sid = (n: number | null) => (n === null ? null : String(n));

export const toZone = (z: ZoneEntity): Zone => ({ id: String(z.id), name: z.name, street: z.street, boardSize: z.boardSize });
export const toCommunity = (c: CommunityEntity): Community => ({ id: String(c.id), name: c.name, zoneId: c.zoneId });
export const toBuilding = (b: BuildingEntity): Building => ({ id: String(b.id), name: b.name, zoneId: b.zoneId });
export const toUnit = (u: MemberUnitEntity): MemberUnit => ({ id: String(u.id), name: u.name, kind: u.kind, zoneId: u.zoneId, buildingId: u.buildingId });
export const toPartyOrg = (p: PartyOrgEntity): PartyOrg => ({
  id: String(p.id),
  name: p.name,
  level: p.level,
  parentId: sid(p.parentId),
  unitId: sid(p.unitId),
  communityId: sid(p.communityId),
  buildingId: sid(p.buildingId),
  zoneId: p.zoneId,
});
