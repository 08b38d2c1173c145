import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, EnumColumn, IdRef, TextColumn, TimeColumn, UpdatedAt } from '@app/database/columns';
import type { NeedCategory, NeedChannel, NeedKind, NeedStatus } from '@app/common/glossary';

@Entity('needs')
@Index('idx_needs_zone_list', ['zoneId', 'id'])
@Index('idx_needs_zone_status', ['zoneId', 'status', 'id'])
@Index('idx_needs_zone_kind', ['zoneId', 'kind', 'id'])
@Index('idx_needs_zone_category', ['zoneId', 'category', 'status', 'id'])
@Index('idx_needs_menu', ['zoneId', 'status', 'category', 'supportCount', 'id'])
@Index('idx_needs_submitter', ['submitterId', 'id'])
@Index('uq_needs_client_mutation', ['submitterId', 'clientMutationId'], { unique: true })
@Index('idx_needs_project', ['projectId', 'id'])
/** the unit scorecard: wishes lit by units in a year */
@Index('idx_needs_zone_claimed', ['zoneId', 'claimedAt', 'claimedByUnitId'])
/** zoneStats: needs received by channel, category and status in a period, read from the index alone */
@Index('idx_needs_zone_stats', ['zoneId', 'channel', 'category', 'status', 'createdAt'])
export class NeedEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() zoneId: number;
  @EnumColumn() kind: NeedKind;
  @EnumColumn() channel: NeedChannel;
  @Column({ type: 'varchar', length: 60 }) title: string;
  @TextColumn() content: string;
  @EnumColumn() status: NeedStatus;
  @EnumColumn({ nullable: true }) category: NeedCategory | null;
  @EnumColumn({ nullable: true }) suggestedCategory: NeedCategory | null;
  @Column({ type: 'double', nullable: true }) suggestedConfidence: number | null;
  /** supporters only, never the author */
  @Column({ type: 'int', default: 0 }) supportCount: number;
  @IdRef() submitterId: number;
  /** staff who entered an offline need */
  @IdRef({ nullable: true }) recordedById: number | null;
  @IdRef({ nullable: true }) communityId: number | null;
  @IdRef({ nullable: true }) buildingId: number | null;
  @IdRef({ nullable: true }) mergedIntoId: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) rejectReason: string | null;
  @IdRef({ nullable: true }) projectId: number | null;
  /** 点亮心愿: claimed by a unit or a person */
  @IdRef({ nullable: true }) claimedByUnitId: number | null;
  @IdRef({ nullable: true }) claimedByUserId: number | null;
  @TimeColumn({ nullable: true }) claimedAt: Date | null;
  @TimeColumn({ nullable: true }) fulfilledAt: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) clientMutationId: string | null;
  /** no longer written: needs are searched through need_search_postings (need-search.ts); kept from the FULLTEXT design, to be dropped */
  @Column({ type: 'text', nullable: true, select: false }) searchTokens: string | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}

/**
 * Search postings of needs (need-search.ts): one row per distinct word of a need's title and
 * content, carrying what the list's filter needs (zone, status). The primary key (word, zone,
 * status, need id) answers "does this need hold that word" in one lookup; idx_need_search_postings_rank
 * (word, zone, status, title holds it, need id) is read backwards for a page in rank order.
 * Written in the transaction that writes the need (insert, text edit, status move).
 */
@Entity('need_search_postings')
@Index('idx_need_search_postings_rank', ['token', 'zoneId', 'status', 'inTitle', 'needId'])
@Index('uq_need_search_postings_need', ['needId', 'token'], { unique: true })
export class NeedSearchPostingEntity {
  /** the word, encoded as in search_tokens (`w` + hex of its UTF-8 bytes) */
  @PrimaryColumn({ type: 'varchar', length: 84 }) token: string;
  @PrimaryColumn({ type: 'int' }) zoneId: number;
  /** the need's status: who may see it (PUBLIC_NEED_STATUSES) and the list's status filter */
  @PrimaryColumn({ type: 'varchar', length: 32 }) status: NeedStatus;
  @PrimaryColumn({ type: 'int' }) needId: number;
  /** 1 when the title holds the word (ranked first), 0 when only the content does */
  @Column({ type: 'tinyint' }) inTitle: number;
}

/** A full need row with every optional column empty: for seeds and tests that insert needs directly. */
export function needRow(
  fields: Pick<NeedEntity, 'zoneId' | 'kind' | 'channel' | 'title' | 'content' | 'submitterId'> & Partial<NeedEntity>,
): Omit<NeedEntity, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    status: 'SUBMITTED',
    category: null,
    suggestedCategory: null,
    suggestedConfidence: null,
    supportCount: 0,
    recordedById: null,
    communityId: null,
    buildingId: null,
    mergedIntoId: null,
    rejectReason: null,
    projectId: null,
    claimedByUnitId: null,
    claimedByUserId: null,
    claimedAt: null,
    fulfilledAt: null,
    clientMutationId: null,
    searchTokens: null,
    ...fields,
  };
}

/** 需求众筹: one row per supporter; the primary key makes a second support impossible. */
@Entity('need_supports')
@Index(['userId', 'needId'])
export class NeedSupportEntity {
  @PrimaryColumn({ type: 'int' }) needId: number;
  @PrimaryColumn({ type: 'int' }) userId: number;
  @CreatedAt() createdAt: Date;
}

/** Review and fulfilment history of a need. */
@Entity('need_events')
@Index(['needId', 'id'])
@Index(['zoneId', 'at'])
export class NeedEventEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() needId: number;
  @IdRef() zoneId: number;
  @Column({ type: 'varchar', length: 32 }) action: string;
  @EnumColumn({ nullable: true }) fromStatus: NeedStatus | null;
  @EnumColumn() toStatus: NeedStatus;
  @IdRef() actorId: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) note: string | null;
  @CreatedAt() at: Date;
}

/** Maintained count of ACCEPTED needs per zone and category: the menu never counts rows. */
@Entity('menu_counters')
export class MenuCounterEntity {
  @PrimaryColumn({ type: 'int' }) zoneId: number;
  @PrimaryColumn({ type: 'varchar', length: 32 }) category: NeedCategory;
  @Column({ type: 'int', default: 0 }) count: number;
}

/** Labelled texts the category classifier learns from: the fixture set and every staff decision. */
@Entity('classifier_examples')
/** a zone's recent staff decisions: what the zone adaptation learns and the classifier report reads */
@Index('idx_classifier_examples_zone', ['zoneId', 'source', 'id'])
export class ClassifierExampleEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef({ nullable: true }) zoneId: number | null;
  @IdRef({ nullable: true }) needId: number | null;
  @TextColumn() text: string;
  @EnumColumn() category: NeedCategory;
  @Column({ type: 'varchar', length: 16 }) source: 'fixture' | 'staff';
  @CreatedAt() createdAt: Date;
}

/**
 * Maintained count of needs per zone, status, kind, category ('' while none) and channel, so
 * that `needs { totalCount }` and the zone's figures (zoneStats) never count rows. Each change adds ±1 to one of a few slots chosen at
 * random, so concurrent submissions do not all wait on one hot row; readers sum the slots.
 */
@Entity('need_counters')
export class NeedCounterEntity {
  @PrimaryColumn({ type: 'int' }) zoneId: number;
  @PrimaryColumn({ type: 'varchar', length: 32 }) status: NeedStatus;
  @PrimaryColumn({ type: 'varchar', length: 32 }) kind: NeedKind;
  @PrimaryColumn({ type: 'varchar', length: 32 }) category: string;
  @PrimaryColumn({ type: 'varchar', length: 32 }) channel: string;
  @PrimaryColumn({ type: 'int' }) slot: number;
  @Column({ type: 'int', default: 0 }) count: number;
}

/**
 * The category suggestion of a need, best first (at most 3), with the words that weighed most:
 * written by the ClassifyNeed job. `needs.suggested_category` is the first of them. Read by the
 * review card and by the classifier report (did staff decide the first or the second?).
 */
@Entity('need_suggestions')
@Index(['zoneId', 'needId'])
export class NeedSuggestionEntity {
  @PrimaryColumn({ type: 'int' }) needId: number;
  @IdRef() zoneId: number;
  /** JSON: [{category, confidence, because: string[]}] */
  @TextColumn() suggestions: string;
  @UpdatedAt() updatedAt: Date;
}
