import type { SqlEntityManager } from '@mikro-orm/knex';
import { ImportRecordEntity } from '../../entities/index.js';
import { RegistryError } from '../../errors/registryError.js';
import { noCommitRunning } from '../commit/commitLock.js';
import { isPostgres } from '../../db/dialect.js';
import { processGone } from '../../db/processLiveness.js';
import { liveImports } from './importProgress.js';
import { type ImportRecordView, ImportStatus, recordViewOf } from './importRecordView.js';

/**
 * Records written before they named their process (no `runner`): how long such a RUNNING row may exist before its
 * commit holds the lock, since it is written before the commit transaction begins.
 */
const START_GRACE_MS = 10_000;
/** RUNNING records looked at per statement when ending interrupted imports. */
const END_BATCH = 200;

/**
 * Ends, as FAILED with IMPORT_INTERRUPTED, the stored RUNNING records whose process died (a crash, `kill -9`, a
 * power cut): what recovery does, at start-up and then periodically (another replica may die meanwhile). The
 * database rolled their transactions back, so the registry holds nothing of them; only the record was left saying
 * RUNNING. The update is conditional on RUNNING, so an import that ends meanwhile keeps its real end.
 */
export async function endInterruptedImports(em: SqlEntityManager, now = new Date()): Promise<{ ended: number }> {
  let ended = 0;
  let after: string | null = null;
  for (;;) {
    const rows: ImportRecordEntity[] = await em.find(
      ImportRecordEntity,
      { status: ImportStatus.RUNNING, ...(after ? { id: { $gt: after } } : {}) },
      { orderBy: { id: 'asc' }, limit: END_BATCH, disableIdentityMap: true },
    );
    for (const view of await interruptedOf(em, rows.map(recordViewOf), now.getTime())) {
      const { code, message } = RegistryError.importInterrupted(view.id);
      ended += await em.nativeUpdate(
        ImportRecordEntity,
        { id: view.id, status: ImportStatus.RUNNING },
        { status: ImportStatus.FAILED, error: { code, message }, finishedAt: now },
      );
    }
    if (rows.length < END_BATCH) return { ended };
    after = rows[rows.length - 1].id;
  }
}

/**
 * The records as a reader should see them: a RUNNING record whose process died is shown FAILED with
 * IMPORT_INTERRUPTED (finished now), though recovery has not written it yet (a replica died after the others
 * started). Reads only: the record is ended by endInterruptedImports.
 */
export async function showInterrupted(em: SqlEntityManager, views: ImportRecordView[]): Promise<ImportRecordView[]> {
  const now = Date.now();
  const interrupted = new Set(await interruptedOf(em, views, now));
  return views.map((view) => {
    if (!interrupted.has(view)) return view;
    const { code, message } = RegistryError.importInterrupted(view.id);
    return { ...view, status: ImportStatus.FAILED, error: { code, message }, finishedAt: new Date(now) };
  });
}

/**
 * The RUNNING records among `views` whose process died. Not running in this process, and:
 * - SQLite: one process owns the file, so it is not running anywhere;
 * - PostgreSQL: the process named by the record (`runner`) no longer holds its liveness lock (it dies with the
 *   process's session), whatever the record's age: a live replica's import waiting for its turn is never taken
 *   for dead. A record without a runner (written by an earlier version) is called interrupted when no replica
 *   holds the commit lock and it is older than START_GRACE_MS.
 */
async function interruptedOf(em: SqlEntityManager, views: ImportRecordView[], now: number): Promise<ImportRecordView[]> {
  const found: ImportRecordView[] = [];
  for (const view of views) {
    if (view.status !== ImportStatus.RUNNING || liveImports.has(view.id)) continue;
    if (await interrupted(em, view, now)) found.push(view);
  }
  return found;
}

async function interrupted(em: SqlEntityManager, view: ImportRecordView, now: number): Promise<boolean> {
  if (!isPostgres(em)) return true;
  if (view.runner !== null) return processGone(em, view.runner);
  return now - view.startedAt.getTime() > START_GRACE_MS && (await noCommitRunning(em));
}
