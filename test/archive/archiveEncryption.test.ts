import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/archiveReader.js';
import { OBJECTS_ENTRY } from '../../src/archive/record.js';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { unwrapKeyWithPassword, unwrapKeyWithPrivateKey } from '../../src/crypto/envelope.js';
import {
  collectRecords,
  expectArchiveError,
  flipByteInEntry,
  locateEntries,
  removeTempDir,
  writeSample,
} from './zipForgery.js';

afterAll(removeTempDir);

// Cheap scrypt parameters keep the tests fast; the format carries whatever the exporter chose.
const scrypt = { N: 1024, r: 8, p: 1 };
const recipient = createSelfSignedCertificate({ commonName: 'Importing registry' });

describe('encrypted archives', () => {
  it('round-trips with a password', async () => {
    const written = await writeSample({ encryption: { password: 'correct horse', scrypt } });
    const archive = await openArchive(written.path);
    const key = await unwrapKeyWithPassword(archive.manifest.encryption!.password!, 'correct horse');

    expect((await collectRecords(archive, key)).map((l) => l.record)).toEqual(written.records);
    await archive.close();
  });

  it('round-trips for a recipient certificate', async () => {
    const written = await writeSample({ encryption: { recipientCertificatePem: recipient.certificatePem } });
    const archive = await openArchive(written.path);
    const [wrap] = archive.manifest.encryption!.recipients;
    const key = unwrapKeyWithPrivateKey(wrap!, recipient.privateKeyPem);

    expect((await collectRecords(archive, key)).map((l) => l.record)).toEqual(written.records);
    await archive.close();
  });

  it('records the scrypt parameters, GCM nonce and tag in the readable manifest', async () => {
    const { manifest } = await writeSample({
      encryption: { password: 'pw', scrypt, recipientCertificatePem: recipient.certificatePem },
    });
    expect(manifest.entries[0]).toMatchObject({ name: OBJECTS_ENTRY, encrypted: true });
    expect(manifest.encryption).toMatchObject({
      algorithm: 'AES-256-GCM',
      password: { kdf: 'scrypt', algorithm: 'AES-256-GCM', ...scrypt },
      recipients: [{ algorithm: 'RSA-OAEP-256' }],
    });
    const { iv, tag } = manifest.encryption!.entries[OBJECTS_ENTRY]!;
    expect(Buffer.from(iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag, 'base64')).toHaveLength(16);
  });

  it('stores the ciphertext uncompressed, and its digest is over the ciphertext', async () => {
    const written = await writeSample({ encryption: { password: 'pw', scrypt } });
    const zip = await readFile(written.path);
    const objects = locateEntries(zip).find((e) => e.name === OBJECTS_ENTRY)!;
    expect(objects.compressedSize).toBe(objects.uncompressedSize);
    const stored = zip.subarray(objects.dataOffset, objects.dataOffset + objects.compressedSize);
    expect(written.manifest.entries[0]!.size).toBe(stored.length);
    expect(stored.includes(Buffer.from(written.records[0]!.uuid))).toBe(false);
  });

  it('names the altered entry before trying to decrypt it', async () => {
    const written = await writeSample({ encryption: { password: 'pw', scrypt } });
    await flipByteInEntry(written.path, OBJECTS_ENTRY);
    const archive = await openArchive(written.path);
    const key = await unwrapKeyWithPassword(archive.manifest.encryption!.password!, 'pw');

    const error = await expectArchiveError(collectRecords(archive, key), 'ENTRY_DIGEST_MISMATCH');
    expect(error.details.entry).toBe(OBJECTS_ENTRY);
    await archive.close();
  });

  it('fails authentication with a wrong content key', async () => {
    const archive = await openArchive((await writeSample({ encryption: { password: 'pw', scrypt } })).path);
    await expect(collectRecords(archive, randomBytes(32))).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' });
    await archive.close();
  });

  it('asks for the content key rather than yielding ciphertext', async () => {
    const archive = await openArchive((await writeSample({ encryption: { password: 'pw', scrypt } })).path);
    await expect(collectRecords(archive)).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' });
    await archive.close();
  });
});
