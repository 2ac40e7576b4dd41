import type { SqlEntityManager } from '@mikro-orm/knex';
import type { StagedObject } from './planner/types.js';
import { stagedObjects } from './staging/stagedObjectQueries.js';

/** Rows per statement: 100k objects take twenty statements, each an index range scan of the primary key. */
const PAGE_SIZE = 5000;

/**
 * Every valid record of a staged import, in archive (line) order, as the planner takes them: keyset pages on
 * (staged_import_id, line), never one statement per object.
 */
export async function loadStagedObjects(em: SqlEntityManager, stagedImportId: string): Promise<StagedObject[]> {
  const objects: StagedObject[] = [];
  for await (const object of stagedObjects(em, stagedImportId, PAGE_SIZE)) objects.push(object);
  return objects;
}
