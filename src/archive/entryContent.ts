import { Transform, pipeline, type Readable, type TransformCallback } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import type yauzl from 'yauzl';
import { CryptoError } from '../crypto/cryptoError.js';
import { ArchiveError } from './archiveError.js';
import type { ArchiveLimits } from './archiveLimits.js';

const DEFLATED = 8;

/**
 * The stages that turn an entry's file data into its content: the raw bytes, inflated when deflated, held to
 * the declared size and to `maxCompressionRatio` as they flow. The central directory's sizes were already
 * checked against the limits; this makes sure the data keeps to them, so a lying header cannot slip a zip
 * bomb through. Pipe the stages together (with `pipeline`) and read the last one.
 */
export async function openEntryContent(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  name: string,
  limits: ArchiveLimits,
): Promise<(Readable | Transform)[]> {
  const raw = await openRawStream(zip, entry, name);
  const guard = new EntrySizeGuard(name, entry.uncompressedSize, entry.compressedSize, limits.maxCompressionRatio);
  // 64 KiB chunks: each chunk is a thread-pool round trip, and the 16 KiB default made inflating ~8x slower.
  return entry.compressionMethod === DEFLATED ? [raw, createInflateRaw({ chunkSize: 64 * 1024 }), guard] : [raw, guard];
}

/**
 * An entry read whole into memory (manifest.json, signature.p7s): refused over `maxBytes` (named `limitName`)
 * before reading, and checked against the zip's CRC-32, so a flipped byte is reported naming the entry
 * even when nothing else describes it.
 */
export async function readWholeEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  name: string,
  limits: ArchiveLimits,
  limit: { name: string; value: number },
): Promise<Buffer> {
  if (entry.uncompressedSize > limit.value) {
    throw ArchiveError.limitExceeded(limit.name, limit.value, entry.uncompressedSize, name);
  }
  const stages = await openEntryContent(zip, entry, name, limits);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of pipeStages(stages)) chunks.push(chunk as Buffer);
  } catch (error) {
    throw classifyEntryError(error, name);
  }
  const content = Buffer.concat(chunks);
  if (crc32(content) >>> 0 !== entry.crc32 >>> 0) {
    throw ArchiveError.entryDigestMismatch(name, 'its CRC-32 differs from the zip directory');
  }
  return content;
}

/**
 * Pipes `stages` together and returns the last one to read from. A failure anywhere destroys every stage,
 * the last one with the error, so reading it throws that error; breaking off reading tears them all down.
 */
export function pipeStages(stages: (Readable | Transform)[]): Readable {
  // The callback only keeps pipeline from treating the error as unhandled: the reader sees it.
  return pipeline(stages, () => undefined) as unknown as Readable;
}

/**
 * The error to report for a failure while reading `name`: archive and crypto errors as they are, corrupt
 * deflate data as ENTRY_DIGEST_MISMATCH, a failed GCM authentication as DECRYPTION_FAILED, and anything else
 * (an I/O error of the server) unchanged.
 */
export function classifyEntryError(error: unknown, name: string): unknown {
  if (error instanceof ArchiveError || error instanceof CryptoError) return error;
  const err = error as NodeJS.ErrnoException;
  if (typeof err?.code === 'string' && err.code.startsWith('Z_')) {
    return ArchiveError.entryDigestMismatch(name, `its compressed data is corrupt (${err.message})`);
  }
  if (err instanceof Error && /unable to authenticate data/i.test(err.message)) {
    return CryptoError.decryptionFailed(name, 'authentication failed (wrong key or altered data)', err);
  }
  return error;
}

function openRawStream(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    // decodeFileData: false (yauzl >= 3.2) gives the bytes exactly as stored; inflating here lets the
    // guard count what inflation produces.
    const options = { decodeFileData: false } as unknown as yauzl.ZipFileOptions;
    zip.openReadStream(entry, options, (err, stream) => {
      if (err || !stream) {
        const message = err?.message ?? 'no stream';
        reject(
          /overflows file bounds|unexpected EOF/i.test(message)
            ? ArchiveError.truncated(`entry ${name}: ${message}`, err)
            : ArchiveError.malformed(message, err, name),
        );
        return;
      }
      resolve(stream);
    });
  });
}

/** Fails as soon as an entry produces more than it declared or inflates beyond the ratio limit. */
class EntrySizeGuard extends Transform {
  private count = 0;

  constructor(
    private readonly name: string,
    private readonly declared: number,
    private readonly compressed: number,
    private readonly maxRatio: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.declared) {
      callback(ArchiveError.entrySizeMismatch(this.name, this.declared, this.count, 'more'));
      return;
    }
    if (this.count / Math.max(this.compressed, 1) > this.maxRatio) {
      const ratio = Math.round(this.count / Math.max(this.compressed, 1));
      callback(ArchiveError.limitExceeded('maxCompressionRatio', this.maxRatio, ratio, this.name));
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    const short = this.count < this.declared;
    callback(short ? ArchiveError.entrySizeMismatch(this.name, this.declared, this.count, 'fewer') : null);
  }
}
