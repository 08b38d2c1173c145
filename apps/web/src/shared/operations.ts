import { graphql } from './gql';

export const MeDoc = graphql(`
  query Me {
    me {
      id
      displayName
      phone
      roles
      isPartyMember
      specialties
      willingCategories
      community { id name }
      building { id name }
      unit { id name kind }
    }
  }
`);

export const ZonesDoc = graphql(`
  query Zones {
    zones {
      id
      name
      street
      communities { id name }
      buildings { id name }
    }
  }
`);

export const NotificationsDoc = graphql(`
  query MyNotifications($first: Int, $after: String) {
    myNotifications(first: $first, after: $after) {
      unreadCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { id kind title body link read createdAt } }
    }
  }
`);

export const UnreadCountDoc = graphql(`
  query UnreadCount {
    myNotifications(first: 1) { unreadCount }
  }
`);

export const MarkReadDoc = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/* Documents that both the portal and the console send, word for word. */

/** Results are asked for only once a project is completed. */
export const ProjectEvaluationDoc = graphql(`
  query ProjectEvaluation($id: ID!) {
    project(id: $id) {
      id
      evaluation {
        responseCount
        satisfactionRate
        satisfactionInterval { low high }
        dimensions { dimension mean }
        indexScore
        frozen
      }
    }
  }
`);

/** A resident lights up a wish for themself (no unit); a unit admin passes their unit. */
export const ClaimWishDoc = graphql(`
  mutation ClaimWish($needId: ID!, $unitId: ID) {
    claimWish(needId: $needId, unitId: $unitId) { id status }
  }
`);

export const ConfirmWishDoc = graphql(`
  mutation ConfirmWishFulfilled($needId: ID!) {
    confirmWishFulfilled(needId: $needId) { id status }
  }
`);

/* 用户协议 and 隐私政策 */
export const LegalTermsDoc = graphql(`
  query LegalTerms {
    legalTerms { version userAgreement privacyPolicy summaryEn }
  }
`);

export const MyConsentDoc = graphql(`
  query MyConsent {
    me { id consent { version acceptedAt current } }
  }
`);

export const AcceptTermsDoc = graphql(`
  mutation AcceptTerms($version: String!) {
    acceptTerms(version: $version) { version acceptedAt current }
  }
`);

export const TermsVersionDoc = graphql(`
  query TermsVersion {
    legalTerms { version }
  }
`);

/* ── one's own account ─────────────────────────────────── */
export const ChangeMyPasswordDoc = graphql(`
  mutation ChangeMyPassword($oldPassword: String!, $newPassword: String!) {
    changeMyPassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);

export const SignOutEverywhereDoc = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const MyDataDoc = graphql(`
  query MyData {
    myData
  }
`);

export const DeleteMyAccountDoc = graphql(`
  mutation DeleteMyAccount {
    deleteMyAccount
  }
`);
