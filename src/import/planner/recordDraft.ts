import type { ArchiveRecord } from '../../archive/record.js';
import type { ObjectDraft } from '../../registry/objectDraft.js';

/** The record as the API's validators take a draft; the lifecycle state is the lifecycle rule's to decide. */
export function recordDraft(record: ArchiveRecord): ObjectDraft {
  return {
    uuid: record.uuid,
    kind: record.kind,
    name: record.name,
    description: record.description,
    ownerUuid: record.owner?.uuid ?? null,
    organizationUuid: record.organization?.uuid ?? null,
    version: record.version,
    previousVersionUuid: record.previousVersion,
    lifecycleModelUuid: null,
    lifecycleStateUuid: null,
    attributes: record.attributes,
    fields: record.fields as unknown as Record<string, unknown>,
    references: record.references,
  };
}
