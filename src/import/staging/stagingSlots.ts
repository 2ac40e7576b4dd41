import type { Config } from '../../config.js';
import { stagingBusy } from './stagingErrors.js';

/**
 * How many archives a registry stages at once. Each staging holds a spooled file, a zip reader, maybe a scrypt
 * derivation on the thread pool and a long transaction: without a bound, any signed-in user could start as many
 * as the connection allows. Counted per registry (its configuration object), so registries sharing a process
 * (tests) do not share slots.
 */
const inUse = new WeakMap<object, number>();

/** Takes a slot or throws STAGING_BUSY; the returned function gives it back (call it once, in a finally). */
export function takeStagingSlot(config: Pick<Config, 'limits'>): () => void {
  const limit = config.limits.maxConcurrentStagings;
  const taken = inUse.get(config) ?? 0;
  if (taken >= limit) throw stagingBusy(limit);
  inUse.set(config, taken + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    inUse.set(config, (inUse.get(config) ?? 1) - 1);
  };
}
