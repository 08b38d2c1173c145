import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BoolColumn, CreatedAt, IdRef, TimeColumn, UpdatedAt } from '@app/database/columns';
import type { DigestFrequency } from '@app/common/glossary';

/** How a person wants to be reached beyond the app (portal 我的 → 消息设置). No row: SMS off, no digest. */
@Entity('notification_prefs')
export class NotificationPrefsEntity {
  @Column({ type: 'int', primary: true }) userId: number;
  @BoolColumn() sms: boolean;
  @Column({ type: 'varchar', length: 8, default: 'OFF' }) digest: DigestFrequency;
  @UpdatedAt() updatedAt: Date;
}

/**
 * Every text message the platform sends to a person (immediate or digest), written before it is
 * sent. Two unique keys keep the promises under any number of workers: (user, dedupe key) — one
 * message per person per event; (user, day, slot) with slots 1–3 — at most three a day.
 */
@Entity('sms_messages')
@Index('uq_sms_messages_dedupe', ['userId', 'dedupeKey'], { unique: true })
@Index('uq_sms_messages_slot', ['userId', 'day', 'slot'], { unique: true })
@Index(['state', 'id'])
export class SmsMessageEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() userId: number;
  @Column({ type: 'varchar', length: 120 }) dedupeKey: string;
  /** the calendar day in Asia/Shanghai (YYYY-MM-DD) the message counts against */
  @Column({ type: 'varchar', length: 10 }) day: string;
  @Column({ type: 'int' }) slot: number;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'varchar', length: 300 }) text: string;
  /** PENDING → SENDING → SENT; back to PENDING when the gateway fails (retried) */
  @Column({ type: 'varchar', length: 16, default: 'PENDING' }) state: 'PENDING' | 'SENDING' | 'SENT';
  @Column({ type: 'int', default: 0 }) attempts: number;
  @TimeColumn({ nullable: true }) sentAt: Date | null;
  @CreatedAt() createdAt: Date;
}
