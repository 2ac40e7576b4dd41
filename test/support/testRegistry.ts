import { afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { startRegistry, type RunningRegistry } from '../../src/app/startRegistry.js';
import { loadConfig } from '../../src/config.js';
import { pino } from 'pino';
import { createLogger } from '../../src/logger.js';
import type { TestDatabase } from './databases.js';
import { GraphQLClient } from './graphqlClient.js';

export interface TestRegistry {
  db: TestDatabase;
  running: RunningRegistry;
  url: string;
  baseUrl: string;
  adminToken: string;
  /** A client authenticated as the first administrator. */
  admin: GraphQLClient;
  /**
   * SQL statements seen since the last `queries.reset()`; `until(pattern)` resolves at the first statement
   * matching it from now on (an event to wait for: "the staging transaction has begun inserting").
   */
  queries: { list: string[]; reset(): void; until(pattern: RegExp): Promise<string> };
  stop(): Promise<void>;
}

/**
 * Starts a real registry on a loopback port with its own data directory (and database), configured from an
 * env-like map exactly as production reads its environment.
 */
export async function startTestRegistry(
  db: TestDatabase,
  env: Record<string, string> = {},
  options: { /** Collects every log line (info and up) the registry writes. */ logLines?: string[] } = {},
): Promise<TestRegistry> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    REGISTRY_DATA_DIR: db.dataDir,
    LOG_LEVEL: 'silent',
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    ...env,
  });
  const list: string[] = [];
  const waiters = new Set<{ pattern: RegExp; resolve(sql: string): void }>();
  const running = await startRegistry(config, {
    logger: options.logLines
      ? pino({ level: 'info', base: { service: 'registry-bridge' } }, { write: (line: string) => void options.logLines!.push(line) })
      : createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    onQuery: (message) => {
      // MikroORM colours its log lines: strip the ANSI codes, or nothing would match.
      const sql = message.replace(/\u001b\[\d+m/g, '');
      if (!sql.startsWith('[query]')) return;
      list.push(sql);
      for (const waiter of waiters) {
        if (waiter.pattern.test(sql)) {
          waiters.delete(waiter);
          waiter.resolve(sql);
        }
      }
    },
  });
  const adminToken = env.REGISTRY_ADMIN_TOKEN ?? readFileSync(path.join(db.dataDir, 'admin.token'), 'utf8').trim();
  const url = running.server.url;
  return {
    db,
    running,
    url,
    baseUrl: url.replace(/\/graphql$/, ''),
    adminToken,
    admin: new GraphQLClient(url, adminToken),
    queries: {
      list,
      reset: () => void list.splice(0),
      until: (pattern) => new Promise<string>((resolve) => waiters.add({ pattern, resolve })),
    },
    stop: async () => {
      await running.stop();
    },
  };
}

/** How a suite's registry starts: its environment, and whether its REGISTRY_ADDRESS is its own URL. */
export interface SuiteRegistrySpec {
  env?: Record<string, string>;
  /** Listens on a port chosen before the start, and names itself by it: a lifecycle stage or a remote can name it. */
  addressed?: boolean;
  /** Collects every log line (info and up) the registry writes. */
  logLines?: string[];
}

/** A free loopback port (closed again at once: the registry binds it right after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startSpecified(db: TestDatabase, spec: SuiteRegistrySpec): Promise<TestRegistry> {
  const port = spec.addressed ? await freePort() : null;
  const address = port === null ? {} : { PORT: String(port), REGISTRY_ADDRESS: `http://127.0.0.1:${port}/graphql` };
  return startTestRegistry(db, { ...address, ...spec.env }, { logLines: spec.logLines });
}

/** Stands for the registry `get()` returns once the suite's beforeAll started it. */
function startedLater(get: () => TestRegistry | undefined): TestRegistry {
  return new Proxy({} as TestRegistry, {
    get(_, key) {
      const started = get();
      if (!started) throw new Error('the suite registry is started in beforeAll: use it in a test or a later hook');
      return Reflect.get(started, key);
    },
  });
}

/**
 * The registries of a test suite, one per spec, each in its own database: started together before the suite's
 * first test, stopped (and their databases dropped) after its last, those that did start even when another
 * failed to. Call it in the body of a `describe`; each answer stands for its running registry once the suite's
 * tests run, and hooks the suite registers afterwards run after these start and before they stop.
 */
export function suiteRegistries(create: () => Promise<TestDatabase>, specs: SuiteRegistrySpec[]): TestRegistry[] {
  const started: (TestRegistry | undefined)[] = [];
  const dbs: (TestDatabase | undefined)[] = [];
  beforeAll(async () => {
    const starts = specs.map(async (spec, i) => {
      dbs[i] = await create();
      started[i] = await startSpecified(dbs[i]!, spec);
    });
    const failed = (await Promise.allSettled(starts)).find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  }, 90_000);
  afterAll(async () => {
    await Promise.all(started.map((r) => r?.stop()));
    await Promise.all(dbs.map((db) => db?.drop()));
  });
  return specs.map((_, i) => startedLater(() => started[i]));
}

/** The registry of a test suite, in its own database (suiteRegistries with one spec). */
export function suiteRegistry(create: () => Promise<TestDatabase>, env: Record<string, string> = {}): TestRegistry {
  return suiteRegistries(create, [{ env }])[0]!;
}

/**
 * The registry of a test suite that a test may restart on the same database, as a new process would find it
 * (memory gone, the rows kept): `registry` stands for whichever start is current; `restart` stops it and starts
 * again with the same administrator token (and `env` added).
 */
export function restartableSuiteRegistry(
  create: () => Promise<TestDatabase>,
): { registry: TestRegistry; restart(env?: Record<string, string>): Promise<void> } {
  let db: TestDatabase | undefined;
  let current: TestRegistry | undefined;
  beforeAll(async () => {
    db = await create();
    current = await startTestRegistry(db);
  }, 90_000);
  afterAll(async () => {
    await current?.stop();
    await db?.drop();
  });
  return {
    registry: startedLater(() => current),
    async restart(env = {}) {
      const adminToken = current!.adminToken;
      await current!.stop();
      current = undefined;
      current = await startTestRegistry(db!, { REGISTRY_ADMIN_TOKEN: adminToken, ...env });
    },
  };
}
