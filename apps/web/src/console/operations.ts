import { graphql } from './gql';

/* ── auth ─────────────────────────────────────────────── */
export const LoginDoc = graphql(`
  mutation ConsoleLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      user { id displayName roles }
    }
  }
`);

/* ── needs ────────────────────────────────────────────── */
export const NeedRowFragment = graphql(`
  fragment ConsoleNeedRow on Need {
    id
    kind
    channel
    title
    content
    status
    category
    suggestedCategory
    suggestedConfidence
    suggestions { category confidence because }
    supportCount
    createdAt
    submitter { id displayName phone }
    availableActions
  }
`);

export const NeedsDoc = graphql(`
  query ConsoleNeeds(
    $zoneId: ID!
    $status: NeedStatus
    $category: NeedCategory
    $kind: NeedKind
    $channel: NeedChannel
    $search: String
    $from: DateTime
    $to: DateTime
    $communityId: ID
    $buildingId: ID
    $suggestedCategory: NeedCategory
    $orderBy: NeedOrder
    $first: Int
    $after: String
  ) {
    needs(
      zoneId: $zoneId
      status: $status
      category: $category
      kind: $kind
      channel: $channel
      search: $search
      from: $from
      to: $to
      communityId: $communityId
      buildingId: $buildingId
      suggestedCategory: $suggestedCategory
      orderBy: $orderBy
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { ...ConsoleNeedRow } }
    }
  }
`);

export const SimilarNeedsDoc = graphql(`
  query ConsoleSimilarNeeds($zoneId: ID!, $title: String!, $content: String) {
    similarNeeds(zoneId: $zoneId, title: $title, content: $content) {
      id
      kind
      title
      status
      category
      supportCount
    }
  }
`);

/** One need for staff: the whole text, its history, its project, and what may be done now (recategorize). */
export const ConsoleNeedDoc = graphql(`
  query ConsoleNeed($id: ID!) {
    need(id: $id) {
      id kind title content status category channel supportCount createdAt availableActions
      project { id title }
      history { action from to note at actor { displayName } }
    }
  }
`);

export const RecategorizeNeedDoc = graphql(`
  mutation RecategorizeNeed($needId: ID!, $category: NeedCategory!) {
    recategorizeNeed(needId: $needId, category: $category) { id category history { action from to note at actor { displayName } } }
  }
`);

export const AcceptNeedDoc = graphql(`
  mutation AcceptNeed($needId: ID!, $category: NeedCategory!) {
    acceptNeed(needId: $needId, category: $category) { id status category }
  }
`);

export const RejectNeedDoc = graphql(`
  mutation RejectNeed($needId: ID!, $reason: String!) {
    rejectNeed(needId: $needId, reason: $reason) { id status rejectReason }
  }
`);

export const AcceptNeedsDoc = graphql(`
  mutation ConsoleAcceptNeeds($needIds: [ID!]!, $category: NeedCategory!) {
    acceptNeeds(needIds: $needIds, category: $category) { id status category }
  }
`);

export const RejectNeedsDoc = graphql(`
  mutation ConsoleRejectNeeds($needIds: [ID!]!, $reason: String!) {
    rejectNeeds(needIds: $needIds, reason: $reason) { id status rejectReason }
  }
`);

export const MergeNeedDoc = graphql(`
  mutation MergeNeed($needId: ID!, $intoNeedId: ID!) {
    mergeNeed(needId: $needId, intoNeedId: $intoNeedId) { id status mergedInto { id title supportCount } }
  }
`);

export const RecordNeedDoc = graphql(`
  mutation RecordNeed($input: RecordNeedInput!) {
    recordNeed(input: $input) { id title status }
  }
`);

export const NeedsMenuDoc = graphql(`
  query ConsoleNeedsMenu($zoneId: ID!) {
    needsMenu(zoneId: $zoneId) {
      sections {
        category
        count
        needs(first: 50) { id kind title content status supportCount createdAt availableActions }
      }
    }
  }
`);

/* ── projects ─────────────────────────────────────────── */
export const ProjectRowFragment = graphql(`
  fragment ConsoleProjectRow on Project {
    id
    title
    category
    status
    budgetFen
    targetBeneficiaries
    claimLimit
    volunteerCount
    fundsSpentFen
    beneficiaries
    nextMoves
    availableActions
    votes { voter { id displayName } choice }
    claims { id unit { id name } pledgedFundsFen pledgedVolunteers }
    progress { id unit { id } percent fundsSpentFen beneficiaries latest at }
  }
`);

/** An inbox card: the plan (description, source needs) and, for a project back for another round, what was said last time. */
export const InboxProjectsDoc = graphql(`
  query ConsoleInboxProjects($zoneId: ID!, $status: ProjectStatus, $first: Int, $after: String) {
    projects(zoneId: $zoneId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        cursor
        node {
          ...ConsoleProjectRow
          description
          resolutionRound
          sourceNeeds { id kind title supportCount }
          timeline { round from to comment at returned actor { id displayName } }
        }
      }
    }
  }
`);

export const ProjectsDoc = graphql(`
  query ConsoleProjects($zoneId: ID!, $status: ProjectStatus, $category: NeedCategory, $unitId: ID, $search: String, $overdue: Boolean, $first: Int, $after: String) {
    projects(zoneId: $zoneId, status: $status, category: $category, unitId: $unitId, search: $search, overdue: $overdue, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { ...ConsoleProjectRow } }
    }
  }
`);

export const ProjectDoc = graphql(`
  query ConsoleProject($id: ID!) {
    project(id: $id) {
      ...ConsoleProjectRow
      description
      zone { id name }
      sourceNeeds { id kind title status supportCount createdAt photos { id url thumbUrl } }
      claims { id unit { id name } pledge pledgedFundsFen pledgedVolunteers createdAt }
      progress {
        id unit { id name } note percent fundsSpentFen beneficiaries latest at correctedAt correctable
        photos { id url thumbUrl }
        revisions { percent note replacedAt photos { id url thumbUrl } }
      }
      timeline { round from to comment at actor { id displayName } }
    }
  }
`);

export const CreateProjectDoc = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) { id status title }
  }
`);

export const ProposeProjectDoc = graphql(`
  mutation ProposeProject($projectId: ID!, $comment: String) {
    proposeProject(projectId: $projectId, comment: $comment) { id status }
  }
`);

export const CastVoteDoc = graphql(`
  mutation CastVote($projectId: ID!, $choice: VoteChoice!) {
    castVote(projectId: $projectId, choice: $choice) { id status votes { voter { id displayName } choice } }
  }
`);

export const CloseResolutionDoc = graphql(`
  mutation CloseResolution($projectId: ID!) {
    closeResolution(projectId: $projectId) { id status nextMoves }
  }
`);

export const DecideProjectDoc = graphql(`
  mutation DecideProject($projectId: ID!, $decision: Decision!, $comment: String!) {
    decideProject(projectId: $projectId, decision: $decision, comment: $comment) { id status }
  }
`);

export const PublishProjectDoc = graphql(`
  mutation PublishProject($projectId: ID!) {
    publishProject(projectId: $projectId) { id status }
  }
`);

export const ClaimProjectDoc = graphql(`
  mutation ClaimProject($projectId: ID!, $unitId: ID!, $pledge: String!, $pledgedFundsFen: Int, $pledgedVolunteers: Int) {
    claimProject(projectId: $projectId, unitId: $unitId, pledge: $pledge, pledgedFundsFen: $pledgedFundsFen, pledgedVolunteers: $pledgedVolunteers) {
      id
      status
    }
  }
`);

export const StartProjectDoc = graphql(`
  mutation StartProject($projectId: ID!) {
    startProject(projectId: $projectId) { id status }
  }
`);

export const ReportProgressDoc = graphql(`
  mutation ReportProgress($projectId: ID!, $unitId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {
    reportProgress(projectId: $projectId, unitId: $unitId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {
      id
      status
    }
  }
`);

export const CorrectProgressDoc = graphql(`
  mutation CorrectProgress($reportId: ID!, $note: String!, $percent: Int!, $fundsSpentFen: Int!, $beneficiaries: Int!, $photoIds: [ID!]) {
    correctProgress(reportId: $reportId, note: $note, percent: $percent, fundsSpentFen: $fundsSpentFen, beneficiaries: $beneficiaries, photoIds: $photoIds) {
      id
      status
    }
  }
`);

export const CompleteProjectDoc = graphql(`
  mutation CompleteProject($projectId: ID!) {
    completeProject(projectId: $projectId) { id status }
  }
`);

export const CancelProjectDoc = graphql(`
  mutation CancelProject($projectId: ID!, $comment: String!) {
    cancelProject(projectId: $projectId, comment: $comment) { id status }
  }
`);

/** ADMIN: background jobs waiting, retrying and failed (outbox + Bull). */
export const JobQueueDoc = graphql(`
  query JobQueue {
    jobQueue { counts failed { id name attempts error createdAt } }
  }
`);

export const UnitsDoc = graphql(`
  query Units($zoneId: ID!) {
    units(zoneId: $zoneId) { id name kind building { id name } }
  }
`);

/* ── evaluation ───────────────────────────────────────── */
export const ProjectSurveysDoc = graphql(`
  query ProjectSurveys($projectId: ID!) {
    projectSurveys(projectId: $projectId) { id method open targetResponses responseCount }
  }
`);

export const SurveyDoc = graphql(`
  query ConsoleSurvey($id: ID!) {
    survey(id: $id) {
      id
      method
      open
      targetResponses
      responseCount
      questions { id text dimension weight }
      project {
        id
        title
        category
        status
        zone { id }
        evaluation {
          responseCount
          satisfactionRate
          satisfactionInterval { low high }
          dimensions { dimension mean }
          indexScore
          frozen
          belowTarget
        }
      }
    }
  }
`);

export const CreateSurveyDoc = graphql(`
  mutation CreateSurvey($input: SurveyInput!) {
    createSurvey(input: $input) { id }
  }
`);

export const RecordVisitDoc = graphql(`
  mutation RecordVisitResponse($surveyId: ID!, $respondentPhone: String!, $answers: [AnswerInput!]!) {
    recordVisitResponse(surveyId: $surveyId, respondentPhone: $respondentPhone, answers: $answers)
  }
`);

export const CloseSurveyDoc = graphql(`
  mutation CloseSurvey($surveyId: ID!) {
    closeSurvey(surveyId: $surveyId) { id open responseCount }
  }
`);

export const SatisfactionByCategoryDoc = graphql(`
  query SatisfactionByCategory($zoneId: ID!) {
    satisfactionByCategory(zoneId: $zoneId) { category projects responses satisfactionRate }
  }
`);

/* ── dashboard ────────────────────────────────────────── */
export const ZoneStatsDoc = graphql(`
  query ZoneStats($zoneId: ID!, $from: DateTime, $to: DateTime) {
    zoneStats(zoneId: $zoneId, from: $from, to: $to) {
      zone { id name }
      needsByCategory { category count }
      needsByChannel { channel count }
      projectsByStatus { status count }
      unitsTakingPart
      partyMembersTakingPart
      beneficiaries
      fundsPledgedFen
      fundsSpentFen
      satisfactionByCategory { category projects responses satisfactionRate }
    }
  }
`);

/* ── selection ────────────────────────────────────────── */
export const CampaignsDoc = graphql(`
  query ConsoleCampaigns($zoneId: ID!) {
    campaigns(zoneId: $zoneId) {
      id
      title
      open
      nominees { votes rank project { id title category status } }
    }
  }
`);

export const CreateCampaignDoc = graphql(`
  mutation CreateCampaign($zoneId: ID!, $title: String!, $projectIds: [ID!]!) {
    createCampaign(zoneId: $zoneId, title: $title, projectIds: $projectIds) { id }
  }
`);

export const CloseCampaignDoc = graphql(`
  mutation CloseCampaign($campaignId: ID!) {
    closeCampaign(campaignId: $campaignId) { id open nominees { votes rank project { id } } }
  }
`);

/* ── admin ────────────────────────────────────────────── */
export const CreateZoneDoc = graphql(`
  mutation CreateZone($name: String!, $street: String!) {
    createZone(name: $name, street: $street) { id name street }
  }
`);

export const CreateCommunityDoc = graphql(`
  mutation CreateCommunity($zoneId: ID!, $name: String!) {
    createCommunity(zoneId: $zoneId, name: $name) { id name }
  }
`);

export const CreateBuildingDoc = graphql(`
  mutation CreateBuilding($zoneId: ID!, $name: String!) {
    createBuilding(zoneId: $zoneId, name: $name) { id name }
  }
`);

export const CreateUnitDoc = graphql(`
  mutation CreateUnit($zoneId: ID!, $name: String!, $kind: UnitKind!, $buildingId: ID) {
    createUnit(zoneId: $zoneId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind }
  }
`);

export const CreateStaffUserDoc = graphql(`
  mutation CreateStaffUser($username: String!, $password: String!, $displayName: String!, $roles: [Role!]!, $zoneIds: [ID!]!, $unitId: ID) {
    createStaffUser(username: $username, password: $password, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) {
      id
      displayName
      roles
      unit { id name }
    }
  }
`);

/* ── accounts and audit ───────────────────────────────── */
export const UserRowFragment = graphql(`
  fragment ConsoleUserRow on User {
    id
    displayName
    username
    phone
    active
    roles
    zones { id name }
    unit { id name }
  }
`);

export const UsersDoc = graphql(`
  query Users($zoneId: ID, $role: Role, $search: String, $active: Boolean, $first: Int, $after: String) {
    users(zoneId: $zoneId, role: $role, search: $search, active: $active, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { ...ConsoleUserRow } }
    }
  }
`);

export const UpdateStaffUserDoc = graphql(`
  mutation UpdateStaffUser($userId: ID!, $displayName: String, $roles: [Role!], $zoneIds: [ID!], $unitId: ID) {
    updateStaffUser(userId: $userId, displayName: $displayName, roles: $roles, zoneIds: $zoneIds, unitId: $unitId) { ...ConsoleUserRow }
  }
`);

export const DeactivateUserDoc = graphql(`
  mutation DeactivateUser($userId: ID!, $reason: String!) {
    deactivateUser(userId: $userId, reason: $reason) { ...ConsoleUserRow }
  }
`);

export const ReactivateUserDoc = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) { ...ConsoleUserRow }
  }
`);

export const ResetStaffPasswordDoc = graphql(`
  mutation ResetStaffPassword($userId: ID!, $newPassword: String!) {
    resetStaffPassword(userId: $userId, newPassword: $newPassword)
  }
`);

export const AuditLogDoc = graphql(`
  query AuditLog($zoneId: ID, $actorId: ID, $action: String, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
    auditLog(zoneId: $zoneId, actorId: $actorId, action: $action, from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { id action subjectType subjectId detail at zone { id name } actor { id displayName username } } }
    }
  }
`);

export const UpdateZoneDoc = graphql(`
  mutation UpdateZone($zoneId: ID!, $name: String, $street: String) {
    updateZone(zoneId: $zoneId, name: $name, street: $street) { id name street }
  }
`);

export const UpdateUnitDoc = graphql(`
  mutation UpdateUnit($unitId: ID!, $name: String, $kind: UnitKind, $buildingId: ID) {
    updateUnit(unitId: $unitId, name: $name, kind: $kind, buildingId: $buildingId) { id name kind building { id name } }
  }
`);
