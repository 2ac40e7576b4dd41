import { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { ormOptions } from './orm.js';

/**
 * SQLite page cache of a writer connection, in KiB. The sqlite3 driver's default (2 MiB) thrashes on a
 * transaction that inserts 100k rows under random UUID keys (pages spill to the WAL and are read back);
 * better-sqlite3, which the floor uses, defaults to 16 MiB. The cache lives as long as the connection: one
 * transaction.
 */
const WRITER_PAGE_CACHE_KIB = 32_768;

export interface WriterDeps {
  orm: MikroORM;
  config: Pick<Config, 'databaseUrl' | 'dataDir'>;
  logger: Logger;
}

/** A transaction long enough to matter: staging an archive, committing an import. */
export type LongTransaction = <T>(work: (tx: SqlEntityManager) => Promise<T>) => Promise<T>;

/**
 * Runs `work` in ONE transaction meant for long, large writes (staging an archive, committing an import).
 *
 * PostgreSQL: a fork of the shared pool (ten connections; other requests keep being served).
 *
 * SQLite: a connection of its own, opened for this transaction and closed after it, one such transaction at a
 * time per database file (queued in process). The service's pool holds a single SQLite connection, and a
 * transaction keeps it for its whole duration: seconds of staging or committing on it would stall every other
 * request, including the polls that watch an import's progress. On a second connection, WAL lets those requests
 * read the database as it was while the long transaction writes. Its automatic WAL checkpoint is off: at the end
 * of a large transaction it would copy every page written from the WAL into the database file inside COMMIT
 * (0.8 s per 100k objects) while the client waits. The data is durable once in the WAL; the connection
 * checkpoints when it closes, which happens after `work`'s result has been returned, still in the queue. It
 * logs SQL like the service's own connection (tests count statements).
 */
export function inWriterTransaction<T>(deps: WriterDeps, work: (tx: SqlEntityManager) => Promise<T>): Promise<T> {
  if (deps.config.databaseUrl) return deps.orm.em.fork().transactional((tx) => work(tx as SqlEntityManager));
  return new Promise<T>((resolve, reject) => {
    void oneAtATime(deps.config.dataDir, async () => {
      let connection: WriterConnection;
      try {
        connection = await openWriterConnection(deps);
      } catch (error) {
        return reject(error);
      }
      try {
        resolve(await connection.em.transactional((tx) => work(tx as SqlEntityManager)));
      } catch (error) {
        reject(error);
      } finally {
        await connection.close().catch((err: unknown) => deps.logger.warn({ err }, 'writer connection not closed cleanly'));
      }
    });
  });
}

/** The LongTransaction of a service: inWriterTransaction bound to its database. */
export function writerTransaction(deps: WriterDeps): LongTransaction {
  return (work) => inWriterTransaction(deps, work);
}

/**
 * Resolves once no writer transaction of this process is queued or running on the SQLite file (each with its
 * closing), including those queued while waiting.
 */
export async function writerTransactionsDone(dataDir: string): Promise<void> {
  while (queues.has(dataDir)) await queues.get(dataDir);
}

interface WriterConnection {
  em: SqlEntityManager;
  /** Checkpoints what the transaction wrote into the database file, then closes. */
  close(): Promise<void>;
}

async function openWriterConnection(deps: WriterDeps): Promise<WriterConnection> {
  const orm = await MikroORM.init({
    ...ormOptions({ databaseUrl: null, dataDir: deps.config.dataDir }),
    logger: deps.orm.config.get('logger'),
    debug: deps.orm.config.get('debug'),
  });
  const em = orm.em.fork() as SqlEntityManager;
  try {
    await em.getConnection().execute(`pragma cache_size = -${WRITER_PAGE_CACHE_KIB}`);
    await em.getConnection().execute('pragma wal_autocheckpoint = 0');
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  const close = async () => {
    try {
      await em.getConnection().execute('pragma wal_checkpoint(PASSIVE)');
    } finally {
      await orm.close(true);
    }
  };
  return { em, close };
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs this process's writer transactions on one SQLite file one at a time. SQLite serializes writers anyway,
 * but a second one would otherwise wait on the file lock only for busy_timeout and then fail; here it waits
 * its turn.
 */
function oneAtATime<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const result = previous.then(work, work);
  const tail = result.catch(() => undefined);
  queues.set(dataDir, tail);
  void tail.then(() => {
    if (queues.get(dataDir) === tail) queues.delete(dataDir);
  });
  return result;
}
