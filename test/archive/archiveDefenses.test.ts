import { readFile, truncate, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, openArchive } from '../../src/archive/archiveReader.js';
import { MANIFEST_ENTRY, OBJECTS_ENTRY } from '../../src/archive/record.js';
import { records } from '../fixtures/records.js';
import {
  collectRecords,
  declareUncompressedSize,
  expectArchiveError,
  forgeArchive,
  locateEntries,
  ndjsonOf,
  removeTempDir,
  renameEntry,
  setCentralField16,
  tempPath,
  writeSample,
  zipEntries,
} from './zipForgery.js';

afterAll(removeTempDir);

const MIB = 1024 * 1024;

describe('malformed and truncated files', () => {
  it('a file that is not a zip is ARCHIVE_MALFORMED', async () => {
    const path = await tempPath();
    await writeFile(path, 'name,kind\nacme,ORGANIZATION\n'.repeat(100));
    await expectArchiveError(openArchive(path), 'ARCHIVE_MALFORMED');
  });

  it('an empty file is ARCHIVE_TRUNCATED', async () => {
    const path = await tempPath();
    await writeFile(path, Buffer.alloc(0));
    await expectArchiveError(openArchive(path), 'ARCHIVE_TRUNCATED');
  });

  it.each([0.1, 0.5, 0.9, 0.999])('a zip cut at %f of its length is ARCHIVE_TRUNCATED', async (fraction) => {
    const { path, size } = await writeSample();
    await truncate(path, Math.floor(size * fraction));
    await expectArchiveError(openArchive(path), 'ARCHIVE_TRUNCATED');
  });

  it('a garbled central directory is ARCHIVE_MALFORMED', async () => {
    const { path } = await writeSample();
    const zip = await readFile(path);
    zip.writeUInt32LE(0xdeadbeef, locateEntries(zip)[0]!.centralOffset);
    await writeFile(path, zip);
    await expectArchiveError(openArchive(path), 'ARCHIVE_MALFORMED');
  });

  it('zip encryption (instead of the format’s own) is ARCHIVE_MALFORMED', async () => {
    const { path } = await writeSample();
    await setCentralField16(path, OBJECTS_ENTRY, 8, 0x0009); // general purpose flags: encrypted + descriptor
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_MALFORMED');
    expect(error.message).toContain('zip encryption');
  });

  it('a compression method other than stored or deflated is ARCHIVE_MALFORMED', async () => {
    const { path } = await writeSample();
    await setCentralField16(path, OBJECTS_ENTRY, 10, 12); // bzip2
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_MALFORMED');
    expect(error.message).toContain('compression method 12');
  });
});

describe('zip bombs', () => {
  it('an entry that compresses beyond maxCompressionRatio is refused, naming the limit and its value', async () => {
    const path = await forgeArchive({ objects: Buffer.alloc(20 * MIB, 0x20), records: [] });
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: 'maxCompressionRatio', value: 200, entry: OBJECTS_ENTRY });
    expect(error.message).toContain('maxCompressionRatio = 200');
  });

  it('declared sizes adding up beyond maxUncompressedBytes are refused, naming the limit and its value', async () => {
    const { path } = await writeSample();
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxUncompressedBytes: 1000 };
    const error = await expectArchiveError(openArchive(path, limits), 'ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: 'maxUncompressedBytes', value: 1000 });
    expect(error.message).toContain('maxUncompressedBytes = 1000');
  });

  it('a header that understates the uncompressed size is caught while inflating, not after', async () => {
    const declared = 1_000_000;
    // 8 MiB of zeros deflate to ~8 KiB: declared honestly, the ratio would give it away; understated, it passes.
    const path = await forgeArchive({ objects: Buffer.alloc(8 * MIB), records: [], editManifest: (m) => {
      m.entries[0]!.size = declared;
    } });
    await declareUncompressedSize(path, OBJECTS_ENTRY, declared);
    const archive = await openArchive(path);

    const error = await expectArchiveError(collectRecords(archive), 'ENTRY_DIGEST_MISMATCH');
    expect(error.details).toMatchObject({ entry: OBJECTS_ENTRY, expected: declared });
    // Stopped within one inflate chunk of the declared size: the other 7 MiB were never produced.
    expect(error.details.actual).toBeLessThanOrEqual(declared + 64 * 1024);
    await expectArchiveError(archive.verifyEntryDigests(), 'ENTRY_DIGEST_MISMATCH');
    await archive.close();
  });

  it('manifest.json beyond maxManifestBytes is refused before it is read', async () => {
    const { path } = await writeSample();
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxManifestBytes: 256 };
    const error = await expectArchiveError(openArchive(path, limits), 'ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: 'maxManifestBytes', value: 256, entry: MANIFEST_ENTRY });
  });

  it('an archive declaring more objects than maxObjects is refused when opened', async () => {
    const path = await forgeArchive({ records: [records.organization(), records.organization()] });
    const error = await expectArchiveError(openArchive(path, { ...DEFAULT_ARCHIVE_LIMITS, maxObjects: 1 }), 'ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: 'maxObjects', value: 1, actual: 2, entry: MANIFEST_ENTRY });
  });

  it('a record line beyond maxRecordBytes is refused without buffering it whole', async () => {
    const big = records.organization({ description: 'x'.repeat(10_000) });
    const path = await forgeArchive({ records: [records.organization(), big] });
    const archive = await openArchive(path, { ...DEFAULT_ARCHIVE_LIMITS, maxRecordBytes: 4096 });
    const error = await expectArchiveError(collectRecords(archive), 'ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: 'maxRecordBytes', value: 4096 });
    expect(error.message).toContain('line 2');
    await archive.close();
  });
});

describe('entries', () => {
  it('more entries than maxEntries are refused, naming the limit and its value', async () => {
    const entries = Array.from({ length: 17 }, (_, i) => ({ name: `entry-${i}.txt`, data: Buffer.from('x') }));
    const path = await zipEntries(await tempPath(), entries);
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: 'maxEntries', value: 16, actual: 17 });
  });

  it.each([
    ['../../../etc/passwd', 'contains a ".." path segment'],
    ['objects/../manifest.json', 'contains a ".." path segment'],
    ['/etc/passwd', 'is an absolute path'],
    ['C:/Windows/win.ini', 'is an absolute path'],
    ['..\\..\\evil.ndjson', 'contains a backslash'],
  ])('an entry named %s is ARCHIVE_UNSAFE_ENTRY_NAME', async (name, reason) => {
    const placeholder = 'p'.repeat(Buffer.byteLength(name));
    const path = await forgeArchive({ extra: [{ name: placeholder, data: Buffer.from('pwned') }] });
    await renameEntry(path, placeholder, name);
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_UNSAFE_ENTRY_NAME');
    expect(error.details).toMatchObject({ entry: name, reason });
  });

  it('a name held twice is ARCHIVE_ENTRY_DUPLICATE', async () => {
    const objects = ndjsonOf([records.organization()]);
    const path = await forgeArchive({ extra: [{ name: OBJECTS_ENTRY, data: objects }] });
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_ENTRY_DUPLICATE');
    expect(error.details.entry).toBe(OBJECTS_ENTRY);
  });

  it('a name the format does not define is ARCHIVE_ENTRY_UNEXPECTED', async () => {
    const path = await forgeArchive({ extra: [{ name: 'notes.txt', data: Buffer.from('hello') }] });
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_ENTRY_UNEXPECTED');
    expect(error.details.entry).toBe('notes.txt');
  });

  it('an entry the manifest does not list is ARCHIVE_ENTRY_UNEXPECTED', async () => {
    const path = await forgeArchive({ editManifest: (m) => void (m.entries = []) });
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_ENTRY_UNEXPECTED');
    expect(error.details.entry).toBe(OBJECTS_ENTRY);
  });

  it('a listed entry absent from the zip is ARCHIVE_ENTRY_MISSING', async () => {
    const written = await writeSample();
    const manifest = Buffer.from(JSON.stringify(written.manifest));
    const path = await zipEntries(await tempPath(), [{ name: MANIFEST_ENTRY, data: manifest }]);
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_ENTRY_MISSING');
    expect(error.details.entry).toBe(OBJECTS_ENTRY);
  });

  it('a zip without manifest.json is ARCHIVE_ENTRY_MISSING', async () => {
    const path = await zipEntries(await tempPath(), [{ name: OBJECTS_ENTRY, data: ndjsonOf([]) }]);
    const error = await expectArchiveError(openArchive(path), 'ARCHIVE_ENTRY_MISSING');
    expect(error.details.entry).toBe(MANIFEST_ENTRY);
  });
});
