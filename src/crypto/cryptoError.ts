export type CryptoErrorCode =
  | 'WRONG_PASSWORD'
  | 'SIGNATURE_INVALID'
  | 'RECIPIENT_KEY_MISSING'
  | 'DECRYPTION_FAILED'
  | 'KEYSTORE_INVALID'
  | 'CERTIFICATE_INVALID';

/**
 * The one error type thrown by the crypto layer. Callers branch on `code` (stable, for API errors and
 * tests); `message` is for people and may change. The underlying library error, if any, is in `cause`,
 * never in the message, so library internals do not leak to API clients.
 */
export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  private constructor(code: CryptoErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'CryptoError';
    this.code = code;
  }

  /** The password does not open the keystore or the archive key. */
  static wrongPassword(cause?: unknown): CryptoError {
    return new CryptoError('WRONG_PASSWORD', 'The password is wrong', cause);
  }

  /** A signature is malformed, does not match the content, or was not made by its certificate's key. */
  static signatureInvalid(reason: string, cause?: unknown): CryptoError {
    return new CryptoError('SIGNATURE_INVALID', `Signature invalid: ${reason}`, cause);
  }

  /** None of the available private keys matches a recipient the content key was wrapped for. */
  static recipientKeyMissing(fingerprint: string | readonly string[]): CryptoError {
    const list = typeof fingerprint === 'string' ? fingerprint : fingerprint.join(', ') || '(none)';
    return new CryptoError('RECIPIENT_KEY_MISSING', `No private key for recipient certificate ${list}`);
  }

  /** `entry` names what could not be decrypted (an archive entry, "content key", ...). */
  static decryptionFailed(entry: string, reason?: string, cause?: unknown): CryptoError {
    const suffix = reason ? `: ${reason}` : '';
    return new CryptoError('DECRYPTION_FAILED', `Could not decrypt ${entry}${suffix}`, cause);
  }

  static keystoreInvalid(reason: string, cause?: unknown): CryptoError {
    return new CryptoError('KEYSTORE_INVALID', `Keystore invalid: ${reason}`, cause);
  }

  static certificateInvalid(reason: string, cause?: unknown): CryptoError {
    return new CryptoError('CERTIFICATE_INVALID', `Certificate invalid: ${reason}`, cause);
  }
}

/** True for a CryptoError, optionally of the given code. */
export function isCryptoError(error: unknown, code?: CryptoErrorCode): error is CryptoError {
  return error instanceof CryptoError && (code === undefined || error.code === code);
}
