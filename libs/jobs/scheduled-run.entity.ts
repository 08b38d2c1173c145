import { Column, Entity } from 'typeorm';
import { CreatedAt } from '@app/database/columns';

/**
 * One row per periodic job and period (e.g. purge-expired, 2026-12-01). Its primary key makes a
 * periodic job exactly-once however many processes schedule it: the one whose insert wins writes
 * the job, in the same transaction (JobsService.enqueueOnce).
 */
@Entity('scheduled_runs')
export class ScheduledRunEntity {
  @Column({ type: 'varchar', length: 64, primary: true }) name: string;
  @Column({ type: 'varchar', length: 32, primary: true }) period: string;
  @CreatedAt() createdAt: Date;
}
