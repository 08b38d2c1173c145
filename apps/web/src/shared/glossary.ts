import { NeedKind, NeedStatus, ProjectStatus } from '@glossary';

/**
 * The web's glossary: the one file under apps/web/src (generated code aside) that names a project
 * or need status. It holds what the screens show about a status — tag and timeline colours — and
 * the named lists the pages read ("the menu", "waiting for review"…), each a filter of the
 * server's `needs` / `projects` queries. What a caller may *do* is never decided here: that is the
 * server's `availableActions` (test/architecture/web-status-literals.spec.ts keeps it so).
 */
const P = ProjectStatus;
const N = NeedStatus;

/** Tag colours by status (display only). */
export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  [P.DRAFT]: 'default',
  [P.PROPOSED]: 'processing',
  [P.RESOLVED]: 'cyan',
  [P.APPROVED]: 'geekblue',
  [P.PUBLISHED]: 'blue',
  [P.CLAIMED]: 'purple',
  [P.IN_PROGRESS]: 'orange',
  [P.COMPLETED]: 'green',
  [P.EVALUATED]: 'gold',
  [P.CANCELLED]: 'red',
};
export const NEED_STATUS_COLORS: Partial<Record<NeedStatus, string>> = {
  [N.SUBMITTED]: 'processing',
  [N.ACCEPTED]: 'blue',
  [N.REJECTED]: 'red',
  [N.MERGED]: 'default',
  [N.CLAIMED]: 'purple',
  [N.IN_PROJECT]: 'orange',
  [N.FULFILLED]: 'green',
};

/** The dot of a need's history entry: red when turned down, green when fulfilled. */
export const needHistoryColor = (to: string): string => (to === N.REJECTED ? 'red' : to === N.FULFILLED ? 'green' : 'blue');

/** The dot of a project's timeline entry: red when cancelled, blue for the latest, green before. */
export const projectTimelineColor = (to: string, latest: boolean): string => (to === P.CANCELLED ? 'red' : latest ? 'blue' : 'green');

/** Named lists of needs: each a filter of the `needs` query. */
export const NeedLists = {
  /** 需求菜单: needs accepted into the menu (open for projects and for units to light up) */
  MENU: { status: N.ACCEPTED },
  /** 待点亮的微心愿: the menu's micro-wishes */
  MENU_WISHES: { status: N.ACCEPTED, kind: NeedKind.MICRO_WISH },
  /** 待确认的微心愿: wishes a unit or a person lit up, waiting to be confirmed as fulfilled */
  LIT_WISHES: { status: N.CLAIMED, kind: NeedKind.MICRO_WISH },
  /** 需求审核: submitted needs waiting for staff review */
  REVIEW_QUEUE: { status: N.SUBMITTED },
} as const;

/** Named lists of projects: each a filter of the `projects` query. */
export const ProjectLists = {
  /** 理事会表决: proposed projects waiting for the board's vote */
  BOARD_VOTE: { status: P.PROPOSED },
  /** 党委审批: resolved projects waiting for the party committee */
  COMMITTEE_APPROVAL: { status: P.RESOLVED },
  /** 已发布、尚无单位认领 (one half of 可认领) */
  UNCLAIMED: { status: P.PUBLISHED },
  /** 已有单位认领、可能仍有名额 (the other half of 可认领; availableActions says which) */
  PARTLY_CLAIMED: { status: P.CLAIMED },
  /** 待评估: completed projects waiting for their survey */
  AWAITING_EVALUATION: { status: P.COMPLETED },
  /** 已评估: the survey closed */
  EVALUATION_DONE: { status: P.EVALUATED },
} as const;

/** The stages a member unit follows its own claimed projects through (单位认领 → 本单位项目), first shown first. */
export const UNIT_PROJECT_STAGES: ProjectStatus[] = [P.CLAIMED, P.IN_PROGRESS, P.COMPLETED, P.EVALUATED];
