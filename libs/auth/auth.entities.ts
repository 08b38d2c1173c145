import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BoolColumn, CreatedAt, EnumColumn, IdRef, TimeColumn } from '@app/database/columns';
import type { NeedCategory, Role } from '@app/common/glossary';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn() id: number;
  /** Residents and office workers sign in by phone; staff may have one too. */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 20, nullable: true }) phone: string | null;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 40, nullable: true }) username: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) passwordHash: string | null;
  @Column({ type: 'varchar', length: 40 }) displayName: string;
  @IdRef({ nullable: true }) communityId: number | null;
  @IdRef({ nullable: true }) buildingId: number | null;
  @IdRef({ nullable: true }) unitId: number | null;
  /** 亮身份 */
  @BoolColumn() isPartyMember: boolean;
  /** 亮特长, JSON array of strings */
  @Column({ type: 'simple-json', nullable: true }) specialties: string[] | null;
  /** false once deactivated: every token is refused and sign-in fails */
  @BoolColumn({ default: true }) active: boolean;
  /** raised to revoke every token issued before (password change or reset, sign-out everywhere, deactivation) */
  @Column({ type: 'int', default: 0 }) tokenVersion: number;
  /** set when the person deleted their account: name and phone erased, contributions kept unattributed */
  @TimeColumn({ nullable: true }) anonymizedAt: Date | null;
  /** 亮意愿: the menu categories the person is willing to serve, JSON array */
  @Column({ type: 'simple-json', nullable: true }) willingCategories: NeedCategory[] | null;
  @CreatedAt() createdAt: Date;
}

/** A role held in a zone; ADMIN rows may have zone_id null (every zone). */
@Entity('user_roles')
@Index(['userId', 'role', 'zoneId'], { unique: true })
@Index(['zoneId', 'role'])
export class UserRoleEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() userId: number;
  @EnumColumn() role: Role;
  @IdRef({ nullable: true }) zoneId: number | null;
}

/** One-time sign-in codes, stored hashed. */
@Entity('login_codes')
@Index(['phone', 'id'])
export class LoginCodeEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 20 }) phone: string;
  @Column({ type: 'varchar', length: 64 }) codeHash: string;
  @TimeColumn() expiresAt: Date;
  @TimeColumn({ nullable: true }) usedAt: Date | null;
  /** wrong guesses against this code; at MAX_WRONG_CODES the code is spent and a new one must be requested */
  @Column({ type: 'int', default: 0 }) failures: number;
  @CreatedAt() createdAt: Date;
}

/** Wrong codes per phone; five within the window lock the phone for 15 minutes. */
@Entity('login_lockouts')
export class LoginLockoutEntity {
  @Column({ type: 'varchar', length: 20, primary: true }) phone: string;
  @Column({ type: 'int', default: 0 }) failures: number;
  @TimeColumn({ nullable: true }) lockedUntil: Date | null;
  @TimeColumn() updatedAt: Date;
}

