import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, TextColumn, TimeColumn } from '@app/database/columns';

/**
 * Jobs are first written here, in the same transaction as the change that caused them; the relay
 * moves them to Bull (or, embedded, runs them in-process). A Redis outage therefore loses nothing.
 */
@Entity('job_outbox')
@Index(['state', 'runAfter', 'id'])
export class OutboxEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @TextColumn() payload: string;
  /** PENDING → RELAYED (to Bull) or DONE / FAILED (in-process) */
  @Column({ type: 'varchar', length: 16, default: 'PENDING' }) state: 'PENDING' | 'RELAYED' | 'DONE' | 'FAILED';
  @Column({ type: 'int', default: 0 }) attempts: number;
  @TimeColumn() runAfter: Date;
  @TimeColumn({ nullable: true }) lockedUntil: Date | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) lastError: string | null;
  @CreatedAt() createdAt: Date;
  @TimeColumn({ nullable: true }) doneAt: Date | null;
}
