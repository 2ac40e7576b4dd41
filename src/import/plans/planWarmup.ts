import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import { AccessControl } from '../../auth/accessControl.js';
import type { Principal } from '../../auth/principal.js';
import type { StagedImportEntity } from '../../entities/index.js';
import type { PlanOptions } from '../planner/types.js';
import { planKeyOf, planStagedImport } from '../planning/planStagedImport.js';
import { findStoredPlan } from './storedPlans.js';
import { previewDeps, storeInBackground, storeInPages } from './previewPlans.js';
import { registryRevision } from './registryRevision.js';
import { plannedInPages, planningPage } from '../planning/pagedPlanning.js';

/**
 * Plans a freshly staged import in the background with the default options and selection, as its owner, and
 * stores the plan, so the preview a person opens next (in this process or any other) and the commit read that
 * plan (milliseconds) instead of planning on the spot (seconds for 100k objects). A preview asked for meanwhile joins this plan rather than starting its own
 * (planStagedImport shares plans in flight). A failure costs nothing: the preview plans again and reports it.
 *
 * Warm-ups run one at a time. An archive larger than PLAN_IN_MEMORY_MAX_OBJECTS is planned in pages,
 * straight into the database, so its memory does not grow with it.
 */
export function warmDefaultPlan(
  app: AppServices,
  principal: Principal,
  stagedImport: StagedImportEntity,
  options: Partial<PlanOptions> | null = null,
): void {
  app.importPlans.warm(
    stagedImport.id,
    () => prepareDefaultPlan(app, principal, stagedImport, options),
    (err) => app.logger.debug({ err, stagedImportId: stagedImport.id }, 'default plan not prepared after staging'),
  );
}

/**
 * Plans the default preview of a staged import as `principal` (with `options`, when the stager said which it will
 * preview: a promotion previews with keepLifecycleState) and stores it: what a warm-up does.
 */
export async function prepareDefaultPlan(
  app: AppServices,
  principal: Principal,
  stagedImport: StagedImportEntity,
  options: Partial<PlanOptions> | null = null,
): Promise<void> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const access = await new AccessControl(em, principal).ready();
  const deps = previewDeps(app, em, access);
  const inMemoryMax = deps.inMemoryMaxObjects;
  if (plannedInPages(stagedImport, inMemoryMax)) {
    const request = { stagedImport, options };
    const revision = await registryRevision(em);
    // A preview that came first (this warm-up waited its turn) has made and stored it already.
    if (await findStoredPlan(em, stagedImport.id, planKeyOf(deps, request), revision)) return;
    await storeInPages(deps, request, revision, planningPage(inMemoryMax));
    return;
  }
  const entry = await planStagedImport(deps, { stagedImport, options });
  await storeInBackground(deps, entry, (err) =>
    app.logger.warn({ err, stagedImportId: stagedImport.id }, 'default plan not stored after staging'),
  );
}
