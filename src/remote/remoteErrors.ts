import { RegistryError } from '../errors/registryError.js';

/** Which registry a remote operation failed on: this one, or the remote. */
export type FailedSide = 'LOCAL' | 'REMOTE';

/**
 * The failures of talking to a remote registry. Every one names the remote (by its configured name, never its
 * credential) and the side that failed; messages never carry the credential, a stack or a server path.
 */
export const RemoteErrors = {
  notFound(name: string) {
    return new RegistryError('NOT_FOUND', `No remote registry named "${name}" is configured.`, { remote: name });
  },

  addressRefused(address: string, why: string) {
    return new RegistryError('REMOTE_ADDRESS_REFUSED', `The remote address ${address} is refused: ${why}.`, { address });
  },

  unreachable(name: string, cause: string) {
    return new RegistryError('REMOTE_UNREACHABLE', `The remote registry "${name}" could not be reached: ${cause}.`, {
      remote: name,
      side: 'REMOTE',
      cause,
    });
  },

  /** The remote answered, and said no: its own code is kept in remoteCode. */
  refused(name: string, remoteCode: string, remoteMessage: string, httpStatus: number) {
    return new RegistryError(
      'REMOTE_REFUSED',
      `The remote registry "${name}" refused the request (${remoteCode}): ${remoteMessage}`,
      { remote: name, side: 'REMOTE', remoteCode, remoteMessage, httpStatus },
    );
  },

  redirectRefused(name: string, status: number) {
    return new RegistryError(
      'REMOTE_REFUSED',
      `The remote registry "${name}" answered with a redirect (HTTP ${status}); redirects are never followed. Configure its real address.`,
      { remote: name, side: 'REMOTE', remoteCode: 'REDIRECT', httpStatus: status },
    );
  },

  identityChanged(
    name: string,
    recorded: { registryUuid: string | null; signerFingerprint: string | null },
    observed: { registryUuid: string; signerFingerprint: string },
  ) {
    return new RegistryError(
      'REMOTE_IDENTITY_CHANGED',
      `The remote registry "${name}" is not the one first recorded (registry ${recorded.registryUuid} signing with ` +
        `${recorded.signerFingerprint}; now ${observed.registryUuid} signing with ${observed.signerFingerprint}). ` +
        'Nothing was done; an administrator may accept the new identity (acceptRemoteIdentity).',
      { remote: name, side: 'REMOTE', recorded, observed },
    );
  },

  /** The archive the remote handed over is not signed by the certificate recorded for it. */
  signatureMismatch(name: string, expected: string | null, actual: string | null) {
    return new RegistryError(
      'REMOTE_SIGNATURE_MISMATCH',
      `The archive from "${name}" is ${actual ? `signed by ${actual}` : 'unsigned'}, not by the remote's recorded certificate ${expected}; it was not staged.`,
      { remote: name, side: 'REMOTE', expected, actual },
    );
  },

  /** An answer the remote should not give (not JSON, missing fields, too large). */
  badAnswer(name: string, why: string) {
    return new RegistryError('REMOTE_BAD_ANSWER', `The remote registry "${name}" gave an answer this registry cannot use: ${why}.`, {
      remote: name,
      side: 'REMOTE',
    });
  },
};
