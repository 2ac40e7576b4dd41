import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { expect } from 'vitest';
import yazl from 'yazl';
import { ArchiveError, type ArchiveErrorCode } from '../../src/archive/archiveError.js';
import type { OpenedArchive, RecordLine } from '../../src/archive/archiveReader.js';
import { writeArchive, type WriteArchiveOptions, type WrittenArchive } from '../../src/archive/archiveWriter.js';
import {
  ARCHIVE_FORMAT_VERSION,
  MANIFEST_ENTRY,
  OBJECTS_ENTRY,
  type ArchiveRecord,
  type Manifest,
} from '../../src/archive/record.js';
import { at, oneOfEveryKind } from '../fixtures/records.js';

/*
 * Helpers for archive tests: real archives made by the writer, and hostile ones made by hand (with yazl,
 * then patched byte by byte where yazl refuses to write something a hostile client could).
 */

let tempDir: string | undefined;

/** A fresh path in this test file's temporary directory. */
export async function tempPath(name = 'archive.zip'): Promise<string> {
  tempDir ??= await mkdtemp(join(tmpdir(), 'registry-bridge-archive-'));
  return join(tempDir, `${randomUUID()}-${name}`);
}

/** For afterAll: removes this test file's temporary directory. */
export async function removeTempDir(): Promise<void> {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

/** Manifest facts as an exporter would give them. */
export function manifestFacts(): WriteArchiveOptions['manifest'] {
  return {
    registry: { uuid: randomUUID(), name: 'Source registry', address: 'http://source.example.test/graphql' },
    exportedBy: { uuid: randomUUID(), name: 'ada' },
    exportedAt: at(10),
    options: {
      objects: [],
      package: null,
      includeReferences: true,
      includeVersionHistory: false,
      completeOrganization: null,
    },
    protection: { viewContent: true, rePackageable: false, editable: true },
  };
}

export async function* asyncOf<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** Writes an archive of `records` (default: one of every kind) with the real writer. */
export async function writeSample(
  opts: Partial<Pick<WriteArchiveOptions, 'signer' | 'encryption'>> & { records?: ArchiveRecord[] } = {},
): Promise<WrittenArchive & { records: ArchiveRecord[] }> {
  const records = opts.records ?? oneOfEveryKind();
  const written = await writeArchive({
    outputPath: await tempPath(),
    manifest: manifestFacts(),
    records: asyncOf(records),
    signer: opts.signer,
    encryption: opts.encryption,
  });
  return { ...written, records };
}

export async function collectRecords(archive: OpenedArchive, contentKey?: Buffer): Promise<RecordLine[]> {
  const lines: RecordLine[] = [];
  for await (const line of archive.readRecords({ contentKey })) lines.push(line);
  return lines;
}

/** Awaits `promise`, expects it to reject with an ArchiveError of `code`, and returns that error. */
export async function expectArchiveError(promise: Promise<unknown>, code: ArchiveErrorCode): Promise<ArchiveError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  expect((error as ArchiveError).code, (error as Error).message).toBe(code);
  return error as ArchiveError;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

// ---- Hand-made zips ------------------------------------------------------------------------------------

export interface ForgedEntry {
  name: string;
  data: Buffer;
  compress?: boolean;
}

/** A zip of exactly these entries, in order: yazl does not object to duplicates or unknown names. */
export async function zipEntries(path: string, entries: ForgedEntry[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.data, e.name, { compress: e.compress ?? true, mtime: new Date(0) });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(path));
  return path;
}

export function ndjsonOf(records: unknown[]): Buffer {
  return Buffer.from(records.map((r) => `${JSON.stringify(r)}\n`).join(''), 'utf8');
}

/** A correct manifest for `objects` holding `records`, as a third-party writer following the docs makes it. */
export function manifestFor(objects: Buffer, records: { kind: string }[]): Manifest {
  const countsByKind: Record<string, number> = {};
  for (const r of records) countsByKind[r.kind] = (countsByKind[r.kind] ?? 0) + 1;
  return {
    formatVersion: ARCHIVE_FORMAT_VERSION,
    ...manifestFacts(),
    objectCount: records.length,
    countsByKind,
    entries: [{ name: OBJECTS_ENTRY, size: objects.length, sha256: sha256(objects), encrypted: false }],
    encryption: null,
  };
}

/**
 * An archive written by hand, not by the writer: `records` (any JSON, valid or not) as objects.ndjson,
 * a manifest describing them that `editManifest` may then break, and any `extra` entries.
 */
export async function forgeArchive(opts: {
  records?: unknown[];
  objects?: Buffer;
  editManifest?: (manifest: Manifest) => unknown;
  extra?: ForgedEntry[];
}): Promise<string> {
  const records = (opts.records ?? oneOfEveryKind()) as { kind: string }[];
  const objects = opts.objects ?? ndjsonOf(records);
  const manifest = manifestFor(objects, records);
  const edited = opts.editManifest?.(manifest) ?? manifest;
  const manifestBytes = Buffer.from(JSON.stringify(edited, null, 2), 'utf8');
  return zipEntries(await tempPath(), [
    { name: OBJECTS_ENTRY, data: objects },
    { name: MANIFEST_ENTRY, data: manifestBytes },
    ...(opts.extra ?? []),
  ]);
}

// ---- Byte-level surgery ----------------------------------------------------------------------------------

export interface LocatedEntry {
  name: string;
  centralOffset: number;
  localOffset: number;
  dataOffset: number;
  compressedSize: number;
  uncompressedSize: number;
}

/** The entries of a (non-ZIP64) zip, read from its central directory. */
export function locateEntries(zip: Buffer): LocatedEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let cursor = zip.readUInt32LE(eocd + 16);
  const entries: LocatedEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const nameLength = zip.readUInt16LE(cursor + 28);
    const localOffset = zip.readUInt32LE(cursor + 42);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    entries.push({
      name: zip.subarray(cursor + 46, cursor + 46 + nameLength).toString('utf8'),
      centralOffset: cursor,
      localOffset,
      dataOffset: localOffset + 30 + localNameLength + localExtraLength,
      compressedSize: zip.readUInt32LE(cursor + 20),
      uncompressedSize: zip.readUInt32LE(cursor + 24),
    });
    cursor += 46 + nameLength + zip.readUInt16LE(cursor + 30) + zip.readUInt16LE(cursor + 32);
  }
  return entries;
}

async function patchZip(path: string, patch: (zip: Buffer, entries: LocatedEntry[]) => void): Promise<void> {
  const zip = await readFile(path);
  patch(zip, locateEntries(zip));
  await writeFile(path, zip);
}

function find(entries: LocatedEntry[], name: string): LocatedEntry {
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  return entry;
}

/** Inverts one byte in the middle of the entry's stored data. */
export function flipByteInEntry(path: string, name: string): Promise<void> {
  return patchZip(path, (zip, entries) => {
    const entry = find(entries, name);
    const at = entry.dataOffset + Math.floor(entry.compressedSize / 2);
    zip[at] = zip[at]! ^ 0xff;
  });
}

/** Renames an entry in place (local header and central directory); names must have the same byte length. */
export function renameEntry(path: string, from: string, to: string): Promise<void> {
  if (Buffer.byteLength(from) !== Buffer.byteLength(to)) throw new Error('renameEntry needs names of equal length');
  return patchZip(path, (zip, entries) => {
    const entry = find(entries, from);
    zip.write(to, entry.centralOffset + 46, 'utf8');
    zip.write(to, entry.localOffset + 30, 'utf8');
  });
}

/** Rewrites a 16-bit field of the entry's central directory record (offsets as in APPNOTE 4.3.12). */
export function setCentralField16(path: string, name: string, offset: number, value: number): Promise<void> {
  return patchZip(path, (zip, entries) => {
    zip.writeUInt16LE(value, find(entries, name).centralOffset + offset);
  });
}

/** Makes the central directory declare a different uncompressed size for the entry: a lying header. */
export function declareUncompressedSize(path: string, name: string, size: number): Promise<void> {
  return patchZip(path, (zip, entries) => {
    zip.writeUInt32LE(size, find(entries, name).centralOffset + 24);
  });
}
