import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAt, IdRef } from '@app/database/columns';

export type FollowSubject = 'need' | 'project';

/**
 * 关注: a person follows a need or a project and is told of each of its steps. One row per
 * (person, subject): following twice (explicitly, as author, as supporter) is still one follow.
 */
@Entity('follows')
@Index(['subjectType', 'subjectId'])
@Index(['zoneId', 'subjectType'])
export class FollowEntity {
  @PrimaryColumn({ type: 'int' }) userId: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) subjectType: FollowSubject;
  @PrimaryColumn({ type: 'int' }) subjectId: number;
  @IdRef() zoneId: number;
  @CreatedAt() createdAt: Date;
}
