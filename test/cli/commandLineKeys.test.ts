import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { jsonOutput, removeScratch, runCli, scratchFile } from '../support/commandLine.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { exportToFile, objectIn } from '../support/importClient.js';
import { createOrganization } from '../support/registryBuilders.js';
import { suiteRegistries, type TestRegistry } from '../support/testRegistry.js';

const ServerCertificate = graphql(`
  query CommandLineServerCertificate { serverCertificate { pem fingerprintSha256 } }
`);

const StagedImports = graphql(`
  query CommandLineStagedImports { stagedImports { id } }
`);

/*
 * Signers, encryption and key stores through registry-bridge: prod requires a trusted signer, so dev's
 * archives land there only once its certificate is trusted; encrypted archives need their password file.
 */
describe.each(databases)('registry-bridge keys and trust on $name', ({ create }) => {
  const [dev, prod] = suiteRegistries(create, [{}, { env: { REQUIRE_TRUSTED_SIGNER: 'true' } }]);

  const cli = (registry: TestRegistry, ...args: string[]) => runCli([...args, '--registry', registry.url], { env: { REGISTRY_TOKEN: registry.adminToken } });

  /** A file holding `text` (a password, a certificate). */
  function fileWith(text: string, name: string): string {
    const file = scratchFile(name);
    writeFileSync(file, text);
    return file;
  }

  afterAll(async () => {
    removeScratch();
    await removeTempFiles();
  });

  it("exits 8 on an archive whose signer prod does not trust, until trust add names dev's certificate", async () => {
    const organization = (await createOrganization(dev.admin)).uuid;
    const archive = await exportToFile(dev.admin, { objects: [organization] });
    const refused = jsonOutput(await cli(prod, 'import', archive, '--json'));
    expect(refused).toMatchObject({ exitCode: 8, error: { code: 'UNTRUSTED_SIGNER' }, stagedImport: { trust: 'SIGNED_UNTRUSTED' }, import: null });
    expect(await objectIn(prod.admin, organization)).toBeNull();
    expect((await prod.admin.data(StagedImports)).stagedImports).toEqual([]); // not left behind

    const certificate = (await dev.admin.data(ServerCertificate)).serverCertificate;
    const added = jsonOutput(await cli(prod, 'trust', 'add', fileWith(certificate.pem, 'dev.pem'), '--json'));
    expect(added).toMatchObject({ exitCode: 0, provider: { fingerprintSha256: certificate.fingerprintSha256 } });
    expect(jsonOutput(await cli(prod, 'trust', 'list', '--json')).providers).toEqual([added.provider]);
    expect(jsonOutput(await cli(prod, 'import', archive, '--json'))).toMatchObject({ exitCode: 0, import: { trust: 'SIGNED_TRUSTED' } });
    expect(await objectIn(prod.admin, organization)).toMatchObject({ uuid: organization });

    const removed = jsonOutput(await cli(prod, 'trust', 'remove', certificate.fingerprintSha256, '--json'));
    expect(removed).toMatchObject({ exitCode: 0, removed: true });
    expect(jsonOutput(await cli(prod, 'trust', 'remove', certificate.fingerprintSha256, '--json'))).toMatchObject({ exitCode: 0, removed: false });
  });

  it('export encrypts with a password file; stage opens the archive with it, and exits 10 without it or with a wrong one', async () => {
    const organization = (await createOrganization(dev.admin)).uuid;
    const password = fileWith('correct horse battery staple\n', 'archive.pass');
    const archive = scratchFile('secret.zip');
    const exported = jsonOutput(await cli(dev, 'export', '--objects', organization, '--password-file', password, '-o', archive, '--json'));
    expect(exported.archive).toMatchObject({ encryption: 'PASSWORD', file: archive });

    expect(jsonOutput(await cli(prod, 'stage', archive, '--json'))).toMatchObject({ exitCode: 10, error: { code: 'PASSWORD_REQUIRED' } });
    const wrong = jsonOutput(await cli(prod, 'stage', archive, '--password-file', fileWith('nope', 'wrong.pass'), '--json'));
    expect(wrong).toMatchObject({ exitCode: 10, error: { code: 'WRONG_PASSWORD' } });
    const staged = jsonOutput(await cli(prod, 'stage', archive, '--password-file', password, '--json'));
    expect(staged).toMatchObject({ exitCode: 0, stagedImport: { encrypted: true, objectCount: exported.archive.objectCount, trust: 'SIGNED_UNTRUSTED' } });
  });

  it('exits 9 on an archive altered in transit', async () => {
    const organization = (await createOrganization(dev.admin)).uuid;
    const archive = await exportToFile(dev.admin, { objects: [organization] });
    const bytes = readFileSync(archive);
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
    const altered = fileWith('', 'altered.zip');
    writeFileSync(altered, bytes);
    const run = await cli(prod, 'plan', altered, '--json');
    expect(jsonOutput(run)).toMatchObject({ exitCode: 9, error: { code: expect.stringMatching(/^(ARCHIVE_|ENTRY_DIGEST_MISMATCH|SIGNATURE_INVALID|MANIFEST_INVALID)/) } });
  });

  it('keystore export saves the keys readable by their owner only; keystore import adds them to another registry', async () => {
    const password = fileWith('keystore secret', 'keystore.pass');
    const file = scratchFile('dev-keys.p12');
    const exported = jsonOutput(await cli(dev, 'keystore', 'export', '--password-file', password, '-o', file, '--json'));
    expect(exported).toMatchObject({ exitCode: 0, file, keyCount: 1, mediaType: 'application/x-pkcs12' });
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const before = (await prod.admin.data(ServerCertificate)).serverCertificate.fingerprintSha256;
    const imported = jsonOutput(await cli(prod, 'keystore', 'import', file, '--password-file', password, '--no-make-current', '--json'));
    expect(imported).toMatchObject({ exitCode: 0, keyCount: 1, added: 1, current: { fingerprintSha256: before } });
    const wrong = jsonOutput(await cli(prod, 'keystore', 'import', file, '--password-file', fileWith('nope', 'wrong.pass'), '--json'));
    expect(wrong).toMatchObject({ exitCode: 10, error: { code: 'WRONG_PASSWORD' } });
  });
});
