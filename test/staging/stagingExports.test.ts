import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { ExportArchiveInput } from '../generated/graphql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { createAsset, createObjectType, createOrganization } from '../support/registryBuilders.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';
import { staged } from './stagingHarness.js';

const ExportArchive = graphql(`
  mutation StagingExportArchive($input: ExportArchiveInput!) {
    exportArchive(input: $input) { sha256 size objectCount downloadUrl }
  }
`);

const Certificate = graphql(`
  query StagingServerCertificate {
    registry { uuid }
    serverCertificate { fingerprintSha256 pem }
  }
`);

let downloads: string | undefined;

/** Exports through the API of `registry`, then downloads the archive over HTTP to a temporary file. */
async function exportAndDownload(registry: TestRegistry, input: ExportArchiveInput) {
  const exported = (await registry.admin.data(ExportArchive, { input })).exportArchive;
  const res = await fetch(new URL(exported.downloadUrl, registry.url), { headers: { authorization: `Bearer ${registry.adminToken}` } });
  expect(res.status).toBe(200);
  downloads ??= await mkdtemp(path.join(tmpdir(), 'rb-staging-export-'));
  const file = path.join(downloads, `${randomUUID()}.zip`);
  await writeFile(file, Buffer.from(await res.arrayBuffer()));
  return { ...exported, path: file };
}

afterAll(async () => {
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

describe.each(databases)('staging archives exported by a registry on $name', ({ create }) => {
  let dbs: TestDatabase[];
  let source: TestRegistry;
  let target: TestRegistry;
  let asset: string;

  beforeAll(async () => {
    dbs = [await create(), await create()];
    [source, target] = await Promise.all(dbs.map((db) => startTestRegistry(db)));
    const organization = (await createOrganization(source.admin)).uuid;
    const type = (await createObjectType(source.admin, { organization })).uuid;
    asset = (await createAsset(source.admin, type, { organization })).uuid;
  });
  afterAll(async () => {
    await Promise.all([source, target].map((r) => r.stop()));
    await Promise.all(dbs.map((db) => db.drop()));
  });

  it('stages another registry’s signed export as SIGNED_UNTRUSTED, naming that registry and its certificate', async () => {
    const exported = await exportAndDownload(source, { objects: [asset] });
    const result = await staged(target.admin, exported.path);
    const sourceInfo = await source.admin.data(Certificate);

    expect(result).toMatchObject({
      trust: 'SIGNED_UNTRUSTED',
      sourceRegistry: { uuid: sourceInfo.registry.uuid },
      signer: { fingerprintSha256: sourceInfo.serverCertificate.fingerprintSha256 },
      archiveSha256: exported.sha256,
      archiveSize: exported.size,
      objectCount: exported.objectCount,
      problemCount: 0,
    });
  });

  it('stages a registry’s own export back as SIGNED_TRUSTED', async () => {
    const exported = await exportAndDownload(source, { objects: [asset] });
    expect((await staged(source.admin, exported.path)).trust).toBe('SIGNED_TRUSTED');
  });

  it('stages an export encrypted for the target registry’s certificate', async () => {
    const { pem } = (await target.admin.data(Certificate)).serverCertificate;
    const exported = await exportAndDownload(source, {
      objects: [asset],
      encryption: { mode: 'CERTIFICATE', recipientCertificatePem: pem },
    });

    expect(await staged(target.admin, exported.path)).toMatchObject({ encrypted: true, objectCount: exported.objectCount });
  });
});
