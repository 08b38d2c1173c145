import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PageInfo } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { CurrentUser, SignedIn } from '@app/auth/access';
import { NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';

@ObjectType()
export class Notification {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field() read: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
export class NotificationEdge {
  @Field(() => Notification) node: Notification;
  @Field() cursor: string;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges: NotificationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) unreadCount: number;
}

const toNotification = (n: NotificationEntity): Notification => ({
  id: String(n.id),
  kind: n.kind,
  title: n.title,
  body: n.body,
  read: !!n.read,
  createdAt: n.createdAt,
});

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @SignedIn()
  @Query(() => NotificationConnection)
  async myNotifications(
    @CurrentUser() viewer: Principal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<NotificationConnection> {
    const page = await this.notifications.page(viewer.id, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toNotification(e.node) })) };
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'marks the caller\'s notifications read; returns how many changed' })
  markNotificationsRead(@CurrentUser() viewer: Principal, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<number> {
    return this.notifications.markRead(viewer.id, ids.map((i) => toId(i, 'ids')));
  }
}
