import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Manifest } from '../../archive/record.js';
import type { Config } from '../../config.js';
import type { AccessControl } from '../../auth/accessControl.js';
import type { StagedImportEntity } from '../../entities/index.js';
import type { MemoryPlan } from '../plans/memoryPlans.js';
import type { ImportPlans } from '../plans/importPlans.js';
import { planImportInSteps } from '../planner/planInSteps.js';
import { PLANNER_VERSION } from '../planner/plannerVersion.js';
import { DEFAULT_PLAN_OPTIONS, type FutureTimestampPolicy, type PlanOptions } from '../planner/types.js';
import { registryRevision } from '../plans/registryRevision.js';
import { loadPlanningView } from './registryView.js';
import { loadPolicies } from '../../registry/registryLookups.js';
import { keepsAttributesFor, loadPlanningRecords, type PlanningRecords, policyReadableTypes } from './stagedRecords.js';

export interface PlanRequest {
  /** The caller's staged import, already checked (owner, expiry) by loadStagedImport. */
  stagedImport: Pick<StagedImportEntity, 'id' | 'manifest' | 'objectCount'>;
  options?: Partial<PlanOptions> | null;
  /** Explicit UUIDs, or null/undefined for the default selection. */
  selection?: readonly string[] | null;
}

export interface PlanningDeps {
  em: SqlEntityManager;
  access: AccessControl;
  /** This registry's address: stage restrictions are matched against it. */
  address: string;
  /** MAX_FUTURE_SKEW_SECONDS and REFUSE_FUTURE_TIMESTAMPS; absent: a day, warned about. */
  futureTimestamps?: { maxSkewSeconds: number; refuse: boolean };
  /** The service's plans (AppServices.importPlans): memory plans are read and kept there. */
  plans: ImportPlans;
}

/** The configured future-timestamp policy (MAX_FUTURE_SKEW_SECONDS, REFUSE_FUTURE_TIMESTAMPS). */
export function futureTimestampsConfig(config: Pick<Config, 'maxFutureSkewSeconds' | 'refuseFutureTimestamps'>) {
  return { maxSkewSeconds: config.maxFutureSkewSeconds, refuse: config.refuseFutureTimestamps };
}

/** The future-timestamp policy of a plan made now. */
export function futureTimestampsOf(deps: Pick<PlanningDeps, 'futureTimestamps'>): FutureTimestampPolicy {
  const { maxSkewSeconds, refuse } = deps.futureTimestamps ?? { maxSkewSeconds: 24 * 3600, refuse: false };
  return { now: Date.now(), maxSkewSeconds, refuse };
}

/** Every planner option, defaults filled in. */
export function normalizeOptions(options: Partial<PlanOptions> | null | undefined): PlanOptions {
  const o = { ...DEFAULT_PLAN_OPTIONS };
  for (const key of Object.keys(o) as (keyof PlanOptions)[]) o[key] = Boolean(options?.[key] ?? o[key]);
  return o;
}

/** Sorted and without repeats: the order a client lists UUIDs in must not change the plan or its digest. */
export function normalizeSelection(selection: readonly string[] | null | undefined): string[] | null {
  if (!selection) return null;
  // Normalized already (planKeyOf normalizes what planStagedImport did): a look, not another sort of 25k UUIDs.
  if (strictlyAscending(selection)) return selection as string[];
  return [...new Set(selection)].sort();
}

function strictlyAscending(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1]! < list[i]!)) return false;
  return true;
}

/**
 * THE plan of a staged import, for the preview and the commit alike: staged records in line order, the registry
 * view and actor, then planImport. Equal inputs give an equal plan and digest, so a preview never lies.
 *
 * A memory plan is used only at the registry revision it was made at: the revision moves with every write a plan
 * could depend on (plans/registryRevision.ts), so an unchanged revision is the whole proof. Otherwise it is planned
 * again (the staged records, immutable once staged, are reused).
 * - preview (no `commitRevision`): reads the revision first; two requests for the same plan at once share it;
 * - commit (`commitRevision`: the revision the commit's transaction read, and on PostgreSQL locked): a memory plan
 *   made at it, or one made now, inside the transaction, kept with no revision (the commit's writes follow).
 */
export async function planStagedImport(deps: PlanningDeps, request: PlanRequest, commitRevision?: string): Promise<MemoryPlan> {
  const planned = { ...request, options: normalizeOptions(request.options), selection: normalizeSelection(request.selection) };
  const key = planKeyOf(deps, planned);
  if (commitRevision !== undefined) return deps.plans.inMemory(key, commitRevision) ?? plan(deps, planned, key, null);
  const revision = await registryRevision(deps.em);
  return (
    deps.plans.inMemory(key, revision) ??
    deps.plans.planOnce(key, revision, planned.stagedImport.id, () => plan(deps, planned, key, revision))
  );
}

/**
 * What makes two plans of a staged import the same plan at the same registry revision: the planner's rules, who
 * plans (their rights come from the registry), where (stage restrictions), with which options and selection.
 */
export function planKeyOf(deps: Pick<PlanningDeps, 'access' | 'address'>, request: PlanRequest): string {
  const { principal } = deps.access;
  const options = plannerOptions(normalizeOptions(request.options));
  return JSON.stringify([PLANNER_VERSION, request.stagedImport.id, principal.uuid, principal.name, deps.address, options, normalizeSelection(request.selection)]);
}

type NormalizedRequest = PlanRequest & { options: PlanOptions; selection: string[] | null };

/**
 * Plans, and keeps the plan in memory. The staged records keep attributes only for assets an enabled policy can
 * read; records held in memory for an older policy set that does not cover today's are loaded again.
 */
async function plan(deps: PlanningDeps, request: NormalizedRequest, key: string, revision: string | null): Promise<MemoryPlan> {
  const { id } = request.stagedImport;
  const manifest = request.stagedImport.manifest as unknown as Manifest;
  const completeOrganization = manifest.options.completeOrganization ?? null;
  const { memory } = deps.plans;
  const stale = memory.get(key);
  let records: PlanningRecords =
    (stale ? { objects: stale.objects, readableTypes: stale.readableTypes } : memory.objectsOf(id)) ??
    (await loadPlanningRecords(deps.em, id, policyReadableTypes(await loadPolicies(deps.em), completeOrganization)));
  await deps.access.ready();
  const view = await loadPlanningView(deps.em, deps.access, records.objects, deps.address);
  const readable = policyReadableTypes(view.registry.policies(), completeOrganization);
  if (stale) memory.forget(id); // let it go before a second plan of the same size is built
  if (!keepsAttributesFor(records.readableTypes, readable)) {
    // A policy enabled since: the view mentions the same UUIDs (attributes link nothing), only records change.
    memory.forget(id);
    records = await loadPlanningRecords(deps.em, id, readable);
  }
  const computed = await planImportInSteps({
    objects: records.objects,
    completeOrganization,
    protection: manifest.protection,
    registry: view.registry,
    actor: view.actor,
    options: request.options,
    selection: request.selection,
    futureTimestamps: futureTimestampsOf(deps),
    exportedObjects: manifest.options.objects,
  });
  const entry: MemoryPlan = {
    planKey: key,
    stagedImportId: id,
    revision,
    objects: records.objects,
    readableTypes: records.readableTypes,
    plan: computed,
  };
  memory.set(entry);
  return entry;
}

/** trustProvider only matters to the commit, never to the plan: leave it out of the plan key. */
function plannerOptions(o: PlanOptions): unknown[] {
  return [o.allowReplace, o.keepCurrentOwner, o.importUserGroups, o.keepLifecycleState];
}
