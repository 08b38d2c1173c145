/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      phone\n      roles\n      isPartyMember\n      specialties\n      willingCategories\n      community { id name }\n      building { id name }\n      unit { id name kind }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Zones {\n    zones {\n      id\n      name\n      street\n      communities { id name }\n      buildings { id name }\n    }\n  }\n": typeof types.ZonesDocument,
    "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      unreadCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title body link read createdAt } }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  query UnreadCount {\n    myNotifications(first: 1) { unreadCount }\n  }\n": typeof types.UnreadCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query ProjectEvaluation($id: ID!) {\n    project(id: $id) {\n      id\n      evaluation {\n        responseCount\n        satisfactionRate\n        satisfactionInterval { low high }\n        dimensions { dimension mean }\n        indexScore\n        frozen\n      }\n    }\n  }\n": typeof types.ProjectEvaluationDocument,
    "\n  mutation ClaimWish($needId: ID!, $unitId: ID) {\n    claimWish(needId: $needId, unitId: $unitId) { id status }\n  }\n": typeof types.ClaimWishDocument,
    "\n  mutation ConfirmWishFulfilled($needId: ID!) {\n    confirmWishFulfilled(needId: $needId) { id status }\n  }\n": typeof types.ConfirmWishFulfilledDocument,
    "\n  query LegalTerms {\n    legalTerms { version userAgreement privacyPolicy summaryEn }\n  }\n": typeof types.LegalTermsDocument,
    "\n  query MyConsent {\n    me { id consent { version acceptedAt current } }\n  }\n": typeof types.MyConsentDocument,
    "\n  mutation AcceptTerms($version: String!) {\n    acceptTerms(version: $version) { version acceptedAt current }\n  }\n": typeof types.AcceptTermsDocument,
    "\n  query TermsVersion {\n    legalTerms { version }\n  }\n": typeof types.TermsVersionDocument,
    "\n  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {\n    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  mutation DeleteMyAccount {\n    deleteMyAccount\n  }\n": typeof types.DeleteMyAccountDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      displayName\n      phone\n      roles\n      isPartyMember\n      specialties\n      willingCategories\n      community { id name }\n      building { id name }\n      unit { id name kind }\n    }\n  }\n": types.MeDocument,
    "\n  query Zones {\n    zones {\n      id\n      name\n      street\n      communities { id name }\n      buildings { id name }\n    }\n  }\n": types.ZonesDocument,
    "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      unreadCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title body link read createdAt } }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  query UnreadCount {\n    myNotifications(first: 1) { unreadCount }\n  }\n": types.UnreadCountDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query ProjectEvaluation($id: ID!) {\n    project(id: $id) {\n      id\n      evaluation {\n        responseCount\n        satisfactionRate\n        satisfactionInterval { low high }\n        dimensions { dimension mean }\n        indexScore\n        frozen\n      }\n    }\n  }\n": types.ProjectEvaluationDocument,
    "\n  mutation ClaimWish($needId: ID!, $unitId: ID) {\n    claimWish(needId: $needId, unitId: $unitId) { id status }\n  }\n": types.ClaimWishDocument,
    "\n  mutation ConfirmWishFulfilled($needId: ID!) {\n    confirmWishFulfilled(needId: $needId) { id status }\n  }\n": types.ConfirmWishFulfilledDocument,
    "\n  query LegalTerms {\n    legalTerms { version userAgreement privacyPolicy summaryEn }\n  }\n": types.LegalTermsDocument,
    "\n  query MyConsent {\n    me { id consent { version acceptedAt current } }\n  }\n": types.MyConsentDocument,
    "\n  mutation AcceptTerms($version: String!) {\n    acceptTerms(version: $version) { version acceptedAt current }\n  }\n": types.AcceptTermsDocument,
    "\n  query TermsVersion {\n    legalTerms { version }\n  }\n": types.TermsVersionDocument,
    "\n  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {\n    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  mutation DeleteMyAccount {\n    deleteMyAccount\n  }\n": types.DeleteMyAccountDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      phone\n      roles\n      isPartyMember\n      specialties\n      willingCategories\n      community { id name }\n      building { id name }\n      unit { id name kind }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      phone\n      roles\n      isPartyMember\n      specialties\n      willingCategories\n      community { id name }\n      building { id name }\n      unit { id name kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Zones {\n    zones {\n      id\n      name\n      street\n      communities { id name }\n      buildings { id name }\n    }\n  }\n"): (typeof documents)["\n  query Zones {\n    zones {\n      id\n      name\n      street\n      communities { id name }\n      buildings { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      unreadCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title body link read createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int, $after: String) {\n    myNotifications(first: $first, after: $after) {\n      unreadCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title body link read createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    myNotifications(first: 1) { unreadCount }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    myNotifications(first: 1) { unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectEvaluation($id: ID!) {\n    project(id: $id) {\n      id\n      evaluation {\n        responseCount\n        satisfactionRate\n        satisfactionInterval { low high }\n        dimensions { dimension mean }\n        indexScore\n        frozen\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectEvaluation($id: ID!) {\n    project(id: $id) {\n      id\n      evaluation {\n        responseCount\n        satisfactionRate\n        satisfactionInterval { low high }\n        dimensions { dimension mean }\n        indexScore\n        frozen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimWish($needId: ID!, $unitId: ID) {\n    claimWish(needId: $needId, unitId: $unitId) { id status }\n  }\n"): (typeof documents)["\n  mutation ClaimWish($needId: ID!, $unitId: ID) {\n    claimWish(needId: $needId, unitId: $unitId) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmWishFulfilled($needId: ID!) {\n    confirmWishFulfilled(needId: $needId) { id status }\n  }\n"): (typeof documents)["\n  mutation ConfirmWishFulfilled($needId: ID!) {\n    confirmWishFulfilled(needId: $needId) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalTerms {\n    legalTerms { version userAgreement privacyPolicy summaryEn }\n  }\n"): (typeof documents)["\n  query LegalTerms {\n    legalTerms { version userAgreement privacyPolicy summaryEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsent {\n    me { id consent { version acceptedAt current } }\n  }\n"): (typeof documents)["\n  query MyConsent {\n    me { id consent { version acceptedAt current } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTerms($version: String!) {\n    acceptTerms(version: $version) { version acceptedAt current }\n  }\n"): (typeof documents)["\n  mutation AcceptTerms($version: String!) {\n    acceptTerms(version: $version) { version acceptedAt current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermsVersion {\n    legalTerms { version }\n  }\n"): (typeof documents)["\n  query TermsVersion {\n    legalTerms { version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {\n    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {\n    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount {\n    deleteMyAccount\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount {\n    deleteMyAccount\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;