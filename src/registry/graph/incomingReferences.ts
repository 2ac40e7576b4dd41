import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../../auth/accessControl.js';
import { rawQuery } from '../../db/rawQuery.js';
import type { ReferenceView } from '../../graphql/loaders.js';
import { MAX_PAGE_SIZE } from '../objectQueries.js';
import { visibleObjectsQuery } from './visibleObjects.js';
import { checkPageSize, stringPairCursor } from '../../db/keysetPages.js';

const referenceCursor = stringPairCursor();

export function encodeReferenceCursor(r: Pick<ReferenceView, 'name' | 'sourceUuid'>): string {
  return referenceCursor.encode([r.name, r.sourceUuid]);
}

function decodeReferenceCursor(cursor: string): [string, string] {
  return referenceCursor.decode(cursor);
}

/**
 * References pointing at `target` from objects the caller may view, a page at a time (keyset on name, source),
 * in one statement: an object type a million assets use is paged, never loaded whole as `referencedBy` would.
 */
export async function incomingReferencePage(
  em: SqlEntityManager,
  access: AccessControl,
  target: string,
  first: number,
  after: string | null,
): Promise<{ references: ReferenceView[]; hasNextPage: boolean }> {
  checkPageSize(first, MAX_PAGE_SIZE);
  const q = incoming(em, access, target).select('r.name', 'r.source_uuid').orderBy([{ column: 'r.name' }, { column: 'r.source_uuid' }]).limit(first + 1);
  if (after) {
    const [name, source] = decodeReferenceCursor(after);
    q.where((w) => w.where('r.name', '>', name).orWhere((same) => same.where('r.name', name).andWhere('r.source_uuid', '>', source)));
  }
  const rows = await rawQuery<{ name: string; source_uuid: string }>(em, q);
  const references = rows.slice(0, first).map((r) => ({ name: r.name, sourceUuid: r.source_uuid, targetUuid: target }));
  return { references, hasNextPage: rows.length > first };
}

/** How many references point at `target` from objects the caller may view. */
export async function countIncomingReferences(em: SqlEntityManager, access: AccessControl, target: string): Promise<number> {
  const [row] = await rawQuery<{ n: unknown }>(em, incoming(em, access, target).count({ n: '*' }));
  return Number(row?.n ?? 0);
}

function incoming(em: SqlEntityManager, access: AccessControl, target: string) {
  return em
    .getKnex()
    .from('object_reference as r')
    .join(visibleObjectsQuery(em, access).as('s'), 's.uuid', 'r.source_uuid')
    .where('r.target_uuid', target);
}
