import type { RecordReference } from '../archive/record.js';
import { ObjectKind } from '../domain/objectKind.js';
import { RegistryObjectEntity } from '../entities/index.js';

/** A registry object as the domain handles it: the row's columns plus its outgoing references. */
export interface ObjectDraft {
  uuid: string;
  kind: ObjectKind;
  name: string;
  description: string | null;
  ownerUuid: string | null;
  organizationUuid: string | null;
  version: string | null;
  previousVersionUuid: string | null;
  lifecycleModelUuid: string | null;
  lifecycleStateUuid: string | null;
  attributes: Record<string, unknown>;
  fields: Record<string, unknown>;
  references: RecordReference[];
}

/** Accepts a plain UUID or the CentraSite form `uddi:<uuid>`; the value is kept exactly as given. */
export const UUID_PATTERN = /^(uddi:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function isObjectUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

export function objectTypeOf(draft: Pick<ObjectDraft, 'kind' | 'fields'>): string | null {
  return draft.kind === ObjectKind.ASSET ? ((draft.fields.objectType as string) ?? null) : null;
}

export function draftFromEntity(e: RegistryObjectEntity, references: RecordReference[]): ObjectDraft {
  return {
    uuid: e.uuid,
    kind: e.kind,
    name: e.name,
    description: e.description,
    ownerUuid: e.ownerUuid,
    organizationUuid: e.organizationUuid,
    version: e.version,
    previousVersionUuid: e.previousVersionUuid,
    lifecycleModelUuid: e.lifecycleModelUuid,
    lifecycleStateUuid: e.lifecycleStateUuid,
    attributes: { ...e.attributes },
    fields: structuredClone(e.fields),
    references: references.map((r) => ({ ...r })),
  };
}

/** Copies a draft onto an entity (new or managed), keeping the derived object-type column in step. */
export function applyDraft(e: RegistryObjectEntity, d: ObjectDraft): RegistryObjectEntity {
  e.uuid = d.uuid;
  e.kind = d.kind;
  e.name = d.name;
  e.description = d.description;
  e.ownerUuid = d.ownerUuid;
  e.organizationUuid = d.organizationUuid;
  e.objectTypeUuid = objectTypeOf(d);
  e.version = d.version;
  e.previousVersionUuid = d.previousVersionUuid;
  e.lifecycleModelUuid = d.lifecycleModelUuid;
  e.lifecycleStateUuid = d.lifecycleStateUuid;
  e.attributes = d.attributes;
  e.fields = d.fields;
  return e;
}

/**
 * The next change time of an object: now, but always later than its previous timestamp, so that "newer"
 * keeps meaning "changed later" even when the clock is coarse or steps back.
 */
export function nextTimestamp(previous: Date | null, now = new Date()): Date {
  if (previous && now.getTime() <= previous.getTime()) return new Date(previous.getTime() + 1);
  return now;
}
