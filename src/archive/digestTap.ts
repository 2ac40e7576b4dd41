import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { ArchiveError } from './archiveError.js';

/** What an entry must turn out to be; the tap fails the stream as soon as it cannot be. */
export interface ExpectedDigest {
  entry: string;
  size: number;
  sha256: string;
}

/**
 * A pass-through that hashes (SHA-256) and counts the bytes flowing through it. With `expected`, it fails
 * with ENTRY_DIGEST_MISMATCH as soon as more bytes than expected arrive, and at the end when size or digest
 * differ, before it ends its readable side, so nothing downstream (a decipher) finalizes first.
 */
export class DigestTap extends Transform {
  private readonly hash = createHash('sha256');
  private count = 0;
  private digest: string | null = null;

  constructor(private readonly expected?: ExpectedDigest) {
    super();
  }

  /** Bytes seen so far. */
  get size(): number {
    return this.count;
  }

  /** Hex SHA-256 of everything that passed; throws when the stream has not ended yet. */
  get sha256(): string {
    if (this.digest === null) throw new Error('DigestTap: the stream has not ended');
    return this.digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.count += chunk.length;
    if (this.expected && this.count > this.expected.size) {
      const { entry, size } = this.expected;
      const reason = `larger than the ${size} bytes the manifest lists`;
      callback(ArchiveError.entryDigestMismatch(entry, reason, size, this.count));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    callback(this.mismatch() ?? null);
  }

  private mismatch(): ArchiveError | undefined {
    if (!this.expected) return undefined;
    const { entry, size, sha256 } = this.expected;
    if (this.count !== size) {
      const reason = `${this.count} bytes, the manifest lists ${size}`;
      return ArchiveError.entryDigestMismatch(entry, reason, size, this.count);
    }
    if (this.digest !== sha256) {
      return ArchiveError.entryDigestMismatch(entry, 'SHA-256 differs from the manifest', sha256, this.digest);
    }
    return undefined;
  }
}
