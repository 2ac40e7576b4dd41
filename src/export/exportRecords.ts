import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ArchiveRecord, RecordReference } from '../archive/record.js';
import type { AccessControl } from '../auth/accessControl.js';
import { ObjectKind } from '../domain/objectKind.js';
import { RegistryError } from '../errors/registryError.js';
import { selectExportRows, selectReferences, type ExportRow } from './exportQueries.js';
import type { ExportSet } from './exportSet.js';
import { selectOrganizationExportPage } from './organizationQueries.js';
import { RecordLookupLoader } from './recordLookups.js';
import { toArchiveRecord, type RecordLookups } from './toArchiveRecord.js';

/** Kinds in the order they are written: what other objects point at comes first. */
export const WRITE_ORDER: readonly ObjectKind[] = [
  ObjectKind.ORGANIZATION,
  ObjectKind.GROUP,
  ObjectKind.USER,
  ObjectKind.LIFECYCLE_STAGE,
  ObjectKind.OBJECT_TYPE,
  ObjectKind.LIFECYCLE_MODEL,
  ObjectKind.POLICY,
  ObjectKind.ASSET,
  ObjectKind.PACKAGE,
];

interface LoadedBatch {
  rows: ExportRow[];
  references: Map<string, RecordReference[]>;
  lookups: RecordLookups;
  /** Where the organization's keyset pages go on, or null when this batch was not one of them. */
  after: string | null;
}

interface PlannedBatches {
  /** Member batches of the kinds up to ASSET, in WRITE_ORDER: the organization's pages follow them. */
  before: string[][];
  /** Member batches of the kinds after ASSET (packages, which point at assets). */
  after: string[][];
}

/** The members split into batches: by kind in WRITE_ORDER, then by UUID, so the output order is stable. */
function plannedBatches(members: ReadonlyMap<string, ObjectKind>, batchSize: number): PlannedBatches {
  const byKind = new Map<ObjectKind, string[]>(WRITE_ORDER.map((k) => [k, []]));
  for (const [uuid, kind] of members) byKind.get(kind)!.push(uuid);
  const planned: PlannedBatches = { before: [], after: [] };
  let side = planned.before;
  for (const [kind, uuids] of byKind) {
    uuids.sort();
    for (let i = 0; i < uuids.length; i += batchSize) side.push(uuids.slice(i, i + batchSize));
    if (kind === ObjectKind.ASSET) side = planned.after;
  }
  return planned;
}

/**
 * Reads batches one ahead: the next statement runs while the current batch is being encoded. `load` gets the
 * previous batch and answers null when there are no more.
 */
async function* readAhead<B>(load: (previous: B | null) => Promise<B | null>): AsyncGenerator<B> {
  const start = (previous: B | null) => {
    const loading = load(previous);
    loading.catch(() => undefined); // awaited below; a consumer that stopped early must not leave it unhandled
    return loading;
  };
  let next = start(null);
  for (let batch = await next; batch; batch = await next) {
    next = start(batch);
    yield batch;
  }
}

/**
 * The archive records of `set`: its members by kind in WRITE_ORDER (one statement for the rows, one for their
 * references, at most one for names per batch), with the organization exported whole read in keyset pages
 * where its assets belong, after the other assets. Only two batches are ever in memory. Objects deleted since the set was decided are skipped; organization objects
 * that appeared since are checked as the set's were (FORBIDDEN, NOT_REPACKAGEABLE), which aborts the archive.
 */
export async function* exportRecords(
  em: SqlEntityManager,
  access: AccessControl,
  set: Pick<ExportSet, 'members' | 'organization'>,
  batchSize: number,
): AsyncGenerator<ArchiveRecord> {
  const loader = new RecordLookupLoader(em);
  const planned = plannedBatches(set.members, batchSize);
  const position = { before: 0, after: 0, organizationDone: !set.organization };
  const members = async (uuids: string[]) => loadBatch(em, loader, await selectExportRows(em, uuids), null);
  const load = async (previous: LoadedBatch | null): Promise<LoadedBatch | null> => {
    if (position.before < planned.before.length) return members(planned.before[position.before++]!);
    if (!position.organizationDone) {
      // Each page starts after the previous page's last UUID (the first after the members); a short page is the last.
      const page = previous?.after && previous.rows.length < batchSize ? [] : await selectOrganizationExportPage(em, set.organization!, previous?.after ?? null, batchSize);
      if (page.length) {
        assertStillExportable(access, page, set.members);
        return loadBatch(em, loader, page, page[page.length - 1]!.uuid);
      }
      position.organizationDone = true;
    }
    if (position.after < planned.after.length) return members(planned.after[position.after++]!);
    return null;
  };
  for await (const batch of readAhead(load)) {
    for (const row of batch.rows) {
      if (batch.after !== null && set.members.has(row.uuid)) continue; // written with the members already
      yield toArchiveRecord(row, batch.references.get(row.uuid) ?? [], batch.lookups);
    }
  }
}

async function loadBatch(em: SqlEntityManager, loader: RecordLookupLoader, rows: ExportRow[], after: string | null): Promise<LoadedBatch> {
  const [references, lookups] = await Promise.all([selectReferences(em, rows.map((r) => r.uuid)), loader.forRows(rows)]);
  rows.sort((a, b) => (a.uuid < b.uuid ? -1 : 1));
  return { rows, references, lookups, after };
}

function assertStillExportable(access: AccessControl, rows: readonly ExportRow[], members: ReadonlyMap<string, ObjectKind>): void {
  const fresh = rows.filter((r) => !members.has(r.uuid));
  const forbidden = fresh.filter((r) => !access.canView(r)).map((r) => r.uuid);
  if (forbidden.length) throw RegistryError.forbiddenObjects('export these objects', forbidden);
  const withheld = fresh.filter((r) => !access.canViewContent(r)).map((r) => r.uuid);
  if (withheld.length) throw RegistryError.contentWithheld('export these objects', withheld);
  const locked = fresh.filter((r) => !r.rePackageable).map((r) => r.uuid);
  if (locked.length) throw RegistryError.notRepackageable(locked);
}
