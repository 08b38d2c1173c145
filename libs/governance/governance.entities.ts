import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, EnumColumn, IdRef, TextColumn, TimeColumn, UpdatedAt } from '@app/database/columns';
import type { MeetingKind, NeedCategory } from '@app/common/glossary';

/** 专业委员会: up to seven per zone, each stewarding some menu categories. */
@Entity('committees')
@Index(['zoneId', 'name'], { unique: true })
export class CommitteeEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 60 }) name: string;
  @Column({ type: 'simple-json' }) categories: NeedCategory[];
  @IdRef({ nullable: true }) chairUnitId: number | null;
  @CreatedAt() createdAt: Date;
}

@Entity('committee_members')
@Index(['zoneId', 'unitId'])
export class CommitteeMemberEntity {
  @PrimaryColumn({ type: 'int' }) committeeId: number;
  @PrimaryColumn({ type: 'int' }) unitId: number;
  @IdRef() zoneId: number;
}

/** 轮值会长: one unit at a time; periods (calendar days, inclusive) never overlap within a zone. */
@Entity('presidencies')
@Index(['zoneId', 'startsOn'], { unique: true })
export class PresidencyEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @IdRef() unitId: number;
  /** 'YYYY-MM-DD' (Asia/Shanghai), compared as text on both databases */
  @Column({ type: 'varchar', length: 10 }) startsOn: string;
  @Column({ type: 'varchar', length: 10 }) endsOn: string;
  @IdRef() setById: number;
  @CreatedAt() createdAt: Date;
}

/** 联席会议, board and committee meetings: agenda first, minutes and attendance afterwards. */
@Entity('meetings')
@Index(['zoneId', 'at', 'id'])
export class MeetingEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @EnumColumn() kind: MeetingKind;
  @IdRef({ nullable: true }) committeeId: number | null;
  @Column({ type: 'varchar', length: 80 }) title: string;
  @TimeColumn() at: Date;
  @TextColumn() agenda: string;
  @TextColumn({ nullable: true }) minutes: string | null;
  @IdRef({ nullable: true }) minutesById: number | null;
  @TimeColumn({ nullable: true }) minutesAt: Date | null;
  @IdRef() scheduledById: number;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}

/** The projects a meeting discussed (its agenda items); a project's page lists its meetings. */
@Entity('meeting_projects')
@Index(['projectId', 'meetingId'])
export class MeetingProjectEntity {
  @PrimaryColumn({ type: 'int' }) meetingId: number;
  @PrimaryColumn({ type: 'int' }) projectId: number;
}

/** Units invited when scheduled; `attended` is set when the minutes are recorded. */
@Entity('meeting_units')
@Index(['unitId', 'meetingId'])
export class MeetingUnitEntity {
  @PrimaryColumn({ type: 'int' }) meetingId: number;
  @PrimaryColumn({ type: 'int' }) unitId: number;
  @Column({ type: 'boolean', default: false }) invited: boolean;
  @Column({ type: 'boolean', default: false }) attended: boolean;
}
