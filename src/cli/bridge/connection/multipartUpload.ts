import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { CliError } from '../cliError.js';

export interface UploadAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

/**
 * POSTs a multipart form with node:http(s), streaming its files from disk. Not fetch: Node 20's fetch reads a
 * streamed request body as fast as the disk gives it, whatever the socket takes (a 300 MB upload held 400 MB
 * of memory; piped into http.request it held 90 MB). The form is encoded by Response (boundary and all), so
 * no multipart is written by hand; `onProgress` gets the bytes the socket has accepted.
 */
export async function postMultipart(
  url: string,
  headers: Record<string, string>,
  form: FormData,
  onProgress?: (bytesSent: number) => void,
): Promise<UploadAnswer> {
  const encoded = new Response(form);
  const target = new URL(url);
  const request = (target.protocol === 'https:' ? https : http).request(target, {
    method: 'POST',
    headers: { ...headers, 'content-type': encoded.headers.get('content-type')! },
  });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
  let sent = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sent += chunk.length;
      onProgress?.(sent);
      callback(null, chunk);
    },
  });
  const sending = pipeline(Readable.fromWeb(encoded.body as WebReadableStream<Uint8Array>), counter, request);
  // The registry may answer before it has read everything (a file over its size limit): its answer is what
  // counts, and the upload's own failure then is only its consequence.
  sending.catch(() => undefined);
  let response: IncomingMessage;
  try {
    response = await answered;
  } catch (error) {
    throw CliError.unreachable(url, error);
  }
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    return { status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? null, text: Buffer.concat(chunks).toString('utf8') };
  } catch (error) {
    throw CliError.unreachable(url, error);
  } finally {
    request.destroy();
  }
}
