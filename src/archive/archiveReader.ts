import type { DecipherGCM } from 'node:crypto';
import type yauzl from 'yauzl';
import { CryptoError } from '../crypto/cryptoError.js';
import { createEntryDecryptor } from '../crypto/envelope.js';
import { ArchiveError } from './archiveError.js';
import { DEFAULT_ARCHIVE_LIMITS, DEFAULT_MAX_JSON_DEPTH, DEFAULT_MAX_RECORD_BYTES, type ArchiveLimits } from './archiveLimits.js';
import { DigestTap } from './digestTap.js';
import { classifyEntryError, openEntryContent, pipeStages, readWholeEntry } from './entryContent.js';
import { checkManifestAgainstZip, parseManifest } from './manifestCheck.js';
import { splitNdjsonLines } from './ndjson.js';
import { MANIFEST_ENTRY, OBJECTS_ENTRY, SIGNATURE_ENTRY, type Manifest, type ManifestEntry } from './record.js';
import { parseRecordLine, type RecordLine } from './recordLine.js';
import { openZipDirectory } from './zipDirectory.js';

export { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archiveLimits.js';
export type { RecordLine } from './recordLine.js';

/** An archive whose structure and manifest passed every check; its entries' data is read on demand. */
export interface OpenedArchive {
  manifest: Manifest;
  /** manifest.json exactly as stored: what signature.p7s signs. */
  manifestBytes: Buffer;
  /** signature.p7s (DER), or null when the archive is unsigned. Verifying it is the caller's job. */
  signature: Buffer | null;
  /** Streams every listed entry and compares size and SHA-256 with the manifest (ENTRY_DIGEST_MISMATCH). */
  verifyEntryDigests(): Promise<void>;
  /**
   * The records of objects.ndjson, one per line, streamed (inflated, decrypted with `contentKey` when
   * encrypted, split). The stored bytes are verified while they pass: the iteration throws
   * ENTRY_DIGEST_MISMATCH (or DECRYPTION_FAILED) at the end when they differ, so treat what it yielded as
   * provisional until it completes. It also throws MANIFEST_INVALID when the line count is not objectCount.
   */
  readRecords(opts?: { contentKey?: Buffer }): AsyncIterable<RecordLine>;
  /** Releases the file; it is closed once no read is in progress. */
  close(): Promise<void>;
}

/**
 * Opens the archive spooled at `path`: reads the central directory within `limits`, reads and validates
 * manifest.json (schema, format version, consistency with the zip's entries) and reads signature.p7s.
 * Throws ArchiveError for anything wrong; never leaves the file open on failure.
 */
export async function openArchive(
  path: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<OpenedArchive> {
  const { zip, entries } = await openZipDirectory(path, limits);
  try {
    const manifestEntry = entries.get(MANIFEST_ENTRY);
    if (!manifestEntry) throw ArchiveError.entryMissing(MANIFEST_ENTRY, 'every archive has one');
    const cap = { name: 'maxManifestBytes', value: limits.maxManifestBytes };
    const manifestBytes = await readWholeEntry(zip, manifestEntry, MANIFEST_ENTRY, limits, cap);
    const manifest = parseManifest(manifestBytes);
    checkManifestAgainstZip(manifest, entries);
    if (limits.maxObjects !== undefined && manifest.objectCount > limits.maxObjects) {
      throw ArchiveError.limitExceeded('maxObjects', limits.maxObjects, manifest.objectCount, MANIFEST_ENTRY);
    }
    const signatureEntry = entries.get(SIGNATURE_ENTRY);
    const signature = signatureEntry ? await readWholeEntry(zip, signatureEntry, SIGNATURE_ENTRY, limits, cap) : null;
    return new ZipArchive(zip, entries, limits, manifest, manifestBytes, signature);
  } catch (error) {
    zip.close();
    throw error;
  }
}

class ZipArchive implements OpenedArchive {
  constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limits: ArchiveLimits,
    readonly manifest: Manifest,
    readonly manifestBytes: Buffer,
    readonly signature: Buffer | null,
  ) {}

  async verifyEntryDigests(): Promise<void> {
    for (const listed of this.manifest.entries) {
      const content = await this.openVerified(listed);
      try {
        for await (const chunk of content) void chunk; // the tap hashes as the bytes pass
      } catch (error) {
        throw classifyEntryError(error, listed.name);
      }
    }
  }

  async *readRecords(opts: { contentKey?: Buffer } = {}): AsyncGenerator<RecordLine> {
    const listed = this.manifest.entries.find((e) => e.name === OBJECTS_ENTRY)!; // checked at open
    const decipher = listed.encrypted ? this.decipherFor(listed.name, opts.contentKey) : null;
    const content = await this.openVerified(listed, decipher);
    let lines = 0;
    const maxJsonDepth = this.limits.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH;
    try {
      for await (const line of splitNdjsonLines(content, this.limits.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES)) {
        lines = line.line;
        yield parseRecordLine(line, maxJsonDepth);
      }
    } catch (error) {
      throw classifyEntryError(error, listed.name);
    } finally {
      content.destroy(); // when the consumer stops early, release the file
    }
    if (lines !== this.manifest.objectCount) {
      const message = `is ${this.manifest.objectCount}, yet ${OBJECTS_ENTRY} holds ${lines} lines`;
      throw ArchiveError.manifestInvalid([{ path: '$.objectCount', message }]);
    }
  }

  async close(): Promise<void> {
    this.zip.close();
  }

  /**
   * The entry's content with its stored bytes checked against the manifest on the way, then decrypted.
   * The tap sits before the decipher so an altered entry is reported as such before GCM fails on it.
   */
  private async openVerified(listed: ManifestEntry, decipher: DecipherGCM | null = null) {
    const entry = this.entries.get(listed.name)!; // checked at open
    const stages = await openEntryContent(this.zip, entry, listed.name, this.limits);
    stages.push(new DigestTap({ entry: listed.name, size: listed.size, sha256: listed.sha256 }));
    if (decipher) stages.push(decipher);
    return pipeStages(stages);
  }

  private decipherFor(name: string, contentKey: Buffer | undefined): DecipherGCM {
    if (!contentKey) throw CryptoError.decryptionFailed(name, 'it is encrypted and no content key was given');
    const params = this.manifest.encryption!.entries[name]!; // checked at open
    return createEntryDecryptor(contentKey, Buffer.from(params.iv, 'base64'), Buffer.from(params.tag, 'base64'), name);
  }
}
