import type { ArchiveRecord, NamedRef, RecordLifecycle, RecordReference } from '../archive/record.js';
import type { LifecycleModelFields } from '../domain/kindFields.js';
import { archiveFieldsOf } from './archiveFields.js';
import type { ObjectRow } from './objectRow.js';

/**
 * What a record says about objects other than its own, preloaded by the caller for a whole batch of rows
 * (see RecordLookupLoader) so that turning a row into a record never queries.
 */
export interface RecordLookups {
  /** Display names of owners and organizations by UUID. A missing one is exported with an empty name. */
  names: ReadonlyMap<string, string>;
  /** The fields of lifecycle models by model UUID: state names and the stages assigned to each state. */
  lifecycleModels: ReadonlyMap<string, LifecycleModelFields>;
  /** The address of each LIFECYCLE_STAGE by UUID. */
  stageAddresses: ReadonlyMap<string, string>;
}

function namedRef(uuid: string | null, names: RecordLookups['names']): NamedRef | null {
  return uuid ? { uuid, name: names.get(uuid) ?? '' } : null;
}

/**
 * The lifecycle part of a record: the model, the state with its name, and the addresses of the stages assigned
 * to that state. Null when the object has no state. A state its model no longer defines keeps its UUID with an
 * empty name and no stages, so the record still says where the object stood.
 */
function lifecycleOf(row: ObjectRow, lookups: RecordLookups): RecordLifecycle | null {
  if (!row.lifecycleModelUuid || !row.lifecycleStateUuid) return null;
  const state = lookups.lifecycleModels.get(row.lifecycleModelUuid)?.states.find((s) => s.uuid === row.lifecycleStateUuid);
  const addresses = (state?.stages ?? []).map((stage) => lookups.stageAddresses.get(stage));
  return {
    model: row.lifecycleModelUuid,
    state: row.lifecycleStateUuid,
    stateName: state?.name ?? '',
    stageAddresses: [...new Set(addresses.filter((a): a is string => Boolean(a)))],
  };
}

function byNameThenTarget(a: RecordReference, b: RecordReference): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.target < b.target ? -1 : a.target > b.target ? 1 : 0;
}

/**
 * The archive record of a registry object (objects.ndjson, docs/archive-format.md): owner and organization as
 * `{ uuid, name }`, the lifecycle state with its name and stage addresses, the kind's fields in their schema
 * shape, references sorted by name then target, timestamps as `toISOString()`. The result validates against
 * record.<KIND>.schema.json whenever the row passed the registry's own validation.
 *
 * Pure and deterministic: equal rows, references and lookups give equal records, whatever order the references
 * come in. The importer relies on this to compute the content digest of objects already in the registry.
 */
export function toArchiveRecord(row: ObjectRow, references: readonly RecordReference[], lookups: RecordLookups): ArchiveRecord {
  return {
    uuid: row.uuid,
    kind: row.kind,
    name: row.name,
    description: row.description ?? null,
    createdAt: row.createdAt.toISOString(),
    timestamp: row.timestamp.toISOString(),
    owner: namedRef(row.ownerUuid, lookups.names),
    organization: namedRef(row.organizationUuid, lookups.names),
    version: row.version ?? null,
    previousVersion: row.previousVersionUuid ?? null,
    lifecycle: lifecycleOf(row, lookups),
    attributes: row.attributes ?? {},
    references: references.map((r) => ({ name: r.name, target: r.target })).sort(byNameThenTarget),
    fields: archiveFieldsOf(row),
  };
}
