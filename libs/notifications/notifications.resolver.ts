import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { PageInfo } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { toId } from '@app/common/text';
import { CurrentUser, SignedIn } from '@app/common/access';
import { NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { SmsService } from './sms.service';
import { DigestFrequency } from '@app/common/enums';

@ObjectType()
export class Notification {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'the page it is about, e.g. /projects/12 (the portal and the console each open their own page)' })
  link: string | null;
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
  link: n.link,
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

@ObjectType({ description: 'how the person is reached beyond the app (portal 我的 → 消息设置)' })
export class NotificationPrefs {
  @Field({ description: 'the notifications that matter also come as a short text (at most 3 a day)' }) sms: boolean;
  @Field(() => DigestFrequency, { description: 'the rest as one text a day or a week' }) digest: DigestFrequency;
}

@Resolver(() => NotificationPrefs)
export class NotificationPrefsResolver {
  constructor(private readonly sms: SmsService) {}

  @SignedIn()
  @Query(() => NotificationPrefs)
  myNotificationPrefs(@CurrentUser() viewer: Principal): Promise<NotificationPrefs> {
    return this.sms.prefs(viewer.id);
  }

  @SignedIn()
  @Mutation(() => NotificationPrefs)
  updateMyNotificationPrefs(
    @CurrentUser() viewer: Principal,
    @Args('sms', { type: () => Boolean, nullable: true }) sms?: boolean | null,
    @Args('digest', { type: () => DigestFrequency, nullable: true }) digest?: DigestFrequency | null,
  ): Promise<NotificationPrefs> {
    return this.sms.updatePrefs(viewer.id, { sms: sms ?? undefined, digest: digest ?? undefined });
  }
}
