/**
 * The one glossary of domain enums and their labels (domain.md §7). Plain data with no imports:
 * the api (exports, notifications) and the web app both read it.
 */
export const Role = {
  RESIDENT: 'RESIDENT',
  WHITE_COLLAR: 'WHITE_COLLAR',
  UNIT_ADMIN: 'UNIT_ADMIN',
  COUNCIL_STAFF: 'COUNCIL_STAFF',
  BOARD_MEMBER: 'BOARD_MEMBER',
  PARTY_COMMITTEE: 'PARTY_COMMITTEE',
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const NeedKind = { MICRO_WISH: 'MICRO_WISH', GOLDEN_IDEA: 'GOLDEN_IDEA' } as const;
export type NeedKind = (typeof NeedKind)[keyof typeof NeedKind];

export const NeedChannel = { APP: 'APP', HALL: 'HALL', RECEPTION: 'RECEPTION', VISIT: 'VISIT', HOTLINE: 'HOTLINE' } as const;
export type NeedChannel = (typeof NeedChannel)[keyof typeof NeedChannel];

export const NeedCategory = {
  SOCIAL_MANAGEMENT: 'SOCIAL_MANAGEMENT',
  PUBLIC_SERVICE: 'PUBLIC_SERVICE',
  RESOURCE_INTEGRATION: 'RESOURCE_INTEGRATION',
  VALUE_REALIZATION: 'VALUE_REALIZATION',
  CULTURE_SHARING: 'CULTURE_SHARING',
  COMMUNITY_AFFAIRS: 'COMMUNITY_AFFAIRS',
  CREATION_SELECTION: 'CREATION_SELECTION',
} as const;
export type NeedCategory = (typeof NeedCategory)[keyof typeof NeedCategory];
export const NEED_CATEGORIES = Object.values(NeedCategory) as NeedCategory[];

export const NeedStatus = {
  SUBMITTED: 'SUBMITTED',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  MERGED: 'MERGED',
  CLAIMED: 'CLAIMED',
  IN_PROJECT: 'IN_PROJECT',
  FULFILLED: 'FULFILLED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type NeedStatus = (typeof NeedStatus)[keyof typeof NeedStatus];

export const ProjectStatus = {
  DRAFT: 'DRAFT',
  PROPOSED: 'PROPOSED',
  RESOLVED: 'RESOLVED',
  APPROVED: 'APPROVED',
  PUBLISHED: 'PUBLISHED',
  CLAIMED: 'CLAIMED',
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  EVALUATED: 'EVALUATED',
  CANCELLED: 'CANCELLED',
} as const;
export type ProjectStatus = (typeof ProjectStatus)[keyof typeof ProjectStatus];

export const VoteChoice = { FOR: 'FOR', AGAINST: 'AGAINST', ABSTAIN: 'ABSTAIN' } as const;
export type VoteChoice = (typeof VoteChoice)[keyof typeof VoteChoice];

export const Decision = { APPROVE: 'APPROVE', REJECT: 'REJECT', RETURN: 'RETURN' } as const;
export type Decision = (typeof Decision)[keyof typeof Decision];

export const UnitKind = {
  ENTERPRISE: 'ENTERPRISE',
  PARTY_ORG: 'PARTY_ORG',
  INSTITUTION: 'INSTITUTION',
  SOCIAL_ORG: 'SOCIAL_ORG',
  GOVERNMENT: 'GOVERNMENT',
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

export const SurveyMethod = { QUESTIONNAIRE: 'QUESTIONNAIRE', VISIT: 'VISIT', EXPERT: 'EXPERT' } as const;
export type SurveyMethod = (typeof SurveyMethod)[keyof typeof SurveyMethod];

export const Dimension = {
  IMPLEMENTATION: 'IMPLEMENTATION',
  FUNDS: 'FUNDS',
  PROCESS_QUALITY: 'PROCESS_QUALITY',
  OVERALL: 'OVERALL',
} as const;
export type Dimension = (typeof Dimension)[keyof typeof Dimension];

export const PartyOrgLevel = { COMMITTEE: 'COMMITTEE', GENERAL_BRANCH: 'GENERAL_BRANCH', BRANCH: 'BRANCH', GROUP: 'GROUP' } as const;
export type PartyOrgLevel = (typeof PartyOrgLevel)[keyof typeof PartyOrgLevel];

export const ProjectOrigin = { NEED_MENU: 'NEED_MENU', UNIT_OFFER: 'UNIT_OFFER' } as const;
export type ProjectOrigin = (typeof ProjectOrigin)[keyof typeof ProjectOrigin];

export const ResourceKind = {
  VENUE: 'VENUE',
  EQUIPMENT: 'EQUIPMENT',
  MATERIALS: 'MATERIALS',
  FUNDS: 'FUNDS',
  SKILL: 'SKILL',
  VOLUNTEERS: 'VOLUNTEERS',
  SERVICE: 'SERVICE',
} as const;
export type ResourceKind = (typeof ResourceKind)[keyof typeof ResourceKind];

export const ResourceCost = { FREE: 'FREE', LOW_COST: 'LOW_COST', PAID: 'PAID' } as const;
export type ResourceCost = (typeof ResourceCost)[keyof typeof ResourceCost];

export const DigestFrequency = { OFF: 'OFF', DAILY: 'DAILY', WEEKLY: 'WEEKLY' } as const;
export type DigestFrequency = (typeof DigestFrequency)[keyof typeof DigestFrequency];

export const MeetingKind = { JOINT_CONFERENCE: 'JOINT_CONFERENCE', BOARD: 'BOARD', COMMITTEE: 'COMMITTEE' } as const;
export type MeetingKind = (typeof MeetingKind)[keyof typeof MeetingKind];

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

export const LABELS: {
  Role: Labels<Role>;
  NeedKind: Labels<NeedKind>;
  NeedChannel: Labels<NeedChannel>;
  NeedCategory: Labels<NeedCategory>;
  NeedStatus: Labels<NeedStatus>;
  ProjectStatus: Labels<ProjectStatus>;
  VoteChoice: Labels<VoteChoice>;
  Decision: Labels<Decision>;
  UnitKind: Labels<UnitKind>;
  SurveyMethod: Labels<SurveyMethod>;
  Dimension: Labels<Dimension>;
  PartyOrgLevel: Labels<PartyOrgLevel>;
  ProjectOrigin: Labels<ProjectOrigin>;
  ResourceKind: Labels<ResourceKind>;
  ResourceCost: Labels<ResourceCost>;
  DigestFrequency: Labels<DigestFrequency>;
  MeetingKind: Labels<MeetingKind>;
} = {
  Role: {
    RESIDENT: { zh: '居民', en: 'Resident' },
    WHITE_COLLAR: { zh: '楼宇白领', en: 'Office worker' },
    UNIT_ADMIN: { zh: '成员单位管理员', en: 'Unit admin' },
    COUNCIL_STAFF: { zh: '促进会工作人员', en: 'Council staff' },
    BOARD_MEMBER: { zh: '理事', en: 'Board member' },
    PARTY_COMMITTEE: { zh: '社区党委', en: 'Party committee' },
    ADMIN: { zh: '系统管理员', en: 'Administrator' },
  },
  NeedKind: {
    MICRO_WISH: { zh: '微心愿', en: 'Micro-wish' },
    GOLDEN_IDEA: { zh: '金点子', en: 'Golden idea' },
  },
  NeedChannel: {
    APP: { zh: '线上', en: 'Online' },
    HALL: { zh: '群众议事厅', en: 'Deliberation hall' },
    RECEPTION: { zh: '民生接纳室', en: 'Reception room' },
    VISIT: { zh: '走访', en: 'Visit' },
    HOTLINE: { zh: '热线', en: 'Hotline' },
  },
  NeedCategory: {
    SOCIAL_MANAGEMENT: { zh: '社会管理事务', en: 'Social management' },
    PUBLIC_SERVICE: { zh: '社会公共服务', en: 'Public service' },
    RESOURCE_INTEGRATION: { zh: '社会资源整合', en: 'Resource integration' },
    VALUE_REALIZATION: { zh: '社会价值实现', en: 'Value realization' },
    CULTURE_SHARING: { zh: '社区文化共享', en: 'Culture sharing' },
    COMMUNITY_AFFAIRS: { zh: '社区公共事务', en: 'Community affairs' },
    CREATION_SELECTION: { zh: '创建评选', en: 'Creation & selection' },
  },
  NeedStatus: {
    SUBMITTED: { zh: '待审核', en: 'Submitted' },
    ACCEPTED: { zh: '已纳入菜单', en: 'In the menu' },
    REJECTED: { zh: '未采纳', en: 'Rejected' },
    MERGED: { zh: '已合并', en: 'Merged' },
    CLAIMED: { zh: '已认领', en: 'Claimed' },
    IN_PROJECT: { zh: '已立项', en: 'In a project' },
    FULFILLED: { zh: '已实现', en: 'Fulfilled' },
    WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
  },
  ProjectStatus: {
    DRAFT: { zh: '草稿', en: 'Draft' },
    PROPOSED: { zh: '促进会已提议', en: 'Proposed' },
    RESOLVED: { zh: '理事会已决议', en: 'Resolved' },
    APPROVED: { zh: '党委已审批', en: 'Approved' },
    PUBLISHED: { zh: '已发布', en: 'Published' },
    CLAIMED: { zh: '已认领', en: 'Claimed' },
    IN_PROGRESS: { zh: '实施中', en: 'In progress' },
    COMPLETED: { zh: '已完成', en: 'Completed' },
    EVALUATED: { zh: '已评估', en: 'Evaluated' },
    CANCELLED: { zh: '已撤销', en: 'Cancelled' },
  },
  VoteChoice: {
    FOR: { zh: '赞成', en: 'For' },
    AGAINST: { zh: '反对', en: 'Against' },
    ABSTAIN: { zh: '弃权', en: 'Abstain' },
  },
  Decision: {
    APPROVE: { zh: '批准', en: 'Approve' },
    RETURN: { zh: '退回修改', en: 'Return' },
    REJECT: { zh: '不予批准', en: 'Reject' },
  },
  UnitKind: {
    ENTERPRISE: { zh: '企业', en: 'Enterprise' },
    PARTY_ORG: { zh: '党组织', en: 'Party organisation' },
    INSTITUTION: { zh: '事业单位', en: 'Institution' },
    SOCIAL_ORG: { zh: '社会组织', en: 'Social organisation' },
    GOVERNMENT: { zh: '机关', en: 'Government body' },
  },
  SurveyMethod: {
    QUESTIONNAIRE: { zh: '问卷调查', en: 'Questionnaire' },
    VISIT: { zh: '入户访问', en: 'Household visit' },
    EXPERT: { zh: '项目评估', en: 'Expert review' },
  },
  Dimension: {
    IMPLEMENTATION: { zh: '项目实施绩效', en: 'Implementation' },
    FUNDS: { zh: '资金使用管理和效益', en: 'Use of funds' },
    PROCESS_QUALITY: { zh: '项目过程质量管理', en: 'Process quality' },
    OVERALL: { zh: '总体满意度', en: 'Overall satisfaction' },
  },
  PartyOrgLevel: {
    COMMITTEE: { zh: '党委', en: 'Committee' },
    GENERAL_BRANCH: { zh: '党总支', en: 'General branch' },
    BRANCH: { zh: '党支部', en: 'Branch' },
    GROUP: { zh: '党小组', en: 'Group' },
  },
  ProjectOrigin: {
    NEED_MENU: { zh: '需求菜单', en: 'From the needs menu' },
    UNIT_OFFER: { zh: '单位申报', en: 'Offered by a unit' },
  },
  ResourceKind: {
    VENUE: { zh: '场地', en: 'Venue' },
    EQUIPMENT: { zh: '设施设备', en: 'Equipment' },
    MATERIALS: { zh: '物资', en: 'Materials' },
    FUNDS: { zh: '资金', en: 'Funds' },
    SKILL: { zh: '专业技能', en: 'Skill' },
    VOLUNTEERS: { zh: '志愿者', en: 'Volunteers' },
    SERVICE: { zh: '服务', en: 'Service' },
  },
  ResourceCost: {
    FREE: { zh: '无偿', en: 'Free' },
    LOW_COST: { zh: '低偿', en: 'Low cost' },
    PAID: { zh: '有偿', en: 'Paid' },
  },
  DigestFrequency: {
    OFF: { zh: '不汇总', en: 'No digest' },
    DAILY: { zh: '每日汇总', en: 'Daily digest' },
    WEEKLY: { zh: '每周汇总', en: 'Weekly digest' },
  },
  MeetingKind: {
    JOINT_CONFERENCE: { zh: '联席会议', en: 'Joint conference' },
    BOARD: { zh: '理事会会议', en: 'Board meeting' },
    COMMITTEE: { zh: '专业委员会会议', en: 'Committee meeting' },
  },
};

export function label(kind: keyof typeof LABELS, value: string, lang: 'zh' | 'en' = 'zh'): string {
  const entry = (LABELS[kind] as Record<string, { zh: string; en: string }>)[value];
  return entry ? entry[lang] : value;
}
