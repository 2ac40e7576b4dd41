import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../../auth/accessControl.js';
import type { StagedImportEntity } from '../../entities/index.js';
import { RegistryError } from '../../errors/registryError.js';
import { TrustedProviders } from '../../keys/trustedProviders.js';
import type { PlanOptions } from '../planner/types.js';
import { ArchiveTrust, type StagedSigner } from './archiveTrust.js';
import { certificateValidity } from './certificateValidity.js';

export interface SignerTrust {
  trust: ArchiveTrust;
  signer: StagedSigner | null;
}

/**
 * The archive's signer and how far this registry trusts it *now*: staging decided it once, but a provider may
 * have been trusted since (by another import's trustProvider, or by an administrator). The signer's certificate
 * validity is judged now too, and kept with the import record.
 */
export async function currentTrust(em: SqlEntityManager, staged: Pick<StagedImportEntity, 'signer'>): Promise<SignerTrust> {
  const stored = staged.signer as unknown as StagedSigner | null;
  if (!stored) return { trust: ArchiveTrust.UNSIGNED, signer: null };
  const signer = { ...stored, validity: certificateValidity(stored, new Date()) };
  const trusted = await new TrustedProviders(em).isTrusted(signer.fingerprintSha256);
  return { trust: trusted ? ArchiveTrust.SIGNED_TRUSTED : ArchiveTrust.SIGNED_UNTRUSTED, signer };
}

/**
 * Orchestrator's two buttons: an untrusted signer's archive imports once ("Import"); `trustProvider` also adds
 * the signer to the trusted providers ("Import and trust provider"), which only administrators may do, and
 * only for a signed archive. With REQUIRE_TRUSTED_SIGNER an untrusted archive commits only with trustProvider
 * (an unsigned one never). Throws FORBIDDEN, BAD_USER_INPUT or UNTRUSTED_SIGNER before anything is written.
 */
export function assertSignerAccepted(
  { trust, signer }: SignerTrust,
  options: Pick<PlanOptions, 'trustProvider'>,
  access: AccessControl,
  requireTrustedSigner: boolean,
): void {
  if (options.trustProvider) {
    if (!access.isAdministrator) throw RegistryError.forbidden('trust a provider', 'requires REGISTRY_ADMINISTRATOR');
    if (!signer) throw RegistryError.badInput('trustProvider: the archive is unsigned, so there is no signer to trust.');
  }
  if (!requireTrustedSigner || trust === ArchiveTrust.SIGNED_TRUSTED || options.trustProvider) return;
  throw RegistryError.untrustedSigner(signer ? `${signer.subject} (${signer.fingerprintSha256})` : null);
}

/** Adds the signer to the trusted providers, inside the commit transaction: trusted exactly if it commits. */
export async function trustSigner(tx: SqlEntityManager, signer: StagedSigner, addedBy: string): Promise<void> {
  await new TrustedProviders(tx).add(signer.pem, addedBy);
}
