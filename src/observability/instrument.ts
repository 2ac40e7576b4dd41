import type { AppServices } from '../app/appServices.js';
import { logDomainEvent } from './domainEvents.js';
import { outcomeOf } from './metrics.js';

/**
 * The long operations, timed into the metrics and logged as domain events when they succeed. Thin wrappers
 * around the work, so the domain code stays unaware of either.
 */

/** Staging an archive (stageArchive, importArchive's first step). */
export async function observeStaging<T extends { id: string; objectCount: number; archiveSha256?: string | null }>(
  app: Pick<AppServices, 'metrics' | 'logger'>,
  work: () => Promise<T>,
): Promise<T> {
  const staged = await app.metrics.timed(app.metrics.stagingDuration, work);
  app.metrics.stagedObjects.inc(staged.objectCount);
  logDomainEvent(app.logger, 'archive.staged', { stagedImportId: staged.id, objects: staged.objectCount, sha256: staged.archiveSha256 ?? undefined });
  return staged;
}

/** Writing an export. */
export async function observeExport<T extends { id: string; objectCount: number; sha256: string }>(
  app: Pick<AppServices, 'metrics' | 'logger'>,
  work: () => Promise<T>,
): Promise<T> {
  const exported = await app.metrics.timed(app.metrics.exportDuration, work);
  app.metrics.exportedObjects.inc(exported.objectCount);
  logDomainEvent(app.logger, 'archive.exported', { exportId: exported.id, objects: exported.objectCount, sha256: exported.sha256 });
  return exported;
}

interface CommitView {
  id: string;
  stagedImportId: string | null;
  planDigest: string | null;
  options: { trustProvider: boolean };
  signer: { fingerprintSha256: string; subject: string } | null;
  counts: { created: number; replaced: number; ignored: number; rejected: number; skipped: number };
}

/**
 * A commit from start to end (it may outlive its request: `wait: false`): counted while running, timed by
 * outcome, its objects counted by action, and logged as import.committed or import.failed. Resolves with
 * what `run` resolves with (the failure or null; runImport never throws).
 */
export function observeCommit(app: Pick<AppServices, 'metrics' | 'logger'>, view: CommitView, run: () => Promise<unknown>): Promise<unknown> {
  const running = commitsOf(app);
  const observed = observeRun(app, view, run);
  running.add(observed);
  void observed.finally(() => running.delete(observed));
  return observed;
}

/** The commits running in a registry (by its metrics, one per registry), so a stop can let them end. */
const runningCommits = new WeakMap<object, Set<Promise<unknown>>>();

function commitsOf(app: Pick<AppServices, 'metrics'>): Set<Promise<unknown>> {
  let set = runningCommits.get(app.metrics);
  if (!set) runningCommits.set(app.metrics, (set = new Set()));
  return set;
}

/**
 * Resolves when the commits this registry runs have ended: committed, or failed and rolled back. A stop waits
 * for them before it closes the database (on SQLite the writer queue does too; on PostgreSQL nothing else would).
 */
export async function commitsDone(app: Pick<AppServices, 'metrics'>): Promise<void> {
  while (commitsOf(app).size > 0) await Promise.allSettled([...commitsOf(app)]);
}

async function observeRun(app: Pick<AppServices, 'metrics' | 'logger'>, view: CommitView, run: () => Promise<unknown>): Promise<unknown> {
  app.metrics.commitsRunning.inc();
  const end = app.metrics.commitDuration.startTimer();
  try {
    const failure = await run();
    const ids = { importId: view.id, stagedImportId: view.stagedImportId };
    if (failure) {
      end({ outcome: outcomeOf(failure) });
      logDomainEvent(app.logger, 'import.failed', { ...ids, code: outcomeOf(failure) });
    } else {
      end({ outcome: 'ok' });
      for (const [action, n] of Object.entries(view.counts)) app.metrics.committedObjects.inc({ action }, n);
      logDomainEvent(app.logger, 'import.committed', { ...ids, planDigest: view.planDigest, counts: view.counts });
      if (view.options.trustProvider && view.signer) {
        const { fingerprintSha256, subject } = view.signer;
        logDomainEvent(app.logger, 'trust.changed', { change: 'trusted by import', importId: view.id, fingerprintSha256, subject });
      }
    }
    return failure;
  } finally {
    app.metrics.commitsRunning.dec();
  }
}
