import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { getToken, setToken, type Area } from './session-store';

/**
 * One urql client per app. Every request is JSON (the api's CSRF prevention wants
 * `content-type: application/json`, which urql sends for POST) and carries the bearer token.
 * An UNAUTHENTICATED answer forgets the token so that the app shows its sign-in page.
 */
export function createClient(area: Area, onSignedOut: () => void): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && getToken(area)) {
            setToken(area, null);
            onSignedOut();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = getToken(area);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      return { headers };
    },
  });
}
