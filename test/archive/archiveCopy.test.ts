import { readFile } from 'node:fs/promises';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArchive } from '../../src/archive/archiveWriter.js';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { oneOfEveryKind } from '../fixtures/records.js';
import { asyncOf, manifestFacts, removeTempDir, sha256, tempPath } from './zipForgery.js';

afterAll(removeTempDir);

/** Collects everything written to it. */
function collector(): { sink: PassThrough; bytes: Promise<Buffer> } {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    sink.on('end', () => resolve(Buffer.concat(chunks)));
    sink.on('error', reject);
  });
  return { sink, bytes };
}

/** Records that fail after the first one, as a database read breaking off would. */
async function* failingAfterOne(): AsyncGenerator<ArchiveRecord> {
  yield oneOfEveryKind()[0]!;
  throw new Error('the database went away');
}

describe('writing an archive with a copy (a promotion streams it into its upload)', () => {
  it('the copy receives exactly the bytes of the archive file, and ends with it', async () => {
    const { sink, bytes } = collector();
    const written = await writeArchive({ outputPath: await tempPath(), manifest: manifestFacts(), records: asyncOf(oneOfEveryKind()), copyTo: sink });
    const copied = await bytes;
    expect(sha256(copied)).toBe(written.sha256);
    expect(copied).toEqual(await readFile(written.path));
  });

  it('a failure while writing destroys the copy with that failure, so its reader stops too', async () => {
    const { sink, bytes } = collector();
    const readerStopped = bytes.then(() => null, (error: unknown) => error);
    const writing = writeArchive({ outputPath: await tempPath(), manifest: manifestFacts(), records: failingAfterOne(), copyTo: sink });
    await expect(writing).rejects.toThrow('the database went away');
    expect(await readerStopped).toMatchObject({ message: 'the database went away' });
  });

  it('a copy closed by its reader stops the writing with the reader’s error instead of waiting for it', async () => {
    const refused = new Error('the target refused the upload');
    // A reader that never takes its first chunk and gives up on it: the writer waits for a drain that never comes.
    const givingUp: Writable = new Writable({ highWaterMark: 1, write: () => givingUp.destroy(refused) });
    const writing = writeArchive({ outputPath: await tempPath(), manifest: manifestFacts(), records: asyncOf(oneOfEveryKind()), copyTo: givingUp });
    await expect(writing).rejects.toBe(refused);
  });
});
