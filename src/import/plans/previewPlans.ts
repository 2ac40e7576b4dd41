import type { ActionCounts } from '../planner/actionCounts.js';
import type { PlanBreakdown } from '../planner/planBreakdown.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import type { AccessControl } from '../../auth/accessControl.js';
import { type LongTransaction, writerTransaction } from '../../db/writerTransaction.js';
import type { Logger } from '../../logger.js';
import { checkPageSize } from '../../db/keysetPages.js';
import { countDecisions, decisionOf, decisionPage, decodeDecisionCursor, type DecisionFilterValue, MAX_DECISION_PAGE, selectedUuidsOf } from './decisionPages.js';
import { plannedInPages, planningPage, planPassA } from '../planning/pagedPlanning.js';
import type { MemoryPlan } from './memoryPlans.js';
import type { ImportPlans } from './importPlans.js';
import { stagedImportNotFound } from '../staging/stagingErrors.js';
import type { Decision, Reason } from '../planner/types.js';
import { futureTimestampsConfig, type PlanningDeps, type PlanRequest, planKeyOf, planStagedImport } from '../planning/planStagedImport.js';
import { registryRevision } from './registryRevision.js';
import { countStoredDecisions, type DecisionTarget, storedDecisionPage, storedDecisionTargets, storedSelectedUuids } from './storedDecisions.js';
import { findStoredPlan, type StoredPlan } from './storedPlans.js';
import { storePlan, storePlanInPages } from './storePlan.js';

/** A plan as the preview reads it, wherever it is held: in this process's memory plans, or stored in the database. */
export interface PreviewPlan {
  digest: string;
  counts: ActionCounts;
  breakdown: PlanBreakdown;
  blocking: Reason[];
  page(filter: DecisionFilterValue, first: number, after: string | null): Promise<{ decisions: Decision[]; hasNextPage: boolean }>;
  count(filter: DecisionFilterValue): Promise<number>;
  /** The archive objects a page's references resolve to, with their actions, by UUID. */
  targets(uuids: readonly string[]): Promise<Map<string, DecisionTarget>>;
  /** The UUIDs it selects, in archive order. */
  selectedUuids(): Promise<string[]>;
}

export interface PreviewDeps extends PlanningDeps {
  /** Where a plan computed for the preview is stored, in the background, for later pages, replicas and the commit. */
  store: LongTransaction;
  logger: Logger;
  /** Staged imports larger than this are planned in pages (config planInMemoryMaxObjects). */
  inMemoryMaxObjects: number;
  /** Told where each preview's plan came from and how long getting it took (the metrics). */
  onPlan?: (source: PlanSource, seconds: number) => void;
}

/**
 * What previewing needs from the running service, for `access` on `em`: one place, so that the resolver, the
 * warm-up, a promotion's approval and a synchronization's pull plan with the same address, future-timestamp
 * policy, plan store and in-memory limit. Callers that report where a plan came from add `onPlan`.
 */
export function previewDeps(app: AppServices, em: SqlEntityManager, access: AccessControl): PreviewDeps {
  return {
    em,
    access,
    address: app.registry.address,
    futureTimestamps: futureTimestampsConfig(app.config),
    store: writerTransaction(app),
    plans: app.importPlans,
    logger: app.logger,
    inMemoryMaxObjects: app.config.planInMemoryMaxObjects,
  };
}

/** Where a preview's plan came from: this process's memory plans, the plan store, or planned now (in memory or in pages). */
export type PlanSource = 'memory' | 'stored' | 'computed' | 'computed_in_pages';

/**
 * The plan a preview shows, cheapest first: this process's memory plan at the current registry revision, else
 * the stored plan made at it (by any process: after a restart, or on another replica, the first page costs a
 * couple of queries), else a plan computed now: in memory (planStagedImport), served from there and stored
 * meanwhile, or for an import larger than PLAN_IN_MEMORY_MAX_OBJECTS, in pages straight into the database.
 */
export async function previewPlan(deps: PreviewDeps, request: PlanRequest): Promise<PreviewPlan> {
  const started = process.hrtime.bigint();
  const found = await findPreviewPlan(deps, request);
  deps.onPlan?.(found.source, Number(process.hrtime.bigint() - started) / 1e9);
  return found.plan;
}

async function findPreviewPlan(deps: PreviewDeps, request: PlanRequest): Promise<{ source: PlanSource; plan: PreviewPlan }> {
  const key = planKeyOf(deps, request);
  const revision = await registryRevision(deps.em);
  const cached = deps.plans.inMemory(key, revision);
  if (cached) return { source: 'memory', plan: memoryPreview(cached) };
  const { id } = request.stagedImport;
  const stored = await findStoredPlan(deps.em, id, key, revision);
  if (stored) return { source: 'stored', plan: storedPreview(deps, stored) };
  if (plannedInPages(request.stagedImport, deps.inMemoryMaxObjects)) {
    await storeInPages(deps, request, revision, planningPage(deps.inMemoryMaxObjects));
    const made = await findStoredPlan(deps.em, id, key, revision);
    if (!made) throw stagedImportNotFound(id); // discarded or committed while it was planned
    return { source: 'computed_in_pages', plan: storedPreview(deps, made) };
  }
  const entry = await planStagedImport(deps, request);
  void storeInBackground(deps, entry, (err) =>
    deps.logger.warn({ err, stagedImportId: entry.stagedImportId }, 'preview plan not stored; later pages use the memory copy'),
  );
  return { source: 'computed', plan: memoryPreview(entry) };
}

/**
 * Stores a plan computed outside a transaction, once per plan: the warm-up awaits it, a preview does not.
 * A failure costs nothing but the stored copy (logged by `onError`).
 */
export function storeInBackground(
  deps: { plans: ImportPlans; store: LongTransaction },
  entry: MemoryPlan,
  onError?: (err: unknown) => void,
): Promise<void> {
  const { revision } = entry;
  if (revision === null) return Promise.resolve();
  return deps.plans.storeOnce(entry.planKey, revision, entry.stagedImportId, () =>
    storePlan(deps.store, entry, revision).catch((err: unknown) => onError?.(err)),
  );
}

/**
 * Plans a large staged import in pages at `revision` (read before anything else) and stores it, once per plan:
 * a preview asking meanwhile waits for the same work. Failures reach every caller.
 */
export function storeInPages(
  deps: PlanningDeps & { store: LongTransaction },
  request: PlanRequest,
  revision: string,
  pageSize: number,
): Promise<void> {
  const key = planKeyOf(deps, request);
  const target = { stagedImportId: request.stagedImport.id, planKey: key, revision };
  return deps.plans.storeOnce(key, revision, target.stagedImportId, async () =>
    storePlanInPages(deps.store, target, await planPassA(deps, request, pageSize)),
  );
}

function memoryPreview(entry: MemoryPlan): PreviewPlan {
  const { digest, counts, breakdown, blocking } = entry.plan;
  return {
    digest,
    counts,
    breakdown,
    blocking,
    page: async (filter, first, after) => decisionPage(entry, filter, first, after),
    count: async (filter) => countDecisions(entry, filter),
    targets: async (uuids) => {
      const found = new Map<string, DecisionTarget>();
      for (const uuid of uuids) {
        const d = await decisionOf(entry, uuid);
        if (d) found.set(uuid, d);
      }
      return found;
    },
    selectedUuids: () => selectedUuidsOf(entry),
  };
}

function storedPreview({ em, plans }: { em: SqlEntityManager; plans: ImportPlans }, plan: StoredPlan): PreviewPlan {
  return {
    digest: plan.digest,
    counts: plan.counts,
    breakdown: plan.breakdown,
    blocking: plan.blocking,
    page: (filter, first, after) => {
      checkPageSize(first, MAX_DECISION_PAGE);
      return storedDecisionPage(em, plan, filter, first, after ? decodeDecisionCursor(after) : null);
    },
    count: (filter) => countStoredDecisions(em, plan, filter),
    targets: (uuids) => storedDecisionTargets(em, plan, uuids),
    selectedUuids: () => plans.selectedOf(plan.id, () => storedSelectedUuids(em, plan)),
  };
}
