import { graphql } from '../gql';

/* ── matching: 为你推荐, resources, 两楼结对, suggestions, gaps ─────────── */
export const MatchReasonFragment = graphql(`
  fragment ConsoleMatchReason on MatchReason { code text weight }
`);

export const ConsoleResourceFragment = graphql(`
  fragment ConsoleResource on Resource { id kind title description categories capacity cost available createdAt }
`);

export const RecommendedDoc = graphql(`
  query ConsoleRecommended($unitId: ID!) {
    recommendedProjects(unitId: $unitId, first: 10) {
      score
      reasons { ...ConsoleMatchReason }
      project { id title category status budgetFen claimLimit claims { id unit { id } } }
    }
    recommendedWishes(unitId: $unitId, first: 10) {
      score
      reasons { ...ConsoleMatchReason }
      need { id title content category supportCount createdAt }
    }
  }
`);

export const UnitResourcesDoc = graphql(`
  query ConsoleUnitResources($zoneId: ID!) {
    units(zoneId: $zoneId) { id name resources { ...ConsoleResource } }
  }
`);

export const OfferResourceDoc = graphql(`
  mutation ConsoleOfferResource($input: ResourceInput!) { offerResource(input: $input) { ...ConsoleResource } }
`);
export const UpdateResourceDoc = graphql(`
  mutation ConsoleUpdateResource($resourceId: ID!, $input: ResourceInput!) { updateResource(resourceId: $resourceId, input: $input) { ...ConsoleResource } }
`);
export const WithdrawResourceDoc = graphql(`
  mutation ConsoleWithdrawResource($resourceId: ID!) { withdrawResource(resourceId: $resourceId) { ...ConsoleResource } }
`);

export const SuggestUnitsDoc = graphql(`
  query ConsoleSuggestUnits($projectId: ID!) {
    suggestUnits(projectId: $projectId, first: 8) {
      score
      invited
      availableActions
      unit { id name }
      reasons { ...ConsoleMatchReason }
      resources { id title }
    }
    suggestVolunteers(projectId: $projectId, first: 8) {
      score
      user { id displayName phone }
      reasons { ...ConsoleMatchReason }
    }
  }
`);

export const SuggestUnitsForNeedDoc = graphql(`
  query ConsoleSuggestUnitsForNeed($needId: ID!) {
    suggestUnitsForNeed(needId: $needId, first: 5) {
      score
      unit { id name }
      reasons { ...ConsoleMatchReason }
      resources { id title }
    }
  }
`);

export const InviteUnitDoc = graphql(`
  mutation ConsoleInviteUnit($projectId: ID!, $unitId: ID!) {
    inviteUnitToClaim(projectId: $projectId, unitId: $unitId) { id timeline { from to comment at actor { id displayName } } }
  }
`);

export const PairingsDoc = graphql(`
  query ConsolePairings($zoneId: ID!) {
    zone(id: $zoneId) { id communities { id name } buildings { id name } }
    units(zoneId: $zoneId) { id name building { id } }
    pairings(zoneId: $zoneId) { id note createdAt community { id name } building { id name } }
    volunteerTeams(zoneId: $zoneId) { id name memberCount unit { id name } buildings { id name } }
  }
`);

export const PairBuildingDoc = graphql(`
  mutation ConsolePairBuilding($communityId: ID!, $buildingId: ID!, $note: String) {
    pairBuilding(communityId: $communityId, buildingId: $buildingId, note: $note) { id }
  }
`);
export const UnpairDoc = graphql(`
  mutation ConsoleUnpair($pairingId: ID!) { unpair(pairingId: $pairingId) }
`);
export const CreateTeamDoc = graphql(`
  mutation ConsoleCreateTeam($zoneId: ID!, $name: String!, $unitId: ID, $buildingIds: [ID!]!) {
    createVolunteerTeam(zoneId: $zoneId, name: $name, unitId: $unitId, buildingIds: $buildingIds) { id }
  }
`);

export const MatchingGapsDoc = graphql(`
  query ConsoleMatchingGaps($zoneId: ID!) { matchingGaps(zoneId: $zoneId) { category openNeeds supports capableUnits } }
`);

export const MatchingWeightsDoc = graphql(`
  query ConsoleMatchingWeights { matchingWeights { table code weight rule ruleEn } }
`);
