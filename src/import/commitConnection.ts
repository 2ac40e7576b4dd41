import { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppServices } from '../app/appServices.js';
import { ormOptions } from '../db/orm.js';

/**
 * SQLite page cache of the commit connection, in KiB. The sqlite3 driver's default (2 MiB) thrashes on a
 * transaction that inserts 100k rows under random UUID keys (pages spill to the WAL and are read back);
 * better-sqlite3, which the floor uses, defaults to 16 MiB. The cache lives as long as the connection: one commit.
 */
const COMMIT_PAGE_CACHE_KIB = 32_768;

/** The connection an import commit runs its transaction on. */
export interface CommitConnection {
  em: SqlEntityManager;
  /** SQLite: checkpoints what the commit wrote into the database file, then closes. */
  close(): Promise<void>;
}

/**
 * PostgreSQL: a fork of the shared pool (ten connections; others keep serving requests). SQLite: a connection of
 * its own, opened for this commit and closed after it. The service's pool holds a single SQLite connection, and a
 * transaction keeps it for its whole duration: a long commit on it would stall every other request, including
 * the very polls that watch its progress. On a second connection, WAL lets those requests read the registry as
 * it was while the commit writes. It logs SQL like the service's own connection (tests count statements).
 *
 * Its automatic WAL checkpoint is off: at the end of a large commit it would copy every page the commit wrote
 * from the WAL into the database file inside COMMIT (0.8 s per 100k objects), while the client waits. The
 * commit is durable once in the WAL; `close` checkpoints, and runs after the caller has its answer.
 */
export async function openCommitConnection(app: AppServices): Promise<CommitConnection> {
  const { databaseUrl, dataDir } = app.config;
  if (databaseUrl) {
    return { em: app.orm.em.fork() as SqlEntityManager, close: async () => undefined };
  }
  const orm = await MikroORM.init({
    ...ormOptions({ databaseUrl: null, dataDir }),
    logger: app.orm.config.get('logger'),
    debug: app.orm.config.get('debug'),
  });
  const em = orm.em.fork() as SqlEntityManager;
  await em.getConnection().execute(`pragma cache_size = -${COMMIT_PAGE_CACHE_KIB}`);
  await em.getConnection().execute('pragma wal_autocheckpoint = 0');
  const close = async () => {
    try {
      await em.getConnection().execute('pragma wal_checkpoint(PASSIVE)');
    } finally {
      await orm.close(true);
    }
  };
  return { em, close };
}
