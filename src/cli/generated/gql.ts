/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CliExportArchive($input: ExportArchiveInput!) {\n    exportArchive(input: $input) {\n      id sha256 size objectCount signed encryption downloadUrl expiresAt\n    }\n  }\n": typeof types.CliExportArchiveDocument,
    "\n  fragment CliImportRecord on ImportRecord {\n    id status phase done total startedAt finishedAt stagedImportId archiveSha256 trust planDigest selection userUuid\n    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }\n    counts { created replaced ignored rejected skipped }\n    error { code message }\n    signer { subject fingerprintSha256 }\n  }\n": typeof types.CliImportRecordFragmentDoc,
    "\n  mutation CliCommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) { ...CliImportRecord }\n  }\n": typeof types.CliCommitImportDocument,
    "\n  query CliImportRecordById($id: ID!) {\n    importRecord(id: $id) { ...CliImportRecord }\n  }\n": typeof types.CliImportRecordByIdDocument,
    "\n  query CliImportRecordOutcomes($id: ID!, $first: Int!, $after: String) {\n    importRecord(id: $id) {\n      ...CliImportRecord\n      outcomes(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { line uuid kind name action reasons { code message } } }\n      }\n    }\n  }\n": typeof types.CliImportRecordOutcomesDocument,
    "\n  query CliImportHistory($first: Int!, $after: String) {\n    importHistory(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliImportRecord } }\n    }\n  }\n": typeof types.CliImportHistoryDocument,
    "\n  mutation CliExportKeystore($password: String!) {\n    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }\n  }\n": typeof types.CliExportKeystoreDocument,
    "\n  mutation CliImportKeystore($file: Upload!, $password: String!, $makeCurrent: Boolean!) {\n    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) {\n      keyCount added\n      current { fingerprintSha256 subject notAfter }\n    }\n  }\n": typeof types.CliImportKeystoreDocument,
    "\n  fragment CliTrustedProvider on TrustedProvider {\n    fingerprintSha256 subject issuer serialNumber notBefore notAfter addedAt addedBy\n  }\n": typeof types.CliTrustedProviderFragmentDoc,
    "\n  query CliTrustedProviders {\n    trustedProviders { ...CliTrustedProvider }\n  }\n": typeof types.CliTrustedProvidersDocument,
    "\n  mutation CliAddTrustedProvider($pem: String!) {\n    addTrustedProvider(certificatePem: $pem) { ...CliTrustedProvider }\n  }\n": typeof types.CliAddTrustedProviderDocument,
    "\n  mutation CliRemoveTrustedProvider($fingerprint: String!) {\n    removeTrustedProvider(fingerprint: $fingerprint)\n  }\n": typeof types.CliRemoveTrustedProviderDocument,
    "\n  query CliPlanDecisions(\n    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $filter: DecisionFilter, $first: Int!, $after: String\n  ) {\n    stagedImport(id: $id) {\n      decisions(options: $options, selection: $selection, filter: $filter, first: $first, after: $after) {\n        planDigest totalCount\n        counts { create replace ignore reject skip }\n        blocking { code severity message uuids }\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            uuid kind name line action selected includedByCount\n            reasons { code severity message }\n            changes { totalCount truncated contentWithheld entries { path before after cut } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CliPlanDecisionsDocument,
    "\n  query CliRegistryIdentity {\n    registry { uuid name address }\n  }\n": typeof types.CliRegistryIdentityDocument,
    "\n  fragment CliRemoteRegistry on RemoteRegistry {\n    name address timeoutSeconds caCertificatesConfigured pinnedCertificateSha256 registryUuid registryName signerFingerprint\n    identityRecordedAt pendingIdentity { registryUuid signerFingerprint }\n  }\n": typeof types.CliRemoteRegistryFragmentDoc,
    "\n  fragment CliRemoteOperation on RemoteOperation {\n    id kind status phase done total remoteName planDigest stagedImportId result startedAt finishedAt\n    error { side code message remoteCode }\n  }\n": typeof types.CliRemoteOperationFragmentDoc,
    "\n  query CliRemoteRegistries { remoteRegistries { ...CliRemoteRegistry } }\n": typeof types.CliRemoteRegistriesDocument,
    "\n  mutation CliAddRemoteRegistry($input: AddRemoteRegistryInput!) { addRemoteRegistry(input: $input) { ...CliRemoteRegistry } }\n": typeof types.CliAddRemoteRegistryDocument,
    "\n  mutation CliTestRemoteRegistry($name: String!) {\n    testRemoteRegistry(name: $name) {\n      reachable identityStatus registryUuid registryName signerFingerprint\n      credentialUser { uuid name roles administrator }\n      error { side code message remoteCode }\n      remote { ...CliRemoteRegistry }\n    }\n  }\n": typeof types.CliTestRemoteRegistryDocument,
    "\n  mutation CliPromoteObjects($input: PromoteObjectsInput!) { promoteObjects(input: $input) { ...CliRemoteOperation } }\n": typeof types.CliPromoteObjectsDocument,
    "\n  mutation CliCommitPromotion($id: ID!) { commitPromotion(operationId: $id) { ...CliRemoteOperation } }\n": typeof types.CliCommitPromotionDocument,
    "\n  fragment CliSyncCopy on SyncManifestElement { version timestamp contentDigest }\n": typeof types.CliSyncCopyFragmentDoc,
    "\n  fragment CliPackageComparison on PackageComparison {\n    remoteName remoteRegistryUuid package packageName comparisonDigest\n    counts { state count }\n    members { local remote localOnly remoteOnly mergeOffered merged }\n    elements { uuid kind name state proposedDirection isPackage isMember lastSyncedDigest local { ...CliSyncCopy } remote { ...CliSyncCopy } }\n  }\n": typeof types.CliPackageComparisonFragmentDoc,
    "\n  query CliCompareRemotePackage($remote: String!, $package: ID!) { compareRemotePackage(remote: $remote, package: $package) { ...CliPackageComparison } }\n": typeof types.CliCompareRemotePackageDocument,
    "\n  fragment CliSyncOperation on RemoteOperation {\n    ...CliRemoteOperation\n    syncResult {\n      package comparisonDigest localImportRecordId remoteImportRecordId mergedMembers recorded complete\n      elements { uuid kind name direction local remote }\n    }\n  }\n": typeof types.CliSyncOperationFragmentDoc,
    "\n  mutation CliSynchronizeRemotePackage($input: SynchronizePackageInput!) { synchronizeRemotePackage(input: $input) { ...CliSyncOperation } }\n": typeof types.CliSynchronizeRemotePackageDocument,
    "\n  query CliRemoteOperation($id: ID!) { remoteOperation(id: $id) { ...CliSyncOperation } }\n  fragment CliIncomingPromotion on IncomingPromotion {\n    id status sourceRegistry { uuid name } sourceAddress exportedBy { uuid name } requestedBy { uuid name } requestedAt stage\n    archiveSha256 objectCount counts { create replace ignore reject skip } stagedImportId decidedBy { uuid name } decidedAt reason importRecordId\n  }\n": typeof types.CliRemoteOperationDocument,
    "\n  mutation CliPromoteObjectsHeld($input: PromoteObjectsInput!) {\n    promoteObjects(input: $input) { ...CliRemoteOperation approval { status incomingPromotionId } }\n  }\n": typeof types.CliPromoteObjectsHeldDocument,
    "\n  query CliPromotionById($id: ID!) { remoteOperation(id: $id) { ...CliRemoteOperation approval { status incomingPromotionId } } }\n": typeof types.CliPromotionByIdDocument,
    "\n  mutation CliCommitPromotionStarted($id: ID!) { commitPromotion(operationId: $id, wait: false) { ...CliRemoteOperation } }\n": typeof types.CliCommitPromotionStartedDocument,
    "\n  query CliIncomingPromotions($status: IncomingPromotionStatus, $first: Int!, $after: ID) {\n    incomingPromotions(status: $status, first: $first, after: $after) { ...CliIncomingPromotion }\n  }\n": typeof types.CliIncomingPromotionsDocument,
    "\n  query CliIncomingPromotionPreview($id: ID!) {\n    incomingPromotion(id: $id) { ...CliIncomingPromotion preview { planDigest counts { create replace ignore reject skip } } }\n  }\n": typeof types.CliIncomingPromotionPreviewDocument,
    "\n  mutation CliApprovePromotion($id: ID!, $digest: String!) { approvePromotion(id: $id, expectedPlanDigest: $digest) { ...CliIncomingPromotion } }\n": typeof types.CliApprovePromotionDocument,
    "\n  mutation CliRejectPromotion($id: ID!, $reason: String) { rejectPromotion(id: $id, reason: $reason) { ...CliIncomingPromotion } }\n": typeof types.CliRejectPromotionDocument,
    "\n  fragment CliStagedImport on StagedImport {\n    id fileName archiveSha256 archiveSize objectCount encrypted trust exportedAt expiresAt\n    signer { subject fingerprintSha256 }\n    sourceRegistry { uuid name address }\n    countsByKind { kind count }\n    problemCount\n    problems { line path message }\n  }\n": typeof types.CliStagedImportFragmentDoc,
    "\n  mutation CliStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) { ...CliStagedImport }\n  }\n": typeof types.CliStageArchiveDocument,
    "\n  query CliStagedImportById($id: ID!) {\n    stagedImport(id: $id) { ...CliStagedImport }\n  }\n": typeof types.CliStagedImportByIdDocument,
    "\n  mutation CliDiscardStagedImport($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n": typeof types.CliDiscardStagedImportDocument,
};
const documents: Documents = {
    "\n  mutation CliExportArchive($input: ExportArchiveInput!) {\n    exportArchive(input: $input) {\n      id sha256 size objectCount signed encryption downloadUrl expiresAt\n    }\n  }\n": types.CliExportArchiveDocument,
    "\n  fragment CliImportRecord on ImportRecord {\n    id status phase done total startedAt finishedAt stagedImportId archiveSha256 trust planDigest selection userUuid\n    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }\n    counts { created replaced ignored rejected skipped }\n    error { code message }\n    signer { subject fingerprintSha256 }\n  }\n": types.CliImportRecordFragmentDoc,
    "\n  mutation CliCommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) { ...CliImportRecord }\n  }\n": types.CliCommitImportDocument,
    "\n  query CliImportRecordById($id: ID!) {\n    importRecord(id: $id) { ...CliImportRecord }\n  }\n": types.CliImportRecordByIdDocument,
    "\n  query CliImportRecordOutcomes($id: ID!, $first: Int!, $after: String) {\n    importRecord(id: $id) {\n      ...CliImportRecord\n      outcomes(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { line uuid kind name action reasons { code message } } }\n      }\n    }\n  }\n": types.CliImportRecordOutcomesDocument,
    "\n  query CliImportHistory($first: Int!, $after: String) {\n    importHistory(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliImportRecord } }\n    }\n  }\n": types.CliImportHistoryDocument,
    "\n  mutation CliExportKeystore($password: String!) {\n    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }\n  }\n": types.CliExportKeystoreDocument,
    "\n  mutation CliImportKeystore($file: Upload!, $password: String!, $makeCurrent: Boolean!) {\n    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) {\n      keyCount added\n      current { fingerprintSha256 subject notAfter }\n    }\n  }\n": types.CliImportKeystoreDocument,
    "\n  fragment CliTrustedProvider on TrustedProvider {\n    fingerprintSha256 subject issuer serialNumber notBefore notAfter addedAt addedBy\n  }\n": types.CliTrustedProviderFragmentDoc,
    "\n  query CliTrustedProviders {\n    trustedProviders { ...CliTrustedProvider }\n  }\n": types.CliTrustedProvidersDocument,
    "\n  mutation CliAddTrustedProvider($pem: String!) {\n    addTrustedProvider(certificatePem: $pem) { ...CliTrustedProvider }\n  }\n": types.CliAddTrustedProviderDocument,
    "\n  mutation CliRemoveTrustedProvider($fingerprint: String!) {\n    removeTrustedProvider(fingerprint: $fingerprint)\n  }\n": types.CliRemoveTrustedProviderDocument,
    "\n  query CliPlanDecisions(\n    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $filter: DecisionFilter, $first: Int!, $after: String\n  ) {\n    stagedImport(id: $id) {\n      decisions(options: $options, selection: $selection, filter: $filter, first: $first, after: $after) {\n        planDigest totalCount\n        counts { create replace ignore reject skip }\n        blocking { code severity message uuids }\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            uuid kind name line action selected includedByCount\n            reasons { code severity message }\n            changes { totalCount truncated contentWithheld entries { path before after cut } }\n          }\n        }\n      }\n    }\n  }\n": types.CliPlanDecisionsDocument,
    "\n  query CliRegistryIdentity {\n    registry { uuid name address }\n  }\n": types.CliRegistryIdentityDocument,
    "\n  fragment CliRemoteRegistry on RemoteRegistry {\n    name address timeoutSeconds caCertificatesConfigured pinnedCertificateSha256 registryUuid registryName signerFingerprint\n    identityRecordedAt pendingIdentity { registryUuid signerFingerprint }\n  }\n": types.CliRemoteRegistryFragmentDoc,
    "\n  fragment CliRemoteOperation on RemoteOperation {\n    id kind status phase done total remoteName planDigest stagedImportId result startedAt finishedAt\n    error { side code message remoteCode }\n  }\n": types.CliRemoteOperationFragmentDoc,
    "\n  query CliRemoteRegistries { remoteRegistries { ...CliRemoteRegistry } }\n": types.CliRemoteRegistriesDocument,
    "\n  mutation CliAddRemoteRegistry($input: AddRemoteRegistryInput!) { addRemoteRegistry(input: $input) { ...CliRemoteRegistry } }\n": types.CliAddRemoteRegistryDocument,
    "\n  mutation CliTestRemoteRegistry($name: String!) {\n    testRemoteRegistry(name: $name) {\n      reachable identityStatus registryUuid registryName signerFingerprint\n      credentialUser { uuid name roles administrator }\n      error { side code message remoteCode }\n      remote { ...CliRemoteRegistry }\n    }\n  }\n": types.CliTestRemoteRegistryDocument,
    "\n  mutation CliPromoteObjects($input: PromoteObjectsInput!) { promoteObjects(input: $input) { ...CliRemoteOperation } }\n": types.CliPromoteObjectsDocument,
    "\n  mutation CliCommitPromotion($id: ID!) { commitPromotion(operationId: $id) { ...CliRemoteOperation } }\n": types.CliCommitPromotionDocument,
    "\n  fragment CliSyncCopy on SyncManifestElement { version timestamp contentDigest }\n": types.CliSyncCopyFragmentDoc,
    "\n  fragment CliPackageComparison on PackageComparison {\n    remoteName remoteRegistryUuid package packageName comparisonDigest\n    counts { state count }\n    members { local remote localOnly remoteOnly mergeOffered merged }\n    elements { uuid kind name state proposedDirection isPackage isMember lastSyncedDigest local { ...CliSyncCopy } remote { ...CliSyncCopy } }\n  }\n": types.CliPackageComparisonFragmentDoc,
    "\n  query CliCompareRemotePackage($remote: String!, $package: ID!) { compareRemotePackage(remote: $remote, package: $package) { ...CliPackageComparison } }\n": types.CliCompareRemotePackageDocument,
    "\n  fragment CliSyncOperation on RemoteOperation {\n    ...CliRemoteOperation\n    syncResult {\n      package comparisonDigest localImportRecordId remoteImportRecordId mergedMembers recorded complete\n      elements { uuid kind name direction local remote }\n    }\n  }\n": types.CliSyncOperationFragmentDoc,
    "\n  mutation CliSynchronizeRemotePackage($input: SynchronizePackageInput!) { synchronizeRemotePackage(input: $input) { ...CliSyncOperation } }\n": types.CliSynchronizeRemotePackageDocument,
    "\n  query CliRemoteOperation($id: ID!) { remoteOperation(id: $id) { ...CliSyncOperation } }\n  fragment CliIncomingPromotion on IncomingPromotion {\n    id status sourceRegistry { uuid name } sourceAddress exportedBy { uuid name } requestedBy { uuid name } requestedAt stage\n    archiveSha256 objectCount counts { create replace ignore reject skip } stagedImportId decidedBy { uuid name } decidedAt reason importRecordId\n  }\n": types.CliRemoteOperationDocument,
    "\n  mutation CliPromoteObjectsHeld($input: PromoteObjectsInput!) {\n    promoteObjects(input: $input) { ...CliRemoteOperation approval { status incomingPromotionId } }\n  }\n": types.CliPromoteObjectsHeldDocument,
    "\n  query CliPromotionById($id: ID!) { remoteOperation(id: $id) { ...CliRemoteOperation approval { status incomingPromotionId } } }\n": types.CliPromotionByIdDocument,
    "\n  mutation CliCommitPromotionStarted($id: ID!) { commitPromotion(operationId: $id, wait: false) { ...CliRemoteOperation } }\n": types.CliCommitPromotionStartedDocument,
    "\n  query CliIncomingPromotions($status: IncomingPromotionStatus, $first: Int!, $after: ID) {\n    incomingPromotions(status: $status, first: $first, after: $after) { ...CliIncomingPromotion }\n  }\n": types.CliIncomingPromotionsDocument,
    "\n  query CliIncomingPromotionPreview($id: ID!) {\n    incomingPromotion(id: $id) { ...CliIncomingPromotion preview { planDigest counts { create replace ignore reject skip } } }\n  }\n": types.CliIncomingPromotionPreviewDocument,
    "\n  mutation CliApprovePromotion($id: ID!, $digest: String!) { approvePromotion(id: $id, expectedPlanDigest: $digest) { ...CliIncomingPromotion } }\n": types.CliApprovePromotionDocument,
    "\n  mutation CliRejectPromotion($id: ID!, $reason: String) { rejectPromotion(id: $id, reason: $reason) { ...CliIncomingPromotion } }\n": types.CliRejectPromotionDocument,
    "\n  fragment CliStagedImport on StagedImport {\n    id fileName archiveSha256 archiveSize objectCount encrypted trust exportedAt expiresAt\n    signer { subject fingerprintSha256 }\n    sourceRegistry { uuid name address }\n    countsByKind { kind count }\n    problemCount\n    problems { line path message }\n  }\n": types.CliStagedImportFragmentDoc,
    "\n  mutation CliStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) { ...CliStagedImport }\n  }\n": types.CliStageArchiveDocument,
    "\n  query CliStagedImportById($id: ID!) {\n    stagedImport(id: $id) { ...CliStagedImport }\n  }\n": types.CliStagedImportByIdDocument,
    "\n  mutation CliDiscardStagedImport($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n": types.CliDiscardStagedImportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliExportArchive($input: ExportArchiveInput!) {\n    exportArchive(input: $input) {\n      id sha256 size objectCount signed encryption downloadUrl expiresAt\n    }\n  }\n"): typeof import('./graphql.js').CliExportArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliImportRecord on ImportRecord {\n    id status phase done total startedAt finishedAt stagedImportId archiveSha256 trust planDigest selection userUuid\n    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }\n    counts { created replaced ignored rejected skipped }\n    error { code message }\n    signer { subject fingerprintSha256 }\n  }\n"): typeof import('./graphql.js').CliImportRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) { ...CliImportRecord }\n  }\n"): typeof import('./graphql.js').CliCommitImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliImportRecordById($id: ID!) {\n    importRecord(id: $id) { ...CliImportRecord }\n  }\n"): typeof import('./graphql.js').CliImportRecordByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliImportRecordOutcomes($id: ID!, $first: Int!, $after: String) {\n    importRecord(id: $id) {\n      ...CliImportRecord\n      outcomes(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { line uuid kind name action reasons { code message } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CliImportRecordOutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliImportHistory($first: Int!, $after: String) {\n    importHistory(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CliImportRecord } }\n    }\n  }\n"): typeof import('./graphql.js').CliImportHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliExportKeystore($password: String!) {\n    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }\n  }\n"): typeof import('./graphql.js').CliExportKeystoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliImportKeystore($file: Upload!, $password: String!, $makeCurrent: Boolean!) {\n    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) {\n      keyCount added\n      current { fingerprintSha256 subject notAfter }\n    }\n  }\n"): typeof import('./graphql.js').CliImportKeystoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliTrustedProvider on TrustedProvider {\n    fingerprintSha256 subject issuer serialNumber notBefore notAfter addedAt addedBy\n  }\n"): typeof import('./graphql.js').CliTrustedProviderFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliTrustedProviders {\n    trustedProviders { ...CliTrustedProvider }\n  }\n"): typeof import('./graphql.js').CliTrustedProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliAddTrustedProvider($pem: String!) {\n    addTrustedProvider(certificatePem: $pem) { ...CliTrustedProvider }\n  }\n"): typeof import('./graphql.js').CliAddTrustedProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliRemoveTrustedProvider($fingerprint: String!) {\n    removeTrustedProvider(fingerprint: $fingerprint)\n  }\n"): typeof import('./graphql.js').CliRemoveTrustedProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliPlanDecisions(\n    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $filter: DecisionFilter, $first: Int!, $after: String\n  ) {\n    stagedImport(id: $id) {\n      decisions(options: $options, selection: $selection, filter: $filter, first: $first, after: $after) {\n        planDigest totalCount\n        counts { create replace ignore reject skip }\n        blocking { code severity message uuids }\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            uuid kind name line action selected includedByCount\n            reasons { code severity message }\n            changes { totalCount truncated contentWithheld entries { path before after cut } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CliPlanDecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliRegistryIdentity {\n    registry { uuid name address }\n  }\n"): typeof import('./graphql.js').CliRegistryIdentityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliRemoteRegistry on RemoteRegistry {\n    name address timeoutSeconds caCertificatesConfigured pinnedCertificateSha256 registryUuid registryName signerFingerprint\n    identityRecordedAt pendingIdentity { registryUuid signerFingerprint }\n  }\n"): typeof import('./graphql.js').CliRemoteRegistryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliRemoteOperation on RemoteOperation {\n    id kind status phase done total remoteName planDigest stagedImportId result startedAt finishedAt\n    error { side code message remoteCode }\n  }\n"): typeof import('./graphql.js').CliRemoteOperationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliRemoteRegistries { remoteRegistries { ...CliRemoteRegistry } }\n"): typeof import('./graphql.js').CliRemoteRegistriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliAddRemoteRegistry($input: AddRemoteRegistryInput!) { addRemoteRegistry(input: $input) { ...CliRemoteRegistry } }\n"): typeof import('./graphql.js').CliAddRemoteRegistryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliTestRemoteRegistry($name: String!) {\n    testRemoteRegistry(name: $name) {\n      reachable identityStatus registryUuid registryName signerFingerprint\n      credentialUser { uuid name roles administrator }\n      error { side code message remoteCode }\n      remote { ...CliRemoteRegistry }\n    }\n  }\n"): typeof import('./graphql.js').CliTestRemoteRegistryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliPromoteObjects($input: PromoteObjectsInput!) { promoteObjects(input: $input) { ...CliRemoteOperation } }\n"): typeof import('./graphql.js').CliPromoteObjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCommitPromotion($id: ID!) { commitPromotion(operationId: $id) { ...CliRemoteOperation } }\n"): typeof import('./graphql.js').CliCommitPromotionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliSyncCopy on SyncManifestElement { version timestamp contentDigest }\n"): typeof import('./graphql.js').CliSyncCopyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliPackageComparison on PackageComparison {\n    remoteName remoteRegistryUuid package packageName comparisonDigest\n    counts { state count }\n    members { local remote localOnly remoteOnly mergeOffered merged }\n    elements { uuid kind name state proposedDirection isPackage isMember lastSyncedDigest local { ...CliSyncCopy } remote { ...CliSyncCopy } }\n  }\n"): typeof import('./graphql.js').CliPackageComparisonFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliCompareRemotePackage($remote: String!, $package: ID!) { compareRemotePackage(remote: $remote, package: $package) { ...CliPackageComparison } }\n"): typeof import('./graphql.js').CliCompareRemotePackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliSyncOperation on RemoteOperation {\n    ...CliRemoteOperation\n    syncResult {\n      package comparisonDigest localImportRecordId remoteImportRecordId mergedMembers recorded complete\n      elements { uuid kind name direction local remote }\n    }\n  }\n"): typeof import('./graphql.js').CliSyncOperationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliSynchronizeRemotePackage($input: SynchronizePackageInput!) { synchronizeRemotePackage(input: $input) { ...CliSyncOperation } }\n"): typeof import('./graphql.js').CliSynchronizeRemotePackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliRemoteOperation($id: ID!) { remoteOperation(id: $id) { ...CliSyncOperation } }\n  fragment CliIncomingPromotion on IncomingPromotion {\n    id status sourceRegistry { uuid name } sourceAddress exportedBy { uuid name } requestedBy { uuid name } requestedAt stage\n    archiveSha256 objectCount counts { create replace ignore reject skip } stagedImportId decidedBy { uuid name } decidedAt reason importRecordId\n  }\n"): typeof import('./graphql.js').CliRemoteOperationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliPromoteObjectsHeld($input: PromoteObjectsInput!) {\n    promoteObjects(input: $input) { ...CliRemoteOperation approval { status incomingPromotionId } }\n  }\n"): typeof import('./graphql.js').CliPromoteObjectsHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliPromotionById($id: ID!) { remoteOperation(id: $id) { ...CliRemoteOperation approval { status incomingPromotionId } } }\n"): typeof import('./graphql.js').CliPromotionByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCommitPromotionStarted($id: ID!) { commitPromotion(operationId: $id, wait: false) { ...CliRemoteOperation } }\n"): typeof import('./graphql.js').CliCommitPromotionStartedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliIncomingPromotions($status: IncomingPromotionStatus, $first: Int!, $after: ID) {\n    incomingPromotions(status: $status, first: $first, after: $after) { ...CliIncomingPromotion }\n  }\n"): typeof import('./graphql.js').CliIncomingPromotionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliIncomingPromotionPreview($id: ID!) {\n    incomingPromotion(id: $id) { ...CliIncomingPromotion preview { planDigest counts { create replace ignore reject skip } } }\n  }\n"): typeof import('./graphql.js').CliIncomingPromotionPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliApprovePromotion($id: ID!, $digest: String!) { approvePromotion(id: $id, expectedPlanDigest: $digest) { ...CliIncomingPromotion } }\n"): typeof import('./graphql.js').CliApprovePromotionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliRejectPromotion($id: ID!, $reason: String) { rejectPromotion(id: $id, reason: $reason) { ...CliIncomingPromotion } }\n"): typeof import('./graphql.js').CliRejectPromotionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CliStagedImport on StagedImport {\n    id fileName archiveSha256 archiveSize objectCount encrypted trust exportedAt expiresAt\n    signer { subject fingerprintSha256 }\n    sourceRegistry { uuid name address }\n    countsByKind { kind count }\n    problemCount\n    problems { line path message }\n  }\n"): typeof import('./graphql.js').CliStagedImportFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) { ...CliStagedImport }\n  }\n"): typeof import('./graphql.js').CliStageArchiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliStagedImportById($id: ID!) {\n    stagedImport(id: $id) { ...CliStagedImport }\n  }\n"): typeof import('./graphql.js').CliStagedImportByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliDiscardStagedImport($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n"): typeof import('./graphql.js').CliDiscardStagedImportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
