import { graphql } from '../../generated/gql.js';

graphql(`
  fragment CliRemoteRegistry on RemoteRegistry {
    name address timeoutSeconds caCertificatesConfigured pinnedCertificateSha256 registryUuid registryName signerFingerprint
    identityRecordedAt pendingIdentity { registryUuid signerFingerprint }
  }
`);

graphql(`
  fragment CliRemoteOperation on RemoteOperation {
    id kind status phase done total remoteName planDigest stagedImportId result startedAt finishedAt
    error { side code message remoteCode }
  }
`);

export const RemoteRegistries = graphql(`
  query CliRemoteRegistries { remoteRegistries { ...CliRemoteRegistry } }
`);

export const AddRemoteRegistry = graphql(`
  mutation CliAddRemoteRegistry($input: AddRemoteRegistryInput!) { addRemoteRegistry(input: $input) { ...CliRemoteRegistry } }
`);

export const TestRemoteRegistry = graphql(`
  mutation CliTestRemoteRegistry($name: String!) {
    testRemoteRegistry(name: $name) {
      reachable identityStatus registryUuid registryName signerFingerprint
      credentialUser { uuid name roles administrator }
      error { side code message remoteCode }
      remote { ...CliRemoteRegistry }
    }
  }
`);

export const PromoteObjects = graphql(`
  mutation CliPromoteObjects($input: PromoteObjectsInput!) { promoteObjects(input: $input) { ...CliRemoteOperation } }
`);

export const CommitPromotion = graphql(`
  mutation CliCommitPromotion($id: ID!) { commitPromotion(operationId: $id) { ...CliRemoteOperation } }
`);
