import { RegistryError } from '../../errors/registryError.js';

/** The refusals of a package synchronization, written once. */
export const SyncErrors = {
  /** Either side changed since the comparison was reviewed: nothing was done. */
  comparisonStale(expected: string, actual: string) {
    return new RegistryError(
      'SYNC_COMPARISON_STALE',
      'The package changed on this registry or the remote since the comparison you reviewed; nothing was done. Compare again and review the new comparison.',
      { side: 'LOCAL', expectedComparisonDigest: expected, actualComparisonDigest: actual },
    );
  },

  choiceRefused(uuid: string, why: string) {
    return RegistryError.badInput(`The choice for ${uuid} cannot be carried out: ${why}. Nothing was done.`, { uuid });
  },
};
