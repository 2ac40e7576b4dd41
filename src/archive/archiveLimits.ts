/**
 * What a reader accepts from an untrusted archive. Every limit is refused with ARCHIVE_LIMIT_EXCEEDED naming
 * the limit and its value. The server makes each one configuration; these are the defaults.
 */
export interface ArchiveLimits {
  /** Entries in the zip's central directory (a valid archive has at most 3). */
  maxEntries: number;
  /** Sum of the entries' declared uncompressed sizes; the actual sizes are held to the declared ones. */
  maxUncompressedBytes: number;
  /** Uncompressed / compressed size of any one entry: zip bombs compress far better than JSON does. */
  maxCompressionRatio: number;
  /** manifest.json (and signature.p7s) are read into memory whole, so they have their own cap. */
  maxManifestBytes: number;
  /** One objects.ndjson line is buffered whole before parsing; defaults to 16 MiB when absent. */
  maxRecordBytes?: number;
  /**
   * Records (the manifest's objectCount, which reading holds the archive to). Staging is flat in memory, but
   * planning holds the whole archive's graph (about 3 KiB per object at its peak): the cap keeps a preview from
   * exhausting the process. Unlimited when absent.
   */
  maxObjects?: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_MAX_RECORD_BYTES = 16 * MIB;

export const DEFAULT_ARCHIVE_LIMITS: Readonly<Required<ArchiveLimits>> = Object.freeze({
  maxEntries: 16,
  maxUncompressedBytes: 8 * 1024 * MIB,
  maxCompressionRatio: 200,
  maxManifestBytes: 16 * MIB,
  maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
  maxObjects: 1_000_000,
});
