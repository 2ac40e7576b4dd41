import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/archiveReader.js';
import { writeArchive } from '../../src/archive/archiveWriter.js';
import { MANIFEST_ENTRY, OBJECTS_ENTRY, SIGNATURE_ENTRY, type ArchiveRecord } from '../../src/archive/record.js';
import { validateManifest } from '../../src/archive/schemaValidation.js';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { verifyDetached } from '../../src/crypto/signature.js';
import { ObjectKind } from '../../src/domain/objectKind.js';
import { oneOfEveryKind, records } from '../fixtures/records.js';
import {
  asyncOf,
  collectRecords,
  locateEntries,
  manifestFacts,
  removeTempDir,
  sha256,
  tempPath,
  writeSample,
} from './zipForgery.js';

afterAll(removeTempDir);

describe('archive round trip', () => {
  it('reads back every kind exactly as written, in order', async () => {
    const { path, records: source } = await writeSample();
    expect(new Set(source.map((r) => r.kind))).toEqual(new Set(Object.values(ObjectKind)));

    const archive = await openArchive(path);
    const lines = await collectRecords(archive);
    await archive.close();

    expect(lines.map((l) => l.problems)).toEqual(source.map(() => []));
    expect(lines.map((l) => l.record)).toEqual(source);
    expect(lines.map((l) => l.line)).toEqual(source.map((_, i) => i + 1));
  });

  it('keeps CentraSite uddi: UUIDs, versions and lifecycles as they are', async () => {
    const type = records.objectType({ uuid: 'uddi:5e0c4a2a-1f1b-4b7e-9c1e-2a4f7d9b0c11' });
    const asset = records.asset(type.uuid, {
      version: '2.1',
      previousVersion: 'uddi:0a9d41a6-7f2c-4c53-8f56-5b1e8d2f3c44',
      lifecycle: {
        model: 'uddi:3f1a0d22-8b9e-4d7c-a1b2-c3d4e5f60718',
        state: 'uddi:7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9',
        stateName: 'Live',
        stageAddresses: ['http://prod.example.test/graphql'],
      },
      references: [{ name: 'uses', target: type.uuid }],
    });
    const { path } = await writeSample({ records: [type, asset] });
    const archive = await openArchive(path);
    expect((await collectRecords(archive)).map((l) => l.record)).toEqual([type, asset]);
    await archive.close();
  });

  it('lists every other entry in the manifest with its size and SHA-256', async () => {
    const written = await writeSample({ signer: createSelfSignedCertificate({ commonName: 'Exporter' }) });
    const zip = await readFile(written.path);
    const entries = locateEntries(zip);
    expect(entries.map((e) => e.name)).toEqual([OBJECTS_ENTRY, MANIFEST_ENTRY, SIGNATURE_ENTRY]);

    const objects = entries[0]!;
    const content = inflateRawSync(zip.subarray(objects.dataOffset, objects.dataOffset + objects.compressedSize));
    expect(written.manifest.entries).toEqual([
      { name: OBJECTS_ENTRY, size: content.length, sha256: sha256(content), encrypted: false },
    ]);
    expect(validateManifest(written.manifest)).toEqual([]);
  });

  it('reports the whole file: SHA-256, size, object count and counts by kind', async () => {
    const written = await writeSample();
    const file = await readFile(written.path);
    expect(written.sha256).toBe(sha256(file));
    expect(written.size).toBe(file.length);
    expect(written.objectCount).toBe(9);
    expect(written.manifest.objectCount).toBe(9);
    expect(Object.values(written.manifest.countsByKind)).toEqual(Array(9).fill(1));
  });

  it('writes manifest.json as the manifest, byte for byte what the reader returns', async () => {
    const written = await writeSample();
    const archive = await openArchive(written.path);
    expect(archive.manifest).toEqual(written.manifest);
    expect(JSON.parse(archive.manifestBytes.toString('utf8'))).toEqual(written.manifest);
    expect(archive.signature).toBeNull();
    await archive.close();
  });

  it('signs manifest.json with a detached signature carrying the signer certificate', async () => {
    const signer = createSelfSignedCertificate({ commonName: 'Exporting registry' });
    const archive = await openArchive((await writeSample({ signer })).path);
    const verification = verifyDetached(archive.signature!, archive.manifestBytes);
    expect(verification.signer.subject).toContain('CN=Exporting registry');
    await archive.close();
  });

  it('writes an empty archive when there are no records', async () => {
    const archive = await openArchive((await writeSample({ records: [] })).path);
    expect(archive.manifest.objectCount).toBe(0);
    expect(await collectRecords(archive)).toEqual([]);
    await archive.close();
  });

  it('removes the partial file and rethrows when the records source fails', async () => {
    const outputPath = await tempPath('failing.zip');
    async function* failing(): AsyncGenerator<ArchiveRecord> {
      yield records.organization();
      throw new Error('database went away');
    }
    await expect(writeArchive({ outputPath, manifest: manifestFacts(), records: failing() })).rejects.toThrow(
      'database went away',
    );
    const left = (await readdir(dirname(outputPath))).filter((f) => f.startsWith(outputPath.split('/').pop()!));
    expect(left).toEqual([]);
  });

  it('fails, rather than waits, when the file cannot be written', async () => {
    const outputPath = join(await tempPath('missing-dir'), 'archive.zip');
    const writing = writeArchive({ outputPath, manifest: manifestFacts(), records: asyncOf(oneOfEveryKind()) });
    await expect(writing).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lets a reader stop early and read again', async () => {
    const { path, records: source } = await writeSample();
    const archive = await openArchive(path);
    for await (const line of archive.readRecords()) {
      expect(line.record).toEqual(source[0]);
      break;
    }
    expect((await collectRecords(archive)).map((l) => l.record)).toEqual(source);
    await archive.close();
  });

  it('refuses bad manifest facts before reading any record', async () => {
    let pulled = 0;
    async function* counted(): AsyncGenerator<ArchiveRecord> {
      for (const r of oneOfEveryKind()) {
        pulled += 1;
        yield r;
      }
    }
    const manifest = { ...manifestFacts(), exportedAt: 'yesterday' };
    await expect(writeArchive({ outputPath: await tempPath(), manifest, records: counted() })).rejects.toMatchObject({
      code: 'MANIFEST_INVALID',
    });
    expect(pulled).toBe(0);
  });
});
