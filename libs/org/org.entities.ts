import { Entity, Index, PrimaryGeneratedColumn, Column } from 'typeorm';
import { CreatedAt, EnumColumn, IdRef } from '@app/database/columns';
import type { PartyOrgLevel, UnitKind } from '@app/common/glossary';

@Entity('zones')
@Index('uq_zones_street_name', ['street', 'name'], { unique: true })
export class ZoneEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 60 }) name: string;
  @Column({ type: 'varchar', length: 60 }) street: string;
  /** 理事会 size used for the quorum; null means "count the zone's BOARD_MEMBERs". */
  @Column({ type: 'int', nullable: true }) boardSize: number | null;
  @CreatedAt() createdAt: Date;
}

@Entity('communities')
@Index(['zoneId', 'name'], { unique: true })
export class CommunityEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 60 }) name: string;
  @CreatedAt() createdAt: Date;
}

@Entity('buildings')
@Index(['zoneId', 'name'], { unique: true })
export class BuildingEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 60 }) name: string;
  @CreatedAt() createdAt: Date;
}

@Entity('member_units')
@Index(['zoneId', 'name'], { unique: true })
export class MemberUnitEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 80 }) name: string;
  @EnumColumn() kind: UnitKind;
  @IdRef({ nullable: true }) buildingId: number | null;
  @CreatedAt() createdAt: Date;
}

/** 党组织: committee / general branch / branch / group, in a tree. */
@Entity('party_orgs')
@Index(['zoneId', 'parentId'])
export class PartyOrgEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 80 }) name: string;
  @EnumColumn() level: PartyOrgLevel;
  @IdRef({ nullable: true }) parentId: number | null;
  @IdRef({ nullable: true }) unitId: number | null;
  @IdRef({ nullable: true }) communityId: number | null;
  @IdRef({ nullable: true }) buildingId: number | null;
  @CreatedAt() createdAt: Date;
}
