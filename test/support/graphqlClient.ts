import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
  status: number;
}

/** A minimal GraphQL-over-HTTP client for tests: typed documents in, parsed response (data and errors) out. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    readonly token: string | null,
  ) {}

  withToken(token: string | null): GraphQLClient {
    return new GraphQLClient(this.url, token);
  }

  async request<TData, TVars>(
    document: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const query = typeof document === 'string' ? document : print(document);
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<TData>, 'status'>;
    return { ...body, status: res.status };
  }

  /** Like request, but fails the test with the server's errors when there are any. */
  async data<TData, TVars>(document: TypedDocumentNode<TData, TVars> | string, variables?: TVars): Promise<TData> {
    const res = await this.request(document, variables);
    if (res.errors?.length || !res.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(res.errors ?? res, null, 2)}`);
    }
    return res.data;
  }

  /** The `extensions.code` of the first error, for tests that expect a failure. */
  async errorCode<TData, TVars>(document: TypedDocumentNode<TData, TVars> | string, variables?: TVars): Promise<string | undefined> {
    const res = await this.request(document, variables);
    return res.errors?.[0]?.extensions?.code;
  }
}
