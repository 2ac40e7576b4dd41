import type { ArchiveRecord } from '../../archive/record.js';
import type { AttributeDefinition } from '../../domain/kindFields.js';
import { ObjectKind } from '../../domain/objectKind.js';

/** The archive's object types, by UUID: what validating an asset against a type arriving with it needs. */
export type ArchiveTypes = ReadonlyMap<string, { timestamp: string; definitions: readonly AttributeDefinition[] }>;

/** The object types among `records` (a plan held in memory has them all). */
export function archiveTypesOf(records: Iterable<ArchiveRecord>): ArchiveTypes {
  const types = new Map<string, { timestamp: string; definitions: readonly AttributeDefinition[] }>();
  for (const record of records) {
    if (record.kind !== ObjectKind.OBJECT_TYPE) continue;
    const fields = record.fields as { attributeDefinitions: AttributeDefinition[] };
    types.set(record.uuid, { timestamp: record.timestamp, definitions: fields.attributeDefinitions });
  }
  return types;
}
