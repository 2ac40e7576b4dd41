import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { lockForTransaction } from '../db/dialect.js';
import { SealingKeyEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';

/** Serializes the first start's key creation across replicas (PostgreSQL advisory lock). */
const SEALING_KEY_LOCK = 4242011;

const b64 = (b: Buffer) => b.toString('base64url');

/**
 * Seals secrets at rest with AES-256-GCM under this server's sealing key (sealing_key, kept in the database with
 * the server's key pairs). `context` (the remote's id) is bound as additional data, so a sealed credential copied
 * onto another remote's row does not open. The format names its key, so keys can be rotated later.
 */
export class CredentialSealer {
  constructor(private readonly em: SqlEntityManager) {}

  async seal(secret: string, context: string): Promise<string> {
    const key = await this.currentKey();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', Buffer.from(key.keyBase64, 'base64'), iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return ['v1', key.id, b64(iv), b64(cipher.getAuthTag()), b64(ciphertext)].join('.');
  }

  /** Opens a sealed secret; REMOTE_CREDENTIAL_UNREADABLE when the key is gone or the value was tampered with. */
  async open(sealed: string, context: string): Promise<string> {
    const [version, keyId, iv, tag, ciphertext] = sealed.split('.');
    const key = version === 'v1' && keyId ? await this.em.findOne(SealingKeyEntity, { id: keyId }) : null;
    if (!key || !iv || !tag || ciphertext === undefined) throw unreadable();
    try {
      const decipher = createDecipheriv('aes-256-gcm', Buffer.from(key.keyBase64, 'base64'), Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw unreadable();
    }
  }

  private async currentKey(): Promise<SealingKeyEntity> {
    const [existing] = await this.em.find(SealingKeyEntity, {}, { orderBy: { createdAt: 'desc' }, limit: 1 });
    if (existing) return existing;
    return this.em.transactional(async (tx) => {
      await lockForTransaction(tx, SEALING_KEY_LOCK);
      const [again] = await tx.find(SealingKeyEntity, {}, { orderBy: { createdAt: 'desc' }, limit: 1 });
      if (again) return again;
      const key = tx.create(SealingKeyEntity, { id: randomUUID(), keyBase64: randomBytes(32).toString('base64'), createdAt: new Date() });
      await tx.flush();
      return key;
    });
  }
}

function unreadable(): RegistryError {
  return new RegistryError(
    'REMOTE_CREDENTIAL_UNREADABLE',
    "The remote's stored credential cannot be opened with this server's sealing key; an administrator must set it again.",
  );
}
