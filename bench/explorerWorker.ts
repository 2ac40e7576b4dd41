import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startRegistry } from '../src/app/startRegistry.js';
import { loadConfig } from '../src/config.js';
import { ADMIN_TOKEN_FILE } from '../src/registry/bootstrap.js';
import { collectGarbage, MemorySampler } from './memorySampler.js';

/*
 * The explorer bench's server (`node explorerWorker.js <json args>`): serves a seeded registry over HTTP on a
 * loopback port, so the explorer is measured from outside, by clients in another process. It prints
 * `{ url, token }` as one JSON line once it listens; to each line `cpu` on its stdin it answers `{ cpuMicros }` (its
 * CPU time so far, user and system: a figure a machine busy with other work disturbs far less than wall-clock
 * time); when its stdin ends it stops and prints `{ peakRssBytes }`.
 * Started with --cpu-prof by the bench when EXPLORER_CPU_PROF names a directory.
 */

export interface ExplorerServerArgs {
  dataDir: string;
  /** PostgreSQL, or null for SQLite in dataDir. */
  databaseUrl: string | null;
}

export interface ExplorerServerReady {
  url: string;
  token: string;
}

export interface ExplorerServerCpu {
  cpuMicros: number;
}

export interface ExplorerServerFigures {
  /** The server's peak resident set size while the clients asked for pages. */
  peakRssBytes: number;
}

async function serve(args: ExplorerServerArgs): Promise<void> {
  const config = loadConfig({
    REGISTRY_DATA_DIR: args.dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...(args.databaseUrl ? { DATABASE_URL: args.databaseUrl } : {}),
  });
  const registry = await startRegistry(config);
  collectGarbage();
  const sampler = new MemorySampler().start(100);
  const token = readFileSync(path.join(args.dataDir, ADMIN_TOKEN_FILE), 'utf8').trim();
  const ready: ExplorerServerReady = { url: registry.server.url, token };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'cpu') continue;
    const { user, system } = process.cpuUsage();
    const cpu: ExplorerServerCpu = { cpuMicros: user + system };
    process.stdout.write(`${JSON.stringify(cpu)}\n`);
  }
  const figures: ExplorerServerFigures = { peakRssBytes: sampler.stop() };
  await registry.stop(0);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

await serve(JSON.parse(process.argv[2] ?? '{}') as ExplorerServerArgs);
