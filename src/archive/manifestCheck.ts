import { ArchiveError } from './archiveError.js';
import { DEFAULT_MAX_JSON_DEPTH } from './archiveLimits.js';
import { checkFormatVersion } from './formatVersion.js';
import { jsonTextProblems, printable } from './jsonText.js';
import { MANIFEST_ENTRY, OBJECTS_ENTRY, SIGNATURE_ENTRY, type Manifest } from './record.js';
import { validateManifest, type SchemaProblem } from './schemaValidation.js';

/** Entries the manifest cannot list: itself, and the signature over it. */
const UNLISTED_ENTRIES = new Set([MANIFEST_ENTRY, SIGNATURE_ENTRY]);

/**
 * manifest.json's bytes as a Manifest. Throws MANIFEST_INVALID (with the problems) for bytes that are not
 * UTF-8 JSON, break manifest.schema.json, or contradict themselves (counts, encryption), and
 * FORMAT_VERSION_UNSUPPORTED for a newer major version. The version is checked before the schema, because a
 * newer format's manifest may well break this version's schema and the version is the real reason.
 */
export function parseManifest(bytes: Buffer): Manifest {
  let value: unknown;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the text: keep the control characters it may hold out of the answer.
    const message = `is not UTF-8 JSON: ${printable((error as Error).message)}`;
    throw ArchiveError.manifestInvalid([{ path: '$', message }], error);
  }
  // Stored as it is with the staged import: what the database could not keep is refused like a record's.
  const textProblems = jsonTextProblems(text, DEFAULT_MAX_JSON_DEPTH).problems;
  if (textProblems.length > 0) throw ArchiveError.manifestInvalid(textProblems);
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'string') checkFormatVersion(version);
  const problems = validateManifest(value);
  if (problems.length === 0) problems.push(...contradictions(value as Manifest));
  if (problems.length > 0) throw ArchiveError.manifestInvalid(problems);
  return value as Manifest;
}

/**
 * Holds the manifest and the zip to each other: every listed entry is in the zip with the listed size, and
 * every zip entry but manifest.json and signature.p7s is listed. Sizes are compared here, before any data is
 * read, so a mismatch is ENTRY_DIGEST_MISMATCH at once.
 */
export function checkManifestAgainstZip(
  manifest: Manifest,
  zipEntries: Map<string, { uncompressedSize: number }>,
): void {
  const listed = new Set(manifest.entries.map((e) => e.name));
  for (const entry of manifest.entries) {
    const inZip = zipEntries.get(entry.name);
    if (!inZip) throw ArchiveError.entryMissing(entry.name, 'the manifest lists it');
    if (inZip.uncompressedSize !== entry.size) {
      const reason = `${inZip.uncompressedSize} bytes, the manifest lists ${entry.size}`;
      throw ArchiveError.entryDigestMismatch(entry.name, reason, entry.size, inZip.uncompressedSize);
    }
  }
  for (const name of zipEntries.keys()) {
    if (!UNLISTED_ENTRIES.has(name) && !listed.has(name)) {
      throw ArchiveError.entryUnexpected(name, 'the manifest does not list it');
    }
  }
  if (!listed.has(OBJECTS_ENTRY)) throw ArchiveError.entryMissing(OBJECTS_ENTRY, 'every archive holds its objects');
}

/** What the schema cannot say: listed once, counts that add up, encryption that matches the entries. */
function contradictions(manifest: Manifest): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const names = new Set<string>();
  manifest.entries.forEach((entry, i) => {
    if (names.has(entry.name)) problems.push({ path: `$.entries[${i}].name`, message: `lists ${entry.name} twice` });
    names.add(entry.name);
  });
  const counted = Object.values(manifest.countsByKind).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  if (counted !== manifest.objectCount) {
    problems.push({ path: '$.countsByKind', message: `adds up to ${counted}, objectCount is ${manifest.objectCount}` });
  }
  return [...problems, ...encryptionContradictions(manifest)];
}

function encryptionContradictions({ entries, encryption }: Manifest): SchemaProblem[] {
  const encrypted = entries.filter((e) => e.encrypted).map((e) => e.name);
  if (!encryption) {
    if (encrypted.length === 0) return [];
    return [{ path: '$.encryption', message: `is null, yet ${encrypted.join(', ')} is encrypted` }];
  }
  const problems: SchemaProblem[] = [];
  if (encrypted.length === 0) problems.push({ path: '$.encryption', message: 'is set, yet no entry is encrypted' });
  for (const name of encrypted) {
    if (!encryption.entries[name]) {
      problems.push({ path: '$.encryption.entries', message: `has no iv and tag for ${name}` });
    }
  }
  for (const name of Object.keys(encryption.entries)) {
    if (!encrypted.includes(name)) {
      const path = `$.encryption.entries[${JSON.stringify(name)}]`;
      problems.push({ path, message: 'names an entry that is not encrypted' });
    }
  }
  if (encryption.recipients.length === 0 && !encryption.password) {
    problems.push({ path: '$.encryption', message: 'wraps the content key for no recipient and no password' });
  }
  return problems;
}
