import type { ImportPhase, ImportRecordView } from './importRecordView.js';

/**
 * Imports running in this process, by id. While an import runs, its record lives here and `importRecord(id)`
 * reads it from here: on SQLite the commit transaction holds the database's only write lock, so progress cannot
 * be written to the table while it runs (readers still read, thanks to WAL). The record is persisted when the
 * import ends, and then leaves this map.
 */
const running = new Map<string, ImportRecordView>();

export const liveImports = {
  get: (id: string): ImportRecordView | undefined => running.get(id),
  add: (view: ImportRecordView): void => void running.set(view.id, view),
  remove: (id: string): void => void running.delete(id),
  has: (id: string): boolean => running.has(id),
};

/** Writes a running record's phase and counters somewhere other processes can see them (PostgreSQL). */
export type ProgressSink = (view: ImportRecordView) => Promise<void>;

/** Least time between two progress writes to the table: a poll every second is plenty. */
const PERSIST_INTERVAL_MS = 250;

/**
 * Moves a running record through its phases and counts. The in-memory record is always current; with a sink
 * (PostgreSQL, where other replicas may be polled) the table follows at most every PERSIST_INTERVAL_MS, one write
 * at a time and never failing the import: progress is best effort, the final record is not.
 */
export class ProgressReporter {
  private lastPersist = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    readonly view: ImportRecordView,
    private readonly sink: ProgressSink | null,
    private readonly onSinkError: (error: unknown) => void,
  ) {}

  phase(phase: ImportPhase, total: number): void {
    this.view.phase = phase;
    this.view.total = total;
    this.view.done = 0;
    this.persist(true);
  }

  advance(count: number): void {
    this.view.done = Math.min(this.view.total, this.view.done + count);
    this.persist(false);
  }

  /** Waits for the last progress write, so it cannot land after the final record. */
  writesDone(): Promise<void> {
    return this.pending;
  }

  private persist(force: boolean): void {
    if (!this.sink) return;
    const now = Date.now();
    if (!force && now - this.lastPersist < PERSIST_INTERVAL_MS) return;
    this.lastPersist = now;
    const snapshot = { ...this.view };
    this.pending = this.pending.then(() => this.sink!(snapshot)).catch(this.onSinkError);
  }
}
