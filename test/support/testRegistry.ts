import { afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
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

/**
 * The registry of a test suite, in its own database: started before the suite's first test, stopped (and its
 * database dropped) after its last. Call it in the body of a `describe`; the answer stands for the running
 * registry once the suite's tests run.
 */
export function suiteRegistry(create: () => Promise<TestDatabase>, env: Record<string, string> = {}): TestRegistry {
  let db: TestDatabase | undefined;
  let started: TestRegistry | undefined;
  beforeAll(async () => {
    db = await create();
    started = await startTestRegistry(db, env);
  });
  afterAll(async () => {
    await started?.stop();
    await db?.drop();
  });
  return new Proxy({} as TestRegistry, {
    get(_, key) {
      if (!started) throw new Error('the suite registry is started in beforeAll: use it in a test or a later hook');
      return Reflect.get(started, key);
    },
  });
}
