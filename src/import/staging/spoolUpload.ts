import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ArchiveError } from '../../archive/archiveError.js';
import { RegistryError } from '../../errors/registryError.js';

/** What staging needs of an upload: graphql-upload's FileUpload has this shape; the benchmark fakes it. */
export interface UploadedFile {
  filename: string;
  createReadStream(): Readable;
}

/** An upload copied whole to the staging directory: the reader needs a file it can seek in. */
export interface SpooledUpload {
  path: string;
  /** The name the client gave, for display only (never used as a path). */
  fileName: string | null;
  size: number;
  /** Hex SHA-256 of the whole file, computed while copying. */
  sha256: string;
}

/** Suffix of spooled uploads in the staging directory; the sweeper removes stray ones by it. */
export const SPOOL_SUFFIX = '.upload';

/**
 * Copies the upload to `<directory>/<uuid>.upload`, counting and hashing the bytes on the way and refusing
 * more than `maxBytes` (ARCHIVE_LIMIT_EXCEEDED naming maxUploadBytes) even if the HTTP layer let them through.
 * Every failure of the upload stream (too large, cut off, client gone) is caught here and turned into a clear
 * error; the partial file is removed. The caller removes the spooled file when done with it.
 */
export async function spoolUpload(
  upload: Promise<UploadedFile> | UploadedFile,
  directory: string,
  maxBytes: number,
): Promise<SpooledUpload> {
  await mkdir(directory, { recursive: true });
  const target = path.join(directory, `${randomUUID()}${SPOOL_SUFFIX}`);
  let file: UploadedFile | undefined;
  const meter = new UploadMeter(maxBytes);
  try {
    file = await upload;
    // createReadStream throws at once when the upload already failed (too large, request gone).
    await pipeline(file.createReadStream(), meter, createWriteStream(target, { flags: 'wx' }));
  } catch (error) {
    await rm(target, { force: true });
    throw uploadFailure(error, maxBytes);
  }
  return { path: target, fileName: cleanFileName(file.filename), size: meter.size, sha256: meter.sha256 };
}

/** Counts and hashes what passes; fails as soon as the count goes over the limit. */
class UploadMeter extends Transform {
  private readonly hash = createHash('sha256');
  private count = 0;
  sha256 = '';

  constructor(private readonly maxBytes: number) {
    super();
  }

  get size(): number {
    return this.count;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.maxBytes) {
      callback(ArchiveError.limitExceeded('maxUploadBytes', this.maxBytes, this.count));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.sha256 = this.hash.digest('hex');
    callback();
  }
}

/**
 * graphql-upload reports its failures as http-errors (413 too large, 499 client gone, 400 bad request);
 * busboy reports a cut-off body as "Unexpected end of form". Anything else (disk full) is the server's fault
 * and stays as it is.
 */
function uploadFailure(error: unknown, maxBytes: number): unknown {
  if (error instanceof ArchiveError || error instanceof RegistryError) return error;
  const status = (error as { status?: unknown })?.status;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 413) return ArchiveError.limitExceeded('maxUploadBytes', maxBytes);
  if (status === 499 || /unexpected end|aborted|disconnected|premature close/i.test(message)) {
    return ArchiveError.truncated(`the upload ended before the file did (${message})`, error);
  }
  if (typeof status === 'number' && status >= 400 && status < 500) return RegistryError.badInput(message);
  return error;
}

/** The client's name for the file, kept to its last path segment and to the column's 255 characters. */
function cleanFileName(name: string | undefined): string | null {
  // eslint-disable-next-line no-control-regex
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim() ?? '';
  return base ? base.slice(0, 255) : null;
}
