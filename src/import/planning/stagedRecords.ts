import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ArchiveRecord } from '../../archive/record.js';
import type { KindFieldsMap } from '../../domain/kindFields.js';
import { ObjectKind } from '../../domain/objectKind.js';
import type { PolicyView, StagedObject } from '../planner/types.js';
import { stagedObjects } from '../staging/stagedObjectQueries.js';
import { nextTurn, PLAN_STEP_OBJECTS } from '../planner/planInSteps.js';

/** Lines per statement: 100k objects take twenty statements, each an index range scan of the primary key. */
const PAGE_SIZE = 5000;

/** The attributes of a record no policy can read: one shared, frozen empty object (writing to it throws). */
const NO_ATTRIBUTES: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/**
 * The staged records of an import as the planner takes them. Attributes are the bulk of a record and the planner
 * reads them only to build policy subjects, so they are kept only for assets of `readableTypes`; every other
 * record holds empty attributes. The commit writes from the whole records in staged_object (applyPlan).
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
 * ranges of lines of (staged_import_id, line), never one statement per object. Held for planning and by the plan
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
  for await (const object of stagedObjects(em, stagedImportId, readableTypes, NO_ATTRIBUTES, PAGE_SIZE)) {
    shareStrings(object.record, intern);
    // Parsing a page of records is one task: let requests in between (a staged import holds up to 25k).
    if (objects.push(object) % PLAN_STEP_OBJECTS === 0) await nextTurn();
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
