import { DataSource } from 'typeorm';
import { UserEntity } from '@app/auth/auth.entities';
import { shanghaiDay } from '@app/common/shanghai-time';
import { MemberUnitEntity } from '@app/org/org.entities';
import { ProjectEntity } from '@app/projects/projects.entities';
import { CommitteeEntity, CommitteeMemberEntity, MeetingEntity, MeetingProjectEntity, MeetingUnitEntity, PresidencyEntity } from './governance.entities';

/**
 * Demo step: three of the seven professional committees of the source report, a rota of
 * presidents (this half-year and the next), last quarter's joint conference with its minutes and
 * the next one scheduled, both on the zone's projects.
 */
export async function seedDemoGovernance(db: DataSource, zoneId: number): Promise<void> {
  const units = await db.getRepository(MemberUnitEntity).find({ where: { zoneId }, order: { id: 'ASC' } });
  if (units.length < 2) return;
  const staff = await db.getRepository(UserEntity).findOneBy({ username: 'staff' });
  const by = staff?.id ?? 1;
  const committees: [string, string[], number[]][] = [
    ['社会公共服务专业委员会', ['PUBLIC_SERVICE', 'SOCIAL_MANAGEMENT'], [0, 2, 4]],
    ['社区文化共享专业委员会', ['CULTURE_SHARING', 'CREATION_SELECTION'], [1, 3]],
    ['社会资源整合专业委员会', ['RESOURCE_INTEGRATION', 'VALUE_REALIZATION', 'COMMUNITY_AFFAIRS'], [1, 0, 3]],
  ];
  for (const [name, categories, members] of committees) {
    const ids = members.filter((i) => i < units.length).map((i) => units[i].id);
    const c = await db.getRepository(CommitteeEntity).save({ zoneId, name, categories: categories as CommitteeEntity['categories'], chairUnitId: ids[0] });
    await db.getRepository(CommitteeMemberEntity).insert(ids.map((unitId) => ({ committeeId: c.id, unitId, zoneId })));
  }

  const today = shanghaiDay(new Date());
  const year = Number(today.slice(0, 4));
  const firstHalf = today.slice(5) < '07-01';
  const periods = firstHalf
    ? [[`${year}-01-01`, `${year}-06-30`], [`${year}-07-01`, `${year}-12-31`]]
    : [[`${year}-07-01`, `${year}-12-31`], [`${year + 1}-01-01`, `${year + 1}-06-30`]];
  await db.getRepository(PresidencyEntity).insert(periods.map(([startsOn, endsOn], i) => ({ zoneId, unitId: units[i % units.length].id, startsOn, endsOn, setById: by })));

  const projects = await db.getRepository(ProjectEntity).find({ where: { zoneId }, order: { id: 'ASC' }, take: 3 });
  const meetings: { title: string; at: Date; agenda: string; minutes: string | null; attended: number[] }[] = [
    {
      title: '上季度联席会议',
      at: new Date(Date.now() - 60 * 86_400_000),
      agenda: '一、各成员单位通报认领项目进展；二、审议需求菜单新增需求；三、讨论下季度重点项目',
      minutes: '会议听取了各认领单位的项目进展汇报，议定：1. 各项目按计划推进，月底前上报进度；2. 新增需求由促进会整理后提交理事会；3. 下季度重点推进为老服务类项目。',
      attended: units.slice(0, Math.min(4, units.length)).map((u) => u.id),
    },
    { title: '本季度联席会议', at: new Date(Date.now() + 14 * 86_400_000), agenda: '一、项目成效评估情况通报；二、年度目标考核安排', minutes: null, attended: [] },
  ];
  for (const m of meetings) {
    const row = await db.getRepository(MeetingEntity).save({
      zoneId,
      kind: 'JOINT_CONFERENCE',
      committeeId: null,
      title: m.title,
      at: m.at,
      agenda: m.agenda,
      minutes: m.minutes,
      minutesById: m.minutes ? by : null,
      minutesAt: m.minutes ? m.at : null,
      scheduledById: by,
    });
    if (projects.length) await db.getRepository(MeetingProjectEntity).insert(projects.map((p) => ({ meetingId: row.id, projectId: p.id })));
    await db.getRepository(MeetingUnitEntity).insert(units.map((u) => ({ meetingId: row.id, unitId: u.id, invited: true, attended: m.attended.includes(u.id) })));
  }
}
