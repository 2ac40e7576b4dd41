import type { SqlEntityManager } from '@mikro-orm/knex';
import { contentDigest } from '../../archive/contentDigest.js';
import type { AccessControl } from '../../auth/accessControl.js';
import { rawQuery } from '../../db/rawQuery.js';
import type { PackageFields } from '../../domain/kindFields.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { RegistryObjectEntity } from '../../entities/index.js';
import { RegistryError } from '../../errors/registryError.js';
import { collectExportSet } from '../../export/exportSet.js';
import { OBJECT_ROW_COLUMNS, objectRowFromColumns } from '../../export/objectRow.js';
import { toArchiveRecord } from '../../export/toArchiveRecord.js';
import { NO_LOOKUPS, referencesOf, UUID_CHUNK } from '../../import/planning/existingObjects.js';
import type { ManifestElement, SyncManifest } from './syncTypes.js';

/** Most objects a manifest may be asked about beyond the package's closure. */
export const MAX_MANIFEST_EXTRAS = 50_000;

/**
 * What this registry holds of a package, for a registry synchronizing with it: the package, its members and
 * everything their closure brings (the closure its export would write, but for owners, which are not content;
 * with the export's rules: FORBIDDEN for
 * an element the caller may not view or read, NOT_REPACKAGEABLE for one that may not be exported again), each
 * with the content digest the importer computes (contentDigest), plus those of `extra` that exist and the
 * caller may view and read (the others are simply absent: a hidden object and a missing one look the same).
 */
export async function packageSyncManifest(
  em: SqlEntityManager,
  access: AccessControl,
  registryUuid: string,
  packageUuid: string,
  extra: readonly string[],
): Promise<SyncManifest> {
  await access.ready();
  if (extra.length > MAX_MANIFEST_EXTRAS) throw RegistryError.badInput(`Ask about at most ${MAX_MANIFEST_EXTRAS} objects beyond the package.`);
  const pkg = await em.findOne(RegistryObjectEntity, { uuid: packageUuid, kind: ObjectKind.PACKAGE });
  if (!pkg || !access.canView(pkg)) throw RegistryError.notFound('Package', packageUuid);
  const members = [...new Set((pkg.fields as unknown as PackageFields).members ?? [])];
  const set = await collectExportSet(em, access, {
    objects: [pkg.uuid],
    members,
    organization: null,
    follow: { references: true, versionHistory: false, owners: false },
  });
  const closure = new Set(set.members.keys());
  const extras = [...new Set(extra)].filter((uuid) => !closure.has(uuid));
  const elements = [...(await manifestElements(em, [...closure], null)), ...(await manifestElements(em, extras, access))];
  return { registryUuid, package: pkg.uuid, packageName: pkg.name, members, elements: elements.sort(byUuid) };
}

/**
 * The elements among `uuids` with their content digests, a chunk of UUIDs per statement (rows, then their
 * references). With `access`, only those it may view and read are kept.
 */
export async function manifestElements(em: SqlEntityManager, uuids: readonly string[], access: AccessControl | null): Promise<ManifestElement[]> {
  const elements: ManifestElement[] = [];
  for (let i = 0; i < uuids.length; i += UUID_CHUNK) {
    const rows = await rawQuery(
      em,
      em.getKnex().select([...OBJECT_ROW_COLUMNS, 'view_content']).from('registry_object').whereIn('uuid', uuids.slice(i, i + UUID_CHUNK)),
    );
    const readable = rows.filter((raw) => !access || access.canViewContent({ ...objectRowFromColumns(raw), viewContent: Boolean(raw.view_content) }));
    if (!readable.length) continue;
    const references = await referencesOf(em, readable.map((r) => r.uuid as string));
    for (const raw of readable) {
      const row = objectRowFromColumns(raw);
      const record = toArchiveRecord(row, references.get(row.uuid) ?? [], NO_LOOKUPS);
      elements.push({
        uuid: row.uuid,
        kind: row.kind,
        name: row.name,
        version: row.version ?? null,
        timestamp: row.timestamp.toISOString(),
        contentDigest: contentDigest(record),
      });
    }
  }
  return elements;
}

function byUuid(a: { uuid: string }, b: { uuid: string }): number {
  return a.uuid < b.uuid ? -1 : a.uuid > b.uuid ? 1 : 0;
}
