import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { uploadRequest } from '../support/upload.js';
import { createUser } from '../support/registryBuilders.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const Current = graphql(`
  query KeystoreCurrent {
    serverCertificate { fingerprintSha256 }
  }
`);

const History = graphql(`
  query KeystoreHistory {
    serverCertificateHistory { fingerprintSha256 current }
  }
`);

const Replace = graphql(`
  mutation KeystoreReplace {
    replaceServerCertificate(commonName: "Second key") { fingerprintSha256 }
  }
`);

const ExportKeystore = graphql(`
  mutation KeystoreExport($password: String!) {
    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }
  }
`);

const ImportKeystore = graphql(`
  mutation KeystoreImport($file: Upload!, $password: String!, $makeCurrent: Boolean) {
    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) { keyCount added current { fingerprintSha256 } }
  }
`);

const PASSWORD = 'keystore password';

describe.each(databases)('key store transfer on $name', ({ create }) => {
  const dbs: TestDatabase[] = [];
  let source: TestRegistry;
  let target: TestRegistry;
  let keystore: Buffer;
  let sourceKeys: string[];

  beforeAll(async () => {
    dbs.push(await create(), await create());
    [source, target] = await Promise.all(dbs.map((db) => startTestRegistry(db)));
    await source.admin.data(Replace); // two keys: the current one and one in history
    sourceKeys = (await source.admin.data(History)).serverCertificateHistory.map((c) => c.fingerprintSha256);
    const file = (await source.admin.data(ExportKeystore, { password: PASSWORD })).exportKeystore;
    keystore = Buffer.from(file.contentBase64, 'base64');
  });
  afterAll(async () => {
    await Promise.all([source.stop(), target.stop()]);
    await Promise.all(dbs.map((db) => db.drop()));
  });

  const importInto = (registry: TestRegistry, password: string, makeCurrent?: boolean) =>
    uploadRequest(registry.admin, ImportKeystore, { password, makeCurrent }, { file: { data: keystore, name: 'keys.p12' } });

  it('exports every key as a PKCS#12 file', async () => {
    const file = (await source.admin.data(ExportKeystore, { password: PASSWORD })).exportKeystore;
    expect(file).toMatchObject({ mediaType: 'application/x-pkcs12', keyCount: 2, fileName: expect.stringMatching(/\.p12$/) });
  });

  it('refuses a wrong key store password with WRONG_PASSWORD', async () => {
    const res = await importInto(target, 'not the password');
    expect(res.errors?.[0]?.extensions?.code).toBe('WRONG_PASSWORD');
  });

  it('refuses a key store import by a non-administrator with FORBIDDEN', async () => {
    const user = await createUser(target);
    const res = await uploadRequest(user.client, ImportKeystore, { password: PASSWORD }, { file: { data: keystore, name: 'keys.p12' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps the current certificate when importing without makeCurrent', async () => {
    const before = (await target.admin.data(Current)).serverCertificate.fingerprintSha256;
    const res = await importInto(target, PASSWORD, false);
    expect(res.data?.importKeystore).toMatchObject({ keyCount: 2, current: { fingerprintSha256: before } });
  });

  it('ends with the same current fingerprint and every key in the history after importing into another data directory', async () => {
    const res = await importInto(target, PASSWORD, true);
    const current = (await target.admin.data(Current)).serverCertificate.fingerprintSha256;
    const history = (await target.admin.data(History)).serverCertificateHistory.map((c) => c.fingerprintSha256);
    expect(res.errors).toBeUndefined();
    expect(current).toBe(sourceKeys[0]);
    expect(history).toEqual(expect.arrayContaining(sourceKeys));
  });
});
