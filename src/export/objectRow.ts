import { dateColumn, jsonColumn } from '../db/rawQuery.js';
import type { ObjectKind } from '../domain/objectKind.js';
import type { RegistryObjectEntity } from '../entities/index.js';

/**
 * The columns of a registry object that make up its archive record. A managed RegistryObjectEntity is one;
 * so is a plain row read with raw SQL (objectRowFromColumns), which costs no entity hydration or identity map.
 */
export type ObjectRow = Pick<
  RegistryObjectEntity,
  | 'uuid'
  | 'kind'
  | 'name'
  | 'description'
  | 'ownerUuid'
  | 'organizationUuid'
  | 'objectTypeUuid'
  | 'createdAt'
  | 'timestamp'
  | 'version'
  | 'previousVersionUuid'
  | 'lifecycleModelUuid'
  | 'lifecycleStateUuid'
  | 'attributes'
  | 'fields'
>;

/** The registry_object columns objectRowFromColumns reads, for `select`. */
export const OBJECT_ROW_COLUMNS = [
  'uuid',
  'kind',
  'name',
  'description',
  'owner_uuid',
  'organization_uuid',
  'object_type_uuid',
  'created_at',
  'timestamp',
  'version',
  'previous_version_uuid',
  'lifecycle_model_uuid',
  'lifecycle_state_uuid',
  'attributes',
  'fields',
] as const;

/**
 * A raw registry_object row's columns but its attributes, for readers that do not select them: the explorer asks
 * for an object's attributes (its bulk, often a kilobyte or more) only where a query names them.
 */
export function objectHeaderFromColumns(raw: Record<string, unknown>): Omit<ObjectRow, 'attributes'> {
  return {
    uuid: raw.uuid as string,
    kind: raw.kind as ObjectKind,
    name: raw.name as string,
    description: (raw.description as string | null) ?? null,
    ownerUuid: (raw.owner_uuid as string | null) ?? null,
    organizationUuid: (raw.organization_uuid as string | null) ?? null,
    objectTypeUuid: (raw.object_type_uuid as string | null) ?? null,
    createdAt: dateColumn(raw.created_at),
    timestamp: dateColumn(raw.timestamp),
    version: (raw.version as string | null) ?? null,
    previousVersionUuid: (raw.previous_version_uuid as string | null) ?? null,
    lifecycleModelUuid: (raw.lifecycle_model_uuid as string | null) ?? null,
    lifecycleStateUuid: (raw.lifecycle_state_uuid as string | null) ?? null,
    fields: jsonColumn<Record<string, unknown>>(raw.fields) ?? {},
  };
}

/** A raw registry_object row (snake_case, JSON as text on SQLite, dates as numbers or text) as an ObjectRow. */
export function objectRowFromColumns(raw: Record<string, unknown>): ObjectRow {
  return { ...objectHeaderFromColumns(raw), attributes: attributesFromColumn(raw.attributes) };
}

/** The attributes column as read (JSON text on SQLite, parsed on PostgreSQL). */
export function attributesFromColumn(value: unknown): Record<string, unknown> {
  return jsonColumn<Record<string, unknown>>(value) ?? {};
}
