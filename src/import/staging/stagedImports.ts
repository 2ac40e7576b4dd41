import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LongTransaction } from '../../db/writerTransaction.js';
import type { Principal } from '../../auth/principal.js';
import { StagedImportEntity, StagedObjectEntity } from '../../entities/index.js';
import { lockImportCommits } from '../commit/commitLock.js';
import { deleteStoredPlans } from '../plans/storedPlans.js';
import { stagedImportExpired, stagedImportNotFound } from './stagingErrors.js';

/*
 * A staged import belongs to the user who staged it: every lookup is by id AND owner, so another user's import
 * is indistinguishable from one that does not exist. Expired ones are invisible at once, before the sweeper
 * removes them.
 */

type Owner = Pick<Principal, 'uuid'>;

/**
 * The caller's staged import, for everything that works on one (objects, preview, commit, discard).
 * Throws NOT_FOUND when there is none of the caller's with this id, STAGED_IMPORT_EXPIRED when it is past its
 * time but not yet swept.
 */
export async function loadStagedImport(em: SqlEntityManager, id: string, principal: Owner): Promise<StagedImportEntity> {
  const row = await em.findOne(StagedImportEntity, { id, ownerUuid: principal.uuid });
  if (!row) throw stagedImportNotFound(id);
  if (row.expiresAt.getTime() <= Date.now()) throw stagedImportExpired(id, row.expiresAt);
  return row;
}

/** The caller's staged import, or null when there is no live one of the caller's with this id. */
export function findStagedImport(em: SqlEntityManager, id: string, principal: Owner): Promise<StagedImportEntity | null> {
  return em.findOne(StagedImportEntity, { id, ownerUuid: principal.uuid, expiresAt: { $gt: new Date() } });
}

/** The caller's live staged imports, newest first. */
export function listStagedImports(em: SqlEntityManager, principal: Owner): Promise<StagedImportEntity[]> {
  return em.find(
    StagedImportEntity,
    { ownerUuid: principal.uuid, expiresAt: { $gt: new Date() } },
    { orderBy: { createdAt: 'desc', id: 'asc' } },
  );
}

/** Drops the caller's staged import and its objects before it expires. Throws as loadStagedImport does. */
export async function discardStagedImport(
  em: SqlEntityManager,
  transaction: LongTransaction,
  id: string,
  principal: Owner,
): Promise<void> {
  const row = await loadStagedImport(em, id, principal);
  await deleteStagedImports(transaction, [row.id]);
}

/**
 * Deletes staged imports with all their objects and stored plans in one transaction: a long one (100k staged objects take about
 * a second), so on SQLite it runs on a writer connection, not the service's. It waits for a running import commit
 * first (PostgreSQL: the commit lock; SQLite: writer transactions queue), so a commit never loses its staged
 * records halfway: it sees them whole, or gone (NOT_FOUND).
 */
export async function deleteStagedImports(transaction: LongTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await transaction(async (tx) => {
    await lockImportCommits(tx);
    await tx.nativeDelete(StagedImportEntity, { id: { $in: ids } });
    await tx.nativeDelete(StagedObjectEntity, { stagedImportId: { $in: ids } });
    await deleteStoredPlans(tx, ids);
  });
}
