import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeetingKind, NeedCategory } from '@app/common/enums';
import { DateScalar } from '@app/common/date-scalar';
import { PageInfo } from '@app/common/pagination';
import { MemberUnit } from '@app/org/models/org.models';
import type { CommitteeEntity, MeetingEntity, PresidencyEntity } from '../governance.entities';

@ObjectType({ description: '专业委员会: stewards some menu categories, with a chair unit and member units' })
export class Committee {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [NeedCategory]) categories: NeedCategory[];
  zoneId: number;
  chairUnitId: number | null;
}

@ObjectType({ description: '一个专业委员会的工作量: the open needs and projects of its categories' })
export class CommitteeWorkload {
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => Int, { description: 'needs in the menu (ACCEPTED, not yet in a project)' }) openNeeds: number;
  @Field(() => Int, { description: 'projects not yet completed, evaluated or cancelled' }) openProjects: number;
}

@ObjectType({ description: '轮值会长: one member unit presides for a period' })
export class Presidency {
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar) endsOn: string;
  unitId: number;
}

@ObjectType({ description: '会议: 联席会议, 理事会会议 or 专业委员会会议' })
export class Meeting {
  @Field(() => ID) id: string;
  @Field(() => MeetingKind) kind: MeetingKind;
  @Field() title: string;
  @Field() at: Date;
  @Field() agenda: string;
  @Field(() => String, { nullable: true }) minutes: string | null;
  @Field(() => Date, { nullable: true, description: 'when the minutes were last saved' }) minutesAt: Date | null;
  zoneId: number;
  committeeId: number | null;
}

@ObjectType()
export class MeetingEdge {
  @Field(() => Meeting) node: Meeting;
  @Field() cursor: string;
}

@ObjectType()
export class MeetingConnection {
  @Field(() => [MeetingEdge]) edges: MeetingEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

export const toCommittee = (c: CommitteeEntity): Committee => ({ id: String(c.id), name: c.name, categories: c.categories, zoneId: c.zoneId, chairUnitId: c.chairUnitId });
export const toPresidency = (p: PresidencyEntity): Presidency => ({ startsOn: p.startsOn, endsOn: p.endsOn, unitId: p.unitId });
export const toMeeting = (m: MeetingEntity): Meeting => ({
  id: String(m.id),
  kind: m.kind,
  title: m.title,
  at: m.at,
  agenda: m.agenda,
  minutes: m.minutes,
  minutesAt: m.minutesAt,
  zoneId: m.zoneId,
  committeeId: m.committeeId,
});
