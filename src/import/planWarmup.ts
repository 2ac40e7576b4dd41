import type { SqlEntityManager } from '@mikro-orm/knex';
import { futureTimestampsConfig } from './planStagedImport.js';
import type { AppServices } from '../app/appServices.js';
import { AccessControl } from '../auth/accessControl.js';
import type { Principal } from '../auth/principal.js';
import type { StagedImportEntity } from '../entities/index.js';
import type { PlanOptions } from './planner/types.js';
import { planKeyOf, planStagedImport } from './planStagedImport.js';
import { findStoredPlan } from './storedPlans.js';
import { plannedInPages, storeInBackground, storeInPages } from './previewPlans.js';
import { registryRevision } from './registryRevision.js';
import { planningPage } from './pagedPlanning.js';
import { writerTransaction } from '../db/writerTransaction.js';

interface Warmup {
  started: boolean;
  /** Set before it started: it will not run. */
  cancelled: boolean;
  done: Promise<void>;
}

/** Warm-ups under way or waiting, by staged import. */
const warming = new Map<string, Warmup>();

/** The last warm-up queued: they run one at a time, so staging several archives at once plans one at a time. */
let queue: Promise<void> = Promise.resolve();

/**
 * Plans a freshly staged import in the background with the default options and selection, as its owner, and
 * stores the plan, so the preview a person opens next (in this process or any other) and the commit read that
 * plan (milliseconds) instead of planning on the spot (seconds for 100k objects). A preview asked for meanwhile joins this plan rather than starting its own
 * (planStagedImport shares plans in flight). A failure costs nothing: the preview plans again and reports it.
 *
 * Warm-ups run one at a time. An archive larger than the plan cache (PLAN_CACHE_OBJECTS) is planned in pages,
 * straight into the database, so its memory does not grow with it.
 */
export function warmDefaultPlan(app: AppServices, principal: Principal, stagedImport: StagedImportEntity, options: Partial<PlanOptions> | null = null): void {
  const id = stagedImport.id;
  const warmup: Warmup = { started: false, cancelled: false, done: Promise.resolve() };
  const plan = async () => {
    if (warmup.cancelled) return;
    warmup.started = true;
    await prepareDefaultPlan(app, principal, stagedImport, options);
  };
  warmup.done = queue
    .then(plan)
    .catch((err: unknown) => app.logger.debug({ err, stagedImportId: id }, 'default plan not prepared after staging'))
    .finally(() => warming.delete(id));
  queue = warmup.done;
  warming.set(id, warmup);
}

/**
 * Plans the default preview of a staged import as `principal` (with `options`, when the stager said which it will
 * preview: a promotion previews with keepLifecycleState) and stores it: what a warm-up does.
 */
export async function prepareDefaultPlan(app: AppServices, principal: Principal, stagedImport: StagedImportEntity, options: Partial<PlanOptions> | null = null): Promise<void> {
  const em = app.orm.em.fork() as SqlEntityManager;
  const access = await new AccessControl(em, principal).ready();
  const deps = {
    em,
    access,
    address: app.registry.address,
    futureTimestamps: futureTimestampsConfig(app.config),
    store: writerTransaction(app),
  };
  const inMemoryMax = app.config.planInMemoryMaxObjects;
  if (plannedInPages(stagedImport, inMemoryMax)) {
    const request = { stagedImport, options };
    const revision = await registryRevision(em);
    // A preview that came first (this warm-up waited its turn) has made and stored it already.
    if (await findStoredPlan(em, stagedImport.id, planKeyOf(deps, request), revision)) return;
    await storeInPages(deps, request, revision, planningPage(inMemoryMax));
    return;
  }
  const entry = await planStagedImport(deps, { stagedImport, options });
  await storeInBackground(deps.store, entry, (err) =>
    app.logger.warn({ err, stagedImportId: stagedImport.id }, 'default plan not stored after staging'),
  );
}

/**
 * Before a commit: waits for the warm-up of its staged import if it is running (the commit then reuses its plan
 * when it still holds, instead of planning the same import twice at once), or cancels it if it has not started.
 */
export async function settleWarmupBeforeCommit(stagedImportId: string): Promise<void> {
  const warmup = warming.get(stagedImportId);
  if (!warmup) return;
  if (!warmup.started) warmup.cancelled = true;
  else await warmup.done;
}

/** Resolves when the warm-up of a staged import (if any) has ended, having run. */
export async function warmupDone(stagedImportId: string): Promise<void> {
  await warming.get(stagedImportId)?.done;
}

/** Cancels the warm-ups that have not started and waits for the running one (before the database closes). */
export async function warmupsSettled(): Promise<void> {
  for (const warmup of warming.values()) if (!warmup.started) warmup.cancelled = true;
  await Promise.all([...warming.values()].map((w) => w.done));
}
