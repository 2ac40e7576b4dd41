import { existsSync, mkdirSync, rmSync, statSync, watch } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildServer } from './childRegistry.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCK = path.join(ROOT, 'dist', '.server-build.lock');
/** A lock older than a build can take was left by a worker that died: taken over. */
const STALE_LOCK_MS = 5 * 60_000;

/** Resolves when LOCK is gone: the watcher is set up before the look, so a removal in between is not missed. */
function lockRemoved(): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(path.dirname(LOCK), () => {
      if (!existsSync(LOCK)) done();
    });
    const done = () => {
      watcher.close();
      resolve();
    };
    if (!existsSync(LOCK)) done();
  });
}

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
      else await lockRemoved(); // another worker is building
    }
  }
  try {
    if (!built()) buildServer();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
