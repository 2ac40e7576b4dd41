import { RegistryError } from '../../errors/registryError.js';
import type { StagedSigner } from './archiveTrust.js';

/** Whether a signer certificate's validity period covers a moment. */
export enum CertificateValidity {
  VALID = 'VALID',
  /** Past its notAfter. */
  EXPIRED = 'EXPIRED',
  /** Before its notBefore. */
  NOT_YET_VALID = 'NOT_YET_VALID',
}

/**
 * The certificate's validity at `at`. Trust does not depend on it (a trusted provider is pinned by fingerprint),
 * but an archive signed by a certificate that is expired or not yet valid is shown as such in the preview, and
 * refused when configuration says so (assertCertificateAccepted).
 */
export function certificateValidity(signer: Pick<StagedSigner, 'notBefore' | 'notAfter'>, at: Date): CertificateValidity {
  const time = at.getTime();
  if (time < Date.parse(signer.notBefore)) return CertificateValidity.NOT_YET_VALID;
  if (time > Date.parse(signer.notAfter)) return CertificateValidity.EXPIRED;
  return CertificateValidity.VALID;
}

/**
 * REFUSE_INVALID_SIGNER_CERTIFICATES: staging and committing refuse an archive whose signer certificate is not
 * valid at that moment (SIGNER_CERTIFICATE_EXPIRED, SIGNER_CERTIFICATE_NOT_YET_VALID). Unsigned archives are
 * ACCEPT_UNSIGNED_ARCHIVES's business.
 */
export function assertCertificateAccepted(signer: StagedSigner | null, at: Date, refuseInvalid: boolean): void {
  if (!signer || !refuseInvalid) return;
  const validity = certificateValidity(signer, at);
  if (validity === CertificateValidity.VALID) return;
  const expired = validity === CertificateValidity.EXPIRED;
  throw new RegistryError(
    expired ? 'SIGNER_CERTIFICATE_EXPIRED' : 'SIGNER_CERTIFICATE_NOT_YET_VALID',
    `The archive's signer certificate (${signer.subject}) is ${expired ? `expired since ${signer.notAfter}` : `not valid before ${signer.notBefore}`}, ` +
      'and this registry refuses such archives (REFUSE_INVALID_SIGNER_CERTIFICATES=true).',
    { fingerprintSha256: signer.fingerprintSha256, notBefore: signer.notBefore, notAfter: signer.notAfter },
  );
}
