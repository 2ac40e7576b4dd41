/* eslint-disable */
import * as types from './graphql';
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
    "\n  query AuthMe {\n    me { uuid name roles }\n  }\n": typeof types.AuthMeDocument,
    "\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) { id revokedAt }\n  }\n": typeof types.AuthRevokeTokenDocument,
    "\n  mutation AuthIssueOwnToken($name: String!) {\n    issueToken(name: $name) { token info { id name } }\n  }\n": typeof types.AuthIssueOwnTokenDocument,
    "\n        mutation AuthIssueForOther($user: ID!) {\n          issueToken(user: $user, name: \"x\") { token }\n        }\n      ": typeof types.AuthIssueForOtherDocument,
    "\n  query ExplorerAssetPage($first: Int!, $after: String, $filter: ObjectFilter) {\n    objects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          uuid\n          name\n          owner { name }\n          organization { name }\n          references { name targetUuid target { uuid name } }\n          ... on Asset { lifecycleState { name } objectType { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExplorerAssetPageDocument,
    "\n  query ExplorerObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid\n      references { name targetUuid target { uuid } }\n      referencedBy { name sourceUuid }\n      ... on Asset { version versionPath { uuid version } previousVersion { uuid } }\n    }\n  }\n": typeof types.ExplorerObjectDocument,
    "\n  mutation ExplorerCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n": typeof types.ExplorerCreateModelDocument,
    "\n  query ExplorerCount($filter: ObjectFilter) {\n    objects(first: 0, filter: $filter) { totalCount }\n  }\n": typeof types.ExplorerCountDocument,
    "\n  mutation LcCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name initial end } initialState { name } }\n  }\n": typeof types.LcCreateModelDocument,
    "\n  mutation LcMove($uuid: ID!, $state: ID!) {\n    moveLifecycleState(uuid: $uuid, state: $state) { uuid timestamp lifecycleState { name } }\n  }\n": typeof types.LcMoveDocument,
    "\n  mutation LcCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid events actions { type message attribute value } }\n  }\n": typeof types.LcCreatePolicyDocument,
    "\n  mutation LcCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid attributes }\n  }\n": typeof types.LcCreateAssetDocument,
    "\n  mutation LcUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp attributes }\n  }\n": typeof types.LcUpdateAssetDocument,
    "\n  mutation PermCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid owner { uuid } }\n  }\n": typeof types.PermCreateAssetDocument,
    "\n  mutation PermUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name }\n  }\n": typeof types.PermUpdateAssetDocument,
    "\n  query PermGetObject($uuid: ID!) {\n    object(uuid: $uuid) { uuid name canEdit }\n  }\n": typeof types.PermGetObjectDocument,
    "\n  mutation PermCreateType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid }\n  }\n": typeof types.PermCreateTypeDocument,
    "\n  mutation PermCreateOrg($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid }\n  }\n": typeof types.PermCreateOrgDocument,
    "\n  mutation PermRevoke($id: ID!) { revokePermission(id: $id) }\n": typeof types.PermRevokeDocument,
    "\n  mutation PermDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n": typeof types.PermDeleteDocument,
    "mutation PermCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }": typeof types.PermCreateGroupDocument,
    "query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }": typeof types.PermRefsDocument,
    "\n  query ReplicaRegistry { registry { uuid } }\n": typeof types.ReplicaRegistryDocument,
    "\n  query SeedCounts($kinds: [ObjectKind!]) {\n    objects(first: 0, filter: { kinds: $kinds }) { totalCount }\n  }\n": typeof types.SeedCountsDocument,
    "\n  query BasicsDeep {\n    objects(first: 1) { edges { node { owner { organization { owner { organization { owner { organization { owner { organization { owner { name } } } } } } } } } } } }\n  }\n": typeof types.BasicsDeepDocument,
    "\n  query BasicsRegistry { registry { uuid name address } }\n": typeof types.BasicsRegistryDocument,
    "\n  query StagingStagedImport($id: ID!) {\n    stagedImport(id: $id) { id objectCount }\n  }\n": typeof types.StagingStagedImportDocument,
    "\n  query StagingStagedImports {\n    stagedImports { id }\n  }\n": typeof types.StagingStagedImportsDocument,
    "\n  mutation StagingDiscard($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n": typeof types.StagingDiscardDocument,
    "\n  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {\n    stagedImport(id: $id) {\n      objects(first: $first, after: $after, filter: $filter) {\n        edges { cursor node { line uuid kind name timestamp record } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.StagingObjectsDocument,
    "\n  mutation StagingStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n": typeof types.StagingStageArchiveDocument,
    "\n  mutation BuilderCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid name }\n  }\n": typeof types.BuilderCreateOrganizationDocument,
    "\n  mutation BuilderCreateObjectType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid name }\n  }\n": typeof types.BuilderCreateObjectTypeDocument,
    "\n  mutation BuilderCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid name timestamp lifecycleState { uuid name } }\n  }\n": typeof types.BuilderCreateAssetDocument,
    "\n  mutation BuilderCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { uuid name }\n  }\n": typeof types.BuilderCreateUserDocument,
    "\n  mutation BuilderIssueToken($user: ID!, $name: String!) {\n    issueToken(user: $user, name: $name) { token info { id } }\n  }\n": typeof types.BuilderIssueTokenDocument,
    "\n  mutation BuilderGrant($input: GrantPermissionInput!) {\n    grantPermission(input: $input) { id }\n  }\n": typeof types.BuilderGrantDocument,
};
const documents: Documents = {
    "\n  query AuthMe {\n    me { uuid name roles }\n  }\n": types.AuthMeDocument,
    "\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) { id revokedAt }\n  }\n": types.AuthRevokeTokenDocument,
    "\n  mutation AuthIssueOwnToken($name: String!) {\n    issueToken(name: $name) { token info { id name } }\n  }\n": types.AuthIssueOwnTokenDocument,
    "\n        mutation AuthIssueForOther($user: ID!) {\n          issueToken(user: $user, name: \"x\") { token }\n        }\n      ": types.AuthIssueForOtherDocument,
    "\n  query ExplorerAssetPage($first: Int!, $after: String, $filter: ObjectFilter) {\n    objects(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          uuid\n          name\n          owner { name }\n          organization { name }\n          references { name targetUuid target { uuid name } }\n          ... on Asset { lifecycleState { name } objectType { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExplorerAssetPageDocument,
    "\n  query ExplorerObject($uuid: ID!) {\n    object(uuid: $uuid) {\n      uuid\n      references { name targetUuid target { uuid } }\n      referencedBy { name sourceUuid }\n      ... on Asset { version versionPath { uuid version } previousVersion { uuid } }\n    }\n  }\n": types.ExplorerObjectDocument,
    "\n  mutation ExplorerCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name } }\n  }\n": types.ExplorerCreateModelDocument,
    "\n  query ExplorerCount($filter: ObjectFilter) {\n    objects(first: 0, filter: $filter) { totalCount }\n  }\n": types.ExplorerCountDocument,
    "\n  mutation LcCreateModel($input: CreateLifecycleModelInput!) {\n    createLifecycleModel(input: $input) { uuid states { uuid name initial end } initialState { name } }\n  }\n": types.LcCreateModelDocument,
    "\n  mutation LcMove($uuid: ID!, $state: ID!) {\n    moveLifecycleState(uuid: $uuid, state: $state) { uuid timestamp lifecycleState { name } }\n  }\n": types.LcMoveDocument,
    "\n  mutation LcCreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) { uuid events actions { type message attribute value } }\n  }\n": types.LcCreatePolicyDocument,
    "\n  mutation LcCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid attributes }\n  }\n": types.LcCreateAssetDocument,
    "\n  mutation LcUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid timestamp attributes }\n  }\n": types.LcUpdateAssetDocument,
    "\n  mutation PermCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) { uuid owner { uuid } }\n  }\n": types.PermCreateAssetDocument,
    "\n  mutation PermUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {\n    updateAsset(uuid: $uuid, input: $input) { uuid name }\n  }\n": types.PermUpdateAssetDocument,
    "\n  query PermGetObject($uuid: ID!) {\n    object(uuid: $uuid) { uuid name canEdit }\n  }\n": types.PermGetObjectDocument,
    "\n  mutation PermCreateType($input: CreateObjectTypeInput!) {\n    createObjectType(input: $input) { uuid }\n  }\n": types.PermCreateTypeDocument,
    "\n  mutation PermCreateOrg($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) { uuid }\n  }\n": types.PermCreateOrgDocument,
    "\n  mutation PermRevoke($id: ID!) { revokePermission(id: $id) }\n": types.PermRevokeDocument,
    "\n  mutation PermDelete($uuid: ID!) { deleteObject(uuid: $uuid) }\n": types.PermDeleteDocument,
    "mutation PermCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }": types.PermCreateGroupDocument,
    "query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }": types.PermRefsDocument,
    "\n  query ReplicaRegistry { registry { uuid } }\n": types.ReplicaRegistryDocument,
    "\n  query SeedCounts($kinds: [ObjectKind!]) {\n    objects(first: 0, filter: { kinds: $kinds }) { totalCount }\n  }\n": types.SeedCountsDocument,
    "\n  query BasicsDeep {\n    objects(first: 1) { edges { node { owner { organization { owner { organization { owner { organization { owner { organization { owner { name } } } } } } } } } } } }\n  }\n": types.BasicsDeepDocument,
    "\n  query BasicsRegistry { registry { uuid name address } }\n": types.BasicsRegistryDocument,
    "\n  query StagingStagedImport($id: ID!) {\n    stagedImport(id: $id) { id objectCount }\n  }\n": types.StagingStagedImportDocument,
    "\n  query StagingStagedImports {\n    stagedImports { id }\n  }\n": types.StagingStagedImportsDocument,
    "\n  mutation StagingDiscard($id: ID!) {\n    discardStagedImport(id: $id)\n  }\n": types.StagingDiscardDocument,
    "\n  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {\n    stagedImport(id: $id) {\n      objects(first: $first, after: $after, filter: $filter) {\n        edges { cursor node { line uuid kind name timestamp record } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.StagingObjectsDocument,
    "\n  mutation StagingStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n": types.StagingStageArchiveDocument,
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
export function graphql(source: "\n  query ExplorerCount($filter: ObjectFilter) {\n    objects(first: 0, filter: $filter) { totalCount }\n  }\n"): (typeof documents)["\n  query ExplorerCount($filter: ObjectFilter) {\n    objects(first: 0, filter: $filter) { totalCount }\n  }\n"];
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
export function graphql(source: "query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }"): (typeof documents)["query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaRegistry { registry { uuid } }\n"): (typeof documents)["\n  query ReplicaRegistry { registry { uuid } }\n"];
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
export function graphql(source: "\n  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {\n    stagedImport(id: $id) {\n      objects(first: $first, after: $after, filter: $filter) {\n        edges { cursor node { line uuid kind name timestamp record } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {\n    stagedImport(id: $id) {\n      objects(first: $first, after: $after, filter: $filter) {\n        edges { cursor node { line uuid kind name timestamp record } }\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StagingStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n"): (typeof documents)["\n  mutation StagingStageArchive($file: Upload!, $password: String) {\n    stageArchive(file: $file, password: $password) {\n      id\n      createdAt\n      expiresAt\n      fileName\n      archiveSha256\n      archiveSize\n      formatVersion\n      sourceRegistry { uuid name address }\n      exportedBy { uuid name }\n      exportedAt\n      options { selection { objects package } includeReferences includeVersionHistory completeOrganization }\n      protection { viewContent rePackageable editable }\n      objectCount\n      countsByKind { kind count }\n      signer { subject issuer fingerprintSha256 notBefore notAfter pem signingTime }\n      trust\n      encrypted\n      problems { line path message }\n      problemCount\n    }\n  }\n"];
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