import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_ENTRY, OBJECTS_ENTRY, SIGNATURE_ENTRY } from '../../src/archive/record.js';
import { openArchive } from '../../src/archive/archiveReader.js';
import { certificateFingerprint, createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { findRecipientWrap, unwrapKeyWithPassword, unwrapKeyWithPrivateKey } from '../../src/crypto/envelope.js';
import { expectArchiveError, flipByteInEntry } from '../archive/zipForgery.js';
import { databases } from '../support/databases.js';
import { downloadAndOpen, downloadArchive, exportArchive, readAllRecords, removeTempFiles, tryExport } from '../support/exportBuilders.js';
import { createAsset, createObjectType } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

// One recipient key pair for the whole file: key generation is the slow part of these tests.
const recipient = createSelfSignedCertificate({ commonName: 'Recipient registry' });

describe.each(databases)('export encryption and integrity on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let asset: string;

  beforeAll(async () => {
    const type = (await createObjectType(registry.admin)).uuid;
    asset = (await createAsset(registry.admin, type, { attributes: { endpoint: 'https://secret.example.test' } })).uuid;
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  it('encrypts for a password that then decrypts the records', async () => {
    const exported = await exportArchive(registry.admin, { objects: [asset], encryption: { mode: 'PASSWORD', password: 'correct horse' } });
    const archive = await downloadAndOpen(registry.admin, exported.downloadUrl);
    const key = await unwrapKeyWithPassword(archive.manifest.encryption!.password!, 'correct horse');
    const records = await readAllRecords(archive, key);
    await archive.close();
    expect({ encryption: exported.encryption, asset: records.find((r) => r.uuid === asset)?.attributes }).toEqual({
      encryption: 'PASSWORD',
      asset: { endpoint: 'https://secret.example.test' },
    });
  });

  it('refuses a wrong password with WRONG_PASSWORD', async () => {
    const exported = await exportArchive(registry.admin, { objects: [asset], encryption: { mode: 'PASSWORD', password: 'correct horse' } });
    const archive = await downloadAndOpen(registry.admin, exported.downloadUrl);
    await expect(unwrapKeyWithPassword(archive.manifest.encryption!.password!, 'battery staple')).rejects.toThrow(
      expect.objectContaining({ code: 'WRONG_PASSWORD' }),
    );
    await archive.close();
  });

  it('encrypts for a recipient certificate whose private key then decrypts the records', async () => {
    const exported = await exportArchive(registry.admin, {
      objects: [asset],
      encryption: { mode: 'CERTIFICATE', recipientCertificatePem: recipient.certificatePem },
    });
    const archive = await downloadAndOpen(registry.admin, exported.downloadUrl);
    const wrap = findRecipientWrap(archive.manifest.encryption!.recipients, [certificateFingerprint(recipient.certificatePem)]);
    const records = await readAllRecords(archive, unwrapKeyWithPrivateKey(wrap!, recipient.privateKeyPem));
    await archive.close();
    expect(records.map((r) => r.uuid)).toContain(asset);
  });

  it('refuses an unreadable recipient certificate with CERTIFICATE_INVALID', async () => {
    const res = await tryExport(registry.admin, { objects: [asset], encryption: { mode: 'CERTIFICATE', recipientCertificatePem: 'not a certificate' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('CERTIFICATE_INVALID');
  });

  it('refuses password encryption without a password with BAD_USER_INPUT', async () => {
    const res = await tryExport(registry.admin, { objects: [asset], encryption: { mode: 'PASSWORD' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([OBJECTS_ENTRY, MANIFEST_ENTRY, SIGNATURE_ENTRY])('detects a flipped byte in %s and names the entry', async (entry) => {
    const exported = await exportArchive(registry.admin, { objects: [asset] });
    const path = await downloadArchive(registry.admin, exported.downloadUrl);
    await flipByteInEntry(path, entry);
    const verify = openArchive(path).then(async (archive) => {
      try {
        await archive.verifyEntryDigests();
      } finally {
        await archive.close();
      }
    });
    const error = await expectArchiveError(verify, 'ENTRY_DIGEST_MISMATCH');
    expect(error.details.entry).toBe(entry);
  });
});
