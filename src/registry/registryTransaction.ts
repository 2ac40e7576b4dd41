import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../db/dialect.js';
import { execute, run } from '../db/rawQuery.js';
import { RegistryError } from '../errors/registryError.js';

/**
 * Takes the registry's write lock, first thing in a transaction, before anything the write depends on is read.
 *
 * PostgreSQL: the registry revision's row lock. Every statement that writes registry_object, permission_grant or
 * object_reference takes it anyway (a before-statement trigger), but only when that statement starts, and a
 * statement's snapshot is taken before its triggers run: an UPDATE that waited there for an import commit went on
 * with the snapshot from before the commit, found the row it meant to change deleted (an import replaces a row by
 * deleting and inserting it) and the new one invisible, matched nothing, and was reported as success. Taken
 * first, the lock makes every read of the write come after the commit it waited for.
 *
 * SQLite: a no-op write takes the database's write lock now (waiting up to busy_timeout, like BEGIN IMMEDIATE), so
 * a deferred transaction never reads one state and then fails to write over another writer's commit.
 */
export async function lockRegistryWrites(tx: SqlEntityManager): Promise<void> {
  if (isPostgres(tx)) await execute(tx, 'select revision from registry_revision where id = 1 for update');
  else await run(tx, 'update registry_revision set revision = revision where id = 1', []);
}

/**
 * Runs one write of the registry (objects, references, grants) in a transaction that holds the registry's write
 * lock from its first statement: writes apply one after another, each to the state the previous one left, in
 * every replica. A write that still finds its row changed under it (the ORM's concurrency check on an object's
 * timestamp matched no row) fails with OBJECT_CHANGED, and a row another writer created first with CONFLICT:
 * never success for a write that did not happen.
 */
export async function inRegistryTransaction<T>(em: SqlEntityManager, work: (tx: SqlEntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(async (tx) => {
      await lockRegistryWrites(tx as SqlEntityManager);
      return work(tx as SqlEntityManager);
    });
  } catch (error) {
    throw namedWriteError(error);
  }
}

function namedWriteError(error: unknown): unknown {
  if (error instanceof OptimisticLockError) {
    const entity = error.getEntity() as { uuid?: string; id?: string } | undefined;
    return RegistryError.objectChanged(entity?.uuid ? 'Object' : 'Row', entity?.uuid ?? entity?.id ?? 'unknown');
  }
  if (error instanceof UniqueConstraintViolationException) {
    return RegistryError.conflict('Another write created the same row first; nothing was written. Read again and retry.');
  }
  return error;
}
