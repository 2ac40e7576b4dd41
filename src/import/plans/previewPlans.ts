import type { PlanBreakdown } from '../planner/planBreakdown.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LongTransaction } from '../../db/writerTransaction.js';
import type { Logger } from '../../logger.js';
import { checkPageSize, countDecisions, decisionOf, decisionPage, decodeDecisionCursor, type DecisionFilterValue } from './decisionPages.js';
import type { StagedImportEntity } from '../../entities/index.js';
import { planningPage, planPassA } from '../planning/pagedPlanning.js';
import { type CachedPlan, planCache } from './planCache.js';
import { stagedImportNotFound } from '../staging/stagingErrors.js';
import type { Decision, ImportAction, Reason } from '../planner/types.js';
import { type PlanningDeps, type PlanRequest, planKeyOf, planStagedImport } from '../planning/planStagedImport.js';
import { registryRevision } from './registryRevision.js';
import {
  countStoredDecisions,
  findStoredPlan,
  storedDecisionPage,
  type DecisionTarget,
  storedDecisionTargets,
  storedSelectedUuids,
  type StoredPlan,
  storePlan,
  storePlanInPages,
} from './storedPlans.js';

/** A plan as the preview reads it, wherever it is held: in this process's cache, or stored in the database. */
export interface PreviewPlan {
  digest: string;
  counts: Record<ImportAction, number>;
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

/** Where a preview's plan came from: this process's cache, the plan store, or planned now (in memory or in pages). */
export type PlanSource = 'memory' | 'stored' | 'computed' | 'computed_in_pages';

/**
 * The plan a preview shows, cheapest first: this process's cached plan at the current registry revision, else
 * the stored plan made at it (by any process: after a restart, or on another replica, the first page costs a
 * couple of queries), else a plan computed now: in memory (planStagedImport), served from there and stored
 * meanwhile, or for an import larger than the plan cache, in pages straight into the database.
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
  const cached = planCache.get(key);
  if (cached && cached.marker === revision) return { source: 'memory', plan: memoryPreview(cached) };
  const { id } = request.stagedImport;
  const stored = await findStoredPlan(deps.em, id, key, revision);
  if (stored) return { source: 'stored', plan: storedPreview(deps.em, stored) };
  if (plannedInPages(request.stagedImport, deps.inMemoryMaxObjects)) {
    await storeInPages(deps, request, revision, planningPage(deps.inMemoryMaxObjects));
    const made = await findStoredPlan(deps.em, id, key, revision);
    if (!made) throw stagedImportNotFound(id); // discarded or committed while it was planned
    return { source: 'computed_in_pages', plan: storedPreview(deps.em, made) };
  }
  const entry = await planStagedImport(deps, request);
  void storeInBackground(deps.store, entry, (err) =>
    deps.logger.warn({ err, stagedImportId: entry.stagedImportId }, 'preview plan not stored; later pages use the memory copy'),
  );
  return { source: 'computed', plan: memoryPreview(entry) };
}

/**
 * Stores a plan computed outside a transaction, once per plan: the warm-up awaits it, a preview does not.
 * A failure costs nothing but the stored copy (logged by `onError`).
 */
export function storeInBackground(store: LongTransaction, entry: CachedPlan, onError?: (err: unknown) => void): Promise<void> {
  if (entry.marker === null) return Promise.resolve();
  const flight = `${entry.key}\u0000${entry.marker}`;
  let pending = storing.get(flight);
  if (!pending) {
    const done = storePlan(store, entry, entry.marker)
      .catch((err: unknown) => onError?.(err))
      .finally(() => storing.delete(flight));
    pending = { stagedImportId: entry.stagedImportId, done };
    storing.set(flight, pending);
  }
  return pending.done;
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
  const flight = `${key}\u0000${revision}`;
  let pending = storing.get(flight);
  if (!pending) {
    const target = { stagedImportId: request.stagedImport.id, cacheKey: key, revision };
    const done = planPassA(deps, request, pageSize)
      .then((planned) => storePlanInPages(deps.store, target, planned))
      .finally(() => storing.delete(flight));
    pending = { stagedImportId: target.stagedImportId, done };
    storing.set(flight, pending);
  }
  return pending.done;
}

/** Whether a staged import is planned in pages, straight into the database, rather than in memory. */
export function plannedInPages(stagedImport: Pick<StagedImportEntity, 'objectCount'>, inMemoryMaxObjects: number): boolean {
  return stagedImport.objectCount > inMemoryMaxObjects;
}

/** Plans being stored, by plan key and revision. */
const storing = new Map<string, { stagedImportId: string; done: Promise<void> }>();

/** Resolves when the plans being stored (of one staged import, or all) are stored or given up. */
export async function planStoresSettled(stagedImportId?: string): Promise<void> {
  const pending = [...storing.values()].filter((p) => stagedImportId === undefined || p.stagedImportId === stagedImportId);
  await Promise.allSettled(pending.map((p) => p.done));
}

function memoryPreview(entry: CachedPlan): PreviewPlan {
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
        const d = decisionOf(entry, uuid);
        if (d) found.set(uuid, d);
      }
      return found;
    },
    selectedUuids: async () => entry.plan.decisions.filter((d) => d.selected).map((d) => d.uuid),
  };
}

/**
 * The UUIDs stored plans select, for the last few read: each page of a preview with a selection change starts
 * from its default plan's selection (a second to read at 100k objects), and a stored plan never changes.
 */
const selectedOfStored = new Map<string, Promise<string[]>>();
const SELECTIONS_KEPT = 2;

function selectedOfStoredPlan(em: SqlEntityManager, plan: StoredPlan): Promise<string[]> {
  let selected = selectedOfStored.get(plan.id);
  if (!selected) {
    selected = storedSelectedUuids(em, plan);
    selected.catch(() => selectedOfStored.delete(plan.id));
    selectedOfStored.set(plan.id, selected);
    for (const id of selectedOfStored.keys()) if (selectedOfStored.size > SELECTIONS_KEPT) selectedOfStored.delete(id);
  }
  return selected;
}

function storedPreview(em: SqlEntityManager, plan: StoredPlan): PreviewPlan {
  return {
    digest: plan.digest,
    counts: plan.counts,
    breakdown: plan.breakdown,
    blocking: plan.blocking,
    page: (filter, first, after) => {
      checkPageSize(first);
      return storedDecisionPage(em, plan, filter, first, after ? decodeDecisionCursor(after) : null);
    },
    count: (filter) => countStoredDecisions(em, plan, filter),
    targets: (uuids) => storedDecisionTargets(em, plan, uuids),
    selectedUuids: () => selectedOfStoredPlan(em, plan),
  };
}
