import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { accessOf } from '../graphql/context.js';
import { encodeDecisionCursor } from '../import/plans/decisionPages.js';
import { type Decision, ReferenceResolution } from '../import/planner/types.js';
import { normalizeOptions, normalizeSelection } from '../import/planning/planStagedImport.js';
import { type DecisionsPreview, decisionsPreview, type PreviewPlan, previewDeps, previewPlan as planForPreview } from '../import/plans/previewPlans.js';
import type { DecisionTarget } from '../import/plans/storedDecisions.js';
import { loadStagedImport } from '../import/staging/stagedImports.js';
import { DecisionFilter, ImportOptionsInput, SelectionChangeInput } from '../schema/inputs/importInputs.js';
import { applySelectionChange, assertOneSelection, isSelectionChange } from '../import/planning/selectionChange.js';
import {
  DecisionReference,
  ExistingCopy,
  ImportDecisionConnection,
  ImportPlanSummary,
  PlanReason,
  WriteOutcome,
} from '../schema/types/importPlan.type.js';
import { User } from '../schema/types/kinds.type.js';
import { RegistryObject } from '../schema/types/registryObject.type.js';
import { StagedImport } from '../schema/types/stagedImport.type.js';
import type { ChangeFacts } from './decisionChangesResolver.js';
import type { StagedImportView } from './stagedImportView.js';
import { loadVisible, type VisibleObject } from './visibility.js';
import { pageInfo } from './pageInfo.js';

/** Plans asked for in one request, by staged import, options and selection: computed (or fetched) once. */
const requestPlans = new WeakMap<GraphQLContext, Map<string, Promise<unknown>>>();

/** `make` once per request and key. */
function oncePerRequest<T>(ctx: GraphQLContext, key: string, make: () => Promise<T>): Promise<T> {
  const plans = requestPlans.get(ctx) ?? new Map<string, Promise<unknown>>();
  requestPlans.set(ctx, plans);
  let plan = plans.get(key) as Promise<T> | undefined;
  if (!plan) {
    plan = make();
    plans.set(key, plan);
  }
  return plan;
}

function planRequest(ctx: GraphQLContext, stagedImportId: string, options: ImportOptionsInput | null, selection: string[] | null) {
  const access = accessOf(ctx);
  return loadStagedImport(ctx.em, stagedImportId, access.principal).then((stagedImport) => ({
    deps: { ...previewDeps(ctx.app, ctx.em, access), onPlan: (source: string, seconds: number) => ctx.app.metrics.observePlan(source, seconds) },
    request: { stagedImport, options, selection },
  }));
}

function previewPlan(
  ctx: GraphQLContext,
  stagedImportId: string,
  options: ImportOptionsInput | null,
  selection: string[] | null,
): Promise<PreviewPlan> {
  const key = JSON.stringify(['whole', stagedImportId, normalizeOptions(options), normalizeSelection(selection)]);
  return oncePerRequest(ctx, key, async () => {
    const { deps, request } = await planRequest(ctx, stagedImportId, options, selection);
    return planForPreview(deps, request);
  });
}

/** What the decisions field reads: its first page may come before the whole plan does (decisionsPreview). */
function previewDecisions(
  ctx: GraphQLContext,
  stagedImportId: string,
  options: ImportOptionsInput | null,
  selection: string[] | null,
): Promise<DecisionsPreview> {
  const key = JSON.stringify(['decisions', stagedImportId, normalizeOptions(options), normalizeSelection(selection)]);
  return oncePerRequest(ctx, key, async () => {
    const { deps, request } = await planRequest(ctx, stagedImportId, options, selection);
    return decisionsPreview(deps, request);
  });
}

/**
 * The explicit selection the arguments stand for: `selection` as given, or the default selection of the plan with
 * the same options changed by `selectionChange` (null: the default selection).
 */
export async function effectiveSelection(
  ctx: GraphQLContext,
  stagedImportId: string,
  options: ImportOptionsInput | null,
  selection: string[] | null,
  change: SelectionChangeInput | null,
): Promise<string[] | null> {
  assertOneSelection(selection, change);
  if (!isSelectionChange(change)) return selection;
  const defaults = await previewPlan(ctx, stagedImportId, options, null);
  return applySelectionChange(await defaults.selectedUuids(), change);
}

export function summaryOf(plan: PreviewPlan): ImportPlanSummary {
  const { counts, breakdown, blocking, digest } = plan;
  return {
    counts: { ...counts },
    countsByKind: breakdown.byKind,
    countsByReason: breakdown.byReason,
    blocking: blocking as ImportPlanSummary['blocking'],
    planDigest: digest,
  };
}

/**
 * A decision as the ImportDecision type shows it; relations stay UUIDs for the field resolvers below, and what
 * its field changes depend on is handed on for `changes` (computed only if asked for).
 * `contentReadable`: whether the caller may read the archive's content (attributes a policy would write).
 */
function decisionView(stagedImportId: string, targets: ReadonlyMap<string, DecisionTarget>, d: Decision, contentReadable: boolean) {
  const outcome = d.outcome;
  const changeFacts: ChangeFacts = { uuid: d.uuid, action: d.action, existing: d.existing, outcome, stagedImportId, archiveContentReadable: contentReadable };
  return {
    ...d,
    changeFacts,
    existing: d.existing ? { timestamp: new Date(d.existing.timestamp), uuid: d.uuid } : null,
    references: d.references.map((r) => {
      const target = r.resolution === ReferenceResolution.ARCHIVE ? targets.get(r.target) : undefined;
      const targetRecord = target ? { uuid: target.uuid, kind: target.kind, name: target.name, line: target.line, action: target.action } : null;
      return { name: r.name, targetUuid: r.target, resolution: r.resolution, targetRecord };
    }),
    outcome: outcome && {
      ownerUuid: outcome.ownerUuid,
      lifecycle: outcome.lifecycle && { modelUuid: outcome.lifecycle.model, stateUuid: outcome.lifecycle.state },
      previousVersionUuid: outcome.previousVersion,
      attributes: contentReadable ? outcome.attributes : null,
      groupUuids: outcome.groups,
    },
  };
}

/** The preview of a staged import: thin, the plan comes from src/import (planStagedImport). */
@Resolver(() => StagedImport)
export class ImportPreviewResolver {
  @FieldResolver(() => ImportDecisionConnection, {
    description:
      'What committing with these options and this selection would do, object by object, in archive order. Toggle an option to see what it changes. ' +
      'On an archive planned in pages, the first page, counts and totals of an option set nobody planned yet come before the plan is complete; planDigest, countsByKind, countsByReason and blocking wait for it (ask planSummary for them separately to show the page first).',
  })
  async decisions(
    @Root() staged: Pick<StagedImportView, 'id' | 'protection'>,
    @Ctx() ctx: GraphQLContext,
    @Arg('options', () => ImportOptionsInput, { nullable: true }) options: ImportOptionsInput | null,
    @Arg('selection', () => [ID], { nullable: true }) selection: string[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => DecisionFilter, { nullable: true }) filter: DecisionFilter | null,
    @Arg('selectionChange', () => SelectionChangeInput, { nullable: true, description: 'Instead of selection: a change of the default selection.' })
    selectionChange: SelectionChangeInput | null,
  ) {
    const plan = await previewDecisions(ctx, staged.id, options, await effectiveSelection(ctx, staged.id, options, selection, selectionChange));
    const page = await plan.page(filter ?? {}, first, after ?? null);
    const archiveTargets = page.decisions.flatMap((d) =>
      d.references.filter((r) => r.resolution === ReferenceResolution.ARCHIVE).map((r) => r.target),
    );
    const targets = await plan.targets(archiveTargets);
    const readable = accessOf(ctx).canReadContent(staged.protection.viewContent);
    const edges = page.decisions.map((d) => ({ cursor: encodeDecisionCursor(d.line), node: decisionView(staged.id, targets, d, readable) }));
    // What needs the whole plan is read only when asked for: a first page after an option was toggled comes
    // before the plan is complete (decisionsPreview), its digest and breakdown when it is.
    const whole = () => plan.whole().then(summaryOf);
    return {
      counts: { ...plan.counts },
      get countsByKind() {
        return whole().then((s) => s.countsByKind);
      },
      get countsByReason() {
        return whole().then((s) => s.countsByReason);
      },
      get blocking() {
        return whole().then((s) => s.blocking);
      },
      get planDigest() {
        return whole().then((s) => s.planDigest);
      },
      edges,
      pageInfo: pageInfo(edges, page.hasNextPage, after),
      totalCount: await plan.count(filter ?? {}),
    };
  }

  @FieldResolver(() => ImportPlanSummary, { description: 'The counts, blocking problems and digest of the plan, without decisions.' })
  async planSummary(
    @Root() staged: { id: string },
    @Ctx() ctx: GraphQLContext,
    @Arg('options', () => ImportOptionsInput, { nullable: true }) options: ImportOptionsInput | null,
    @Arg('selection', () => [ID], { nullable: true }) selection: string[] | null,
    @Arg('selectionChange', () => SelectionChangeInput, { nullable: true, description: 'Instead of selection: a change of the default selection.' })
    selectionChange: SelectionChangeInput | null,
  ): Promise<ImportPlanSummary> {
    return summaryOf(await previewPlan(ctx, staged.id, options, await effectiveSelection(ctx, staged.id, options, selection, selectionChange)));
  }
}

@Resolver(() => DecisionReference)
export class DecisionReferenceResolver {
  @FieldResolver(() => RegistryObject, { nullable: true, description: 'REGISTRY: the target in this registry (null when hidden from you).' })
  targetObject(@Root() r: { targetUuid: string; resolution: ReferenceResolution }, @Ctx() ctx: GraphQLContext): VisibleObject {
    return r.resolution === ReferenceResolution.REGISTRY ? loadVisible(ctx, r.targetUuid) : null;
  }
}

@Resolver(() => ExistingCopy)
export class ExistingCopyResolver {
  @FieldResolver(() => RegistryObject, { nullable: true, description: "The registry's copy (null when hidden from you)." })
  object(@Root() e: { uuid: string }, @Ctx() ctx: GraphQLContext): VisibleObject {
    return loadVisible(ctx, e.uuid);
  }
}

@Resolver(() => WriteOutcome)
export class WriteOutcomeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The owner, when it already exists here and you may see it.' })
  owner(@Root() o: { ownerUuid: string }, @Ctx() ctx: GraphQLContext): VisibleObject {
    return loadVisible(ctx, o.ownerUuid);
  }
}

@Resolver(() => PlanReason)
export class PlanReasonResolver {
  @FieldResolver(() => Boolean)
  decisive(@Root() r: { decisive?: boolean }): boolean {
    // Outcomes recorded by an older planner carry no flag: their reasons were all given as deciding.
    return r.decisive !== false;
  }
}
