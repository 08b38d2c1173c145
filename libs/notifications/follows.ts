import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { LoaderKey } from '@app/common/loaders';
import { FollowEntity, FollowSubject } from './follow.entity';

/**
 * 关注 (following). Plain functions run inside the caller's transaction (authors and supporters
 * follow automatically); FollowsService answers `followedByMe` in batches.
 */
export async function follow(m: EntityManager, userId: number, subjectType: FollowSubject, subjectId: number, zoneId: number): Promise<void> {
  await m.createQueryBuilder().insert().into(FollowEntity).values({ userId, subjectType, subjectId, zoneId }).orIgnore().execute();
}

export async function unfollow(m: EntityManager, userId: number, subjectType: FollowSubject, subjectId: number): Promise<void> {
  await m.getRepository(FollowEntity).delete({ userId, subjectType, subjectId });
}

@Injectable()
export class FollowsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** key: `${subjectType}:${subjectId}:${userId}` */
  readonly followedBy = new LoaderKey<string, boolean>('followedBy', async (keys) => {
    const parsed = keys.map((k) => k.split(':'));
    const rows = await this.db.getRepository(FollowEntity).find({
      where: parsed.map(([type, id, user]) => ({ subjectType: type as FollowSubject, subjectId: Number(id), userId: Number(user) })),
      select: ['subjectType', 'subjectId', 'userId'],
    });
    const found = new Set(rows.map((r) => `${r.subjectType}:${r.subjectId}:${r.userId}`));
    return keys.map((k) => found.has(k));
  });

  async set(userId: number, subjectType: FollowSubject, subjectId: number, zoneId: number, on: boolean): Promise<void> {
    if (on) await follow(this.db.manager, userId, subjectType, subjectId, zoneId);
    else await unfollow(this.db.manager, userId, subjectType, subjectId);
  }

  async followerCount(subjectType: FollowSubject, subjectIds: number[]): Promise<Map<number, number>> {
    if (!subjectIds.length) return new Map();
    const rows: { id: number; n: string | number }[] = await this.db
      .getRepository(FollowEntity)
      .createQueryBuilder('f')
      .select('f.subject_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where({ subjectType, subjectId: In(subjectIds) })
      .groupBy('f.subject_id')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
  }
}
