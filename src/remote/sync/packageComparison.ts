import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../../auth/accessControl.js';
import type { PackageFields } from '../../domain/kindFields.js';
import { ObjectKind } from '../../domain/objectKind.js';
import { RegistryObjectEntity } from '../../entities/index.js';
import type { RemoteClient } from '../remoteClient.js';
import { RemoteErrors } from '../remoteErrors.js';
import type { ConnectedRemote } from '../remoteRegistries.js';
import { comparePackage } from './decideStates.js';
import { manifestElements, packageSyncManifest } from './syncManifest.js';
import { lastSyncOf } from './syncStateStore.js';
import type { PackageComparison, SyncManifest } from './syncTypes.js';

const MANIFEST_QUERY = `query SyncManifest($package: ID!, $objects: [ID!]) {
  packageSyncManifest(package: $package, objects: $objects) {
    registryUuid package packageName members
    elements { uuid kind name version timestamp contentDigest }
  }
}`;

/** The remote's manifest of the package, also describing `objects` (this registry's elements) where it holds them. */
export async function remoteManifest(client: RemoteClient, packageUuid: string, objects: string[]): Promise<SyncManifest> {
  const answer = await client.graphql<{ packageSyncManifest: SyncManifest | null }>(MANIFEST_QUERY, { package: packageUuid, objects });
  const manifest = answer?.packageSyncManifest;
  if (!manifest?.elements || !Array.isArray(manifest.members)) throw RemoteErrors.badAnswer(client.name, 'no package manifest');
  return manifest;
}

/**
 * Compares a package here with its copy on a connected remote, element by element: this registry's closure of
 * the package (when it holds the package), the remote's closure (describing this side's elements too), this
 * side's copies of the remote's elements outside its own closure, and the digests agreed at the last
 * synchronization with that remote. `access` must be the caller's (an administrator's: see syncAccess).
 */
export async function compareRemotePackage(em: SqlEntityManager, access: AccessControl, connected: ConnectedRemote, packageUuid: string): Promise<PackageComparison> {
  const { remote, client, identity } = connected;
  const localPackage = await em.findOne(RegistryObjectEntity, { uuid: packageUuid, kind: ObjectKind.PACKAGE }, { fields: ['uuid', 'fields'] });
  const local = localPackage ? await packageSyncManifest(em, access, '', packageUuid, []) : null;
  const there = await remoteManifest(client, packageUuid, (local?.elements ?? []).map((e) => e.uuid));
  if (there.registryUuid !== identity.registryUuid || there.package !== packageUuid) throw RemoteErrors.badAnswer(client.name, 'a manifest of another package or registry');
  const known = new Set((local?.elements ?? []).map((e) => e.uuid));
  const outside = await manifestElements(em, there.elements.map((e) => e.uuid).filter((u) => !known.has(u)), access);
  const localElements = [...(local?.elements ?? []), ...outside];
  const lastSync = await lastSyncOf(em, remote.id, [...new Set([...localElements, ...there.elements].map((e) => e.uuid))]);
  return comparePackage({
    remoteName: remote.name,
    remoteRegistryUuid: identity.registryUuid,
    package: packageUuid,
    packageName: local?.packageName ?? there.packageName,
    local: localElements,
    remote: there.elements,
    localMembers: local ? ((localPackage!.fields as unknown as PackageFields).members ?? []).filter((m, i, all) => all.indexOf(m) === i) : [],
    remoteMembers: there.members,
    lastSync,
  });
}
