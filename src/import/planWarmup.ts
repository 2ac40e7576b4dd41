import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../app/appServices.js';
import { AccessControl } from '../auth/accessControl.js';
import type { Principal } from '../auth/principal.js';
import type { StagedImportEntity } from '../entities/index.js';
import { planStagedImport } from './planStagedImport.js';

/** Warm-ups under way, by staged import. */
const warming = new Map<string, Promise<void>>();

/**
 * Plans a freshly staged import in the background with the default options and selection, as its owner, so the
 * preview a person opens next is served from the plan cache (milliseconds) instead of being planned on the spot
 * (seconds for 100k objects). A preview asked for meanwhile joins this plan rather than starting its own
 * (planStagedImport shares plans in flight). A failure costs nothing: the preview plans again and reports it.
 */
export function warmDefaultPlan(app: AppServices, principal: Principal, stagedImport: StagedImportEntity): void {
  const id = stagedImport.id;
  const work = (async () => {
    const em = app.orm.em.fork() as SqlEntityManager;
    const access = await new AccessControl(em, principal).ready();
    await planStagedImport({ em, access, address: app.registry.address }, { stagedImport });
  })()
    .catch((err: unknown) => app.logger.debug({ err, stagedImportId: id }, 'default plan not prepared after staging'))
    .finally(() => warming.delete(id));
  warming.set(id, work);
}

/**
 * Resolves when the warm-up of a staged import (if any) has ended: a commit waits for it, then reuses its plan
 * when it still holds, instead of planning the same import twice at once.
 */
export async function warmupOf(stagedImportId: string): Promise<void> {
  await warming.get(stagedImportId);
}

/** Resolves when every warm-up under way in this process has ended (before the database closes). */
export async function warmupsSettled(): Promise<void> {
  await Promise.all(warming.values());
}
