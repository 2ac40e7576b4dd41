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

graphql(`
  fragment CliSyncCopy on SyncManifestElement { version timestamp contentDigest }
`);

graphql(`
  fragment CliPackageComparison on PackageComparison {
    remoteName remoteRegistryUuid package packageName comparisonDigest
    counts { state count }
    members { local remote localOnly remoteOnly mergeOffered merged }
    elements { uuid kind name state proposedDirection isPackage isMember lastSyncedDigest local { ...CliSyncCopy } remote { ...CliSyncCopy } }
  }
`);

export const CompareRemotePackage = graphql(`
  query CliCompareRemotePackage($remote: String!, $package: ID!) { compareRemotePackage(remote: $remote, package: $package) { ...CliPackageComparison } }
`);

graphql(`
  fragment CliSyncOperation on RemoteOperation {
    ...CliRemoteOperation
    syncResult {
      package comparisonDigest localImportRecordId remoteImportRecordId mergedMembers recorded complete
      elements { uuid kind name direction local remote }
    }
  }
`);

export const SynchronizeRemotePackage = graphql(`
  mutation CliSynchronizeRemotePackage($input: SynchronizePackageInput!) { synchronizeRemotePackage(input: $input) { ...CliSyncOperation } }
`);

export const RemoteOperationById = graphql(`
  query CliRemoteOperation($id: ID!) { remoteOperation(id: $id) { ...CliSyncOperation } }
  fragment CliIncomingPromotion on IncomingPromotion {
    id status sourceRegistry { uuid name } sourceAddress exportedBy { uuid name } requestedBy { uuid name } requestedAt stage
    archiveSha256 objectCount counts { create replace ignore reject skip } stagedImportId decidedBy { uuid name } decidedAt reason importRecordId
  }
`);

export const PromoteObjectsHeld = graphql(`
  mutation CliPromoteObjectsHeld($input: PromoteObjectsInput!) {
    promoteObjects(input: $input) { ...CliRemoteOperation approval { status incomingPromotionId } }
  }
`);

export const PromotionById = graphql(`
  query CliPromotionById($id: ID!) { remoteOperation(id: $id) { ...CliRemoteOperation approval { status incomingPromotionId } } }
`);

export const CommitPromotionStarted = graphql(`
  mutation CliCommitPromotionStarted($id: ID!) { commitPromotion(operationId: $id, wait: false) { ...CliRemoteOperation } }
`);

export const IncomingPromotions = graphql(`
  query CliIncomingPromotions($status: IncomingPromotionStatus, $first: Int!, $after: ID) {
    incomingPromotions(status: $status, first: $first, after: $after) { ...CliIncomingPromotion }
  }
`);

export const IncomingPromotionPreview = graphql(`
  query CliIncomingPromotionPreview($id: ID!) {
    incomingPromotion(id: $id) { ...CliIncomingPromotion preview { planDigest counts { create replace ignore reject skip } } }
  }
`);

export const ApprovePromotion = graphql(`
  mutation CliApprovePromotion($id: ID!, $digest: String!) { approvePromotion(id: $id, expectedPlanDigest: $digest) { ...CliIncomingPromotion } }
`);

export const RejectPromotion = graphql(`
  mutation CliRejectPromotion($id: ID!, $reason: String) { rejectPromotion(id: $id, reason: $reason) { ...CliIncomingPromotion } }
`);
