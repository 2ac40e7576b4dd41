import { randomInt } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { execute } from './rawQuery.js';

/** The advisory lock class under which every process on PostgreSQL holds a lock of its own, for its whole life. */
const LIVENESS_LOCK_CLASS = 4242004;

/** This process's liveness: the key of the lock it holds (null on SQLite, where one process owns the file). */
export interface ProcessLiveness {
  key: number | null;
  stop(): Promise<void>;
}

/**
 * PostgreSQL: takes a session advisory lock under a random key on a connection of its own and keeps it until
 * `stop`. Session locks die with their session, so whether a process is alive, in any replica, is whether its
 * key is still locked (processGone); a RUNNING import record names its process's key. SQLite: nothing to hold.
 */
export async function holdProcessLiveness(databaseUrl: string | null, logger: Pick<Logger, 'error'>): Promise<ProcessLiveness> {
  if (!databaseUrl) return { key: null, stop: async () => undefined };
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', (err) => logger.error({ err }, 'the liveness connection failed: other replicas will take this process for gone'));
  await client.connect();
  for (;;) {
    const key = randomInt(1, 2 ** 31 - 1);
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1, $2) as locked', [LIVENESS_LOCK_CLASS, key]);
    if (rows[0].locked) return { key, stop: () => client.end() };
  }
}

/** PostgreSQL: whether no session holds the liveness lock of `key` (tried, and released at once). */
export function processGone(em: SqlEntityManager, key: number): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const [row] = await execute<{ free: boolean }>(tx as SqlEntityManager, 'select pg_try_advisory_xact_lock(?, ?) as free', [LIVENESS_LOCK_CLASS, key]);
    return row.free === true;
  });
}
