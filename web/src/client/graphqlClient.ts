import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { currentToken, signOut } from './session';

/**
 * The console's one GraphQL client. Every request carries the bearer token and `Apollo-Require-Preflight`
 * (the server's CSRF protection refuses multipart uploads without it); an UNAUTHENTICATED answer signs out.
 */
export function createGraphQLClient(url = '/graphql'): Client {
  return new Client({
    url,
    // POST for every operation: the variables of a preview (options, selection changes) do not belong in a URL.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') || error.response?.status === 401) signOut();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: () => requestOptions(currentToken()),
  });
}

/** What every request sends: the bearer token (no cookie), and the header Apollo's CSRF protection asks of uploads. */
export function requestOptions(token: string | null): RequestInit {
  return {
    credentials: 'omit',
    headers: { 'Apollo-Require-Preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  };
}
