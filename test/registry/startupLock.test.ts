import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import pg from 'pg';
import { pino } from 'pino';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { startRegistry, type RunningRegistry } from '../../src/app/startRegistry.js';
import { loadConfig } from '../../src/config.js';
import { startupLockFile } from '../../src/db/orm.js';
import { databases, type TestDatabase } from '../support/databases.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WAITING = 'waiting for another process to finish migrating the database';

/** A logger whose lines a test can wait for. */
function watchedLogger() {
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = JSON.parse(chunk.toString()) as Record<string, unknown>;
      lines.push(line);
      for (const w of waiters.splice(0)) if (w.match(line)) w.resolve(line); else waiters.push(w);
      done();
    },
  });
  const next = (match: (l: Record<string, unknown>) => boolean) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const seen = lines.find(match);
      if (seen) resolve(seen);
      else waiters.push({ match, resolve });
    });
  return { logger: pino({ level: 'info' }, stream), next };
}

function startInProcess(db: TestDatabase, logger: ReturnType<typeof watchedLogger>['logger']): Promise<RunningRegistry> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    REGISTRY_DATA_DIR: db.dataDir,
    REGISTRY_ADMIN_TOKEN: 'startup-lock-admin-token-0123456789',
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
  });
  return startRegistry(config, { logger });
}

/**
 * Another process holding the SQLite start-up lock with the service's own code (src/db/fileLock.ts, which
 * imports only packages, compiled on its own into dist/), then hanging inside it as a start killed mid-migration
 * would. Resolves once it holds the lock.
 */
async function holdFileLockInChild(lockPath: string): Promise<ChildProcess> {
  const compiled = path.join(ROOT, 'dist/test-children/fileLock.js');
  mkdirSync(path.dirname(compiled), { recursive: true });
  const source = readFileSync(path.join(ROOT, 'src/db/fileLock.ts'), 'utf8');
  writeFileSync(compiled, ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
  const script = `import { withFileLock } from ${JSON.stringify(compiled)};
    setInterval(() => {}, 60_000); // alive until killed
    await withFileLock(process.env.LOCK_PATH, () => { console.log('locked'); return new Promise(() => {}); });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, LOCK_PATH: lockPath }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => line === 'locked' && resolve());
  });
  return child;
}

/** Kills the child and waits for its exit; at once when it has exited already. */
function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  return exited;
}

/** For the cleanup: the registry that was starting, stopped once it has started (or nothing if it failed). */
async function stopWhenStarted(starting: Promise<RunningRegistry> | undefined): Promise<void> {
  const registry = await starting?.catch(() => undefined);
  await registry?.stop();
}

const sqlite = databases.find((d) => d.name === 'sqlite');
const postgresql = databases.find((d) => d.name === 'postgresql');

describe('the start-up (migration) lock', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it.skipIf(!sqlite)('on SQLite: says who it waits for, and takes over the lock of a killed process at once', async () => {
    const db = await sqlite!.create();
    cleanup.push(() => db.drop());
    // Cleaned up in this order even when the test fails: the holder dies, then the start it let go on is stopped.
    let starting: Promise<RunningRegistry> | undefined;
    cleanup.push(() => stopWhenStarted(starting));
    const holder = await holdFileLockInChild(startupLockFile(db.dataDir));
    cleanup.push(() => kill(holder));
    const { logger, next } = watchedLogger();
    starting = startInProcess(db, logger);
    const waiting = await next((l) => l.msg === WAITING);
    expect(waiting.holder).toMatchObject({ pid: holder.pid });
    await kill(holder);
    const registry = await starting;
    expect(registry.server.url).toMatch(/^http:/);
  });

  it.skipIf(!postgresql)('on PostgreSQL: says who it waits for, and goes on once the holding session is gone', async () => {
    const db = await postgresql!.create();
    cleanup.push(() => db.drop());
    let starting: Promise<RunningRegistry> | undefined;
    cleanup.push(() => stopWhenStarted(starting));
    const holder = new pg.Client({ connectionString: db.databaseUrl! });
    await holder.connect();
    const [{ pid }] = (await holder.query<{ pid: number }>('select pg_backend_pid() as pid, pg_advisory_lock(4242000)')).rows;
    cleanup.push(() => holder.end().catch(() => undefined));
    const { logger, next } = watchedLogger();
    starting = startInProcess(db, logger);
    const waiting = await next((l) => l.msg === WAITING);
    expect(waiting.holder).toMatchObject({ pid });
    // The holder dies without unlocking: its session ends, and the lock with it.
    holder.on('error', () => undefined);
    const reaper = new pg.Client({ connectionString: db.databaseUrl! });
    await reaper.connect();
    await reaper.query('select pg_terminate_backend($1)', [pid]);
    await reaper.end();
    const registry = await starting;
    expect(registry.server.url).toMatch(/^http:/);
  });
});
