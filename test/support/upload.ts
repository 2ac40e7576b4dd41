import { openAsBlob } from 'node:fs';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphQLClient, GraphQLResponse } from './graphqlClient.js';

/** A file to send: from disk (streamed by fetch) or from memory. */
export type UploadPart = { path: string; name?: string } | { data: Buffer; name: string };

export interface UploadOptions {
  /**
   * Apollo's CSRF prevention refuses multipart requests without a non-empty Apollo-Require-Preflight header;
   * every client of ours sends it. False leaves it out, to test that protection.
   */
  preflight?: boolean;
}

/** The response of an upload; `text` holds a body that is not GraphQL JSON (CSRF refusals are plain text). */
export type UploadResponse<T> = GraphQLResponse<T> & { text?: string };

/**
 * Sends a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec) as a
 * browser would: an `operations` part whose variables hold null where the files go, a `map` part naming those
 * variables, then one part per file. `files` maps a variable name to its file.
 */
export async function uploadRequest<TData, TVars>(
  client: GraphQLClient,
  document: TypedDocumentNode<TData, TVars>,
  variables: Omit<TVars, 'file'> & Record<string, unknown>,
  files: Record<string, UploadPart>,
  options: UploadOptions = {},
): Promise<UploadResponse<TData>> {
  const names = Object.keys(files);
  const form = new FormData();
  const nulls = Object.fromEntries(names.map((name) => [name, null]));
  form.append('operations', JSON.stringify({ query: print(document), variables: { ...variables, ...nulls } }));
  form.append('map', JSON.stringify(Object.fromEntries(names.map((name, i) => [String(i), [`variables.${name}`]]))));
  for (const [i, name] of names.entries()) {
    const part = files[name]!;
    const blob = 'path' in part ? await openAsBlob(part.path) : new Blob([part.data]);
    form.append(String(i), blob, part.name ?? path.basename((part as { path: string }).path));
  }
  const headers: Record<string, string> = client.token ? { authorization: `Bearer ${client.token}` } : {};
  if (options.preflight !== false) headers['apollo-require-preflight'] = 'true';
  const res = await fetch(client.url, { method: 'POST', headers, body: form });
  const text = await res.text();
  try {
    return { ...(JSON.parse(text) as Omit<GraphQLResponse<TData>, 'status'>), status: res.status };
  } catch {
    return { status: res.status, text };
  }
}
