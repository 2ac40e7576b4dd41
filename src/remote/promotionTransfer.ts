import { PassThrough, type Readable, type Writable } from 'node:stream';

/** Bytes of archive held between the export and the upload: enough to keep both busy, little enough to not matter. */
const IN_FLIGHT_BYTES = 1 << 20;

/**
 * Exports and stages at once: the archive's bytes go into the upload to the target as the export writes them
 * (and to the export's own file, whose SHA-256 the trail names), so the transfer overlaps the export instead of
 * following it, and no step waits for the whole archive. Either side failing stops the other: the export's
 * failure breaks the upload off (the target removes what it spooled), and the target's answer before the
 * archive's end stops the export. The export's failure is the one reported when both fail (it is the cause,
 * or the target's own failure handed on through the copy); a target that staged an archive whose export then
 * failed is given `discard`.
 */
export async function exportWhileStaging<E, S>(
  exporting: (copyTo: Writable) => Promise<E>,
  staging: (source: Readable) => Promise<S>,
  discard: (staged: S) => Promise<void>,
): Promise<{ exported: E; staged: S }> {
  const archive = new PassThrough({ highWaterMark: IN_FLIGHT_BYTES });
  const staged = staging(archive).then(
    (answer) => {
      // A target answers once it has read the whole upload; anything earlier cannot be a staging of this archive.
      if (!archive.writableEnded) archive.destroy(new Error('the target answered before the whole archive was sent'));
      return answer;
    },
    (error: unknown) => {
      archive.destroy(error instanceof Error ? error : new Error(String(error)));
      throw error;
    },
  );
  const [exportOutcome, stagingOutcome] = await Promise.allSettled([exporting(archive), staged]);
  if (exportOutcome.status === 'rejected') {
    if (stagingOutcome.status === 'fulfilled') await discard(stagingOutcome.value);
    throw exportOutcome.reason;
  }
  if (stagingOutcome.status === 'rejected') throw stagingOutcome.reason;
  return { exported: exportOutcome.value, staged: stagingOutcome.value };
}
