import { graphql } from '../gql';

/* ── 促进会治理: committees, the rotating president, meetings; 年度考核 ─────────── */
export const CouncilDoc = graphql(`
  query ConsoleCouncil($zoneId: ID!) {
    zone(id: $zoneId) {
      id
      name
      committees {
        id
        name
        categories
        chairUnit { id name }
        members { id name }
        workload { category openNeeds openProjects }
      }
      presidency { startsOn endsOn unit { id name } }
      presidencies { startsOn endsOn unit { id name } }
    }
    units(zoneId: $zoneId) { id name }
  }
`);

export const CreateCommitteeDoc = graphql(`
  mutation CreateCommittee($zoneId: ID!, $name: String!, $categories: [NeedCategory!]!, $chairUnitId: ID, $memberUnitIds: [ID!]!) {
    createCommittee(zoneId: $zoneId, name: $name, categories: $categories, chairUnitId: $chairUnitId, memberUnitIds: $memberUnitIds) { id }
  }
`);

export const SetPresidencyDoc = graphql(`
  mutation SetPresidency($zoneId: ID!, $unitId: ID!, $startsOn: Date!, $endsOn: Date!) {
    setPresidency(zoneId: $zoneId, unitId: $unitId, startsOn: $startsOn, endsOn: $endsOn) { startsOn endsOn unit { id name } }
  }
`);

export const MeetingsDoc = graphql(`
  query ConsoleMeetings($zoneId: ID!, $first: Int, $after: String) {
    meetings(zoneId: $zoneId, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { cursor node { id kind title at minutes projects { id title } } }
    }
  }
`);

export const ScheduleMeetingDoc = graphql(`
  mutation ScheduleMeeting($zoneId: ID!, $kind: MeetingKind!, $title: String!, $at: DateTime!, $agenda: String!, $projectIds: [ID!], $committeeId: ID) {
    scheduleMeeting(zoneId: $zoneId, kind: $kind, title: $title, at: $at, agenda: $agenda, projectIds: $projectIds, committeeId: $committeeId) { id }
  }
`);

export const MeetingDoc = graphql(`
  query ConsoleMeeting($id: ID!) {
    meeting(id: $id) {
      id
      kind
      title
      at
      agenda
      minutes
      minutesAt
      zone { id name street }
      committee { id name }
      projects { id title status }
      invitees { id name }
      attendees { id name }
    }
  }
`);

export const RecordMinutesDoc = graphql(`
  mutation RecordMinutes($meetingId: ID!, $minutes: String!, $attendeeUnitIds: [ID!]!) {
    recordMinutes(meetingId: $meetingId, minutes: $minutes, attendeeUnitIds: $attendeeUnitIds) { id minutes minutesAt attendees { id name } }
  }
`);

export const ScorecardsDoc = graphql(`
  query ConsoleScorecards($zoneId: ID!, $year: Int!) {
    unitScorecards(zoneId: $zoneId, year: $year) {
      unit { id name }
      year
      claims
      completed
      completedOnTime
      released
      satisfactionRate
      fundsSpentFen
      beneficiaries
      volunteers
      wishesLit
      score
      rank
    }
    scorecardWeights { key label labelEn weight how }
  }
`);

export const ProjectMeetingsDoc = graphql(`
  query ConsoleProjectMeetings($id: ID!) {
    project(id: $id) { id meetings { id kind title at minutes } }
  }
`);
