import type { SchemaProblem } from './schemaValidation.js';

export type ArchiveErrorCode =
  | 'ARCHIVE_MALFORMED'
  | 'ARCHIVE_TRUNCATED'
  | 'ARCHIVE_LIMIT_EXCEEDED'
  | 'ARCHIVE_ENTRY_MISSING'
  | 'ARCHIVE_ENTRY_UNEXPECTED'
  | 'ARCHIVE_ENTRY_DUPLICATE'
  | 'ARCHIVE_UNSAFE_ENTRY_NAME'
  | 'ENTRY_DIGEST_MISMATCH'
  | 'MANIFEST_INVALID'
  | 'FORMAT_VERSION_UNSUPPORTED'
  | 'RECORD_INVALID';

/**
 * The one error type the archive layer throws for a bad archive. Callers branch on `code` (stable) and may
 * show `details` (plain JSON); `message` is for people. Library errors go in `cause`, never in `details`.
 * Each message is written once, in a factory below.
 */
export class ArchiveError extends Error {
  readonly code: ArchiveErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  private constructor(code: ArchiveErrorCode, message: string, details: Record<string, unknown>, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'ArchiveError';
    this.code = code;
    this.details = details;
  }

  /** Not a zip, or a zip this reader cannot read safely (unsupported compression, zip encryption, ...). */
  static malformed(reason: string, cause?: unknown, entry?: string): ArchiveError {
    const where = entry ? ` (entry ${entry})` : '';
    return new ArchiveError('ARCHIVE_MALFORMED', `The archive is not a valid zip${where}: ${reason}`,
      entry ? { reason, entry } : { reason }, cause);
  }

  /**
   * An entry's data produced more (or fewer) bytes than its zip header declares. Either the data was altered
   * or the header lies, which is how a zip bomb would get past the size and ratio limits; it is raised
   * while streaming, as soon as it shows, and names the entry like any other altered entry.
   */
  static entrySizeMismatch(entry: string, declared: number, actual: number, direction: 'more' | 'fewer'): ArchiveError {
    const found = direction === 'more' ? `at least ${actual}` : `${actual}`;
    return ArchiveError.entryDigestMismatch(entry, `its data holds ${found} bytes, its zip header declares ${declared}`,
      declared, actual);
  }

  /** The file ends before the zip does: typically an interrupted upload. */
  static truncated(reason: string, cause?: unknown): ArchiveError {
    return new ArchiveError('ARCHIVE_TRUNCATED', `The archive is truncated: ${reason}`, { reason }, cause);
  }

  /** A configured limit was exceeded; `actual` is what the archive declared or produced, when known. */
  static limitExceeded(limit: string, value: number, actual?: number, entry?: string): ArchiveError {
    const what = entry ? `entry ${entry} exceeds` : 'the archive exceeds';
    const seen = actual === undefined ? '' : ` (found ${actual})`;
    return new ArchiveError('ARCHIVE_LIMIT_EXCEEDED', `Archive refused: ${what} the limit ${limit} = ${value}${seen}`,
      { limit, value, ...(actual === undefined ? {} : { actual }), ...(entry ? { entry } : {}) });
  }

  static entryMissing(entry: string, reason: string): ArchiveError {
    return new ArchiveError('ARCHIVE_ENTRY_MISSING', `The archive has no entry ${entry}: ${reason}`, { entry });
  }

  static entryUnexpected(entry: string, reason: string): ArchiveError {
    return new ArchiveError('ARCHIVE_ENTRY_UNEXPECTED', `Unexpected entry ${JSON.stringify(entry)}: ${reason}`, {
      entry,
    });
  }

  static entryDuplicate(entry: string): ArchiveError {
    return new ArchiveError('ARCHIVE_ENTRY_DUPLICATE', `The archive holds entry ${JSON.stringify(entry)} twice`, {
      entry,
    });
  }

  /** An absolute, `..` or backslash name: never extracted anywhere, but refused as hostile. */
  static unsafeEntryName(entry: string, reason: string): ArchiveError {
    return new ArchiveError('ARCHIVE_UNSAFE_ENTRY_NAME', `Unsafe entry name ${JSON.stringify(entry)}: ${reason}`, {
      entry,
      reason,
    });
  }

  /** The entry's bytes are not the ones the manifest describes (or its zip CRC does not match). */
  static entryDigestMismatch(entry: string, reason: string, expected?: unknown, actual?: unknown): ArchiveError {
    return new ArchiveError('ENTRY_DIGEST_MISMATCH', `Entry ${entry} is corrupt or was altered: ${reason}`, {
      entry,
      reason,
      ...(expected === undefined ? {} : { expected, actual }),
    });
  }

  static manifestInvalid(problems: SchemaProblem[], cause?: unknown): ArchiveError {
    const first = problems[0];
    const summary = first ? `${first.path}: ${first.message}` : 'invalid';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    return new ArchiveError('MANIFEST_INVALID', `manifest.json is invalid: ${summary}${more}`, { problems }, cause);
  }

  static formatVersionUnsupported(archiveVersion: string, supportedVersion: string): ArchiveError {
    return new ArchiveError(
      'FORMAT_VERSION_UNSUPPORTED',
      `Archive format version ${archiveVersion} is newer than this registry's format version ${supportedVersion}; ` +
        'archives move to registries of the same or a newer version only',
      { archiveVersion, supportedVersion },
    );
  }

  /** A record that cannot be used at all; `line` is 1-based in objects.ndjson. */
  static recordInvalid(line: number, problems: SchemaProblem[]): ArchiveError {
    const first = problems[0];
    const summary = first ? `${first.path}: ${first.message}` : 'invalid';
    return new ArchiveError('RECORD_INVALID', `objects.ndjson line ${line} is invalid: ${summary}`, { line, problems });
  }
}

/** True for an ArchiveError, optionally of the given code. */
export function isArchiveError(error: unknown, code?: ArchiveErrorCode): error is ArchiveError {
  return error instanceof ArchiveError && (code === undefined || error.code === code);
}
