import { graphql } from './gql';

export const RequestCodeDoc = graphql(`
  mutation RequestLoginCode($phone: String!) {
    requestLoginCode(phone: $phone)
  }
`);

export const LoginWithCodeDoc = graphql(`
  mutation LoginWithCode($phone: String!, $code: String!, $displayName: String) {
    loginWithCode(phone: $phone, code: $code, displayName: $displayName) {
      user { id displayName roles }
    }
  }
`);

export const UpdateProfileDoc = graphql(`
  mutation UpdateMyProfile(
    $displayName: String
    $communityId: ID
    $buildingId: ID
    $isPartyMember: Boolean
    $specialties: [String!]
    $willingCategories: [NeedCategory!]
  ) {
    updateMyProfile(
      displayName: $displayName
      communityId: $communityId
      buildingId: $buildingId
      isPartyMember: $isPartyMember
      specialties: $specialties
      willingCategories: $willingCategories
    ) {
      id
      displayName
      isPartyMember
      specialties
      willingCategories
      community { id name }
      building { id name }
    }
  }
`);

export const NeedCardFragment = graphql(`
  fragment PortalNeedCard on Need {
    id
    kind
    title
    content
    status
    category
    supportCount
    supportedByMe
    availableActions
    createdAt
  }
`);

export const UpdateMyNeedDoc = graphql(`
  mutation UpdateMyNeed($needId: ID!, $title: String, $content: String, $photoIds: [ID!]) {
    updateMyNeed(needId: $needId, title: $title, content: $content, photoIds: $photoIds) { id title content status photos { id url thumbUrl } }
  }
`);

export const WithdrawNeedDoc = graphql(`
  mutation WithdrawNeed($needId: ID!) {
    withdrawNeed(needId: $needId) { id status }
  }
`);

export const SearchNeedsDoc = graphql(`
  query PortalSearchNeeds($zoneId: ID!, $status: NeedStatus!, $search: String!, $first: Int, $after: String) {
    needs(zoneId: $zoneId, status: $status, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { ...PortalNeedCard } }
    }
  }
`);

export const NeedsMenuDoc = graphql(`
  query PortalNeedsMenu($zoneId: ID!) {
    needsMenu(zoneId: $zoneId) {
      sections {
        category
        count
        needs(first: 10) { ...PortalNeedCard }
      }
    }
  }
`);

export const SimilarNeedsDoc = graphql(`
  query SimilarNeeds($zoneId: ID!, $title: String!, $content: String) {
    similarNeeds(zoneId: $zoneId, title: $title, content: $content) { ...PortalNeedCard }
  }
`);

export const SubmitNeedDoc = graphql(`
  mutation SubmitNeed($input: SubmitNeedInput!) {
    submitNeed(input: $input) { id status title kind }
  }
`);

export const SupportNeedDoc = graphql(`
  mutation SupportNeed($needId: ID!) {
    supportNeed(needId: $needId) { id supportCount supportedByMe }
  }
`);

export const UnsupportNeedDoc = graphql(`
  mutation UnsupportNeed($needId: ID!) {
    unsupportNeed(needId: $needId) { id supportCount supportedByMe }
  }
`);

export const MyNeedsDoc = graphql(`
  query MyNeeds($search: String, $first: Int, $after: String) {
    myNeeds(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        cursor
        node {
          ...PortalNeedCard
          rejectReason
          mergedInto { id title }
          photos { id url thumbUrl }
          history { action from to note at actor { displayName } }
        }
      }
    }
  }
`);

export const NeedDoc = graphql(`
  query PortalNeed($id: ID!) {
    need(id: $id) {
      ...PortalNeedCard
      channel
      rejectReason
      mergedInto { id title }
      project { id title }
      submitter { id displayName }
      photos { id url thumbUrl }
      history { action from to note at actor { displayName } }
    }
  }
`);

export const ProjectsDoc = graphql(`
  query PortalProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $search: String, $first: Int, $after: String) {
    projects(zoneId: $zoneId, status: $status, category: $category, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        cursor
        node {
          id
          title
          category
          status
          claimLimit
          targetBeneficiaries
          volunteerCount
          claims { id unit { id name } }
          progress { unit { id } percent latest at }
        }
      }
    }
  }
`);

export const ProjectDoc = graphql(`
  query PortalProject($id: ID!) {
    project(id: $id) {
      id
      title
      description
      category
      status
      budgetFen
      targetBeneficiaries
      claimLimit
      volunteerCount
      fundsSpentFen
      beneficiaries
      availableActions
      sourceNeeds { id title kind status supportCount createdAt photos { id url thumbUrl } }
      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }
      progress {
        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt
        photos { id url thumbUrl }
        revisions { percent note replacedAt photos { id url thumbUrl } }
      }
      timeline { from to comment at actor { displayName } }
    }
  }
`);

export const JoinProjectDoc = graphql(`
  mutation JoinProject($projectId: ID!) {
    joinProject(projectId: $projectId) { id volunteerCount availableActions }
  }
`);

export const OpenSurveysDoc = graphql(`
  query OpenSurveys($zoneId: ID!) {
    openSurveys(zoneId: $zoneId) {
      id
      method
      open
      targetResponses
      responseCount
      questions { id }
      project { id title category }
    }
  }
`);

export const SurveyDoc = graphql(`
  query PortalSurvey($id: ID!) {
    survey(id: $id) {
      id
      open
      method
      project { id title category }
      questions { id text dimension }
    }
  }
`);

export const SubmitResponseDoc = graphql(`
  mutation SubmitSurveyResponse($surveyId: ID!, $answers: [AnswerInput!]!) {
    submitSurveyResponse(surveyId: $surveyId, answers: $answers)
  }
`);

export const CampaignsDoc = graphql(`
  query PortalCampaigns($zoneId: ID!) {
    campaigns(zoneId: $zoneId) {
      id
      title
      open
      nominees { votes rank project { id title category } }
    }
  }
`);

export const VoteInCampaignDoc = graphql(`
  mutation VoteInCampaign($campaignId: ID!, $projectId: ID!) {
    voteInCampaign(campaignId: $campaignId, projectId: $projectId) {
      id
      open
      nominees { votes rank project { id } }
    }
  }
`);

/* 我的 → 消息设置 */
export const NotificationPrefsDoc = graphql(`
  query NotificationPrefs {
    myNotificationPrefs { sms digest }
  }
`);

export const UpdateNotificationPrefsDoc = graphql(`
  mutation UpdateNotificationPrefs($sms: Boolean, $digest: DigestFrequency) {
    updateMyNotificationPrefs(sms: $sms, digest: $digest) { sms digest }
  }
`);
