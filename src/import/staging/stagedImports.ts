import type { SqlEntityManager } from '@mikro-orm/knex';
import { columnEncoding } from '../../db/bulkInsert.js';
import { isPostgres } from '../../db/dialect.js';
import { dateColumn, execute, jsonColumn } from '../../db/rawQuery.js';
import type { LongTransaction } from '../../db/writerTransaction.js';
import type { Principal } from '../../auth/principal.js';
import { StagedImportEntity, StagedObjectEntity } from '../../entities/index.js';
import { lockImportCommits } from '../commit/commitLock.js';
import { deleteStoredPlans } from '../plans/storedPlans.js';
import { deleteFacts } from '../plans/planFacts.js';
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

/**
 * A staged import's row as stored, its manifest and problems still JSON text: what the stagedImport queries
 * answer from. The manifest of a promotion names every object it selected (3.7 MB for 100k objects); an entity
 * parsed it, and MikroORM serialized it again for its change tracking, on every read, though most reads (a client
 * polling planningAhead, a preview page) never touch it. The view parses it when a field needs it.
 */
export interface StagedImportRow {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  fileName: string | null;
  archiveSha256: string;
  archiveSize: number;
  manifestJson: string;
  trust: string;
  signer: Record<string, unknown> | null;
  encrypted: boolean;
  objectCount: number;
  problemsJson: string;
  problemCount: number;
}

/** The caller's staged import, or null when there is no live one of the caller's with this id. */
export async function findStagedImport(em: SqlEntityManager, id: string, principal: Owner): Promise<StagedImportRow | null> {
  const [row] = await selectStagedImports(em, principal, 'and id = ?', [id]);
  return row ?? null;
}

/** The caller's live staged imports, newest first. */
export function listStagedImports(em: SqlEntityManager, principal: Owner): Promise<StagedImportRow[]> {
  return selectStagedImports(em, principal, 'order by created_at desc, id asc', []);
}

async function selectStagedImports(em: SqlEntityManager, principal: Owner, rest: string, params: unknown[]): Promise<StagedImportRow[]> {
  // PostgreSQL's driver would parse jsonb; as text, the manifest is parsed only if a field asks for it.
  const text = (column: string) => (isPostgres(em) ? `${column}::text as ${column}` : column);
  const rows = await execute<Record<string, unknown>>(
    em,
    `select id, created_at, expires_at, file_name, archive_sha256, archive_size, ${text('manifest')}, trust, signer, encrypted, ` +
      `object_count, ${text('problems')}, problem_count from staged_import where owner_uuid = ? and expires_at > ? ${rest}`,
    [principal.uuid, columnEncoding(em).date(new Date()), ...params],
  );
  return rows.map((r) => ({
    id: r.id as string,
    createdAt: dateColumn(r.created_at),
    expiresAt: dateColumn(r.expires_at),
    fileName: (r.file_name as string | null) ?? null,
    archiveSha256: r.archive_sha256 as string,
    archiveSize: Number(r.archive_size), // a bigint column comes back as a string
    manifestJson: r.manifest as string,
    trust: r.trust as string,
    signer: r.signer === null || r.signer === undefined ? null : jsonColumn<Record<string, unknown>>(r.signer),
    encrypted: Boolean(r.encrypted),
    objectCount: Number(r.object_count),
    problemsJson: r.problems as string,
    problemCount: Number(r.problem_count),
  }));
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
 * Deletes staged imports with all their objects, stored plans and pass A facts in one transaction: a long one (100k staged objects take about
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
    await deleteFacts(tx, ids);
  });
}
