import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { certificateFingerprint, createSelfSignedCertificate, type KeyPairCertificate } from '../crypto/certificates.js';
import { lockForTransaction } from '../db/dialect.js';
import { ServerKeyEntity } from '../entities/index.js';

export interface ServerKey extends KeyPairCertificate {
  id: string;
  fingerprint: string;
  current: boolean;
  createdAt: Date;
  retiredAt: Date | null;
}

/**
 * PostgreSQL advisory lock for changes to the keyring, taken before it is read: two replicas replacing the
 * certificate at once would otherwise each retire the keys they saw and leave two current keys, and two key store
 * imports would insert the same fingerprint twice. (SQLite writers serialize anyway.)
 */
const KEYRING_LOCK = 4242003;

function toKey(e: ServerKeyEntity): ServerKey {
  return {
    id: e.id,
    fingerprint: e.fingerprint,
    certificatePem: e.certificatePem,
    privateKeyPem: e.privateKeyPem,
    current: e.current,
    createdAt: e.createdAt,
    retiredAt: e.retiredAt,
  };
}

/**
 * The server's key pairs and certificates, kept in the database. One is current (it signs exports); replaced
 * ones stay, so archives signed with or encrypted for them still verify and decrypt.
 */
export class ServerKeyring {
  constructor(private readonly em: SqlEntityManager) {}

  /** Makes the first self-signed certificate on first start; returns the current key. */
  async ensureCurrent(commonName: string): Promise<ServerKey> {
    const existing = await this.em.findOne(ServerKeyEntity, { current: true });
    if (existing) return toKey(existing);
    return this.replaceWith(createSelfSignedCertificate({ commonName, organization: 'Registry Bridge' }));
  }

  async current(): Promise<ServerKey> {
    const key = await this.em.findOne(ServerKeyEntity, { current: true });
    if (!key) throw new Error('the server has no current key; ensureCurrent() runs at start');
    return toKey(key);
  }

  /** Every key, current first, then newest first. */
  async all(): Promise<ServerKey[]> {
    const keys = await this.em.find(ServerKeyEntity, {}, { orderBy: { current: 'desc', createdAt: 'desc' } });
    return keys.map(toKey);
  }

  async byFingerprint(fingerprint: string): Promise<ServerKey | null> {
    const key = await this.em.findOne(ServerKeyEntity, { fingerprint: fingerprint.toLowerCase() });
    return key ? toKey(key) : null;
  }

  /**
   * Makes `pair` the current key, retiring the previous one into history. A pair already known (same
   * fingerprint) is made current again rather than duplicated.
   */
  async replaceWith(pair: KeyPairCertificate): Promise<ServerKey> {
    return this.em.transactional(async (tx) => {
      await lockForTransaction(tx, KEYRING_LOCK);
      const fingerprint = certificateFingerprint(pair.certificatePem);
      const now = new Date();
      for (const key of await tx.find(ServerKeyEntity, { current: true })) {
        key.current = false;
        key.retiredAt = now;
      }
      let entity = await tx.findOne(ServerKeyEntity, { fingerprint });
      if (entity) {
        entity.current = true;
        entity.retiredAt = null;
      } else {
        entity = tx.create(ServerKeyEntity, { id: randomUUID(), fingerprint, ...pair, current: true, createdAt: now, retiredAt: null });
      }
      await tx.flush();
      return toKey(entity);
    });
  }

  /** Adds keys to history without changing the current one (used when importing a key store). */
  async addToHistory(pairs: KeyPairCertificate[]): Promise<number> {
    let added = 0;
    await this.em.transactional(async (tx) => {
      await lockForTransaction(tx, KEYRING_LOCK);
      for (const pair of pairs) {
        const fingerprint = certificateFingerprint(pair.certificatePem);
        if (await tx.findOne(ServerKeyEntity, { fingerprint })) continue;
        tx.create(ServerKeyEntity, { id: randomUUID(), fingerprint, ...pair, current: false, createdAt: new Date(), retiredAt: new Date() });
        added++;
      }
      await tx.flush();
    });
    return added;
  }
}
