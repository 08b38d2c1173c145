import type { DataSource } from 'typeorm';
import { ClassifierExampleEntity, MenuCounterEntity, NeedCounterEntity, NeedEntity, NeedEventEntity, NeedSearchPostingEntity, NeedSuggestionEntity, NeedSupportEntity } from '@app/needs/needs.entities';
import { BuildingEntity, CommunityEntity, MemberUnitEntity, PartyOrgEntity, ZoneEntity } from '@app/org/org.entities';
import { LoginCodeEntity, LoginLockoutEntity, UserEntity, UserRoleEntity } from '@app/auth/auth.entities';
import {
  ProgressReportEntity,
  ProgressRevisionEntity,
  ProjectClaimEntity,
  ProjectEntity,
  ProjectOverdueAlertEntity,
  ProjectEventEntity,
  ProjectVolunteerEntity,
  ProjectVoteEntity,
} from '@app/projects/projects.entities';
import {
  CampaignEntity,
  CampaignNomineeEntity,
  CampaignVoteEntity,
  SurveyAnswerEntity,
  SurveyEntity,
  SurveyQuestionEntity,
  SurveyResponseEntity,
} from '@app/evaluation/evaluation.entities';
import { NotificationEntity } from '@app/notifications/notification.entity';
import { FollowEntity } from '@app/notifications/follow.entity';
import { NotificationPrefsEntity, SmsMessageEntity } from '@app/notifications/reach.entities';
import { SurveyLinkEntity } from '@app/evaluation/survey-links';
import { ConsentEntity } from '@app/consent/consent.entity';
import { PhotoEntity } from '@app/photos/photos.entities';
import { OutboxEntity } from '@app/jobs/outbox.entity';
import { AuditEntryEntity } from '@app/audit/audit.entity';
import { ScheduledRunEntity } from '@app/jobs/scheduled-run.entity';
import { ClaimInvitationEntity, PairingEntity, ResourceEntity, VolunteerTeamEntity, VolunteerTeamMemberEntity } from '@app/matching/matching.entities';
import { NeedPostingsSubscriber } from '@app/needs/need-postings.subscriber';
import { SearchTokensSubscriber } from '@app/search/search-tokens.subscriber';
import { ensureSqliteSearchIndex } from '@app/search/sqlite-fts';
import { CommitteeEntity, CommitteeMemberEntity, MeetingEntity, MeetingProjectEntity, MeetingUnitEntity, PresidencyEntity } from '@app/governance/governance.entities';

/** Every table of the platform. Migrations must produce exactly these (see schema-drift test). */
export const ENTITIES = [
  ZoneEntity,
  CommunityEntity,
  BuildingEntity,
  MemberUnitEntity,
  PartyOrgEntity,
  UserEntity,
  UserRoleEntity,
  LoginCodeEntity,
  LoginLockoutEntity,
  NeedEntity,
  NeedSupportEntity,
  NeedEventEntity,
  MenuCounterEntity,
  ClassifierExampleEntity,
  NeedSuggestionEntity,
  NeedCounterEntity,
  NeedSearchPostingEntity,
  ProjectEntity,
  ProjectEventEntity,
  ProjectVoteEntity,
  ProjectClaimEntity,
  ProgressReportEntity,
  ProgressRevisionEntity,
  ProjectVolunteerEntity,
  ProjectOverdueAlertEntity,
  SurveyEntity,
  SurveyQuestionEntity,
  SurveyResponseEntity,
  SurveyAnswerEntity,
  CampaignEntity,
  CampaignNomineeEntity,
  CampaignVoteEntity,
  NotificationEntity,
  FollowEntity,
  OutboxEntity,
  AuditEntryEntity,
  ScheduledRunEntity,
  ResourceEntity,
  PairingEntity,
  VolunteerTeamEntity,
  VolunteerTeamMemberEntity,
  ClaimInvitationEntity,
  CommitteeEntity,
  CommitteeMemberEntity,
  PresidencyEntity,
  MeetingEntity,
  MeetingProjectEntity,
  MeetingUnitEntity,
  NotificationPrefsEntity,
  SmsMessageEntity,
  SurveyLinkEntity,
  ConsentEntity,
  PhotoEntity,
];

/*
 * The rest of what the features hand the data source (this file composes them; the data source
 * itself depends on no feature).
 */

/** TypeORM subscribers: search words filled on every write of a @Searchable entity. */
export const SUBSCRIBERS: Function[] = [SearchTokensSubscriber, NeedPostingsSubscriber];

/** Run after the migrations, every start (each does nothing when there is nothing to repair). */
export const AFTER_MIGRATIONS: ((ds: DataSource) => Promise<void>)[] = [ensureSqliteSearchIndex];
