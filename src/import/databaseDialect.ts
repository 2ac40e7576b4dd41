import type { SqlEntityManager } from '@mikro-orm/knex';

/** Whether the entity manager talks to PostgreSQL (else the embedded SQLite). */
export function isPostgreSql(em: SqlEntityManager): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}

/** Runs one statement on the entity manager's connection, inside its transaction when one is open. */
export function execute<T = Record<string, unknown>>(em: SqlEntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute(sql, params, 'all', em.getTransactionContext()) as Promise<T[]>;
}

/** Runs one statement that returns no rows (an insert), inside the entity manager's transaction when one is open. */
export async function run(em: SqlEntityManager, sql: string, params: unknown[]): Promise<void> {
  await em.getConnection().execute(sql, params, 'run', em.getTransactionContext());
}
