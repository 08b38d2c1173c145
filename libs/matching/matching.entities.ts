import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BoolColumn, CreatedAt, EnumColumn, IdRef, TextColumn, UpdatedAt } from '@app/database/columns';
import type { ResourceCost, ResourceKind } from '@app/common/glossary';

/**
 * 资源清单: what a member unit offers the zone. `categoryMask` holds the menu categories it can
 * serve as bits (see categoryBit), so one indexed range of the zone filters them on both dialects.
 */
@Entity('resources')
@Index('idx_resources_zone', ['zoneId', 'available', 'costRank', 'id'])
@Index('idx_resources_unit', ['unitId', 'id'])
export class ResourceEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @IdRef() unitId: number;
  @EnumColumn() kind: ResourceKind;
  @Column({ type: 'varchar', length: 60 }) title: string;
  @TextColumn() description: string;
  @Column({ type: 'int', default: 0 }) categoryMask: number;
  @Column({ type: 'int', nullable: true }) capacity: number | null;
  @EnumColumn() cost: ResourceCost;
  /** FREE 0, LOW_COST 1, PAID 2: the directory lists free and low-cost first */
  @Column({ type: 'int', default: 0 }) costRank: number;
  @BoolColumn({ default: true }) available: boolean;
  @IdRef() createdById: number;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}

/** 两楼结对: a residential community paired with an office building; one pair once. */
@Entity('pairings')
@Index(['zoneId', 'communityId', 'buildingId'], { unique: true })
@Index(['zoneId', 'buildingId'])
export class PairingEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @IdRef() communityId: number;
  @IdRef() buildingId: number;
  @Column({ type: 'varchar', length: 200, nullable: true }) note: string | null;
  @IdRef() createdById: number;
  @CreatedAt() createdAt: Date;
}

/** 党员志愿者服务队: belongs to the zone (optionally a unit), linked to one or two buildings. */
@Entity('volunteer_teams')
@Index(['zoneId', 'name'], { unique: true })
export class VolunteerTeamEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 60 }) name: string;
  @IdRef({ nullable: true }) unitId: number | null;
  /** one or two buildings, JSON array of ids */
  @Column({ type: 'simple-json' }) buildingIds: number[];
  /** maintained with the member rows */
  @Column({ type: 'int', default: 0 }) memberCount: number;
  @IdRef() createdById: number;
  @CreatedAt() createdAt: Date;
}

/** One row per member: the primary key makes joining twice impossible. */
@Entity('volunteer_team_members')
@Index(['userId', 'teamId'])
export class VolunteerTeamMemberEntity {
  @PrimaryColumn({ type: 'int' }) teamId: number;
  @PrimaryColumn({ type: 'int' }) userId: number;
  @CreatedAt() createdAt: Date;
}

/** Staff invited a suggested unit to claim a project: once per project and unit. */
@Entity('claim_invitations')
@Index(['projectId', 'unitId'], { unique: true })
@Index(['zoneId', 'unitId'])
export class ClaimInvitationEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @IdRef() projectId: number;
  @IdRef() unitId: number;
  @IdRef() invitedById: number;
  @CreatedAt() createdAt: Date;
}
