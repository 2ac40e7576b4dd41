import type { SqlEntityManager } from '@mikro-orm/knex';

/** Whether the entity manager talks to PostgreSQL (else the embedded SQLite). */
export function isPostgres(em: SqlEntityManager): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}

/** SQL for the 1-based position of a substring: SQLite has instr(), PostgreSQL strpos(). */
export function substringPositionSql(em: SqlEntityManager, haystackSql: string): string {
  return isPostgres(em) ? `strpos(${haystackSql}, ?)` : `instr(${haystackSql}, ?)`;
}

/** Serializes a critical section across replicas sharing one PostgreSQL database (SQLite serializes writers anyway). */
export async function lockForTransaction(em: SqlEntityManager, key: number): Promise<void> {
  if (isPostgres(em)) {
    await em.getConnection().execute('select pg_advisory_xact_lock(?)', [key], 'all', em.getTransactionContext());
  }
}
