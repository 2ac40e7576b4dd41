import { open as openFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import { ArchiveError } from './archiveError.js';
import type { ArchiveLimits } from './archiveLimits.js';
import { MANIFEST_ENTRY, OBJECTS_ENTRY, SIGNATURE_ENTRY } from './record.js';

/** The only names an archive may hold. Names are compared with these, never used as file system paths. */
const KNOWN_ENTRIES = new Set([MANIFEST_ENTRY, SIGNATURE_ENTRY, OBJECTS_ENTRY]);
const STORED = 0;
const DEFLATED = 8;
const ZIP_ENCRYPTED_FLAG = 0x1;
const INFO_ZIP_UNICODE_PATH = 0x7075;
const LOCAL_FILE_HEADER = 0x04034b50;

/** An open zip and its entries by name, every one of which passed the name and size checks. */
export interface ZipDirectory {
  zip: yauzl.ZipFile;
  entries: Map<string, yauzl.Entry>;
}

/**
 * Opens the zip at `path` and reads its central directory, refusing (ArchiveError) a file that is not a zip
 * or is truncated, more entries than `maxEntries`, unsafe, duplicate or unknown names, zip encryption or a
 * compression other than stored/deflated, an entry over `maxCompressionRatio`, and a total declared size
 * over `maxUncompressedBytes`. No entry data is read. The caller closes `zip` (also on its own errors).
 */
export async function openZipDirectory(path: string, limits: ArchiveLimits): Promise<ZipDirectory> {
  const zip = await openZip(path);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw ArchiveError.limitExceeded('maxEntries', limits.maxEntries, zip.entryCount);
    }
    const entries = await readEntries(zip, limits);
    return { zip, entries };
  } catch (error) {
    zip.close();
    throw error;
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings false: names arrive as raw bytes, so yauzl neither rewrites backslashes nor throws
    // generic errors for hostile names; this module checks them and says which rule they broke.
    const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
    yauzl.open(path, options, (err, zip) => {
      if (err || !zip) {
        classifyOpenError(path, err ?? new Error('yauzl returned no zip')).then(reject, reject);
        return;
      }
      // The zip reports late failures (closing its file) as 'error' events; without a listener one would
      // crash the process. Every read in progress reports its own errors through its stream or callback.
      zip.on('error', () => undefined);
      resolve(zip);
    });
  });
}

/**
 * A file that starts like a zip but has no end record was cut short; anything else is not a zip. A system
 * error (the file cannot be opened) is the server's problem, not the archive's, and stays as it is.
 */
async function classifyOpenError(path: string, error: Error): Promise<Error> {
  if ((error as NodeJS.ErrnoException).syscall) return error;
  const message = error.message;
  if (/unexpected EOF|overflows file bounds/i.test(message)) return ArchiveError.truncated(message, error);
  if (!/central directory record signature not found/i.test(message)) return ArchiveError.malformed(message, error);
  const head = Buffer.alloc(4);
  const file = await openFile(path, 'r');
  try {
    const { bytesRead } = await file.read(head, 0, 4, 0);
    if (bytesRead === 0) return ArchiveError.truncated('the file is empty', error);
    if (head.readUInt32LE(0) === LOCAL_FILE_HEADER) {
      return ArchiveError.truncated('the zip has no end of central directory', error);
    }
    return ArchiveError.malformed('not a zip file', error);
  } finally {
    await file.close();
  }
}

function readEntries(zip: yauzl.ZipFile, limits: ArchiveLimits): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    let totalDeclared = 0;
    const onError = (error: Error) => reject(error instanceof ArchiveError ? error : classifyDirectoryError(error));
    zip.on('error', onError);
    zip.on('end', () => {
      zip.removeListener('error', onError);
      resolve(entries);
    });
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        const name = checkEntry(entry, entries, limits);
        totalDeclared += entry.uncompressedSize;
        if (totalDeclared > limits.maxUncompressedBytes) {
          throw ArchiveError.limitExceeded('maxUncompressedBytes', limits.maxUncompressedBytes, totalDeclared);
        }
        entries.set(name, entry);
        zip.readEntry();
      } catch (error) {
        // Stop reading: further 'entry' events are not requested, so this is the only settlement.
        zip.removeAllListeners('entry');
        reject(error);
      }
    });
    zip.readEntry();
  });
}

function classifyDirectoryError(error: Error): ArchiveError {
  return /unexpected EOF|overflows file bounds/i.test(error.message)
    ? ArchiveError.truncated(error.message, error)
    : ArchiveError.malformed(error.message, error);
}

/** The entry's name once it has passed every check; throws the first rule it breaks. */
function checkEntry(entry: yauzl.Entry, seen: Map<string, yauzl.Entry>, limits: ArchiveLimits): string {
  const name = entryName(entry);
  if (seen.has(name)) throw ArchiveError.entryDuplicate(name);
  if (!KNOWN_ENTRIES.has(name)) {
    throw ArchiveError.entryUnexpected(name, `an archive holds only ${[...KNOWN_ENTRIES].join(', ')}`);
  }
  if (entry.generalPurposeBitFlag & ZIP_ENCRYPTED_FLAG) {
    const reason = 'zip encryption is not supported (the format encrypts entry data itself)';
    throw ArchiveError.malformed(reason, undefined, name);
  }
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    throw ArchiveError.malformed(`unsupported compression method ${entry.compressionMethod}`, undefined, name);
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (ratio > limits.maxCompressionRatio) {
    throw ArchiveError.limitExceeded('maxCompressionRatio', limits.maxCompressionRatio, Math.round(ratio), name);
  }
  return name;
}

/**
 * The entry's name as raw bytes decoded, after refusing names that would be dangerous to anything that did
 * use them as paths. An Info-ZIP Unicode Path field that disagrees with the raw name is refused too: two
 * readers must never see two different names for one entry.
 */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer; // decodeStrings: false
  const name = raw.toString('utf8');
  assertSafeName(name);
  for (const field of entry.extraFields) {
    if (field.id !== INFO_ZIP_UNICODE_PATH || field.data.length < 6) continue;
    const alternative = field.data.subarray(5).toString('utf8');
    assertSafeName(alternative);
    if (alternative !== name) {
      throw ArchiveError.unsafeEntryName(name, `its Unicode path field says ${JSON.stringify(alternative)}`);
    }
  }
  return name;
}

function assertSafeName(name: string): void {
  if (name.includes('\\')) throw ArchiveError.unsafeEntryName(name, 'contains a backslash');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw ArchiveError.unsafeEntryName(name, 'is an absolute path');
  if (name.split('/').includes('..')) throw ArchiveError.unsafeEntryName(name, 'contains a ".." path segment');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw ArchiveError.unsafeEntryName(name, 'contains a control character');
}
