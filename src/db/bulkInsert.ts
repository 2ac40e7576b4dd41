import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from './dialect.js';

/** How values of the column types an import writes are bound on the database in use (as MikroORM stores them). */
export interface ColumnEncoding {
  date(value: Date): unknown;
  bool(value: boolean): unknown;
  json(value: unknown): string;
}

/** SQLite: datetimes as epoch milliseconds and booleans as 0/1, as MikroORM writes them; JSON as text. */
const SQLITE: ColumnEncoding = {
  date: (value) => value.getTime(),
  bool: (value) => (value ? 1 : 0),
  json: (value) => JSON.stringify(value),
};

/** PostgreSQL: timestamptz from Date, boolean as is, jsonb parsed from its text. */
const POSTGRESQL: ColumnEncoding = {
  date: (value) => value,
  bool: (value) => value,
  json: (value) => JSON.stringify(value),
};

export function columnEncoding(em: SqlEntityManager): ColumnEncoding {
  return isPostgres(em) ? POSTGRESQL : SQLITE;
}

/** The protected Connection.executeQuery of MikroORM: runs `cb` and logs `query` as every statement is logged. */
interface LoggingConnection {
  executeQuery<T>(query: string, cb: () => Promise<T>, context?: object): Promise<T>;
}

/**
 * One multi-row INSERT of `rows` (values in `columns` order, already encoded) through the entity manager's
 * connection, inside its transaction and in its query log. The import's bulk path: the statement is what
 * `em.insertMany` would send, without its per-property processing of every row, which measured a third of the
 * CPU time of writing 100k objects; no entity and no identity map are involved either way.
 *
 * The values are sent as bound parameters (knex passes them to the driver), not through
 * `Connection.execute`, which inlines every value into one formatted SQL text first: for 1000 objects with
 * 1 KiB of attributes that is a megabyte-sized string per statement, allocated straight into the old
 * generation, which made the heap of a 100k-object commit grow by hundreds of MB before V8 collected it.
 */
export async function insertRows(em: SqlEntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${rows.map(() => tuple).join(', ')}`;
  const bindings: unknown[] = [];
  for (const row of rows) for (const value of row) bindings.push(value === undefined ? null : value);
  await runBound(em, sql, bindings);
}

/**
 * PostgreSQL: inserts `rows` (objects keyed by column; JSON columns as values, not text) as ONE parameter, a
 * JSON array the server turns into rows (`json_populate_recordset`). Thousands of bound parameters cost the
 * driver about as much JavaScript time as the server spends inserting; one JSON text is a single
 * `JSON.stringify`, so the work happens in the database's process, while this one goes on.
 */
export async function insertJsonRows(em: SqlEntityManager, table: string, columns: readonly string[], rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.map((c) => `"${c}"`).join(', ');
  const sql = `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", cast(? as json))`;
  await runBound(em, sql, [JSON.stringify(rows)]);
}

/** Runs `sql` with bound parameters through the entity manager's connection and transaction, logged. */
export async function runBound(em: SqlEntityManager, sql: string, bindings: unknown[]): Promise<void> {
  const transaction = em.getTransactionContext();
  const connection = em.getConnection() as unknown as LoggingConnection;
  await connection.executeQuery(
    sql,
    async () => {
      const query = em.getKnex().raw(sql, bindings as never);
      if (transaction) query.transacting(transaction);
      await query;
    },
    { query: sql, params: bindings },
  );
}
