import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stagingDirectory } from '../../src/import/staging/stagingLimits.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { suiteRegistry, type TestRegistry } from '../support/testRegistry.js';
import { leftovers, StageArchive, stage, whenFiles } from './stagingHarness.js';

/*
 * MAX_CONCURRENT_STAGINGS raced over HTTP: uploads held open mid-file by a body the test controls take every
 * slot; the uploads beyond them are refused at once with STAGING_BUSY (503) and leave nothing on disk or in the
 * database; released, the held ones stage, and the slots are free again. No timer: each step waits for an event.
 */

const SLOTS = 2;

/** A multipart stageArchive request whose file part stops halfway until `release()`: a slow upload in progress. */
function heldUpload(registry: TestRegistry, archive: Buffer): { response: Promise<Response>; release(): void } {
  const boundary = `held-${Math.random().toString(16).slice(2)}`;
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head = Buffer.from(
    field('operations', JSON.stringify({ query: print(StageArchive), variables: { file: null, password: null } })) +
      field('map', JSON.stringify({ 0: ['variables.file'] })) +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="held.zip"\r\nContent-Type: application/zip\r\n\r\n`,
  );
  const half = archive.length >> 1;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(head);
      controller.enqueue(archive.subarray(0, half));
      void released.then(() => {
        controller.enqueue(archive.subarray(half));
        controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
        controller.close();
      });
    },
  });
  const response = fetch(registry.url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${registry.adminToken}`,
      'apollo-require-preflight': 'true',
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body,
    duplex: 'half',
  } as RequestInit);
  return { response, release };
}

/** Resolves once `directory` holds `count` spooled uploads: each held upload has taken its slot and is spooling. */
async function spooling(directory: string, count: number): Promise<string[]> {
  const uploads = (files: string[]) => files.filter((f) => f.endsWith('.upload'));
  return uploads(await whenFiles(directory, (files) => uploads(files).length >= count));
}

describe.each(databases)('concurrent stagings on $name', ({ create }) => {
  const registry = suiteRegistry(create, { MAX_CONCURRENT_STAGINGS: String(SLOTS) });
  let archive: string;

  beforeAll(async () => {
    archive = await writeTestArchive(assetChain(3));
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  it('refuses the uploads beyond MAX_CONCURRENT_STAGINGS with STAGING_BUSY (503), leaving nothing behind; the slots free again', async () => {
    const directory = stagingDirectory(registry.db.dataDir);
    await mkdir(directory, { recursive: true });
    const before = await leftovers(registry);
    const bytes = await readFile(archive);
    const held = Array.from({ length: SLOTS }, () => heldUpload(registry, bytes));
    const spooled = await spooling(directory, SLOTS);

    const extra = await Promise.all([stage(registry.admin, archive), stage(registry.admin, archive)]);
    for (const res of extra) {
      expect(res.status).toBe(503);
      expect(res.data?.stageArchive ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'STAGING_BUSY', details: { limit: 'maxConcurrentStagings', value: SLOTS } });
    }
    // Only the held uploads' files, and no row of the refused ones.
    expect(await leftovers(registry)).toEqual({ ...before, files: spooled });

    for (const h of held) h.release();
    for (const res of await Promise.all(held.map((h) => h.response))) {
      const body = (await res.json()) as { data?: { stageArchive: { objectCount: number } }; errors?: unknown };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data!.stageArchive.objectCount).toBe(5);
    }
    const after = await leftovers(registry);
    expect(after.files).toEqual([]);
    expect(after.imports).toBe(before.imports + SLOTS);

    const again = await stage(registry.admin, archive);
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
  });
});
