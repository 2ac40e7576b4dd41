import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import { type PeriodicTask, startPeriodicTask } from '../../app/periodicTask.js';
import { reopenFailedApprovals } from '../../remote/promotionHolds.js';
import { endInterruptedImports } from './interruptedImports.js';

/** PostgreSQL: how often a replica looks for the imports of replicas that died while it runs. */
const RECOVERY_INTERVAL_MS = 60_000;

/**
 * Ends the imports a dead process left RUNNING (endInterruptedImports) and reopens held promotions whose
 * approver's commit failed, so that reading a record or a promotion never writes:
 * once before the service answers, and on PostgreSQL then every minute, since another replica may die at any time
 * (until then a reader is shown such a record as interrupted: showInterrupted). SQLite needs no more: one process
 * owns the file, so nothing else can die while it runs. A failure is logged; the next start or tick tries again.
 */
export async function startImportRecovery(app: AppServices): Promise<PeriodicTask> {
  const what = 'ended interrupted imports';
  // A held promotion whose approver's commit was among them is PENDING again (reading promotions never writes).
  const end = async () => {
    const em = app.orm.em.fork() as SqlEntityManager;
    const { ended } = await endInterruptedImports(em);
    const { reopened } = await reopenFailedApprovals(em);
    return { ended, reopened };
  };
  try {
    const { ended, reopened } = await end();
    if (ended > 0 || reopened > 0) app.logger.info({ ended, reopened }, what);
  } catch (err) {
    app.logger.warn({ err }, `${what}: failed; they are shown as interrupted all the same`);
  }
  if (!app.config.databaseUrl) return { stop: async () => undefined };
  return startPeriodicTask(app.logger, what, RECOVERY_INTERVAL_MS, end, { atOnce: false });
}
