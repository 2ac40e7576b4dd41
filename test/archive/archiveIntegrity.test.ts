import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/archiveReader.js';
import { MANIFEST_ENTRY, OBJECTS_ENTRY, SIGNATURE_ENTRY } from '../../src/archive/record.js';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { verifyDetached } from '../../src/crypto/signature.js';
import {
  collectRecords,
  expectArchiveError,
  flipByteInEntry,
  forgeArchive,
  removeTempDir,
  sha256,
  tempPath,
  writeSample,
  zipEntries,
} from './zipForgery.js';

afterAll(removeTempDir);

const signer = createSelfSignedCertificate({ commonName: 'Exporter' });

describe('a flipped byte is detected and the entry named', () => {
  it('in objects.ndjson, while reading the records', async () => {
    const { path } = await writeSample();
    await flipByteInEntry(path, OBJECTS_ENTRY);
    const archive = await openArchive(path);

    const error = await expectArchiveError(collectRecords(archive), 'ENTRY_DIGEST_MISMATCH');
    expect(error.details.entry).toBe(OBJECTS_ENTRY);
    expect(error.message).toContain(OBJECTS_ENTRY);
    await archive.close();
  });

  it('in objects.ndjson, by verifyEntryDigests', async () => {
    const { path } = await writeSample();
    await flipByteInEntry(path, OBJECTS_ENTRY);
    const archive = await openArchive(path);

    const error = await expectArchiveError(archive.verifyEntryDigests(), 'ENTRY_DIGEST_MISMATCH');
    expect(error.details.entry).toBe(OBJECTS_ENTRY);
    await archive.close();
  });

  it('in manifest.json, when the archive is opened', async () => {
    const { path } = await writeSample({ signer });
    await flipByteInEntry(path, MANIFEST_ENTRY);

    const error = await expectArchiveError(openArchive(path), 'ENTRY_DIGEST_MISMATCH');
    expect(error.details.entry).toBe(MANIFEST_ENTRY);
  });

  it('in signature.p7s, when the archive is opened', async () => {
    const { path } = await writeSample({ signer });
    await flipByteInEntry(path, SIGNATURE_ENTRY);

    const error = await expectArchiveError(openArchive(path), 'ENTRY_DIGEST_MISMATCH');
    expect(error.details.entry).toBe(SIGNATURE_ENTRY);
  });
});

describe('the manifest digests', () => {
  it('an intact archive verifies', async () => {
    const archive = await openArchive((await writeSample()).path);
    await expect(archive.verifyEntryDigests()).resolves.toBeUndefined();
    await archive.close();
  });

  it('a listed SHA-256 that differs from the entry is refused, naming both digests', async () => {
    const path = await forgeArchive({
      editManifest: (m) => {
        m.entries[0]!.sha256 = sha256(Buffer.from('something else'));
      },
    });
    const archive = await openArchive(path);
    const error = await expectArchiveError(archive.verifyEntryDigests(), 'ENTRY_DIGEST_MISMATCH');
    expect(error.details).toMatchObject({ entry: OBJECTS_ENTRY, expected: sha256(Buffer.from('something else')) });
    await expectArchiveError(collectRecords(archive), 'ENTRY_DIGEST_MISMATCH');
    await archive.close();
  });

  it('a listed size that differs from the entry is refused when the archive is opened', async () => {
    const path = await forgeArchive({
      editManifest: (m) => {
        m.entries[0]!.size += 1;
      },
    });
    const error = await expectArchiveError(openArchive(path), 'ENTRY_DIGEST_MISMATCH');
    expect(error.details.entry).toBe(OBJECTS_ENTRY);
  });

  it('a manifest altered after signing (CRC recomputed) fails the signature check', async () => {
    const written = await writeSample({ signer });
    const archive = await openArchive(written.path);
    const signature = archive.signature!;
    const objects = await collectRecords(archive);
    await archive.close();

    // The attacker rebuilds the zip so every CRC is right, but cannot re-sign.
    const altered = { ...written.manifest, protection: { viewContent: true, rePackageable: true, editable: true } };
    const alteredBytes = Buffer.from(JSON.stringify(altered, null, 2) + '\n');
    const path = await zipEntries(await tempPath(), [
      { name: OBJECTS_ENTRY, data: Buffer.from(objects.map((l) => `${l.raw}\n`).join('')) },
      { name: MANIFEST_ENTRY, data: alteredBytes },
      { name: SIGNATURE_ENTRY, data: signature, compress: false },
    ]);
    const reopened = await openArchive(path);
    expect(() => verifyDetached(reopened.signature!, reopened.manifestBytes)).toThrow(
      expect.objectContaining({ code: 'SIGNATURE_INVALID' }),
    );
    await reopened.close();
  });
});
