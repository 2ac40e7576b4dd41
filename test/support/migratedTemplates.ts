import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, sqliteFile } from '../../src/db/orm.js';

/*
 * Migrating a fresh database costs a registry start 0.4-1.2 s on this machine, and the suite starts a few
 * hundred registries. Each database kind is migrated once into a template named by a digest of its migrations;
 * a test database is a copy of it (CREATE DATABASE … TEMPLATE on PostgreSQL, a file copy on SQLite). The
 * registry still runs its migrator at start and finds nothing pending, as a restarted production registry does;
 * the migration of an empty database keeps its own tests (replicas.test.ts, startupLock.test.ts, and this
 * builder, which migrates through the service's own openDatabase).
 */

const MIGRATIONS = path.resolve(import.meta.dirname, '../../src/db/migrations');

/** A digest of a kind's migration sources: a changed or added migration makes (and uses) a new template. */
function migrationsDigest(kind: 'sqlite' | 'postgresql'): string {
  const dir = path.join(MIGRATIONS, kind);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

/** Where the SQLite template lives: shared by the test workers of this machine, named by its migrations. */
const SQLITE_TEMPLATE_DIR = path.join(tmpdir(), `rb-template-sqlite-${migrationsDigest('sqlite')}`);

/**
 * Copies a migrated, empty SQLite database into `dataDir`. The template is built into a directory of its own
 * and renamed into place, so a worker never copies a half-migrated file; two workers building at once each
 * rename a complete one.
 */
export async function copyMigratedSqlite(dataDir: string): Promise<void> {
  const template = sqliteFile(SQLITE_TEMPLATE_DIR);
  if (!existsSync(template)) {
    const building = `${SQLITE_TEMPLATE_DIR}.building-${process.pid}-${randomBytes(4).toString('hex')}`;
    mkdirSync(building, { recursive: true });
    // Closing the last connection checkpoints the write-ahead log into the file: the file alone is the database.
    await (await openDatabase({ databaseUrl: null, dataDir: building })).close(true);
    for (const leftover of readdirSync(building)) if (leftover !== path.basename(template)) rmSync(path.join(building, leftover), { force: true });
    try {
      renameSync(building, SQLITE_TEMPLATE_DIR);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another worker's template got there first
    }
  }
  copyFileSync(template, sqliteFile(dataDir));
}

/** Advisory lock (on the administration database) held while one worker builds the PostgreSQL template. */
const TEMPLATE_LOCK = 4242900;
const POSTGRES_TEMPLATE = `rb_template_${migrationsDigest('postgresql')}`;
let postgresTemplate: Promise<string> | undefined;

/**
 * The name of a migrated, empty PostgreSQL database to create test databases from: built by the first worker
 * that needs it (under an advisory lock, so the others wait and reuse it), then kept for later runs. It is
 * migrated under another name and renamed when complete, and nothing stays connected to it, which
 * CREATE DATABASE … TEMPLATE requires.
 */
export function migratedPostgresTemplate(admin: (fn: (c: pg.Client) => Promise<void>) => Promise<void>, urlOf: (db: string) => string): Promise<string> {
  postgresTemplate ??= (async () => {
    await admin(async (c) => {
      const exists = async () => (await c.query('select 1 from pg_database where datname = $1', [POSTGRES_TEMPLATE])).rowCount === 1;
      if (await exists()) return;
      await c.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
      try {
        if (await exists()) return;
        const building = `${POSTGRES_TEMPLATE}_building`;
        await c.query(`drop database if exists ${building} with (force)`); // left by a worker that died building it
        await c.query(`create database ${building}`);
        await (await openDatabase({ databaseUrl: urlOf(building), dataDir: path.join(tmpdir(), `rb-template-pg-${process.pid}`) })).close(true);
        await c.query(`alter database ${building} rename to ${POSTGRES_TEMPLATE}`);
      } finally {
        await c.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
      }
    });
    return POSTGRES_TEMPLATE;
  })();
  postgresTemplate.catch(() => (postgresTemplate = undefined));
  return postgresTemplate;
}
