import type { ArchiveRecord } from '../../archive/record.js';
import type { AttributeDefinition } from '../../domain/kindFields.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { kindValidators } from '../../registry/validation/kindValidators.js';
import { Problems } from '../../registry/validation/problems.js';
import { checkCommonFields } from '../../registry/validation/validateDraft.js';
import { recordDraft } from './recordDraft.js';

/** An object type of the archive, as validating an asset against it needs it. */
export interface ArchiveType {
  timestamp: string;
  definitions: readonly AttributeDefinition[];
  /**
   * Its own fields pass the API's checks (name, attribute definitions). An invalid copy is REJECTed, never
   * written, so no asset is ever checked against its definitions (validationRule).
   */
  valid: boolean;
}

/** The archive's object types, by UUID: what validating an asset against a type arriving with it needs. */
export type ArchiveTypes = ReadonlyMap<string, ArchiveType>;

/** An object type record as validationRule's asset check sees it. */
export function archiveTypeOf(record: ArchiveRecord): ArchiveType {
  const fields = record.fields as { attributeDefinitions: AttributeDefinition[] };
  const problems = new Problems();
  const draft = recordDraft(record);
  checkCommonFields(draft, problems);
  kindValidators[ObjectKind.OBJECT_TYPE].check(draft, new Map(), problems);
  return { timestamp: record.timestamp, definitions: fields.attributeDefinitions, valid: problems.empty };
}

/** The object types among `records` (a plan held in memory has them all). */
export function archiveTypesOf(records: Iterable<ArchiveRecord>): ArchiveTypes {
  const types = new Map<string, ArchiveType>();
  for (const record of records) if (record.kind === ObjectKind.OBJECT_TYPE) types.set(record.uuid, archiveTypeOf(record));
  return types;
}

/**
 * The object type of every archive asset another archive record names as its previous version, by UUID: an
 * asset's previous version must be an asset of the same type, wherever in the archive it is (validationRule).
 */
export type VersionTypes = ReadonlyMap<string, string>;

/** The version types among `records` (a plan held in memory has them all). */
export function versionTypesOf(records: readonly ArchiveRecord[]): VersionTypes {
  const named = new Set<string>();
  for (const record of records) if (record.previousVersion) named.add(record.previousVersion);
  const types = new Map<string, string>();
  for (const record of records) {
    if (record.kind === ObjectKind.ASSET && named.has(record.uuid)) types.set(record.uuid, (record.fields as { objectType: string }).objectType);
  }
  return types;
}
