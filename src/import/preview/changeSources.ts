import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ArchiveRecord } from '../../archive/record.js';
import type { ContentFlag, GuardedObject } from '../../auth/accessControl.js';
import { jsonColumn, rawQuery } from '../../db/rawQuery.js';
import type { LifecycleModelFields } from '../../domain/kindFields.js';
import { selectExportRows, selectNames, selectReferences } from '../../export/exportQueries.js';
import { toArchiveRecord } from '../../export/toArchiveRecord.js';

/** The registry's copy of an object as an archive record, with the facts that decide who may see it. */
export interface RegistryCopy {
  record: ArchiveRecord;
  guard: GuardedObject & ContentFlag;
}

/** What the field changes of one decision compare: the staged record and the registry's copy (when any). */
export interface ChangeSource {
  staged: ArchiveRecord | null;
  registry: RegistryCopy | null;
}

/**
 * The staged records and registry copies of a page's decisions, by UUID, in a fixed number of statements
 * whatever the page's size (at most MAX_DECISION_PAGE UUIDs): the staged records; the registry rows; their
 * references; the names of their owners and organizations; the lifecycle models of their states.
 */
export async function loadChangeSources(em: SqlEntityManager, stagedImportId: string, uuids: readonly string[]): Promise<Map<string, ChangeSource>> {
  const [staged, rows] = await Promise.all([stagedRecords(em, stagedImportId, uuids), selectExportRows(em, uuids)]);
  const linked = (pick: (r: (typeof rows)[number]) => string | null) => [...new Set(rows.map(pick).filter((u): u is string => u !== null))];
  const [references, names, lifecycleModels] = await Promise.all([
    selectReferences(em, rows.map((r) => r.uuid)),
    selectNames(em, [...linked((r) => r.ownerUuid), ...linked((r) => r.organizationUuid)]),
    modelFields(em, linked((r) => r.lifecycleModelUuid)),
  ]);
  const lookups = { names, lifecycleModels, stageAddresses: new Map<string, string>() };
  const sources = new Map<string, ChangeSource>(uuids.map((uuid) => [uuid, { staged: staged.get(uuid) ?? null, registry: null }]));
  for (const row of rows) {
    const record = toArchiveRecord(row, references.get(row.uuid) ?? [], lookups);
    const guard = { uuid: row.uuid, kind: row.kind, ownerUuid: row.ownerUuid, organizationUuid: row.organizationUuid, viewContent: row.viewContent };
    sources.get(row.uuid)!.registry = { record, guard };
  }
  return sources;
}

/** The whole staged records (attributes included) of these UUIDs: one statement on (staged_import_id, uuid). */
async function stagedRecords(em: SqlEntityManager, stagedImportId: string, uuids: readonly string[]): Promise<Map<string, ArchiveRecord>> {
  if (!uuids.length) return new Map();
  const query = em.getKnex()('staged_object').where('staged_import_id', stagedImportId).whereIn('uuid', [...uuids]).select('uuid', 'record');
  const rows = await rawQuery<{ uuid: string; record: unknown }>(em, query);
  return new Map(rows.map((r) => [r.uuid, jsonColumn<ArchiveRecord>(r.record)]));
}

/** The fields of these lifecycle models (for their states' names), by UUID. */
async function modelFields(em: SqlEntityManager, uuids: readonly string[]): Promise<Map<string, LifecycleModelFields>> {
  if (!uuids.length) return new Map();
  const query = em.getKnex().select('uuid', 'fields').from('registry_object').whereIn('uuid', [...uuids]);
  const rows = await rawQuery<{ uuid: string; fields: unknown }>(em, query);
  return new Map(rows.map((r) => [r.uuid, jsonColumn<LifecycleModelFields>(r.fields)]));
}
