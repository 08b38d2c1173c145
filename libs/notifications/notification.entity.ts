import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BoolColumn, CreatedAt, IdRef, TextColumn } from '@app/database/columns';

@Entity('notifications')
@Index(['userId', 'id'])
@Index(['userId', 'read'])
@Index('uq_notifications_dedupe', ['userId', 'dedupeKey'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() userId: number;
  @IdRef({ nullable: true }) zoneId: number | null;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ type: 'varchar', length: 120 }) title: string;
  @TextColumn() body: string;
  /** the page it is about, app-relative (/needs/3, /projects/12, /surveys/4, /meetings/2) */
  @Column({ type: 'varchar', length: 200, nullable: true }) link: string | null;
  @BoolColumn() read: boolean;
  /** a retried job never notifies twice: (user, dedupe key) is unique */
  @Column({ type: 'varchar', length: 120 }) dedupeKey: string;
  @CreatedAt() createdAt: Date;
}
