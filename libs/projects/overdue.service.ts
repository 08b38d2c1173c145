import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { UsersService } from '@app/auth/users.service';
import { clock } from '@app/common/clock';
import { shanghaiDay } from '@app/common/shanghai-time';
import { isUniqueViolation } from '@app/common/errors';
import { Role } from '@app/common/glossary';
import { inTransaction } from '@app/database/transaction';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { Env } from '@config/env';
import { FINISHED_PROJECT_STATUSES } from './project-state';
import { ProjectClaimEntity, ProjectEntity, ProjectOverdueAlertEntity } from './projects.entities';

/**
 * The daily overdue alert (domain.md §9): every project past endsOn and not yet COMPLETED,
 * EVALUATED or CANCELLED is announced to its zone's staff and to the admins of its claiming units,
 * at most once a day per project. The (project, day) primary key of project_overdue_alerts decides:
 * of several workers checking at once, exactly one writes the row and its notification.
 */
@Injectable()
export class OverdueService {
  private readonly logger = new Logger('OverdueAlerts');
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly users: UsersService,
  ) {}

  /** Alerts today's overdue projects not alerted yet today; returns how many this call alerted. */
  async alert(day = shanghaiDay(clock.now())): Promise<number> {
    const due = await this.db
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .select(['p.id', 'p.zoneId', 'p.title', 'p.endsOn', 'p.status'])
      .where('p.ends_on < :day AND p.status NOT IN (:...finished)', { day, finished: FINISHED_PROJECT_STATUSES })
      .orderBy('p.id', 'ASC')
      .getMany();
    let alerted = 0;
    for (const p of due) {
      try {
        await inTransaction(this.db, async (m) => {
          await m.getRepository(ProjectOverdueAlertEntity).insert({ projectId: p.id, day, zoneId: p.zoneId });
          const claims = await m.getRepository(ProjectClaimEntity).find({ where: { projectId: p.id, releasedAt: IsNull() }, select: ['unitId'] });
          const unitAccounts = await this.users.accountsOfUnitIds(claims.map((c) => c.unitId), m);
          await this.jobs.enqueue(m, JobName.Notify, {
            userIds: unitAccounts,
            zoneRoles: { zoneId: p.zoneId, roles: [Role.COUNCIL_STAFF] },
            zoneId: p.zoneId,
            kind: 'project-overdue',
            link: `/projects/${p.id}`,
            title: '项目已逾期',
            body: `项目「${p.title}」的结束日期是 ${p.endsOn},目前尚未完成,请跟进。`,
            dedupeKey: `project-overdue:${p.id}:${day}`,
          });
        });
        alerted++;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e; // another worker alerted it today
      }
    }
    if (alerted) this.logger.log(`overdue projects alerted for ${day}: ${alerted}`);
    return alerted;
  }
}

/** Runs the overdue check where jobs run (the worker; the api on the embedded default), every OVERDUE_CHECK_MINUTES. */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private first: NodeJS.Timeout | null = null;
  constructor(
    private readonly overdue: OverdueService,
    @Optional() @Inject(Env) private readonly env?: Env,
  ) {}

  onApplicationBootstrap() {
    const minutes = this.env?.OVERDUE_CHECK_MINUTES ?? 60;
    if (!minutes) return;
    const run = () => void this.overdue.alert().catch((e) => new Logger('OverdueAlerts').warn(`overdue check: ${e.message}`));
    this.timer = setInterval(run, minutes * 60_000);
    this.timer.unref?.();
    this.first = setTimeout(run, 30_000);
    this.first.unref?.();
  }

  onModuleDestroy() {
    if (this.timer) clearInterval(this.timer);
    if (this.first) clearTimeout(this.first);
  }
}
