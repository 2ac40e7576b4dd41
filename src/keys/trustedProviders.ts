import type { SqlEntityManager } from '@mikro-orm/knex';
import { describeCertificate } from '../crypto/certificates.js';
import { ServerKeyEntity, TrustedProviderEntity } from '../entities/index.js';

/**
 * Signer certificates this registry trusts (Orchestrator's trusted providers). The registry's own keys,
 * current and past, are always trusted: it can always re-import what it exported itself.
 */
export class TrustedProviders {
  constructor(private readonly em: SqlEntityManager) {}

  async isTrusted(fingerprint: string): Promise<boolean> {
    const fp = fingerprint.toLowerCase();
    const [provider, own] = await Promise.all([
      this.em.findOne(TrustedProviderEntity, { fingerprint: fp }),
      this.em.findOne(ServerKeyEntity, { fingerprint: fp }, { fields: ['id'] }),
    ]);
    return Boolean(provider || own);
  }

  list(): Promise<TrustedProviderEntity[]> {
    return this.em.find(TrustedProviderEntity, {}, { orderBy: { addedAt: 'asc' } });
  }

  /**
   * Adds (or keeps) a trusted signer; the certificate must parse. Insert-or-nothing in one statement, so two
   * replicas adding the same signer at once both succeed with the one row.
   */
  async add(certificatePem: string, addedBy: string): Promise<TrustedProviderEntity> {
    const info = describeCertificate(certificatePem);
    const row = { fingerprint: info.fingerprintSha256, subject: info.subject, certificatePem: info.pem, addedBy, addedAt: new Date() };
    await this.em.createQueryBuilder(TrustedProviderEntity).insert(row).onConflict('fingerprint').ignore().execute();
    return this.em.findOneOrFail(TrustedProviderEntity, { fingerprint: info.fingerprintSha256 });
  }

  async remove(fingerprint: string): Promise<boolean> {
    return (await this.em.nativeDelete(TrustedProviderEntity, { fingerprint: fingerprint.toLowerCase() })) > 0;
  }
}
