import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/common/request-context';
import type { PhotoSubjectType } from './photos.entities';

/** May this person see the record (subject) a photo is attached to? */
export type SubjectVisibility = (viewer: Principal | null, subjectId: number) => Promise<boolean>;

/**
 * Who may see an attached photo is decided by the feature that owns its record: needs register
 * `need`, projects register `progress` and `progress-revision` (each asks its own visibility
 * rule), so this feature depends on neither. An unattached photo is its uploader's alone.
 */
@Injectable()
export class PhotoAccess {
  private readonly rules = new Map<PhotoSubjectType, SubjectVisibility>();

  register(type: PhotoSubjectType, rule: SubjectVisibility): void {
    this.rules.set(type, rule);
  }

  async canSee(viewer: Principal | null, photo: { uploaderId: number; subjectType: PhotoSubjectType | null; subjectId: number | null }): Promise<boolean> {
    if (!photo.subjectType || photo.subjectId === null) return !!viewer && viewer.id === photo.uploaderId;
    const rule = this.rules.get(photo.subjectType);
    return rule ? rule(viewer, photo.subjectId) : false;
  }
}
