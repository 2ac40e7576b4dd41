import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { TestDatabase } from './databases.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_ENTRY = path.join(ROOT, 'dist/src/main.js');

/** A registry running as a real server process (node dist/src/main.js), as production runs it. */
export interface ChildRegistry {
  url: string;
  process: ChildProcess;
  /** Sends a signal and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

function newestSource(dir: string, skip: readonly string[]): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.includes(full)) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full, skip));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The service's build is older than a source it compiles (tsconfig.json: src and bench, less the command line). */
function serverBuildStale(): boolean {
  if (!existsSync(SERVER_ENTRY)) return true;
  const skip = [path.join(ROOT, 'src/cli/bridge'), path.join(ROOT, 'src/cli/generated')];
  const sources = Math.max(
    newestSource(path.join(ROOT, 'src'), skip),
    newestSource(path.join(ROOT, 'bench'), skip),
    statSync(path.join(ROOT, 'tsconfig.json')).mtimeMs,
  );
  return statSync(SERVER_ENTRY).mtimeMs < sources;
}

/**
 * Compiles the service (tsc; a type error elsewhere in the tree still emits JavaScript) so the child runs the
 * current sources, unless dist/ is newer than every source already (after `npm run build`, or a previous test
 * run): a full build costs tens of seconds of CPU, so it happens once, not per test file or per database. Not
 * in globalSetup, which would build the whole service before every single test file run after an edit, though
 * only this test needs it. Throws when there is nothing to run afterwards.
 */
export function buildServer(): void {
  if (!serverBuildStale()) return;
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  if (!existsSync(SERVER_ENTRY)) throw new Error(`the build produced no ${SERVER_ENTRY}`);
}

/** Starts the server on a free loopback port with `db`'s data directory (and database); resolves once it listens. */
export async function spawnRegistry(db: TestDatabase, adminToken: string): Promise<ChildRegistry> {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      REGISTRY_DATA_DIR: db.dataDir,
      REGISTRY_ADMIN_TOKEN: adminToken,
      ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await listeningUrl(child);
  return {
    url,
    process: child,
    kill: async (signal) => {
      child.kill(signal);
      await exited;
    },
  };
}

/** The URL from the "registry started" log line (pino JSON on stdout). */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'registry started' && entry.url) resolve(entry.url);
      } catch {
        // not a log line of ours
      }
    });
  });
}
