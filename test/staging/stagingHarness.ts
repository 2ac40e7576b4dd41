import { sign } from 'node:crypto';
import { watch } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/knex';
import forge from 'node-forge';
import { expect } from 'vitest';
import type { KeyPairCertificate } from '../../src/crypto/certificates.js';
import { ServerKeyring } from '../../src/keys/serverKeyring.js';
import { graphql } from '../generated/gql.js';
import type { GraphQLClient } from '../support/graphqlClient.js';
import type { TestRegistry } from '../support/testRegistry.js';
import { uploadRequest, type UploadOptions } from '../support/upload.js';

/** Everything a staging test may ask of a staged import. */
export const StageArchive = graphql(`
  mutation StagingStageArchive($file: Upload!, $password: String) {
    stageArchive(file: $file, password: $password) {
      id
      createdAt
      expiresAt
      fileName
      archiveSha256
      archiveSize
      formatVersion
      sourceRegistry { uuid name address }
      exportedBy { uuid name }
      exportedAt
      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }
      protection { viewContent rePackageable editable }
      objectCount
      countsByKind { kind count }
      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }
      trust
      encrypted
      problems { line path message }
      problemCount
    }
  }
`);

/** The same fields as StageArchive answers, read back from a stored staged import. */
export const StoredStagedImport = graphql(`
  query StagingStoredStagedImport($id: ID!) {
    stagedImport(id: $id) {
      id
      createdAt
      expiresAt
      fileName
      archiveSha256
      archiveSize
      formatVersion
      sourceRegistry { uuid name address }
      exportedBy { uuid name }
      exportedAt
      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }
      protection { viewContent rePackageable editable }
      objectCount
      countsByKind { kind count }
      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }
      trust
      encrypted
      problems { line path message }
      problemCount
    }
  }
`);

/** Uploads the archive at `archivePath` through the GraphQL multipart protocol. */
export function stage(client: GraphQLClient, archivePath: string, password?: string, options?: UploadOptions) {
  return uploadRequest(client, StageArchive, { password: password ?? null }, { file: { path: archivePath } }, options);
}

/** Stages and returns the staged import, failing the test on any error. */
export async function staged(client: GraphQLClient, archivePath: string, password?: string) {
  const res = await stage(client, archivePath, password);
  if (res.errors?.length || !res.data) throw new Error(`stageArchive failed: ${JSON.stringify(res.errors ?? res)}`);
  return res.data.stageArchive;
}

/** Stages, expecting a refusal; returns the first error (code, message, details). */
export async function refused(client: GraphQLClient, archivePath: string, password?: string) {
  const res = await stage(client, archivePath, password);
  expect(res.data?.stageArchive ?? null, 'the archive should have been refused').toBeNull();
  const error = res.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(res)}`);
  return { code: error.extensions?.code, message: error.message, details: error.extensions?.details as Record<string, unknown> };
}

function em(registry: TestRegistry): SqlEntityManager {
  return registry.running.app.orm.em.fork() as SqlEntityManager;
}

/** The registry's current signing key and certificate, as its exports are signed. */
export async function serverSigner(registry: TestRegistry): Promise<KeyPairCertificate & { fingerprint: string }> {
  return new ServerKeyring(em(registry)).current();
}

/** What staging left in the registry: rows of both tables and files in <dataDir>/staging. */
export async function leftovers(registry: TestRegistry): Promise<{ imports: number; objects: number; files: string[] }> {
  const count = async (table: string) => {
    const [row] = await em(registry).getConnection().execute(`select count(*) as n from ${table}`);
    return Number((row as { n: number | string }).n);
  };
  const files = await readdir(path.join(registry.db.dataDir, 'staging')).catch(() => [] as string[]);
  return { imports: await count('staged_import'), objects: await count('staged_object'), files };
}

/** Rows of staged_object for one import, straight from the table. */
export async function stagedObjectRows(registry: TestRegistry, stagedImportId: string): Promise<number> {
  const rows = await em(registry)
    .getConnection()
    .execute('select count(*) as n from staged_object where staged_import_id = ?', [stagedImportId]);
  return Number((rows[0] as { n: number | string }).n);
}

/**
 * A signature re-made with the attacker's key over the very same signed attributes, keeping the genuine
 * signer's certificate: it claims the genuine signer, and only checking the RSA signature exposes it.
 */
export function forgeSignature(signature: Buffer, attacker: KeyPairCertificate): Buffer {
  const asn1 = forge.asn1;
  type Asn1 = forge.asn1.Asn1;
  const root = asn1.fromDer(signature.toString('binary'));
  const signedData = ((root.value as Asn1[])[1]!.value as Asn1[])[0]!.value as Asn1[];
  const signerInfo = (signedData[4]!.value as Asn1[])[0]!.value as Asn1[];
  const attributes = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, signerInfo[3]!.value as Asn1[]);
  const attributesDer = Buffer.from(asn1.toDer(attributes).getBytes(), 'binary');
  signerInfo[5]!.value = sign('sha256', attributesDer, attacker.privateKeyPem).toString('binary');
  return Buffer.from(asn1.toDer(root).getBytes(), 'binary');
}

/**
 * Resolves with the files of `directory` once `done` holds for them, looking again at each change the directory
 * reports (no timer): changes are counted from the start, so one made while the directory is read is not missed.
 */
export async function whenFiles(directory: string, done: (files: string[]) => boolean): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const watcher = watch(directory);
  let changes = 0;
  let wake = () => {};
  watcher.on('change', () => {
    changes++;
    wake();
  });
  try {
    for (;;) {
      const before = changes;
      const files = await readdir(directory);
      if (done(files)) return files.sort();
      if (changes === before) await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    watcher.close();
  }
}
