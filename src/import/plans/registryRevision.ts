import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../../db/dialect.js';
import { execute } from '../../db/rawQuery.js';

/**
 * The registry revision: a durable counter that database triggers advance on every write to registry_object and
 * permission_grant (the migration storedPlans), whoever writes, in whatever process or replica. Everything a plan
 * depends on lives in those two tables (objects, policies, lifecycle models, users with their roles and groups,
 * grants), so a plan whose inputs were read after the revision was still holds while the revision is the same.
 * Read it BEFORE a plan's inputs: a write landing in between can only make the plan look stale, never current.
 *
 * `lock` (PostgreSQL, inside a transaction): also takes the counter's row lock, which every registry writer needs
 * (the triggers run before each writing statement), so nothing changes the registry until the transaction ends.
 */
export async function registryRevision(em: SqlEntityManager, lock = false): Promise<string> {
  const forUpdate = lock && isPostgres(em) ? ' for update' : '';
  const [row] = await execute<{ revision: string | number }>(em, `select revision from registry_revision where id = 1${forUpdate}`);
  return String(row.revision);
}
