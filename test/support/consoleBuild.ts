import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WEB = path.join(ROOT, 'web');
const BUILT = path.join(WEB, 'dist/index.html');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web console (vite) when web/dist is missing or older than its sources, so browser tests run the
 * console of this tree. Run once per test run (vitest globalSetup), before any worker serves it.
 */
export function ensureConsoleBuilt(): void {
  const sources = Math.max(newestSource(path.join(WEB, 'src')), statSync(path.join(WEB, 'index.html')).mtimeMs, statSync(path.join(WEB, 'vite.config.ts')).mtimeMs);
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) return;
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', path.join(WEB, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the web console did not build:\n${built.stdout}\n${built.stderr}`);
}
