import type { CertificateValidity } from './certificateValidity.js';

/** How far this registry trusts the archive's signer: decided at staging, shown in the preview. */
export enum ArchiveTrust {
  /** Signed, and the signer is one of this registry's own keys or a trusted provider. */
  SIGNED_TRUSTED = 'SIGNED_TRUSTED',
  /** Signed with a valid signature by a certificate this registry does not trust (yet). */
  SIGNED_UNTRUSTED = 'SIGNED_UNTRUSTED',
  /** No signature.p7s: nobody vouches for the content. */
  UNSIGNED = 'UNSIGNED',
}

/**
 * The signer of a staged archive, as stored with it (dates as ISO strings, since it is kept as JSON):
 * the certificate embedded in signature.p7s and the signing time it claims.
 */
export interface StagedSigner {
  subject: string;
  issuer: string;
  fingerprintSha256: string;
  notBefore: string;
  notAfter: string;
  pem: string;
  signingTime: string | null;
  /** When judged: set on an import record's copy, as of the commit's start (certificateValidity.ts). */
  validity?: CertificateValidity;
}
