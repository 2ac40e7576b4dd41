import type { LifecycleModelFields } from '../domain/kindFields.js';
import { ObjectKind } from '../domain/objectKind.js';
import type { LinkRow } from './exportQueries.js';

/** Which links an export follows to pull more objects into the archive. */
export interface LinkPolicy {
  /** Every link that an import needs resolved: references, organization, owner, object type, lifecycle, kind fields. */
  references: boolean;
  /** The previous-version link, so the whole lineage travels. */
  versionHistory: boolean;
  /**
   * With references, also the owner (default true). A package synchronization leaves owners out: an owner is
   * not content (an import makes the importer the owner), and each registry's own users and their groups would
   * otherwise be compared as if they were the package's.
   */
  owners?: boolean;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The UUIDs the kind's own fields point at: groups, members, governed object types, stages. */
function fieldLinks(row: LinkRow): string[] {
  const f = row.fields;
  switch (row.kind) {
    case ObjectKind.ASSET:
      return [row.objectTypeUuid ?? (f.objectType as string), row.lifecycleModelUuid].filter((u): u is string => Boolean(u));
    case ObjectKind.USER:
      return strings(f.groups);
    case ObjectKind.PACKAGE:
      return strings(f.members);
    case ObjectKind.POLICY:
      return strings(f.objectTypes);
    case ObjectKind.LIFECYCLE_MODEL: {
      const states = (f as unknown as Partial<LifecycleModelFields>).states ?? [];
      return [...strings(f.objectTypes), ...states.flatMap((s) => strings(s.stages))];
    }
    default:
      return [];
  }
}

/**
 * The objects `row` pulls into an export under `follow`: with references, everything an import into an empty
 * registry needs resolved (so the archive is self-contained); with version history, the previous version.
 * May repeat UUIDs and name objects that no longer exist; the caller dedupes and skips those.
 */
export function linkedUuids(row: LinkRow, referenceTargets: readonly string[] | undefined, follow: LinkPolicy): string[] {
  const linked: string[] = [];
  if (follow.references) {
    if (referenceTargets) linked.push(...referenceTargets);
    if (row.organizationUuid) linked.push(row.organizationUuid);
    if (row.ownerUuid && follow.owners !== false) linked.push(row.ownerUuid);
    linked.push(...fieldLinks(row));
  }
  if (follow.versionHistory && row.previousVersionUuid) linked.push(row.previousVersionUuid);
  return linked;
}
