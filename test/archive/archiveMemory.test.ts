import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/archive/archiveReader.js';
import { writeArchive } from '../../src/archive/archiveWriter.js';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { records } from '../fixtures/records.js';
import { manifestFacts, removeTempDir, tempPath } from './zipForgery.js';

afterAll(removeTempDir);

const COUNT = 50_000;
const MIB = 1024 * 1024;
// ~2 KiB per record, so the archive's content (~100 MiB) dwarfs the allowance below.
const FILLER = 'x'.repeat(2048);
const ALLOWANCE = 48 * MIB;

/**
 * Memory held by JS objects and Buffers: what collecting records or file content would grow. Garbage is collected
 * first when the worker allows it (vitest.config.ts: --expose-gc): a worker that ran other test files before this
 * one has a larger heap, which lets more garbage pile up between collections than the allowance.
 */
function inUse(): number {
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Retained memory only grows if records are held: a sample every few thousand records catches it. */
const SAMPLE_EVERY = globalThis.gc ? 5_000 : 500;

/** Tracks the peak above the level seen once streaming is under way. */
class PeakMeter {
  private base = 0;
  peak = 0;
  sample(index: number): void {
    if (index === 1_000) this.base = inUse();
    if (index > 1_000 && index % SAMPLE_EVERY === 0) this.peak = Math.max(this.peak, inUse() - this.base);
  }
}

/** Records made one at a time, never held together. */
async function* generated(meter: PeakMeter): AsyncGenerator<ArchiveRecord> {
  const objectType = randomUUID();
  for (let i = 1; i <= COUNT; i += 1) {
    meter.sample(i);
    yield records.asset(objectType, { name: `asset-${i}`, attributes: { filler: FILLER, index: i } });
  }
}

describe('memory', () => {
  it(`stays flat writing and reading ${COUNT} records`, async () => {
    const writeMeter = new PeakMeter();
    const outputPath = await tempPath();
    const written = await writeArchive({ outputPath, manifest: manifestFacts(), records: generated(writeMeter) });
    expect(written.manifest.entries[0]!.size).toBeGreaterThan(COUNT * FILLER.length);

    const readMeter = new PeakMeter();
    const archive = await openArchive(written.path);
    let valid = 0;
    for await (const line of archive.readRecords()) {
      readMeter.sample(line.line);
      if (line.record) valid += 1;
    }
    await archive.close();

    expect(valid).toBe(COUNT);
    expect(writeMeter.peak, 'bytes above the streaming level while writing').toBeLessThan(ALLOWANCE);
    expect(readMeter.peak, 'bytes above the streaming level while reading').toBeLessThan(ALLOWANCE);
  });
});
