import { openAsBlob } from 'node:fs';
import path from 'node:path';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { CliError } from '../cliError.js';
import type { Connection } from './connection.js';
import { postMultipart } from './multipartUpload.js';
import { serverError, type ServerError } from './serverErrors.js';

/** A typed operation of src/cli/generated (documentMode: string: the document is its query text). */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

interface GraphQLBody<T> {
  data?: T | null;
  errors?: ServerError[];
}

/** Called with the bytes sent so far while an upload is under way. */
export type UploadProgress = (bytesSent: number) => void;

/**
 * The registry's GraphQL API over HTTP, the only way registry-bridge talks to a registry: JSON requests, and
 * GraphQL multipart requests for uploads. Any error in a response fails the call with the registry's code.
 */
export class RegistryClient {
  constructor(readonly connection: Connection) {}

  get url(): string {
    return this.connection.url;
  }

  /** Runs one operation; resolves with its data, or throws the CliError for the first error of the response. */
  async request<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables: TVariables): Promise<TResult> {
    return this.send<TResult>({
      method: 'POST',
      headers: { ...this.authorization(), 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: operation.toString(), variables }),
    });
  }

  /**
   * Runs an operation with a file upload (https://github.com/jaydenseric/graphql-multipart-request-spec): the
   * `file` variable is null in `operations`, the file a part of its own, streamed from disk (multipartUpload.ts).
   * The registry's CSRF protection refuses multipart requests without the Apollo-Require-Preflight header.
   */
  async upload<TResult, TVariables extends { file: null }>(
    operation: Operation<TResult, TVariables>,
    variables: Omit<TVariables, 'file'>,
    filePath: string,
    onProgress?: UploadProgress,
  ): Promise<TResult> {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: operation.toString(), variables: { ...variables, file: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', await openFile(filePath), path.basename(filePath));
    const answer = await postMultipart(this.url, { ...this.authorization(), 'apollo-require-preflight': 'true' }, form, onProgress);
    return this.dataOf<TResult>(this.parse<TResult>(answer.status, answer.contentType, answer.text), answer.status);
  }

  /**
   * A GET of a path the registry named (an archive's downloadUrl), with the bearer token. The token goes only to
   * the origin the user chose: an absolute URL elsewhere (REGISTRY_ADDRESS naming another host or port than the
   * one reached) is fetched by its path from that origin.
   */
  async get(resource: string): Promise<Response> {
    const named = new URL(resource, this.url);
    const origin = new URL(this.url).origin;
    const url = named.origin === origin ? named.toString() : new URL(`${named.pathname}${named.search}`, origin).toString();
    try {
      return await fetch(url, { headers: this.authorization() });
    } catch (error) {
      throw CliError.unreachable(url, error);
    }
  }

  private authorization(): Record<string, string> {
    return { authorization: `Bearer ${this.connection.token}` };
  }

  private async send<TResult>(init: RequestInit): Promise<TResult> {
    let status: number;
    let type: string | null;
    let text: string;
    try {
      const res = await fetch(this.url, init);
      [status, type, text] = [res.status, res.headers.get('content-type'), await res.text()];
    } catch (error) {
      throw CliError.unreachable(this.url, error);
    }
    return this.dataOf(this.parse<TResult>(status, type, text), status);
  }

  /** The data of a response, or the CliError for its first error. */
  private dataOf<TResult>(body: GraphQLBody<TResult>, status: number): TResult {
    const first = body.errors?.[0];
    if (first) throw serverError(first, status);
    if (!body.data) throw CliError.notARegistry(this.url, status, 'no data');
    return body.data;
  }

  /** The response as GraphQL JSON; anything else (an HTML page, a proxy's error) means no registry is there. */
  private parse<TResult>(status: number, type: string | null, text: string): GraphQLBody<TResult> {
    if (!type || !/json/i.test(type)) throw CliError.notARegistry(this.url, status, type);
    try {
      return JSON.parse(text) as GraphQLBody<TResult>;
    } catch {
      throw CliError.notARegistry(this.url, status, type);
    }
  }
}

async function openFile(filePath: string): Promise<Blob> {
  try {
    return await openAsBlob(filePath);
  } catch (error) {
    throw CliError.unreadableFile('file', filePath, error);
  }
}
