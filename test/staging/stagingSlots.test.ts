import { describe, expect, it } from 'vitest';
import { takeStagingSlot } from '../../src/import/staging/stagingSlots.js';

const config = (maxConcurrentStagings: number) => ({ limits: { maxConcurrentStagings } }) as Parameters<typeof takeStagingSlot>[0];

describe('staging slots', () => {
  it('refuses a staging beyond maxConcurrentStagings with STAGING_BUSY naming the limit', () => {
    const registry = config(2);
    takeStagingSlot(registry);
    takeStagingSlot(registry);
    expect(() => takeStagingSlot(registry)).toThrow(
      expect.objectContaining({ code: 'STAGING_BUSY', details: { limit: 'maxConcurrentStagings', value: 2 } }),
    );
  });

  it('a slot given back is free again, and giving it back twice frees one slot only', () => {
    const registry = config(1);
    const release = takeStagingSlot(registry);
    release();
    release();
    const again = takeStagingSlot(registry);
    expect(() => takeStagingSlot(registry)).toThrow(expect.objectContaining({ code: 'STAGING_BUSY' }));
    again();
  });

  it('registries in one process count their slots apart', () => {
    const one = config(1);
    const other = config(1);
    takeStagingSlot(one);
    expect(() => takeStagingSlot(other)).not.toThrow();
  });
});
