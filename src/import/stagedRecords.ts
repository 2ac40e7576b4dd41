import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ArchiveRecord } from '../archive/record.js';
import type { KindFieldsMap } from '../domain/kindFields.js';
import { ObjectKind } from '../domain/objectKind.js';
import { rawQuery } from '../db/rawQuery.js';
import type { PolicyView, StagedObject } from './planner/types.js';
import { stagedObjects } from './staging/stagedObjectQueries.js';

/** Rows per statement: 100k objects take twenty statements, each an index range scan of the primary key. */
const PAGE_SIZE = 5000;

/** Rows per statement when the commit reads whole records back (IN lists of lines). */
export const RECORD_BATCH = 1000;

/** The attributes of a record no policy can read: one shared, frozen empty object (writing to it throws). */
const NO_ATTRIBUTES: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/**
 * The staged records of an import as the planner takes them. Attributes are the bulk of a record and the planner
 * reads them only to build policy subjects, so they are kept only for assets of `readableTypes`; every other
 * record holds empty attributes. The commit reads whole records back from staged_object (readStagedRecords).
 */
export interface PlanningRecords {
  objects: StagedObject[];
  /** Object types whose assets kept their attributes. */
  readableTypes: ReadonlySet<string>;
}

/**
 * The object types whose assets a policy can read: those listed by an enabled registry policy, none when the
 * archive is a complete organization (no policy runs then). Policies fire only for assets (policyRule).
 */
export function policyReadableTypes(policies: readonly PolicyView[], completeOrganization: string | null): Set<string> {
  const types = new Set<string>();
  if (completeOrganization) return types;
  for (const policy of policies) if (policy.fields.enabled) for (const type of policy.fields.objectTypes) types.add(type);
  return types;
}

/** Whether records loaded keeping `kept` serve a plan whose policies read `needed`. */
export function keepsAttributesFor(kept: ReadonlySet<string>, needed: ReadonlySet<string>): boolean {
  for (const type of needed) if (!kept.has(type)) return false;
  return true;
}

/**
 * Every valid record of a staged import, in archive (line) order, attributes only where a policy can read them:
 * keyset pages on (staged_import_id, line), never one statement per object. Held for planning and by the plan
 * cache, so only what the planner needs stays in memory.
 */
export async function loadPlanningRecords(
  em: SqlEntityManager,
  stagedImportId: string,
  readableTypes: ReadonlySet<string>,
): Promise<PlanningRecords> {
  const objects: StagedObject[] = [];
  const strings = new Map<string, string>();
  const intern = (value: string) => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  for await (const object of stagedObjects(em, stagedImportId, PAGE_SIZE)) {
    const { record } = object;
    if (!policyCanRead(record, readableTypes)) record.attributes = NO_ATTRIBUTES;
    shareStrings(record, intern);
    objects.push(object);
  }
  return { objects, readableTypes };
}

/**
 * Makes the UUIDs and names that recur across records (reference targets are other records' UUIDs; the
 * organization, owner and object type of thousands of records are the same) one string each: JSON.parse gives
 * every occurrence its own copy, which held for planning is a fifth of the records' memory.
 */
function shareStrings(record: ArchiveRecord, intern: (value: string) => string): void {
  record.uuid = intern(record.uuid);
  if (record.version !== null) record.version = intern(record.version);
  if (record.previousVersion) record.previousVersion = intern(record.previousVersion);
  for (const ref of [record.owner, record.organization]) {
    if (!ref) continue;
    ref.uuid = intern(ref.uuid);
    ref.name = intern(ref.name);
  }
  for (const reference of record.references) {
    reference.name = intern(reference.name);
    reference.target = intern(reference.target);
  }
  if (record.kind === ObjectKind.ASSET) {
    const fields = record.fields as KindFieldsMap['ASSET'];
    fields.objectType = intern(fields.objectType);
  }
}

function policyCanRead(record: ArchiveRecord, readableTypes: ReadonlySet<string>): boolean {
  return record.kind === ObjectKind.ASSET && readableTypes.has((record.fields as KindFieldsMap['ASSET']).objectType);
}

/**
 * The whole staged records at `lines` (at most RECORD_BATCH of them), in the order of `lines`: one statement.
 * The commit reads the records it writes back this way, a batch at a time, instead of holding them all.
 */
export async function readStagedRecords(em: SqlEntityManager, stagedImportId: string, lines: readonly number[]): Promise<ArchiveRecord[]> {
  if (lines.length === 0) return [];
  const rows = await rawQuery<{ line: number | string; record: string }>(
    em,
    em.getKnex()('staged_object').where('staged_import_id', stagedImportId).whereIn('line', [...lines]).select('line', 'record'),
  );
  const byLine = new Map<number, string>();
  for (const row of rows) byLine.set(Number(row.line), row.record);
  return lines.map((line) => {
    const text = byLine.get(line);
    if (text === undefined) throw new Error(`staged record at line ${line} of staged import ${stagedImportId} is missing`);
    return JSON.parse(text) as ArchiveRecord;
  });
}
