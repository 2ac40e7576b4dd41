import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import { type PeriodicTask, startPeriodicTask } from '../../app/periodicTask.js';
import { removeStaleFiles } from '../../app/staleFiles.js';
import { type LongTransaction, writerTransaction } from '../../db/writerTransaction.js';
import { StagedImportEntity } from '../../entities/index.js';
import { deleteStagedImports } from './stagedImports.js';
import { SPOOL_SUFFIX } from './spoolUpload.js';
import { stagingDirectory } from './stagingLimits.js';

/**
 * A spooled upload lives only while its request stages it; one untouched this long was left by a crashed
 * process. Far beyond any staging (a million objects take about a minute), so a live one is never removed.
 */
const STRAY_SPOOL_AGE_MS = 60 * 60 * 1000;
/** Expired imports deleted per transaction, so a backlog does not hold one long write lock. */
const PURGE_BATCH = 50;

/**
 * Sweeps at start and then periodically (every TTL, at most a minute, at least a second): expired staged
 * imports are purged with their objects, and stray spooled uploads are removed.
 */
export function startStagingSweeper(app: AppServices): PeriodicTask {
  const interval = Math.min(Math.max(app.config.stagedImportTtlSeconds * 1000, 1000), 60_000);
  return startPeriodicTask(app.logger, 'purged expired staged imports', interval, () =>
    purgeExpiredStaging(app.orm.em.fork() as SqlEntityManager, writerTransaction(app), app.config.dataDir),
  );
}

/** Deletes staged imports expired at `now` (rows of both tables) and stray spooled uploads; returns counts. */
export async function purgeExpiredStaging(
  em: SqlEntityManager,
  transaction: LongTransaction,
  dataDir: string,
  now = new Date(),
): Promise<{ imports: number; files: number }> {
  let imports = 0;
  for (;;) {
    const expired = await em.find(StagedImportEntity, { expiresAt: { $lte: now } }, { fields: ['id'], limit: PURGE_BATCH });
    await deleteStagedImports(transaction, expired.map((e) => e.id));
    imports += expired.length;
    em.clear();
    if (expired.length < PURGE_BATCH) break;
  }
  const files = await removeStaleFiles(stagingDirectory(dataDir), SPOOL_SUFFIX, now.getTime() - STRAY_SPOOL_AGE_MS);
  return { imports, files };
}
