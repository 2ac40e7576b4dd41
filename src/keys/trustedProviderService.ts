import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import { describeCertificate, type CertificateInfo } from '../crypto/certificates.js';
import { Role } from '../domain/objectKind.js';
import type { TrustedProviderEntity } from '../entities/index.js';
import { TrustedProviders } from './trustedProviders.js';

export interface TrustedProviderView extends CertificateInfo {
  addedBy: string;
  addedAt: Date;
}

function viewOf(entity: TrustedProviderEntity): TrustedProviderView {
  return { ...describeCertificate(entity.certificatePem), addedBy: entity.addedBy, addedAt: entity.addedAt };
}

/** The signer certificates this registry trusts, managed by administrators. */
export class TrustedProviderService {
  private readonly providers: TrustedProviders;

  constructor(
    em: SqlEntityManager,
    private readonly access: AccessControl,
  ) {
    this.providers = new TrustedProviders(em);
  }

  async list(): Promise<TrustedProviderView[]> {
    this.access.assertRole(Role.REGISTRY_ADMINISTRATOR, 'list trusted providers');
    return (await this.providers.list()).map(viewOf);
  }

  /** Trusts a signer certificate (PEM); adding one already trusted changes nothing. Throws CERTIFICATE_INVALID. */
  async add(certificatePem: string): Promise<TrustedProviderView> {
    this.access.assertRole(Role.REGISTRY_ADMINISTRATOR, 'add a trusted provider');
    return viewOf(await this.providers.add(certificatePem, this.access.principal.uuid));
  }

  /** False when no provider had that SHA-256 fingerprint. */
  async remove(fingerprint: string): Promise<boolean> {
    this.access.assertRole(Role.REGISTRY_ADMINISTRATOR, 'remove a trusted provider');
    return this.providers.remove(fingerprint.replace(/:/g, ''));
  }
}
