import { raw, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import type { ObjectKind } from '../domain/objectKind.js';
import { substringPositionSql } from '../db/dialect.js';
import { RegistryObjectEntity } from '../entities/index.js';
import { checkPageSize, stringPairCursor } from '../db/keysetPages.js';
import { VIEWED_OBJECT_COLUMNS, viewedObjectFromColumns, type ViewedObjectRow } from './objectViewRows.js';

export interface ObjectListFilter {
  kinds?: ObjectKind[] | null;
  objectType?: string | null;
  organization?: string | null;
  owner?: string | null;
  lifecycleState?: string | null;
  nameContains?: string | null;
}

export interface ObjectPage {
  rows: ViewedObjectRow[];
  hasNextPage: boolean;
  filter: FilterQuery<RegistryObjectEntity>;
}

export const MAX_PAGE_SIZE = 500;

const objectCursor = stringPairCursor();

export function encodeCursor(row: Pick<RegistryObjectEntity, 'name' | 'uuid'>): string {
  return objectCursor.encode([row.name, row.uuid]);
}

function decodeCursor(cursor: string): [string, string] {
  return objectCursor.decode(cursor);
}

/** Case-insensitive substring match that treats % and _ literally, on both databases. */
function nameContains(em: SqlEntityManager, text: string): FilterQuery<RegistryObjectEntity> {
  const position = raw(substringPositionSql(em, 'lower(name)'), [text.toLowerCase()]);
  return { [position]: { $gt: 0 } } as FilterQuery<RegistryObjectEntity>;
}

/** The visible objects matching a filter, one page in one statement (keyset on name, uuid), as plain rows. */
export async function findObjectPage(
  em: SqlEntityManager,
  access: AccessControl,
  filter: ObjectListFilter,
  first: number,
  after: string | null,
): Promise<ObjectPage> {
  checkPageSize(first, MAX_PAGE_SIZE);
  await access.ready();
  // Built anew for each statement: a raw() fragment (the name filter) is spent by the query that uses it.
  const conditions = (): FilterQuery<RegistryObjectEntity>[] => {
    const list: FilterQuery<RegistryObjectEntity>[] = [access.visibleFilter()];
    if (filter.kinds?.length) list.push({ kind: { $in: filter.kinds } });
    if (filter.objectType) list.push({ objectTypeUuid: filter.objectType });
    if (filter.organization) list.push({ organizationUuid: filter.organization });
    if (filter.owner) list.push({ ownerUuid: filter.owner });
    if (filter.lifecycleState) list.push({ lifecycleStateUuid: filter.lifecycleState });
    if (filter.nameContains) list.push(nameContains(em, filter.nameContains));
    return list;
  };
  const keyset: FilterQuery<RegistryObjectEntity>[] = [];
  if (after) {
    const [name, uuid] = decodeCursor(after);
    // `name >= ?` says the same as the $or's first step, in a form both databases seek an index range with: without
    // it they walked the kind's index from its start to the cursor (11 ms at the middle of 100k assets, not 0.1).
    keyset.push({ name: { $gte: name } }, { $or: [{ name: { $gt: name } }, { name, uuid: { $gt: uuid } }] });
  }
  // Plain rows, not entities: a page is only read, and hydrating it into the identity map cost more than the query.
  const raw = (await em
    .createQueryBuilder(RegistryObjectEntity)
    .select([...VIEWED_OBJECT_COLUMNS])
    .where({ $and: [...conditions(), ...keyset] })
    .orderBy({ name: 'asc', uuid: 'asc' })
    .limit(first + 1)
    .execute('all', false)) as Record<string, unknown>[];
  const rows = raw.map(viewedObjectFromColumns);
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first, filter: { $and: conditions() } };
}
