import { graphql } from '../gql';

/* ── running the council's year: drafts, dates, released claims, unit offers, following ── */
export const ProjectYearDoc = graphql(`
  query ConsoleProjectYear($id: ID!) {
    project(id: $id) {
      id
      title
      description
      category
      status
      budgetFen
      targetBeneficiaries
      claimLimit
      origin
      startsOn
      endsOn
      overdue
      followedByMe
      offerPledge
      offeredByUnit { id name }
      releasedClaims { id unit { id name } pledge releasedAt releaseReason }
      rounds { round for against abstain votes { choice voter { id displayName } } }
      timeline { round from to }
    }
  }
`);

export const UpdateProjectDoc = graphql(`
  mutation ConsoleUpdateProject($projectId: ID!, $input: ProjectUpdateInput!) {
    updateProject(projectId: $projectId, input: $input) { id status title budgetFen startsOn endsOn }
  }
`);

export const OfferProjectDoc = graphql(`
  mutation ConsoleOfferProject($input: UnitOfferInput!) {
    offerProject(input: $input) { id status title origin }
  }
`);

export const ReleaseClaimDoc = graphql(`
  mutation ConsoleReleaseClaim($projectId: ID!, $unitId: ID!, $reason: String!) {
    releaseClaim(projectId: $projectId, unitId: $unitId, reason: $reason) { id status claimCount }
  }
`);

export const FollowProjectDoc = graphql(`
  mutation ConsoleFollowProject($projectId: ID!) { followProject(projectId: $projectId) { id followedByMe } }
`);
export const UnfollowProjectDoc = graphql(`
  mutation ConsoleUnfollowProject($projectId: ID!) { unfollowProject(projectId: $projectId) { id followedByMe } }
`);

export const OverdueProjectsDoc = graphql(`
  query ConsoleOverdueProjects($zoneId: ID!) {
    projects(zoneId: $zoneId, overdue: true, first: 50) {
      totalCount
      edges { node { id title status endsOn claims { id unit { id name } } } }
    }
  }
`);

export const UnitProjectsDoc = graphql(`
  query ConsoleUnitProjects($zoneId: ID!) {
    projects(zoneId: $zoneId, first: 100) {
      edges { node { id title status origin endsOn overdue offeredByUnit { id } } }
    }
  }
`);

export const OfflineNeedsDoc = graphql(`
  query ConsoleOfflineNeeds($zoneId: ID!, $status: NeedStatus, $kind: NeedKind) {
    needs(zoneId: $zoneId, status: $status, kind: $kind, first: 50) {
      edges { node { id kind channel title status supportCount submitter { id displayName } } }
    }
  }
`);

export const SupportNeedForDoc = graphql(`
  mutation ConsoleSupportNeedFor($needId: ID!, $phone: String!, $name: String!) {
    supportNeedFor(needId: $needId, phone: $phone, name: $name) { id supportCount }
  }
`);
