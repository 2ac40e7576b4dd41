import { rm } from 'node:fs/promises';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../app/appServices.js';
import { type PeriodicTask, startPeriodicTask } from '../app/periodicTask.js';
import { removeStaleFiles } from '../app/staleFiles.js';
import type { Config } from '../config.js';
import { ExportedArchiveEntity } from '../entities/index.js';
import { archivePath, exportsDirectory } from './exportedArchives.js';

/** Expired archives removed per statement. */
const PURGE_BATCH = 200;

/** Every ten minutes, at most the TTL, at least a second: an archive outlives its expiry by that at most. */
export function startExportSweeper(app: AppServices): PeriodicTask {
  const interval = Math.min(Math.max(app.config.exportTtlSeconds * 1000, 1000), 10 * 60_000);
  return startPeriodicTask(app.logger, 'removed expired exported archives', interval, () =>
    purgeExpiredExports(app.orm.em.fork() as SqlEntityManager, app.config),
  );
}

/**
 * Removes the archives expired at `now`: their records, then their files; then any archive file as old with no
 * record (an export cut short by a crash between writing the file and recording it). Returns counts.
 */
export async function purgeExpiredExports(
  em: SqlEntityManager,
  config: Pick<Config, 'dataDir' | 'exportTtlSeconds'>,
  now = new Date(),
): Promise<{ archives: number; files: number }> {
  const createdBefore = new Date(now.getTime() - config.exportTtlSeconds * 1000);
  let archives = 0;
  for (;;) {
    const expired = await em.find(ExportedArchiveEntity, { createdAt: { $lte: createdBefore } }, { fields: ['id'], limit: PURGE_BATCH });
    if (expired.length === 0) break;
    const ids = expired.map((e) => e.id);
    await em.nativeDelete(ExportedArchiveEntity, { id: { $in: ids } });
    await Promise.all(ids.map((id) => rm(archivePath(config.dataDir, id), { force: true })));
    archives += ids.length;
    em.clear();
  }
  const files = await removeStaleFiles(exportsDirectory(config.dataDir), '.zip', createdBefore.getTime());
  return { archives, files };
}
