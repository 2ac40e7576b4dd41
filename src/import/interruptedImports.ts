import type { SqlEntityManager } from '@mikro-orm/knex';
import { ImportRecordEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { noCommitRunning } from './commitLock.js';
import { isPostgres } from '../db/dialect.js';
import { liveImports } from './importProgress.js';
import { type ImportRecordView, ImportStatus } from './importRecordView.js';

/**
 * How long a RUNNING row may exist before its commit holds the lock: it is written just before the commit
 * transaction begins, so a younger row may belong to a commit that is about to take the lock.
 */
const START_GRACE_MS = 10_000;

/**
 * Ends, as FAILED with IMPORT_INTERRUPTED, the RUNNING records whose process died (a crash, `kill -9`, a power
 * cut). The database rolled their transactions back, so the registry holds nothing of them; only the record
 * was left saying RUNNING. Not running in this process, and:
 * - SQLite: one process owns the file, so it is not running anywhere;
 * - PostgreSQL: another replica may run it, but every running commit holds the commit lock (or waits for it
 *   while another holds it): when nobody holds it and the record is older than START_GRACE_MS, nobody runs it.
 * The update is conditional on RUNNING, so an import that ends meanwhile keeps its real end.
 */
export async function settleInterrupted(em: SqlEntityManager, views: ImportRecordView[]): Promise<ImportRecordView[]> {
  const suspects = views.filter((v) => v.status === ImportStatus.RUNNING && !liveImports.has(v.id));
  if (suspects.length === 0) return views;
  const postgres = isPostgres(em);
  const now = Date.now();
  const old = postgres ? suspects.filter((v) => now - v.startedAt.getTime() > START_GRACE_MS) : suspects;
  if (old.length === 0 || (postgres && !(await noCommitRunning(em)))) return views;
  for (const view of old) {
    const { code, message } = RegistryError.importInterrupted(view.id);
    view.status = ImportStatus.FAILED;
    view.error = { code, message };
    view.finishedAt = new Date(now);
    await em.nativeUpdate(
      ImportRecordEntity,
      { id: view.id, status: ImportStatus.RUNNING },
      { status: view.status, error: view.error, finishedAt: view.finishedAt },
    );
  }
  return views;
}
