import { registerEnumType } from '@nestjs/graphql';
import {
  Decision,
  Dimension,
  NeedCategory,
  NeedChannel,
  NeedKind,
  NeedStatus,
  PartyOrgLevel,
  ProjectOrigin,
  ResourceKind,
  ResourceCost,
  DigestFrequency,
  MeetingKind,
  ProjectStatus,
  Role,
  SurveyMethod,
  UnitKind,
  VoteChoice,
} from './glossary';

export * from './glossary';

registerEnumType(Role, { name: 'Role' });
registerEnumType(NeedKind, { name: 'NeedKind' });
registerEnumType(NeedChannel, { name: 'NeedChannel' });
registerEnumType(NeedCategory, { name: 'NeedCategory' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(VoteChoice, { name: 'VoteChoice' });
registerEnumType(Decision, { name: 'Decision' });
registerEnumType(UnitKind, { name: 'UnitKind' });
registerEnumType(SurveyMethod, { name: 'SurveyMethod' });
registerEnumType(Dimension, { name: 'Dimension' });
registerEnumType(PartyOrgLevel, { name: 'PartyOrgLevel' });
registerEnumType(ProjectOrigin, { name: 'ProjectOrigin' });
registerEnumType(ResourceKind, { name: 'ResourceKind' });
registerEnumType(ResourceCost, { name: 'ResourceCost' });
registerEnumType(DigestFrequency, { name: 'DigestFrequency' });
registerEnumType(MeetingKind, { name: 'MeetingKind' });
