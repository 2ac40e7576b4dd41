import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { copyMigratedSqlite, migratedPostgresTemplate } from './migratedTemplates.js';

/** Where a test registry keeps its data: a temporary directory, and for PostgreSQL its own database. */
export interface TestDatabase {
  name: 'sqlite' | 'postgresql';
  dataDir: string;
  databaseUrl: string | null;
  drop(): Promise<void>;
}

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'rb-test-'));
}

async function withAdminClient<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** An empty SQLite database (no file yet): the registry's first start migrates it. */
export async function emptySqliteDatabase(): Promise<TestDatabase> {
  const dataDir = tempDir();
  return { name: 'sqlite', dataDir, databaseUrl: null, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A fresh SQLite database per test registry, migrated (a copy of migratedTemplates.ts's template), removed afterwards. */
export async function sqliteDatabase(): Promise<TestDatabase> {
  const db = await emptySqliteDatabase();
  await copyMigratedSqlite(db.dataDir);
  return db;
}

const postgresUrl = (dbName: string) => POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);

/** A fresh, empty PostgreSQL database per test registry (the registry's first start migrates it), dropped afterwards. */
export function emptyPostgresDatabase(): Promise<TestDatabase> {
  return newPostgresDatabase(null);
}

/** A fresh PostgreSQL database per test registry, migrated (created from migratedTemplates.ts's template), dropped afterwards. */
export async function postgresDatabase(): Promise<TestDatabase> {
  return newPostgresDatabase(await migratedPostgresTemplate(withAdminClient, postgresUrl));
}

async function newPostgresDatabase(template: string | null): Promise<TestDatabase> {
  const dataDir = tempDir();
  const dbName = `rb_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`create database ${dbName}${template ? ` template ${template}` : ''}`));
  return {
    name: 'postgresql',
    dataDir,
    databaseUrl: postgresUrl(dbName),
    drop: async () => {
      await withAdminClient((c) => c.query(`drop database if exists ${dbName} with (force)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Another registry on the same database (a second replica): its own data directory, the same PostgreSQL
 * database. Dropping it removes only its directory; the database belongs to `db`.
 */
export function sharedDatabase(db: TestDatabase): TestDatabase {
  const dataDir = tempDir();
  return { ...db, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * The databases every integration suite runs against (`describe.each(databases)`). TEST_DATABASES=sqlite
 * narrows a local run; CI runs both.
 */
export const databases = [
  { name: 'sqlite', create: sqliteDatabase },
  { name: 'postgresql', create: postgresDatabase },
].filter((d) => (process.env.TEST_DATABASES ?? 'sqlite,postgresql').split(',').includes(d.name));
