import type { Knex, SqlEntityManager } from '@mikro-orm/knex';

/**
 * Runs a knex query through MikroORM's connection, so it joins the entity manager's transaction (when one is
 * open) and appears in the query log like every ORM statement.
 */
export function rawQuery<T = Record<string, unknown>>(em: SqlEntityManager, qb: Knex.QueryBuilder | Knex.Raw): Promise<T[]> {
  return em.getConnection().execute(qb as never, [], 'all', em.getTransactionContext()) as Promise<T[]>;
}

/** Runs one statement on the entity manager's connection, inside its transaction when one is open. */
export function execute<T = Record<string, unknown>>(em: SqlEntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T[]>;
}

/** Runs one statement that returns no rows (an insert), inside the entity manager's transaction when one is open. */
export async function run(em: SqlEntityManager, sql: string, params: unknown[]): Promise<void> {
  await em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
}

/** Runs one writing statement inside the entity manager's transaction when one is open; resolves with the rows it changed. */
export async function runCounted(em: SqlEntityManager, sql: string, params: unknown[]): Promise<number> {
  const result = (await em.getConnection().execute(sql, params, 'run', em.getTransactionContext())) as { affectedRows?: number };
  return Number(result.affectedRows ?? 0);
}

/** JSON columns come back parsed from PostgreSQL and as text from SQLite. */
export function jsonColumn<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Datetime columns come back as Date from PostgreSQL and as epoch milliseconds or text from SQLite. */
export function dateColumn(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  return new Date(value as string);
}
