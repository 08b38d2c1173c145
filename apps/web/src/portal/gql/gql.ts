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
    "\n  query PortalResources($zoneId: ID!, $category: NeedCategory, $kind: ResourceKind, $search: String, $first: Int, $after: String) {\n    resources(zoneId: $zoneId, category: $category, kind: $kind, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title description categories capacity cost unit { id name } } }\n    }\n  }\n": typeof types.PortalResourcesDocument,
    "\n  query PortalTeams($zoneId: ID!) {\n    volunteerTeams(zoneId: $zoneId) { id name memberCount joinedByMe unit { id name } buildings { id name } }\n  }\n": typeof types.PortalTeamsDocument,
    "\n  mutation PortalJoinTeam($teamId: ID!) { joinVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }\n": typeof types.PortalJoinTeamDocument,
    "\n  mutation PortalLeaveTeam($teamId: ID!) { leaveVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }\n": typeof types.PortalLeaveTeamDocument,
    "\n  mutation RequestLoginCode($phone: String!) {\n    requestLoginCode(phone: $phone)\n  }\n": typeof types.RequestLoginCodeDocument,
    "\n  mutation LoginWithCode($phone: String!, $code: String!, $displayName: String) {\n    loginWithCode(phone: $phone, code: $code, displayName: $displayName) {\n      user { id displayName roles }\n    }\n  }\n": typeof types.LoginWithCodeDocument,
    "\n  mutation UpdateMyProfile(\n    $displayName: String\n    $communityId: ID\n    $buildingId: ID\n    $isPartyMember: Boolean\n    $specialties: [String!]\n    $willingCategories: [NeedCategory!]\n  ) {\n    updateMyProfile(\n      displayName: $displayName\n      communityId: $communityId\n      buildingId: $buildingId\n      isPartyMember: $isPartyMember\n      specialties: $specialties\n      willingCategories: $willingCategories\n    ) {\n      id\n      displayName\n      isPartyMember\n      specialties\n      willingCategories\n      community { id name }\n      building { id name }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  fragment PortalNeedCard on Need {\n    id\n    kind\n    title\n    content\n    status\n    category\n    supportCount\n    supportedByMe\n    availableActions\n    createdAt\n  }\n": typeof types.PortalNeedCardFragmentDoc,
    "\n  mutation UpdateMyNeed($needId: ID!, $title: String, $content: String, $photoIds: [ID!]) {\n    updateMyNeed(needId: $needId, title: $title, content: $content, photoIds: $photoIds) { id title content status photos { id url thumbUrl } }\n  }\n": typeof types.UpdateMyNeedDocument,
    "\n  mutation WithdrawNeed($needId: ID!) {\n    withdrawNeed(needId: $needId) { id status }\n  }\n": typeof types.WithdrawNeedDocument,
    "\n  query PortalSearchNeeds($zoneId: ID!, $status: NeedStatus!, $search: String!, $first: Int, $after: String) {\n    needs(zoneId: $zoneId, status: $status, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...PortalNeedCard } }\n    }\n  }\n": typeof types.PortalSearchNeedsDocument,
    "\n  query PortalNeedsMenu($zoneId: ID!) {\n    needsMenu(zoneId: $zoneId) {\n      sections {\n        category\n        count\n        needs(first: 10) { ...PortalNeedCard }\n      }\n    }\n  }\n": typeof types.PortalNeedsMenuDocument,
    "\n  query SimilarNeeds($zoneId: ID!, $title: String!, $content: String) {\n    similarNeeds(zoneId: $zoneId, title: $title, content: $content) { ...PortalNeedCard }\n  }\n": typeof types.SimilarNeedsDocument,
    "\n  mutation SubmitNeed($input: SubmitNeedInput!) {\n    submitNeed(input: $input) { id status title kind }\n  }\n": typeof types.SubmitNeedDocument,
    "\n  mutation SupportNeed($needId: ID!) {\n    supportNeed(needId: $needId) { id supportCount supportedByMe }\n  }\n": typeof types.SupportNeedDocument,
    "\n  mutation UnsupportNeed($needId: ID!) {\n    unsupportNeed(needId: $needId) { id supportCount supportedByMe }\n  }\n": typeof types.UnsupportNeedDocument,
    "\n  query MyNeeds($search: String, $first: Int, $after: String) {\n    myNeeds(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          ...PortalNeedCard\n          rejectReason\n          mergedInto { id title }\n          photos { id url thumbUrl }\n          history { action from to note at actor { displayName } }\n        }\n      }\n    }\n  }\n": typeof types.MyNeedsDocument,
    "\n  query PortalNeed($id: ID!) {\n    need(id: $id) {\n      ...PortalNeedCard\n      channel\n      rejectReason\n      mergedInto { id title }\n      project { id title }\n      submitter { id displayName }\n      photos { id url thumbUrl }\n      history { action from to note at actor { displayName } }\n    }\n  }\n": typeof types.PortalNeedDocument,
    "\n  query PortalProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $search: String, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          status\n          claimLimit\n          targetBeneficiaries\n          volunteerCount\n          claims { id unit { id name } }\n          progress { unit { id } percent latest at }\n        }\n      }\n    }\n  }\n": typeof types.PortalProjectsDocument,
    "\n  query PortalProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      budgetFen\n      targetBeneficiaries\n      claimLimit\n      volunteerCount\n      fundsSpentFen\n      beneficiaries\n      availableActions\n      sourceNeeds { id title kind status supportCount createdAt photos { id url thumbUrl } }\n      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }\n      progress {\n        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt\n        photos { id url thumbUrl }\n        revisions { percent note replacedAt photos { id url thumbUrl } }\n      }\n      timeline { from to comment at actor { displayName } }\n    }\n  }\n": typeof types.PortalProjectDocument,
    "\n  mutation JoinProject($projectId: ID!) {\n    joinProject(projectId: $projectId) { id volunteerCount availableActions }\n  }\n": typeof types.JoinProjectDocument,
    "\n  query OpenSurveys($zoneId: ID!) {\n    openSurveys(zoneId: $zoneId) {\n      id\n      method\n      open\n      targetResponses\n      responseCount\n      questions { id }\n      project { id title category }\n    }\n  }\n": typeof types.OpenSurveysDocument,
    "\n  query PortalSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      open\n      method\n      project { id title category }\n      questions { id text dimension }\n    }\n  }\n": typeof types.PortalSurveyDocument,
    "\n  mutation SubmitSurveyResponse($surveyId: ID!, $answers: [AnswerInput!]!) {\n    submitSurveyResponse(surveyId: $surveyId, answers: $answers)\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  query PortalCampaigns($zoneId: ID!) {\n    campaigns(zoneId: $zoneId) {\n      id\n      title\n      open\n      nominees { votes rank project { id title category } }\n    }\n  }\n": typeof types.PortalCampaignsDocument,
    "\n  mutation VoteInCampaign($campaignId: ID!, $projectId: ID!) {\n    voteInCampaign(campaignId: $campaignId, projectId: $projectId) {\n      id\n      open\n      nominees { votes rank project { id } }\n    }\n  }\n": typeof types.VoteInCampaignDocument,
    "\n  query NotificationPrefs {\n    myNotificationPrefs { sms digest }\n  }\n": typeof types.NotificationPrefsDocument,
    "\n  mutation UpdateNotificationPrefs($sms: Boolean, $digest: DigestFrequency) {\n    updateMyNotificationPrefs(sms: $sms, digest: $digest) { sms digest }\n  }\n": typeof types.UpdateNotificationPrefsDocument,
    "\n  query PortalProjectFollow($id: ID!) { project(id: $id) { id followedByMe startsOn endsOn overdue } }\n": typeof types.PortalProjectFollowDocument,
    "\n  query PortalNeedFollow($id: ID!) { need(id: $id) { id followedByMe } }\n": typeof types.PortalNeedFollowDocument,
    "mutation PortalFollowProject($id: ID!) { followProject(projectId: $id) { id followedByMe } }": typeof types.PortalFollowProjectDocument,
    "mutation PortalUnfollowProject($id: ID!) { unfollowProject(projectId: $id) { id followedByMe } }": typeof types.PortalUnfollowProjectDocument,
    "mutation PortalFollowNeed($id: ID!) { followNeed(needId: $id) { id followedByMe } }": typeof types.PortalFollowNeedDocument,
    "mutation PortalUnfollowNeed($id: ID!) { unfollowNeed(needId: $id) { id followedByMe } }": typeof types.PortalUnfollowNeedDocument,
};
const documents: Documents = {
    "\n  query PortalResources($zoneId: ID!, $category: NeedCategory, $kind: ResourceKind, $search: String, $first: Int, $after: String) {\n    resources(zoneId: $zoneId, category: $category, kind: $kind, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title description categories capacity cost unit { id name } } }\n    }\n  }\n": types.PortalResourcesDocument,
    "\n  query PortalTeams($zoneId: ID!) {\n    volunteerTeams(zoneId: $zoneId) { id name memberCount joinedByMe unit { id name } buildings { id name } }\n  }\n": types.PortalTeamsDocument,
    "\n  mutation PortalJoinTeam($teamId: ID!) { joinVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }\n": types.PortalJoinTeamDocument,
    "\n  mutation PortalLeaveTeam($teamId: ID!) { leaveVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }\n": types.PortalLeaveTeamDocument,
    "\n  mutation RequestLoginCode($phone: String!) {\n    requestLoginCode(phone: $phone)\n  }\n": types.RequestLoginCodeDocument,
    "\n  mutation LoginWithCode($phone: String!, $code: String!, $displayName: String) {\n    loginWithCode(phone: $phone, code: $code, displayName: $displayName) {\n      user { id displayName roles }\n    }\n  }\n": types.LoginWithCodeDocument,
    "\n  mutation UpdateMyProfile(\n    $displayName: String\n    $communityId: ID\n    $buildingId: ID\n    $isPartyMember: Boolean\n    $specialties: [String!]\n    $willingCategories: [NeedCategory!]\n  ) {\n    updateMyProfile(\n      displayName: $displayName\n      communityId: $communityId\n      buildingId: $buildingId\n      isPartyMember: $isPartyMember\n      specialties: $specialties\n      willingCategories: $willingCategories\n    ) {\n      id\n      displayName\n      isPartyMember\n      specialties\n      willingCategories\n      community { id name }\n      building { id name }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  fragment PortalNeedCard on Need {\n    id\n    kind\n    title\n    content\n    status\n    category\n    supportCount\n    supportedByMe\n    availableActions\n    createdAt\n  }\n": types.PortalNeedCardFragmentDoc,
    "\n  mutation UpdateMyNeed($needId: ID!, $title: String, $content: String, $photoIds: [ID!]) {\n    updateMyNeed(needId: $needId, title: $title, content: $content, photoIds: $photoIds) { id title content status photos { id url thumbUrl } }\n  }\n": types.UpdateMyNeedDocument,
    "\n  mutation WithdrawNeed($needId: ID!) {\n    withdrawNeed(needId: $needId) { id status }\n  }\n": types.WithdrawNeedDocument,
    "\n  query PortalSearchNeeds($zoneId: ID!, $status: NeedStatus!, $search: String!, $first: Int, $after: String) {\n    needs(zoneId: $zoneId, status: $status, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...PortalNeedCard } }\n    }\n  }\n": types.PortalSearchNeedsDocument,
    "\n  query PortalNeedsMenu($zoneId: ID!) {\n    needsMenu(zoneId: $zoneId) {\n      sections {\n        category\n        count\n        needs(first: 10) { ...PortalNeedCard }\n      }\n    }\n  }\n": types.PortalNeedsMenuDocument,
    "\n  query SimilarNeeds($zoneId: ID!, $title: String!, $content: String) {\n    similarNeeds(zoneId: $zoneId, title: $title, content: $content) { ...PortalNeedCard }\n  }\n": types.SimilarNeedsDocument,
    "\n  mutation SubmitNeed($input: SubmitNeedInput!) {\n    submitNeed(input: $input) { id status title kind }\n  }\n": types.SubmitNeedDocument,
    "\n  mutation SupportNeed($needId: ID!) {\n    supportNeed(needId: $needId) { id supportCount supportedByMe }\n  }\n": types.SupportNeedDocument,
    "\n  mutation UnsupportNeed($needId: ID!) {\n    unsupportNeed(needId: $needId) { id supportCount supportedByMe }\n  }\n": types.UnsupportNeedDocument,
    "\n  query MyNeeds($search: String, $first: Int, $after: String) {\n    myNeeds(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          ...PortalNeedCard\n          rejectReason\n          mergedInto { id title }\n          photos { id url thumbUrl }\n          history { action from to note at actor { displayName } }\n        }\n      }\n    }\n  }\n": types.MyNeedsDocument,
    "\n  query PortalNeed($id: ID!) {\n    need(id: $id) {\n      ...PortalNeedCard\n      channel\n      rejectReason\n      mergedInto { id title }\n      project { id title }\n      submitter { id displayName }\n      photos { id url thumbUrl }\n      history { action from to note at actor { displayName } }\n    }\n  }\n": types.PortalNeedDocument,
    "\n  query PortalProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $search: String, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          status\n          claimLimit\n          targetBeneficiaries\n          volunteerCount\n          claims { id unit { id name } }\n          progress { unit { id } percent latest at }\n        }\n      }\n    }\n  }\n": types.PortalProjectsDocument,
    "\n  query PortalProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      budgetFen\n      targetBeneficiaries\n      claimLimit\n      volunteerCount\n      fundsSpentFen\n      beneficiaries\n      availableActions\n      sourceNeeds { id title kind status supportCount createdAt photos { id url thumbUrl } }\n      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }\n      progress {\n        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt\n        photos { id url thumbUrl }\n        revisions { percent note replacedAt photos { id url thumbUrl } }\n      }\n      timeline { from to comment at actor { displayName } }\n    }\n  }\n": types.PortalProjectDocument,
    "\n  mutation JoinProject($projectId: ID!) {\n    joinProject(projectId: $projectId) { id volunteerCount availableActions }\n  }\n": types.JoinProjectDocument,
    "\n  query OpenSurveys($zoneId: ID!) {\n    openSurveys(zoneId: $zoneId) {\n      id\n      method\n      open\n      targetResponses\n      responseCount\n      questions { id }\n      project { id title category }\n    }\n  }\n": types.OpenSurveysDocument,
    "\n  query PortalSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      open\n      method\n      project { id title category }\n      questions { id text dimension }\n    }\n  }\n": types.PortalSurveyDocument,
    "\n  mutation SubmitSurveyResponse($surveyId: ID!, $answers: [AnswerInput!]!) {\n    submitSurveyResponse(surveyId: $surveyId, answers: $answers)\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  query PortalCampaigns($zoneId: ID!) {\n    campaigns(zoneId: $zoneId) {\n      id\n      title\n      open\n      nominees { votes rank project { id title category } }\n    }\n  }\n": types.PortalCampaignsDocument,
    "\n  mutation VoteInCampaign($campaignId: ID!, $projectId: ID!) {\n    voteInCampaign(campaignId: $campaignId, projectId: $projectId) {\n      id\n      open\n      nominees { votes rank project { id } }\n    }\n  }\n": types.VoteInCampaignDocument,
    "\n  query NotificationPrefs {\n    myNotificationPrefs { sms digest }\n  }\n": types.NotificationPrefsDocument,
    "\n  mutation UpdateNotificationPrefs($sms: Boolean, $digest: DigestFrequency) {\n    updateMyNotificationPrefs(sms: $sms, digest: $digest) { sms digest }\n  }\n": types.UpdateNotificationPrefsDocument,
    "\n  query PortalProjectFollow($id: ID!) { project(id: $id) { id followedByMe startsOn endsOn overdue } }\n": types.PortalProjectFollowDocument,
    "\n  query PortalNeedFollow($id: ID!) { need(id: $id) { id followedByMe } }\n": types.PortalNeedFollowDocument,
    "mutation PortalFollowProject($id: ID!) { followProject(projectId: $id) { id followedByMe } }": types.PortalFollowProjectDocument,
    "mutation PortalUnfollowProject($id: ID!) { unfollowProject(projectId: $id) { id followedByMe } }": types.PortalUnfollowProjectDocument,
    "mutation PortalFollowNeed($id: ID!) { followNeed(needId: $id) { id followedByMe } }": types.PortalFollowNeedDocument,
    "mutation PortalUnfollowNeed($id: ID!) { unfollowNeed(needId: $id) { id followedByMe } }": types.PortalUnfollowNeedDocument,
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
export function graphql(source: "\n  query PortalResources($zoneId: ID!, $category: NeedCategory, $kind: ResourceKind, $search: String, $first: Int, $after: String) {\n    resources(zoneId: $zoneId, category: $category, kind: $kind, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title description categories capacity cost unit { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query PortalResources($zoneId: ID!, $category: NeedCategory, $kind: ResourceKind, $search: String, $first: Int, $after: String) {\n    resources(zoneId: $zoneId, category: $category, kind: $kind, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title description categories capacity cost unit { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTeams($zoneId: ID!) {\n    volunteerTeams(zoneId: $zoneId) { id name memberCount joinedByMe unit { id name } buildings { id name } }\n  }\n"): (typeof documents)["\n  query PortalTeams($zoneId: ID!) {\n    volunteerTeams(zoneId: $zoneId) { id name memberCount joinedByMe unit { id name } buildings { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalJoinTeam($teamId: ID!) { joinVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }\n"): (typeof documents)["\n  mutation PortalJoinTeam($teamId: ID!) { joinVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLeaveTeam($teamId: ID!) { leaveVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }\n"): (typeof documents)["\n  mutation PortalLeaveTeam($teamId: ID!) { leaveVolunteerTeam(teamId: $teamId) { id memberCount joinedByMe } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginCode($phone: String!) {\n    requestLoginCode(phone: $phone)\n  }\n"): (typeof documents)["\n  mutation RequestLoginCode($phone: String!) {\n    requestLoginCode(phone: $phone)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithCode($phone: String!, $code: String!, $displayName: String) {\n    loginWithCode(phone: $phone, code: $code, displayName: $displayName) {\n      user { id displayName roles }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginWithCode($phone: String!, $code: String!, $displayName: String) {\n    loginWithCode(phone: $phone, code: $code, displayName: $displayName) {\n      user { id displayName roles }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile(\n    $displayName: String\n    $communityId: ID\n    $buildingId: ID\n    $isPartyMember: Boolean\n    $specialties: [String!]\n    $willingCategories: [NeedCategory!]\n  ) {\n    updateMyProfile(\n      displayName: $displayName\n      communityId: $communityId\n      buildingId: $buildingId\n      isPartyMember: $isPartyMember\n      specialties: $specialties\n      willingCategories: $willingCategories\n    ) {\n      id\n      displayName\n      isPartyMember\n      specialties\n      willingCategories\n      community { id name }\n      building { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile(\n    $displayName: String\n    $communityId: ID\n    $buildingId: ID\n    $isPartyMember: Boolean\n    $specialties: [String!]\n    $willingCategories: [NeedCategory!]\n  ) {\n    updateMyProfile(\n      displayName: $displayName\n      communityId: $communityId\n      buildingId: $buildingId\n      isPartyMember: $isPartyMember\n      specialties: $specialties\n      willingCategories: $willingCategories\n    ) {\n      id\n      displayName\n      isPartyMember\n      specialties\n      willingCategories\n      community { id name }\n      building { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalNeedCard on Need {\n    id\n    kind\n    title\n    content\n    status\n    category\n    supportCount\n    supportedByMe\n    availableActions\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PortalNeedCard on Need {\n    id\n    kind\n    title\n    content\n    status\n    category\n    supportCount\n    supportedByMe\n    availableActions\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyNeed($needId: ID!, $title: String, $content: String, $photoIds: [ID!]) {\n    updateMyNeed(needId: $needId, title: $title, content: $content, photoIds: $photoIds) { id title content status photos { id url thumbUrl } }\n  }\n"): (typeof documents)["\n  mutation UpdateMyNeed($needId: ID!, $title: String, $content: String, $photoIds: [ID!]) {\n    updateMyNeed(needId: $needId, title: $title, content: $content, photoIds: $photoIds) { id title content status photos { id url thumbUrl } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNeed($needId: ID!) {\n    withdrawNeed(needId: $needId) { id status }\n  }\n"): (typeof documents)["\n  mutation WithdrawNeed($needId: ID!) {\n    withdrawNeed(needId: $needId) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSearchNeeds($zoneId: ID!, $status: NeedStatus!, $search: String!, $first: Int, $after: String) {\n    needs(zoneId: $zoneId, status: $status, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...PortalNeedCard } }\n    }\n  }\n"): (typeof documents)["\n  query PortalSearchNeeds($zoneId: ID!, $status: NeedStatus!, $search: String!, $first: Int, $after: String) {\n    needs(zoneId: $zoneId, status: $status, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...PortalNeedCard } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNeedsMenu($zoneId: ID!) {\n    needsMenu(zoneId: $zoneId) {\n      sections {\n        category\n        count\n        needs(first: 10) { ...PortalNeedCard }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalNeedsMenu($zoneId: ID!) {\n    needsMenu(zoneId: $zoneId) {\n      sections {\n        category\n        count\n        needs(first: 10) { ...PortalNeedCard }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarNeeds($zoneId: ID!, $title: String!, $content: String) {\n    similarNeeds(zoneId: $zoneId, title: $title, content: $content) { ...PortalNeedCard }\n  }\n"): (typeof documents)["\n  query SimilarNeeds($zoneId: ID!, $title: String!, $content: String) {\n    similarNeeds(zoneId: $zoneId, title: $title, content: $content) { ...PortalNeedCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitNeed($input: SubmitNeedInput!) {\n    submitNeed(input: $input) { id status title kind }\n  }\n"): (typeof documents)["\n  mutation SubmitNeed($input: SubmitNeedInput!) {\n    submitNeed(input: $input) { id status title kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportNeed($needId: ID!) {\n    supportNeed(needId: $needId) { id supportCount supportedByMe }\n  }\n"): (typeof documents)["\n  mutation SupportNeed($needId: ID!) {\n    supportNeed(needId: $needId) { id supportCount supportedByMe }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsupportNeed($needId: ID!) {\n    unsupportNeed(needId: $needId) { id supportCount supportedByMe }\n  }\n"): (typeof documents)["\n  mutation UnsupportNeed($needId: ID!) {\n    unsupportNeed(needId: $needId) { id supportCount supportedByMe }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNeeds($search: String, $first: Int, $after: String) {\n    myNeeds(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          ...PortalNeedCard\n          rejectReason\n          mergedInto { id title }\n          photos { id url thumbUrl }\n          history { action from to note at actor { displayName } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNeeds($search: String, $first: Int, $after: String) {\n    myNeeds(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          ...PortalNeedCard\n          rejectReason\n          mergedInto { id title }\n          photos { id url thumbUrl }\n          history { action from to note at actor { displayName } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNeed($id: ID!) {\n    need(id: $id) {\n      ...PortalNeedCard\n      channel\n      rejectReason\n      mergedInto { id title }\n      project { id title }\n      submitter { id displayName }\n      photos { id url thumbUrl }\n      history { action from to note at actor { displayName } }\n    }\n  }\n"): (typeof documents)["\n  query PortalNeed($id: ID!) {\n    need(id: $id) {\n      ...PortalNeedCard\n      channel\n      rejectReason\n      mergedInto { id title }\n      project { id title }\n      submitter { id displayName }\n      photos { id url thumbUrl }\n      history { action from to note at actor { displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $search: String, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          status\n          claimLimit\n          targetBeneficiaries\n          volunteerCount\n          claims { id unit { id name } }\n          progress { unit { id } percent latest at }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $search: String, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, category: $category, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          status\n          claimLimit\n          targetBeneficiaries\n          volunteerCount\n          claims { id unit { id name } }\n          progress { unit { id } percent latest at }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      budgetFen\n      targetBeneficiaries\n      claimLimit\n      volunteerCount\n      fundsSpentFen\n      beneficiaries\n      availableActions\n      sourceNeeds { id title kind status supportCount createdAt photos { id url thumbUrl } }\n      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }\n      progress {\n        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt\n        photos { id url thumbUrl }\n        revisions { percent note replacedAt photos { id url thumbUrl } }\n      }\n      timeline { from to comment at actor { displayName } }\n    }\n  }\n"): (typeof documents)["\n  query PortalProject($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      budgetFen\n      targetBeneficiaries\n      claimLimit\n      volunteerCount\n      fundsSpentFen\n      beneficiaries\n      availableActions\n      sourceNeeds { id title kind status supportCount createdAt photos { id url thumbUrl } }\n      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }\n      progress {\n        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt\n        photos { id url thumbUrl }\n        revisions { percent note replacedAt photos { id url thumbUrl } }\n      }\n      timeline { from to comment at actor { displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinProject($projectId: ID!) {\n    joinProject(projectId: $projectId) { id volunteerCount availableActions }\n  }\n"): (typeof documents)["\n  mutation JoinProject($projectId: ID!) {\n    joinProject(projectId: $projectId) { id volunteerCount availableActions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenSurveys($zoneId: ID!) {\n    openSurveys(zoneId: $zoneId) {\n      id\n      method\n      open\n      targetResponses\n      responseCount\n      questions { id }\n      project { id title category }\n    }\n  }\n"): (typeof documents)["\n  query OpenSurveys($zoneId: ID!) {\n    openSurveys(zoneId: $zoneId) {\n      id\n      method\n      open\n      targetResponses\n      responseCount\n      questions { id }\n      project { id title category }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      open\n      method\n      project { id title category }\n      questions { id text dimension }\n    }\n  }\n"): (typeof documents)["\n  query PortalSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      open\n      method\n      project { id title category }\n      questions { id text dimension }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($surveyId: ID!, $answers: [AnswerInput!]!) {\n    submitSurveyResponse(surveyId: $surveyId, answers: $answers)\n  }\n"): (typeof documents)["\n  mutation SubmitSurveyResponse($surveyId: ID!, $answers: [AnswerInput!]!) {\n    submitSurveyResponse(surveyId: $surveyId, answers: $answers)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCampaigns($zoneId: ID!) {\n    campaigns(zoneId: $zoneId) {\n      id\n      title\n      open\n      nominees { votes rank project { id title category } }\n    }\n  }\n"): (typeof documents)["\n  query PortalCampaigns($zoneId: ID!) {\n    campaigns(zoneId: $zoneId) {\n      id\n      title\n      open\n      nominees { votes rank project { id title category } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteInCampaign($campaignId: ID!, $projectId: ID!) {\n    voteInCampaign(campaignId: $campaignId, projectId: $projectId) {\n      id\n      open\n      nominees { votes rank project { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation VoteInCampaign($campaignId: ID!, $projectId: ID!) {\n    voteInCampaign(campaignId: $campaignId, projectId: $projectId) {\n      id\n      open\n      nominees { votes rank project { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPrefs {\n    myNotificationPrefs { sms digest }\n  }\n"): (typeof documents)["\n  query NotificationPrefs {\n    myNotificationPrefs { sms digest }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPrefs($sms: Boolean, $digest: DigestFrequency) {\n    updateMyNotificationPrefs(sms: $sms, digest: $digest) { sms digest }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPrefs($sms: Boolean, $digest: DigestFrequency) {\n    updateMyNotificationPrefs(sms: $sms, digest: $digest) { sms digest }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProjectFollow($id: ID!) { project(id: $id) { id followedByMe startsOn endsOn overdue } }\n"): (typeof documents)["\n  query PortalProjectFollow($id: ID!) { project(id: $id) { id followedByMe startsOn endsOn overdue } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNeedFollow($id: ID!) { need(id: $id) { id followedByMe } }\n"): (typeof documents)["\n  query PortalNeedFollow($id: ID!) { need(id: $id) { id followedByMe } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalFollowProject($id: ID!) { followProject(projectId: $id) { id followedByMe } }"): (typeof documents)["mutation PortalFollowProject($id: ID!) { followProject(projectId: $id) { id followedByMe } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalUnfollowProject($id: ID!) { unfollowProject(projectId: $id) { id followedByMe } }"): (typeof documents)["mutation PortalUnfollowProject($id: ID!) { unfollowProject(projectId: $id) { id followedByMe } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalFollowNeed($id: ID!) { followNeed(needId: $id) { id followedByMe } }"): (typeof documents)["mutation PortalFollowNeed($id: ID!) { followNeed(needId: $id) { id followedByMe } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PortalUnfollowNeed($id: ID!) { unfollowNeed(needId: $id) { id followedByMe } }"): (typeof documents)["mutation PortalUnfollowNeed($id: ID!) { unfollowNeed(needId: $id) { id followedByMe } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;