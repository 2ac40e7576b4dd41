import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { RemoteSyncStateEntity } from '../../entities/index.js';
import { UUID_CHUNK } from '../../import/planning/existingObjects.js';
import type { LastSync } from './decideStates.js';

/** The digests agreed with `remoteId` at the last synchronization of each of `uuids`, a chunk per statement. */
export async function lastSyncOf(em: SqlEntityManager, remoteId: string, uuids: readonly string[]): Promise<Map<string, LastSync>> {
  const found = new Map<string, LastSync>();
  for (let i = 0; i < uuids.length; i += UUID_CHUNK) {
    const rows = await em.find(RemoteSyncStateEntity, { remoteId, objectUuid: { $in: uuids.slice(i, i + UUID_CHUNK) } });
    for (const row of rows) found.set(row.objectUuid, { digest: row.digest, syncedAt: row.syncedAt });
  }
  return found;
}

/** Records that this registry and `remoteId` now agree on each element's digest (one transaction). */
export async function recordAgreed(em: SqlEntityManager, remoteId: string, agreed: { uuid: string; digest: string }[]): Promise<void> {
  if (!agreed.length) return;
  const syncedAt = new Date();
  await em.transactional(async (tx) => {
    const existing = await lastSyncRows(tx, remoteId, agreed.map((a) => a.uuid));
    for (const { uuid, digest } of agreed) {
      const row = existing.get(uuid);
      if (row) Object.assign(row, { digest, syncedAt });
      else tx.persist(tx.create(RemoteSyncStateEntity, { id: randomUUID(), remoteId, objectUuid: uuid, digest, syncedAt }));
    }
  });
}

async function lastSyncRows(em: SqlEntityManager, remoteId: string, uuids: string[]): Promise<Map<string, RemoteSyncStateEntity>> {
  const rows = new Map<string, RemoteSyncStateEntity>();
  for (let i = 0; i < uuids.length; i += UUID_CHUNK) {
    for (const row of await em.find(RemoteSyncStateEntity, { remoteId, objectUuid: { $in: uuids.slice(i, i + UUID_CHUNK) } })) rows.set(row.objectUuid, row);
  }
  return rows;
}
