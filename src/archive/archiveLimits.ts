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
  /**
   * One objects.ndjson line is buffered whole and parsed, validated and digested in one synchronous step, so its
   * size bounds how long one record can hold the event loop (about 50 ms per MiB here); defaults to 1 MiB when
   * absent (a package of about 25,000 members).
   */
  maxRecordBytes?: number;
  /**
   * Nesting of objects and arrays within one record: deeper records are record problems (the content digest and
   * every other walk of a record recurse). Defaults to 64 when absent.
   */
  maxJsonDepth?: number;
  /**
   * Records (the manifest's objectCount, which reading holds the archive to). Staging is flat in memory, but
   * planning holds the whole archive's graph (about 3 KiB per object at its peak): the cap keeps a preview from
   * exhausting the process. Unlimited when absent.
   */
  maxObjects?: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_MAX_RECORD_BYTES = MIB;
export const DEFAULT_MAX_JSON_DEPTH = 64;

export const DEFAULT_ARCHIVE_LIMITS: Readonly<Required<ArchiveLimits>> = Object.freeze({
  maxEntries: 16,
  maxUncompressedBytes: 8 * 1024 * MIB,
  maxCompressionRatio: 200,
  maxManifestBytes: 16 * MIB,
  maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
  maxJsonDepth: DEFAULT_MAX_JSON_DEPTH,
  maxObjects: 1_000_000,
});
