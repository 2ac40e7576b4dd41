import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const STALE_AFTER_MS = 10 * 60_000;
const GIVE_UP_AFTER_MS = 120_000;

/**
 * Runs `fn` while holding an exclusive lock file (created with O_EXCL). Processes sharing one SQLite data
 * directory (the service and `npm run seed`, say) migrate one at a time: SQLite answers a second writer's
 * schema change with SQLITE_BUSY at once rather than waiting. A lock left by a crashed process expires.
 */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (isStale(lockPath)) rmSync(lockPath, { force: true });
      else if (Date.now() - started > GIVE_UP_AFTER_MS) throw new Error(`timed out waiting for ${lockPath}; remove it if no other process is migrating`);
      else await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

function isStale(lockPath: string): boolean {
  try {
    return Date.now() - statSync(lockPath).mtimeMs > STALE_AFTER_MS;
  } catch {
    return false;
  }
}
