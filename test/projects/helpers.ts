import { NeedEntity } from '@app/needs/needs.entities';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { TestApp } from '../support/harness';

// the project builder (Walk) and the mutations it drives live in test/support, shared by every test dir
export * from '../support/projects';

export async function notificationsOf(t: TestApp, userId: number, kind?: string) {
  await t.drainJobs();
  const rows = await t.db.getRepository(NotificationEntity).find({ where: { userId }, order: { id: 'ASC' } });
  return kind ? rows.filter((n) => n.kind === kind) : rows;
}

export async function needStatus(t: TestApp, id: number | string): Promise<string> {
  return (await t.db.getRepository(NeedEntity).findOneByOrFail({ id: Number(id) })).status;
}

