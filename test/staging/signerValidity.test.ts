import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate, type KeyPairCertificate } from '../../src/crypto/certificates.js';
import { records } from '../fixtures/records.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { CommitImport, importRecord } from '../support/importClient.js';
import { writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';
import { refused, staged } from './stagingHarness.js';

const DAY_MS = 86_400_000;

/** A signer whose certificate was valid from `fromDaysAgo` days ago for `days` days. */
function signerValid(fromDaysAgo: number, days: number): KeyPairCertificate {
  return createSelfSignedCertificate({ commonName: `signer ${fromDaysAgo}/${days}`, notBefore: new Date(Date.now() - fromDaysAgo * DAY_MS), validityDays: days });
}

const signedBy = (signer: KeyPairCertificate) => writeTestArchive([records.organization()], { signer });

/*
 * Issue 11, item 9: an archive signed by an expired (or not yet valid) certificate is staged with the validity
 * shown and flagged; REFUSE_INVALID_SIGNER_CERTIFICATES refuses it at staging and at commit.
 */
describe.each(databases)('signer certificate validity on $name', ({ create }) => {
  let db: TestDatabase;
  let registry: TestRegistry;
  const expired = signerValid(400, 30);
  let stagedExpired: string;

  beforeAll(async () => {
    db = await create();
    registry = await startTestRegistry(db, { REGISTRY_ADMIN_TOKEN: 'signer-validity-admin-token-0123456789' });
  });
  afterAll(async () => {
    await registry?.stop();
    await db?.drop();
    await removeTempFiles();
  });

  it('stages an archive signed by an expired certificate, showing its validity period as EXPIRED', async () => {
    const result = await staged(registry.admin, await signedBy(expired));
    expect(result.signer).toMatchObject({ validity: 'EXPIRED', notAfter: expect.any(String) });
    expect(Date.parse(result.signer!.notAfter)).toBeLessThan(Date.now());
    stagedExpired = result.id;
  });

  it('flags a certificate that is not valid yet as NOT_YET_VALID, and a current one as VALID', async () => {
    expect((await staged(registry.admin, await signedBy(signerValid(-30, 30)))).signer?.validity).toBe('NOT_YET_VALID');
    expect((await staged(registry.admin, await signedBy(signerValid(1, 30)))).signer?.validity).toBe('VALID');
  });

  it('refuses both at staging when configured to, with named codes', async () => {
    await registry.stop();
    registry = await startTestRegistry(db, { REGISTRY_ADMIN_TOKEN: registry.adminToken, REFUSE_INVALID_SIGNER_CERTIFICATES: 'true' });
    expect(await refused(registry.admin, await signedBy(expired))).toMatchObject({ code: 'SIGNER_CERTIFICATE_EXPIRED' });
    expect(await refused(registry.admin, await signedBy(signerValid(-30, 30)))).toMatchObject({ code: 'SIGNER_CERTIFICATE_NOT_YET_VALID' });
    expect((await staged(registry.admin, await signedBy(signerValid(1, 30)))).signer?.validity).toBe('VALID');
  });

  it('refuses at commit an archive staged before the refusal was configured', async () => {
    const res = await registry.admin.request(CommitImport, { input: { stagedImportId: stagedExpired } });
    expect(res.errors?.[0].extensions?.code).toBe('SIGNER_CERTIFICATE_EXPIRED');
  });

  it('keeps the validity judged at the commit with the import record', async () => {
    await registry.stop();
    registry = await startTestRegistry(db, { REGISTRY_ADMIN_TOKEN: registry.adminToken });
    const { commitImport } = await registry.admin.data(CommitImport, { input: { stagedImportId: stagedExpired } });
    expect(commitImport.status).toBe('SUCCEEDED');
    expect((await importRecord(registry.admin, commitImport.id))?.signer).toMatchObject({ validity: 'EXPIRED' });
  });
});
