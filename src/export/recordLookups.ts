import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LifecycleModelFields } from '../domain/kindFields.js';
import { ObjectKind } from '../domain/objectKind.js';
import { selectFieldsOfKinds, selectNames } from './exportQueries.js';
import type { ObjectRow } from './objectRow.js';
import type { RecordLookups } from './toArchiveRecord.js';

/** Names are cached across batches (most objects share a few owners and organizations), up to this many. */
const MAX_CACHED_NAMES = 50_000;

interface RegistryWide {
  lifecycleModels: Map<string, LifecycleModelFields>;
  stageAddresses: Map<string, string>;
}

/**
 * Preloads the RecordLookups for batches of rows: lifecycle models and stages are registry-wide and few, so
 * they are read once, whole; owner and organization names cost at most one statement per batch, for the
 * names not seen in earlier batches.
 */
export class RecordLookupLoader {
  private registryWide: Promise<RegistryWide> | null = null;
  private names = new Map<string, string>();

  constructor(private readonly em: SqlEntityManager) {}

  /** Lookups that cover every owner, organization and lifecycle state of `rows`. */
  async forRows(rows: readonly ObjectRow[]): Promise<RecordLookups> {
    const registryWide = await (this.registryWide ??= this.loadRegistryWide());
    let wanted = this.missingNames(rows);
    if (this.names.size + wanted.length > MAX_CACHED_NAMES) {
      // A new map rather than clear(): lookups handed out for an earlier batch may still be in use.
      this.names = new Map();
      wanted = this.missingNames(rows);
    }
    if (wanted.length) {
      const found = await selectNames(this.em, wanted);
      // A link to an object that is gone is remembered as nameless, so it is not asked for again.
      for (const uuid of wanted) this.names.set(uuid, found.get(uuid) ?? '');
    }
    return { names: this.names, ...registryWide };
  }

  private missingNames(rows: readonly ObjectRow[]): string[] {
    const wanted = new Set<string>();
    for (const row of rows) {
      if (row.ownerUuid && !this.names.has(row.ownerUuid)) wanted.add(row.ownerUuid);
      if (row.organizationUuid && !this.names.has(row.organizationUuid)) wanted.add(row.organizationUuid);
    }
    return [...wanted];
  }

  private async loadRegistryWide(): Promise<RegistryWide> {
    const rows = await selectFieldsOfKinds(this.em, [ObjectKind.LIFECYCLE_MODEL, ObjectKind.LIFECYCLE_STAGE]);
    const lifecycleModels = new Map<string, LifecycleModelFields>();
    const stageAddresses = new Map<string, string>();
    for (const row of rows) {
      if (row.kind === ObjectKind.LIFECYCLE_MODEL) lifecycleModels.set(row.uuid, row.fields as unknown as LifecycleModelFields);
      else stageAddresses.set(row.uuid, row.fields.address as string);
    }
    return { lifecycleModels, stageAddresses };
  }
}
