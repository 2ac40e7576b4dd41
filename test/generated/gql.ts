/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query CommandLineServerCertificate { serverCertificate { pem fingerprintSha256 } }\n": typeof types.CommandLineServerCertificateDocument,
    "\n  query CommandLineStagedImports { stagedImports { id } }\n": typeof types.CommandLineStagedImportsDocument,
    "\n  mutation ConsoleExplorerModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n": typeof types.ConsoleExplorerModelDocument,
    "query WizardCertificate { serverCertificate { subject fingerprintSha256 } }": typeof types.WizardCertificateDocument,
    "query WizardProviders { trustedProviders { fingerprintSha256 } }": typeof types.WizardProvidersDocument,
    "\n  query ObjectPageIncoming($uuid: ID!, $first: Int!, $after: String) {\n    incomingReferences(uuid: $uuid, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name sourceUuid targetUuid source { name } } }\n    }\n  }\n": typeof types.ObjectPageIncomingDocument,
    "\n  query ObjectPageHistory($uuid: ID!, $first: Int!, $after: String) {\n    objectImportHistory(uuid: $uuid, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { action line reasons { code } record { id status startedAt user { uuid } } } }\n    }\n  }\n": typeof types.ObjectPageHistoryDocument,
    "\n  query ReferenceGraph($root: ID!, $depth: Int!, $limit: Int!, $filter: ReferenceGraphFilter, $expand: [ReferenceGraphExpansion!]) {\n    referenceGraph(root: $root, depth: $depth, limitPerNode: $limit, filter: $filter, expand: $expand) {\n      rootUuid\n      nodes { uuid depth expanded limit matchedEdges hiddenByLimit hiddenByFilter object { uuid name kind } }\n      edges { sourceUuid name targetUuid }\n      hiddenByLimit\n      hiddenByFilter\n      truncated\n      referenceNames { name count }\n    }\n  }\n": typeof types.ReferenceGraphDocument,
    "mutation GraphSecretLinks($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }": typeof types.GraphSecretLinksDocument,
    "\n  query ContentRightsAttributes($uuid: ID!) {\n    object(uuid: $uuid) { uuid ... on Asset { attributes } }\n  }\n": typeof types.ContentRightsAttributesDocument,
    "\n  mutation ContentRightsDemote($uuid: ID!) { updateUser(uuid: $uuid, input: { roles: [] }) { uuid } }\n": typeof types.ContentRightsDemoteDocument,
    "\n  query ContentRightsStagedRecords($id: ID!) {\n    stagedImport(id: $id) { objects(first: 10) { edges { node { uuid record } } } }\n  }\n": typeof types.ContentRightsStagedRecordsDocument,
    "\n  mutation ContentRightsPolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n": typeof types.ContentRightsPolicyDocument,
    "\n  query ExportProtectionAttributes($uuid: ID!) {\n    object(uuid: $uuid) { ... on Asset { attributes } }\n  }\n": typeof types.ExportProtectionAttributesDocument,
    "\n  mutation ExportProtectionUpdate($uuid: ID!) {\n    updateAsset(uuid: $uuid, input: { description: \"changed\" }) { uuid }\n  }\n": typeof types.ExportProtectionUpdateDocument,
    "\n  mutation RetentionExport($input: ExportArchiveInput!) {\n    exportArchive(input: $input) { id createdAt expiresAt downloadUrl }\n  }\n": typeof types.RetentionExportDocument,
    "\n  query RetentionList { exportedArchives { id expiresAt downloadUrl } }\n": typeof types.RetentionListDocument,
    "\n  query ExportSourceObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      __typename uuid kind name description createdAt timestamp\n      owner { uuid name }\n      organization { uuid name }\n      references { name targetUuid }\n      ... on Asset {\n        objectTypeUuid version previousVersionUuid attributes\n        lifecycleState { uuid name modelUuid stages { address } }\n      }\n      ... on User { email ownRoles groupUuids }\n      ... on Group { system roles }\n      ... on ObjectType { attributeDefinitions { name type required } }\n      ... on LifecycleModel { status states { uuid name initial end stageUuids } transitions { fromUuid toUuid } objectTypeUuids }\n      ... on LifecycleStage { address }\n      ... on Policy { events objectTypeUuids condition actions { type message attribute value state } enabled priority }\n      ... on Package { memberUuids }\n    }\n  }\n": typeof types.ExportSourceObjectDocument,
    "\n  query ExportServerCertificate {\n    serverCertificate { fingerprintSha256 }\n  }\n": typeof types.ExportServerCertificateDocument,
    "\n  query ExportSelectionMe {\n    me { uuid organizationUuid groupUuids }\n  }\n": typeof types.ExportSelectionMeDocument,
    "\n  query RacedAsset($uuid: ID!) { object(uuid: $uuid) { name timestamp ... on Asset { attributes } } }\n": typeof types.RacedAssetDocument,
    "\n  mutation RaceUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name timestamp attributes }\n  }\n": typeof types.RaceUpdateAssetDocument,
    "\n  query FieldChangesPreview($id: ID!, $options: ImportOptionsInput, $first: Int!) {\n    stagedImport(id: $id) {\n      decisions(options: $options, first: $first) {\n        edges {\n          node {\n            uuid action reasons { code }\n            changes { totalCount truncated contentWithheld entries { path before after cut } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FieldChangesPreviewDocument,
    "\n  mutation FieldChangesModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid ... on LifecycleModel { states { uuid name } } }\n  }\n": typeof types.FieldChangesModelDocument,
    "\n  mutation BetweenUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }\n  }\n": typeof types.BetweenUpdateAssetDocument,
    "\n  query CrashEveryObject($after: String) {\n    objects(first: 200, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uuid kind name timestamp ownerUuid references { name targetUuid } ... on Asset { attributes } } }\n    }\n  }\n": typeof types.CrashEveryObjectDocument,
    "\n  mutation OptionsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid name }\n  }\n": typeof types.OptionsCreateGroupDocument,
    "\n  mutation OptionsUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }\n  }\n": typeof types.OptionsUpdateAssetDocument,
    "\n  query OptionsUserGroups($uuid: ID!) {\n    object(uuid: $uuid) { uuid ... on User { groups { uuid } } }\n  }\n": typeof types.OptionsUserGroupsDocument,
    "\n  query RefusalsTrustedProviders { trustedProviders { fingerprintSha256 } }\n": typeof types.RefusalsTrustedProvidersDocument,
    "\n  mutation RefusalsCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n": typeof types.RefusalsCreatePolicyDocument,
    "\n  query WritesImported($asset: ID!, $user: ID!) {\n    asset: object(uuid: $asset) {\n      uuid ownerUuid protection { viewContent rePackageable editable }\n      ... on Asset { lifecycleState { uuid name modelUuid } }\n    }\n    user: object(uuid: $user) { uuid ... on User { groupUuids } }\n  }\n": typeof types.WritesImportedDocument,
    "\n  mutation WritesUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }\n": typeof types.WritesUpdateAssetDocument,
    "\n  query WritesOutcomes($id: ID!) {\n    importRecord(id: $id) {\n      outcomes(first: 100) {\n        edges { node { uuid action written { ownerUuid lifecycle { modelUuid stateUuid } previousVersionUuid groupUuids } } }\n      }\n    }\n  }\n": typeof types.WritesOutcomesDocument,
    "\n  query WritesSourceAsset($uuid: ID!) { object(uuid: $uuid) { ownerUuid ... on Asset { lifecycleState { uuid } } } }\n": typeof types.WritesSourceAssetDocument,
    "\n  mutation PagedCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n": typeof types.PagedCreatePolicyDocument,
    "\n  query SelectionChangePreview($id: ID!, $change: SelectionChangeInput, $selection: [ID!]) {\n    stagedImport(id: $id) {\n      planSummary(selectionChange: $change, selection: $selection) { planDigest }\n      decisions(first: 100, selectionChange: $change, selection: $selection) {\n        planDigest\n        counts { create skip }\n        edges { node { uuid name action selected selectedByDefault includedByCount reasons { code } } }\n      }\n    }\n  }\n": typeof types.SelectionChangePreviewDocument,
    "\n  query KeystoreCurrent {\n    serverCertificate { fingerprintSha256 }\n  }\n": typeof types.KeystoreCurrentDocument,
    "\n  query KeystoreHistory {\n    serverCertificateHistory { fingerprintSha256 current }\n  }\n": typeof types.KeystoreHistoryDocument,
    "\n  mutation KeystoreReplace {\n    replaceServerCertificate(commonName: \"Second key\") { fingerprintSha256 }\n  }\n": typeof types.KeystoreReplaceDocument,
    "\n  mutation KeystoreExport($password: String!) {\n    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }\n  }\n": typeof types.KeystoreExportDocument,
    "\n  mutation KeystoreImport($file: Upload!, $password: String!, $makeCurrent: Boolean) {\n    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) { keyCount added current { fingerprintSha256 } }\n  }\n": typeof types.KeystoreImportDocument,
    "\n  query KeysCurrent {\n    serverCertificate { id subject issuer serialNumber notBefore notAfter fingerprintSha256 pem current retiredAt }\n  }\n": typeof types.KeysCurrentDocument,
    "\n  query KeysHistory {\n    serverCertificateHistory { fingerprintSha256 current retiredAt }\n  }\n": typeof types.KeysHistoryDocument,
    "\n  mutation KeysReplace($commonName: String!) {\n    replaceServerCertificate(commonName: $commonName) { fingerprintSha256 subject current }\n  }\n": typeof types.KeysReplaceDocument,
    "\n  query KeysProviders {\n    trustedProviders { fingerprintSha256 subject addedBy }\n  }\n": typeof types.KeysProvidersDocument,
    "\n  mutation KeysAddProvider($pem: String!) {\n    addTrustedProvider(certificatePem: $pem) { fingerprintSha256 subject }\n  }\n": typeof types.KeysAddProviderDocument,
    "\n  mutation KeysRemoveProvider($fingerprint: String!) {\n    removeTrustedProvider(fingerprint: $fingerprint)\n  }\n": typeof types.KeysRemoveProviderDocument,
    "\n  query AuthMe {\n    me { uuid name roles }\n  }\n": typeof types.AuthMeDocument,
    "\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) { id revokedAt }\n  }\n": typeof types.AuthRevokeTokenDocument,
    "\n  mutation AuthIssueOwnToken($name: String!) {\n    issueToken(name: $name) { token info { id name } }\n  }\n": typeof types.AuthIssueOwnTokenDocument,
    "\n        mutation AuthIssueForOther($user: ID!) {\n          issueToken(user: $user, name: \"x\") { token }\n        }\n      ": typeof types.AuthIssueForOtherDocument,
    "\n  query ExplorerAssetPage($first: Int!, $after: String, $filter: ObjectFilter) {\n    objects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          uuid\n          name\n          owner { name }\n          organization { name }\n          references { name targetUuid target { uuid name } }\n          ... on Asset { lifecycleState { name } objectType { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExplorerAssetPageDocument,
    "\n  query ExplorerObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid\n      references { name targetUuid target { uuid } }\n      referencedBy { name sourceUuid }\n      ... on Asset { version versionPath { uuid version } previousVersion { uuid } }\n    }\n  }\n": typeof types.ExplorerObjectDocument,
    "\n  mutation ExplorerCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n": typeof types.ExplorerCreateModelDocument,
    "\n  query ExplorerAssetPageWithAttributes($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) {\n      edges {\n        node {\n          uuid\n          owner { name }\n          ... on Asset { lifecycleState { name } attributes }\n          references { targetUuid target { ... on Asset { attributes } } }\n        }\n      }\n    }\n  }\n": typeof types.ExplorerAssetPageWithAttributesDocument,
    "\n  query ExplorerNamesPage($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) { edges { node { uuid name } } }\n  }\n": typeof types.ExplorerNamesPageDocument,
    "\n  query ExplorerOwnersByFragment($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) { edges { ...ExplorerOwnerEdge } }\n  }\n  fragment ExplorerOwnerEdge on RegistryObjectEdge { node { uuid owner { name } } }\n": typeof types.ExplorerOwnersByFragmentDocument,
    "\n  query ExplorerCount($filter: ObjectFilter) {\n    objects(first: 0, filter: $filter) { totalCount }\n  }\n": typeof types.ExplorerCountDocument,
    "\n  mutation BoundsIssueToken($name: String!) { issueToken(name: $name) { info { id name } } }\n": typeof types.BoundsIssueTokenDocument,
    "\n  query BoundsTokens { tokens { id name } }\n": typeof types.BoundsTokensDocument,
    "\n  mutation BoundsCreateAsset($input: CreateAssetInput!) { createAsset(input: $input) { uuid } }\n": typeof types.BoundsCreateAssetDocument,
    "\n  query BoundsSearch($text: String!) { objects(first: 1, filter: { nameContains: $text }) { edges { node { uuid } } } }\n": typeof types.BoundsSearchDocument,
    "\n  query BoundsCountByName { objects(first: 200, filter: { kinds: [ASSET] }) { edges { node { name } } } }\n": typeof types.BoundsCountByNameDocument,
    "\n  mutation LcCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name initial end } initialState { name } }\n  }\n": typeof types.LcCreateModelDocument,
    "\n  mutation LcMove($uuid: ID!, $state: ID!) {\n    moveLifecycleState(uuid: $uuid, state: $state) { uuid timestamp lifecycleState { name } }\n  }\n": typeof types.LcMoveDocument,
    "\n  mutation LcCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid events actions { type message attribute value } }\n  }\n": typeof types.LcCreatePolicyDocument,
    "\n  mutation LcCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid attributes }\n  }\n": typeof types.LcCreateAssetDocument,
    "\n  mutation LcUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp attributes }\n  }\n": typeof types.LcUpdateAssetDocument,
    "\n        mutation LcUpdateModel($uuid: ID!, $input: UpdateLifecycleModelInput!) {\n          updateLifecycleModel(uuid: $uuid, input: $input) { states { uuid name } initialState { name } }\n        }\n      ": typeof types.LcUpdateModelDocument,
    "\n  mutation PermCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid owner { uuid } }\n  }\n": typeof types.PermCreateAssetDocument,
    "\n  mutation PermUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name }\n  }\n": typeof types.PermUpdateAssetDocument,
    "\n  query PermGetObject($uuid: ID!) {\n    object(uuid: $uuid) { uuid name canEdit }\n  }\n": typeof types.PermGetObjectDocument,
    "\n  mutation PermCreateType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid }\n  }\n": typeof types.PermCreateTypeDocument,
    "\n  mutation PermCreateOrg($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid }\n  }\n": typeof types.PermCreateOrgDocument,
    "\n  mutation PermRevoke($id: ID!) { revokePermission(id: $id) }\n": typeof types.PermRevokeDocument,
    "\n  mutation PermDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n": typeof types.PermDeleteDocument,
    "mutation PermCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }": typeof types.PermCreateGroupDocument,
    "mutation PermCreateGroupForMembership($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }": typeof types.PermCreateGroupForMembershipDocument,
    "\n      mutation PermMembership($group: ID!, $user: ID!, $add: Boolean!) {\n        added: addGroupMember(group: $group, user: $user) @include(if: $add) { groupUuids }\n        removed: removeGroupMember(group: $group, user: $user) @skip(if: $add) { groupUuids }\n      }\n    ": typeof types.PermMembershipDocument,
    "query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }": typeof types.PermRefsDocument,
    "mutation PermCreateGroupAgain($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }": typeof types.PermCreateGroupAgainDocument,
    "\n  query ReplicaRegistry { registry { uuid } }\n": typeof types.ReplicaRegistryDocument,
    "\n  mutation RolesCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid name roles timestamp }\n  }\n": typeof types.RolesCreateGroupDocument,
    "\n  mutation RolesUpdateGroup($uuid: ID!, $input: UpdateGroupInput!) {\n    updateGroup(uuid: $uuid, input: $input) { uuid name roles }\n  }\n": typeof types.RolesUpdateGroupDocument,
    "\n  query RolesGroup($uuid: ID!) {\n    object(uuid: $uuid) { uuid name timestamp ... on Group { roles } }\n  }\n": typeof types.RolesGroupDocument,
    "\n  query RolesMe { me { uuid roles ownRoles } }\n": typeof types.RolesMeDocument,
    "\n  mutation RolesAddMember($group: ID!, $user: ID!) {\n    addGroupMember(group: $group, user: $user) { uuid }\n  }\n": typeof types.RolesAddMemberDocument,
    "\n  mutation RolesDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n": typeof types.RolesDeleteDocument,
    "\n  mutation RolesExportKeystore($password: String!) { exportKeystore(password: $password) { keyCount } }\n": typeof types.RolesExportKeystoreDocument,
    "\n  mutation RolesCreateType($input: CreateObjectTypeInput!) { createObjectType(input: $input) { uuid } }\n": typeof types.RolesCreateTypeDocument,
    "\n  query SeedCounts($kinds: [ObjectKind!]) {\n    objects(first: 0, filter: { kinds: $kinds }) { totalCount }\n  }\n": typeof types.SeedCountsDocument,
    "\n  query BasicsDeep {\n    objects(first: 1) { edges { node { owner { organization { owner { organization { owner { organization { owner { organization { owner { name } } } } } } } } } } } }\n  }\n": typeof types.BasicsDeepDocument,
    "\n  query BasicsRegistry { registry { uuid name address } }\n": typeof types.BasicsRegistryDocument,
    "\n  query StagingStagedImport($id: ID!) {\n    stagedImport(id: $id) { id objectCount }\n  }\n": typeof types.StagingStagedImportDocument,
    "\n  query StagingStagedImports {\n    stagedImports { id }\n  }\n": typeof types.StagingStagedImportsDocument,
    "\n  mutation StagingDiscard($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n": typeof types.StagingDiscardDocument,
    "\n  query StagingVisible($id: ID!) {\n    stagedImport(id: $id) { id }\n    stagedImports { id }\n  }\n": typeof types.StagingVisibleDocument,
    "\n  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {\n    stagedImport(id: $id) {\n      objects(first: $first, after: $after, filter: $filter) {\n        edges { cursor node { line uuid kind name timestamp record } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.StagingObjectsDocument,
    "\n  mutation StagingExportArchive($input: ExportArchiveInput!) {\n    exportArchive(input: $input) { sha256 size objectCount downloadUrl }\n  }\n": typeof types.StagingExportArchiveDocument,
    "\n  query StagingServerCertificate {\n    registry { uuid }\n    serverCertificate { fingerprintSha256 pem }\n  }\n": typeof types.StagingServerCertificateDocument,
    "\n  mutation StagingStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n": typeof types.StagingStageArchiveDocument,
    "\n  query StagingStoredStagedImport($id: ID!) {\n    stagedImport(id: $id) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n": typeof types.StagingStoredStagedImportDocument,
    "\n  query StagingRegistryAlive {\n    registry { uuid }\n  }\n": typeof types.StagingRegistryAliveDocument,
    "\n  mutation ExportBuilderExport($input: ExportArchiveInput!) {\n    exportArchive(input: $input) {\n      id sha256 size objectCount signed encryption downloadUrl manifest\n      protection { viewContent rePackageable editable }\n    }\n  }\n": typeof types.ExportBuilderExportDocument,
    "\n  mutation ExportBuilderCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid }\n  }\n": typeof types.ExportBuilderCreateGroupDocument,
    "\n  mutation ExportBuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid }\n  }\n": typeof types.ExportBuilderCreateUserDocument,
    "\n  mutation ExportBuilderCreateStage($input: CreateLifecycleStageInput!) {\n    createLifecycleStage(input: $input) { uuid }\n  }\n": typeof types.ExportBuilderCreateStageDocument,
    "\n  mutation ExportBuilderCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid }\n  }\n": typeof types.ExportBuilderCreateModelDocument,
    "\n  mutation ExportBuilderCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid }\n  }\n": typeof types.ExportBuilderCreatePolicyDocument,
    "\n  mutation ExportBuilderCreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) { uuid }\n  }\n": typeof types.ExportBuilderCreatePackageDocument,
    "\n  fragment ImportClientRecord on ImportRecord {\n    id status phase done total startedAt finishedAt userUuid stagedImportId archiveSha256 trust\n    signer { fingerprintSha256 subject validity }\n    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }\n    selection planDigest\n    counts { created replaced ignored rejected skipped }\n    error { code message }\n  }\n": typeof types.ImportClientRecordFragmentDoc,
    "\n  mutation ImportClientStage($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) { id objectCount trust signer { fingerprintSha256 } }\n  }\n": typeof types.ImportClientStageDocument,
    "\n  query ImportClientDecisions(\n    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $first: Int!, $after: String, $filter: DecisionFilter\n  ) {\n    stagedImport(id: $id) {\n      decisions(options: $options, selection: $selection, first: $first, after: $after, filter: $filter) {\n        planDigest totalCount\n        counts { create replace ignore reject skip }\n        blocking { code severity message uuids }\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            uuid kind name line action selectedByDefault selected includedBy includedByCount\n            reasons { code severity message uuids decisive }\n            existing { timestamp object { uuid name } }\n            references { name targetUuid resolution targetObject { uuid name } targetRecord { uuid name line action } }\n            outcome { ownerUuid owner { uuid } lifecycle { modelUuid stateUuid } previousVersionUuid attributes groupUuids }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImportClientDecisionsDocument,
    "\n  query ImportClientSummary($id: ID!, $options: ImportOptionsInput, $selection: [ID!]) {\n    stagedImport(id: $id) {\n      planSummary(options: $options, selection: $selection) {\n        planDigest counts { create replace ignore reject skip } blocking { code }\n        countsByKind { action kind count } countsByReason { action code decisive count }\n      }\n    }\n  }\n": typeof types.ImportClientSummaryDocument,
    "\n  mutation ImportClientCommit($input: CommitImportInput!) {\n    commitImport(input: $input) { ...ImportClientRecord }\n  }\n": typeof types.ImportClientCommitDocument,
    "\n  query ImportClientRecordQuery($id: ID!) {\n    importRecord(id: $id) {\n      ...ImportClientRecord\n      user { uuid }\n      outcomes(first: 500) { totalCount edges { node { line uuid kind name action reasons { code } } } }\n    }\n  }\n": typeof types.ImportClientRecordQueryDocument,
    "\n  query ImportClientHistory($first: Int!, $after: String) {\n    importHistory(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ImportClientRecord } }\n    }\n  }\n": typeof types.ImportClientHistoryDocument,
    "\n  mutation ImportClientImportArchive(\n    $file: Upload!, $password: String, $options: ImportOptionsInput, $selection: [ID!], $wait: Boolean!, $expectation: ImportExpectationInput\n  ) {\n    importArchive(file: $file, password: $password, options: $options, selection: $selection, wait: $wait, expectation: $expectation) {\n      ...ImportClientRecord\n    }\n  }\n": typeof types.ImportClientImportArchiveDocument,
    "\n  query ImportClientMe { me { uuid } }\n": typeof types.ImportClientMeDocument,
    "\n  query ImportClientObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid kind name description createdAt timestamp ownerUuid organizationUuid\n      protection { viewContent rePackageable editable }\n      references { name targetUuid }\n      ... on Asset { attributes version previousVersionUuid lifecycleState { uuid } }\n    }\n  }\n": typeof types.ImportClientObjectDocument,
    "\n  mutation BuilderCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid name }\n  }\n": typeof types.BuilderCreateOrganizationDocument,
    "\n  mutation BuilderCreateObjectType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid name }\n  }\n": typeof types.BuilderCreateObjectTypeDocument,
    "\n  mutation BuilderCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid name timestamp lifecycleState { uuid name } }\n  }\n": typeof types.BuilderCreateAssetDocument,
    "\n  mutation BuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid name }\n  }\n": typeof types.BuilderCreateUserDocument,
    "\n  mutation BuilderIssueToken($user: ID!, $name: String!) {\n    issueToken(user: $user, name: $name) { token info { id } }\n  }\n": typeof types.BuilderIssueTokenDocument,
    "\n  mutation BuilderGrant($input: GrantPermissionInput!) {\n    grantPermission(input: $input) { id }\n  }\n": typeof types.BuilderGrantDocument,
};
const documents: Documents = {
    "\n  query CommandLineServerCertificate { serverCertificate { pem fingerprintSha256 } }\n": types.CommandLineServerCertificateDocument,
    "\n  query CommandLineStagedImports { stagedImports { id } }\n": types.CommandLineStagedImportsDocument,
    "\n  mutation ConsoleExplorerModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n": types.ConsoleExplorerModelDocument,
    "query WizardCertificate { serverCertificate { subject fingerprintSha256 } }": types.WizardCertificateDocument,
    "query WizardProviders { trustedProviders { fingerprintSha256 } }": types.WizardProvidersDocument,
    "\n  query ObjectPageIncoming($uuid: ID!, $first: Int!, $after: String) {\n    incomingReferences(uuid: $uuid, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name sourceUuid targetUuid source { name } } }\n    }\n  }\n": types.ObjectPageIncomingDocument,
    "\n  query ObjectPageHistory($uuid: ID!, $first: Int!, $after: String) {\n    objectImportHistory(uuid: $uuid, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { action line reasons { code } record { id status startedAt user { uuid } } } }\n    }\n  }\n": types.ObjectPageHistoryDocument,
    "\n  query ReferenceGraph($root: ID!, $depth: Int!, $limit: Int!, $filter: ReferenceGraphFilter, $expand: [ReferenceGraphExpansion!]) {\n    referenceGraph(root: $root, depth: $depth, limitPerNode: $limit, filter: $filter, expand: $expand) {\n      rootUuid\n      nodes { uuid depth expanded limit matchedEdges hiddenByLimit hiddenByFilter object { uuid name kind } }\n      edges { sourceUuid name targetUuid }\n      hiddenByLimit\n      hiddenByFilter\n      truncated\n      referenceNames { name count }\n    }\n  }\n": types.ReferenceGraphDocument,
    "mutation GraphSecretLinks($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }": types.GraphSecretLinksDocument,
    "\n  query ContentRightsAttributes($uuid: ID!) {\n    object(uuid: $uuid) { uuid ... on Asset { attributes } }\n  }\n": types.ContentRightsAttributesDocument,
    "\n  mutation ContentRightsDemote($uuid: ID!) { updateUser(uuid: $uuid, input: { roles: [] }) { uuid } }\n": types.ContentRightsDemoteDocument,
    "\n  query ContentRightsStagedRecords($id: ID!) {\n    stagedImport(id: $id) { objects(first: 10) { edges { node { uuid record } } } }\n  }\n": types.ContentRightsStagedRecordsDocument,
    "\n  mutation ContentRightsPolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n": types.ContentRightsPolicyDocument,
    "\n  query ExportProtectionAttributes($uuid: ID!) {\n    object(uuid: $uuid) { ... on Asset { attributes } }\n  }\n": types.ExportProtectionAttributesDocument,
    "\n  mutation ExportProtectionUpdate($uuid: ID!) {\n    updateAsset(uuid: $uuid, input: { description: \"changed\" }) { uuid }\n  }\n": types.ExportProtectionUpdateDocument,
    "\n  mutation RetentionExport($input: ExportArchiveInput!) {\n    exportArchive(input: $input) { id createdAt expiresAt downloadUrl }\n  }\n": types.RetentionExportDocument,
    "\n  query RetentionList { exportedArchives { id expiresAt downloadUrl } }\n": types.RetentionListDocument,
    "\n  query ExportSourceObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      __typename uuid kind name description createdAt timestamp\n      owner { uuid name }\n      organization { uuid name }\n      references { name targetUuid }\n      ... on Asset {\n        objectTypeUuid version previousVersionUuid attributes\n        lifecycleState { uuid name modelUuid stages { address } }\n      }\n      ... on User { email ownRoles groupUuids }\n      ... on Group { system roles }\n      ... on ObjectType { attributeDefinitions { name type required } }\n      ... on LifecycleModel { status states { uuid name initial end stageUuids } transitions { fromUuid toUuid } objectTypeUuids }\n      ... on LifecycleStage { address }\n      ... on Policy { events objectTypeUuids condition actions { type message attribute value state } enabled priority }\n      ... on Package { memberUuids }\n    }\n  }\n": types.ExportSourceObjectDocument,
    "\n  query ExportServerCertificate {\n    serverCertificate { fingerprintSha256 }\n  }\n": types.ExportServerCertificateDocument,
    "\n  query ExportSelectionMe {\n    me { uuid organizationUuid groupUuids }\n  }\n": types.ExportSelectionMeDocument,
    "\n  query RacedAsset($uuid: ID!) { object(uuid: $uuid) { name timestamp ... on Asset { attributes } } }\n": types.RacedAssetDocument,
    "\n  mutation RaceUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name timestamp attributes }\n  }\n": types.RaceUpdateAssetDocument,
    "\n  query FieldChangesPreview($id: ID!, $options: ImportOptionsInput, $first: Int!) {\n    stagedImport(id: $id) {\n      decisions(options: $options, first: $first) {\n        edges {\n          node {\n            uuid action reasons { code }\n            changes { totalCount truncated contentWithheld entries { path before after cut } }\n          }\n        }\n      }\n    }\n  }\n": types.FieldChangesPreviewDocument,
    "\n  mutation FieldChangesModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid ... on LifecycleModel { states { uuid name } } }\n  }\n": types.FieldChangesModelDocument,
    "\n  mutation BetweenUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }\n  }\n": types.BetweenUpdateAssetDocument,
    "\n  query CrashEveryObject($after: String) {\n    objects(first: 200, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uuid kind name timestamp ownerUuid references { name targetUuid } ... on Asset { attributes } } }\n    }\n  }\n": types.CrashEveryObjectDocument,
    "\n  mutation OptionsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid name }\n  }\n": types.OptionsCreateGroupDocument,
    "\n  mutation OptionsUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }\n  }\n": types.OptionsUpdateAssetDocument,
    "\n  query OptionsUserGroups($uuid: ID!) {\n    object(uuid: $uuid) { uuid ... on User { groups { uuid } } }\n  }\n": types.OptionsUserGroupsDocument,
    "\n  query RefusalsTrustedProviders { trustedProviders { fingerprintSha256 } }\n": types.RefusalsTrustedProvidersDocument,
    "\n  mutation RefusalsCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n": types.RefusalsCreatePolicyDocument,
    "\n  query WritesImported($asset: ID!, $user: ID!) {\n    asset: object(uuid: $asset) {\n      uuid ownerUuid protection { viewContent rePackageable editable }\n      ... on Asset { lifecycleState { uuid name modelUuid } }\n    }\n    user: object(uuid: $user) { uuid ... on User { groupUuids } }\n  }\n": types.WritesImportedDocument,
    "\n  mutation WritesUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }\n": types.WritesUpdateAssetDocument,
    "\n  query WritesOutcomes($id: ID!) {\n    importRecord(id: $id) {\n      outcomes(first: 100) {\n        edges { node { uuid action written { ownerUuid lifecycle { modelUuid stateUuid } previousVersionUuid groupUuids } } }\n      }\n    }\n  }\n": types.WritesOutcomesDocument,
    "\n  query WritesSourceAsset($uuid: ID!) { object(uuid: $uuid) { ownerUuid ... on Asset { lifecycleState { uuid } } } }\n": types.WritesSourceAssetDocument,
    "\n  mutation PagedCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n": types.PagedCreatePolicyDocument,
    "\n  query SelectionChangePreview($id: ID!, $change: SelectionChangeInput, $selection: [ID!]) {\n    stagedImport(id: $id) {\n      planSummary(selectionChange: $change, selection: $selection) { planDigest }\n      decisions(first: 100, selectionChange: $change, selection: $selection) {\n        planDigest\n        counts { create skip }\n        edges { node { uuid name action selected selectedByDefault includedByCount reasons { code } } }\n      }\n    }\n  }\n": types.SelectionChangePreviewDocument,
    "\n  query KeystoreCurrent {\n    serverCertificate { fingerprintSha256 }\n  }\n": types.KeystoreCurrentDocument,
    "\n  query KeystoreHistory {\n    serverCertificateHistory { fingerprintSha256 current }\n  }\n": types.KeystoreHistoryDocument,
    "\n  mutation KeystoreReplace {\n    replaceServerCertificate(commonName: \"Second key\") { fingerprintSha256 }\n  }\n": types.KeystoreReplaceDocument,
    "\n  mutation KeystoreExport($password: String!) {\n    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }\n  }\n": types.KeystoreExportDocument,
    "\n  mutation KeystoreImport($file: Upload!, $password: String!, $makeCurrent: Boolean) {\n    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) { keyCount added current { fingerprintSha256 } }\n  }\n": types.KeystoreImportDocument,
    "\n  query KeysCurrent {\n    serverCertificate { id subject issuer serialNumber notBefore notAfter fingerprintSha256 pem current retiredAt }\n  }\n": types.KeysCurrentDocument,
    "\n  query KeysHistory {\n    serverCertificateHistory { fingerprintSha256 current retiredAt }\n  }\n": types.KeysHistoryDocument,
    "\n  mutation KeysReplace($commonName: String!) {\n    replaceServerCertificate(commonName: $commonName) { fingerprintSha256 subject current }\n  }\n": types.KeysReplaceDocument,
    "\n  query KeysProviders {\n    trustedProviders { fingerprintSha256 subject addedBy }\n  }\n": types.KeysProvidersDocument,
    "\n  mutation KeysAddProvider($pem: String!) {\n    addTrustedProvider(certificatePem: $pem) { fingerprintSha256 subject }\n  }\n": types.KeysAddProviderDocument,
    "\n  mutation KeysRemoveProvider($fingerprint: String!) {\n    removeTrustedProvider(fingerprint: $fingerprint)\n  }\n": types.KeysRemoveProviderDocument,
    "\n  query AuthMe {\n    me { uuid name roles }\n  }\n": types.AuthMeDocument,
    "\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) { id revokedAt }\n  }\n": types.AuthRevokeTokenDocument,
    "\n  mutation AuthIssueOwnToken($name: String!) {\n    issueToken(name: $name) { token info { id name } }\n  }\n": types.AuthIssueOwnTokenDocument,
    "\n        mutation AuthIssueForOther($user: ID!) {\n          issueToken(user: $user, name: \"x\") { token }\n        }\n      ": types.AuthIssueForOtherDocument,
    "\n  query ExplorerAssetPage($first: Int!, $after: String, $filter: ObjectFilter) {\n    objects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          uuid\n          name\n          owner { name }\n          organization { name }\n          references { name targetUuid target { uuid name } }\n          ... on Asset { lifecycleState { name } objectType { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExplorerAssetPageDocument,
    "\n  query ExplorerObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid\n      references { name targetUuid target { uuid } }\n      referencedBy { name sourceUuid }\n      ... on Asset { version versionPath { uuid version } previousVersion { uuid } }\n    }\n  }\n": types.ExplorerObjectDocument,
    "\n  mutation ExplorerCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n": types.ExplorerCreateModelDocument,
    "\n  query ExplorerAssetPageWithAttributes($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) {\n      edges {\n        node {\n          uuid\n          owner { name }\n          ... on Asset { lifecycleState { name } attributes }\n          references { targetUuid target { ... on Asset { attributes } } }\n        }\n      }\n    }\n  }\n": types.ExplorerAssetPageWithAttributesDocument,
    "\n  query ExplorerNamesPage($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) { edges { node { uuid name } } }\n  }\n": types.ExplorerNamesPageDocument,
    "\n  query ExplorerOwnersByFragment($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) { edges { ...ExplorerOwnerEdge } }\n  }\n  fragment ExplorerOwnerEdge on RegistryObjectEdge { node { uuid owner { name } } }\n": types.ExplorerOwnersByFragmentDocument,
    "\n  query ExplorerCount($filter: ObjectFilter) {\n    objects(first: 0, filter: $filter) { totalCount }\n  }\n": types.ExplorerCountDocument,
    "\n  mutation BoundsIssueToken($name: String!) { issueToken(name: $name) { info { id name } } }\n": types.BoundsIssueTokenDocument,
    "\n  query BoundsTokens { tokens { id name } }\n": types.BoundsTokensDocument,
    "\n  mutation BoundsCreateAsset($input: CreateAssetInput!) { createAsset(input: $input) { uuid } }\n": types.BoundsCreateAssetDocument,
    "\n  query BoundsSearch($text: String!) { objects(first: 1, filter: { nameContains: $text }) { edges { node { uuid } } } }\n": types.BoundsSearchDocument,
    "\n  query BoundsCountByName { objects(first: 200, filter: { kinds: [ASSET] }) { edges { node { name } } } }\n": types.BoundsCountByNameDocument,
    "\n  mutation LcCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name initial end } initialState { name } }\n  }\n": types.LcCreateModelDocument,
    "\n  mutation LcMove($uuid: ID!, $state: ID!) {\n    moveLifecycleState(uuid: $uuid, state: $state) { uuid timestamp lifecycleState { name } }\n  }\n": types.LcMoveDocument,
    "\n  mutation LcCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid events actions { type message attribute value } }\n  }\n": types.LcCreatePolicyDocument,
    "\n  mutation LcCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid attributes }\n  }\n": types.LcCreateAssetDocument,
    "\n  mutation LcUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp attributes }\n  }\n": types.LcUpdateAssetDocument,
    "\n        mutation LcUpdateModel($uuid: ID!, $input: UpdateLifecycleModelInput!) {\n          updateLifecycleModel(uuid: $uuid, input: $input) { states { uuid name } initialState { name } }\n        }\n      ": types.LcUpdateModelDocument,
    "\n  mutation PermCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid owner { uuid } }\n  }\n": types.PermCreateAssetDocument,
    "\n  mutation PermUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name }\n  }\n": types.PermUpdateAssetDocument,
    "\n  query PermGetObject($uuid: ID!) {\n    object(uuid: $uuid) { uuid name canEdit }\n  }\n": types.PermGetObjectDocument,
    "\n  mutation PermCreateType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid }\n  }\n": types.PermCreateTypeDocument,
    "\n  mutation PermCreateOrg($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid }\n  }\n": types.PermCreateOrgDocument,
    "\n  mutation PermRevoke($id: ID!) { revokePermission(id: $id) }\n": types.PermRevokeDocument,
    "\n  mutation PermDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n": types.PermDeleteDocument,
    "mutation PermCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }": types.PermCreateGroupDocument,
    "mutation PermCreateGroupForMembership($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }": types.PermCreateGroupForMembershipDocument,
    "\n      mutation PermMembership($group: ID!, $user: ID!, $add: Boolean!) {\n        added: addGroupMember(group: $group, user: $user) @include(if: $add) { groupUuids }\n        removed: removeGroupMember(group: $group, user: $user) @skip(if: $add) { groupUuids }\n      }\n    ": types.PermMembershipDocument,
    "query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }": types.PermRefsDocument,
    "mutation PermCreateGroupAgain($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }": types.PermCreateGroupAgainDocument,
    "\n  query ReplicaRegistry { registry { uuid } }\n": types.ReplicaRegistryDocument,
    "\n  mutation RolesCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid name roles timestamp }\n  }\n": types.RolesCreateGroupDocument,
    "\n  mutation RolesUpdateGroup($uuid: ID!, $input: UpdateGroupInput!) {\n    updateGroup(uuid: $uuid, input: $input) { uuid name roles }\n  }\n": types.RolesUpdateGroupDocument,
    "\n  query RolesGroup($uuid: ID!) {\n    object(uuid: $uuid) { uuid name timestamp ... on Group { roles } }\n  }\n": types.RolesGroupDocument,
    "\n  query RolesMe { me { uuid roles ownRoles } }\n": types.RolesMeDocument,
    "\n  mutation RolesAddMember($group: ID!, $user: ID!) {\n    addGroupMember(group: $group, user: $user) { uuid }\n  }\n": types.RolesAddMemberDocument,
    "\n  mutation RolesDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n": types.RolesDeleteDocument,
    "\n  mutation RolesExportKeystore($password: String!) { exportKeystore(password: $password) { keyCount } }\n": types.RolesExportKeystoreDocument,
    "\n  mutation RolesCreateType($input: CreateObjectTypeInput!) { createObjectType(input: $input) { uuid } }\n": types.RolesCreateTypeDocument,
    "\n  query SeedCounts($kinds: [ObjectKind!]) {\n    objects(first: 0, filter: { kinds: $kinds }) { totalCount }\n  }\n": types.SeedCountsDocument,
    "\n  query BasicsDeep {\n    objects(first: 1) { edges { node { owner { organization { owner { organization { owner { organization { owner { organization { owner { name } } } } } } } } } } } }\n  }\n": types.BasicsDeepDocument,
    "\n  query BasicsRegistry { registry { uuid name address } }\n": types.BasicsRegistryDocument,
    "\n  query StagingStagedImport($id: ID!) {\n    stagedImport(id: $id) { id objectCount }\n  }\n": types.StagingStagedImportDocument,
    "\n  query StagingStagedImports {\n    stagedImports { id }\n  }\n": types.StagingStagedImportsDocument,
    "\n  mutation StagingDiscard($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n": types.StagingDiscardDocument,
    "\n  query StagingVisible($id: ID!) {\n    stagedImport(id: $id) { id }\n    stagedImports { id }\n  }\n": types.StagingVisibleDocument,
    "\n  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {\n    stagedImport(id: $id) {\n      objects(first: $first, after: $after, filter: $filter) {\n        edges { cursor node { line uuid kind name timestamp record } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.StagingObjectsDocument,
    "\n  mutation StagingExportArchive($input: ExportArchiveInput!) {\n    exportArchive(input: $input) { sha256 size objectCount downloadUrl }\n  }\n": types.StagingExportArchiveDocument,
    "\n  query StagingServerCertificate {\n    registry { uuid }\n    serverCertificate { fingerprintSha256 pem }\n  }\n": types.StagingServerCertificateDocument,
    "\n  mutation StagingStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n": types.StagingStageArchiveDocument,
    "\n  query StagingStoredStagedImport($id: ID!) {\n    stagedImport(id: $id) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n": types.StagingStoredStagedImportDocument,
    "\n  query StagingRegistryAlive {\n    registry { uuid }\n  }\n": types.StagingRegistryAliveDocument,
    "\n  mutation ExportBuilderExport($input: ExportArchiveInput!) {\n    exportArchive(input: $input) {\n      id sha256 size objectCount signed encryption downloadUrl manifest\n      protection { viewContent rePackageable editable }\n    }\n  }\n": types.ExportBuilderExportDocument,
    "\n  mutation ExportBuilderCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid }\n  }\n": types.ExportBuilderCreateGroupDocument,
    "\n  mutation ExportBuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid }\n  }\n": types.ExportBuilderCreateUserDocument,
    "\n  mutation ExportBuilderCreateStage($input: CreateLifecycleStageInput!) {\n    createLifecycleStage(input: $input) { uuid }\n  }\n": types.ExportBuilderCreateStageDocument,
    "\n  mutation ExportBuilderCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid }\n  }\n": types.ExportBuilderCreateModelDocument,
    "\n  mutation ExportBuilderCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid }\n  }\n": types.ExportBuilderCreatePolicyDocument,
    "\n  mutation ExportBuilderCreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) { uuid }\n  }\n": types.ExportBuilderCreatePackageDocument,
    "\n  fragment ImportClientRecord on ImportRecord {\n    id status phase done total startedAt finishedAt userUuid stagedImportId archiveSha256 trust\n    signer { fingerprintSha256 subject validity }\n    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }\n    selection planDigest\n    counts { created replaced ignored rejected skipped }\n    error { code message }\n  }\n": types.ImportClientRecordFragmentDoc,
    "\n  mutation ImportClientStage($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) { id objectCount trust signer { fingerprintSha256 } }\n  }\n": types.ImportClientStageDocument,
    "\n  query ImportClientDecisions(\n    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $first: Int!, $after: String, $filter: DecisionFilter\n  ) {\n    stagedImport(id: $id) {\n      decisions(options: $options, selection: $selection, first: $first, after: $after, filter: $filter) {\n        planDigest totalCount\n        counts { create replace ignore reject skip }\n        blocking { code severity message uuids }\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            uuid kind name line action selectedByDefault selected includedBy includedByCount\n            reasons { code severity message uuids decisive }\n            existing { timestamp object { uuid name } }\n            references { name targetUuid resolution targetObject { uuid name } targetRecord { uuid name line action } }\n            outcome { ownerUuid owner { uuid } lifecycle { modelUuid stateUuid } previousVersionUuid attributes groupUuids }\n          }\n        }\n      }\n    }\n  }\n": types.ImportClientDecisionsDocument,
    "\n  query ImportClientSummary($id: ID!, $options: ImportOptionsInput, $selection: [ID!]) {\n    stagedImport(id: $id) {\n      planSummary(options: $options, selection: $selection) {\n        planDigest counts { create replace ignore reject skip } blocking { code }\n        countsByKind { action kind count } countsByReason { action code decisive count }\n      }\n    }\n  }\n": types.ImportClientSummaryDocument,
    "\n  mutation ImportClientCommit($input: CommitImportInput!) {\n    commitImport(input: $input) { ...ImportClientRecord }\n  }\n": types.ImportClientCommitDocument,
    "\n  query ImportClientRecordQuery($id: ID!) {\n    importRecord(id: $id) {\n      ...ImportClientRecord\n      user { uuid }\n      outcomes(first: 500) { totalCount edges { node { line uuid kind name action reasons { code } } } }\n    }\n  }\n": types.ImportClientRecordQueryDocument,
    "\n  query ImportClientHistory($first: Int!, $after: String) {\n    importHistory(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ImportClientRecord } }\n    }\n  }\n": types.ImportClientHistoryDocument,
    "\n  mutation ImportClientImportArchive(\n    $file: Upload!, $password: String, $options: ImportOptionsInput, $selection: [ID!], $wait: Boolean!, $expectation: ImportExpectationInput\n  ) {\n    importArchive(file: $file, password: $password, options: $options, selection: $selection, wait: $wait, expectation: $expectation) {\n      ...ImportClientRecord\n    }\n  }\n": types.ImportClientImportArchiveDocument,
    "\n  query ImportClientMe { me { uuid } }\n": types.ImportClientMeDocument,
    "\n  query ImportClientObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid kind name description createdAt timestamp ownerUuid organizationUuid\n      protection { viewContent rePackageable editable }\n      references { name targetUuid }\n      ... on Asset { attributes version previousVersionUuid lifecycleState { uuid } }\n    }\n  }\n": types.ImportClientObjectDocument,
    "\n  mutation BuilderCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid name }\n  }\n": types.BuilderCreateOrganizationDocument,
    "\n  mutation BuilderCreateObjectType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid name }\n  }\n": types.BuilderCreateObjectTypeDocument,
    "\n  mutation BuilderCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid name timestamp lifecycleState { uuid name } }\n  }\n": types.BuilderCreateAssetDocument,
    "\n  mutation BuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid name }\n  }\n": types.BuilderCreateUserDocument,
    "\n  mutation BuilderIssueToken($user: ID!, $name: String!) {\n    issueToken(user: $user, name: $name) { token info { id } }\n  }\n": types.BuilderIssueTokenDocument,
    "\n  mutation BuilderGrant($input: GrantPermissionInput!) {\n    grantPermission(input: $input) { id }\n  }\n": types.BuilderGrantDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommandLineServerCertificate { serverCertificate { pem fingerprintSha256 } }\n"): (typeof documents)["\n  query CommandLineServerCertificate { serverCertificate { pem fingerprintSha256 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommandLineStagedImports { stagedImports { id } }\n"): (typeof documents)["\n  query CommandLineStagedImports { stagedImports { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExplorerModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n"): (typeof documents)["\n  mutation ConsoleExplorerModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WizardCertificate { serverCertificate { subject fingerprintSha256 } }"): (typeof documents)["query WizardCertificate { serverCertificate { subject fingerprintSha256 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WizardProviders { trustedProviders { fingerprintSha256 } }"): (typeof documents)["query WizardProviders { trustedProviders { fingerprintSha256 } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectPageIncoming($uuid: ID!, $first: Int!, $after: String) {\n    incomingReferences(uuid: $uuid, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name sourceUuid targetUuid source { name } } }\n    }\n  }\n"): (typeof documents)["\n  query ObjectPageIncoming($uuid: ID!, $first: Int!, $after: String) {\n    incomingReferences(uuid: $uuid, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { name sourceUuid targetUuid source { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObjectPageHistory($uuid: ID!, $first: Int!, $after: String) {\n    objectImportHistory(uuid: $uuid, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { action line reasons { code } record { id status startedAt user { uuid } } } }\n    }\n  }\n"): (typeof documents)["\n  query ObjectPageHistory($uuid: ID!, $first: Int!, $after: String) {\n    objectImportHistory(uuid: $uuid, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { action line reasons { code } record { id status startedAt user { uuid } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceGraph($root: ID!, $depth: Int!, $limit: Int!, $filter: ReferenceGraphFilter, $expand: [ReferenceGraphExpansion!]) {\n    referenceGraph(root: $root, depth: $depth, limitPerNode: $limit, filter: $filter, expand: $expand) {\n      rootUuid\n      nodes { uuid depth expanded limit matchedEdges hiddenByLimit hiddenByFilter object { uuid name kind } }\n      edges { sourceUuid name targetUuid }\n      hiddenByLimit\n      hiddenByFilter\n      truncated\n      referenceNames { name count }\n    }\n  }\n"): (typeof documents)["\n  query ReferenceGraph($root: ID!, $depth: Int!, $limit: Int!, $filter: ReferenceGraphFilter, $expand: [ReferenceGraphExpansion!]) {\n    referenceGraph(root: $root, depth: $depth, limitPerNode: $limit, filter: $filter, expand: $expand) {\n      rootUuid\n      nodes { uuid depth expanded limit matchedEdges hiddenByLimit hiddenByFilter object { uuid name kind } }\n      edges { sourceUuid name targetUuid }\n      hiddenByLimit\n      hiddenByFilter\n      truncated\n      referenceNames { name count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GraphSecretLinks($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }"): (typeof documents)["mutation GraphSecretLinks($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentRightsAttributes($uuid: ID!) {\n    object(uuid: $uuid) { uuid ... on Asset { attributes } }\n  }\n"): (typeof documents)["\n  query ContentRightsAttributes($uuid: ID!) {\n    object(uuid: $uuid) { uuid ... on Asset { attributes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentRightsDemote($uuid: ID!) { updateUser(uuid: $uuid, input: { roles: [] }) { uuid } }\n"): (typeof documents)["\n  mutation ContentRightsDemote($uuid: ID!) { updateUser(uuid: $uuid, input: { roles: [] }) { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentRightsStagedRecords($id: ID!) {\n    stagedImport(id: $id) { objects(first: 10) { edges { node { uuid record } } } }\n  }\n"): (typeof documents)["\n  query ContentRightsStagedRecords($id: ID!) {\n    stagedImport(id: $id) { objects(first: 10) { edges { node { uuid record } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentRightsPolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n"): (typeof documents)["\n  mutation ContentRightsPolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportProtectionAttributes($uuid: ID!) {\n    object(uuid: $uuid) { ... on Asset { attributes } }\n  }\n"): (typeof documents)["\n  query ExportProtectionAttributes($uuid: ID!) {\n    object(uuid: $uuid) { ... on Asset { attributes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportProtectionUpdate($uuid: ID!) {\n    updateAsset(uuid: $uuid, input: { description: \"changed\" }) { uuid }\n  }\n"): (typeof documents)["\n  mutation ExportProtectionUpdate($uuid: ID!) {\n    updateAsset(uuid: $uuid, input: { description: \"changed\" }) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetentionExport($input: ExportArchiveInput!) {\n    exportArchive(input: $input) { id createdAt expiresAt downloadUrl }\n  }\n"): (typeof documents)["\n  mutation RetentionExport($input: ExportArchiveInput!) {\n    exportArchive(input: $input) { id createdAt expiresAt downloadUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionList { exportedArchives { id expiresAt downloadUrl } }\n"): (typeof documents)["\n  query RetentionList { exportedArchives { id expiresAt downloadUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportSourceObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      __typename uuid kind name description createdAt timestamp\n      owner { uuid name }\n      organization { uuid name }\n      references { name targetUuid }\n      ... on Asset {\n        objectTypeUuid version previousVersionUuid attributes\n        lifecycleState { uuid name modelUuid stages { address } }\n      }\n      ... on User { email ownRoles groupUuids }\n      ... on Group { system roles }\n      ... on ObjectType { attributeDefinitions { name type required } }\n      ... on LifecycleModel { status states { uuid name initial end stageUuids } transitions { fromUuid toUuid } objectTypeUuids }\n      ... on LifecycleStage { address }\n      ... on Policy { events objectTypeUuids condition actions { type message attribute value state } enabled priority }\n      ... on Package { memberUuids }\n    }\n  }\n"): (typeof documents)["\n  query ExportSourceObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      __typename uuid kind name description createdAt timestamp\n      owner { uuid name }\n      organization { uuid name }\n      references { name targetUuid }\n      ... on Asset {\n        objectTypeUuid version previousVersionUuid attributes\n        lifecycleState { uuid name modelUuid stages { address } }\n      }\n      ... on User { email ownRoles groupUuids }\n      ... on Group { system roles }\n      ... on ObjectType { attributeDefinitions { name type required } }\n      ... on LifecycleModel { status states { uuid name initial end stageUuids } transitions { fromUuid toUuid } objectTypeUuids }\n      ... on LifecycleStage { address }\n      ... on Policy { events objectTypeUuids condition actions { type message attribute value state } enabled priority }\n      ... on Package { memberUuids }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportServerCertificate {\n    serverCertificate { fingerprintSha256 }\n  }\n"): (typeof documents)["\n  query ExportServerCertificate {\n    serverCertificate { fingerprintSha256 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportSelectionMe {\n    me { uuid organizationUuid groupUuids }\n  }\n"): (typeof documents)["\n  query ExportSelectionMe {\n    me { uuid organizationUuid groupUuids }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RacedAsset($uuid: ID!) { object(uuid: $uuid) { name timestamp ... on Asset { attributes } } }\n"): (typeof documents)["\n  query RacedAsset($uuid: ID!) { object(uuid: $uuid) { name timestamp ... on Asset { attributes } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name timestamp attributes }\n  }\n"): (typeof documents)["\n  mutation RaceUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name timestamp attributes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldChangesPreview($id: ID!, $options: ImportOptionsInput, $first: Int!) {\n    stagedImport(id: $id) {\n      decisions(options: $options, first: $first) {\n        edges {\n          node {\n            uuid action reasons { code }\n            changes { totalCount truncated contentWithheld entries { path before after cut } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FieldChangesPreview($id: ID!, $options: ImportOptionsInput, $first: Int!) {\n    stagedImport(id: $id) {\n      decisions(options: $options, first: $first) {\n        edges {\n          node {\n            uuid action reasons { code }\n            changes { totalCount truncated contentWithheld entries { path before after cut } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FieldChangesModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid ... on LifecycleModel { states { uuid name } } }\n  }\n"): (typeof documents)["\n  mutation FieldChangesModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid ... on LifecycleModel { states { uuid name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BetweenUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }\n  }\n"): (typeof documents)["\n  mutation BetweenUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrashEveryObject($after: String) {\n    objects(first: 200, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uuid kind name timestamp ownerUuid references { name targetUuid } ... on Asset { attributes } } }\n    }\n  }\n"): (typeof documents)["\n  query CrashEveryObject($after: String) {\n    objects(first: 200, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { uuid kind name timestamp ownerUuid references { name targetUuid } ... on Asset { attributes } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptionsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid name }\n  }\n"): (typeof documents)["\n  mutation OptionsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptionsUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }\n  }\n"): (typeof documents)["\n  mutation OptionsUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptionsUserGroups($uuid: ID!) {\n    object(uuid: $uuid) { uuid ... on User { groups { uuid } } }\n  }\n"): (typeof documents)["\n  query OptionsUserGroups($uuid: ID!) {\n    object(uuid: $uuid) { uuid ... on User { groups { uuid } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefusalsTrustedProviders { trustedProviders { fingerprintSha256 } }\n"): (typeof documents)["\n  query RefusalsTrustedProviders { trustedProviders { fingerprintSha256 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefusalsCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n"): (typeof documents)["\n  mutation RefusalsCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WritesImported($asset: ID!, $user: ID!) {\n    asset: object(uuid: $asset) {\n      uuid ownerUuid protection { viewContent rePackageable editable }\n      ... on Asset { lifecycleState { uuid name modelUuid } }\n    }\n    user: object(uuid: $user) { uuid ... on User { groupUuids } }\n  }\n"): (typeof documents)["\n  query WritesImported($asset: ID!, $user: ID!) {\n    asset: object(uuid: $asset) {\n      uuid ownerUuid protection { viewContent rePackageable editable }\n      ... on Asset { lifecycleState { uuid name modelUuid } }\n    }\n    user: object(uuid: $user) { uuid ... on User { groupUuids } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WritesUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }\n"): (typeof documents)["\n  mutation WritesUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WritesOutcomes($id: ID!) {\n    importRecord(id: $id) {\n      outcomes(first: 100) {\n        edges { node { uuid action written { ownerUuid lifecycle { modelUuid stateUuid } previousVersionUuid groupUuids } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WritesOutcomes($id: ID!) {\n    importRecord(id: $id) {\n      outcomes(first: 100) {\n        edges { node { uuid action written { ownerUuid lifecycle { modelUuid stateUuid } previousVersionUuid groupUuids } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WritesSourceAsset($uuid: ID!) { object(uuid: $uuid) { ownerUuid ... on Asset { lifecycleState { uuid } } } }\n"): (typeof documents)["\n  query WritesSourceAsset($uuid: ID!) { object(uuid: $uuid) { ownerUuid ... on Asset { lifecycleState { uuid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PagedCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n"): (typeof documents)["\n  mutation PagedCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectionChangePreview($id: ID!, $change: SelectionChangeInput, $selection: [ID!]) {\n    stagedImport(id: $id) {\n      planSummary(selectionChange: $change, selection: $selection) { planDigest }\n      decisions(first: 100, selectionChange: $change, selection: $selection) {\n        planDigest\n        counts { create skip }\n        edges { node { uuid name action selected selectedByDefault includedByCount reasons { code } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelectionChangePreview($id: ID!, $change: SelectionChangeInput, $selection: [ID!]) {\n    stagedImport(id: $id) {\n      planSummary(selectionChange: $change, selection: $selection) { planDigest }\n      decisions(first: 100, selectionChange: $change, selection: $selection) {\n        planDigest\n        counts { create skip }\n        edges { node { uuid name action selected selectedByDefault includedByCount reasons { code } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeystoreCurrent {\n    serverCertificate { fingerprintSha256 }\n  }\n"): (typeof documents)["\n  query KeystoreCurrent {\n    serverCertificate { fingerprintSha256 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeystoreHistory {\n    serverCertificateHistory { fingerprintSha256 current }\n  }\n"): (typeof documents)["\n  query KeystoreHistory {\n    serverCertificateHistory { fingerprintSha256 current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeystoreReplace {\n    replaceServerCertificate(commonName: \"Second key\") { fingerprintSha256 }\n  }\n"): (typeof documents)["\n  mutation KeystoreReplace {\n    replaceServerCertificate(commonName: \"Second key\") { fingerprintSha256 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeystoreExport($password: String!) {\n    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }\n  }\n"): (typeof documents)["\n  mutation KeystoreExport($password: String!) {\n    exportKeystore(password: $password) { fileName mediaType contentBase64 keyCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeystoreImport($file: Upload!, $password: String!, $makeCurrent: Boolean) {\n    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) { keyCount added current { fingerprintSha256 } }\n  }\n"): (typeof documents)["\n  mutation KeystoreImport($file: Upload!, $password: String!, $makeCurrent: Boolean) {\n    importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) { keyCount added current { fingerprintSha256 } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysCurrent {\n    serverCertificate { id subject issuer serialNumber notBefore notAfter fingerprintSha256 pem current retiredAt }\n  }\n"): (typeof documents)["\n  query KeysCurrent {\n    serverCertificate { id subject issuer serialNumber notBefore notAfter fingerprintSha256 pem current retiredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysHistory {\n    serverCertificateHistory { fingerprintSha256 current retiredAt }\n  }\n"): (typeof documents)["\n  query KeysHistory {\n    serverCertificateHistory { fingerprintSha256 current retiredAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysReplace($commonName: String!) {\n    replaceServerCertificate(commonName: $commonName) { fingerprintSha256 subject current }\n  }\n"): (typeof documents)["\n  mutation KeysReplace($commonName: String!) {\n    replaceServerCertificate(commonName: $commonName) { fingerprintSha256 subject current }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysProviders {\n    trustedProviders { fingerprintSha256 subject addedBy }\n  }\n"): (typeof documents)["\n  query KeysProviders {\n    trustedProviders { fingerprintSha256 subject addedBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysAddProvider($pem: String!) {\n    addTrustedProvider(certificatePem: $pem) { fingerprintSha256 subject }\n  }\n"): (typeof documents)["\n  mutation KeysAddProvider($pem: String!) {\n    addTrustedProvider(certificatePem: $pem) { fingerprintSha256 subject }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysRemoveProvider($fingerprint: String!) {\n    removeTrustedProvider(fingerprint: $fingerprint)\n  }\n"): (typeof documents)["\n  mutation KeysRemoveProvider($fingerprint: String!) {\n    removeTrustedProvider(fingerprint: $fingerprint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me { uuid name roles }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me { uuid name roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) { id revokedAt }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) { id revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthIssueOwnToken($name: String!) {\n    issueToken(name: $name) { token info { id name } }\n  }\n"): (typeof documents)["\n  mutation AuthIssueOwnToken($name: String!) {\n    issueToken(name: $name) { token info { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthIssueForOther($user: ID!) {\n          issueToken(user: $user, name: \"x\") { token }\n        }\n      "): (typeof documents)["\n        mutation AuthIssueForOther($user: ID!) {\n          issueToken(user: $user, name: \"x\") { token }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerAssetPage($first: Int!, $after: String, $filter: ObjectFilter) {\n    objects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          uuid\n          name\n          owner { name }\n          organization { name }\n          references { name targetUuid target { uuid name } }\n          ... on Asset { lifecycleState { name } objectType { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerAssetPage($first: Int!, $after: String, $filter: ObjectFilter) {\n    objects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          uuid\n          name\n          owner { name }\n          organization { name }\n          references { name targetUuid target { uuid name } }\n          ... on Asset { lifecycleState { name } objectType { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid\n      references { name targetUuid target { uuid } }\n      referencedBy { name sourceUuid }\n      ... on Asset { version versionPath { uuid version } previousVersion { uuid } }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid\n      references { name targetUuid target { uuid } }\n      referencedBy { name sourceUuid }\n      ... on Asset { version versionPath { uuid version } previousVersion { uuid } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplorerCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n"): (typeof documents)["\n  mutation ExplorerCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerAssetPageWithAttributes($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) {\n      edges {\n        node {\n          uuid\n          owner { name }\n          ... on Asset { lifecycleState { name } attributes }\n          references { targetUuid target { ... on Asset { attributes } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerAssetPageWithAttributes($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) {\n      edges {\n        node {\n          uuid\n          owner { name }\n          ... on Asset { lifecycleState { name } attributes }\n          references { targetUuid target { ... on Asset { attributes } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNamesPage($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) { edges { node { uuid name } } }\n  }\n"): (typeof documents)["\n  query ExplorerNamesPage($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) { edges { node { uuid name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerOwnersByFragment($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) { edges { ...ExplorerOwnerEdge } }\n  }\n  fragment ExplorerOwnerEdge on RegistryObjectEdge { node { uuid owner { name } } }\n"): (typeof documents)["\n  query ExplorerOwnersByFragment($first: Int!, $filter: ObjectFilter) {\n    objects(first: $first, filter: $filter) { edges { ...ExplorerOwnerEdge } }\n  }\n  fragment ExplorerOwnerEdge on RegistryObjectEdge { node { uuid owner { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerCount($filter: ObjectFilter) {\n    objects(first: 0, filter: $filter) { totalCount }\n  }\n"): (typeof documents)["\n  query ExplorerCount($filter: ObjectFilter) {\n    objects(first: 0, filter: $filter) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsIssueToken($name: String!) { issueToken(name: $name) { info { id name } } }\n"): (typeof documents)["\n  mutation BoundsIssueToken($name: String!) { issueToken(name: $name) { info { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsTokens { tokens { id name } }\n"): (typeof documents)["\n  query BoundsTokens { tokens { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoundsCreateAsset($input: CreateAssetInput!) { createAsset(input: $input) { uuid } }\n"): (typeof documents)["\n  mutation BoundsCreateAsset($input: CreateAssetInput!) { createAsset(input: $input) { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsSearch($text: String!) { objects(first: 1, filter: { nameContains: $text }) { edges { node { uuid } } } }\n"): (typeof documents)["\n  query BoundsSearch($text: String!) { objects(first: 1, filter: { nameContains: $text }) { edges { node { uuid } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoundsCountByName { objects(first: 200, filter: { kinds: [ASSET] }) { edges { node { name } } } }\n"): (typeof documents)["\n  query BoundsCountByName { objects(first: 200, filter: { kinds: [ASSET] }) { edges { node { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name initial end } initialState { name } }\n  }\n"): (typeof documents)["\n  mutation LcCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name initial end } initialState { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcMove($uuid: ID!, $state: ID!) {\n    moveLifecycleState(uuid: $uuid, state: $state) { uuid timestamp lifecycleState { name } }\n  }\n"): (typeof documents)["\n  mutation LcMove($uuid: ID!, $state: ID!) {\n    moveLifecycleState(uuid: $uuid, state: $state) { uuid timestamp lifecycleState { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid events actions { type message attribute value } }\n  }\n"): (typeof documents)["\n  mutation LcCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid events actions { type message attribute value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid attributes }\n  }\n"): (typeof documents)["\n  mutation LcCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid attributes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LcUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp attributes }\n  }\n"): (typeof documents)["\n  mutation LcUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp attributes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LcUpdateModel($uuid: ID!, $input: UpdateLifecycleModelInput!) {\n          updateLifecycleModel(uuid: $uuid, input: $input) { states { uuid name } initialState { name } }\n        }\n      "): (typeof documents)["\n        mutation LcUpdateModel($uuid: ID!, $input: UpdateLifecycleModelInput!) {\n          updateLifecycleModel(uuid: $uuid, input: $input) { states { uuid name } initialState { name } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid owner { uuid } }\n  }\n"): (typeof documents)["\n  mutation PermCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid owner { uuid } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name }\n  }\n"): (typeof documents)["\n  mutation PermUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermGetObject($uuid: ID!) {\n    object(uuid: $uuid) { uuid name canEdit }\n  }\n"): (typeof documents)["\n  query PermGetObject($uuid: ID!) {\n    object(uuid: $uuid) { uuid name canEdit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermCreateType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid }\n  }\n"): (typeof documents)["\n  mutation PermCreateType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermCreateOrg($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid }\n  }\n"): (typeof documents)["\n  mutation PermCreateOrg($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermRevoke($id: ID!) { revokePermission(id: $id) }\n"): (typeof documents)["\n  mutation PermRevoke($id: ID!) { revokePermission(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n"): (typeof documents)["\n  mutation PermDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }"): (typeof documents)["mutation PermCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermCreateGroupForMembership($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }"): (typeof documents)["mutation PermCreateGroupForMembership($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermMembership($group: ID!, $user: ID!, $add: Boolean!) {\n        added: addGroupMember(group: $group, user: $user) @include(if: $add) { groupUuids }\n        removed: removeGroupMember(group: $group, user: $user) @skip(if: $add) { groupUuids }\n      }\n    "): (typeof documents)["\n      mutation PermMembership($group: ID!, $user: ID!, $add: Boolean!) {\n        added: addGroupMember(group: $group, user: $user) @include(if: $add) { groupUuids }\n        removed: removeGroupMember(group: $group, user: $user) @skip(if: $add) { groupUuids }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }"): (typeof documents)["query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermCreateGroupAgain($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }"): (typeof documents)["mutation PermCreateGroupAgain($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaRegistry { registry { uuid } }\n"): (typeof documents)["\n  query ReplicaRegistry { registry { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid name roles timestamp }\n  }\n"): (typeof documents)["\n  mutation RolesCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid name roles timestamp }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesUpdateGroup($uuid: ID!, $input: UpdateGroupInput!) {\n    updateGroup(uuid: $uuid, input: $input) { uuid name roles }\n  }\n"): (typeof documents)["\n  mutation RolesUpdateGroup($uuid: ID!, $input: UpdateGroupInput!) {\n    updateGroup(uuid: $uuid, input: $input) { uuid name roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesGroup($uuid: ID!) {\n    object(uuid: $uuid) { uuid name timestamp ... on Group { roles } }\n  }\n"): (typeof documents)["\n  query RolesGroup($uuid: ID!) {\n    object(uuid: $uuid) { uuid name timestamp ... on Group { roles } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesMe { me { uuid roles ownRoles } }\n"): (typeof documents)["\n  query RolesMe { me { uuid roles ownRoles } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesAddMember($group: ID!, $user: ID!) {\n    addGroupMember(group: $group, user: $user) { uuid }\n  }\n"): (typeof documents)["\n  mutation RolesAddMember($group: ID!, $user: ID!) {\n    addGroupMember(group: $group, user: $user) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n"): (typeof documents)["\n  mutation RolesDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesExportKeystore($password: String!) { exportKeystore(password: $password) { keyCount } }\n"): (typeof documents)["\n  mutation RolesExportKeystore($password: String!) { exportKeystore(password: $password) { keyCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesCreateType($input: CreateObjectTypeInput!) { createObjectType(input: $input) { uuid } }\n"): (typeof documents)["\n  mutation RolesCreateType($input: CreateObjectTypeInput!) { createObjectType(input: $input) { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedCounts($kinds: [ObjectKind!]) {\n    objects(first: 0, filter: { kinds: $kinds }) { totalCount }\n  }\n"): (typeof documents)["\n  query SeedCounts($kinds: [ObjectKind!]) {\n    objects(first: 0, filter: { kinds: $kinds }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BasicsDeep {\n    objects(first: 1) { edges { node { owner { organization { owner { organization { owner { organization { owner { organization { owner { name } } } } } } } } } } } }\n  }\n"): (typeof documents)["\n  query BasicsDeep {\n    objects(first: 1) { edges { node { owner { organization { owner { organization { owner { organization { owner { organization { owner { name } } } } } } } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BasicsRegistry { registry { uuid name address } }\n"): (typeof documents)["\n  query BasicsRegistry { registry { uuid name address } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingStagedImport($id: ID!) {\n    stagedImport(id: $id) { id objectCount }\n  }\n"): (typeof documents)["\n  query StagingStagedImport($id: ID!) {\n    stagedImport(id: $id) { id objectCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingStagedImports {\n    stagedImports { id }\n  }\n"): (typeof documents)["\n  query StagingStagedImports {\n    stagedImports { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingDiscard($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n"): (typeof documents)["\n  mutation StagingDiscard($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingVisible($id: ID!) {\n    stagedImport(id: $id) { id }\n    stagedImports { id }\n  }\n"): (typeof documents)["\n  query StagingVisible($id: ID!) {\n    stagedImport(id: $id) { id }\n    stagedImports { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {\n    stagedImport(id: $id) {\n      objects(first: $first, after: $after, filter: $filter) {\n        edges { cursor node { line uuid kind name timestamp record } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {\n    stagedImport(id: $id) {\n      objects(first: $first, after: $after, filter: $filter) {\n        edges { cursor node { line uuid kind name timestamp record } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingExportArchive($input: ExportArchiveInput!) {\n    exportArchive(input: $input) { sha256 size objectCount downloadUrl }\n  }\n"): (typeof documents)["\n  mutation StagingExportArchive($input: ExportArchiveInput!) {\n    exportArchive(input: $input) { sha256 size objectCount downloadUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingServerCertificate {\n    registry { uuid }\n    serverCertificate { fingerprintSha256 pem }\n  }\n"): (typeof documents)["\n  query StagingServerCertificate {\n    registry { uuid }\n    serverCertificate { fingerprintSha256 pem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n"): (typeof documents)["\n  mutation StagingStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingStoredStagedImport($id: ID!) {\n    stagedImport(id: $id) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n"): (typeof documents)["\n  query StagingStoredStagedImport($id: ID!) {\n    stagedImport(id: $id) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime validity }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StagingRegistryAlive {\n    registry { uuid }\n  }\n"): (typeof documents)["\n  query StagingRegistryAlive {\n    registry { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportBuilderExport($input: ExportArchiveInput!) {\n    exportArchive(input: $input) {\n      id sha256 size objectCount signed encryption downloadUrl manifest\n      protection { viewContent rePackageable editable }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportBuilderExport($input: ExportArchiveInput!) {\n    exportArchive(input: $input) {\n      id sha256 size objectCount signed encryption downloadUrl manifest\n      protection { viewContent rePackageable editable }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportBuilderCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid }\n  }\n"): (typeof documents)["\n  mutation ExportBuilderCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportBuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid }\n  }\n"): (typeof documents)["\n  mutation ExportBuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportBuilderCreateStage($input: CreateLifecycleStageInput!) {\n    createLifecycleStage(input: $input) { uuid }\n  }\n"): (typeof documents)["\n  mutation ExportBuilderCreateStage($input: CreateLifecycleStageInput!) {\n    createLifecycleStage(input: $input) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportBuilderCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid }\n  }\n"): (typeof documents)["\n  mutation ExportBuilderCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportBuilderCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid }\n  }\n"): (typeof documents)["\n  mutation ExportBuilderCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportBuilderCreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) { uuid }\n  }\n"): (typeof documents)["\n  mutation ExportBuilderCreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) { uuid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportClientRecord on ImportRecord {\n    id status phase done total startedAt finishedAt userUuid stagedImportId archiveSha256 trust\n    signer { fingerprintSha256 subject validity }\n    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }\n    selection planDigest\n    counts { created replaced ignored rejected skipped }\n    error { code message }\n  }\n"): (typeof documents)["\n  fragment ImportClientRecord on ImportRecord {\n    id status phase done total startedAt finishedAt userUuid stagedImportId archiveSha256 trust\n    signer { fingerprintSha256 subject validity }\n    options { allowReplace keepCurrentOwner importUserGroups keepLifecycleState trustProvider }\n    selection planDigest\n    counts { created replaced ignored rejected skipped }\n    error { code message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportClientStage($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) { id objectCount trust signer { fingerprintSha256 } }\n  }\n"): (typeof documents)["\n  mutation ImportClientStage($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) { id objectCount trust signer { fingerprintSha256 } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportClientDecisions(\n    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $first: Int!, $after: String, $filter: DecisionFilter\n  ) {\n    stagedImport(id: $id) {\n      decisions(options: $options, selection: $selection, first: $first, after: $after, filter: $filter) {\n        planDigest totalCount\n        counts { create replace ignore reject skip }\n        blocking { code severity message uuids }\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            uuid kind name line action selectedByDefault selected includedBy includedByCount\n            reasons { code severity message uuids decisive }\n            existing { timestamp object { uuid name } }\n            references { name targetUuid resolution targetObject { uuid name } targetRecord { uuid name line action } }\n            outcome { ownerUuid owner { uuid } lifecycle { modelUuid stateUuid } previousVersionUuid attributes groupUuids }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportClientDecisions(\n    $id: ID!, $options: ImportOptionsInput, $selection: [ID!], $first: Int!, $after: String, $filter: DecisionFilter\n  ) {\n    stagedImport(id: $id) {\n      decisions(options: $options, selection: $selection, first: $first, after: $after, filter: $filter) {\n        planDigest totalCount\n        counts { create replace ignore reject skip }\n        blocking { code severity message uuids }\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            uuid kind name line action selectedByDefault selected includedBy includedByCount\n            reasons { code severity message uuids decisive }\n            existing { timestamp object { uuid name } }\n            references { name targetUuid resolution targetObject { uuid name } targetRecord { uuid name line action } }\n            outcome { ownerUuid owner { uuid } lifecycle { modelUuid stateUuid } previousVersionUuid attributes groupUuids }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportClientSummary($id: ID!, $options: ImportOptionsInput, $selection: [ID!]) {\n    stagedImport(id: $id) {\n      planSummary(options: $options, selection: $selection) {\n        planDigest counts { create replace ignore reject skip } blocking { code }\n        countsByKind { action kind count } countsByReason { action code decisive count }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportClientSummary($id: ID!, $options: ImportOptionsInput, $selection: [ID!]) {\n    stagedImport(id: $id) {\n      planSummary(options: $options, selection: $selection) {\n        planDigest counts { create replace ignore reject skip } blocking { code }\n        countsByKind { action kind count } countsByReason { action code decisive count }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportClientCommit($input: CommitImportInput!) {\n    commitImport(input: $input) { ...ImportClientRecord }\n  }\n"): (typeof documents)["\n  mutation ImportClientCommit($input: CommitImportInput!) {\n    commitImport(input: $input) { ...ImportClientRecord }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportClientRecordQuery($id: ID!) {\n    importRecord(id: $id) {\n      ...ImportClientRecord\n      user { uuid }\n      outcomes(first: 500) { totalCount edges { node { line uuid kind name action reasons { code } } } }\n    }\n  }\n"): (typeof documents)["\n  query ImportClientRecordQuery($id: ID!) {\n    importRecord(id: $id) {\n      ...ImportClientRecord\n      user { uuid }\n      outcomes(first: 500) { totalCount edges { node { line uuid kind name action reasons { code } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportClientHistory($first: Int!, $after: String) {\n    importHistory(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ImportClientRecord } }\n    }\n  }\n"): (typeof documents)["\n  query ImportClientHistory($first: Int!, $after: String) {\n    importHistory(first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...ImportClientRecord } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportClientImportArchive(\n    $file: Upload!, $password: String, $options: ImportOptionsInput, $selection: [ID!], $wait: Boolean!, $expectation: ImportExpectationInput\n  ) {\n    importArchive(file: $file, password: $password, options: $options, selection: $selection, wait: $wait, expectation: $expectation) {\n      ...ImportClientRecord\n    }\n  }\n"): (typeof documents)["\n  mutation ImportClientImportArchive(\n    $file: Upload!, $password: String, $options: ImportOptionsInput, $selection: [ID!], $wait: Boolean!, $expectation: ImportExpectationInput\n  ) {\n    importArchive(file: $file, password: $password, options: $options, selection: $selection, wait: $wait, expectation: $expectation) {\n      ...ImportClientRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportClientMe { me { uuid } }\n"): (typeof documents)["\n  query ImportClientMe { me { uuid } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportClientObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid kind name description createdAt timestamp ownerUuid organizationUuid\n      protection { viewContent rePackageable editable }\n      references { name targetUuid }\n      ... on Asset { attributes version previousVersionUuid lifecycleState { uuid } }\n    }\n  }\n"): (typeof documents)["\n  query ImportClientObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid kind name description createdAt timestamp ownerUuid organizationUuid\n      protection { viewContent rePackageable editable }\n      references { name targetUuid }\n      ... on Asset { attributes version previousVersionUuid lifecycleState { uuid } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid name }\n  }\n"): (typeof documents)["\n  mutation BuilderCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderCreateObjectType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid name }\n  }\n"): (typeof documents)["\n  mutation BuilderCreateObjectType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid name timestamp lifecycleState { uuid name } }\n  }\n"): (typeof documents)["\n  mutation BuilderCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid name timestamp lifecycleState { uuid name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid name }\n  }\n"): (typeof documents)["\n  mutation BuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderIssueToken($user: ID!, $name: String!) {\n    issueToken(user: $user, name: $name) { token info { id } }\n  }\n"): (typeof documents)["\n  mutation BuilderIssueToken($user: ID!, $name: String!) {\n    issueToken(user: $user, name: $name) { token info { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuilderGrant($input: GrantPermissionInput!) {\n    grantPermission(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation BuilderGrant($input: GrantPermissionInput!) {\n    grantPermission(input: $input) { id }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;