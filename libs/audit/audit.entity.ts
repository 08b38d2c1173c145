import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { IdRef, TextColumn, TimeColumn } from '@app/database/columns';

/**
 * 审计日志: one row per mutation by staff, board members, the party committee, unit admins and
 * admins, written in the same transaction as the change. Append-only: nothing updates or deletes it.
 */
@Entity('audit_log')
@Index(['zoneId', 'at'])
@Index(['actorId', 'at'])
@Index(['at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef({ nullable: true }) actorId: number | null;
  /** the mutation's name */
  @Column({ type: 'varchar', length: 64 }) action: string;
  @Column({ type: 'varchar', length: 40 }) subjectType: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) subjectId: string | null;
  @IdRef({ nullable: true }) zoneId: number | null;
  /** the arguments, without secrets, phones masked */
  @TextColumn({ nullable: true }) detail: string | null;
  @TimeColumn() at: Date;
}
