import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BoolColumn, CreatedAt, EnumColumn, IdRef, TextColumn, TimeColumn, UpdatedAt } from '@app/database/columns';
import type { NeedCategory, ProjectOrigin, ProjectStatus, VoteChoice } from '@app/common/glossary';
import { Searchable } from '@app/search/searchable';

@Entity('projects')
@Searchable('description')
@Index('idx_projects_zone_list', ['zoneId', 'id'])
@Index('idx_projects_zone_status', ['zoneId', 'status', 'id'])
@Index('idx_projects_zone_category', ['zoneId', 'category', 'id'])
/** the unit scorecard: projects completed in a year, with what on-time needs, read from the index alone */
@Index('idx_projects_zone_completed', ['zoneId', 'completedAt', 'status', 'endsOn'])
/** full-text search (libs/search): FULLTEXT on MySQL, written by hand in the migration; SQLite uses the FTS5 table projects_fts */
@Index('ft_projects_search', { synchronize: false })
export class ProjectEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 60 }) title: string;
  @TextColumn() description: string;
  @EnumColumn() category: NeedCategory;
  @EnumColumn() status: ProjectStatus;
  @Column({ type: 'int', default: 0 }) budgetFen: number;
  @Column({ type: 'int', default: 0 }) targetBeneficiaries: number;
  @Column({ type: 'int', default: 1 }) claimLimit: number;
  /** maintained by the conditional claim update: never above claimLimit */
  @Column({ type: 'int', default: 0 }) claimCount: number;
  @Column({ type: 'int', default: 0 }) volunteerCount: number;
  @Column({ type: 'int', default: 0 }) partyMemberVolunteerCount: number;
  /** incremented at each proposal; votes belong to one round */
  @Column({ type: 'int', default: 0 }) resolutionRound: number;
  @IdRef() createdById: number;
  @IdRef({ nullable: true }) proposedById: number | null;
  /** calendar days, 'YYYY-MM-DD' (Asia/Shanghai): compared as text, the same on both databases */
  @Column({ type: 'varchar', length: 10, nullable: true }) startsOn: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) endsOn: string | null;
  /** NEED_MENU (drafted by staff from menu needs) or UNIT_OFFER (offered by a member unit) */
  @EnumColumn({ default: 'NEED_MENU' }) origin: ProjectOrigin;
  /** UNIT_OFFER: the offering unit and its pledge; it holds the first claim when published */
  @IdRef({ nullable: true }) offeredByUnitId: number | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) offerPledge: string | null;
  @TimeColumn({ nullable: true }) completedAt: Date | null;
  /** the words of title and description for search, filled on every write (SearchTokensSubscriber) */
  @Column({ type: 'text', nullable: true, select: false }) searchTokens: string | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}

/** The timeline: every state change with who, when and why. */
@Entity('project_events')
@Index(['projectId', 'id'])
@Index(['zoneId', 'at'])
export class ProjectEventEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() projectId: number;
  @IdRef() zoneId: number;
  /** the board round the project was in when this was written (0 before the first proposal) */
  @Column({ type: 'int', default: 0 }) round: number;
  @EnumColumn({ nullable: true }) fromStatus: ProjectStatus | null;
  @EnumColumn() toStatus: ProjectStatus;
  @IdRef() actorId: number;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  @CreatedAt() at: Date;
}

/** 理事会决议: one vote per member per round, changeable until the round closes. */
@Entity('project_votes')
export class ProjectVoteEntity {
  @PrimaryColumn({ type: 'int' }) projectId: number;
  @PrimaryColumn({ type: 'int' }) round: number;
  @PrimaryColumn({ type: 'int' }) voterId: number;
  @EnumColumn() choice: VoteChoice;
  @UpdatedAt() updatedAt: Date;
}

/**
 * 认领: one claim per unit per project. A released claim keeps its row (released_at set): the
 * unit's history and figures stay, and the scorecard counts releases.
 */
@Entity('project_claims')
@Index(['projectId', 'unitId'], { unique: true })
@Index(['zoneId', 'unitId'])
/** the unit scorecard (index-only): claims made in a year with their volunteers; releases in a year; claims still held per project */
@Index('idx_claims_zone_created', ['zoneId', 'createdAt', 'unitId', 'releasedAt', 'pledgedVolunteers'])
@Index('idx_claims_zone_released', ['zoneId', 'releasedAt', 'unitId'])
@Index('idx_claims_project_held', ['projectId', 'releasedAt', 'unitId'])
export class ProjectClaimEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() projectId: number;
  @IdRef() zoneId: number;
  @IdRef() unitId: number;
  @Column({ type: 'varchar', length: 1000 }) pledge: string;
  @Column({ type: 'int', default: 0 }) pledgedFundsFen: number;
  @Column({ type: 'int', default: 0 }) pledgedVolunteers: number;
  @IdRef() claimedById: number;
  @CreatedAt() createdAt: Date;
  @TimeColumn({ nullable: true }) releasedAt: Date | null;
  @IdRef({ nullable: true }) releasedById: number | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) releaseReason: string | null;
}

/** The daily overdue alert: one row per project per day, so two workers alert once. */
@Entity('project_overdue_alerts')
@Index(['zoneId', 'day'])
export class ProjectOverdueAlertEntity {
  @PrimaryColumn({ type: 'int' }) projectId: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) day: string;
  @IdRef() zoneId: number;
  @CreatedAt() createdAt: Date;
}

/** Progress reports; figures are cumulative to date for the unit. */
@Entity('progress_reports')
@Index(['projectId', 'unitId', 'id'])
@Index(['zoneId', 'at'])
/** the unit scorecard: the latest reports of a year with their figures, read from the index alone */
@Index('idx_progress_zone_latest', ['zoneId', 'latest', 'at', 'unitId', 'fundsSpentFen', 'beneficiaries'])
export class ProgressReportEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() projectId: number;
  @IdRef() zoneId: number;
  @IdRef() unitId: number;
  @Column({ type: 'varchar', length: 2000 }) note: string;
  @Column({ type: 'int' }) percent: number;
  @Column({ type: 'int', default: 0 }) fundsSpentFen: number;
  @Column({ type: 'int', default: 0 }) beneficiaries: number;
  /** true on the unit's newest report, so sums read one row per unit */
  @BoolColumn() latest: boolean;
  @IdRef() reporterId: number;
  @CreatedAt() at: Date;
  /** set by correctProgress (within 24 h of `at`); the version it replaced is a progress_report_revisions row */
  @TimeColumn({ nullable: true }) correctedAt: Date | null;
}

/**
 * 更正: the version of a progress report a correction replaced, whole — nothing is overwritten
 * without a trace. Its photos move to subject `progress-revision` with this row's id.
 */
@Entity('progress_report_revisions')
@Index(['reportId', 'id'])
@Index(['zoneId', 'replacedAt'])
export class ProgressRevisionEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() reportId: number;
  @IdRef() projectId: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 2000 }) note: string;
  @Column({ type: 'int' }) percent: number;
  @Column({ type: 'int', default: 0 }) fundsSpentFen: number;
  @Column({ type: 'int', default: 0 }) beneficiaries: number;
  /** who wrote this version and when (the report's `at`, or its previous correction) */
  @IdRef() reporterId: number;
  @TimeColumn() writtenAt: Date;
  @IdRef() replacedById: number;
  @CreatedAt() replacedAt: Date;
}

/** Volunteer sign-ups; party membership is copied at sign-up for the statistics. */
@Entity('project_volunteers')
@Index(['zoneId', 'isPartyMember'])
export class ProjectVolunteerEntity {
  @PrimaryColumn({ type: 'int' }) projectId: number;
  @PrimaryColumn({ type: 'int' }) userId: number;
  @IdRef() zoneId: number;
  @BoolColumn() isPartyMember: boolean;
  @CreatedAt() createdAt: Date;
}
