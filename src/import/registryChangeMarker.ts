import type { SqlEntityManager } from '@mikro-orm/knex';
import { execute } from '../db/rawQuery.js';
import { isPostgres } from '../db/dialect.js';

/** Bumped by every import commit of this process, whatever its outcome. */
let generation = 0;

/** Records that this process wrote (or tried to write) the registry: cached previews are no longer trusted. */
export function bumpRegistryGeneration(): void {
  generation++;
}

/**
 * A cheap token that changes whenever the database may have changed, read in one or two O(1) statements, so a
 * cached preview can be served in milliseconds. It may change without a registry change (then the cache checks
 * the registry's content before recomputing anything), but it never stays equal across a committed write:
 * - PostgreSQL: the current snapshot (`xmin:xmax:in-progress xids`). Any transaction that writes gets an xid,
 *   and its commit changes the snapshot, whichever replica or connection made it.
 * - SQLite: `total_changes()` counts every row this process's connection wrote, `PRAGMA data_version` changes
 *   when another connection (the commit's own, or another process) commits to the file.
 * The process's import generation is part of it on both, as a belt to those braces.
 */
export async function registryChangeMarker(em: SqlEntityManager): Promise<string> {
  if (isPostgres(em)) {
    const [row] = await execute<{ snapshot: string }>(em, 'select pg_current_snapshot()::text as snapshot');
    return `pg:${generation}:${row.snapshot}`;
  }
  const [changes] = await execute<{ changes: number }>(em, 'select total_changes() as changes');
  const [version] = await execute<{ data_version: number }>(em, 'pragma data_version');
  return `sqlite:${generation}:${changes.changes}:${version.data_version}`;
}
