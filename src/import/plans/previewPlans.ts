import type { ActionCounts } from '../planner/actionCounts.js';
import type { PlanBreakdown } from '../planner/planBreakdown.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../../app/appServices.js';
import type { AccessControl } from '../../auth/accessControl.js';
import { type LongTransaction, writerTransaction } from '../../db/writerTransaction.js';
import type { Logger } from '../../logger.js';
import { checkPageSize } from '../../db/keysetPages.js';
import { countDecisions, decisionOf, decisionPage, decodeDecisionCursor, type DecisionFilterValue, MAX_DECISION_PAGE, selectedUuidsOf } from './decisionPages.js';
import { type HalfPlanned, plannedInPages, planningPage, planPassA } from '../planning/pagedPlanning.js';
import { actionOf, type PlanSkeleton } from '../planner/planSkeleton.js';
import { countKeyOf, noActionCounts } from '../planner/actionCounts.js';
import { stagedLines } from '../staging/stagedObjectQueries.js';
import type { MemoryPlan } from './memoryPlans.js';
import type { ImportPlans } from './importPlans.js';
import { stagedImportNotFound } from '../staging/stagingErrors.js';
import type { Decision, Reason } from '../planner/types.js';
import { futureTimestampsConfig, normalizeSelection, type PlanningDeps, type PlanRequest, planKeyOf, planStagedImport } from '../planning/planStagedImport.js';
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
export type PlanSource = 'memory' | 'stored' | 'computed' | 'computed_in_pages' | 'computed_first_page';

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
  return startStoringInPages(deps, request, revision, pageSize).stored;
}

/**
 * storeInPages, begun or joined: the stored plan, and the plan once its pass A is done (null when this plan is
 * being stored by other means), whose first page a preview can show meanwhile.
 */
function startStoringInPages(
  deps: PlanningDeps & { store: LongTransaction },
  request: PlanRequest,
  revision: string,
  pageSize: number,
): { half: Promise<HalfPlanned> | null; stored: Promise<void> } {
  const key = planKeyOf(deps, request);
  const target = { stagedImportId: request.stagedImport.id, planKey: key, revision };
  return deps.plans.storeInPagesOnce(key, revision, target.stagedImportId, () => {
    const half = planPassA(deps, request, pageSize, { revision, store: deps.store });
    return { half, stored: half.then((planned) => storePlanInPages(deps.store, target, planned)) };
  });
}

/**
 * What the decisions of a preview are read from: a whole plan (PreviewPlan), or one being completed, whose first
 * page and counts by action are known before its reasons, digest and later pages are.
 */
export interface DecisionsPreview {
  /** By action: the closure decides every action before pass B gives the reasons. */
  counts: ActionCounts;
  /** The whole plan: its digest, breakdown and blocking problems (once stored, for a plan being completed). */
  whole(): Promise<PreviewPlan>;
  page(filter: DecisionFilterValue, first: number, after: string | null): Promise<{ decisions: Decision[]; hasNextPage: boolean }>;
  count(filter: DecisionFilterValue): Promise<number>;
  targets(uuids: readonly string[]): Promise<Map<string, DecisionTarget>>;
}

/**
 * The decisions a preview shows, as soon as they are known. A large staged import under the default selection
 * with an option set nobody planned yet (a toggle in the wizard) has its plan made in pages and stored in the
 * background (storeInPages), pass A derived from the facts kept for it (planner/passAFacts.ts): its first page
 * is planned on its own (Planner.aside) once the closure has run, and whatever needs the whole plan (a later
 * page, a reason filter, the digest) waits for it to be stored. Anything else is previewPlan's.
 */
export async function decisionsPreview(deps: PreviewDeps, request: PlanRequest): Promise<DecisionsPreview> {
  if (!plannedInPages(request.stagedImport, deps.inMemoryMaxObjects) || normalizeSelection(request.selection) !== null) {
    return wholeDecisions(await previewPlan(deps, request));
  }
  const started = process.hrtime.bigint();
  const key = planKeyOf(deps, request);
  const revision = await registryRevision(deps.em);
  const { id } = request.stagedImport;
  const stored = await findStoredPlan(deps.em, id, key, revision);
  if (stored) {
    deps.onPlan?.('stored', Number(process.hrtime.bigint() - started) / 1e9);
    return wholeDecisions(storedPreview(deps, stored));
  }
  const work = startStoringInPages(deps, request, revision, planningPage(deps.inMemoryMaxObjects));
  if (!work.half) return wholeDecisions(await previewPlan(deps, request));
  const half = await work.half;
  const first = await half.firstPage(deps.em);
  deps.onPlan?.('computed_first_page', Number(process.hrtime.bigint() - started) / 1e9);
  const whole = async (): Promise<PreviewPlan> => {
    await work.stored;
    const made = await findStoredPlan(deps.em, id, key, revision);
    if (!made) throw stagedImportNotFound(id); // discarded or committed while it was planned
    return storedPreview(deps, made);
  };
  return completingDecisions(deps, id, half.skeleton, first, whole);
}

function wholeDecisions(plan: PreviewPlan): DecisionsPreview {
  return {
    counts: plan.counts,
    whole: async () => plan,
    page: (filter, first, after) => plan.page(filter, first, after),
    count: (filter) => plan.count(filter),
    targets: (uuids) => plan.targets(uuids),
  };
}

/**
 * A plan being completed: `first`, the decisions of its first objects, and the skeleton (every action, kind and
 * identity) answer the first page of any filter by action and kind; the rest waits for the whole plan.
 */
export function completingDecisions(
  deps: { em: SqlEntityManager },
  stagedImportId: string,
  skeleton: PlanSkeleton,
  first: readonly Decision[],
  whole: () => Promise<PreviewPlan>,
): DecisionsPreview {
  let wholePlan: Promise<PreviewPlan> | undefined;
  const complete = () => (wholePlan ??= whole());
  const matchesAt = (filter: DecisionFilterValue) => {
    const actions = filter.actions?.length ? new Set<string>(filter.actions) : null;
    const kinds = filter.kinds?.length ? new Set<string>(filter.kinds) : null;
    return (i: number) => (!actions || actions.has(actionOf(skeleton.action[i]!))) && (!kinds || kinds.has(skeleton.kind(i)));
  };
  return {
    counts: countsOf(skeleton),
    whole: complete,
    async page(filter, size, after) {
      checkPageSize(size, MAX_DECISION_PAGE);
      if (after || filter.reasons?.length) return (await complete()).page(filter, size, after);
      const matches = matchesAt(filter);
      const decisions: Decision[] = [];
      let i = 0;
      for (; i < skeleton.size && decisions.length < size; i++) {
        if (!matches(i)) continue;
        // A match beyond the decisions planned aside: the whole plan answers this page.
        if (i >= first.length) return (await complete()).page(filter, size, after);
        decisions.push(first[i]!);
      }
      while (i < skeleton.size && !matches(i)) i++;
      return { decisions, hasNextPage: i < skeleton.size };
    },
    async count(filter) {
      if (filter.reasons?.length) return (await complete()).count(filter);
      const matches = matchesAt(filter);
      let count = 0;
      for (let i = 0; i < skeleton.size; i++) if (matches(i)) count++;
      return count;
    },
    async targets(uuids) {
      const lines = await stagedLines(deps.em, stagedImportId, uuids);
      const found = new Map<string, DecisionTarget>();
      for (const [uuid, line] of lines) {
        const i = skeleton.index(uuid);
        if (i === undefined) continue;
        found.set(uuid, { uuid, kind: skeleton.kind(i), name: skeleton.name(i), line, action: actionOf(skeleton.action[i]!) });
      }
      return found;
    },
  };
}

/** The decisions counted by action, from the closure's actions. */
function countsOf(skeleton: PlanSkeleton): ActionCounts {
  const counts = noActionCounts();
  for (let i = 0; i < skeleton.size; i++) counts[countKeyOf(actionOf(skeleton.action[i]!))]++;
  return counts;
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
