import { graphql } from './gql';

/* ── 资源清单 and 志愿服务队 (matching) ─────────────────────────── */
export const PortalResourcesDoc = graphql(`
  query PortalResources($zoneId: ID!, $category: NeedCategory, $kind: ResourceKind, $search: String, $first: Int, $after: String) {
    resources(zoneId: $zoneId, category: $category, kind: $kind, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { id kind title description categories capacity cost unit { id name } } }
    }
  }
`);

export const PortalTeamsDoc = graphql(`
  query PortalTeams($zoneId: ID!) {
    volunteerTeams(zoneId: $zoneId) { id name memberCount joinedByMe unit { id name } buildings { id name } }
  }
`);

export const JoinTeamDoc = graphql(`
  mutation PortalJoinTeam($teamId: ID!) { joinVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }
`);
export const LeaveTeamDoc = graphql(`
  mutation PortalLeaveTeam($teamId: ID!) { leaveVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }
`);
