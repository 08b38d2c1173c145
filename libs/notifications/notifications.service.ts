import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UsersService } from '@app/auth/users.service';
import { decodeIdCursor, pageSize, toPage } from '@app/common/pagination';
import { NotifyPayload } from '@app/jobs/job-names';
import { FollowEntity } from './follow.entity';
import { NotificationEntity } from './notification.entity';

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
  ) {}

  /** Writes one notification per recipient; a retried job inserts nothing twice. Returns the recipients. */
  async deliver(p: NotifyPayload): Promise<number[]> {
    const ids = new Set(p.userIds ?? []);
    if (p.zoneRoles) {
      for (const id of await this.users.holdersOf(p.zoneRoles.zoneId, p.zoneRoles.roles, true)) ids.add(id);
    }
    if (p.followersOf) {
      const followers = await this.db.getRepository(FollowEntity).find({
        where: { subjectType: p.followersOf.subjectType, subjectId: p.followersOf.subjectId },
        select: ['userId'],
      });
      followers.forEach((f) => ids.add(f.userId));
    }
    for (const id of p.exceptUserIds ?? []) ids.delete(id);
    if (p.exceptZoneRoles?.length && p.zoneId !== null && ids.size) {
      for (const id of await this.users.holdersOf(p.zoneId, p.exceptZoneRoles)) ids.delete(id);
    }
    if (!ids.size) return [];
    const rows = [...ids].map((userId) => ({
      userId,
      zoneId: p.zoneId,
      kind: p.kind,
      title: p.title.slice(0, 120),
      body: p.body,
      link: p.link ?? null,
      read: false,
      dedupeKey: p.dedupeKey.slice(0, 120),
    }));
    await this.db.getRepository(NotificationEntity).createQueryBuilder().insert().values(rows).orIgnore().execute();
    return [...ids];
  }

  async page(userId: number, first?: number | null, after?: string | null) {
    const size = pageSize(first);
    const afterId = decodeIdCursor(after);
    const qb = this.db
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.id', 'DESC')
      .limit(size + 1);
    if (afterId) qb.andWhere('n.id < :after', { after: afterId });
    const rows = await qb.getMany();
    const unreadCount = await this.db.getRepository(NotificationEntity).count({ where: { userId, read: false } });
    return { ...toPage(rows, size, (n) => [n.id]), unreadCount };
  }

  async markRead(userId: number, ids: number[]): Promise<number> {
    if (!ids.length) return 0;
    const res = await this.db
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ read: true })
      .where('user_id = :userId AND id IN (:...ids) AND `read` = :no', { userId, ids, no: false })
      .execute();
    return res.affected ?? 0;
  }
}
