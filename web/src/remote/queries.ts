import { graphql } from '../gql';

export const RemoteRegistriesQuery = graphql(`
  query ConsoleRemoteRegistries {
    remoteRegistries {
      id name address timeoutSeconds caCertificatesConfigured pinnedCertificateSha256
      registryUuid registryName signerFingerprint identityRecordedAt
      pendingIdentity { registryUuid signerFingerprint }
    }
  }
`);

export const AddRemoteRegistry = graphql(`
  mutation ConsoleAddRemoteRegistry($input: AddRemoteRegistryInput!) {
    addRemoteRegistry(input: $input) { id name }
  }
`);

export const RemoveRemoteRegistry = graphql(`
  mutation ConsoleRemoveRemoteRegistry($name: String!) {
    removeRemoteRegistry(name: $name)
  }
`);

export const AcceptRemoteIdentity = graphql(`
  mutation ConsoleAcceptRemoteIdentity($name: String!) {
    acceptRemoteIdentity(name: $name) { id registryUuid signerFingerprint identityRecordedAt pendingIdentity { registryUuid signerFingerprint } }
  }
`);

export const TestRemoteRegistry = graphql(`
  mutation ConsoleTestRemoteRegistry($name: String!) {
    testRemoteRegistry(name: $name) {
      reachable identityStatus registryUuid registryName signerFingerprint
      credentialUser { uuid name roles administrator }
      error { side code message remoteCode }
      remote { id registryUuid registryName signerFingerprint identityRecordedAt pendingIdentity { registryUuid signerFingerprint } }
    }
  }
`);

export const RemotePackagesQuery = graphql(`
  query ConsoleRemotePackages($remote: String!, $first: Int!, $after: String, $nameContains: String) {
    remotePackages(remote: $remote, first: $first, after: $after, nameContains: $nameContains) {
      hasNextPage endCursor
      packages { uuid name description memberCount timestamp }
    }
  }
`);

export const RemoteOperationFields = graphql(`
  fragment ConsoleRemoteOperation on RemoteOperation {
    id kind status phase done total startedAt finishedAt remoteName stagedImportId planDigest result
    error { side code message remoteCode }
    approval { status incomingPromotionId decidedBy { uuid name } decidedAt reason checkedAt }
  }
`);

export const RemoteOperationQuery = graphql(`
  query ConsoleRemoteOperationPoll($id: ID!) {
    remoteOperation(id: $id) { ...ConsoleRemoteOperation }
  }
`);

export const GetRemotePackage = graphql(`
  mutation ConsoleGetRemotePackage($remote: String!, $package: ID!) {
    getRemotePackage(remote: $remote, package: $package, wait: false) { ...ConsoleRemoteOperation }
  }
`);

export const PromoteObjects = graphql(`
  mutation ConsolePromoteObjects($objects: [ID!]!, $stage: ID!) {
    promoteObjects(input: { objects: $objects, stage: $stage, wait: false }) { ...ConsoleRemoteOperation }
  }
`);

export const CommitPromotion = graphql(`
  mutation ConsoleCommitPromotion($operationId: ID!) {
    commitPromotion(operationId: $operationId, wait: false) { ...ConsoleRemoteOperation }
  }
`);

/** The stages an object's lifecycle model offers, and what this registry recorded of its promotions. */
export const ObjectPromotionQuery = graphql(`
  query ConsoleObjectPromotion($uuid: ID!) {
    object(uuid: $uuid) {
      uuid
      promotionTrail { direction registryUuid registryName registryAddress stageUuid userName at archiveSha256 importRecordId }
      ... on Asset {
        lifecycleState { uuid stages { uuid name address } }
        lifecycleModel { uuid states { uuid stages { uuid name address } } }
      }
    }
  }
`);


export const RefreshPromotionApproval = graphql(`
  mutation ConsoleRefreshPromotionApproval($operationId: ID!) {
    refreshPromotionApproval(operationId: $operationId) { ...ConsoleRemoteOperation }
  }
`);

export const IncomingPromotionsQuery = graphql(`
  query ConsoleIncomingPromotions($status: IncomingPromotionStatus) {
    promotionApprovalRequired
    incomingPromotions(status: $status) {
      id status sourceRegistry { uuid name } sourceAddress exportedBy { uuid name } requestedBy { uuid name } requestedAt
      archiveSha256 objectCount counts { create replace ignore reject skip } decidedBy { uuid name } decidedAt reason
    }
  }
`);

export const IncomingPromotionPreview = graphql(`
  query ConsoleIncomingPromotionPreview($id: ID!) {
    incomingPromotion(id: $id) { id status preview { planDigest counts { create replace ignore reject skip } } }
  }
`);

export const ApprovePromotion = graphql(`
  mutation ConsoleApprovePromotion($id: ID!, $digest: String!) {
    approvePromotion(id: $id, expectedPlanDigest: $digest) { id status decidedBy { uuid name } decidedAt importRecordId }
  }
`);

export const RejectPromotion = graphql(`
  mutation ConsoleRejectPromotion($id: ID!, $reason: String) {
    rejectPromotion(id: $id, reason: $reason) { id status decidedBy { uuid name } decidedAt reason }
  }
`);
