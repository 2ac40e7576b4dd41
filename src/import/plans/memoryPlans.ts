import type { Decision, Plan, StagedObject } from '../planner/types.js';
import type { PlanningRecords } from '../planning/stagedRecords.js';

/** A plan this process computed, with what identifies it and the staged records it was made from. */
export interface MemoryPlan {
  /** Its plan key (planKeyOf): with `revision`, what identifies a plan. */
  planKey: string;
  stagedImportId: string;
  /** The registry revision read before the plan's inputs were; null when it was computed in a commit's transaction. */
  revision: string | null;
  /** The staged records planned, attributes only where a policy can read them (loadPlanningRecords). */
  objects: StagedObject[];
  /** The object types whose assets kept their attributes in `objects`. */
  readableTypes: ReadonlySet<string>;
  plan: Plan;
  /** Built on first use by the preview: decisions by UUID (reference targets), and totals by filter. */
  byUuid?: Map<string, Decision>;
  totals?: Map<string, number>;
}

/**
 * A bounded LRU of plans (ImportPlans.memory), weighed by object count so that a few large imports cannot exhaust
 * memory: preview pages of a 100k-object import are served from here instead of being replanned. Entries are
 * only ever *candidates*: a plan is used only at the registry revision it was made at (ImportPlans.inMemory).
 * Staged objects never change once staged, so entries of the same
 * staged import share one objects array. Those hold no attributes but the few policies read, so an entry stays
 * small: the commit writes from the whole records in staged_object, in SQL (applyPlan).
 */
export class MemoryPlans {
  private readonly entries = new Map<string, MemoryPlan>();
  private weight = 0;

  constructor(
    private readonly maxObjects: number,
    private readonly maxEntries: number,
  ) {}

  get(key: string): MemoryPlan | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // re-insert: Map order is the recency order
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The staged records of an import (as planned) if any entry holds them. */
  objectsOf(stagedImportId: string): PlanningRecords | undefined {
    for (const entry of this.entries.values()) {
      if (entry.stagedImportId === stagedImportId) return { objects: entry.objects, readableTypes: entry.readableTypes };
    }
    return undefined;
  }

  /**
   * Keeps `entry` as the most recent plan, evicting the least recent ones beyond the budget. A plan larger than
   * the whole budget is kept alone: recomputing it on every page would cost far more, in time and in garbage.
   */
  set(entry: MemoryPlan): void {
    this.remove(entry.planKey);
    this.entries.set(entry.planKey, entry);
    this.weight += entry.plan.decisions.length;
    for (const [key, oldest] of this.entries) {
      if (this.weight <= this.maxObjects && this.entries.size <= this.maxEntries) break;
      if (oldest !== entry) this.remove(key);
    }
  }

  /** Forgets every plan of a staged import (committed or discarded). */
  forget(stagedImportId: string): void {
    for (const [key, entry] of this.entries) if (entry.stagedImportId === stagedImportId) this.remove(key);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.weight -= entry.plan.decisions.length;
  }
}

/** Decisions a service's memory plans hold at most (but one plan of any size), with their staged records. */
export const MEMORY_PLAN_OBJECTS = 100_000;
