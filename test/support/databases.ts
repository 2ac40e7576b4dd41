import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

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

export async function sqliteDatabase(): Promise<TestDatabase> {
  const dataDir = tempDir();
  return { name: 'sqlite', dataDir, databaseUrl: null, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A fresh PostgreSQL database per test registry, dropped afterwards. */
export async function postgresDatabase(): Promise<TestDatabase> {
  const dataDir = tempDir();
  const dbName = `rb_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`create database ${dbName}`));
  return {
    name: 'postgresql',
    dataDir,
    databaseUrl: POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`),
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
