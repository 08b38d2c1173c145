import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { BadInputError, ConflictError, isUniqueViolation, NotFoundError } from '@app/common/errors';
import { MeetingKind, NEED_CATEGORIES, NeedCategory, Role } from '@app/common/glossary';
import { formatShanghai } from '@app/common/shanghai-time';
import { LoaderKey, byKeys, groupByKeys } from '@app/common/loaders';
import { decodeCursor, pageSize, toPage } from '@app/common/pagination';
import type { Principal } from '@app/common/request-context';
import { cleanText } from '@app/common/text';
import { assertZoneRole, hasZoneRole, STAFF_ROLES } from '@app/common/access';
import { UsersService } from '@app/auth/users.service';
import { inTransaction, isMysql } from '@app/database/transaction';
import { JobName } from '@app/jobs/job-names';
import { JobsService } from '@app/jobs/jobs.service';
import { OrgService } from '@app/org/org.service';
import { ProjectsService } from '@app/projects/projects.service';
import { CommitteeEntity, CommitteeMemberEntity, MeetingEntity, MeetingProjectEntity, MeetingUnitEntity, PresidencyEntity } from './governance.entities';
import { AGENDA_MAX, COMMITTEE_NAME_MAX, MEETING_TITLE_MAX, MINUTES_MAX } from './dto/governance.inputs';

/** 专业委员会 per zone (domain.md §12). */
export const MAX_COMMITTEES = 7;
/** Who reads the council's meetings: its staff, board, party committee and member units. */
export const MEETING_READERS: Role[] = [Role.COUNCIL_STAFF, Role.ADMIN, Role.BOARD_MEMBER, Role.PARTY_COMMITTEE, Role.UNIT_ADMIN];

export interface MeetingInput {
  zoneId: number;
  kind: MeetingKind;
  title: string;
  at: Date;
  agenda: string;
  projectIds: number[];
  committeeId: number | null;
  inviteeUnitIds: number[] | null;
}

/**
 * The council's own work (domain.md §12): professional committees, the rotating president and
 * meetings with agenda, minutes and attendance. Staff and admins of the zone manage; everything
 * is scoped to the record's zone.
 */
@Injectable()
export class GovernanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly org: OrgService,
    private readonly users: UsersService,
    private readonly projects: ProjectsService,
    private readonly jobs: JobsService,
  ) {}

  // ── batched lookups for nested fields ─────────────────────────────────
  readonly committeesByZone = new LoaderKey<number, CommitteeEntity[]>('committeesByZone', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(CommitteeEntity).find({ where: { zoneId: In([...ids]) }, order: { id: 'ASC' } }), (c) => c.zoneId),
  );
  readonly memberUnitIdsByCommittee = new LoaderKey<number, number[]>('memberUnitIdsByCommittee', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(CommitteeMemberEntity).find({ where: { committeeId: In([...ids]) }, order: { unitId: 'ASC' } }), (m) => m.committeeId).map(
      (rows) => rows.map((r) => r.unitId),
    ),
  );
  readonly attendeeIdsByMeeting = new LoaderKey<number, number[]>('attendeeIdsByMeeting', async (ids) =>
    groupByKeys(
      ids,
      await this.db.getRepository(MeetingUnitEntity).find({ where: { meetingId: In([...ids]), attended: true }, order: { unitId: 'ASC' } }),
      (m) => m.meetingId,
    ).map((rows) => rows.map((r) => r.unitId)),
  );
  readonly inviteeIdsByMeeting = new LoaderKey<number, number[]>('inviteeIdsByMeeting', async (ids) =>
    groupByKeys(
      ids,
      await this.db.getRepository(MeetingUnitEntity).find({ where: { meetingId: In([...ids]), invited: true }, order: { unitId: 'ASC' } }),
      (m) => m.meetingId,
    ).map((rows) => rows.map((r) => r.unitId)),
  );
  readonly projectIdsByMeeting = new LoaderKey<number, number[]>('projectIdsByMeeting', async (ids) =>
    groupByKeys(ids, await this.db.getRepository(MeetingProjectEntity).find({ where: { meetingId: In([...ids]) }, order: { projectId: 'ASC' } }), (m) => m.meetingId).map(
      (rows) => rows.map((r) => r.projectId),
    ),
  );
  readonly meetingsByProject = new LoaderKey<number, MeetingEntity[]>('meetingsByProject', async (ids) => {
    const links = await this.db.getRepository(MeetingProjectEntity).find({ where: { projectId: In([...ids]) } });
    const meetings = links.length
      ? await this.db.getRepository(MeetingEntity).find({ where: { id: In([...new Set(links.map((l) => l.meetingId))]) }, order: { at: 'ASC', id: 'ASC' } })
      : [];
    const byId = new Map(meetings.map((m) => [m.id, m]));
    return groupByKeys(ids, links, (l) => l.projectId).map((ls) =>
      ls
        .map((l) => byId.get(l.meetingId)!)
        .filter(Boolean)
        .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id),
    );
  });
  readonly meetingById = new LoaderKey<number, MeetingEntity | null>('meetingById', async (ids) =>
    byKeys(ids, await this.db.getRepository(MeetingEntity).findBy({ id: In([...ids]) }), (m) => m.id),
  );

  // ── committees ────────────────────────────────────────────────────────
  async createCommittee(
    viewer: Principal | null,
    input: { zoneId: number; name: string; categories: NeedCategory[]; chairUnitId: number | null; memberUnitIds: number[] },
  ): Promise<CommitteeEntity> {
    assertZoneRole(viewer, input.zoneId, STAFF_ROLES, '设立专业委员会');
    await this.org.zone(input.zoneId);
    const name = cleanText(input.name, 'name', '委员会名称', 2, COMMITTEE_NAME_MAX);
    const categories = [...new Set(input.categories)];
    if (!categories.length) throw new BadInputError('categoryRequired', 'categories');
    if (categories.some((c) => !NEED_CATEGORIES.includes(c))) throw new BadInputError('unknownCategory', 'categories');
    const members = [...new Set(input.memberUnitIds)];
    if (input.chairUnitId && !members.includes(input.chairUnitId)) members.unshift(input.chairUnitId);
    await this.assertUnitsInZone(input.zoneId, members, 'memberUnitIds');

    return inTransaction(this.db, async (m) => {
      await this.lockZone(m, input.zoneId);
      const count = await m.getRepository(CommitteeEntity).count({ where: { zoneId: input.zoneId } });
      if (count >= MAX_COMMITTEES) throw new ConflictError('tooManyCommittees', { max: MAX_COMMITTEES });
      let committee: CommitteeEntity;
      try {
        committee = await m.getRepository(CommitteeEntity).save(
          m.getRepository(CommitteeEntity).create({ zoneId: input.zoneId, name, categories, chairUnitId: input.chairUnitId }),
        );
      } catch (e) {
        if (isUniqueViolation(e)) throw new ConflictError('committeeNameTaken', { field: 'name', name });
        throw e;
      }
      if (members.length) await m.getRepository(CommitteeMemberEntity).insert(members.map((unitId) => ({ committeeId: committee.id, unitId, zoneId: input.zoneId })));
      return committee;
    });
  }

  async committee(id: number): Promise<CommitteeEntity> {
    const c = await this.db.getRepository(CommitteeEntity).findOneBy({ id });
    if (!c) throw new NotFoundError('Committee', id);
    return c;
  }

  // ── the rotating president ────────────────────────────────────────────
  async setPresidency(viewer: Principal | null, zoneId: number, unitId: number, startsOn: string, endsOn: string): Promise<PresidencyEntity> {
    assertZoneRole(viewer, zoneId, STAFF_ROLES, '设置轮值会长');
    await this.org.zone(zoneId);
    await this.assertUnitsInZone(zoneId, [unitId], 'unitId');
    if (endsOn < startsOn) throw new BadInputError('endBeforeStartDay', 'endsOn');
    return inTransaction(this.db, async (m) => {
      // periods of one zone take turns: the zone row is the lock
      await this.lockZone(m, zoneId);
      const overlapping = await m
        .getRepository(PresidencyEntity)
        .createQueryBuilder('p')
        .where('p.zone_id = :zoneId AND p.starts_on <= :endsOn AND p.ends_on >= :startsOn', { zoneId, startsOn, endsOn })
        .orderBy('p.starts_on', 'ASC')
        .getOne();
      if (overlapping) {
        const unit = await this.org.unit(overlapping.unitId);
        throw new ConflictError(
          `与${unit.name}的轮值期 ${overlapping.startsOn} 至 ${overlapping.endsOn} 重叠 (overlaps the presidency of ${unit.name}, ${overlapping.startsOn} – ${overlapping.endsOn})`,
          { field: 'startsOn', overlappingUnitId: String(overlapping.unitId), overlappingStartsOn: overlapping.startsOn, overlappingEndsOn: overlapping.endsOn },
        );
      }
      try {
        return await m.getRepository(PresidencyEntity).save(m.getRepository(PresidencyEntity).create({ zoneId, unitId, startsOn, endsOn, setById: viewer!.id }));
      } catch (e) {
        if (isUniqueViolation(e)) throw new ConflictError('presidencyDayTaken', { field: 'startsOn' });
        throw e;
      }
    });
  }

  /** The presidency in force on `day` (YYYY-MM-DD), or null. */
  currentPresidency(zoneId: number, day: string): Promise<PresidencyEntity | null> {
    return this.db
      .getRepository(PresidencyEntity)
      .createQueryBuilder('p')
      .where('p.zone_id = :zoneId AND p.starts_on <= :day AND p.ends_on >= :day', { zoneId, day })
      .getOne();
  }

  /** The whole rota, earliest first. */
  presidencies(zoneId: number): Promise<PresidencyEntity[]> {
    return this.db.getRepository(PresidencyEntity).find({ where: { zoneId }, order: { startsOn: 'ASC' } });
  }

  // ── meetings ──────────────────────────────────────────────────────────
  async scheduleMeeting(viewer: Principal | null, input: MeetingInput): Promise<MeetingEntity> {
    assertZoneRole(viewer, input.zoneId, STAFF_ROLES, '安排会议');
    await this.org.zone(input.zoneId);
    const title = cleanText(input.title, 'title', '会议名称', 2, MEETING_TITLE_MAX);
    const agenda = cleanText(input.agenda, 'agenda', '议程', 2, AGENDA_MAX);
    if (Number.isNaN(input.at.getTime())) throw new BadInputError('meetingTimeRequired', 'at');
    const projectIds = [...new Set(input.projectIds)];
    for (const id of projectIds) {
      const p = await this.projects.findProject(id);
      if (!p || p.zoneId !== input.zoneId) throw new BadInputError('strayProject', 'projectIds', { projectId: String(id) });
    }
    let committee: CommitteeEntity | null = null;
    if (input.committeeId) {
      committee = await this.db.getRepository(CommitteeEntity).findOneBy({ id: input.committeeId });
      if (!committee || committee.zoneId !== input.zoneId) throw new BadInputError('committeeNotOfZone', 'committeeId');
    }
    if (input.kind === MeetingKind.COMMITTEE && !committee) throw new BadInputError('committeeRequired', 'committeeId');
    // who is invited: named units, else a committee's members, else (joint conference) every member unit
    let invitees: number[];
    if (input.inviteeUnitIds) {
      invitees = [...new Set(input.inviteeUnitIds)];
      await this.assertUnitsInZone(input.zoneId, invitees, 'inviteeUnitIds');
    } else if (committee) {
      invitees = (await this.db.getRepository(CommitteeMemberEntity).find({ where: { committeeId: committee.id } })).map((r) => r.unitId);
    } else if (input.kind === MeetingKind.JOINT_CONFERENCE) {
      invitees = (await this.org.units(input.zoneId)).map((u) => u.id);
    } else invitees = [];

    return inTransaction(this.db, async (m) => {
      const meeting = await m.getRepository(MeetingEntity).save(
        m.getRepository(MeetingEntity).create({
          zoneId: input.zoneId,
          kind: input.kind,
          committeeId: committee?.id ?? null,
          title,
          at: input.at,
          agenda,
          minutes: null,
          minutesById: null,
          minutesAt: null,
          scheduledById: viewer!.id,
        }),
      );
      if (projectIds.length) await m.getRepository(MeetingProjectEntity).insert(projectIds.map((projectId) => ({ meetingId: meeting.id, projectId })));
      if (invitees.length) await m.getRepository(MeetingUnitEntity).insert(invitees.map((unitId) => ({ meetingId: meeting.id, unitId, invited: true, attended: false })));
      const userIds = await this.users.unitAdminIds(invitees);
      const when = formatShanghai(meeting.at);
      await this.jobs.enqueue(m, JobName.Notify, {
        userIds,
        zoneRoles: input.kind === MeetingKind.BOARD ? { zoneId: input.zoneId, roles: [Role.BOARD_MEMBER] } : undefined,
        zoneId: input.zoneId,
        kind: 'meeting-scheduled',
        title: `会议通知：${title}`,
        body: `${when} 召开「${title}」。议程：${agenda.slice(0, 200)}`,
        dedupeKey: `meeting-scheduled:${meeting.id}`,
        link: `/meetings/${meeting.id}`,
      });
      return meeting;
    });
  }

  /**
   * Records the minutes and who attended. Saving again replaces both together, in one
   * transaction on the locked meeting row: concurrent saves leave one whole version (the last).
   */
  async recordMinutes(viewer: Principal | null, meetingId: number, minutesText: string, attendeeUnitIds: number[]): Promise<MeetingEntity> {
    const meeting = await this.meeting(viewer, meetingId);
    assertZoneRole(viewer, meeting.zoneId, STAFF_ROLES, '记录会议纪要');
    const minutes = cleanText(minutesText, 'minutes', '会议纪要', 2, MINUTES_MAX);
    const attendees = [...new Set(attendeeUnitIds)];
    await this.assertUnitsInZone(meeting.zoneId, attendees, 'attendeeUnitIds');
    return inTransaction(this.db, async (m) => {
      const qb = m.getRepository(MeetingEntity).createQueryBuilder('mt').where('mt.id = :id', { id: meetingId });
      if (isMysql(m)) qb.setLock('pessimistic_write');
      const row = await qb.getOneOrFail();
      await m.getRepository(MeetingEntity).update({ id: meetingId }, { minutes, minutesById: viewer!.id, minutesAt: new Date() });
      await m.getRepository(MeetingUnitEntity).update({ meetingId }, { attended: false });
      const known = new Set((await m.getRepository(MeetingUnitEntity).find({ where: { meetingId } })).map((r) => r.unitId));
      const fresh = attendees.filter((u) => !known.has(u));
      if (attendees.length) await m.getRepository(MeetingUnitEntity).update({ meetingId, unitId: In(attendees) }, { attended: true });
      if (fresh.length) await m.getRepository(MeetingUnitEntity).insert(fresh.map((unitId) => ({ meetingId, unitId, invited: false, attended: true })));
      return { ...row, minutes, minutesById: viewer!.id, minutesAt: new Date() };
    });
  }

  /** Council roles of the zone read its meetings. */
  mayReadMeetings(viewer: Principal | null, zoneId: number): boolean {
    return hasZoneRole(viewer, zoneId, MEETING_READERS);
  }

  /** A meeting the caller may read (council roles of its zone), or NOT_FOUND. */
  async meeting(viewer: Principal | null, id: number): Promise<MeetingEntity> {
    const meeting = await this.db.getRepository(MeetingEntity).findOneBy({ id });
    if (!meeting || !viewer) throw new NotFoundError('Meeting', id);
    assertZoneRole(viewer, meeting.zoneId, MEETING_READERS, '查看会议');
    return meeting;
  }

  async meetings(viewer: Principal | null, zoneId: number, from: Date | null, to: Date | null, first?: number | null, after?: string | null) {
    assertZoneRole(viewer, zoneId, MEETING_READERS, '查看会议');
    if (from && to && from > to) throw new BadInputError('fromAfterTo', 'from');
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const qb = this.db.getRepository(MeetingEntity).createQueryBuilder('mt').where('mt.zone_id = :zoneId', { zoneId });
    if (from) qb.andWhere('mt.at >= :from', { from });
    if (to) qb.andWhere('mt.at <= :to', { to });
    const totalCount = await qb.clone().getCount();
    if (cursor) {
      const [at, id] = cursor;
      if (typeof at !== 'number' || typeof id !== 'number') throw new BadInputError('after is not a cursor this list gave out', 'after');
      qb.andWhere('(mt.at < :cAt OR (mt.at = :cAt AND mt.id < :cId))', { cAt: new Date(at), cId: id });
    }
    const rows = await qb.orderBy('mt.at', 'DESC').addOrderBy('mt.id', 'DESC').limit(size + 1).getMany();
    return { ...toPage(rows, size, (r) => [r.at.getTime(), r.id]), totalCount };
  }

  // ── helpers ───────────────────────────────────────────────────────────
  private async assertUnitsInZone(zoneId: number, unitIds: number[], field: string): Promise<void> {
    if (!unitIds.length) return;
    const units = await this.org.units(zoneId);
    const known = new Set(units.map((u) => u.id));
    const stray = unitIds.find((id) => !known.has(id));
    if (stray !== undefined) throw new BadInputError('strayUnit', field, { unitId: String(stray) });
  }

  /** Serialises writes that check a zone-wide rule (committee count, presidency overlap). */
  private async lockZone(m: EntityManager, zoneId: number): Promise<void> {
    if (isMysql(m)) await m.query('SELECT id FROM zones WHERE id = ? FOR UPDATE', [zoneId]);
  }
}
