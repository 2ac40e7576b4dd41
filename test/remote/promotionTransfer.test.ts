import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportWhileStaging } from '../../src/remote/promotionTransfer.js';

/** An export that writes `chunks` to its copy at the copy's pace, then ends it, as writeArchive does. */
function exportOf(chunks: string[]): (copyTo: Writable) => Promise<string> {
  return async (copyTo) => {
    for (const chunk of chunks) {
      if (copyTo.destroyed) throw copyTo.errored ?? new Error('closed');
      if (!copyTo.write(chunk)) await Promise.race([once(copyTo, 'drain'), once(copyTo, 'close')]);
    }
    if (copyTo.destroyed) throw copyTo.errored ?? new Error('closed');
    copyTo.end();
    return 'exported';
  };
}

/** A target that reads the whole upload and answers with what it received. */
async function stageAll(source: Readable): Promise<string> {
  let received = '';
  for await (const chunk of source) received += String(chunk);
  return received;
}

describe('exporting while staging (a promotion streams its archive into the upload)', () => {
  it('the target receives every byte the export writes, and both answers come back', async () => {
    const discarded: string[] = [];
    const outcome = await exportWhileStaging(exportOf(['zip ', 'bytes ', 'end']), stageAll, async (s) => void discarded.push(s));
    expect(outcome).toEqual({ exported: 'exported', staged: 'zip bytes end' });
    expect(discarded).toEqual([]);
  });

  it('a target refusing before the end stops the export, and its refusal is the failure reported', async () => {
    const refused = new Error('REMOTE_REFUSED: STAGING_BUSY');
    const big = Array.from({ length: 64 }, () => 'x'.repeat(64 * 1024)); // more than the bytes held in flight
    const refusing = async (source: Readable) => {
      await once(source, 'readable');
      throw refused;
    };
    await expect(exportWhileStaging(exportOf(big), refusing, async () => undefined)).rejects.toBe(refused);
  });

  it('an export failing midway breaks the upload off, and the export’s failure is the one reported', async () => {
    const broken = new Error('FORBIDDEN: an object may not be viewed');
    const failing = async (copyTo: Writable) => {
      copyTo.write('zip ');
      copyTo.destroy(broken); // as ExportService does with its copy when the export fails
      throw broken;
    };
    let uploadFailure: unknown = null;
    const staging = (source: Readable) => stageAll(source).catch((error: unknown) => Promise.reject((uploadFailure = error)));
    await expect(exportWhileStaging(failing, staging, async () => undefined)).rejects.toBe(broken);
    expect(uploadFailure).toBe(broken);
  });

  it('a target that staged an archive whose export then failed is told to discard it', async () => {
    const discarded: string[] = [];
    const failsAfterWriting = async (copyTo: Writable) => {
      await exportOf(['whole archive'])(copyTo);
      throw new Error('the export could not be recorded');
    };
    await expect(exportWhileStaging(failsAfterWriting, stageAll, async (s) => void discarded.push(s))).rejects.toThrow('the export could not be recorded');
    expect(discarded).toEqual(['whole archive']);
  });
});
