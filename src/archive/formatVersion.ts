import { ArchiveError } from './archiveError.js';
import { ARCHIVE_FORMAT_VERSION } from './record.js';

const VERSION = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/;

/**
 * Refuses an archive this registry must not import. The rule (packages move upward, never backward): a
 * registry imports archives of its own major format version, whatever their minor, and of older majors; a
 * newer major is refused with FORMAT_VERSION_UNSUPPORTED naming both versions. A version that is not
 * `major.minor` is MANIFEST_INVALID. `ownVersion` is this registry's version (a parameter for tests).
 */
export function checkFormatVersion(archiveVersion: string, ownVersion: string = ARCHIVE_FORMAT_VERSION): void {
  const archive = parseFormatVersion(archiveVersion);
  if (!archive) {
    const message = `must be a format version "major.minor", got ${JSON.stringify(archiveVersion)}`;
    throw ArchiveError.manifestInvalid([{ path: '$.formatVersion', message }]);
  }
  const own = parseFormatVersion(ownVersion);
  if (!own) throw new Error(`This registry's format version ${ownVersion} is not major.minor`);
  if (archive.major > own.major) throw ArchiveError.formatVersionUnsupported(archiveVersion, ownVersion);
}

/** `{ major, minor }` of a `major.minor` string, or null when it is not one. */
export function parseFormatVersion(version: string): { major: number; minor: number } | null {
  const match = VERSION.exec(version);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}
