import type { Manifest } from '../../archive/record.js';
import { CryptoError } from '../../crypto/cryptoError.js';
import { findRecipientWrap, unwrapKeyWithPassword, unwrapKeyWithPrivateKey } from '../../crypto/envelope.js';
import { passwordRequired } from './stagingErrors.js';

/** A private key the server holds (current or from its history), by its certificate's fingerprint. */
export interface PrivateKeyOf {
  fingerprint: string;
  privateKeyPem: string;
}

/**
 * The key that decrypts the archive's entries, or undefined when nothing is encrypted. A given password is
 * tried first when the archive has a password wrap (WRONG_PASSWORD when it does not open it); otherwise the
 * content key must be wrapped for one of `keys` (RECIPIENT_KEY_MISSING, naming the certificates it was wrapped
 * for). An archive that a password would open, staged without one, is PASSWORD_REQUIRED.
 */
export async function unlockContentKey(
  manifest: Manifest,
  password: string | null,
  keys: PrivateKeyOf[],
): Promise<Buffer | undefined> {
  const encryption = manifest.encryption;
  if (!encryption) return undefined;
  if (password !== null && encryption.password) return unwrapKeyWithPassword(encryption.password, password);
  const wrap = findRecipientWrap(encryption.recipients, keys.map((k) => k.fingerprint));
  if (wrap) {
    const key = keys.find((k) => sameFingerprint(k.fingerprint, wrap.certificateFingerprint))!;
    return unwrapKeyWithPrivateKey(wrap, key.privateKeyPem);
  }
  if (encryption.password) throw passwordRequired();
  throw CryptoError.recipientKeyMissing(encryption.recipients.map((r) => r.certificateFingerprint));
}

function sameFingerprint(a: string, b: string): boolean {
  return a.replace(/:/g, '').toLowerCase() === b.replace(/:/g, '').toLowerCase();
}
