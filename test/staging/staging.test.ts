import { afterAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FORMAT_VERSION } from '../../src/archive/record.js';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { records } from '../fixtures/records.js';
import { forgeArchive, removeTempDir, writeSample } from '../archive/zipForgery.js';
import { databases } from '../support/databases.js';
import { suiteRegistry } from '../support/testRegistry.js';
import { leftovers, serverSigner, staged, StoredStagedImport } from './stagingHarness.js';

afterAll(removeTempDir);

describe.each(databases)('staging an archive on $name', ({ create }) => {
  const registry = suiteRegistry(create);

  it('holds the manifest facts of the archive', async () => {
    const written = await writeSample({ signer: await serverSigner(registry) });
    const result = await staged(registry.admin, written.path);

    const { manifest } = written;
    expect(result).toMatchObject({
      formatVersion: ARCHIVE_FORMAT_VERSION,
      sourceRegistry: manifest.registry,
      exportedBy: manifest.exportedBy,
      exportedAt: manifest.exportedAt,
      options: {
        selection: { objects: manifest.options.objects, package: null },
        includeReferences: true,
        includeVersionHistory: false,
        completeOrganization: null,
      },
      protection: manifest.protection,
      archiveSha256: written.sha256,
      archiveSize: written.size,
      objectCount: 9,
      encrypted: false,
      problems: [],
      problemCount: 0,
    });
    expect(result.fileName).toMatch(/archive\.zip$/);
    expect(result.countsByKind).toHaveLength(9);
    expect(result.countsByKind.every((c) => c.count === 1)).toBe(true);
  });

  it('an archive signed with this registry’s key is SIGNED_TRUSTED and names the signer', async () => {
    const signer = await serverSigner(registry);
    const result = await staged(registry.admin, (await writeSample({ signer })).path);

    expect(result.trust).toBe('SIGNED_TRUSTED');
    expect(result.signer).toMatchObject({ fingerprintSha256: signer.fingerprint, pem: signer.certificatePem });
    expect(result.signer!.subject).toContain('CN=');
    expect(result.signer!.signingTime).not.toBeNull();
  });

  it('an archive signed by a certificate this registry does not know is SIGNED_UNTRUSTED', async () => {
    const foreign = createSelfSignedCertificate({ commonName: 'Foreign Registry', organization: 'Elsewhere' });
    const result = await staged(registry.admin, (await writeSample({ signer: foreign })).path);

    expect(result.trust).toBe('SIGNED_UNTRUSTED');
    expect(result.signer?.subject).toBe('CN=Foreign Registry,O=Elsewhere');
  });

  it('an unsigned archive is staged as UNSIGNED when configuration accepts them (the default)', async () => {
    const result = await staged(registry.admin, (await writeSample()).path);

    expect(result.trust).toBe('UNSIGNED');
    expect(result.signer).toBeNull();
  });

  it('removes the spooled upload once the archive is staged', async () => {
    await staged(registry.admin, (await writeSample()).path);

    expect((await leftovers(registry)).files).toEqual([]);
  });

  it('reports records missing required fields with line, path and message, and stages the others', async () => {
    const org = records.organization();
    const { name: _dropped, ...nameless } = records.organization();
    const { fields: _fields, ...fieldless } = records.user();
    const result = await staged(registry.admin, await forgeArchive({ records: [org, nameless, fieldless] }));

    expect(result.objectCount).toBe(1);
    expect(result.problems).toEqual([
      { line: 2, path: '$.name', message: 'is required' },
      { line: 3, path: '$.fields', message: 'is required' },
    ]);
    expect(result.problemCount).toBe(2);
  });

  it('answers a stored staged import field for field as staging answered, signer and problems included', async () => {
    const signed = await staged(registry.admin, (await writeSample({ signer: await serverSigner(registry) })).path);
    const { name: _dropped, ...nameless } = records.organization();
    const withProblems = await staged(registry.admin, await forgeArchive({ records: [records.organization(), nameless] }));
    for (const answered of [signed, withProblems]) {
      expect((await registry.admin.data(StoredStagedImport, { id: answered.id })).stagedImport).toEqual(answered);
    }
    expect(signed.signer).not.toBeNull();
    expect(withProblems.problems).toHaveLength(1);
  });

  it('keeps the first 1000 problems and counts them all', async () => {
    const nameless = Array.from({ length: 1200 }, () => {
      const { name: _dropped, ...rest } = records.organization();
      return rest;
    });
    const result = await staged(registry.admin, await forgeArchive({ records: [records.organization(), ...nameless] }));

    expect(result.objectCount).toBe(1);
    expect(result.problems).toHaveLength(1000);
    expect(result.problems.at(-1)).toEqual({ line: 1001, path: '$.name', message: 'is required' });
    expect(result.problemCount).toBe(1200);
  });

  it('a UUID repeated within the archive is a problem of its second occurrence', async () => {
    const first = records.organization({ name: 'first' });
    const second = records.organization({ uuid: first.uuid, name: 'second' });
    const result = await staged(registry.admin, await forgeArchive({ records: [first, records.user(), second] }));

    expect(result.objectCount).toBe(2);
    expect(result.problems).toEqual([
      { line: 3, path: '$.uuid', message: expect.stringContaining('of line 1') },
    ]);
  });
});
