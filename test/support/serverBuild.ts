import { mkdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildServer } from './childRegistry.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCK = path.join(ROOT, 'dist', '.server-build.lock');
/** A lock older than a build can take was left by a worker that died: taken over. */
const STALE_LOCK_MS = 5 * 60_000;

/** True when dist/ is current for the sources (`npm start`'s own check). */
function built(): boolean {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), '--check'], { stdio: 'ignore' }).status === 0;
}

/**
 * Builds the service when dist/ is older than its sources, one test worker at a time: two builds writing dist/
 * together would let a test start a server from half-written files.
 */
export async function ensureServerBuilt(): Promise<void> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250)); // another worker is building: wait for its lock to go
    }
  }
  try {
    if (!built()) buildServer();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
