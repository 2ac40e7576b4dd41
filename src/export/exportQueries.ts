import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import type { RecordReference } from '../archive/record.js';
import { jsonColumn, rawQuery } from '../db/rawQuery.js';
import type { ObjectKind } from '../domain/objectKind.js';
import { OBJECT_ROW_COLUMNS, objectRowFromColumns, type ObjectRow } from './objectRow.js';

/*
 * The export's reads by UUID, as raw SQL through MikroORM's connection: rows come back as plain objects, so
 * reading 100k objects costs no entity hydration and grows no identity map. One statement per batch.
 */

/** What deciding the export set needs of an object: its links, its visibility and its protection flags. */
export interface LinkRow {
  uuid: string;
  kind: ObjectKind;
  ownerUuid: string | null;
  organizationUuid: string | null;
  objectTypeUuid: string | null;
  lifecycleModelUuid: string | null;
  previousVersionUuid: string | null;
  fields: Record<string, unknown>;
  viewContent: boolean;
  rePackageable: boolean;
  editable: boolean;
}

/** An object row to write, with the flags that may still refuse it. */
export type ExportRow = ObjectRow & { rePackageable: boolean; viewContent: boolean };

const LINK_COLUMNS = [
  'uuid',
  'kind',
  'owner_uuid',
  'organization_uuid',
  'object_type_uuid',
  'lifecycle_model_uuid',
  'previous_version_uuid',
  'view_content',
  're_packageable',
  'editable',
];

/** An asset's fields only repeat its object type column: leaving them out spares parsing JSON for most rows. */
const FIELDS_UNLESS_ASSET = "case when kind = 'ASSET' then null else fields end as fields";

/** `select` of LinkRow columns from registry_object. */
export function selectLinkColumns(em: SqlEntityManager): Knex.QueryBuilder {
  const knex = em.getKnex();
  return knex.select([...LINK_COLUMNS, knex.raw(FIELDS_UNLESS_ASSET)]).from('registry_object');
}

/** `select` of ExportRow columns from registry_object. */
export function selectExportColumns(em: SqlEntityManager): Knex.QueryBuilder {
  const knex = em.getKnex();
  const columns = OBJECT_ROW_COLUMNS.filter((c) => c !== 'fields');
  return knex.select([...columns, 're_packageable', 'view_content', knex.raw(FIELDS_UNLESS_ASSET)]).from('registry_object');
}

export function linkRowFromColumns(raw: Record<string, unknown>): LinkRow {
  return {
    uuid: raw.uuid as string,
    kind: raw.kind as ObjectKind,
    ownerUuid: (raw.owner_uuid as string | null) ?? null,
    organizationUuid: (raw.organization_uuid as string | null) ?? null,
    objectTypeUuid: (raw.object_type_uuid as string | null) ?? null,
    lifecycleModelUuid: (raw.lifecycle_model_uuid as string | null) ?? null,
    previousVersionUuid: (raw.previous_version_uuid as string | null) ?? null,
    fields: jsonColumn<Record<string, unknown>>(raw.fields) ?? {},
    // SQLite answers booleans as 0/1.
    viewContent: Boolean(raw.view_content),
    rePackageable: Boolean(raw.re_packageable),
    editable: Boolean(raw.editable),
  };
}

export function exportRowFromColumns(raw: Record<string, unknown>): ExportRow {
  const row = objectRowFromColumns(raw) as ExportRow;
  // Added to the fresh row rather than copying it, per row of 100k.
  row.rePackageable = Boolean(raw.re_packageable);
  row.viewContent = Boolean(raw.view_content);
  return row;
}

/** The link rows of the given objects (those that exist), in no particular order. */
export async function selectLinkRows(em: SqlEntityManager, uuids: readonly string[]): Promise<LinkRow[]> {
  if (!uuids.length) return [];
  return (await rawQuery(em, selectLinkColumns(em).whereIn('uuid', [...uuids]))).map(linkRowFromColumns);
}

/** The rows to write of the given objects (those that exist), in no particular order. */
export async function selectExportRows(em: SqlEntityManager, uuids: readonly string[]): Promise<ExportRow[]> {
  if (!uuids.length) return [];
  return (await rawQuery(em, selectExportColumns(em).whereIn('uuid', [...uuids]))).map(exportRowFromColumns);
}

/** The targets of the given objects' references, by source UUID (names are not needed to follow them). */
export async function selectReferenceTargets(em: SqlEntityManager, uuids: readonly string[]): Promise<Map<string, string[]>> {
  const bySource = new Map<string, string[]>();
  if (!uuids.length) return bySource;
  const query = em.getKnex().select('source_uuid', 'target_uuid').from('object_reference').whereIn('source_uuid', [...uuids]);
  for (const row of await rawQuery<{ source_uuid: string; target_uuid: string }>(em, query)) {
    const list = bySource.get(row.source_uuid);
    if (list) list.push(row.target_uuid);
    else bySource.set(row.source_uuid, [row.target_uuid]);
  }
  return bySource;
}

/** The outgoing references of the given objects, by source UUID; objects without any are absent. */
export async function selectReferences(em: SqlEntityManager, uuids: readonly string[]): Promise<Map<string, RecordReference[]>> {
  const bySource = new Map<string, RecordReference[]>();
  if (!uuids.length) return bySource;
  const query = em.getKnex().select('source_uuid', 'name', 'target_uuid').from('object_reference').whereIn('source_uuid', [...uuids]);
  for (const row of await rawQuery<{ source_uuid: string; name: string; target_uuid: string }>(em, query)) {
    const list = bySource.get(row.source_uuid);
    const reference = { name: row.name, target: row.target_uuid };
    if (list) list.push(reference);
    else bySource.set(row.source_uuid, [reference]);
  }
  return bySource;
}

/** uuid → name of the given objects (those that exist). */
export async function selectNames(em: SqlEntityManager, uuids: readonly string[]): Promise<Map<string, string>> {
  if (!uuids.length) return new Map();
  const query = em.getKnex().select('uuid', 'name').from('registry_object').whereIn('uuid', [...uuids]);
  const rows = await rawQuery<{ uuid: string; name: string }>(em, query);
  return new Map(rows.map((r) => [r.uuid, r.name]));
}

/** uuid → fields of every object of the given kinds; meant for the few registry-wide ones (models, stages). */
export async function selectFieldsOfKinds(
  em: SqlEntityManager,
  kinds: readonly ObjectKind[],
): Promise<{ uuid: string; kind: ObjectKind; fields: Record<string, unknown> }[]> {
  const query = em.getKnex().select('uuid', 'kind', 'fields').from('registry_object').whereIn('kind', [...kinds]);
  const rows = await rawQuery<{ uuid: string; kind: ObjectKind; fields: unknown }>(em, query);
  return rows.map((r) => ({ uuid: r.uuid, kind: r.kind, fields: jsonColumn<Record<string, unknown>>(r.fields) ?? {} }));
}
