import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startRegistry } from '../../src/app/startRegistry.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { TestDatabase } from './databases.js';
import { GraphQLClient } from './graphqlClient.js';
import type { TestRegistry } from './testRegistry.js';

/** A parsed log line of the registry (pino JSON). */
export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export interface LoggedRegistry extends TestRegistry {
  /** Every line the registry logged since it started, parsed. */
  logs: LogLine[];
}

/** Like startTestRegistry, with the registry's log lines (level info and above) kept for the test to read. */
export async function startLoggedRegistry(db: TestDatabase, env: Record<string, string> = {}): Promise<LoggedRegistry> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    REGISTRY_DATA_DIR: db.dataDir,
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    ...env,
  });
  const logs: LogLine[] = [];
  const destination = { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) };
  const running = await startRegistry(config, { logger: createLogger('info', destination) });
  const adminToken = env.REGISTRY_ADMIN_TOKEN ?? readFileSync(path.join(db.dataDir, 'admin.token'), 'utf8').trim();
  const url = running.server.url;
  return {
    db,
    running,
    url,
    baseUrl: url.replace(/\/graphql$/, ''),
    adminToken,
    admin: new GraphQLClient(url, adminToken),
    queries: { list: [], reset: () => undefined },
    logs,
    stop: () => running.stop(),
  };
}
