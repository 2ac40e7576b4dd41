import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute } from '../../db/rawQuery.js';
import { lockForTransaction } from '../../db/dialect.js';

/** The advisory lock every import commit holds for its whole transaction (first start uses 4242001). */
export const IMPORT_COMMIT_LOCK = 4242002;

/**
 * Serializes import commits across every replica sharing a PostgreSQL database: the first statement of the
 * commit transaction waits for the lock, which the database releases at commit or rollback (or when a crashed
 * process's connection drops). Two commits touching the same objects therefore apply one after the other, the
 * second planning against what the first wrote: no lost update. On SQLite a commit's first write takes the
 * database's single write lock instead (see commitImport).
 */
export function lockImportCommits(tx: SqlEntityManager): Promise<void> {
  return lockForTransaction(tx, IMPORT_COMMIT_LOCK);
}

/**
 * PostgreSQL: whether no commit holds the lock right now (tried, and released at once, in a transaction of its
 * own). A RUNNING record whose commit holds nothing, in no process, was cut short by a crash.
 */
export async function noCommitRunning(em: SqlEntityManager): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const [row] = await execute<{ free: boolean }>(tx, `select pg_try_advisory_xact_lock(${IMPORT_COMMIT_LOCK}) as free`);
    return row.free === true;
  });
}
