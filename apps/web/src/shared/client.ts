import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { markSessionExpired, sessionHeaders, type Area } from './session-store';

/**
 * One urql client per app. Every request is JSON (the api's CSRF prevention wants
 * `content-type: application/json`, which urql sends for POST) and names its app in the
 * X-GR-Session header, so that the api reads this app's HttpOnly session cookie. An
 * UNAUTHENTICATED answer while signed in means the session ended (expired, revoked): the app
 * asks who is signed in again and shows its sign-in page, which says the session ended.
 */
export function createClient(area: Area, isSignedIn: () => boolean, onSignedOut: () => void): Client {
  let ended = false; // several queries may be refused at once: the session ends once
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error) {
          if (!ended && error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && isSignedIn()) {
            ended = true;
            markSessionExpired(area); // the sign-in page tells the person, then brings them back
            onSignedOut();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: () => ({ credentials: 'same-origin', headers: { 'content-type': 'application/json', ...sessionHeaders(area) } }),
  });
}
