import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { PeerCertificate } from 'node:tls';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkRemoteAddress } from './remoteAddress.js';
import { RemoteErrors } from './remoteErrors.js';

/** How to reach one remote: its address, credential and TLS settings. The credential lives only in memory here. */
export interface RemoteEndpoint {
  name: string;
  address: string;
  credential: string;
  /** PEM certificates the remote's TLS certificate must chain to (a pinned self-signed one included). */
  caCertificatesPem: string | null;
  /** When set, the remote's TLS certificate must have exactly this SHA-256 fingerprint (hex). */
  pinnedCertificateSha256: string | null;
  /** Longest silence (connecting, or between bytes) before the call fails with REMOTE_UNREACHABLE. */
  timeoutMs: number;
}

/** A GraphQL answer is small; anything larger is not one of ours. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/**
 * Speaks GraphQL over HTTP(S) to one configured remote, as its credential's user. TLS is always verified (against
 * the given CA bundle or the system's, and the pinned fingerprint when set); redirects are refused, never
 * followed; every call has an idle timeout. Files move as streams: downloads to disk, uploads as GraphQL
 * multipart requests. No URL other than the remote's own (its address, and paths on the same origin) is ever
 * contacted with the credential.
 */
export class RemoteClient {
  private readonly url: URL;

  constructor(private readonly endpoint: RemoteEndpoint) {
    this.url = new URL(checkRemoteAddress(endpoint.address));
  }

  get name(): string {
    return this.endpoint.name;
  }

  /** Runs one operation; REMOTE_REFUSED with the remote's code when it answers with errors. */
  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    const res = await this.send(this.url, 'POST', { 'content-type': 'application/json', 'content-length': String(body.length) }, Readable.from([body]));
    return this.answerOf<T>(res);
  }

  /**
   * Sends a GraphQL multipart request with one file in `$file`: streamed from disk (a path), or from a stream
   * whose length is not known yet (sent chunked), such as an archive while it is being written.
   */
  async upload<T>(query: string, variables: Record<string, unknown>, file: string | Readable, fileName: string): Promise<T> {
    const boundary = `----registry-bridge-${randomBytes(12).toString('hex')}`;
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const head = Buffer.from(
      part('operations', JSON.stringify({ query, variables: { ...variables, file: null } })) +
        part('map', JSON.stringify({ 0: ['variables.file'] })) +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="${fileName.replace(/[^\w.-]/g, '_')}"\r\nContent-Type: application/zip\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const size = typeof file === 'string' ? (await stat(file)).size : null;
    async function* body() {
      yield head;
      yield* typeof file === 'string' ? createReadStream(file) : file;
      yield tail;
    }
    const res = await this.send(
      this.url,
      'POST',
      {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...(size === null ? {} : { 'content-length': String(head.length + size + tail.length) }),
        // Apollo's CSRF prevention wants it on multipart requests; every client of ours sends it.
        'apollo-require-preflight': 'true',
      },
      Readable.from(body()),
    );
    return this.answerOf<T>(res);
  }

  /**
   * Downloads a file the remote serves (an exported archive) to `destination`, refusing more than `maxBytes`.
   * `location` is the remote's download URL or path; it must be on the remote's own origin. Returns the size
   * and SHA-256 of what was written.
   */
  async download(location: string, destination: string, maxBytes: number): Promise<{ size: number; sha256: string }> {
    const url = new URL(location, this.url);
    if (url.origin !== this.url.origin) {
      throw RemoteErrors.badAnswer(this.name, `it named a download on another origin (${url.origin}); the credential goes to ${this.url.origin} only`);
    }
    const res = await this.send(url, 'GET', {}, null);
    if (res.statusCode !== 200) {
      const text = await readCapped(res, 64 * 1024).catch(() => Buffer.alloc(0));
      const code = parseErrorCode(text) ?? `HTTP_${res.statusCode}`;
      throw RemoteErrors.refused(this.name, code, `the download answered HTTP ${res.statusCode}`, res.statusCode ?? 0);
    }
    const hash = createHash('sha256');
    let size = 0;
    const name = this.name;
    try {
      await pipeline(
        res,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > maxBytes) throw RemoteErrors.badAnswer(name, `the archive is larger than ${maxBytes} bytes`);
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(destination),
      );
    } catch (error) {
      await rm(destination, { force: true });
      throw isCoded(error) ? error : RemoteErrors.unreachable(this.name, `the download broke off (${describe(error)})`);
    }
    return { size, sha256: hash.digest('hex') };
  }

  private send(url: URL, method: string, headers: Record<string, string>, body: Readable | null): Promise<IncomingMessage> {
    const { endpoint } = this;
    const secure = url.protocol === 'https:';
    const options: https.RequestOptions = {
      method,
      headers: { ...headers, authorization: `Bearer ${endpoint.credential}`, accept: 'application/json' },
      timeout: endpoint.timeoutMs,
      agent: false,
    };
    if (secure) {
      options.rejectUnauthorized = true;
      if (endpoint.caCertificatesPem) options.ca = endpoint.caCertificatesPem;
      if (endpoint.pinnedCertificateSha256) {
        const pinned = endpoint.pinnedCertificateSha256.toLowerCase();
        // The exact certificate is pinned: it alone is accepted, whatever name it carries.
        options.checkServerIdentity = (_host: string, cert: PeerCertificate) =>
          fingerprintOf(cert) === pinned ? undefined : new Error(`the TLS certificate is not the pinned one (${fingerprintOf(cert)})`);
      }
    }
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(url, options, (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          reject(RemoteErrors.redirectRefused(this.name, status));
          return;
        }
        res.setTimeout(endpoint.timeoutMs, () => res.destroy(new Error(`no answer for ${endpoint.timeoutMs} ms`)));
        resolve(res);
      });
      req.on('timeout', () => req.destroy(new Error(`no answer for ${endpoint.timeoutMs} ms`)));
      req.on('error', (error) => reject(RemoteErrors.unreachable(this.name, describe(error))));
      if (body) {
        body.on('error', (error) => req.destroy(error));
        body.pipe(req);
      } else req.end();
    });
  }

  private async answerOf<T>(res: IncomingMessage): Promise<T> {
    const status = res.statusCode ?? 0;
    let text: Buffer;
    try {
      text = await readCapped(res, MAX_JSON_BYTES);
    } catch (error) {
      throw isCoded(error) ? error : RemoteErrors.unreachable(this.name, `the answer broke off (${describe(error)})`);
    }
    let answer: GraphQLAnswer<T>;
    try {
      answer = JSON.parse(text.toString('utf8')) as GraphQLAnswer<T>;
    } catch {
      if (status === 401) throw RemoteErrors.refused(this.name, 'UNAUTHENTICATED', 'the credential was not accepted', status);
      if (status >= 500) throw RemoteErrors.unreachable(this.name, `it answered HTTP ${status}`);
      throw RemoteErrors.badAnswer(this.name, `HTTP ${status} without a GraphQL answer`);
    }
    const error = answer.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? `HTTP_${status}`;
      if (code === 'INTERNAL_SERVER_ERROR' || (status >= 500 && !error.extensions?.code)) {
        throw RemoteErrors.unreachable(this.name, `it failed with ${code}`);
      }
      throw RemoteErrors.refused(this.name, code, String(error.message ?? '').slice(0, 2000), status);
    }
    if (!answer.data) throw RemoteErrors.badAnswer(this.name, 'no data');
    return answer.data;
  }
}

function fingerprintOf(cert: PeerCertificate): string {
  if (cert.raw) return new X509Certificate(cert.raw).fingerprint256.replace(/:/g, '').toLowerCase();
  return (cert.fingerprint256 ?? '').replace(/:/g, '').toLowerCase();
}

async function readCapped(res: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      res.destroy();
      throw new Error(`the answer is larger than ${max} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseErrorCode(text: Buffer): string | null {
  try {
    const parsed = JSON.parse(text.toString('utf8')) as { error?: { code?: string } };
    return parsed.error?.code ?? null;
  } catch {
    return null;
  }
}

function isCoded(error: unknown): boolean {
  return error instanceof Error && error.name === 'RegistryError';
}

/** A network failure in words, without stack or addresses beyond what the administrator configured. */
function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code && typeof e.code === 'string') return `${e.code}${e.message && !e.message.includes('/') ? `: ${e.message}` : ''}`;
  return e instanceof Error ? e.message : String(error);
}
