import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { CliError } from '../cliError.js';
import type { ProgressBar } from '../output/progress.js';
import type { RegistryClient } from './registryClient.js';
import { serverError } from './serverErrors.js';

export interface Expected {
  sha256: string;
  size: number;
}

/**
 * Downloads an exported archive into `file`: streamed to `file.partial`, checked against the size and SHA-256
 * the export reported, then renamed, so `file` is either the archive exactly or absent.
 */
export async function downloadArchive(client: RegistryClient, downloadUrl: string, file: string, expected: Expected, bar: ProgressBar): Promise<void> {
  const res = await client.get(downloadUrl);
  if (res.status !== 200 || !res.body) throw await refusal(res, downloadUrl);
  const partial = `${file}.partial`;
  const hash = createHash('sha256');
  let received = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      received += chunk.length;
      bar.update(received);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), tap, createWriteStream(partial));
  } catch (error) {
    await rm(partial, { force: true });
    if ((error as NodeJS.ErrnoException).syscall) throw CliError.unwritableFile('archive', partial, error);
    throw CliError.downloadFailed(downloadUrl, `the transfer broke off after ${received} bytes`);
  }
  const sha256 = hash.digest('hex');
  if (received !== expected.size || sha256 !== expected.sha256) {
    await rm(partial, { force: true });
    throw CliError.downloadFailed(downloadUrl, `received ${received} bytes with SHA-256 ${sha256}, expected ${expected.size} bytes with ${expected.sha256}`);
  }
  await rename(partial, file);
}

/** The registry's reason for not serving the archive ({ error: { code, message } }), or the bare status. */
async function refusal(res: Response, url: string): Promise<CliError> {
  const text = await res.text().catch(() => '');
  try {
    const { error } = JSON.parse(text) as { error?: { code?: string; message?: string } };
    if (error?.code) return serverError({ message: error.message ?? error.code, extensions: { code: error.code } }, res.status);
  } catch {
    // not JSON: the status says it all
  }
  return CliError.downloadFailed(url, `HTTP ${res.status}`);
}
