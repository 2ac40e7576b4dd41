import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import sqlite3 from 'sqlite3';

/** How often a waiting process tries again, and how often it says it is still waiting. */
const RETRY_MS = 100;
const REPORT_EVERY_MS = 30_000;

/** Who holds a lock, as the holder wrote it beside the lock (absent for a moment after it was taken). */
export interface LockHolder {
  pid: number;
  hostname: string;
  since: string;
}

export interface LockWaitReporter {
  /** Called when another live process holds the lock: once at once, then every REPORT_EVERY_MS while waiting. */
  (holder: LockHolder | null, waitedMs: number): void;
}

/**
 * Runs `fn` while holding an exclusive lock, so processes sharing one SQLite data directory (the service and
 * `npm run seed`, say) migrate and make first-start state one at a time: SQLite answers a second writer's schema
 * change with SQLITE_BUSY rather than waiting.
 *
 * The lock is an open `BEGIN EXCLUSIVE` on `lockPath`, a small SQLite database of its own: that is the operating
 * system's lock on the file, which the kernel releases when the process holding it dies, however it dies. A lock
 * left by a killed process is therefore free at once, with no age to guess (a lock file that expired after ten
 * minutes made the next start wait that long, silently). While a live process holds it, this waits as long as it
 * takes, and says so through `onWait` with the holder's pid and host (`<lockPath>.owner`).
 */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>, onWait?: LockWaitReporter): Promise<T> {
  const db = await openLockDatabase(lockPath);
  held.add(db);
  try {
    await acquire(db, lockPath, onWait);
    const ownerPath = `${lockPath}.owner`;
    writeFileSync(ownerPath, JSON.stringify({ pid: process.pid, hostname: hostname(), since: new Date().toISOString() }));
    try {
      return await fn();
    } finally {
      rmSync(ownerPath, { force: true }); // before the release: the next holder writes its own
      await exec(db, 'ROLLBACK').catch(() => undefined);
    }
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
    held.delete(db);
  }
}

/**
 * The lock databases in use. The connection is the lock: collected as garbage (while `fn` awaits something
 * nothing else refers to), it would be closed, and the lock released under a live holder.
 */
const held = new Set<sqlite3.Database>();

async function acquire(db: sqlite3.Database, lockPath: string, onWait: LockWaitReporter | undefined): Promise<void> {
  const started = Date.now();
  let reported = -Infinity;
  for (;;) {
    try {
      await exec(db, 'BEGIN EXCLUSIVE');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
    }
    const waited = Date.now() - started;
    if (waited - reported >= REPORT_EVERY_MS) {
      reported = waited;
      onWait?.(readHolder(lockPath), waited);
    }
    await sleep(RETRY_MS);
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(`${lockPath}.owner`, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

function openLockDatabase(lockPath: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db: sqlite3.Database = new sqlite3.Database(lockPath, (err) => (err ? reject(err) : resolve(db)));
  });
}

function exec(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
}
