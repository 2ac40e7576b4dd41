import { createHash, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { verifyDetached } from '../../src/crypto/signature.js';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { downloadAndOpen, exportArchive, removeTempFiles } from '../support/exportBuilders.js';
import { createOrganization, createUser } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const Current = graphql(`
  query KeysCurrent {
    serverCertificate { id subject issuer serialNumber notBefore notAfter fingerprintSha256 pem current retiredAt }
  }
`);

const History = graphql(`
  query KeysHistory {
    serverCertificateHistory { fingerprintSha256 current retiredAt }
  }
`);

const Replace = graphql(`
  mutation KeysReplace($commonName: String!) {
    replaceServerCertificate(commonName: $commonName) { fingerprintSha256 subject current }
  }
`);

const Providers = graphql(`
  query KeysProviders {
    trustedProviders { fingerprintSha256 subject addedBy }
  }
`);

const AddProvider = graphql(`
  mutation KeysAddProvider($pem: String!) {
    addTrustedProvider(certificatePem: $pem) { fingerprintSha256 subject }
  }
`);

const RemoveProvider = graphql(`
  mutation KeysRemoveProvider($fingerprint: String!) {
    removeTrustedProvider(fingerprint: $fingerprint)
  }
`);

// One provider certificate for the whole file: key generation is the slow part of these tests.
const provider = createSelfSignedCertificate({ commonName: 'Partner registry' });

describe.each(databases)('server certificates on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let user: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    user = await createUser(registry);
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  it('shows any signed-in user the current certificate, its fingerprint being the SHA-256 of its DER', async () => {
    const { serverCertificate } = await user.client.data(Current);
    const x509 = new X509Certificate(serverCertificate.pem);
    expect(serverCertificate).toMatchObject({ current: true, retiredAt: null, subject: serverCertificate.issuer });
    expect(serverCertificate.fingerprintSha256).toBe(createHash('sha256').update(x509.raw).digest('hex'));
    expect(Date.parse(serverCertificate.notAfter)).toBeGreaterThan(Date.now());
  });

  it('refuses the history to a non-administrator with FORBIDDEN', async () => {
    expect(await user.client.errorCode(History)).toBe('FORBIDDEN');
  });

  it('refuses replacing the certificate to a non-administrator with FORBIDDEN', async () => {
    expect(await user.client.errorCode(Replace, { commonName: 'mine now' })).toBe('FORBIDDEN');
  });

  it('replaces the certificate with a new self-signed one and keeps the old one in the history', async () => {
    const before = (await registry.admin.data(Current)).serverCertificate;
    const { replaceServerCertificate: after } = await registry.admin.data(Replace, { commonName: 'Registry 2027' });
    const { serverCertificateHistory } = await registry.admin.data(History);
    expect(after).toMatchObject({ subject: 'CN=Registry 2027,O=Registry Bridge', current: true });
    expect(serverCertificateHistory.map((c) => [c.fingerprintSha256, c.current, c.retiredAt !== null])).toEqual([
      [after.fingerprintSha256, true, false],
      [before.fingerprintSha256, false, true],
    ]);
  });

  it('signs exports with the certificate that is current at the time', async () => {
    const { replaceServerCertificate: current } = await registry.admin.data(Replace, { commonName: 'Signer of the day' });
    const org = (await createOrganization(registry.admin)).uuid;
    const exported = await exportArchive(registry.admin, { objects: [org], includeReferences: false });
    const archive = await downloadAndOpen(registry.admin, exported.downloadUrl);
    expect(verifyDetached(archive.signature!, archive.manifestBytes).signer.fingerprintSha256).toBe(current.fingerprintSha256);
    await archive.close();
  });

  it('lets an administrator add, list and remove a trusted provider', async () => {
    const added = (await registry.admin.data(AddProvider, { pem: provider.certificatePem })).addTrustedProvider;
    const listed = (await registry.admin.data(Providers)).trustedProviders;
    const removed = (await registry.admin.data(RemoveProvider, { fingerprint: added.fingerprintSha256 })).removeTrustedProvider;
    const after = (await registry.admin.data(Providers)).trustedProviders;
    expect(added.subject).toBe('CN=Partner registry');
    expect(listed.map((p) => p.fingerprintSha256)).toContain(added.fingerprintSha256);
    expect({ removed, after: after.map((p) => p.fingerprintSha256) }).toEqual({ removed: true, after: [] });
  });

  it('refuses managing trusted providers to a non-administrator with FORBIDDEN', async () => {
    const codes = [await user.client.errorCode(Providers), await user.client.errorCode(AddProvider, { pem: provider.certificatePem })];
    expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('refuses a trusted provider that is not a certificate with CERTIFICATE_INVALID', async () => {
    expect(await registry.admin.errorCode(AddProvider, { pem: 'garbage' })).toBe('CERTIFICATE_INVALID');
  });
});
