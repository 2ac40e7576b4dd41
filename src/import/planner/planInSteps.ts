import { setImmediate } from 'node:timers/promises';
import { conditionNodes } from '../../policies/conditionBounds.js';
import { archiveTypesOf, versionTypesOf } from './archiveTypes.js';
import { Planner } from './planImport.js';
import { PlanSkeleton } from './planSkeleton.js';
import type { Decision, Plan, PlanInput, PolicyView } from './types.js';

/**
 * Objects planned between two turns of the event loop: about 12 ms of planning on these machines, so a request
 * planning 25k objects in memory (PLAN_IN_MEMORY_MAX_OBJECTS) never holds the loop for the 0.6 s it takes whole.
 * Small, because a step's time grows several-fold on a loaded machine (CI measured a 212 ms stall with 1,000),
 * while 50 turns more per 25k objects cost nothing measurable.
 */
export const PLAN_STEP_OBJECTS = 500;

/** Condition values taken to weigh as much as planning one object without policies (an estimate). */
const CONDITION_VALUES_PER_OBJECT = 50;
/** The smallest step, however heavy the policies. */
const MIN_STEP_OBJECTS = 10;

/**
 * Objects a step plans under these policies: every asset evaluates every enabled condition (bounded in size by
 * conditionBounds.ts, but not in number), so heavier policies mean fewer objects between two turns of the loop.
 * The plan does not depend on it (any page size gives the same plan).
 */
export function planStepFor(policies: readonly PolicyView[], completeOrganization: string | null): number {
  if (completeOrganization) return PLAN_STEP_OBJECTS; // no policy runs
  let values = 0;
  for (const policy of policies) if (policy.fields.enabled) values += conditionNodes(policy.fields.condition ?? null);
  const step = Math.floor((PLAN_STEP_OBJECTS * CONDITION_VALUES_PER_OBJECT) / (CONDITION_VALUES_PER_OBJECT + values));
  return Math.max(MIN_STEP_OBJECTS, step);
}

/** `objects` in runs of `step`, in order. */
export function stepsOf<T>(objects: readonly T[], step: number): T[][] {
  const steps: T[][] = [];
  for (let i = 0; i < objects.length; i += step) steps.push(objects.slice(i, i + step));
  return steps;
}

/** Resolves on the event loop's next turn, after the I/O and timers due meanwhile: a step's end. */
export const nextTurn = (): Promise<void> => setImmediate();

/**
 * The plan planImport gives, decisions and digest alike, computed in steps of `step` objects with a turn of
 * the event loop between them, so other requests (and /healthz) are answered meanwhile; the closure between the
 * passes, over the skeleton of every object, turns too (Planner.resolveSteps).
 *
 * Why steps rather than a worker thread: the Planner already plans any page size to the same plan (its passes A
 * and B over pages, the paged planning of large imports relies on it; test/planner/paging.test.ts), so stepping
 * is the same code with an await between pages. A worker would have to be handed the registry view and the
 * actor, which answer questions from the database's rows and the caller's grants (functions, not data), and the
 * records copied across (structured clone of 25k records costs about what planning them does).
 */
export async function planImportInSteps(
  input: PlanInput,
  step = planStepFor(input.registry.policies(), input.completeOrganization),
  /** Work between two turns in the closure between the passes (closure.ts's RESOLVE_STEP_UNITS; tests go smaller). */
  resolveUnits?: number,
): Promise<Plan> {
  const pages = stepsOf(input.objects, step);
  const skeleton = new PlanSkeleton(input.objects.length);
  for (const page of pages) {
    await nextTurn();
    for (const { record } of page) skeleton.add(record.uuid, record.kind, record.name);
  }
  const records = input.objects.map(({ record }) => record);
  await nextTurn();
  const planner = new Planner(skeleton, { ...input, archiveTypes: archiveTypesOf(records), versionTypes: versionTypesOf(records) });
  for (const page of pages) {
    await nextTurn();
    planner.passA(page, input.registry, input.actor);
  }
  for (const _ of planner.resolveSteps(resolveUnits)) await nextTurn();
  const decisions: Decision[] = [];
  for (const page of pages) {
    await nextTurn();
    for (const decision of planner.passB(page, input.registry, input.actor)) decisions.push(decision);
  }
  await nextTurn();
  return { decisions, ...planner.finish() };
}
