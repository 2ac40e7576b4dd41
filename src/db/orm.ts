import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SqliteDriver } from '@mikro-orm/sqlite';
import pg from 'pg';
import { entities } from '../entities/index.js';
import { withFileLock } from './fileLock.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface DatabaseOptions {
  /** postgresql://… for PostgreSQL; null for the embedded SQLite file under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  /** Called with every SQL statement; tests use it to count statements. Off (and free) when absent. */
  onQuery?: (sql: string) => void;
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

/**
 * Connects and brings the schema up to date with the migrations of the database in use, one process at a
 * time: on PostgreSQL under a session advisory lock taken on a dedicated connection, on SQLite under a lock
 * file beside the database. A process starting while another migrates waits, then finds nothing left to do.
 * `afterMigrate` (first-start work such as bootstrapping) runs inside the same lock.
 */
export async function openDatabase(options: DatabaseOptions, afterMigrate?: (orm: MikroORM) => Promise<void>): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(options));
  try {
    const migrate = async () => {
      await orm.getMigrator().up();
      await afterMigrate?.(orm);
    };
    if (databaseKind(options) === 'postgresql') await withSessionLock(options.databaseUrl!, MIGRATION_LOCK, migrate);
    else await withFileLock(`${sqliteFile(options.dataDir)}.migrate.lock`, migrate);
  } catch (err) {
    await orm.close(true);
    throw err;
  }
  return orm;
}

async function withSessionLock<T>(url: string, key: number, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [key]);
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await client.end();
  }
}
