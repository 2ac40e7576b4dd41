import { afterAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { ServerKeyring } from '../../src/keys/serverKeyring.js';
import { removeTempDir, writeSample } from '../archive/zipForgery.js';
import { databases } from '../support/databases.js';
import { suiteRegistry } from '../support/testRegistry.js';
import { serverSigner, staged } from './stagingHarness.js';

afterAll(removeTempDir);

// Cheap scrypt parameters keep the tests fast; the archive carries whatever the exporter chose.
const scrypt = { N: 1024, r: 8, p: 1 };

describe.each(databases)('staging encrypted archives on $name', ({ create }) => {
  const registry = suiteRegistry(create);

  it('opens a password-encrypted archive with its password', async () => {
    const written = await writeSample({ encryption: { password: 'correct horse', scrypt } });
    const result = await staged(registry.admin, written.path, 'correct horse');

    expect(result).toMatchObject({ encrypted: true, objectCount: 9, problemCount: 0 });
  });

  it('opens an archive encrypted for this registry’s certificate without a password', async () => {
    const { certificatePem } = await serverSigner(registry);
    const written = await writeSample({ encryption: { recipientCertificatePem: certificatePem } });

    expect(await staged(registry.admin, written.path)).toMatchObject({ encrypted: true, objectCount: 9 });
  });

  it('opens an archive encrypted for a certificate the registry has since replaced', async () => {
    const { certificatePem } = await serverSigner(registry);
    const written = await writeSample({ encryption: { recipientCertificatePem: certificatePem } });
    const keyring = new ServerKeyring(registry.running.app.orm.em.fork() as SqlEntityManager);
    await keyring.replaceWith(createSelfSignedCertificate({ commonName: 'Replacement' }));

    expect(await staged(registry.admin, written.path)).toMatchObject({ encrypted: true, objectCount: 9 });
  });

  it('a password is not needed when the archive is also encrypted for this registry', async () => {
    const { certificatePem } = await serverSigner(registry);
    const written = await writeSample({ encryption: { recipientCertificatePem: certificatePem, password: 'pw', scrypt } });

    expect(await staged(registry.admin, written.path)).toMatchObject({ encrypted: true, objectCount: 9 });
  });
});
