import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureConsoleBuilt } from './support/consoleBuild.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The command-line tests run the BUILT registry-bridge (dist/src/cli/bridge/main.js) as a child process, as a
 * pipeline would. So that `npm test` works on a fresh checkout and never runs a stale binary, this builds the
 * command line before any test file starts, once for all workers: `tsc -b tsconfig.cli.json` compiles only
 * src/cli/bridge and its generated operations (seconds, not the whole service), and is incremental: when
 * nothing changed since the last build it only compares timestamps and returns.
 */
function buildCommandLine(): void {
  const buildInfo = path.join(ROOT, 'dist/.tsbuildinfo-cli');
  // An output deleted by hand would not be rebuilt by an up-to-date build info: start over then.
  if (!existsSync(path.join(ROOT, 'dist/src/cli/bridge/main.js'))) rmSync(buildInfo, { force: true });
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', path.join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the command line failed:\n${result.stdout}${result.stderr}`);
}

/** Once per test run: the command line the tests run as a child process, and the console the browser tests serve. */
export default function setup(): void {
  buildCommandLine();
  ensureConsoleBuilt();
}
