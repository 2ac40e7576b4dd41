import { truncate, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/archiveReader.js';
import { ARCHIVE_FORMAT_VERSION, MANIFEST_ENTRY, OBJECTS_ENTRY, SIGNATURE_ENTRY } from '../../src/archive/record.js';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { records } from '../fixtures/records.js';
import {
  collectRecords,
  flipByteInEntry,
  forgeArchive,
  ndjsonOf,
  removeTempDir,
  renameEntry,
  tempPath,
  writeSample,
  zipEntries,
} from '../archive/zipForgery.js';
import { databases } from '../support/databases.js';
import { suiteRegistry, type TestRegistry } from '../support/testRegistry.js';
import { forgeSignature, leftovers, refused, serverSigner } from './stagingHarness.js';

afterAll(removeTempDir);

const MIB = 1024 * 1024;
// Cheap scrypt parameters keep the tests fast; the archive carries whatever the exporter chose.
const scrypt = { N: 1024, r: 8, p: 1 };
const foreign = createSelfSignedCertificate({ commonName: 'Another Registry' });

interface BadArchive {
  path: string;
  password?: string;
}

/**
 * A signed archive rebuilt by an attacker with every zip CRC right: the manifest edited after signing, or
 * the signature replaced, while objects.ndjson stays as it was.
 */
async function resigned(
  registry: TestRegistry,
  edit: { manifest?: (bytes: Buffer) => Buffer; signature?: (der: Buffer) => Buffer },
): Promise<string> {
  const written = await writeSample({ signer: await serverSigner(registry) });
  const archive = await openArchive(written.path);
  const lines = await collectRecords(archive);
  await archive.close();
  return zipEntries(await tempPath(), [
    { name: OBJECTS_ENTRY, data: Buffer.from(lines.map((l) => `${l.raw}\n`).join('')) },
    { name: MANIFEST_ENTRY, data: edit.manifest?.(archive.manifestBytes) ?? archive.manifestBytes },
    { name: SIGNATURE_ENTRY, data: edit.signature?.(archive.signature!) ?? archive.signature!, compress: false },
  ]);
}

const corpus: { name: string; code: string; build: (r: TestRegistry) => Promise<BadArchive>; details?: object }[] = [
  {
    name: 'a tampered entry',
    code: 'ENTRY_DIGEST_MISMATCH',
    details: { entry: OBJECTS_ENTRY },
    build: async (registry) => {
      const { path } = await writeSample({ signer: await serverSigner(registry) });
      await flipByteInEntry(path, OBJECTS_ENTRY);
      return { path };
    },
  },
  {
    name: 'a tampered manifest',
    code: 'ENTRY_DIGEST_MISMATCH',
    details: { entry: MANIFEST_ENTRY },
    build: async (registry) => {
      const { path } = await writeSample({ signer: await serverSigner(registry) });
      await flipByteInEntry(path, MANIFEST_ENTRY);
      return { path };
    },
  },
  {
    name: 'a manifest edited after signing, CRCs recomputed',
    code: 'SIGNATURE_INVALID',
    build: async (registry) => ({
      path: await resigned(registry, {
        manifest: (bytes) => Buffer.from(bytes.toString('utf8').replace('"rePackageable": false', '"rePackageable": true')),
      }),
    }),
  },
  {
    name: 'a signature forged with another key in the registry’s name',
    code: 'SIGNATURE_INVALID',
    build: async (registry) => ({ path: await resigned(registry, { signature: (der) => forgeSignature(der, foreign) }) }),
  },
  {
    name: 'a truncated zip',
    code: 'ARCHIVE_TRUNCATED',
    build: async () => {
      const { path, size } = await writeSample();
      await truncate(path, Math.floor(size * 0.6));
      return { path };
    },
  },
  {
    name: 'a file that is not a zip',
    code: 'ARCHIVE_MALFORMED',
    build: async () => {
      const path = await tempPath();
      await writeFile(path, 'uuid,kind\n1,ASSET\n'.repeat(50));
      return { path };
    },
  },
  {
    name: 'a zip bomb',
    code: 'ARCHIVE_LIMIT_EXCEEDED',
    details: { limit: 'maxCompressionRatio', value: 200 },
    build: async () => ({ path: await forgeArchive({ objects: Buffer.alloc(20 * MIB, 0x20), records: [] }) }),
  },
  {
    name: 'a path-traversal entry name',
    code: 'ARCHIVE_UNSAFE_ENTRY_NAME',
    details: { entry: '../../../etc/passwd' },
    build: async () => {
      const path = await forgeArchive({ extra: [{ name: 'p'.repeat(19), data: Buffer.from('pwned') }] });
      await renameEntry(path, 'p'.repeat(19), '../../../etc/passwd');
      return { path };
    },
  },
  {
    name: 'an entry held twice',
    code: 'ARCHIVE_ENTRY_DUPLICATE',
    details: { entry: OBJECTS_ENTRY },
    build: async () => ({
      path: await forgeArchive({ extra: [{ name: OBJECTS_ENTRY, data: ndjsonOf([records.organization()]) }] }),
    }),
  },
  {
    name: 'a newer major format version',
    code: 'FORMAT_VERSION_UNSUPPORTED',
    details: { archiveVersion: '2.0', supportedVersion: ARCHIVE_FORMAT_VERSION },
    build: async () => ({ path: await forgeArchive({ editManifest: (m) => ({ ...m, formatVersion: '2.0' }) }) }),
  },
  {
    name: 'a manifest that breaks its schema',
    code: 'MANIFEST_INVALID',
    build: async () => ({ path: await forgeArchive({ editManifest: ({ exportedBy: _gone, ...m }) => m }) }),
  },
  {
    name: 'a wrong password',
    code: 'WRONG_PASSWORD',
    build: async () => ({ path: (await writeSample({ encryption: { password: 'right', scrypt } })).path, password: 'wrong' }),
  },
  {
    name: 'a password-encrypted archive staged without the password',
    code: 'PASSWORD_REQUIRED',
    build: async () => ({ path: (await writeSample({ encryption: { password: 'right', scrypt } })).path }),
  },
  {
    name: 'an archive encrypted for another registry’s certificate',
    code: 'RECIPIENT_KEY_MISSING',
    build: async () => ({
      path: (await writeSample({ encryption: { recipientCertificatePem: foreign.certificatePem } })).path,
    }),
  },
  {
    // Found only at the end of objects.ndjson, after two batches of rows were written: the transaction rolls back.
    name: 'more records than the manifest counts',
    code: 'MANIFEST_INVALID',
    build: async () => ({
      path: await forgeArchive({
        records: Array.from({ length: 2500 }, () => records.organization()),
        editManifest: (m) => ({ ...m, objectCount: 2499, countsByKind: { ORGANIZATION: 2499 } }),
      }),
    }),
  },
];

describe.each(databases)('archives staging refuses on $name', ({ create }) => {
  const registry = suiteRegistry(create);

  it.each(corpus)('$name is refused with $code and leaves nothing behind', async ({ build, code, details }) => {
    const bad = await build(registry);
    const error = await refused(registry.admin, bad.path, bad.password);

    expect(error.code, error.message).toBe(code);
    if (details) expect(error.details).toMatchObject(details);
    expect(await leftovers(registry)).toEqual({ imports: 0, objects: 0, files: [] });
  });

  it('a refusal names the entry, the limit or the versions it is about', async () => {
    const { path } = await writeSample({ signer: await serverSigner(registry) });
    await flipByteInEntry(path, OBJECTS_ENTRY);
    expect((await refused(registry.admin, path)).message).toContain(OBJECTS_ENTRY);

    const bomb = await forgeArchive({ objects: Buffer.alloc(20 * MIB, 0x20), records: [] });
    expect((await refused(registry.admin, bomb)).message).toContain('maxCompressionRatio = 200');

    const newer = await forgeArchive({ editManifest: (m) => ({ ...m, formatVersion: '2.0' }) });
    expect((await refused(registry.admin, newer)).message).toMatch(new RegExp(`2\\.0.*${ARCHIVE_FORMAT_VERSION.replace('.', '\\.')}`));
  });
});
