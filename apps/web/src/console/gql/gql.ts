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
    "\n  query ConsoleClassifierReport($zoneId: ID!) {\n    classifierReport(zoneId: $zoneId) {\n      decisions\n      top1Rate\n      top2Rate\n      confusion { suggested decided count }\n    }\n  }\n": typeof types.ConsoleClassifierReportDocument,
    "\n  query ConsoleCouncil($zoneId: ID!) {\n    zone(id: $zoneId) {\n      id\n      name\n      committees {\n        id\n        name\n        categories\n        chairUnit { id name }\n        members { id name }\n        workload { category openNeeds openProjects }\n      }\n      presidency { startsOn endsOn unit { id name } }\n      presidencies { startsOn endsOn unit { id name } }\n    }\n    units(zoneId: $zoneId) { id name }\n  }\n": typeof types.ConsoleCouncilDocument,
    "\n  mutation CreateCommittee($zoneId: ID!, $name: String!, $categories: [NeedCategory!]!, $chairUnitId: ID, $memberUnitIds: [ID!]!) {\n    createCommittee(zoneId: $zoneId, name: $name, categories: $categories, chairUnitId: $chairUnitId, memberUnitIds: $memberUnitIds) { id }\n  }\n": typeof types.CreateCommitteeDocument,
    "\n  mutation SetPresidency($zoneId: ID!, $unitId: ID!, $startsOn: Date!, $endsOn: Date!) {\n    setPresidency(zoneId: $zoneId, unitId: $unitId, startsOn: $startsOn, endsOn: $endsOn) { startsOn endsOn unit { id name } }\n  }\n": typeof types.SetPresidencyDocument,
    "\n  query ConsoleMeetings($zoneId: ID!, $first: Int, $after: String) {\n    meetings(zoneId: $zoneId, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title at minutes projects { id title } } }\n    }\n  }\n": typeof types.ConsoleMeetingsDocument,
    "\n  mutation ScheduleMeeting($zoneId: ID!, $kind: MeetingKind!, $title: String!, $at: DateTime!, $agenda: String!, $projectIds: [ID!], $committeeId: ID) {\n    scheduleMeeting(zoneId: $zoneId, kind: $kind, title: $title, at: $at, agenda: $agenda, projectIds: $projectIds, committeeId: $committeeId) { id }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  query ConsoleMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      kind\n      title\n      at\n      agenda\n      minutes\n      minutesAt\n      zone { id name street }\n      committee { id name }\n      projects { id title status }\n      invitees { id name }\n      attendees { id name }\n    }\n  }\n": typeof types.ConsoleMeetingDocument,
    "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $attendeeUnitIds: [ID!]!) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes, attendeeUnitIds: $attendeeUnitIds) { id minutes minutesAt attendees { id name } }\n  }\n": typeof types.RecordMinutesDocument,
    "\n  query ConsoleScorecards($zoneId: ID!, $year: Int!) {\n    unitScorecards(zoneId: $zoneId, year: $year) {\n      unit { id name }\n      year\n      claims\n      completed\n      completedOnTime\n      released\n      satisfactionRate\n      fundsSpentFen\n      beneficiaries\n      volunteers\n      wishesLit\n      score\n      rank\n    }\n    scorecardWeights { key label labelEn weight how }\n  }\n": typeof types.ConsoleScorecardsDocument,
    "\n  query ConsoleProjectMeetings($id: ID!) {\n    project(id: $id) { id meetings { id kind title at minutes } }\n  }\n": typeof types.ConsoleProjectMeetingsDocument,
    "\n  fragment ConsoleMatchReason on MatchReason { code text weight }\n": typeof types.ConsoleMatchReasonFragmentDoc,
    "\n  fragment ConsoleResource on Resource { id kind title description categories capacity cost available createdAt }\n": typeof types.ConsoleResourceFragmentDoc,
    "\n  query ConsoleRecommended($unitId: ID!) {\n    recommendedProjects(unitId: $unitId, first: 10) {\n      score\n      reasons { ...ConsoleMatchReason }\n      project { id title category status budgetFen claimLimit claims { id unit { id } } }\n    }\n    recommendedWishes(unitId: $unitId, first: 10) {\n      score\n      reasons { ...ConsoleMatchReason }\n      need { id title content category supportCount createdAt }\n    }\n  }\n": typeof types.ConsoleRecommendedDocument,
    "\n  query ConsoleUnitResources($zoneId: ID!) {\n    units(zoneId: $zoneId) { id name resources { ...ConsoleResource } }\n  }\n": typeof types.ConsoleUnitResourcesDocument,
    "\n  mutation ConsoleOfferResource($input: ResourceInput!) { offerResource(input: $input) { ...ConsoleResource } }\n": typeof types.ConsoleOfferResourceDocument,
    "\n  mutation ConsoleUpdateResource($resourceId: ID!, $input: ResourceInput!) { updateResource(resourceId: $resourceId, input: $input) { ...ConsoleResource } }\n": typeof types.ConsoleUpdateResourceDocument,
    "\n  mutation ConsoleWithdrawResource($resourceId: ID!) { withdrawResource(resourceId: $resourceId) { ...ConsoleResource } }\n": typeof types.ConsoleWithdrawResourceDocument,
    "\n  query ConsoleSuggestUnits($projectId: ID!) {\n    suggestUnits(projectId: $projectId, first: 8) {\n      score\n      invited\n      availableActions\n      unit { id name }\n      reasons { ...ConsoleMatchReason }\n      resources { id title }\n    }\n    suggestVolunteers(projectId: $projectId, first: 8) {\n      score\n      user { id displayName phone }\n      reasons { ...ConsoleMatchReason }\n    }\n  }\n": typeof types.ConsoleSuggestUnitsDocument,
    "\n  query ConsoleSuggestUnitsForNeed($needId: ID!) {\n    suggestUnitsForNeed(needId: $needId, first: 5) {\n      score\n      unit { id name }\n      reasons { ...ConsoleMatchReason }\n      resources { id title }\n    }\n  }\n": typeof types.ConsoleSuggestUnitsForNeedDocument,
    "\n  mutation ConsoleInviteUnit($projectId: ID!, $unitId: ID!) {\n    inviteUnitToClaim(projectId: $projectId, unitId: $unitId) { id timeline { from to comment at actor { id displayName } } }\n  }\n": typeof types.ConsoleInviteUnitDocument,
    "\n  query ConsolePairings($zoneId: ID!) {\n    zone(id: $zoneId) { id communities { id name } buildings { id name } }\n    units(zoneId: $zoneId) { id name building { id } }\n    pairings(zoneId: $zoneId) { id note createdAt community { id name } building { id name } }\n    volunteerTeams(zoneId: $zoneId) { id name memberCount unit { id name } buildings { id name } }\n  }\n": typeof types.ConsolePairingsDocument,
    "\n  mutation ConsolePairBuilding($communityId: ID!, $buildingId: ID!, $note: String) {\n    pairBuilding(communityId: $communityId, buildingId: $buildingId, note: $note) { id }\n  }\n": typeof types.ConsolePairBuildingDocument,
    "\n  mutation ConsoleUnpair($pairingId: ID!) { unpair(pairingId: $pairingId) }\n": typeof types.ConsoleUnpairDocument,
    "\n  mutation ConsoleCreateTeam($zoneId: ID!, $name: String!, $unitId: ID, $buildingIds: [ID!]!) {\n    createVolunteerTeam(zoneId: $zoneId, name: $name, unitId: $unitId, buildingIds: $buildingIds) { id }\n  }\n": typeof types.ConsoleCreateTeamDocument,
    "\n  query ConsoleMatchingGaps($zoneId: ID!) { matchingGaps(zoneId: $zoneId) { category openNeeds supports capableUnits } }\n": typeof types.ConsoleMatchingGapsDocument,
    "\n  query ConsoleMatchingWeights { matchingWeights { table code weight rule ruleEn } }\n": typeof types.ConsoleMatchingWeightsDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user { id displayName roles }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  fragment ConsoleNeedRow on Need {\n    id\n    kind\n    channel\n    title\n    content\n    status\n    category\n    suggestedCategory\n    suggestedConfidence\n    suggestions { category confidence because }\n    supportCount\n    createdAt\n    submitter { id displayName phone }\n    availableActions\n  }\n": typeof types.ConsoleNeedRowFragmentDoc,
    "\n  query ConsoleNeeds(\n    $zoneId: ID!\n    $status: NeedStatus\n    $category: NeedCategory\n    $kind: NeedKind\n    $channel: NeedChannel\n    $search: String\n    $from: DateTime\n    $to: DateTime\n    $communityId: ID\n    $buildingId: ID\n    $suggestedCategory: NeedCategory\n    $orderBy: NeedOrder\n    $first: Int\n    $after: String\n  ) {\n    needs(\n      zoneId: $zoneId\n      status: $status\n      category: $category\n      kind: $kind\n      channel: $channel\n      search: $search\n      from: $from\n      to: $to\n      communityId: $communityId\n      buildingId: $buildingId\n      suggestedCategory: $suggestedCategory\n      orderBy: $orderBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleNeedRow } }\n    }\n  }\n": typeof types.ConsoleNeedsDocument,
    "\n  query ConsoleSimilarNeeds($zoneId: ID!, $title: String!, $content: String) {\n    similarNeeds(zoneId: $zoneId, title: $title, content: $content) {\n      id\n      kind\n      title\n      status\n      category\n      supportCount\n    }\n  }\n": typeof types.ConsoleSimilarNeedsDocument,
    "\n  query ConsoleNeed($id: ID!) {\n    need(id: $id) {\n      id kind title content status category channel supportCount createdAt availableActions\n      project { id title }\n      history { action from to note at actor { displayName } }\n    }\n  }\n": typeof types.ConsoleNeedDocument,
    "\n  mutation RecategorizeNeed($needId: ID!, $category: NeedCategory!) {\n    recategorizeNeed(needId: $needId, category: $category) { id category history { action from to note at actor { displayName } } }\n  }\n": typeof types.RecategorizeNeedDocument,
    "\n  mutation AcceptNeed($needId: ID!, $category: NeedCategory!) {\n    acceptNeed(needId: $needId, category: $category) { id status category }\n  }\n": typeof types.AcceptNeedDocument,
    "\n  mutation RejectNeed($needId: ID!, $reason: String!) {\n    rejectNeed(needId: $needId, reason: $reason) { id status rejectReason }\n  }\n": typeof types.RejectNeedDocument,
    "\n  mutation ConsoleAcceptNeeds($needIds: [ID!]!, $category: NeedCategory!) {\n    acceptNeeds(needIds: $needIds, category: $category) { id status category }\n  }\n": typeof types.ConsoleAcceptNeedsDocument,
    "\n  mutation ConsoleRejectNeeds($needIds: [ID!]!, $reason: String!) {\n    rejectNeeds(needIds: $needIds, reason: $reason) { id status rejectReason }\n  }\n": typeof types.ConsoleRejectNeedsDocument,
    "\n  mutation MergeNeed($needId: ID!, $intoNeedId: ID!) {\n    mergeNeed(needId: $needId, intoNeedId: $intoNeedId) { id status mergedInto { id title supportCount } }\n  }\n": typeof types.MergeNeedDocument,
    "\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) { id title status }\n  }\n": typeof types.RecordNeedDocument,
    "\n  query ConsoleNeedsMenu($zoneId: ID!) {\n    needsMenu(zoneId: $zoneId) {\n      sections {\n        category\n        count\n        needs(first: 50) { id kind title content status supportCount createdAt availableActions }\n      }\n    }\n  }\n": typeof types.ConsoleNeedsMenuDocument,
    "\n  fragment ConsoleProjectRow on Project {\n    id\n    title\n    category\n    status\n    budgetFen\n    targetBeneficiaries\n    claimLimit\n    volunteerCount\n    fundsSpentFen\n    beneficiaries\n    nextMoves\n    availableActions\n    votes { voter { id displayName } choice }\n    claims { id unit { id name } pledgedFundsFen pledgedVolunteers }\n    progress { id unit { id } percent fundsSpentFen beneficiaries latest at }\n  }\n": typeof types.ConsoleProjectRowFragmentDoc,
    "\n  query ConsoleInboxProjects($zoneId: ID!, $status: ProjectStatus, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          ...ConsoleProjectRow\n          description\n          resolutionRound\n          sourceNeeds { id kind title supportCount }\n          timeline { round from to comment at returned actor { id displayName } }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleInboxProjectsDocument,
    "\n  query ConsoleProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $unitId: ID, $search: String, $overdue: Boolean, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, category: $category, unitId: $unitId, search: $search, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleProjectRow } }\n    }\n  }\n": typeof types.ConsoleProjectsDocument,
    "\n  query ConsoleProject($id: ID!) {\n    project(id: $id) {\n      ...ConsoleProjectRow\n      description\n      zone { id name }\n      sourceNeeds { id kind title status supportCount createdAt photos { id url thumbUrl } }\n      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }\n      progress {\n        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt correctable\n        photos { id url thumbUrl }\n        revisions { percent note replacedAt photos { id url thumbUrl } }\n      }\n      timeline { round from to comment at actor { id displayName } }\n    }\n  }\n": typeof types.ConsoleProjectDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) { id status title }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation ProposeProject($projectId: ID!, $comment: String) {\n    proposeProject(projectId: $projectId, comment: $comment) { id status }\n  }\n": typeof types.ProposeProjectDocument,
    "\n  mutation CastVote($projectId: ID!, $choice: VoteChoice!) {\n    castVote(projectId: $projectId, choice: $choice) { id status votes { voter { id displayName } choice } }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseResolution($projectId: ID!) {\n    closeResolution(projectId: $projectId) { id status nextMoves }\n  }\n": typeof types.CloseResolutionDocument,
    "\n  mutation DecideProject($projectId: ID!, $decision: Decision!, $comment: String!) {\n    decideProject(projectId: $projectId, decision: $decision, comment: $comment) { id status }\n  }\n": typeof types.DecideProjectDocument,
    "\n  mutation PublishProject($projectId: ID!) {\n    publishProject(projectId: $projectId) { id status }\n  }\n": typeof types.PublishProjectDocument,
    "\n  mutation ClaimProject($projectId: ID!, $unitId: ID!, $pledge: String!, $pledgedFundsFen: Int, $pledgedVolunteers: Int) {\n    claimProject(projectId: $projectId, unitId: $unitId, pledge: $pledge, pledgedFundsFen: $pledgedFundsFen, pledgedVolunteers: $pledgedVolunteers) {\n      id\n      status\n    }\n  }\n": typeof types.ClaimProjectDocument,
    "\n  mutation StartProject($projectId: ID!) {\n    startProject(projectId: $projectId) { id status }\n  }\n": typeof types.StartProjectDocument,
    "\n  mutation ReportProgress($projectId: ID!, $unitId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {\n    reportProgress(projectId: $projectId, unitId: $unitId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {\n      id\n      status\n    }\n  }\n": typeof types.ReportProgressDocument,
    "\n  mutation CorrectProgress($reportId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {\n    correctProgress(reportId: $reportId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {\n      id\n      status\n    }\n  }\n": typeof types.CorrectProgressDocument,
    "\n  mutation CompleteProject($projectId: ID!) {\n    completeProject(projectId: $projectId) { id status }\n  }\n": typeof types.CompleteProjectDocument,
    "\n  mutation CancelProject($projectId: ID!, $comment: String!) {\n    cancelProject(projectId: $projectId, comment: $comment) { id status }\n  }\n": typeof types.CancelProjectDocument,
    "\n  query JobQueue {\n    jobQueue { counts failed { id name attempts error createdAt } }\n  }\n": typeof types.JobQueueDocument,
    "\n  query Units($zoneId: ID!) {\n    units(zoneId: $zoneId) { id name kind building { id name } }\n  }\n": typeof types.UnitsDocument,
    "\n  query ProjectSurveys($projectId: ID!) {\n    projectSurveys(projectId: $projectId) { id method open targetResponses responseCount }\n  }\n": typeof types.ProjectSurveysDocument,
    "\n  query ConsoleSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      method\n      open\n      targetResponses\n      responseCount\n      questions { id text dimension weight }\n      project {\n        id\n        title\n        category\n        status\n        zone { id }\n        evaluation {\n          responseCount\n          satisfactionRate\n          satisfactionInterval { low high }\n          dimensions { dimension mean }\n          indexScore\n          frozen\n          belowTarget\n        }\n      }\n    }\n  }\n": typeof types.ConsoleSurveyDocument,
    "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation RecordVisitResponse($surveyId: ID!, $respondentPhone: String!, $answers: [AnswerInput!]!) {\n    recordVisitResponse(surveyId: $surveyId, respondentPhone: $respondentPhone, answers: $answers)\n  }\n": typeof types.RecordVisitResponseDocument,
    "\n  mutation CloseSurvey($surveyId: ID!) {\n    closeSurvey(surveyId: $surveyId) { id open responseCount }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  query SatisfactionByCategory($zoneId: ID!) {\n    satisfactionByCategory(zoneId: $zoneId) { category projects responses satisfactionRate }\n  }\n": typeof types.SatisfactionByCategoryDocument,
    "\n  query ZoneStats($zoneId: ID!, $from: DateTime, $to: DateTime) {\n    zoneStats(zoneId: $zoneId, from: $from, to: $to) {\n      zone { id name }\n      needsByCategory { category count }\n      needsByChannel { channel count }\n      projectsByStatus { status count }\n      unitsTakingPart\n      partyMembersTakingPart\n      beneficiaries\n      fundsPledgedFen\n      fundsSpentFen\n      satisfactionByCategory { category projects responses satisfactionRate }\n    }\n  }\n": typeof types.ZoneStatsDocument,
    "\n  query ConsoleCampaigns($zoneId: ID!) {\n    campaigns(zoneId: $zoneId) {\n      id\n      title\n      open\n      nominees { votes rank project { id title category status } }\n    }\n  }\n": typeof types.ConsoleCampaignsDocument,
    "\n  mutation CreateCampaign($zoneId: ID!, $title: String!, $projectIds: [ID!]!) {\n    createCampaign(zoneId: $zoneId, title: $title, projectIds: $projectIds) { id }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation CloseCampaign($campaignId: ID!) {\n    closeCampaign(campaignId: $campaignId) { id open nominees { votes rank project { id } } }\n  }\n": typeof types.CloseCampaignDocument,
    "\n  mutation CreateZone($name: String!, $street: String!) {\n    createZone(name: $name, street: $street) { id name street }\n  }\n": typeof types.CreateZoneDocument,
    "\n  mutation CreateCommunity($zoneId: ID!, $name: String!) {\n    createCommunity(zoneId: $zoneId, name: $name) { id name }\n  }\n": typeof types.CreateCommunityDocument,
    "\n  mutation CreateBuilding($zoneId: ID!, $name: String!) {\n    createBuilding(zoneId: $zoneId, name: $name) { id name }\n  }\n": typeof types.CreateBuildingDocument,
    "\n  mutation CreateUnit($zoneId: ID!, $name: String!, $kind: UnitKind!, $buildingId: ID) {\n    createUnit(zoneId: $zoneId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation CreateStaffUser($username: String!, $password: String!, $displayName: String!, $roles: [Role!]!, $zoneIds: [ID!]!, $unitId: ID) {\n    createStaffUser(username: $username, password: $password, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) {\n      id\n      displayName\n      roles\n      unit { id name }\n    }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  fragment ConsoleUserRow on User {\n    id\n    displayName\n    username\n    phone\n    active\n    roles\n    zones { id name }\n    unit { id name }\n  }\n": typeof types.ConsoleUserRowFragmentDoc,
    "\n  query Users($zoneId: ID, $role: Role, $search: String, $active: Boolean, $first: Int, $after: String) {\n    users(zoneId: $zoneId, role: $role, search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleUserRow } }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation UpdateStaffUser($userId: ID!, $displayName: String, $roles: [Role!], $zoneIds: [ID!], $unitId: ID) {\n    updateStaffUser(userId: $userId, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) { ...ConsoleUserRow }\n  }\n": typeof types.UpdateStaffUserDocument,
    "\n  mutation DeactivateUser($userId: ID!, $reason: String!) {\n    deactivateUser(userId: $userId, reason: $reason) { ...ConsoleUserRow }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) { ...ConsoleUserRow }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetStaffPassword($userId: ID!, $newPassword: String!) {\n    resetStaffPassword(userId: $userId, newPassword: $newPassword)\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  query AuditLog($zoneId: ID, $actorId: ID, $action: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    auditLog(zoneId: $zoneId, actorId: $actorId, action: $action, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id action subjectType subjectId detail at zone { id name } actor { id displayName username } } }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation UpdateZone($zoneId: ID!, $name: String, $street: String) {\n    updateZone(zoneId: $zoneId, name: $name, street: $street) { id name street }\n  }\n": typeof types.UpdateZoneDocument,
    "\n  mutation UpdateUnit($unitId: ID!, $name: String, $kind: UnitKind, $buildingId: ID) {\n    updateUnit(unitId: $unitId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind building { id name } }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  query ConsoleProjectYear($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      budgetFen\n      targetBeneficiaries\n      claimLimit\n      origin\n      startsOn\n      endsOn\n      overdue\n      followedByMe\n      offerPledge\n      offeredByUnit { id name }\n      releasedClaims { id unit { id name } pledge releasedAt releaseReason }\n      rounds { round for against abstain votes { choice voter { id displayName } } }\n      timeline { round from to }\n    }\n  }\n": typeof types.ConsoleProjectYearDocument,
    "\n  mutation ConsoleUpdateProject($projectId: ID!, $input: ProjectUpdateInput!) {\n    updateProject(projectId: $projectId, input: $input) { id status title budgetFen startsOn endsOn }\n  }\n": typeof types.ConsoleUpdateProjectDocument,
    "\n  mutation ConsoleOfferProject($input: UnitOfferInput!) {\n    offerProject(input: $input) { id status title origin }\n  }\n": typeof types.ConsoleOfferProjectDocument,
    "\n  mutation ConsoleReleaseClaim($projectId: ID!, $unitId: ID!, $reason: String!) {\n    releaseClaim(projectId: $projectId, unitId: $unitId, reason: $reason) { id status claimCount }\n  }\n": typeof types.ConsoleReleaseClaimDocument,
    "\n  mutation ConsoleFollowProject($projectId: ID!) { followProject(projectId: $projectId) { id followedByMe } }\n": typeof types.ConsoleFollowProjectDocument,
    "\n  mutation ConsoleUnfollowProject($projectId: ID!) { unfollowProject(projectId: $projectId) { id followedByMe } }\n": typeof types.ConsoleUnfollowProjectDocument,
    "\n  query ConsoleOverdueProjects($zoneId: ID!) {\n    projects(zoneId: $zoneId, overdue: true, first: 50) {\n      totalCount\n      edges { node { id title status endsOn claims { id unit { id name } } } }\n    }\n  }\n": typeof types.ConsoleOverdueProjectsDocument,
    "\n  query ConsoleUnitProjects($zoneId: ID!) {\n    projects(zoneId: $zoneId, first: 100) {\n      edges { node { id title status origin endsOn overdue offeredByUnit { id } } }\n    }\n  }\n": typeof types.ConsoleUnitProjectsDocument,
    "\n  query ConsoleOfflineNeeds($zoneId: ID!, $status: NeedStatus, $kind: NeedKind) {\n    needs(zoneId: $zoneId, status: $status, kind: $kind, first: 50) {\n      edges { node { id kind channel title status supportCount submitter { id displayName } } }\n    }\n  }\n": typeof types.ConsoleOfflineNeedsDocument,
    "\n  mutation ConsoleSupportNeedFor($needId: ID!, $phone: String!, $name: String!) {\n    supportNeedFor(needId: $needId, phone: $phone, name: $name) { id supportCount }\n  }\n": typeof types.ConsoleSupportNeedForDocument,
};
const documents: Documents = {
    "\n  query ConsoleClassifierReport($zoneId: ID!) {\n    classifierReport(zoneId: $zoneId) {\n      decisions\n      top1Rate\n      top2Rate\n      confusion { suggested decided count }\n    }\n  }\n": types.ConsoleClassifierReportDocument,
    "\n  query ConsoleCouncil($zoneId: ID!) {\n    zone(id: $zoneId) {\n      id\n      name\n      committees {\n        id\n        name\n        categories\n        chairUnit { id name }\n        members { id name }\n        workload { category openNeeds openProjects }\n      }\n      presidency { startsOn endsOn unit { id name } }\n      presidencies { startsOn endsOn unit { id name } }\n    }\n    units(zoneId: $zoneId) { id name }\n  }\n": types.ConsoleCouncilDocument,
    "\n  mutation CreateCommittee($zoneId: ID!, $name: String!, $categories: [NeedCategory!]!, $chairUnitId: ID, $memberUnitIds: [ID!]!) {\n    createCommittee(zoneId: $zoneId, name: $name, categories: $categories, chairUnitId: $chairUnitId, memberUnitIds: $memberUnitIds) { id }\n  }\n": types.CreateCommitteeDocument,
    "\n  mutation SetPresidency($zoneId: ID!, $unitId: ID!, $startsOn: Date!, $endsOn: Date!) {\n    setPresidency(zoneId: $zoneId, unitId: $unitId, startsOn: $startsOn, endsOn: $endsOn) { startsOn endsOn unit { id name } }\n  }\n": types.SetPresidencyDocument,
    "\n  query ConsoleMeetings($zoneId: ID!, $first: Int, $after: String) {\n    meetings(zoneId: $zoneId, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title at minutes projects { id title } } }\n    }\n  }\n": types.ConsoleMeetingsDocument,
    "\n  mutation ScheduleMeeting($zoneId: ID!, $kind: MeetingKind!, $title: String!, $at: DateTime!, $agenda: String!, $projectIds: [ID!], $committeeId: ID) {\n    scheduleMeeting(zoneId: $zoneId, kind: $kind, title: $title, at: $at, agenda: $agenda, projectIds: $projectIds, committeeId: $committeeId) { id }\n  }\n": types.ScheduleMeetingDocument,
    "\n  query ConsoleMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      kind\n      title\n      at\n      agenda\n      minutes\n      minutesAt\n      zone { id name street }\n      committee { id name }\n      projects { id title status }\n      invitees { id name }\n      attendees { id name }\n    }\n  }\n": types.ConsoleMeetingDocument,
    "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $attendeeUnitIds: [ID!]!) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes, attendeeUnitIds: $attendeeUnitIds) { id minutes minutesAt attendees { id name } }\n  }\n": types.RecordMinutesDocument,
    "\n  query ConsoleScorecards($zoneId: ID!, $year: Int!) {\n    unitScorecards(zoneId: $zoneId, year: $year) {\n      unit { id name }\n      year\n      claims\n      completed\n      completedOnTime\n      released\n      satisfactionRate\n      fundsSpentFen\n      beneficiaries\n      volunteers\n      wishesLit\n      score\n      rank\n    }\n    scorecardWeights { key label labelEn weight how }\n  }\n": types.ConsoleScorecardsDocument,
    "\n  query ConsoleProjectMeetings($id: ID!) {\n    project(id: $id) { id meetings { id kind title at minutes } }\n  }\n": types.ConsoleProjectMeetingsDocument,
    "\n  fragment ConsoleMatchReason on MatchReason { code text weight }\n": types.ConsoleMatchReasonFragmentDoc,
    "\n  fragment ConsoleResource on Resource { id kind title description categories capacity cost available createdAt }\n": types.ConsoleResourceFragmentDoc,
    "\n  query ConsoleRecommended($unitId: ID!) {\n    recommendedProjects(unitId: $unitId, first: 10) {\n      score\n      reasons { ...ConsoleMatchReason }\n      project { id title category status budgetFen claimLimit claims { id unit { id } } }\n    }\n    recommendedWishes(unitId: $unitId, first: 10) {\n      score\n      reasons { ...ConsoleMatchReason }\n      need { id title content category supportCount createdAt }\n    }\n  }\n": types.ConsoleRecommendedDocument,
    "\n  query ConsoleUnitResources($zoneId: ID!) {\n    units(zoneId: $zoneId) { id name resources { ...ConsoleResource } }\n  }\n": types.ConsoleUnitResourcesDocument,
    "\n  mutation ConsoleOfferResource($input: ResourceInput!) { offerResource(input: $input) { ...ConsoleResource } }\n": types.ConsoleOfferResourceDocument,
    "\n  mutation ConsoleUpdateResource($resourceId: ID!, $input: ResourceInput!) { updateResource(resourceId: $resourceId, input: $input) { ...ConsoleResource } }\n": types.ConsoleUpdateResourceDocument,
    "\n  mutation ConsoleWithdrawResource($resourceId: ID!) { withdrawResource(resourceId: $resourceId) { ...ConsoleResource } }\n": types.ConsoleWithdrawResourceDocument,
    "\n  query ConsoleSuggestUnits($projectId: ID!) {\n    suggestUnits(projectId: $projectId, first: 8) {\n      score\n      invited\n      availableActions\n      unit { id name }\n      reasons { ...ConsoleMatchReason }\n      resources { id title }\n    }\n    suggestVolunteers(projectId: $projectId, first: 8) {\n      score\n      user { id displayName phone }\n      reasons { ...ConsoleMatchReason }\n    }\n  }\n": types.ConsoleSuggestUnitsDocument,
    "\n  query ConsoleSuggestUnitsForNeed($needId: ID!) {\n    suggestUnitsForNeed(needId: $needId, first: 5) {\n      score\n      unit { id name }\n      reasons { ...ConsoleMatchReason }\n      resources { id title }\n    }\n  }\n": types.ConsoleSuggestUnitsForNeedDocument,
    "\n  mutation ConsoleInviteUnit($projectId: ID!, $unitId: ID!) {\n    inviteUnitToClaim(projectId: $projectId, unitId: $unitId) { id timeline { from to comment at actor { id displayName } } }\n  }\n": types.ConsoleInviteUnitDocument,
    "\n  query ConsolePairings($zoneId: ID!) {\n    zone(id: $zoneId) { id communities { id name } buildings { id name } }\n    units(zoneId: $zoneId) { id name building { id } }\n    pairings(zoneId: $zoneId) { id note createdAt community { id name } building { id name } }\n    volunteerTeams(zoneId: $zoneId) { id name memberCount unit { id name } buildings { id name } }\n  }\n": types.ConsolePairingsDocument,
    "\n  mutation ConsolePairBuilding($communityId: ID!, $buildingId: ID!, $note: String) {\n    pairBuilding(communityId: $communityId, buildingId: $buildingId, note: $note) { id }\n  }\n": types.ConsolePairBuildingDocument,
    "\n  mutation ConsoleUnpair($pairingId: ID!) { unpair(pairingId: $pairingId) }\n": types.ConsoleUnpairDocument,
    "\n  mutation ConsoleCreateTeam($zoneId: ID!, $name: String!, $unitId: ID, $buildingIds: [ID!]!) {\n    createVolunteerTeam(zoneId: $zoneId, name: $name, unitId: $unitId, buildingIds: $buildingIds) { id }\n  }\n": types.ConsoleCreateTeamDocument,
    "\n  query ConsoleMatchingGaps($zoneId: ID!) { matchingGaps(zoneId: $zoneId) { category openNeeds supports capableUnits } }\n": types.ConsoleMatchingGapsDocument,
    "\n  query ConsoleMatchingWeights { matchingWeights { table code weight rule ruleEn } }\n": types.ConsoleMatchingWeightsDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user { id displayName roles }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  fragment ConsoleNeedRow on Need {\n    id\n    kind\n    channel\n    title\n    content\n    status\n    category\n    suggestedCategory\n    suggestedConfidence\n    suggestions { category confidence because }\n    supportCount\n    createdAt\n    submitter { id displayName phone }\n    availableActions\n  }\n": types.ConsoleNeedRowFragmentDoc,
    "\n  query ConsoleNeeds(\n    $zoneId: ID!\n    $status: NeedStatus\n    $category: NeedCategory\n    $kind: NeedKind\n    $channel: NeedChannel\n    $search: String\n    $from: DateTime\n    $to: DateTime\n    $communityId: ID\n    $buildingId: ID\n    $suggestedCategory: NeedCategory\n    $orderBy: NeedOrder\n    $first: Int\n    $after: String\n  ) {\n    needs(\n      zoneId: $zoneId\n      status: $status\n      category: $category\n      kind: $kind\n      channel: $channel\n      search: $search\n      from: $from\n      to: $to\n      communityId: $communityId\n      buildingId: $buildingId\n      suggestedCategory: $suggestedCategory\n      orderBy: $orderBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleNeedRow } }\n    }\n  }\n": types.ConsoleNeedsDocument,
    "\n  query ConsoleSimilarNeeds($zoneId: ID!, $title: String!, $content: String) {\n    similarNeeds(zoneId: $zoneId, title: $title, content: $content) {\n      id\n      kind\n      title\n      status\n      category\n      supportCount\n    }\n  }\n": types.ConsoleSimilarNeedsDocument,
    "\n  query ConsoleNeed($id: ID!) {\n    need(id: $id) {\n      id kind title content status category channel supportCount createdAt availableActions\n      project { id title }\n      history { action from to note at actor { displayName } }\n    }\n  }\n": types.ConsoleNeedDocument,
    "\n  mutation RecategorizeNeed($needId: ID!, $category: NeedCategory!) {\n    recategorizeNeed(needId: $needId, category: $category) { id category history { action from to note at actor { displayName } } }\n  }\n": types.RecategorizeNeedDocument,
    "\n  mutation AcceptNeed($needId: ID!, $category: NeedCategory!) {\n    acceptNeed(needId: $needId, category: $category) { id status category }\n  }\n": types.AcceptNeedDocument,
    "\n  mutation RejectNeed($needId: ID!, $reason: String!) {\n    rejectNeed(needId: $needId, reason: $reason) { id status rejectReason }\n  }\n": types.RejectNeedDocument,
    "\n  mutation ConsoleAcceptNeeds($needIds: [ID!]!, $category: NeedCategory!) {\n    acceptNeeds(needIds: $needIds, category: $category) { id status category }\n  }\n": types.ConsoleAcceptNeedsDocument,
    "\n  mutation ConsoleRejectNeeds($needIds: [ID!]!, $reason: String!) {\n    rejectNeeds(needIds: $needIds, reason: $reason) { id status rejectReason }\n  }\n": types.ConsoleRejectNeedsDocument,
    "\n  mutation MergeNeed($needId: ID!, $intoNeedId: ID!) {\n    mergeNeed(needId: $needId, intoNeedId: $intoNeedId) { id status mergedInto { id title supportCount } }\n  }\n": types.MergeNeedDocument,
    "\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) { id title status }\n  }\n": types.RecordNeedDocument,
    "\n  query ConsoleNeedsMenu($zoneId: ID!) {\n    needsMenu(zoneId: $zoneId) {\n      sections {\n        category\n        count\n        needs(first: 50) { id kind title content status supportCount createdAt availableActions }\n      }\n    }\n  }\n": types.ConsoleNeedsMenuDocument,
    "\n  fragment ConsoleProjectRow on Project {\n    id\n    title\n    category\n    status\n    budgetFen\n    targetBeneficiaries\n    claimLimit\n    volunteerCount\n    fundsSpentFen\n    beneficiaries\n    nextMoves\n    availableActions\n    votes { voter { id displayName } choice }\n    claims { id unit { id name } pledgedFundsFen pledgedVolunteers }\n    progress { id unit { id } percent fundsSpentFen beneficiaries latest at }\n  }\n": types.ConsoleProjectRowFragmentDoc,
    "\n  query ConsoleInboxProjects($zoneId: ID!, $status: ProjectStatus, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          ...ConsoleProjectRow\n          description\n          resolutionRound\n          sourceNeeds { id kind title supportCount }\n          timeline { round from to comment at returned actor { id displayName } }\n        }\n      }\n    }\n  }\n": types.ConsoleInboxProjectsDocument,
    "\n  query ConsoleProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $unitId: ID, $search: String, $overdue: Boolean, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, category: $category, unitId: $unitId, search: $search, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleProjectRow } }\n    }\n  }\n": types.ConsoleProjectsDocument,
    "\n  query ConsoleProject($id: ID!) {\n    project(id: $id) {\n      ...ConsoleProjectRow\n      description\n      zone { id name }\n      sourceNeeds { id kind title status supportCount createdAt photos { id url thumbUrl } }\n      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }\n      progress {\n        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt correctable\n        photos { id url thumbUrl }\n        revisions { percent note replacedAt photos { id url thumbUrl } }\n      }\n      timeline { round from to comment at actor { id displayName } }\n    }\n  }\n": types.ConsoleProjectDocument,
    "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) { id status title }\n  }\n": types.CreateProjectDocument,
    "\n  mutation ProposeProject($projectId: ID!, $comment: String) {\n    proposeProject(projectId: $projectId, comment: $comment) { id status }\n  }\n": types.ProposeProjectDocument,
    "\n  mutation CastVote($projectId: ID!, $choice: VoteChoice!) {\n    castVote(projectId: $projectId, choice: $choice) { id status votes { voter { id displayName } choice } }\n  }\n": types.CastVoteDocument,
    "\n  mutation CloseResolution($projectId: ID!) {\n    closeResolution(projectId: $projectId) { id status nextMoves }\n  }\n": types.CloseResolutionDocument,
    "\n  mutation DecideProject($projectId: ID!, $decision: Decision!, $comment: String!) {\n    decideProject(projectId: $projectId, decision: $decision, comment: $comment) { id status }\n  }\n": types.DecideProjectDocument,
    "\n  mutation PublishProject($projectId: ID!) {\n    publishProject(projectId: $projectId) { id status }\n  }\n": types.PublishProjectDocument,
    "\n  mutation ClaimProject($projectId: ID!, $unitId: ID!, $pledge: String!, $pledgedFundsFen: Int, $pledgedVolunteers: Int) {\n    claimProject(projectId: $projectId, unitId: $unitId, pledge: $pledge, pledgedFundsFen: $pledgedFundsFen, pledgedVolunteers: $pledgedVolunteers) {\n      id\n      status\n    }\n  }\n": types.ClaimProjectDocument,
    "\n  mutation StartProject($projectId: ID!) {\n    startProject(projectId: $projectId) { id status }\n  }\n": types.StartProjectDocument,
    "\n  mutation ReportProgress($projectId: ID!, $unitId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {\n    reportProgress(projectId: $projectId, unitId: $unitId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {\n      id\n      status\n    }\n  }\n": types.ReportProgressDocument,
    "\n  mutation CorrectProgress($reportId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {\n    correctProgress(reportId: $reportId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {\n      id\n      status\n    }\n  }\n": types.CorrectProgressDocument,
    "\n  mutation CompleteProject($projectId: ID!) {\n    completeProject(projectId: $projectId) { id status }\n  }\n": types.CompleteProjectDocument,
    "\n  mutation CancelProject($projectId: ID!, $comment: String!) {\n    cancelProject(projectId: $projectId, comment: $comment) { id status }\n  }\n": types.CancelProjectDocument,
    "\n  query JobQueue {\n    jobQueue { counts failed { id name attempts error createdAt } }\n  }\n": types.JobQueueDocument,
    "\n  query Units($zoneId: ID!) {\n    units(zoneId: $zoneId) { id name kind building { id name } }\n  }\n": types.UnitsDocument,
    "\n  query ProjectSurveys($projectId: ID!) {\n    projectSurveys(projectId: $projectId) { id method open targetResponses responseCount }\n  }\n": types.ProjectSurveysDocument,
    "\n  query ConsoleSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      method\n      open\n      targetResponses\n      responseCount\n      questions { id text dimension weight }\n      project {\n        id\n        title\n        category\n        status\n        zone { id }\n        evaluation {\n          responseCount\n          satisfactionRate\n          satisfactionInterval { low high }\n          dimensions { dimension mean }\n          indexScore\n          frozen\n          belowTarget\n        }\n      }\n    }\n  }\n": types.ConsoleSurveyDocument,
    "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation RecordVisitResponse($surveyId: ID!, $respondentPhone: String!, $answers: [AnswerInput!]!) {\n    recordVisitResponse(surveyId: $surveyId, respondentPhone: $respondentPhone, answers: $answers)\n  }\n": types.RecordVisitResponseDocument,
    "\n  mutation CloseSurvey($surveyId: ID!) {\n    closeSurvey(surveyId: $surveyId) { id open responseCount }\n  }\n": types.CloseSurveyDocument,
    "\n  query SatisfactionByCategory($zoneId: ID!) {\n    satisfactionByCategory(zoneId: $zoneId) { category projects responses satisfactionRate }\n  }\n": types.SatisfactionByCategoryDocument,
    "\n  query ZoneStats($zoneId: ID!, $from: DateTime, $to: DateTime) {\n    zoneStats(zoneId: $zoneId, from: $from, to: $to) {\n      zone { id name }\n      needsByCategory { category count }\n      needsByChannel { channel count }\n      projectsByStatus { status count }\n      unitsTakingPart\n      partyMembersTakingPart\n      beneficiaries\n      fundsPledgedFen\n      fundsSpentFen\n      satisfactionByCategory { category projects responses satisfactionRate }\n    }\n  }\n": types.ZoneStatsDocument,
    "\n  query ConsoleCampaigns($zoneId: ID!) {\n    campaigns(zoneId: $zoneId) {\n      id\n      title\n      open\n      nominees { votes rank project { id title category status } }\n    }\n  }\n": types.ConsoleCampaignsDocument,
    "\n  mutation CreateCampaign($zoneId: ID!, $title: String!, $projectIds: [ID!]!) {\n    createCampaign(zoneId: $zoneId, title: $title, projectIds: $projectIds) { id }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation CloseCampaign($campaignId: ID!) {\n    closeCampaign(campaignId: $campaignId) { id open nominees { votes rank project { id } } }\n  }\n": types.CloseCampaignDocument,
    "\n  mutation CreateZone($name: String!, $street: String!) {\n    createZone(name: $name, street: $street) { id name street }\n  }\n": types.CreateZoneDocument,
    "\n  mutation CreateCommunity($zoneId: ID!, $name: String!) {\n    createCommunity(zoneId: $zoneId, name: $name) { id name }\n  }\n": types.CreateCommunityDocument,
    "\n  mutation CreateBuilding($zoneId: ID!, $name: String!) {\n    createBuilding(zoneId: $zoneId, name: $name) { id name }\n  }\n": types.CreateBuildingDocument,
    "\n  mutation CreateUnit($zoneId: ID!, $name: String!, $kind: UnitKind!, $buildingId: ID) {\n    createUnit(zoneId: $zoneId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind }\n  }\n": types.CreateUnitDocument,
    "\n  mutation CreateStaffUser($username: String!, $password: String!, $displayName: String!, $roles: [Role!]!, $zoneIds: [ID!]!, $unitId: ID) {\n    createStaffUser(username: $username, password: $password, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) {\n      id\n      displayName\n      roles\n      unit { id name }\n    }\n  }\n": types.CreateStaffUserDocument,
    "\n  fragment ConsoleUserRow on User {\n    id\n    displayName\n    username\n    phone\n    active\n    roles\n    zones { id name }\n    unit { id name }\n  }\n": types.ConsoleUserRowFragmentDoc,
    "\n  query Users($zoneId: ID, $role: Role, $search: String, $active: Boolean, $first: Int, $after: String) {\n    users(zoneId: $zoneId, role: $role, search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleUserRow } }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation UpdateStaffUser($userId: ID!, $displayName: String, $roles: [Role!], $zoneIds: [ID!], $unitId: ID) {\n    updateStaffUser(userId: $userId, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) { ...ConsoleUserRow }\n  }\n": types.UpdateStaffUserDocument,
    "\n  mutation DeactivateUser($userId: ID!, $reason: String!) {\n    deactivateUser(userId: $userId, reason: $reason) { ...ConsoleUserRow }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) { ...ConsoleUserRow }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetStaffPassword($userId: ID!, $newPassword: String!) {\n    resetStaffPassword(userId: $userId, newPassword: $newPassword)\n  }\n": types.ResetStaffPasswordDocument,
    "\n  query AuditLog($zoneId: ID, $actorId: ID, $action: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    auditLog(zoneId: $zoneId, actorId: $actorId, action: $action, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id action subjectType subjectId detail at zone { id name } actor { id displayName username } } }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation UpdateZone($zoneId: ID!, $name: String, $street: String) {\n    updateZone(zoneId: $zoneId, name: $name, street: $street) { id name street }\n  }\n": types.UpdateZoneDocument,
    "\n  mutation UpdateUnit($unitId: ID!, $name: String, $kind: UnitKind, $buildingId: ID) {\n    updateUnit(unitId: $unitId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind building { id name } }\n  }\n": types.UpdateUnitDocument,
    "\n  query ConsoleProjectYear($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      budgetFen\n      targetBeneficiaries\n      claimLimit\n      origin\n      startsOn\n      endsOn\n      overdue\n      followedByMe\n      offerPledge\n      offeredByUnit { id name }\n      releasedClaims { id unit { id name } pledge releasedAt releaseReason }\n      rounds { round for against abstain votes { choice voter { id displayName } } }\n      timeline { round from to }\n    }\n  }\n": types.ConsoleProjectYearDocument,
    "\n  mutation ConsoleUpdateProject($projectId: ID!, $input: ProjectUpdateInput!) {\n    updateProject(projectId: $projectId, input: $input) { id status title budgetFen startsOn endsOn }\n  }\n": types.ConsoleUpdateProjectDocument,
    "\n  mutation ConsoleOfferProject($input: UnitOfferInput!) {\n    offerProject(input: $input) { id status title origin }\n  }\n": types.ConsoleOfferProjectDocument,
    "\n  mutation ConsoleReleaseClaim($projectId: ID!, $unitId: ID!, $reason: String!) {\n    releaseClaim(projectId: $projectId, unitId: $unitId, reason: $reason) { id status claimCount }\n  }\n": types.ConsoleReleaseClaimDocument,
    "\n  mutation ConsoleFollowProject($projectId: ID!) { followProject(projectId: $projectId) { id followedByMe } }\n": types.ConsoleFollowProjectDocument,
    "\n  mutation ConsoleUnfollowProject($projectId: ID!) { unfollowProject(projectId: $projectId) { id followedByMe } }\n": types.ConsoleUnfollowProjectDocument,
    "\n  query ConsoleOverdueProjects($zoneId: ID!) {\n    projects(zoneId: $zoneId, overdue: true, first: 50) {\n      totalCount\n      edges { node { id title status endsOn claims { id unit { id name } } } }\n    }\n  }\n": types.ConsoleOverdueProjectsDocument,
    "\n  query ConsoleUnitProjects($zoneId: ID!) {\n    projects(zoneId: $zoneId, first: 100) {\n      edges { node { id title status origin endsOn overdue offeredByUnit { id } } }\n    }\n  }\n": types.ConsoleUnitProjectsDocument,
    "\n  query ConsoleOfflineNeeds($zoneId: ID!, $status: NeedStatus, $kind: NeedKind) {\n    needs(zoneId: $zoneId, status: $status, kind: $kind, first: 50) {\n      edges { node { id kind channel title status supportCount submitter { id displayName } } }\n    }\n  }\n": types.ConsoleOfflineNeedsDocument,
    "\n  mutation ConsoleSupportNeedFor($needId: ID!, $phone: String!, $name: String!) {\n    supportNeedFor(needId: $needId, phone: $phone, name: $name) { id supportCount }\n  }\n": types.ConsoleSupportNeedForDocument,
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
export function graphql(source: "\n  query ConsoleClassifierReport($zoneId: ID!) {\n    classifierReport(zoneId: $zoneId) {\n      decisions\n      top1Rate\n      top2Rate\n      confusion { suggested decided count }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleClassifierReport($zoneId: ID!) {\n    classifierReport(zoneId: $zoneId) {\n      decisions\n      top1Rate\n      top2Rate\n      confusion { suggested decided count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCouncil($zoneId: ID!) {\n    zone(id: $zoneId) {\n      id\n      name\n      committees {\n        id\n        name\n        categories\n        chairUnit { id name }\n        members { id name }\n        workload { category openNeeds openProjects }\n      }\n      presidency { startsOn endsOn unit { id name } }\n      presidencies { startsOn endsOn unit { id name } }\n    }\n    units(zoneId: $zoneId) { id name }\n  }\n"): (typeof documents)["\n  query ConsoleCouncil($zoneId: ID!) {\n    zone(id: $zoneId) {\n      id\n      name\n      committees {\n        id\n        name\n        categories\n        chairUnit { id name }\n        members { id name }\n        workload { category openNeeds openProjects }\n      }\n      presidency { startsOn endsOn unit { id name } }\n      presidencies { startsOn endsOn unit { id name } }\n    }\n    units(zoneId: $zoneId) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommittee($zoneId: ID!, $name: String!, $categories: [NeedCategory!]!, $chairUnitId: ID, $memberUnitIds: [ID!]!) {\n    createCommittee(zoneId: $zoneId, name: $name, categories: $categories, chairUnitId: $chairUnitId, memberUnitIds: $memberUnitIds) { id }\n  }\n"): (typeof documents)["\n  mutation CreateCommittee($zoneId: ID!, $name: String!, $categories: [NeedCategory!]!, $chairUnitId: ID, $memberUnitIds: [ID!]!) {\n    createCommittee(zoneId: $zoneId, name: $name, categories: $categories, chairUnitId: $chairUnitId, memberUnitIds: $memberUnitIds) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPresidency($zoneId: ID!, $unitId: ID!, $startsOn: Date!, $endsOn: Date!) {\n    setPresidency(zoneId: $zoneId, unitId: $unitId, startsOn: $startsOn, endsOn: $endsOn) { startsOn endsOn unit { id name } }\n  }\n"): (typeof documents)["\n  mutation SetPresidency($zoneId: ID!, $unitId: ID!, $startsOn: Date!, $endsOn: Date!) {\n    setPresidency(zoneId: $zoneId, unitId: $unitId, startsOn: $startsOn, endsOn: $endsOn) { startsOn endsOn unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMeetings($zoneId: ID!, $first: Int, $after: String) {\n    meetings(zoneId: $zoneId, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title at minutes projects { id title } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMeetings($zoneId: ID!, $first: Int, $after: String) {\n    meetings(zoneId: $zoneId, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id kind title at minutes projects { id title } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($zoneId: ID!, $kind: MeetingKind!, $title: String!, $at: DateTime!, $agenda: String!, $projectIds: [ID!], $committeeId: ID) {\n    scheduleMeeting(zoneId: $zoneId, kind: $kind, title: $title, at: $at, agenda: $agenda, projectIds: $projectIds, committeeId: $committeeId) { id }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($zoneId: ID!, $kind: MeetingKind!, $title: String!, $at: DateTime!, $agenda: String!, $projectIds: [ID!], $committeeId: ID) {\n    scheduleMeeting(zoneId: $zoneId, kind: $kind, title: $title, at: $at, agenda: $agenda, projectIds: $projectIds, committeeId: $committeeId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      kind\n      title\n      at\n      agenda\n      minutes\n      minutesAt\n      zone { id name street }\n      committee { id name }\n      projects { id title status }\n      invitees { id name }\n      attendees { id name }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      kind\n      title\n      at\n      agenda\n      minutes\n      minutesAt\n      zone { id name street }\n      committee { id name }\n      projects { id title status }\n      invitees { id name }\n      attendees { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $attendeeUnitIds: [ID!]!) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes, attendeeUnitIds: $attendeeUnitIds) { id minutes minutesAt attendees { id name } }\n  }\n"): (typeof documents)["\n  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $attendeeUnitIds: [ID!]!) {\n    recordMinutes(meetingId: $meetingId, minutes: $minutes, attendeeUnitIds: $attendeeUnitIds) { id minutes minutesAt attendees { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleScorecards($zoneId: ID!, $year: Int!) {\n    unitScorecards(zoneId: $zoneId, year: $year) {\n      unit { id name }\n      year\n      claims\n      completed\n      completedOnTime\n      released\n      satisfactionRate\n      fundsSpentFen\n      beneficiaries\n      volunteers\n      wishesLit\n      score\n      rank\n    }\n    scorecardWeights { key label labelEn weight how }\n  }\n"): (typeof documents)["\n  query ConsoleScorecards($zoneId: ID!, $year: Int!) {\n    unitScorecards(zoneId: $zoneId, year: $year) {\n      unit { id name }\n      year\n      claims\n      completed\n      completedOnTime\n      released\n      satisfactionRate\n      fundsSpentFen\n      beneficiaries\n      volunteers\n      wishesLit\n      score\n      rank\n    }\n    scorecardWeights { key label labelEn weight how }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProjectMeetings($id: ID!) {\n    project(id: $id) { id meetings { id kind title at minutes } }\n  }\n"): (typeof documents)["\n  query ConsoleProjectMeetings($id: ID!) {\n    project(id: $id) { id meetings { id kind title at minutes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleMatchReason on MatchReason { code text weight }\n"): (typeof documents)["\n  fragment ConsoleMatchReason on MatchReason { code text weight }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleResource on Resource { id kind title description categories capacity cost available createdAt }\n"): (typeof documents)["\n  fragment ConsoleResource on Resource { id kind title description categories capacity cost available createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRecommended($unitId: ID!) {\n    recommendedProjects(unitId: $unitId, first: 10) {\n      score\n      reasons { ...ConsoleMatchReason }\n      project { id title category status budgetFen claimLimit claims { id unit { id } } }\n    }\n    recommendedWishes(unitId: $unitId, first: 10) {\n      score\n      reasons { ...ConsoleMatchReason }\n      need { id title content category supportCount createdAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleRecommended($unitId: ID!) {\n    recommendedProjects(unitId: $unitId, first: 10) {\n      score\n      reasons { ...ConsoleMatchReason }\n      project { id title category status budgetFen claimLimit claims { id unit { id } } }\n    }\n    recommendedWishes(unitId: $unitId, first: 10) {\n      score\n      reasons { ...ConsoleMatchReason }\n      need { id title content category supportCount createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnitResources($zoneId: ID!) {\n    units(zoneId: $zoneId) { id name resources { ...ConsoleResource } }\n  }\n"): (typeof documents)["\n  query ConsoleUnitResources($zoneId: ID!) {\n    units(zoneId: $zoneId) { id name resources { ...ConsoleResource } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOfferResource($input: ResourceInput!) { offerResource(input: $input) { ...ConsoleResource } }\n"): (typeof documents)["\n  mutation ConsoleOfferResource($input: ResourceInput!) { offerResource(input: $input) { ...ConsoleResource } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateResource($resourceId: ID!, $input: ResourceInput!) { updateResource(resourceId: $resourceId, input: $input) { ...ConsoleResource } }\n"): (typeof documents)["\n  mutation ConsoleUpdateResource($resourceId: ID!, $input: ResourceInput!) { updateResource(resourceId: $resourceId, input: $input) { ...ConsoleResource } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWithdrawResource($resourceId: ID!) { withdrawResource(resourceId: $resourceId) { ...ConsoleResource } }\n"): (typeof documents)["\n  mutation ConsoleWithdrawResource($resourceId: ID!) { withdrawResource(resourceId: $resourceId) { ...ConsoleResource } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSuggestUnits($projectId: ID!) {\n    suggestUnits(projectId: $projectId, first: 8) {\n      score\n      invited\n      availableActions\n      unit { id name }\n      reasons { ...ConsoleMatchReason }\n      resources { id title }\n    }\n    suggestVolunteers(projectId: $projectId, first: 8) {\n      score\n      user { id displayName phone }\n      reasons { ...ConsoleMatchReason }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSuggestUnits($projectId: ID!) {\n    suggestUnits(projectId: $projectId, first: 8) {\n      score\n      invited\n      availableActions\n      unit { id name }\n      reasons { ...ConsoleMatchReason }\n      resources { id title }\n    }\n    suggestVolunteers(projectId: $projectId, first: 8) {\n      score\n      user { id displayName phone }\n      reasons { ...ConsoleMatchReason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSuggestUnitsForNeed($needId: ID!) {\n    suggestUnitsForNeed(needId: $needId, first: 5) {\n      score\n      unit { id name }\n      reasons { ...ConsoleMatchReason }\n      resources { id title }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSuggestUnitsForNeed($needId: ID!) {\n    suggestUnitsForNeed(needId: $needId, first: 5) {\n      score\n      unit { id name }\n      reasons { ...ConsoleMatchReason }\n      resources { id title }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleInviteUnit($projectId: ID!, $unitId: ID!) {\n    inviteUnitToClaim(projectId: $projectId, unitId: $unitId) { id timeline { from to comment at actor { id displayName } } }\n  }\n"): (typeof documents)["\n  mutation ConsoleInviteUnit($projectId: ID!, $unitId: ID!) {\n    inviteUnitToClaim(projectId: $projectId, unitId: $unitId) { id timeline { from to comment at actor { id displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePairings($zoneId: ID!) {\n    zone(id: $zoneId) { id communities { id name } buildings { id name } }\n    units(zoneId: $zoneId) { id name building { id } }\n    pairings(zoneId: $zoneId) { id note createdAt community { id name } building { id name } }\n    volunteerTeams(zoneId: $zoneId) { id name memberCount unit { id name } buildings { id name } }\n  }\n"): (typeof documents)["\n  query ConsolePairings($zoneId: ID!) {\n    zone(id: $zoneId) { id communities { id name } buildings { id name } }\n    units(zoneId: $zoneId) { id name building { id } }\n    pairings(zoneId: $zoneId) { id note createdAt community { id name } building { id name } }\n    volunteerTeams(zoneId: $zoneId) { id name memberCount unit { id name } buildings { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsolePairBuilding($communityId: ID!, $buildingId: ID!, $note: String) {\n    pairBuilding(communityId: $communityId, buildingId: $buildingId, note: $note) { id }\n  }\n"): (typeof documents)["\n  mutation ConsolePairBuilding($communityId: ID!, $buildingId: ID!, $note: String) {\n    pairBuilding(communityId: $communityId, buildingId: $buildingId, note: $note) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUnpair($pairingId: ID!) { unpair(pairingId: $pairingId) }\n"): (typeof documents)["\n  mutation ConsoleUnpair($pairingId: ID!) { unpair(pairingId: $pairingId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateTeam($zoneId: ID!, $name: String!, $unitId: ID, $buildingIds: [ID!]!) {\n    createVolunteerTeam(zoneId: $zoneId, name: $name, unitId: $unitId, buildingIds: $buildingIds) { id }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateTeam($zoneId: ID!, $name: String!, $unitId: ID, $buildingIds: [ID!]!) {\n    createVolunteerTeam(zoneId: $zoneId, name: $name, unitId: $unitId, buildingIds: $buildingIds) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchingGaps($zoneId: ID!) { matchingGaps(zoneId: $zoneId) { category openNeeds supports capableUnits } }\n"): (typeof documents)["\n  query ConsoleMatchingGaps($zoneId: ID!) { matchingGaps(zoneId: $zoneId) { category openNeeds supports capableUnits } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchingWeights { matchingWeights { table code weight rule ruleEn } }\n"): (typeof documents)["\n  query ConsoleMatchingWeights { matchingWeights { table code weight rule ruleEn } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user { id displayName roles }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      user { id displayName roles }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleNeedRow on Need {\n    id\n    kind\n    channel\n    title\n    content\n    status\n    category\n    suggestedCategory\n    suggestedConfidence\n    suggestions { category confidence because }\n    supportCount\n    createdAt\n    submitter { id displayName phone }\n    availableActions\n  }\n"): (typeof documents)["\n  fragment ConsoleNeedRow on Need {\n    id\n    kind\n    channel\n    title\n    content\n    status\n    category\n    suggestedCategory\n    suggestedConfidence\n    suggestions { category confidence because }\n    supportCount\n    createdAt\n    submitter { id displayName phone }\n    availableActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNeeds(\n    $zoneId: ID!\n    $status: NeedStatus\n    $category: NeedCategory\n    $kind: NeedKind\n    $channel: NeedChannel\n    $search: String\n    $from: DateTime\n    $to: DateTime\n    $communityId: ID\n    $buildingId: ID\n    $suggestedCategory: NeedCategory\n    $orderBy: NeedOrder\n    $first: Int\n    $after: String\n  ) {\n    needs(\n      zoneId: $zoneId\n      status: $status\n      category: $category\n      kind: $kind\n      channel: $channel\n      search: $search\n      from: $from\n      to: $to\n      communityId: $communityId\n      buildingId: $buildingId\n      suggestedCategory: $suggestedCategory\n      orderBy: $orderBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleNeedRow } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleNeeds(\n    $zoneId: ID!\n    $status: NeedStatus\n    $category: NeedCategory\n    $kind: NeedKind\n    $channel: NeedChannel\n    $search: String\n    $from: DateTime\n    $to: DateTime\n    $communityId: ID\n    $buildingId: ID\n    $suggestedCategory: NeedCategory\n    $orderBy: NeedOrder\n    $first: Int\n    $after: String\n  ) {\n    needs(\n      zoneId: $zoneId\n      status: $status\n      category: $category\n      kind: $kind\n      channel: $channel\n      search: $search\n      from: $from\n      to: $to\n      communityId: $communityId\n      buildingId: $buildingId\n      suggestedCategory: $suggestedCategory\n      orderBy: $orderBy\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleNeedRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSimilarNeeds($zoneId: ID!, $title: String!, $content: String) {\n    similarNeeds(zoneId: $zoneId, title: $title, content: $content) {\n      id\n      kind\n      title\n      status\n      category\n      supportCount\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSimilarNeeds($zoneId: ID!, $title: String!, $content: String) {\n    similarNeeds(zoneId: $zoneId, title: $title, content: $content) {\n      id\n      kind\n      title\n      status\n      category\n      supportCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNeed($id: ID!) {\n    need(id: $id) {\n      id kind title content status category channel supportCount createdAt availableActions\n      project { id title }\n      history { action from to note at actor { displayName } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleNeed($id: ID!) {\n    need(id: $id) {\n      id kind title content status category channel supportCount createdAt availableActions\n      project { id title }\n      history { action from to note at actor { displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecategorizeNeed($needId: ID!, $category: NeedCategory!) {\n    recategorizeNeed(needId: $needId, category: $category) { id category history { action from to note at actor { displayName } } }\n  }\n"): (typeof documents)["\n  mutation RecategorizeNeed($needId: ID!, $category: NeedCategory!) {\n    recategorizeNeed(needId: $needId, category: $category) { id category history { action from to note at actor { displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptNeed($needId: ID!, $category: NeedCategory!) {\n    acceptNeed(needId: $needId, category: $category) { id status category }\n  }\n"): (typeof documents)["\n  mutation AcceptNeed($needId: ID!, $category: NeedCategory!) {\n    acceptNeed(needId: $needId, category: $category) { id status category }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectNeed($needId: ID!, $reason: String!) {\n    rejectNeed(needId: $needId, reason: $reason) { id status rejectReason }\n  }\n"): (typeof documents)["\n  mutation RejectNeed($needId: ID!, $reason: String!) {\n    rejectNeed(needId: $needId, reason: $reason) { id status rejectReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAcceptNeeds($needIds: [ID!]!, $category: NeedCategory!) {\n    acceptNeeds(needIds: $needIds, category: $category) { id status category }\n  }\n"): (typeof documents)["\n  mutation ConsoleAcceptNeeds($needIds: [ID!]!, $category: NeedCategory!) {\n    acceptNeeds(needIds: $needIds, category: $category) { id status category }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRejectNeeds($needIds: [ID!]!, $reason: String!) {\n    rejectNeeds(needIds: $needIds, reason: $reason) { id status rejectReason }\n  }\n"): (typeof documents)["\n  mutation ConsoleRejectNeeds($needIds: [ID!]!, $reason: String!) {\n    rejectNeeds(needIds: $needIds, reason: $reason) { id status rejectReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeNeed($needId: ID!, $intoNeedId: ID!) {\n    mergeNeed(needId: $needId, intoNeedId: $intoNeedId) { id status mergedInto { id title supportCount } }\n  }\n"): (typeof documents)["\n  mutation MergeNeed($needId: ID!, $intoNeedId: ID!) {\n    mergeNeed(needId: $needId, intoNeedId: $intoNeedId) { id status mergedInto { id title supportCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) { id title status }\n  }\n"): (typeof documents)["\n  mutation RecordNeed($input: RecordNeedInput!) {\n    recordNeed(input: $input) { id title status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleNeedsMenu($zoneId: ID!) {\n    needsMenu(zoneId: $zoneId) {\n      sections {\n        category\n        count\n        needs(first: 50) { id kind title content status supportCount createdAt availableActions }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleNeedsMenu($zoneId: ID!) {\n    needsMenu(zoneId: $zoneId) {\n      sections {\n        category\n        count\n        needs(first: 50) { id kind title content status supportCount createdAt availableActions }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleProjectRow on Project {\n    id\n    title\n    category\n    status\n    budgetFen\n    targetBeneficiaries\n    claimLimit\n    volunteerCount\n    fundsSpentFen\n    beneficiaries\n    nextMoves\n    availableActions\n    votes { voter { id displayName } choice }\n    claims { id unit { id name } pledgedFundsFen pledgedVolunteers }\n    progress { id unit { id } percent fundsSpentFen beneficiaries latest at }\n  }\n"): (typeof documents)["\n  fragment ConsoleProjectRow on Project {\n    id\n    title\n    category\n    status\n    budgetFen\n    targetBeneficiaries\n    claimLimit\n    volunteerCount\n    fundsSpentFen\n    beneficiaries\n    nextMoves\n    availableActions\n    votes { voter { id displayName } choice }\n    claims { id unit { id name } pledgedFundsFen pledgedVolunteers }\n    progress { id unit { id } percent fundsSpentFen beneficiaries latest at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleInboxProjects($zoneId: ID!, $status: ProjectStatus, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          ...ConsoleProjectRow\n          description\n          resolutionRound\n          sourceNeeds { id kind title supportCount }\n          timeline { round from to comment at returned actor { id displayName } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleInboxProjects($zoneId: ID!, $status: ProjectStatus, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        cursor\n        node {\n          ...ConsoleProjectRow\n          description\n          resolutionRound\n          sourceNeeds { id kind title supportCount }\n          timeline { round from to comment at returned actor { id displayName } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $unitId: ID, $search: String, $overdue: Boolean, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, category: $category, unitId: $unitId, search: $search, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleProjectRow } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $unitId: ID, $search: String, $overdue: Boolean, $first: Int, $after: String) {\n    projects(zoneId: $zoneId, status: $status, category: $category, unitId: $unitId, search: $search, overdue: $overdue, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleProjectRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProject($id: ID!) {\n    project(id: $id) {\n      ...ConsoleProjectRow\n      description\n      zone { id name }\n      sourceNeeds { id kind title status supportCount createdAt photos { id url thumbUrl } }\n      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }\n      progress {\n        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt correctable\n        photos { id url thumbUrl }\n        revisions { percent note replacedAt photos { id url thumbUrl } }\n      }\n      timeline { round from to comment at actor { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleProject($id: ID!) {\n    project(id: $id) {\n      ...ConsoleProjectRow\n      description\n      zone { id name }\n      sourceNeeds { id kind title status supportCount createdAt photos { id url thumbUrl } }\n      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }\n      progress {\n        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt correctable\n        photos { id url thumbUrl }\n        revisions { percent note replacedAt photos { id url thumbUrl } }\n      }\n      timeline { round from to comment at actor { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) { id status title }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: ProjectInput!) {\n    createProject(input: $input) { id status title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeProject($projectId: ID!, $comment: String) {\n    proposeProject(projectId: $projectId, comment: $comment) { id status }\n  }\n"): (typeof documents)["\n  mutation ProposeProject($projectId: ID!, $comment: String) {\n    proposeProject(projectId: $projectId, comment: $comment) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($projectId: ID!, $choice: VoteChoice!) {\n    castVote(projectId: $projectId, choice: $choice) { id status votes { voter { id displayName } choice } }\n  }\n"): (typeof documents)["\n  mutation CastVote($projectId: ID!, $choice: VoteChoice!) {\n    castVote(projectId: $projectId, choice: $choice) { id status votes { voter { id displayName } choice } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseResolution($projectId: ID!) {\n    closeResolution(projectId: $projectId) { id status nextMoves }\n  }\n"): (typeof documents)["\n  mutation CloseResolution($projectId: ID!) {\n    closeResolution(projectId: $projectId) { id status nextMoves }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProject($projectId: ID!, $decision: Decision!, $comment: String!) {\n    decideProject(projectId: $projectId, decision: $decision, comment: $comment) { id status }\n  }\n"): (typeof documents)["\n  mutation DecideProject($projectId: ID!, $decision: Decision!, $comment: String!) {\n    decideProject(projectId: $projectId, decision: $decision, comment: $comment) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishProject($projectId: ID!) {\n    publishProject(projectId: $projectId) { id status }\n  }\n"): (typeof documents)["\n  mutation PublishProject($projectId: ID!) {\n    publishProject(projectId: $projectId) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimProject($projectId: ID!, $unitId: ID!, $pledge: String!, $pledgedFundsFen: Int, $pledgedVolunteers: Int) {\n    claimProject(projectId: $projectId, unitId: $unitId, pledge: $pledge, pledgedFundsFen: $pledgedFundsFen, pledgedVolunteers: $pledgedVolunteers) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimProject($projectId: ID!, $unitId: ID!, $pledge: String!, $pledgedFundsFen: Int, $pledgedVolunteers: Int) {\n    claimProject(projectId: $projectId, unitId: $unitId, pledge: $pledge, pledgedFundsFen: $pledgedFundsFen, pledgedVolunteers: $pledgedVolunteers) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProject($projectId: ID!) {\n    startProject(projectId: $projectId) { id status }\n  }\n"): (typeof documents)["\n  mutation StartProject($projectId: ID!) {\n    startProject(projectId: $projectId) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($projectId: ID!, $unitId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {\n    reportProgress(projectId: $projectId, unitId: $unitId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportProgress($projectId: ID!, $unitId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {\n    reportProgress(projectId: $projectId, unitId: $unitId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectProgress($reportId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {\n    correctProgress(reportId: $reportId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectProgress($reportId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {\n    correctProgress(reportId: $reportId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteProject($projectId: ID!) {\n    completeProject(projectId: $projectId) { id status }\n  }\n"): (typeof documents)["\n  mutation CompleteProject($projectId: ID!) {\n    completeProject(projectId: $projectId) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelProject($projectId: ID!, $comment: String!) {\n    cancelProject(projectId: $projectId, comment: $comment) { id status }\n  }\n"): (typeof documents)["\n  mutation CancelProject($projectId: ID!, $comment: String!) {\n    cancelProject(projectId: $projectId, comment: $comment) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobQueue {\n    jobQueue { counts failed { id name attempts error createdAt } }\n  }\n"): (typeof documents)["\n  query JobQueue {\n    jobQueue { counts failed { id name attempts error createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($zoneId: ID!) {\n    units(zoneId: $zoneId) { id name kind building { id name } }\n  }\n"): (typeof documents)["\n  query Units($zoneId: ID!) {\n    units(zoneId: $zoneId) { id name kind building { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectSurveys($projectId: ID!) {\n    projectSurveys(projectId: $projectId) { id method open targetResponses responseCount }\n  }\n"): (typeof documents)["\n  query ProjectSurveys($projectId: ID!) {\n    projectSurveys(projectId: $projectId) { id method open targetResponses responseCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      method\n      open\n      targetResponses\n      responseCount\n      questions { id text dimension weight }\n      project {\n        id\n        title\n        category\n        status\n        zone { id }\n        evaluation {\n          responseCount\n          satisfactionRate\n          satisfactionInterval { low high }\n          dimensions { dimension mean }\n          indexScore\n          frozen\n          belowTarget\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSurvey($id: ID!) {\n    survey(id: $id) {\n      id\n      method\n      open\n      targetResponses\n      responseCount\n      questions { id text dimension weight }\n      project {\n        id\n        title\n        category\n        status\n        zone { id }\n        evaluation {\n          responseCount\n          satisfactionRate\n          satisfactionInterval { low high }\n          dimensions { dimension mean }\n          indexScore\n          frozen\n          belowTarget\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: SurveyInput!) {\n    createSurvey(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisitResponse($surveyId: ID!, $respondentPhone: String!, $answers: [AnswerInput!]!) {\n    recordVisitResponse(surveyId: $surveyId, respondentPhone: $respondentPhone, answers: $answers)\n  }\n"): (typeof documents)["\n  mutation RecordVisitResponse($surveyId: ID!, $respondentPhone: String!, $answers: [AnswerInput!]!) {\n    recordVisitResponse(surveyId: $surveyId, respondentPhone: $respondentPhone, answers: $answers)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($surveyId: ID!) {\n    closeSurvey(surveyId: $surveyId) { id open responseCount }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($surveyId: ID!) {\n    closeSurvey(surveyId: $surveyId) { id open responseCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionByCategory($zoneId: ID!) {\n    satisfactionByCategory(zoneId: $zoneId) { category projects responses satisfactionRate }\n  }\n"): (typeof documents)["\n  query SatisfactionByCategory($zoneId: ID!) {\n    satisfactionByCategory(zoneId: $zoneId) { category projects responses satisfactionRate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneStats($zoneId: ID!, $from: DateTime, $to: DateTime) {\n    zoneStats(zoneId: $zoneId, from: $from, to: $to) {\n      zone { id name }\n      needsByCategory { category count }\n      needsByChannel { channel count }\n      projectsByStatus { status count }\n      unitsTakingPart\n      partyMembersTakingPart\n      beneficiaries\n      fundsPledgedFen\n      fundsSpentFen\n      satisfactionByCategory { category projects responses satisfactionRate }\n    }\n  }\n"): (typeof documents)["\n  query ZoneStats($zoneId: ID!, $from: DateTime, $to: DateTime) {\n    zoneStats(zoneId: $zoneId, from: $from, to: $to) {\n      zone { id name }\n      needsByCategory { category count }\n      needsByChannel { channel count }\n      projectsByStatus { status count }\n      unitsTakingPart\n      partyMembersTakingPart\n      beneficiaries\n      fundsPledgedFen\n      fundsSpentFen\n      satisfactionByCategory { category projects responses satisfactionRate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCampaigns($zoneId: ID!) {\n    campaigns(zoneId: $zoneId) {\n      id\n      title\n      open\n      nominees { votes rank project { id title category status } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCampaigns($zoneId: ID!) {\n    campaigns(zoneId: $zoneId) {\n      id\n      title\n      open\n      nominees { votes rank project { id title category status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($zoneId: ID!, $title: String!, $projectIds: [ID!]!) {\n    createCampaign(zoneId: $zoneId, title: $title, projectIds: $projectIds) { id }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($zoneId: ID!, $title: String!, $projectIds: [ID!]!) {\n    createCampaign(zoneId: $zoneId, title: $title, projectIds: $projectIds) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCampaign($campaignId: ID!) {\n    closeCampaign(campaignId: $campaignId) { id open nominees { votes rank project { id } } }\n  }\n"): (typeof documents)["\n  mutation CloseCampaign($campaignId: ID!) {\n    closeCampaign(campaignId: $campaignId) { id open nominees { votes rank project { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateZone($name: String!, $street: String!) {\n    createZone(name: $name, street: $street) { id name street }\n  }\n"): (typeof documents)["\n  mutation CreateZone($name: String!, $street: String!) {\n    createZone(name: $name, street: $street) { id name street }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($zoneId: ID!, $name: String!) {\n    createCommunity(zoneId: $zoneId, name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation CreateCommunity($zoneId: ID!, $name: String!) {\n    createCommunity(zoneId: $zoneId, name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBuilding($zoneId: ID!, $name: String!) {\n    createBuilding(zoneId: $zoneId, name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation CreateBuilding($zoneId: ID!, $name: String!) {\n    createBuilding(zoneId: $zoneId, name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($zoneId: ID!, $name: String!, $kind: UnitKind!, $buildingId: ID) {\n    createUnit(zoneId: $zoneId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($zoneId: ID!, $name: String!, $kind: UnitKind!, $buildingId: ID) {\n    createUnit(zoneId: $zoneId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($username: String!, $password: String!, $displayName: String!, $roles: [Role!]!, $zoneIds: [ID!]!, $unitId: ID) {\n    createStaffUser(username: $username, password: $password, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) {\n      id\n      displayName\n      roles\n      unit { id name }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($username: String!, $password: String!, $displayName: String!, $roles: [Role!]!, $zoneIds: [ID!]!, $unitId: ID) {\n    createStaffUser(username: $username, password: $password, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) {\n      id\n      displayName\n      roles\n      unit { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleUserRow on User {\n    id\n    displayName\n    username\n    phone\n    active\n    roles\n    zones { id name }\n    unit { id name }\n  }\n"): (typeof documents)["\n  fragment ConsoleUserRow on User {\n    id\n    displayName\n    username\n    phone\n    active\n    roles\n    zones { id name }\n    unit { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($zoneId: ID, $role: Role, $search: String, $active: Boolean, $first: Int, $after: String) {\n    users(zoneId: $zoneId, role: $role, search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleUserRow } }\n    }\n  }\n"): (typeof documents)["\n  query Users($zoneId: ID, $role: Role, $search: String, $active: Boolean, $first: Int, $after: String) {\n    users(zoneId: $zoneId, role: $role, search: $search, active: $active, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { ...ConsoleUserRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffUser($userId: ID!, $displayName: String, $roles: [Role!], $zoneIds: [ID!], $unitId: ID) {\n    updateStaffUser(userId: $userId, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) { ...ConsoleUserRow }\n  }\n"): (typeof documents)["\n  mutation UpdateStaffUser($userId: ID!, $displayName: String, $roles: [Role!], $zoneIds: [ID!], $unitId: ID) {\n    updateStaffUser(userId: $userId, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) { ...ConsoleUserRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: ID!, $reason: String!) {\n    deactivateUser(userId: $userId, reason: $reason) { ...ConsoleUserRow }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: ID!, $reason: String!) {\n    deactivateUser(userId: $userId, reason: $reason) { ...ConsoleUserRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) { ...ConsoleUserRow }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: ID!) {\n    reactivateUser(userId: $userId) { ...ConsoleUserRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($userId: ID!, $newPassword: String!) {\n    resetStaffPassword(userId: $userId, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetStaffPassword($userId: ID!, $newPassword: String!) {\n    resetStaffPassword(userId: $userId, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($zoneId: ID, $actorId: ID, $action: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    auditLog(zoneId: $zoneId, actorId: $actorId, action: $action, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id action subjectType subjectId detail at zone { id name } actor { id displayName username } } }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($zoneId: ID, $actorId: ID, $action: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {\n    auditLog(zoneId: $zoneId, actorId: $actorId, action: $action, from: $from, to: $to, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { cursor node { id action subjectType subjectId detail at zone { id name } actor { id displayName username } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateZone($zoneId: ID!, $name: String, $street: String) {\n    updateZone(zoneId: $zoneId, name: $name, street: $street) { id name street }\n  }\n"): (typeof documents)["\n  mutation UpdateZone($zoneId: ID!, $name: String, $street: String) {\n    updateZone(zoneId: $zoneId, name: $name, street: $street) { id name street }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($unitId: ID!, $name: String, $kind: UnitKind, $buildingId: ID) {\n    updateUnit(unitId: $unitId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind building { id name } }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($unitId: ID!, $name: String, $kind: UnitKind, $buildingId: ID) {\n    updateUnit(unitId: $unitId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind building { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleProjectYear($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      budgetFen\n      targetBeneficiaries\n      claimLimit\n      origin\n      startsOn\n      endsOn\n      overdue\n      followedByMe\n      offerPledge\n      offeredByUnit { id name }\n      releasedClaims { id unit { id name } pledge releasedAt releaseReason }\n      rounds { round for against abstain votes { choice voter { id displayName } } }\n      timeline { round from to }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleProjectYear($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      budgetFen\n      targetBeneficiaries\n      claimLimit\n      origin\n      startsOn\n      endsOn\n      overdue\n      followedByMe\n      offerPledge\n      offeredByUnit { id name }\n      releasedClaims { id unit { id name } pledge releasedAt releaseReason }\n      rounds { round for against abstain votes { choice voter { id displayName } } }\n      timeline { round from to }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateProject($projectId: ID!, $input: ProjectUpdateInput!) {\n    updateProject(projectId: $projectId, input: $input) { id status title budgetFen startsOn endsOn }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateProject($projectId: ID!, $input: ProjectUpdateInput!) {\n    updateProject(projectId: $projectId, input: $input) { id status title budgetFen startsOn endsOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOfferProject($input: UnitOfferInput!) {\n    offerProject(input: $input) { id status title origin }\n  }\n"): (typeof documents)["\n  mutation ConsoleOfferProject($input: UnitOfferInput!) {\n    offerProject(input: $input) { id status title origin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReleaseClaim($projectId: ID!, $unitId: ID!, $reason: String!) {\n    releaseClaim(projectId: $projectId, unitId: $unitId, reason: $reason) { id status claimCount }\n  }\n"): (typeof documents)["\n  mutation ConsoleReleaseClaim($projectId: ID!, $unitId: ID!, $reason: String!) {\n    releaseClaim(projectId: $projectId, unitId: $unitId, reason: $reason) { id status claimCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFollowProject($projectId: ID!) { followProject(projectId: $projectId) { id followedByMe } }\n"): (typeof documents)["\n  mutation ConsoleFollowProject($projectId: ID!) { followProject(projectId: $projectId) { id followedByMe } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUnfollowProject($projectId: ID!) { unfollowProject(projectId: $projectId) { id followedByMe } }\n"): (typeof documents)["\n  mutation ConsoleUnfollowProject($projectId: ID!) { unfollowProject(projectId: $projectId) { id followedByMe } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOverdueProjects($zoneId: ID!) {\n    projects(zoneId: $zoneId, overdue: true, first: 50) {\n      totalCount\n      edges { node { id title status endsOn claims { id unit { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOverdueProjects($zoneId: ID!) {\n    projects(zoneId: $zoneId, overdue: true, first: 50) {\n      totalCount\n      edges { node { id title status endsOn claims { id unit { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUnitProjects($zoneId: ID!) {\n    projects(zoneId: $zoneId, first: 100) {\n      edges { node { id title status origin endsOn overdue offeredByUnit { id } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUnitProjects($zoneId: ID!) {\n    projects(zoneId: $zoneId, first: 100) {\n      edges { node { id title status origin endsOn overdue offeredByUnit { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOfflineNeeds($zoneId: ID!, $status: NeedStatus, $kind: NeedKind) {\n    needs(zoneId: $zoneId, status: $status, kind: $kind, first: 50) {\n      edges { node { id kind channel title status supportCount submitter { id displayName } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOfflineNeeds($zoneId: ID!, $status: NeedStatus, $kind: NeedKind) {\n    needs(zoneId: $zoneId, status: $status, kind: $kind, first: 50) {\n      edges { node { id kind channel title status supportCount submitter { id displayName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSupportNeedFor($needId: ID!, $phone: String!, $name: String!) {\n    supportNeedFor(needId: $needId, phone: $phone, name: $name) { id supportCount }\n  }\n"): (typeof documents)["\n  mutation ConsoleSupportNeedFor($needId: ID!, $phone: String!, $name: String!) {\n    supportNeedFor(needId: $needId, phone: $phone, name: $name) { id supportCount }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;