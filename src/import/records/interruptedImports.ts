import type { SqlEntityManager } from '@mikro-orm/knex';
import { ImportRecordEntity } from '../../entities/index.js';
import { RegistryError } from '../../errors/registryError.js';
import { noCommitRunning } from '../commit/commitLock.js';
import { isPostgres } from '../../db/dialect.js';
import { processGone } from '../../db/processLiveness.js';
import { liveImports } from './importProgress.js';
import { type ImportRecordView, ImportStatus } from './importRecordView.js';

/**
 * Records written before they named their process (no `runner`): how long such a RUNNING row may exist before its
 * commit holds the lock, since it is written before the commit transaction begins.
 */
const START_GRACE_MS = 10_000;

/**
 * Ends, as FAILED with IMPORT_INTERRUPTED, the RUNNING records whose process died (a crash, `kill -9`, a power
 * cut). The database rolled their transactions back, so the registry holds nothing of them; only the record
 * was left saying RUNNING. Not running in this process, and:
 * - SQLite: one process owns the file, so it is not running anywhere;
 * - PostgreSQL: the process named by the record (`runner`) no longer holds its liveness lock (it dies with the
 *   process's session), whatever the record's age: a live replica's import waiting for its turn is never taken
 *   for dead. A record without a runner (written by an earlier version) is called interrupted when no replica
 *   holds the commit lock and it is older than START_GRACE_MS.
 * The update is conditional on RUNNING, so an import that ends meanwhile keeps its real end.
 */
export async function endInterrupted(em: SqlEntityManager, views: ImportRecordView[]): Promise<ImportRecordView[]> {
  const suspects = views.filter((v) => v.status === ImportStatus.RUNNING && !liveImports.has(v.id));
  if (suspects.length === 0) return views;
  const now = Date.now();
  for (const view of suspects) {
    if (!(await interrupted(em, view, now))) continue;
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

async function interrupted(em: SqlEntityManager, view: ImportRecordView, now: number): Promise<boolean> {
  if (!isPostgres(em)) return true;
  if (view.runner !== null) return processGone(em, view.runner);
  return now - view.startedAt.getTime() > START_GRACE_MS && (await noCommitRunning(em));
}
