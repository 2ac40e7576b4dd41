import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Manifest } from '../../archive/record.js';
import type { StagedImportEntity } from '../../entities/index.js';
import { Planner, type PlannerSettings, type PlanSummary } from '../planner/planImport.js';
import { factOptions } from '../planner/passAFacts.js';
import type { LongTransaction } from '../../db/writerTransaction.js';
import { factsKeyOf, findFacts, keepFacts } from '../plans/planFacts.js';
import { nextTurn, planStepFor, stepsOf } from '../planner/planInSteps.js';
import { PlanSkeleton } from '../planner/planSkeleton.js';
import type { Decision, StagedObject } from '../planner/types.js';
import { futureTimestampsOf, normalizeOptions, normalizeSelection, type PlanningDeps, type PlanRequest } from './planStagedImport.js';
import { loadPlanningView, loadRegistryRules, type RegistryRules } from './registryView.js';
import { policyReadableTypes } from './stagedRecords.js';
import { stagedIdentities, stagedObjects, stagedObjectTypes, stagedVersionTypes } from '../staging/stagedObjectQueries.js';

/** Staged objects per page at most: what is held at once besides the skeleton. */
const PLANNING_PAGE = 500;

/** The page size when imports above `inMemoryMaxObjects` are planned in pages: never more than may be held. */
export function planningPage(inMemoryMaxObjects: number): number {
  return Math.max(1, Math.min(PLANNING_PAGE, inMemoryMaxObjects));
}

/** The attributes of a record no policy can read (see stagedRecords.ts). */
const NO_ATTRIBUTES: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** Where pass B's decisions go, a page at a time, in archive order. */
export type DecisionSink = (decisions: readonly Decision[]) => Promise<void>;

/** A plan whose pass A has run: pass B, over the same pages, hands out its decisions. */
export interface HalfPlanned {
  /** Runs pass B, reading through `em` (a transaction's, when the decisions are written in it). */
  passB(em: SqlEntityManager, sink: DecisionSink): Promise<PlanSummary>;
  /**
   * The decisions of the first page (PLANNING_PAGE objects, archive order) on their own, beside passB (Planner.aside):
   * what a preview shows first while the plan is completed.
   */
  firstPage(em: SqlEntityManager): Promise<Decision[]>;
  /** The closure's decisions, before pass B gives reasons: the action of every object by archive index. */
  readonly skeleton: PlanSkeleton;
}

/** Where the facts of the default selection are read and kept (plans/planFacts.ts), and at which revision. */
export interface FactsPlace {
  revision: string;
  /** Keeps gathered facts for later plans; absent (a commit's transaction), they are only used. */
  store?: LongTransaction;
}

/**
 * Plans a staged import without holding it: the identities of all its objects first (the skeleton), then the
 * records a page at a time, twice (Planner's passes A and B), each page with a registry view of what it
 * mentions. Memory: the skeleton (about 95 bytes an object) and one page. This runs pass A; the caller runs
 * pass B where its decisions are to go (a transaction that stores them, or a commit's).
 *
 * Under the default selection pass A comes from the staged import's facts at `facts.revision` when they are kept
 * (milliseconds), else it gathers them (passAFacts.ts), keeps them, and derives this option set's pass A.
 */
export async function planPassA(deps: PlanningDeps, request: PlanRequest, pageSize: number, facts: FactsPlace): Promise<HalfPlanned> {
  const { id } = request.stagedImport;
  const manifest = request.stagedImport.manifest as unknown as Manifest;
  const completeOrganization = manifest.options.completeOrganization ?? null;
  const options = normalizeOptions(request.options);
  const selection = normalizeSelection(request.selection);
  const target = { stagedImportId: id, factsKey: factsKeyOf(deps, id), revision: facts.revision };
  const kept = selection === null ? await findFacts(deps.em, target) : null;
  // The facts hold the identities and the archive's types too: a plan from them reads none of the staged rows.
  const skeleton = kept ? PlanSkeleton.ofIdentities(kept.identities) : await stagedSkeleton(deps.em, request.stagedImport, pageSize * 4);
  const settings: PlannerSettings = {
    completeOrganization,
    protection: manifest.protection,
    options,
    selection,
    archiveTypes: kept ? new Map(kept.archiveTypes) : await stagedObjectTypes(deps.em, id),
    versionTypes: kept ? new Map(kept.versionTypes) : await stagedVersionTypes(deps.em, id),
    futureTimestamps: futureTimestampsOf(deps),
    exportedObjects: manifest.options.objects,
  };
  await deps.access.ready();
  const rules = await loadRegistryRules(deps.em);
  const readable = policyReadableTypes(rules.policies, completeOrganization);
  // A page is planned in steps, fewer objects each when the registry's policies are heavy (planStepFor), the event
  // loop turning between them; pass B takes the same steps.
  const step = planStepFor(rules.policies, completeOrganization);
  const passA = async (planner: Planner) => {
    for await (const page of pagesOf(deps.em, id, readable, pageSize)) {
      const view = await loadPlanningView(deps.em, deps.access, page, deps.address, rules);
      for (const part of stepsOf(page, step)) {
        planner.passA(part, view.registry, view.actor);
        await nextTurn();
      }
    }
  };
  let planner: Planner;
  if (kept) planner = Planner.fromFacts(skeleton, settings, kept);
  else if (selection === null) {
    const gathering = new Planner(skeleton, { ...settings, options: factOptions(options) });
    await passA(gathering);
    const gathered = gathering.facts();
    if (facts.store) await keepFacts(facts.store, target, gathered);
    planner = Planner.fromFacts(skeleton.sameObjects(), settings, gathered);
  } else {
    planner = new Planner(skeleton, settings);
    await passA(planner);
  }
  // The closure over a million objects' skeleton takes a second or more: in steps too.
  for (const _ of planner.resolveSteps()) await nextTurn();
  const planPage = async (em: SqlEntityManager, page: StagedObject[], on: Planner, rules: RegistryRules) => {
    const view = await loadPlanningView(em, deps.access, page, deps.address, rules);
    const decisions: Decision[] = [];
    for (const part of stepsOf(page, step)) {
      for (const decision of on.passB(part, view.registry, view.actor)) decisions.push(decision);
      await nextTurn();
    }
    return decisions;
  };
  return {
    skeleton: planner.skeleton,
    async passB(em, sink) {
      // Each page's decisions are written before the next page is planned. Writing them while the next page is
      // planned saved 1 s of 9 on PostgreSQL and nothing measurable on SQLite, but kept each page's decisions
      // alive across more collections, so more of them reached the old generation: a 1M-object plan peaked at
      // 441 MiB with it, 318-377 MiB without.
      const rules = await loadRegistryRules(em);
      for await (const page of pagesOf(em, id, readable, pageSize)) await sink(await planPage(em, page, planner, rules));
      return planner.finish();
    },
    async firstPage(em) {
      const rules = await loadRegistryRules(em);
      for await (const page of pagesOf(em, id, readable, pageSize)) return planPage(em, page, planner.aside(), rules);
      return [];
    },
  };
}

/** A skeleton of every staged object's identity, read `pageSize` lines a statement. */
async function stagedSkeleton(
  em: SqlEntityManager,
  stagedImport: Pick<StagedImportEntity, 'id' | 'objectCount'>,
  pageSize: number,
): Promise<PlanSkeleton> {
  const skeleton = new PlanSkeleton(stagedImport.objectCount);
  for await (const rows of stagedIdentities(em, stagedImport.id, pageSize)) {
    for (const row of rows) skeleton.add(row.uuid, row.kind, row.name);
  }
  return skeleton;
}

/** The staged records in pages of `size`, attributes only where a policy can read them. */
async function* pagesOf(
  em: SqlEntityManager,
  stagedImportId: string,
  readable: ReadonlySet<string>,
  size: number,
): AsyncGenerator<StagedObject[]> {
  let page: StagedObject[] = [];
  for await (const object of stagedObjects(em, stagedImportId, readable, NO_ATTRIBUTES, size)) {
    page.push(object);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/** Whether a staged import is planned in pages, straight into the database, rather than in memory. */
export function plannedInPages(stagedImport: Pick<StagedImportEntity, 'objectCount'>, inMemoryMaxObjects: number): boolean {
  return stagedImport.objectCount > inMemoryMaxObjects;
}
