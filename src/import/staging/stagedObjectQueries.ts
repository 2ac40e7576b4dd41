import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import type { ArchiveRecord } from '../../archive/record.js';
import { isPostgres } from '../../db/dialect.js';
import { execute, rawQuery } from '../../db/rawQuery.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { attributeProfile, type AttributeProfile } from '../../registry/validation/kindValidators.js';
import { type ArchiveType, archiveTypeOf, type ArchiveTypes, type VersionTypes } from '../planner/archiveTypes.js';
import type { StagedObject } from '../planner/types.js';
import { checkPageSize, lineCursor } from '../../db/keysetPages.js';

export interface StagedObjectFilter {
  kinds?: ObjectKind[] | null;
  /** Case-insensitive substring of the name. */
  nameContains?: string | null;
}

/** A staged object as listed: its columns and the record itself. */
export interface StagedObjectListing {
  line: number;
  uuid: string;
  kind: ObjectKind;
  name: string;
  record: ArchiveRecord;
}

export interface StagedObjectPage {
  rows: StagedObjectListing[];
  hasNextPage: boolean;
}

export const MAX_STAGED_PAGE = 500;
/** Rows per statement when streaming every object of an import. */
const STREAM_PAGE = 1000;

/** Cursors are the line, opaque to clients. */
const stagedCursor = lineCursor('line');

export function encodeLineCursor(line: number): string {
  return stagedCursor.encode(line);
}

function decodeLineCursor(cursor: string): number {
  return stagedCursor.decode(cursor);
}

/** One page of the import's objects in archive order (keyset on line), filtered in SQL. */
export async function findStagedObjectPage(
  em: SqlEntityManager,
  stagedImportId: string,
  filter: StagedObjectFilter,
  first: number,
  after: string | null,
): Promise<StagedObjectPage> {
  checkPageSize(first, MAX_STAGED_PAGE);
  const afterLine = after ? decodeLineCursor(after) : 0;
  const rows = await rawQuery<{ line: number; uuid: string; kind: ObjectKind; name: string; record: string }>(
    em,
    matching(em, stagedImportId, filter)
      .andWhere('line', '>', afterLine)
      .select('line', 'uuid', 'kind', 'name', 'record')
      .orderBy('line')
      .limit(first + 1),
  );
  const listed = rows
    .slice(0, first)
    .map((r) => ({ ...r, line: Number(r.line), record: JSON.parse(r.record) as ArchiveRecord }));
  return { rows: listed, hasNextPage: rows.length > first };
}

/** How many of the import's objects match the filter. */
export async function countStagedObjects(
  em: SqlEntityManager,
  stagedImportId: string,
  filter: StagedObjectFilter,
): Promise<number> {
  const [row] = await rawQuery<{ n: number | string }>(em, matching(em, stagedImportId, filter).count({ n: '*' }));
  return Number(row?.n ?? 0);
}

/** The import's objects counted by kind (one statement over the (import, kind, line) index). */
export async function countStagedObjectsByKind(
  em: SqlEntityManager,
  stagedImportId: string,
): Promise<{ kind: ObjectKind; count: number }[]> {
  const rows = await rawQuery<{ kind: ObjectKind; n: number | string }>(
    em,
    matching(em, stagedImportId, {}).select('kind').count({ n: '*' }).groupBy('kind').orderBy('kind'),
  );
  return rows.map((r) => ({ kind: r.kind, count: Number(r.n) }));
}

/**
 * Every staged object of an import in archive order, as the planner takes them, read a range of lines at a
 * time so memory holds one page. Attributes, the bulk of a record, are kept only for assets of the object
 * types in `attributesOf`: the database drops the others from the record's text before it is sent, so they are
 * neither transferred nor parsed (a record without them gets `withoutAttributes`). Check the import with
 * loadStagedImport first: this reads rows only.
 */
export async function* stagedObjects(
  em: SqlEntityManager,
  stagedImportId: string,
  attributesOf: ReadonlySet<string>,
  withoutAttributes: Record<string, unknown>,
  pageSize = STREAM_PAGE,
): AsyncGenerator<StagedObject> {
  const record = recordSql(em, [...attributesOf]);
  const read = ([after, until]: [number, number]) =>
    rawQuery<{ line: number; record: string; content_digest: string; attribute_profile: string | null }>(
      em,
      matching(em, stagedImportId, {})
        .andWhere('line', '>', after)
        .andWhere('line', '<=', until)
        .select('line', 'content_digest', 'attribute_profile', em.getKnex().raw(`${record.sql} as record`, record.bindings))
        .orderBy('line'),
    );
  const ranges = lineRanges(em, stagedImportId, pageSize);
  let range = await ranges.next();
  let reading = range.done ? null : read(range.value);
  while (reading) {
    const rows = await reading;
    // The next range is read while the caller works through this one: the database works (SQLite in its own
    // thread, PostgreSQL in its process) while JavaScript plans. Its failure, should the caller stop first, is
    // nobody's to handle.
    range = await ranges.next();
    reading = range.done ? null : read(range.value);
    reading?.catch(() => undefined);
    for (const row of rows) {
      const parsed = JSON.parse(row.record) as ArchiveRecord;
      const stripped = parsed.attributes === undefined;
      parsed.attributes ??= withoutAttributes;
      const object: StagedObject = { line: Number(row.line), record: parsed, contentDigest: row.content_digest };
      if (parsed.kind === ObjectKind.ASSET) object.attributeProfile = profileOf(row.attribute_profile, parsed, stripped);
      yield object;
    }
  }
}

/**
 * The archive's object types with their timestamps and attribute definitions, for validating assets against the
 * type that will hold (validationRule): object types are few, and every page of a paged plan needs them.
 */
export async function stagedObjectTypes(em: SqlEntityManager, stagedImportId: string): Promise<ArchiveTypes> {
  const types = new Map<string, ArchiveType>();
  const rows = await rawQuery<{ record: string }>(
    em,
    matching(em, stagedImportId, { kinds: [ObjectKind.OBJECT_TYPE] }).select('record').orderBy('line'),
  );
  for (const row of rows) {
    const record = JSON.parse(row.record) as ArchiveRecord<ObjectKind.OBJECT_TYPE>;
    types.set(record.uuid, archiveTypeOf(record));
  }
  return types;
}

/**
 * The object type of every staged asset another staged asset names as its previous version (versionTypesOf for
 * a plan made in pages): one statement, the database reading the records' JSON.
 */
export async function stagedVersionTypes(em: SqlEntityManager, stagedImportId: string): Promise<VersionTypes> {
  const pg = isPostgres(em);
  const json = (alias: string, path: string[]) => (pg ? `(${alias}.record::jsonb #>> '{${path.join(',')}}')` : `json_extract(${alias}.record, '$.${path.join('.')}')`);
  // The named previous versions are gathered once (a materialized CTE on PostgreSQL): right after staging its
  // statistics believe staged_object holds a handful of rows, and inlined, the subquery became a nested loop that
  // parsed a record's JSON for every pair of rows (100k objects: planning never finished). Each name is then looked
  // up by the (staged_import_id, uuid) index.
  const rows = await execute<{ uuid: string; object_type: string | null }>(
    em,
    `with named as ${pg ? 'materialized ' : ''}(
        select distinct ${json('s', ['previousVersion'])} as uuid from staged_object s where s.staged_import_id = ? and s.kind = 'ASSET')
      select p.uuid, ${json('p', ['fields', 'objectType'])} as object_type from named n
        join staged_object p on p.staged_import_id = ? and p.uuid = n.uuid
      where p.kind = 'ASSET'`,
    [stagedImportId, stagedImportId],
  );
  return new Map(rows.flatMap((r) => (r.object_type ? [[r.uuid, r.object_type] as const] : [])));
}

/** The staged profile; else (staged before profiles were) the record's own, or null when its values were not read. */
function profileOf(stored: string | null, record: ArchiveRecord, stripped: boolean): AttributeProfile | null {
  if (stored !== null) return JSON.parse(stored) as AttributeProfile;
  return stripped ? null : attributeProfile(record.attributes);
}

/**
 * Every staged object's UUID, kind and name, in line order, `pageSize` lines per statement (no record read): a
 * page at a time, so that what is kept of them is the caller's choice.
 */
export async function* stagedIdentities(
  em: SqlEntityManager,
  stagedImportId: string,
  pageSize: number,
): AsyncGenerator<{ uuid: string; kind: ObjectKind; name: string }[]> {
  for await (const [after, until] of lineRanges(em, stagedImportId, pageSize)) {
    yield await rawQuery<{ uuid: string; kind: ObjectKind; name: string }>(
      em,
      matching(em, stagedImportId, {}).andWhere('line', '>', after).andWhere('line', '<=', until).select('uuid', 'kind', 'name').orderBy('line'),
    );
  }
}

/**
 * A staged import's lines as ranges (after, until] of `size`. Pages are ranges of lines, not `line > ? order by
 * line limit ?`: right after staging, PostgreSQL's statistics do not know the rows yet, and for a large limit it
 * then reads every remaining row, transforms its record and sorts them all, for every page (14 s instead of 1 s
 * for 100k objects). A range reads its rows only.
 */
async function* lineRanges(em: SqlEntityManager, stagedImportId: string, size: number): AsyncGenerator<[number, number]> {
  const [{ last }] = await rawQuery<{ last: number | string | null }>(em, matching(em, stagedImportId, {}).max({ last: 'line' }));
  for (let after = 0; after < Number(last ?? 0); after += size) yield [after, after + size];
}

/** The record's text, without its attributes unless it is an asset of one of `types`. */
function recordSql(em: SqlEntityManager, types: string[]): { sql: string; bindings: string[] } {
  const postgres = isPostgres(em);
  const stripped = postgres ? `(record::jsonb - 'attributes')::text` : `json_remove(record, '$.attributes')`;
  if (types.length === 0) return { sql: stripped, bindings: [] };
  const objectType = postgres ? `(record::jsonb #>> '{fields,objectType}')` : `json_extract(record, '$.fields.objectType')`;
  const list = types.map(() => '?').join(', ');
  return { sql: `case when kind = 'ASSET' and ${objectType} in (${list}) then record else ${stripped} end`, bindings: types };
}

function matching(em: SqlEntityManager, stagedImportId: string, filter: StagedObjectFilter): Knex.QueryBuilder {
  const query = em.getKnex()('staged_object').where('staged_import_id', stagedImportId);
  if (filter.kinds?.length) query.whereIn('kind', filter.kinds);
  if (filter.nameContains) {
    // An explicit ESCAPE: SQLite has no default escape character, so `\%` would otherwise mean backslash + any.
    const pattern = `%${filter.nameContains.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.whereRaw('lower(name) like ? escape ?', [pattern, '\\']);
  }
  return query;
}

/** UUIDs per statement when lines are looked up by UUID. */
const LINES_CHUNK = 500;

/** The lines of these staged objects, by UUID (the (staged_import_id, uuid) index); UUIDs not staged are absent. */
export async function stagedLines(em: SqlEntityManager, stagedImportId: string, uuids: readonly string[]): Promise<Map<string, number>> {
  const lines = new Map<string, number>();
  const unique = [...new Set(uuids)];
  for (let i = 0; i < unique.length; i += LINES_CHUNK) {
    const chunk = unique.slice(i, i + LINES_CHUNK);
    const rows = await rawQuery<{ uuid: string; line: number }>(
      em,
      matching(em, stagedImportId, {}).whereIn('uuid', chunk).select('uuid', 'line'),
    );
    for (const row of rows) lines.set(row.uuid, Number(row.line));
  }
  return lines;
}
