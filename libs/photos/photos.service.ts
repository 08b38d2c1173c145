import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { DataSource, EntityManager, In } from 'typeorm';
import { clock } from '@app/common/clock';
import { AppError, ForbiddenError } from '@app/common/errors';
import { groupByKeys, LoaderKey } from '@app/common/loaders';
import { LimitRule, RateLimitService } from '@app/common/rate-limit';
import type { Principal } from '@app/common/request-context';
import { PHOTO_STORAGE, PhotoStorage } from './photo-storage';
import { PhotoEntity, PhotoSubjectType } from './photos.entities';

/** The most images one need, progress report or completion carries. */
export const MAX_PHOTOS = 9;
/** The largest upload accepted (bytes). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Decoding bombs: more pixels than this are refused before decoding. */
export const MAX_PIXELS = 50_000_000;
/** Stored images fit in this box; thumbnails in the smaller one. */
export const FULL_SIZE = 2048;
export const THUMB_SIZE = 400;

export const UPLOAD_LIMIT: LimitRule = {
  name: 'photo-upload',
  points: 60,
  durationSeconds: 3600,
  message: '上传图片过于频繁,每人每小时最多 60 张 (at most 60 photos per person per hour)',
};

type Format = 'jpeg' | 'png' | 'webp';
const MIME: Record<Format, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
const EXT: Record<Format, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

/** The format the first bytes say, whatever the file is called. */
export function sniffImage(buf: Buffer): Format | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

export interface SubjectRef {
  type: PhotoSubjectType;
  id: number;
  zoneId: number;
}

/**
 * Photos as evidence (图片台账): upload (checked by content, resized, a thumbnail made, EXIF and
 * every other metadata dropped), attach to a record by the uploader only, list a record's photos.
 */
@Injectable()
export class PhotosService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PHOTO_STORAGE) readonly storage: PhotoStorage,
    private readonly limits: RateLimitService,
  ) {}

  /** key `${subjectType}:${subjectId}`: the record's photos in their order */
  readonly bySubject = new LoaderKey<string, PhotoEntity[]>('photosBySubject', async (keys) => {
    const byType = new Map<string, number[]>();
    for (const k of keys) {
      const [type, id] = splitKey(k);
      byType.set(type, [...(byType.get(type) ?? []), id]);
    }
    const rows: PhotoEntity[] = [];
    for (const [subjectType, ids] of byType) {
      rows.push(...(await this.db.getRepository(PhotoEntity).find({ where: { subjectType: subjectType as PhotoSubjectType, subjectId: In(ids) }, order: { position: 'ASC', createdAt: 'ASC' } })));
    }
    return groupByKeys(keys, rows, (p) => `${p.subjectType}:${p.subjectId}`);
  });

  async find(id: string): Promise<PhotoEntity | null> {
    if (!/^[A-Za-z0-9_-]{8,32}$/.test(id)) return null;
    return this.db.getRepository(PhotoEntity).findOneBy({ id });
  }

  /** Counts an upload against the person's hourly limit (before the bytes are read). */
  async countUpload(viewer: Principal): Promise<void> {
    await this.limits.consume(UPLOAD_LIMIT, String(viewer.id));
  }

  /**
   * POST /uploads: the bytes must be a JPEG, PNG or WebP by their content (magic bytes, then
   * sharp decodes the header); stored at most FULL_SIZE px with a THUMB_SIZE thumbnail, turned
   * upright by its EXIF orientation and written without any metadata (GPS, camera, time).
   */
  async upload(viewer: Principal, input: Buffer): Promise<PhotoEntity> {
    if (input.length > MAX_UPLOAD_BYTES) throw new AppError('BAD_USER_INPUT', 'photoTooLarge', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024, field: 'file' });
    const format = sniffImage(input);
    if (!format) throw new AppError('BAD_USER_INPUT', 'photoType', { field: 'file' });
    let meta: { format?: string; width?: number; height?: number };
    try {
      meta = await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata();
    } catch {
      throw new AppError('BAD_USER_INPUT', 'photoType', { field: 'file' });
    }
    if (meta.format !== format || !meta.width || !meta.height) throw new AppError('BAD_USER_INPUT', 'photoType', { field: 'file' });
    if (meta.width * meta.height > MAX_PIXELS) throw new AppError('BAD_USER_INPUT', 'photoTooManyPixels', { maxMp: MAX_PIXELS / 1_000_000, field: 'file' });

    const encode = (img: ReturnType<typeof sharp>) => (format === 'jpeg' ? img.jpeg({ quality: 85, mozjpeg: true }) : format === 'png' ? img.png({ compressionLevel: 9 }) : img.webp({ quality: 85 }));
    let full: { data: Buffer; info: { width: number; height: number } };
    let thumb: Buffer;
    try {
      // sharp writes no metadata unless asked (withMetadata/keepExif): EXIF, GPS, XMP and ICC are dropped
      const base = () => sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
      full = await encode(base().resize({ width: FULL_SIZE, height: FULL_SIZE, fit: 'inside', withoutEnlargement: true })).toBuffer({ resolveWithObject: true });
      thumb = await encode(base().resize({ width: THUMB_SIZE, height: THUMB_SIZE, fit: 'inside', withoutEnlargement: true })).toBuffer();
    } catch {
      throw new AppError('BAD_USER_INPUT', 'photoType', { field: 'file' });
    }
    const id = randomBytes(16).toString('base64url');
    const storageKey = `photos/${id}.${EXT[format]}`;
    const thumbKey = `photos/${id}.thumb.${EXT[format]}`;
    await this.storage.put(storageKey, full.data, MIME[format]);
    await this.storage.put(thumbKey, thumb, MIME[format]);
    const row: PhotoEntity = {
      id,
      uploaderId: viewer.id,
      zoneId: null,
      subjectType: null,
      subjectId: null,
      position: 0,
      mime: MIME[format],
      width: full.info.width,
      height: full.info.height,
      bytes: full.data.length,
      storageKey,
      thumbKey,
      attachedAt: null,
      createdAt: clock.now(),
    };
    await this.db.getRepository(PhotoEntity).insert(row);
    return row;
  }

  /**
   * Makes `photoIds` the photos of the record, in that order, inside the caller's transaction:
   * each must be the caller's own upload, not attached to another record; at most MAX_PHOTOS.
   * Photos the record had and the list no longer names are detached (back to their uploader
   * alone). Returns how many the record had before and has now.
   */
  async attach(m: EntityManager, uploaderId: number, rawIds: readonly string[], subject: SubjectRef): Promise<{ before: number; after: number }> {
    const ids = [...new Set(rawIds.map((s) => String(s).trim()))];
    if (ids.length > MAX_PHOTOS) throw new AppError('BAD_USER_INPUT', 'tooManyPhotos', { max: MAX_PHOTOS, field: 'photoIds' });
    const repo = m.getRepository(PhotoEntity);
    const current = await repo.find({ where: { subjectType: subject.type, subjectId: subject.id }, select: ['id'] });
    const found = ids.length ? await repo.find({ where: { id: In(ids) } }) : [];
    for (const id of ids) {
      const p = found.find((f) => f.id === id);
      if (!p) throw new AppError('BAD_USER_INPUT', 'notFoundId', { what: '图片 photo', id, field: 'photoIds' });
      if (p.uploaderId !== uploaderId) throw new ForbiddenError('photoNotYours', { id, field: 'photoIds' });
      const here = p.subjectType === subject.type && p.subjectId === subject.id;
      if (p.subjectType && !here) throw new AppError('CONFLICT', 'photoInUse', { id, field: 'photoIds' });
    }
    const gone = current.map((c) => c.id).filter((id) => !ids.includes(id));
    if (gone.length) await repo.update({ id: In(gone) }, { subjectType: null, subjectId: null, zoneId: null, position: 0, attachedAt: null });
    const now = clock.now();
    for (const [position, id] of ids.entries()) {
      // conditional: a photo another request attached meanwhile is not taken over
      const res = await m
        .createQueryBuilder()
        .update(PhotoEntity)
        .set({ subjectType: subject.type, subjectId: subject.id, zoneId: subject.zoneId, position, attachedAt: now })
        .where('id = :id AND uploader_id = :uploaderId AND (subject_id IS NULL OR (subject_type = :type AND subject_id = :subjectId))', { id, uploaderId, type: subject.type, subjectId: subject.id })
        .execute();
      if (!res.affected) throw new AppError('CONFLICT', 'photoInUse', { id, field: 'photoIds' });
    }
    return { before: current.length, after: ids.length };
  }

  /** Moves these photos of one record to another (a corrected report's old version keeps the photos it drops). */
  async move(m: EntityManager, from: { type: PhotoSubjectType; id: number }, to: { type: PhotoSubjectType; id: number }, only: string[]): Promise<void> {
    if (!only.length) return;
    await m.getRepository(PhotoEntity).update({ subjectType: from.type, subjectId: from.id, id: In(only) }, { subjectType: to.type, subjectId: to.id });
  }

  /** The photo ids of a record, in order. */
  async idsOf(m: EntityManager, subject: { type: PhotoSubjectType; id: number }): Promise<string[]> {
    const rows = await m.getRepository(PhotoEntity).find({ where: { subjectType: subject.type, subjectId: subject.id }, order: { position: 'ASC' }, select: ['id'] });
    return rows.map((r) => r.id);
  }

  /**
   * Uploads never attached (or dropped from their record) and older than `before`: the row goes
   * first with a conditional delete (a photo attached meanwhile stays), then its stored files.
   * Run by the daily retention job; returns how many went.
   */
  async purgeUnattached(before: Date, limit = 500): Promise<number> {
    const rows = await this.db
      .getRepository(PhotoEntity)
      .createQueryBuilder('p')
      .where('p.subject_id IS NULL AND p.created_at < :before', { before })
      .orderBy('p.created_at', 'ASC')
      .limit(limit)
      .getMany();
    let purged = 0;
    for (const p of rows) {
      const res = await this.db.createQueryBuilder().delete().from(PhotoEntity).where('id = :id AND subject_id IS NULL', { id: p.id }).execute();
      if (!res.affected) continue;
      await this.storage.delete(p.storageKey);
      await this.storage.delete(p.thumbKey);
      purged++;
    }
    return purged;
  }

  /** Photos of many records of one kind (for exports): subjectId → photos in order. */
  async ofSubjects(type: PhotoSubjectType, ids: number[]): Promise<Map<number, PhotoEntity[]>> {
    const out = new Map<number, PhotoEntity[]>();
    if (!ids.length) return out;
    const rows = await this.db.getRepository(PhotoEntity).find({ where: { subjectType: type, subjectId: In(ids) }, order: { position: 'ASC' } });
    for (const r of rows) out.set(r.subjectId!, [...(out.get(r.subjectId!) ?? []), r]);
    return out;
  }
}

function splitKey(k: string): [string, number] {
  const i = k.lastIndexOf(':');
  return [k.slice(0, i), Number(k.slice(i + 1))];
}

