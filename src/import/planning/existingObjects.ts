import type { SqlEntityManager } from '@mikro-orm/knex';
import { contentDigest } from '../../archive/contentDigest.js';
import type { ArchiveRecord, RecordReference } from '../../archive/record.js';
import type { GuardedObject } from '../../auth/accessControl.js';
import { rawQuery } from '../../db/rawQuery.js';
import type { KindFieldsMap } from '../../domain/kindFields.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { OBJECT_ROW_COLUMNS, objectRowFromColumns, type ObjectRow } from '../../export/objectRow.js';
import { toArchiveRecord, type RecordLookups } from '../../export/toArchiveRecord.js';
import type { ExistingObject } from '../planner/types.js';

/** UUIDs per statement: well under every database's bound-parameter limit. */
export const UUID_CHUNK = 1000;

/** A registry object as planning sees it, and the facts access control decides on. */
export interface LoadedObject {
  existing: ExistingObject;
  guard: GuardedObject;
}

/** contentDigest reads neither names nor lifecycle, so the exporter's lookups can stay empty here. */
export const NO_LOOKUPS: RecordLookups = { names: new Map(), lifecycleModels: new Map(), stageAddresses: new Map() };

/**
 * The registry objects among `uuids`, in two statements per chunk of UUID_CHUNK (rows, then the references
 * of the rows found), never one per object. Each carries the content digest of the record the exporter would
 * write for it (toArchiveRecord), so an archive copy with an identical timestamp but other content is noticed.
 */
export async function loadExistingObjects(em: SqlEntityManager, uuids: readonly string[]): Promise<Map<string, LoadedObject>> {
  const loaded = new Map<string, LoadedObject>();
  for (let i = 0; i < uuids.length; i += UUID_CHUNK) {
    const chunk = uuids.slice(i, i + UUID_CHUNK);
    const rows = await rawQuery(
      em,
      em.getKnex().select([...OBJECT_ROW_COLUMNS, 'editable']).from('registry_object').whereIn('uuid', chunk),
    );
    if (rows.length === 0) continue;
    const references = await referencesOf(em, rows.map((r) => r.uuid as string));
    for (const raw of rows) {
      const row = objectRowFromColumns(raw);
      const existing = existingObject(row, references.get(row.uuid) ?? [], Boolean(raw.editable));
      loaded.set(row.uuid, { existing, guard: guardOf(row) });
    }
  }
  return loaded;
}

/** The references of `sources` by source UUID, in one statement. */
export async function referencesOf(em: SqlEntityManager, sources: string[]): Promise<Map<string, RecordReference[]>> {
  const rows = await rawQuery<{ source_uuid: string; name: string; target_uuid: string }>(
    em,
    em.getKnex().select('source_uuid', 'name', 'target_uuid').from('object_reference').whereIn('source_uuid', sources),
  );
  const bySource = new Map<string, RecordReference[]>();
  for (const r of rows) {
    const list = bySource.get(r.source_uuid) ?? [];
    list.push({ name: r.name, target: r.target_uuid });
    bySource.set(r.source_uuid, list);
  }
  return bySource;
}

function existingObject(row: ObjectRow, references: RecordReference[], editable: boolean): ExistingObject {
  const record = toArchiveRecord(row, references, NO_LOOKUPS);
  return {
    uuid: row.uuid,
    kind: row.kind,
    name: row.name,
    timestamp: row.timestamp.toISOString(),
    contentDigest: contentDigest(record),
    ownerUuid: row.ownerUuid,
    organizationUuid: row.organizationUuid,
    editable,
    ...roleFacts(record),
  };
}

/** What a GROUP or USER carries that only administrators may change (roleGrantRule); an OBJECT_TYPE's definitions. */
function roleFacts(record: ArchiveRecord): Partial<ExistingObject> {
  if (record.kind === ObjectKind.GROUP) {
    const fields = record.fields as KindFieldsMap['GROUP'];
    return { system: fields.system, roles: fields.roles };
  }
  if (record.kind === ObjectKind.USER) {
    const fields = record.fields as KindFieldsMap['USER'];
    return { roles: fields.roles, groups: fields.groups };
  }
  if (record.kind === ObjectKind.OBJECT_TYPE) {
    return { attributeDefinitions: (record.fields as KindFieldsMap['OBJECT_TYPE']).attributeDefinitions };
  }
  if (record.kind === ObjectKind.ASSET) return { objectType: (record.fields as KindFieldsMap['ASSET']).objectType };
  return {};
}

function guardOf(row: ObjectRow): GuardedObject {
  return { uuid: row.uuid, kind: row.kind, ownerUuid: row.ownerUuid, organizationUuid: row.organizationUuid };
}
