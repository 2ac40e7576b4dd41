import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import sqlite3 from 'sqlite3';
import { isPostgres } from './dialect.js';
import { rawQuery } from './rawQuery.js';

/** Runs read-only knex queries, on the entity manager's connection or on a connection of its own. */
export interface RowReader {
  all<T>(query: Knex.QueryBuilder): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * A reader for rows that never change once written (a staged import's objects), on a SQLite connection of its
 * own: the service's one connection runs every statement one after the other, so a plan's read of the next page
 * of staged records queued behind the registry reads of the page's view, with the main thread idle (a third of
 * pass A). A second, read-only connection lets SQLite work on both at once (WAL: readers never wait for the
 * writer, and see what was committed, which staged rows always are). PostgreSQL needs none: outside a transaction
 * its pool already spreads statements over connections, so there it reads through `em` (as it does for an
 * in-memory SQLite database).
 */
export async function openSideReader(em: SqlEntityManager): Promise<RowReader> {
  const file = isPostgres(em) ? undefined : em.config.get('dbName');
  // An in-memory database has no file another connection could open.
  if (!file || file === ':memory:') return { all: (query) => rawQuery(em, query), close: async () => undefined };
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => (err ? reject(err) : resolve(opened)));
  });
  db.configure('busyTimeout', 10_000);
  return {
    all<T>(query: Knex.QueryBuilder) {
      const { sql, bindings } = query.toSQL().toNative();
      return new Promise<T[]>((resolve, reject) => db.all(sql, bindings as unknown[], (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
    },
    close: () => new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve()))),
  };
}
