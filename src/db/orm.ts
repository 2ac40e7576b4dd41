import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import pg from 'pg';
import { entities } from '../entities/index.js';
import type { Logger } from '../logger.js';
import { withFileLock, type LockHolder } from './fileLock.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface DatabaseOptions {
  /** postgresql://… for PostgreSQL; null for the embedded SQLite file under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Called with every SQL statement; tests use it to count statements. Off (and free) when absent. */
  onQuery?: (sql: string) => void;
  /** Where waiting for another process's migration is reported (warn). */
  logger?: Pick<Logger, 'warn'>;
}

export function databaseKind(options: Pick<DatabaseOptions, 'databaseUrl'>): DatabaseKind {
  return options.databaseUrl ? 'postgresql' : 'sqlite';
}

export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, 'registry.sqlite');
}

/** Builds the MikroORM configuration; the schema comes only from migrations, never from syncing entities. */
export function ormOptions(options: DatabaseOptions): Options {
  const kind = databaseKind(options);
  const common: Options = {
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    ensureDatabase: false,
    allowGlobalContext: false,
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery!(message) : () => undefined,
    migrations: {
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      migrationsList: kind === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
    },
  };
  if (kind === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: options.databaseUrl!, pool: { min: 0, max: 10 } };
  }
  mkdirSync(options.dataDir, { recursive: true });
  return {
    ...common,
    driver: SqliteDriver,
    dbName: sqliteFile(options.dataDir),
    pool: {
      min: 1,
      max: 1,
      // WAL lets readers proceed during a long import commit; busy_timeout rides out short write locks.
      afterCreate: (conn: { run: (sql: string, cb: (err: Error | null) => void) => void }, done: (err: Error | null, c: unknown) => void) => {
        conn.run('PRAGMA journal_mode = WAL', () =>
          conn.run('PRAGMA synchronous = NORMAL', () => conn.run('PRAGMA busy_timeout = 10000', (err) => done(err, conn))),
        );
      },
    },
  };
}

/** Advisory lock key held while migrating, so replicas starting together migrate one at a time. */
const MIGRATION_LOCK = 4242000;

/** How often a start waiting for another process's migration tries again, and says it still waits. */
const RETRY_MS = 100;
const REPORT_EVERY_MS = 30_000;

/**
 * Connects and brings the schema up to date with the migrations of the database in use, one process at a
 * time: on PostgreSQL under a session advisory lock taken on a dedicated connection, on SQLite under a lock
 * beside the database (fileLock.ts). Both locks die with the process holding them, so a start never waits for
 * a dead one; waiting for a live one is logged, with who holds it. A process starting while another migrates
 * waits, then finds nothing left to do. `afterMigrate` (first-start work such as bootstrapping) runs inside the
 * same lock.
 */
export async function openDatabase(options: DatabaseOptions, afterMigrate?: (orm: MikroORM) => Promise<void>): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(options));
  try {
    const migrate = async () => {
      await orm.getMigrator().up();
      await afterMigrate?.(orm);
    };
    if (databaseKind(options) === 'postgresql') await withSessionLock(options.databaseUrl!, MIGRATION_LOCK, migrate, options.logger);
    else await withFileLock(startupLockFile(options.dataDir), migrate, (holder, waitedMs) => reportWait(options.logger, holder, waitedMs));
  } catch (err) {
    await orm.close(true);
    throw err;
  }
  return orm;
}

/** The SQLite start-up lock (a named file of its own: the plain lock file of earlier versions is not reused). */
export function startupLockFile(dataDir: string): string {
  return `${sqliteFile(dataDir)}.startup-lock`;
}

function reportWait(logger: DatabaseOptions['logger'], holder: Partial<LockHolder> | null, waitedMs: number): void {
  logger?.warn({ holder, waitedMs }, 'waiting for another process to finish migrating the database');
}

async function withSessionLock<T>(url: string, key: number, fn: () => Promise<T>, logger: DatabaseOptions['logger']): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    let reported = -Infinity;
    while (!(await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [key])).rows[0].locked) {
      const waited = Date.now() - started;
      if (waited - reported >= REPORT_EVERY_MS) {
        reported = waited;
        reportWait(logger, await advisoryLockHolder(client, key), waited);
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await client.end();
  }
}

/**
 * The backend holding a session advisory lock of this database (the same key in another database of the server
 * is another registry's lock), and where it connects from (for the log).
 */
async function advisoryLockHolder(client: pg.Client, key: number): Promise<Partial<LockHolder> | null> {
  const { rows } = await client.query<{ pid: number; client_addr: string | null }>(
    `select a.pid, host(a.client_addr) as client_addr from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid = $1
        and l.database = (select oid from pg_database where datname = current_database()) limit 1`,
    [key],
  );
  return rows[0] ? { pid: rows[0].pid, hostname: rows[0].client_addr ?? undefined } : null;
}
