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
      edges { cursor node { id kind title body read createdAt } }
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
