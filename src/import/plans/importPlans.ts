import type { HalfPlanned } from '../planning/pagedPlanning.js';
import type { MemoryPlan } from './memoryPlans.js';
import { MEMORY_PLAN_OBJECTS, MemoryPlans } from './memoryPlans.js';

interface Warmup {
  started: boolean;
  /** Set before it started: it will not run. */
  cancelled: boolean;
  done: Promise<void>;
}

/** Work under way for one staged import, shared by every caller asking for the same thing meanwhile. */
interface Pending<T> {
  stagedImportId: string;
  done: Promise<T>;
}

/**
 * The owner of the plans of one running service (AppServices.importPlans): the plans held in memory, the plans
 * being made or stored, the warm-ups after staging, the commits' clean-ups, and the wait for all of them before
 * the database closes. Plans stored in the database outlive it (plans/storedPlans.ts); what it holds is only this
 * process's share of the work. A test gets a fresh one with each registry it starts.
 *
 * A plan is identified by its plan key (planning/planStagedImport.ts planKeyOf) and the registry revision it was
 * made at (plans/registryRevision.ts): the same key at the same revision is the same plan.
 */
export class ImportPlans {
  /** Plans this process made, weighed by decisions (a bounded LRU). */
  readonly memory: MemoryPlans;
  private readonly planning = new Map<string, Pending<MemoryPlan>>();
  private readonly storing = new Map<string, Pending<void>>();
  private readonly warmups = new Map<string, Warmup>();
  /** The last warm-up queued: they run one at a time, so staging several archives at once plans one at a time. */
  private warmupQueue: Promise<void> = Promise.resolve();
  private readonly cleanups = new Set<Promise<void>>();
  /** Plans made in pages being stored: the plan once its pass A is done, for a preview's first page meanwhile. */
  private readonly halves = new Map<string, Promise<HalfPlanned>>();
  /** The UUIDs the last few stored plans read select, by stored plan id (a stored plan never changes). */
  private readonly selections = new Map<string, Promise<string[]>>();

  constructor(memoryObjects = MEMORY_PLAN_OBJECTS, memoryEntries = 16) {
    this.memory = new MemoryPlans(memoryObjects, memoryEntries);
  }

  /** The memory plan of `key` made at `revision`, if this process holds it. */
  inMemory(key: string, revision: string): MemoryPlan | undefined {
    const found = this.memory.get(key);
    return found && found.revision === revision ? found : undefined;
  }

  /** Plans `key` at `revision` once: a caller asking meanwhile (a page and a summary at once) shares the work. */
  planOnce(key: string, revision: string, stagedImportId: string, plan: () => Promise<MemoryPlan>): Promise<MemoryPlan> {
    return once(this.planning, planIdentity(key, revision), stagedImportId, plan);
  }

  /** Stores the plan `key` made at `revision` once: a caller asking meanwhile waits for the same work. */
  storeOnce(key: string, revision: string, stagedImportId: string, store: () => Promise<void>): Promise<void> {
    return once(this.storing, planIdentity(key, revision), stagedImportId, store);
  }

  /**
   * Stores the plan `key` made in pages at `revision` once, as storeOnce; `start` begins the work and says when
   * its pass A is done. A caller meanwhile gets that half-made plan too (null when the plan is being stored by
   * other means), to show the first page of decisions before the plan is stored.
   */
  storeInPagesOnce(
    key: string,
    revision: string,
    stagedImportId: string,
    start: () => { half: Promise<HalfPlanned>; stored: Promise<void> },
  ): { half: Promise<HalfPlanned> | null; stored: Promise<void> } {
    const identity = planIdentity(key, revision);
    const stored = once(this.storing, identity, stagedImportId, () => {
      const started = start();
      started.half.catch(() => undefined); // the stored promise carries the same failure to every caller
      this.halves.set(identity, started.half);
      return started.stored.finally(() => this.halves.delete(identity));
    });
    return { half: this.halves.get(identity) ?? null, stored };
  }

  /** The UUIDs a stored plan selects, read once for the last few plans asked about. */
  selectedOf(storedPlanId: string, read: () => Promise<string[]>): Promise<string[]> {
    let selected = this.selections.get(storedPlanId);
    if (!selected) {
      selected = read();
      selected.catch(() => this.selections.delete(storedPlanId));
      this.selections.set(storedPlanId, selected);
      for (const id of this.selections.keys()) if (this.selections.size > SELECTIONS_KEPT) this.selections.delete(id);
    }
    return selected;
  }

  /**
   * Queues the warm-up of a freshly staged import: warm-ups run one at a time, and a failure is only reported
   * (`onError`), since the preview plans again.
   */
  warm(stagedImportId: string, plan: () => Promise<void>, onError: (err: unknown) => void): void {
    const warmup: Warmup = { started: false, cancelled: false, done: Promise.resolve() };
    const run = async () => {
      if (warmup.cancelled) return;
      warmup.started = true;
      await plan();
    };
    warmup.done = this.warmupQueue
      .then(run)
      .catch(onError)
      .finally(() => this.warmups.delete(stagedImportId));
    this.warmupQueue = warmup.done;
    this.warmups.set(stagedImportId, warmup);
  }

  /** Whether a warm-up of the staged import is queued or running in this process. */
  warmingUp(stagedImportId: string): boolean {
    return this.warmups.has(stagedImportId);
  }

  /** Resolves when the warm-up of a staged import (if any) has ended, having run. */
  async warmupDone(stagedImportId: string): Promise<void> {
    await this.warmups.get(stagedImportId)?.done;
  }

  /**
   * Before a commit: cancels the warm-up of its staged import if it has not started, or waits for it (the commit
   * then reuses its plan instead of planning the same import twice at once); then lets the plans of it being
   * stored land, since one is likely the plan to apply.
   */
  async beforeCommit(stagedImportId: string): Promise<void> {
    const warmup = this.warmups.get(stagedImportId);
    if (warmup && !warmup.started) warmup.cancelled = true;
    else if (warmup) await warmup.done;
    await this.storesDone(stagedImportId);
  }

  /** Resolves when the plans being stored (of one staged import, or all) are stored or given up. */
  async storesDone(stagedImportId?: string): Promise<void> {
    const pending = [...this.storing.values()].filter((p) => stagedImportId === undefined || p.stagedImportId === stagedImportId);
    await Promise.allSettled(pending.map((p) => p.done));
  }

  /** After a commit: its staged import's memory plans go, and `cleanup` runs in the background (awaited by idle). */
  afterCommit(stagedImportId: string, cleanup: Promise<void>): void {
    this.memory.forget(stagedImportId);
    this.cleanups.add(cleanup);
    void cleanup.finally(() => this.cleanups.delete(cleanup));
  }

  /**
   * Before the database closes: cancels the warm-ups that have not started, and waits for the running one, for
   * the plans being made and stored, and for the commits' clean-ups.
   */
  async idle(): Promise<void> {
    for (const warmup of this.warmups.values()) if (!warmup.started) warmup.cancelled = true;
    await Promise.allSettled([...this.warmups.values()].map((w) => w.done));
    await Promise.allSettled([...this.planning.values()].map((p) => p.done));
    await this.storesDone();
    await Promise.allSettled(this.cleanups);
  }
}

/** Selections of stored plans kept: a preview with a selection change starts each page from its default plan's. */
const SELECTIONS_KEPT = 2;

/** A plan's identity: its plan key at a registry revision. */
function planIdentity(key: string, revision: string): string {
  return `${key}\u0000${revision}`;
}

function once<T>(pending: Map<string, Pending<T>>, id: string, stagedImportId: string, work: () => Promise<T>): Promise<T> {
  let found = pending.get(id);
  if (!found) {
    found = { stagedImportId, done: work().finally(() => pending.delete(id)) };
    pending.set(id, found);
  }
  return found.done;
}
