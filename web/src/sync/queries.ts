import { graphql } from '../gql';

/** One side's copy of an element. */
export const SyncSideFields = graphql(`
  fragment ConsoleSyncSide on SyncManifestElement { uuid version timestamp contentDigest }
`);

/** The package compared element by element with its copy on a remote, and the digest a synchronization presents. */
export const CompareRemotePackageQuery = graphql(`
  query ConsoleCompareRemotePackage($remote: String!, $package: ID!) {
    compareRemotePackage(remote: $remote, package: $package) {
      remoteName remoteRegistryUuid package packageName comparisonDigest
      counts { state count }
      members { local remote localOnly remoteOnly mergeOffered merged }
      elements {
        uuid kind name state proposedDirection lastSyncedDigest lastSyncedAt isPackage isMember
        local { ...ConsoleSyncSide }
        remote { ...ConsoleSyncSide }
      }
    }
  }
`);

export const SynchronizeRemotePackage = graphql(`
  mutation ConsoleSynchronizeRemotePackage($input: SynchronizePackageInput!) {
    synchronizeRemotePackage(input: $input) { ...ConsoleRemoteOperation }
  }
`);

/** What a SYNC_PACKAGE operation did to each element on each side (also after a partial failure). */
export const SyncResultQuery = graphql(`
  query ConsoleSyncResult($id: ID!) {
    remoteOperation(id: $id) {
      id
      syncResult {
        package comparisonDigest localImportRecordId remoteImportRecordId mergedMembers recorded complete
        elements { uuid kind name direction local remote }
      }
    }
  }
`);
