import { RegistryError } from '../../errors/registryError.js';

/*
 * Failures of staging that are not the archive's or the crypto layer's own (those keep their ArchiveError and
 * CryptoError codes). Each message is written once, here.
 */

/** Configuration (ACCEPT_UNSIGNED_ARCHIVES=false) refuses archives without signature.p7s. */
export function unsignedArchiveRefused(): RegistryError {
  return new RegistryError(
    'UNSIGNED_ARCHIVE_REFUSED',
    'This registry accepts signed archives only (ACCEPT_UNSIGNED_ARCHIVES=false), and the archive has no signature.p7s.',
    { acceptUnsignedArchives: false },
  );
}

/** A password would open the archive (and no key of this registry does), and none was given. */
export function passwordRequired(): RegistryError {
  return new RegistryError(
    'PASSWORD_REQUIRED',
    'The archive is encrypted, and not for any certificate of this registry: give the password it was encrypted with.',
  );
}

/** Unknown, or staged by someone else: the two are deliberately indistinguishable. */
export function stagedImportNotFound(id: string): RegistryError {
  return RegistryError.notFound('Staged import', id);
}

/** The caller's own staged import, past its time (and not yet swept away). */
export function stagedImportExpired(id: string, expiredAt: Date): RegistryError {
  return new RegistryError(
    'STAGED_IMPORT_EXPIRED',
    `Staged import ${id} expired at ${expiredAt.toISOString()}; stage the archive again.`,
    { id, expiredAt: expiredAt.toISOString() },
  );
}

/** Every staging slot is taken (MAX_CONCURRENT_STAGINGS): refused at once rather than queued behind the others. */
export function stagingBusy(limit: number): RegistryError {
  return new RegistryError(
    'STAGING_BUSY',
    `This registry is already staging ${limit} archives, its limit maxConcurrentStagings (MAX_CONCURRENT_STAGINGS); ` +
      'try again when one of them is done.',
    { limit: 'maxConcurrentStagings', value: limit },
  );
}
