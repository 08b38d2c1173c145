import { TestApp } from '../support/harness';

/** GraphQL documents and small helpers shared by the needs e2e specs. */
export const NEED_FIELDS = `id kind channel title content status category suggestedCategory suggestedConfidence supportCount supportedByMe rejectReason createdAt
  zone { id } submitter { id displayName phone } mergedInto { id status supportCount }`;

export const SUBMIT = `mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { ${NEED_FIELDS} } }`;
export const RECORD = `mutation($input: RecordNeedInput!) { recordNeed(input: $input) { ${NEED_FIELDS} } }`;
export const SUPPORT = `mutation($id: ID!) { supportNeed(needId: $id) { id supportCount supportedByMe } }`;
export const UNSUPPORT = `mutation($id: ID!) { unsupportNeed(needId: $id) { id supportCount supportedByMe } }`;
export const ACCEPT = `mutation($id: ID!, $c: NeedCategory!) { acceptNeed(needId: $id, category: $c) { id status category } }`;
export const REJECT = `mutation($id: ID!, $r: String!) { rejectNeed(needId: $id, reason: $r) { id status rejectReason } }`;
export const MERGE = `mutation($id: ID!, $into: ID!) { mergeNeed(needId: $id, intoNeedId: $into) { id status supportCount mergedInto { id status supportCount } } }`;
export const CLAIM = `mutation($id: ID!, $unit: ID) { claimWish(needId: $id, unitId: $unit) { id status claimedAt claimedByUnit { id } claimedBy { id } } }`;
export const CONFIRM = `mutation($id: ID!) { confirmWishFulfilled(needId: $id) { id status fulfilledAt } }`;
export const NEED = `query($id: ID!) { need(id: $id) { ${NEED_FIELDS} history { action from to note at actor { id } } } }`;
export const NOTIFICATIONS = '{ myNotifications { unreadCount edges { node { id kind title body read } } } }';

let seq = 0;

/** Submits a need as `token` and returns its id. */
export async function submit(
  t: TestApp,
  token: string,
  zoneId: number,
  over: Partial<{ kind: string; title: string; content: string; communityId: string; buildingId: string; clientMutationId: string }> = {},
): Promise<string> {
  seq++;
  const d = await t.ok(
    SUBMIT,
    { input: { zoneId: String(zoneId), kind: 'GOLDEN_IDEA', title: `测试需求${seq}`, content: `测试内容${seq}`, ...over } },
    token,
  );
  return d.submitNeed.id;
}

/** Submits and accepts a need; returns its id. */
export async function accepted(t: TestApp, token: string, staffToken: string, zoneId: number, category = 'COMMUNITY_AFFAIRS', over: Parameters<typeof submit>[3] = {}): Promise<string> {
  const id = await submit(t, token, zoneId, over);
  await t.ok(ACCEPT, { id, c: category }, staffToken);
  return id;
}

