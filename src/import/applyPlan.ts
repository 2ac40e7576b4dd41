import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ArchiveRecord, ProtectionFlags } from '../archive/record.js';
import type { KindFieldsMap } from '../domain/kindFields.js';
import { ObjectKind } from '../domain/objectKind.js';
import { ObjectReferenceEntity, RegistryObjectEntity } from '../entities/index.js';
import { type ColumnEncoding, columnEncoding, insertRows } from './bulkInsert.js';
import { invariant } from './planner/invariant.js';
import type { CommitStep } from './planner/commitOrder.js';
import { type Decision, ImportAction } from './planner/types.js';
import { readStagedRecords } from './stagedRecords.js';

/** Rows per statement (objects and references alike): bounded statements, few round trips. */
export const WRITE_CHUNK = 1000;

const OBJECT_COLUMNS = [
  'uuid', 'kind', 'name', 'description', 'owner_uuid', 'organization_uuid', 'object_type_uuid', 'created_at', 'timestamp',
  'version', 'previous_version_uuid', 'lifecycle_model_uuid', 'lifecycle_state_uuid', 'attributes', 'fields',
  'view_content', 're_packageable', 'editable',
] as const;
const REFERENCE_COLUMNS = ['source_uuid', 'name', 'target_uuid'] as const;

/**
 * Applies the plan's writes in commit order, inside the caller's transaction, WRITE_CHUNK objects at a time:
 * the chunk's whole staged records are read back from staged_object (one statement: the planned records hold
 * no attributes but those policies read), the chunk's replaced objects are deleted with their references (two
 * statements), then every object of the chunk is inserted (one multi-row insert) and their references
 * (multi-row inserts). Deleting and inserting a replaced row in one transaction is the update: every column of
 * it comes from the archive and the plan. No entity is persisted one by one and none enters the identity map.
 * `onChunk` reports progress.
 */
export async function applyPlan(
  tx: SqlEntityManager,
  stagedImportId: string,
  steps: readonly CommitStep[],
  protection: ProtectionFlags,
  onChunk: (written: number) => void,
): Promise<void> {
  const encode = columnEncoding(tx);
  for (let i = 0; i < steps.length; i += WRITE_CHUNK) {
    const chunk = steps.slice(i, i + WRITE_CHUNK);
    // The parsed records are passed, not kept: no variable holds them across the statements below.
    const lines = chunk.map((s) => s.object.line);
    const { rows, references } = encodeChunk(chunk, await readStagedRecords(tx, stagedImportId, lines), protection, encode);
    const replaced = chunk.filter((s) => s.decision.action === ImportAction.REPLACE).map((s) => s.decision.uuid);
    if (replaced.length > 0) {
      await tx.nativeDelete(ObjectReferenceEntity, { sourceUuid: { $in: replaced } });
      await tx.nativeDelete(RegistryObjectEntity, { uuid: { $in: replaced } });
    }
    await insertRows(tx, 'registry_object', OBJECT_COLUMNS, rows);
    for (let r = 0; r < references.length; r += WRITE_CHUNK) {
      await insertRows(tx, 'object_reference', REFERENCE_COLUMNS, references.slice(r, r + WRITE_CHUNK));
    }
    onChunk(chunk.length);
  }
}

/**
 * A chunk's object and reference rows, encoded from its whole staged records at once: the parsed records are
 * garbage before the first statement is awaited, so they die young instead of being promoted with the rows.
 */
function encodeChunk(chunk: readonly CommitStep[], records: readonly ArchiveRecord[], protection: ProtectionFlags, encode: ColumnEncoding) {
  const rows = chunk.map((step, n) => objectValues(objectRow(records[n], step.decision, protection), encode));
  const references = records.flatMap(referenceRows);
  return { rows, references };
}

/**
 * The registry row of a written object: the archive's content (the whole staged `record`), identity, createdAt
 * and timestamp (so importing the same archive again finds identical timestamps and ignores everything), the
 * plan's owner, lifecycle, previous version, attributes (when policy effects changed them; else the record's)
 * and user groups, and the archive's protection flags.
 */
export function objectRow(record: ArchiveRecord, decision: Decision, protection: ProtectionFlags): RegistryObjectEntity {
  const outcome = decision.outcome;
  invariant(record.uuid === decision.uuid, `staged record ${record.uuid} read for decision ${decision.uuid}`);
  invariant(outcome, `no outcome for written object ${record.uuid}`);
  const fields = { ...(record.fields as unknown as Record<string, unknown>) };
  if (record.kind === ObjectKind.USER) fields.groups = outcome.groups ?? [];
  return {
    uuid: record.uuid,
    kind: record.kind,
    name: record.name,
    description: record.description,
    ownerUuid: outcome.ownerUuid,
    organizationUuid: record.kind === ObjectKind.ORGANIZATION ? null : (record.organization?.uuid ?? null),
    objectTypeUuid: record.kind === ObjectKind.ASSET ? (record.fields as KindFieldsMap['ASSET']).objectType : null,
    createdAt: new Date(record.createdAt),
    timestamp: new Date(record.timestamp),
    version: record.version,
    previousVersionUuid: outcome.previousVersion,
    lifecycleModelUuid: outcome.lifecycle?.model ?? null,
    lifecycleStateUuid: outcome.lifecycle?.state ?? null,
    attributes: outcome.attributes ?? record.attributes,
    fields,
    viewContent: protection.viewContent,
    rePackageable: protection.rePackageable,
    editable: protection.editable,
  };
}

/** A row's values in OBJECT_COLUMNS order, encoded for the database in use. */
function objectValues(r: RegistryObjectEntity, encode: ColumnEncoding): unknown[] {
  return [
    r.uuid, r.kind, r.name, r.description, r.ownerUuid, r.organizationUuid, r.objectTypeUuid,
    encode.date(r.createdAt), encode.date(r.timestamp), r.version, r.previousVersionUuid, r.lifecycleModelUuid,
    r.lifecycleStateUuid, encode.json(r.attributes), encode.json(r.fields),
    encode.bool(r.viewContent), encode.bool(r.rePackageable), encode.bool(r.editable),
  ];
}

/** The object's references (source, name, target), each (name, target) once: they are the table's primary key. */
function referenceRows(record: ArchiveRecord): unknown[][] {
  const source = record.uuid;
  const unique = new Map<string, unknown[]>();
  for (const r of record.references) unique.set(`${r.name}\u0000${r.target}`, [source, r.name, r.target]);
  return [...unique.values()];
}
