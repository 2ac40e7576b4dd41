import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../../auth/accessControl.js';
import { rawQuery } from '../../db/rawQuery.js';
import { RegistryError } from '../../errors/registryError.js';
import type { ReferenceView } from '../../graphql/loaders.js';
import { MAX_PAGE_SIZE } from '../objectQueries.js';
import { visibleObjectsQuery } from './visibleObjects.js';

export function encodeReferenceCursor(r: Pick<ReferenceView, 'name' | 'sourceUuid'>): string {
  return Buffer.from(JSON.stringify([r.name, r.sourceUuid])).toString('base64url');
}

function decodeReferenceCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // fall through to the error below
  }
  throw RegistryError.badInput('Invalid cursor: use a cursor returned by a previous page.');
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
  if (first < 0 || first > MAX_PAGE_SIZE) throw RegistryError.badInput(`first must be between 0 and ${MAX_PAGE_SIZE}.`);
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
