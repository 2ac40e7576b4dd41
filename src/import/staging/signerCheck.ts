import type { OpenedArchive } from '../../archive/archiveReader.js';
import { verifyDetached } from '../../crypto/signature.js';
import { ArchiveTrust, type StagedSigner } from './archiveTrust.js';
import { unsignedArchiveRefused } from './stagingErrors.js';

export interface SignerVerdict {
  trust: ArchiveTrust;
  signer: StagedSigner | null;
}

/**
 * Verifies signature.p7s over manifest.json's exact bytes (and so, through the manifest's digests, the whole
 * archive) and decides the trust status. An invalid signature refuses the archive (SIGNATURE_INVALID): a
 * broken signature is never downgraded to "unsigned". An unsigned archive is refused unless configuration
 * accepts them (UNSIGNED_ARCHIVE_REFUSED).
 */
export async function checkSigner(
  archive: Pick<OpenedArchive, 'signature' | 'manifestBytes'>,
  isTrusted: (fingerprint: string) => Promise<boolean>,
  acceptUnsigned: boolean,
): Promise<SignerVerdict> {
  if (!archive.signature) {
    if (!acceptUnsigned) throw unsignedArchiveRefused();
    return { trust: ArchiveTrust.UNSIGNED, signer: null };
  }
  const { signer, signingTime } = verifyDetached(archive.signature, archive.manifestBytes);
  const trusted = await isTrusted(signer.fingerprintSha256);
  return {
    trust: trusted ? ArchiveTrust.SIGNED_TRUSTED : ArchiveTrust.SIGNED_UNTRUSTED,
    signer: {
      subject: signer.subject,
      issuer: signer.issuer,
      fingerprintSha256: signer.fingerprintSha256,
      notBefore: signer.notBefore.toISOString(),
      notAfter: signer.notAfter.toISOString(),
      pem: signer.pem,
      signingTime: signingTime?.toISOString() ?? null,
    },
  };
}
