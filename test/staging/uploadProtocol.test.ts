import path from 'node:path';
import http from 'node:http';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { records } from '../fixtures/records.js';
import { graphql } from '../generated/gql.js';
import { removeTempDir, writeSample } from '../archive/zipForgery.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';
import { leftovers, refused, serverSigner, stage, StageArchive, staged, whenFiles } from './stagingHarness.js';

afterAll(removeTempDir);

const MAX_UPLOAD_BYTES = 8192;

const Registry = graphql(`
  query StagingRegistryAlive {
    registry { uuid }
  }
`);

/** A signed archive of one object: a few KiB, under the upload limit. */
async function smallSignedArchive(registry: TestRegistry) {
  return writeSample({ records: [records.organization()], signer: await serverSigner(registry) });
}

/** Starts a multipart upload that announces more bytes than it sends, then drops the connection. */
async function abandonedUpload(registry: TestRegistry): Promise<void> {
  const boundary = 'staging-test-boundary';
  const operations = JSON.stringify({ query: print(StageArchive), variables: { file: null, password: null } });
  const head = [
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="cut.zip"\r\nContent-Type: application/zip\r\n\r\n`,
  ].join('');
  const request = http.request(registry.url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${registry.adminToken}`,
      'apollo-require-preflight': 'true',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(Buffer.byteLength(head) + 6000),
    },
  });
  request.on('error', () => undefined); // the socket is destroyed on purpose
  request.write(head);
  request.write(Buffer.alloc(2000, 0x50));
  await whenFiles(path.join(registry.db.dataDir, 'staging'), (files) => files.length > 0); // the server is spooling the file part
  request.destroy();
}

describe.each(databases)('the upload protocol on $name', ({ create }) => {
  let db: TestDatabase;
  let registry: TestRegistry;

  beforeAll(async () => {
    db = await create();
    registry = await startTestRegistry(db, {
      MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES),
      ACCEPT_UNSIGNED_ARCHIVES: 'false',
    });
  });
  afterAll(async () => {
    await registry.stop();
    await db.drop();
  });

  it('stages a signed archive sent as a multipart request with the preflight header', async () => {
    const written = await smallSignedArchive(registry);
    expect((await staged(registry.admin, written.path)).archiveSha256).toBe(written.sha256);
  });

  it('refuses a multipart request without Apollo-Require-Preflight as a possible CSRF, staging nothing', async () => {
    const before = await leftovers(registry);
    const res = await stage(registry.admin, (await smallSignedArchive(registry)).path, undefined, { preflight: false });

    expect(res.status).toBe(400);
    expect(res.text ?? JSON.stringify(res.errors)).toMatch(/CSRF/);
    expect(await leftovers(registry)).toEqual(before);
  });

  it('refuses an upload without a bearer token as UNAUTHENTICATED, staging nothing', async () => {
    const before = await leftovers(registry);
    const res = await stage(registry.admin.withToken(null), (await smallSignedArchive(registry)).path);

    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await leftovers(registry)).toEqual(before);
  });

  it('refuses an upload over MAX_UPLOAD_BYTES, naming maxUploadBytes and its value, and leaves nothing behind', async () => {
    const before = await leftovers(registry);
    const many = Array.from({ length: 300 }, () => records.organization());
    const big = await writeSample({ records: many, signer: await serverSigner(registry) });
    expect(big.size).toBeGreaterThan(MAX_UPLOAD_BYTES);
    const error = await refused(registry.admin, big.path);

    expect(error.code).toBe('ARCHIVE_LIMIT_EXCEEDED');
    expect(error.details).toMatchObject({ limit: 'maxUploadBytes', value: MAX_UPLOAD_BYTES });
    expect(error.message).toContain(`maxUploadBytes = ${MAX_UPLOAD_BYTES}`);
    expect(await leftovers(registry)).toEqual(before);
  });

  it('an upload cut off mid-file leaves nothing behind and the server keeps serving', async () => {
    const before = await leftovers(registry);
    await abandonedUpload(registry);

    await whenFiles(path.join(registry.db.dataDir, 'staging'), (files) => files.length === 0); // the spooled part is removed
    expect(await leftovers(registry)).toEqual(before);
    expect((await registry.admin.data(Registry)).registry.uuid).toBeTruthy();
  });

  it('refuses an unsigned archive with UNSIGNED_ARCHIVE_REFUSED when ACCEPT_UNSIGNED_ARCHIVES=false', async () => {
    const before = await leftovers(registry);
    const unsigned = await writeSample({ records: [records.organization()] });

    expect((await refused(registry.admin, unsigned.path)).code).toBe('UNSIGNED_ARCHIVE_REFUSED');
    expect(await leftovers(registry)).toEqual(before);
  });
});
