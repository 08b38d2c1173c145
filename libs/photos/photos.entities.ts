import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAt, IdRef, TimeColumn } from '@app/database/columns';

/** What a photo is attached to: a need, a progress report, or an earlier version of a corrected report. */
export type PhotoSubjectType = 'need' | 'progress' | 'progress-revision';

/**
 * An uploaded image (POST /uploads): resized, EXIF removed, stored by the photo storage (local
 * disk or S3-compatible) under `storageKey` and `thumbKey`. Until a mutation attaches it
 * (subject set) only its uploader may see it; then whoever may see the record.
 */
@Entity('photos')
@Index('idx_photos_zone_subject', ['zoneId', 'subjectType', 'subjectId', 'position'])
@Index('idx_photos_subject', ['subjectType', 'subjectId', 'position'])
@Index('idx_photos_uploader', ['uploaderId', 'createdAt'])
export class PhotoEntity {
  /** random, 22 characters: an id says nothing about how many photos there are */
  @PrimaryColumn({ type: 'varchar', length: 32 }) id: string;
  @IdRef() uploaderId: number;
  /** the record's zone, set when attached */
  @IdRef({ nullable: true }) zoneId: number | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) subjectType: PhotoSubjectType | null;
  @IdRef({ nullable: true }) subjectId: number | null;
  @Column({ type: 'int', default: 0 }) position: number;
  /** image/jpeg, image/png or image/webp (found from the content, never from the name) */
  @Column({ type: 'varchar', length: 32 }) mime: string;
  @Column({ type: 'int' }) width: number;
  @Column({ type: 'int' }) height: number;
  @Column({ type: 'int' }) bytes: number;
  @Column({ type: 'varchar', length: 200 }) storageKey: string;
  @Column({ type: 'varchar', length: 200 }) thumbKey: string;
  @TimeColumn({ nullable: true }) attachedAt: Date | null;
  @CreatedAt() createdAt: Date;
}
