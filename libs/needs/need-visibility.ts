import { NeedStatus } from '@app/common/glossary';

/** Seen only by their submitter and the zone's staff (not yet reviewed, turned down, or withdrawn by the author). */
export const PRIVATE_NEED_STATUSES: readonly NeedStatus[] = [NeedStatus.SUBMITTED, NeedStatus.REJECTED, NeedStatus.WITHDRAWN];
export const PUBLIC_NEED_STATUSES: readonly NeedStatus[] = Object.values(NeedStatus).filter((s) => !PRIVATE_NEED_STATUSES.includes(s));
