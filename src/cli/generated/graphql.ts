/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** The `Upload` scalar type represents a file upload. */
  Upload: { input: null; output: null; }
};

/** At most this many objects may get this action. */
export type ActionLimitInput = {
  action: ImportAction;
  /** At least 0. */
  max: Scalars['Int']['input'];
};

/** A remote registry: its name here, GraphQL address, credential and TLS settings. */
export type AddRemoteRegistryInput = {
  /** The remote's GraphQL endpoint: https, or http on a loopback address only. */
  address: Scalars['String']['input'];
  /** PEM CA certificates the remote’s TLS certificate must chain to (default: the system’s). */
  caCertificatesPem?: InputMaybe<Scalars['String']['input']>;
  /** A bearer token the remote issued to a service user with the least rights needed. Stored encrypted, never returned. */
  credential: Scalars['String']['input'];
  /** The name every other operation uses to name this remote. */
  name: Scalars['String']['input'];
  /** PEM of the remote’s TLS certificate: only exactly this one is accepted. */
  pinnedCertificatePem?: InputMaybe<Scalars['String']['input']>;
  /** Longest silence on a call before it fails (1–3600 s, default 60). */
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** How objects.ndjson is encrypted: not at all, under a password, or for a recipient certificate. */
export type ArchiveEncryptionMode =
  | 'CERTIFICATE'
  | 'NONE'
  | 'PASSWORD';

/** Whether the archive is signed, and whether this registry trusts its signer. */
export type ArchiveTrust =
  /** Signed by one of this registry's own keys or by a trusted provider. */
  | 'SIGNED_TRUSTED'
  /** Validly signed by a certificate this registry does not trust (yet). */
  | 'SIGNED_UNTRUSTED'
  /** Not signed: nobody vouches for the content. */
  | 'UNSIGNED';

export type AttributeDefinitionInput = {
  name: Scalars['String']['input'];
  required?: Scalars['Boolean']['input'];
  type: AttributeType;
};

export type AttributeType =
  | 'BOOLEAN'
  | 'DATE'
  | 'INTEGER'
  | 'NUMBER'
  | 'STRING'
  | 'URL';

/** Whether a signer certificate's validity period (notBefore to notAfter) covers the moment it is judged at. */
export type CertificateValidity =
  /** Past notAfter. */
  | 'EXPIRED'
  /** Before notBefore. */
  | 'NOT_YET_VALID'
  /** Within its validity period. */
  | 'VALID';

export type CommitImportInput = {
  /** Refuse the commit (IMPORT_BLOCKED) when the plan breaks this. */
  expectation?: InputMaybe<ImportExpectationInput>;
  /** The planDigest of the preview you reviewed: the commit refuses any other plan with PLAN_STALE. */
  expectedPlanDigest?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<ImportOptionsInput>;
  /** Set by a promoting registry: each object the archive selected records, in the same transaction, that it was promoted from the archive's (signed) registry. */
  promotion?: InputMaybe<PromotionOriginInput>;
  /** The objects to import; null for the default selection (absent or newer ones; with allowReplace, older too). */
  selection?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Instead of selection: the default selection with these changes (as the preview with the same selectionChange showed it). */
  selectionChange?: InputMaybe<SelectionChangeInput>;
  stagedImportId: Scalars['ID']['input'];
  /** False: return the RUNNING record at once and poll importRecord(id). */
  wait?: Scalars['Boolean']['input'];
};

export type CreateAssetInput = {
  attributes?: InputMaybe<Scalars['JSONObject']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  objectType: Scalars['ID']['input'];
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** The previous version of the same lineage. */
  previousVersion?: InputMaybe<Scalars['ID']['input']>;
  references?: InputMaybe<Array<ReferenceInput>>;
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
  /** A version string such as "1.0". */
  version?: InputMaybe<Scalars['String']['input']>;
};

export type CreateGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  references?: InputMaybe<Array<ReferenceInput>>;
  roles?: Array<Role>;
  system?: Scalars['Boolean']['input'];
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateLifecycleModelInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endStates?: Array<Scalars['String']['input']>;
  /** Name of the initial state. */
  initialState: Scalars['String']['input'];
  name: Scalars['String']['input'];
  objectTypes?: Array<Scalars['ID']['input']>;
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  references?: InputMaybe<Array<ReferenceInput>>;
  states: Array<LifecycleStateInput>;
  status?: LifecycleModelStatus;
  transitions?: Array<LifecycleTransitionInput>;
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateLifecycleStageInput = {
  address: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  references?: InputMaybe<Array<ReferenceInput>>;
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateObjectTypeInput = {
  attributeDefinitions: Array<AttributeDefinitionInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  references?: InputMaybe<Array<ReferenceInput>>;
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateOrganizationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  references?: InputMaybe<Array<ReferenceInput>>;
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type CreatePackageInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  members: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  references?: InputMaybe<Array<ReferenceInput>>;
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type CreatePolicyInput = {
  actions: Array<PolicyActionInput>;
  /** JsonLogic over { name, description, kind, version, objectType, lifecycleState, attributes }. */
  condition?: InputMaybe<Scalars['JSON']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: Scalars['Boolean']['input'];
  events: Array<PolicyEvent>;
  name: Scalars['String']['input'];
  objectTypes: Array<Scalars['ID']['input']>;
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  priority?: Scalars['Int']['input'];
  references?: InputMaybe<Array<ReferenceInput>>;
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateUserInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  groups?: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Administrators only; defaults to the caller. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  references?: InputMaybe<Array<ReferenceInput>>;
  roles?: Array<Role>;
  /** Chosen UUID (plain or uddi:); one is made when left out. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

/** Decisions with any of these actions, kinds and reason codes (each list optional). */
export type DecisionFilter = {
  actions?: InputMaybe<Array<ImportAction>>;
  kinds?: InputMaybe<Array<ObjectKind>>;
  /** Reason codes, e.g. UNRESOLVED_REFERENCE. */
  reasons?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What to export (exactly one of objects, package, organization) and how. */
export type ExportArchiveInput = {
  /** Default: not encrypted. */
  encryption?: InputMaybe<ExportEncryptionInput>;
  /** Add every object the selection links to, transitively, so the archive imports into an empty registry. */
  includeReferences?: Scalars['Boolean']['input'];
  /** Add every previous version of the exported objects. */
  includeVersionHistory?: Scalars['Boolean']['input'];
  /** Objects by UUID. */
  objects?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An organization: all its objects and itself, marked as a complete organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** A package: its members and the package itself. */
  package?: InputMaybe<Scalars['ID']['input']>;
  /** Default: every flag true. */
  protection?: InputMaybe<ProtectionInput>;
  /** Sign with the current server certificate. */
  sign?: Scalars['Boolean']['input'];
};

export type ExportEncryptionInput = {
  mode: ArchiveEncryptionMode;
  /** PASSWORD: the password the importer will need. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** CERTIFICATE: the recipient registry's certificate (PEM), see serverCertificate. */
  recipientCertificatePem?: InputMaybe<Scalars['String']['input']>;
};

/** Which registry a remote operation failed on: this one (LOCAL) or the remote. */
export type FailedSide =
  | 'LOCAL'
  | 'REMOTE';

export type GrantPermissionInput = {
  /** For VIEW and EDIT. */
  object?: InputMaybe<Scalars['ID']['input']>;
  /** For CREATE. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** A user or a group. */
  principal: Scalars['ID']['input'];
  right: Right;
  /** For CREATE: object type UUID or kind name. */
  typeKey?: InputMaybe<Scalars['String']['input']>;
};

/** A promotion staged here (your staged import) to hold until one of this registry’s users approves it. */
export type HoldPromotionInput = {
  /** The LIFECYCLE_STAGE promoted to, as the source names it. */
  stage?: InputMaybe<Scalars['ID']['input']>;
  stagedImportId: Scalars['ID']['input'];
};

/** What an import does with one archive object. */
export type ImportAction =
  /** Not in the registry: it is created. */
  | 'CREATE'
  /** Same timestamp as the registry's copy: left as it is. */
  | 'IGNORE'
  /** Older than the registry's copy, stage-restricted or vetoed by a policy: not imported; the import goes on. */
  | 'REJECT'
  /** Replaces the registry's copy (newer in the archive, or allowReplace). */
  | 'REPLACE'
  /** Not imported: not selected, unresolved references, missing permissions, or a dependency not imported. */
  | 'SKIP';

/** What a pipeline expects of the plan it commits. The commit checks the plan it applies and refuses one that breaks it with IMPORT_BLOCKED (details.breaches: action, count, limit) before writing anything. */
export type ImportExpectationInput = {
  /** Actions no object may get, e.g. [REJECT, SKIP]. */
  failOn?: Array<ImportAction>;
  /** The most objects an action may have, one limit per action. */
  max?: Array<ActionLimitInput>;
};

/** The import dialog’s options; every one is off unless set. */
export type ImportOptionsInput = {
  /** Replace the registry's copy even when the archive's is older (older copies are then selected by default). */
  allowReplace?: Scalars['Boolean']['input'];
  /** Importing a user also imports its user-defined groups; without it, groups the archive holds only for its users are not imported by default. */
  importUserGroups?: Scalars['Boolean']['input'];
  /** Keep the original owner when a user with that UUID exists here or is imported. */
  keepCurrentOwner?: Scalars['Boolean']['input'];
  /** Keep the exported lifecycle state when the same productive or retired model governs here. */
  keepLifecycleState?: Scalars['Boolean']['input'];
  /** Also add the archive's signer to the trusted providers (administrators only). */
  trustProvider?: Scalars['Boolean']['input'];
};

export type ImportOutcomeFilter = {
  actions?: InputMaybe<Array<ImportAction>>;
};

export type ImportPhase =
  /** Succeeded: everything written and recorded. A failed import keeps the phase it failed in. */
  | 'DONE'
  /** Waiting for the commit lock, reading the archive and the registry, planning. */
  | 'PLANNING'
  /** Recording each object’s outcome: done of total. */
  | 'RECORDING'
  /** Writing objects: done of total. */
  | 'WRITING';

export type ImportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** PENDING: waiting for one of this registry’s users; COMMITTING: an approver’s commit runs; APPROVED: committed; REJECTED: refused, nothing imported. */
export type IncomingPromotionStatus =
  | 'APPROVED'
  | 'COMMITTING'
  | 'PENDING'
  | 'REJECTED';

export type LifecycleModelStatus =
  | 'NEW'
  | 'PRODUCTIVE'
  | 'RETIRED';

/** States are named in the input; transitions, initial and end states refer to those names. */
export type LifecycleStateInput = {
  name: Scalars['String']['input'];
  stages?: Array<Scalars['ID']['input']>;
  /** Kept when given; an existing state of the same name keeps its UUID. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type LifecycleTransitionInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type ObjectFilter = {
  kinds?: InputMaybe<Array<ObjectKind>>;
  /** Assets in this lifecycle state (state UUID). */
  lifecycleState?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Assets of this object type. */
  objectType?: InputMaybe<Scalars['ID']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
};

/** The kinds of registry object. */
export type ObjectKind =
  | 'ASSET'
  | 'GROUP'
  | 'LIFECYCLE_MODEL'
  | 'LIFECYCLE_STAGE'
  | 'OBJECT_TYPE'
  | 'ORGANIZATION'
  | 'PACKAGE'
  | 'POLICY'
  | 'USER';

export type PolicyActionInput = {
  attribute?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['ID']['input']>;
  type: PolicyActionType;
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type PolicyActionType =
  | 'REJECT'
  | 'SET_ATTRIBUTE'
  | 'SET_LIFECYCLE_STATE';

export type PolicyEvent =
  | 'POST_CREATE'
  | 'POST_UPDATE'
  | 'PRE_CREATE'
  | 'PRE_UPDATE';

/** Objects to promote to a lifecycle stage (the registry at the stage’s address). */
export type PromoteObjectsInput = {
  objects: Array<Scalars['ID']['input']>;
  /** The LIFECYCLE_STAGE to promote to. */
  stage: Scalars['ID']['input'];
  /** False: return the RUNNING operation at once and poll remoteOperation(id). */
  wait?: Scalars['Boolean']['input'];
};

/** Where a promotion held by its target stands, as this registry last asked. */
export type PromotionApprovalStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** TO: promoted from here to another registry; FROM: received here by promotion. */
export type PromotionDirection =
  | 'FROM'
  | 'TO';

/** Marks a commit as a promotion (a registry promoting to this one): the promoted objects record where they came from. */
export type PromotionOriginInput = {
  /** The LIFECYCLE_STAGE the source promoted to. */
  stage?: InputMaybe<Scalars['ID']['input']>;
};

/** Protection flags the archive carries; they are enforced in the importing registry. */
export type ProtectionInput = {
  /** False: the imported objects cannot be edited. */
  editable?: Scalars['Boolean']['input'];
  /** False: the imported objects cannot be exported again. */
  rePackageable?: Scalars['Boolean']['input'];
  /** False: imported attributes are hidden from all but administrators. */
  viewContent?: Scalars['Boolean']['input'];
};

export type ReasonSeverity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

/** A node whose edges are drawn beyond limitPerNode. */
export type ReferenceGraphExpansion = {
  /** At most 500. */
  limit: Scalars['Int']['input'];
  uuid: Scalars['ID']['input'];
};

/** Which edges a reference graph follows; missing and hidden objects pass any kind filter. */
export type ReferenceGraphFilter = {
  /** Kinds of the objects the edges lead to (the root always passes). */
  kinds?: InputMaybe<Array<ObjectKind>>;
  /** Reference names. */
  names?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ReferenceInput = {
  name: Scalars['String']['input'];
  target: Scalars['ID']['input'];
};

/** Where the target of a reference will be once the import is applied. */
export type ReferenceResolution =
  /** Written by this import from the archive. */
  | 'ARCHIVE'
  /** Already in this registry (and not replaced by the import). */
  | 'REGISTRY'
  /** Nowhere: the referencing object is not imported. */
  | 'UNRESOLVED';

/** RECORDED: this connection recorded the identity (the first); UNCHANGED: as recorded; CHANGED: another registry or signing certificate answered (refused until accepted); UNKNOWN: not reached. */
export type RemoteIdentityStatus =
  | 'CHANGED'
  | 'RECORDED'
  | 'UNCHANGED'
  | 'UNKNOWN';

export type RemoteOperationKind =
  | 'COMMIT_PROMOTION'
  | 'GET_PACKAGE'
  | 'PROMOTE'
  | 'SYNC_PACKAGE';

export type RemoteOperationStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** VIEW and EDIT name an object; CREATE names a type in an organization. */
export type Right =
  | 'CREATE'
  | 'EDIT'
  | 'VIEW';

export type Role =
  | 'REGISTRY_ADMINISTRATOR'
  | 'TYPE_ADMINISTRATOR';

/** A change of the default selection, as a person checks and unchecks objects; the server applies it. */
export type SelectionChangeInput = {
  /** Objects of the default selection not to import. */
  deselect?: Array<Scalars['ID']['input']>;
  /** Objects to import beyond the default selection. */
  select?: Array<Scalars['ID']['input']>;
};

export type StagedObjectFilter = {
  kinds?: InputMaybe<Array<ObjectKind>>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** What to do with one element of a compared package. */
export type SyncChoiceInput = {
  direction: SyncDirection;
  uuid: Scalars['ID']['input'];
};

/** PULL: remote → here; PUSH: here → remote; NONE: leave both as they are. */
export type SyncDirection =
  | 'NONE'
  | 'PULL'
  | 'PUSH';

/** The package's member list afterwards: LOCAL (pushed), REMOTE (pulled) or MERGE (the union of both, written here and pushed). */
export type SyncMemberList =
  | 'LOCAL'
  | 'MERGE'
  | 'REMOTE';

/** What a synchronization did to an element on one side. */
export type SyncOutcome =
  | 'CREATED'
  | 'FAILED'
  | 'IGNORED'
  | 'MERGED'
  | 'REJECTED'
  | 'REPLACED'
  | 'SKIPPED'
  | 'UNCHANGED';

/** SAME: equal content; REMOTE_NEWER / LOCAL_NEWER: only that side changed since the last sync (never synced: its timestamp is later); CONFLICT: both changed since the last sync; REMOTE_ONLY / LOCAL_ONLY: only that side holds it. */
export type SyncState =
  | 'CONFLICT'
  | 'LOCAL_NEWER'
  | 'LOCAL_ONLY'
  | 'REMOTE_NEWER'
  | 'REMOTE_ONLY'
  | 'SAME';

/** Carries out the reviewed choices of a package comparison. */
export type SynchronizePackageInput = {
  /** The direction of each element to move; elements left out stay as they are (NONE). */
  choices: Array<SyncChoiceInput>;
  /** The comparisonDigest of the comparison reviewed: refused (SYNC_COMPARISON_STALE) when either side changed since. */
  comparisonDigest: Scalars['String']['input'];
  /** The package's member list afterwards; LOCAL pushes and REMOTE pulls the package. Left out: as the package's own choice says. */
  memberList?: InputMaybe<SyncMemberList>;
  package: Scalars['ID']['input'];
  /** The configured remote’s name. */
  remote: Scalars['String']['input'];
  /** False: return the RUNNING operation at once and poll remoteOperation(id). */
  wait?: Scalars['Boolean']['input'];
};

export type UpdateAssetInput = {
  /** Replaces all attributes when given. */
  attributes?: InputMaybe<Scalars['JSONObject']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  previousVersion?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
  version?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateGroupInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
  roles?: InputMaybe<Array<Role>>;
};

export type UpdateLifecycleModelInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  endStates?: InputMaybe<Array<Scalars['String']['input']>>;
  initialState?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  objectTypes?: InputMaybe<Array<Scalars['ID']['input']>>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
  states?: InputMaybe<Array<LifecycleStateInput>>;
  status?: InputMaybe<LifecycleModelStatus>;
  transitions?: InputMaybe<Array<LifecycleTransitionInput>>;
};

export type UpdateLifecycleStageInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
};

export type UpdateObjectTypeInput = {
  attributeDefinitions?: InputMaybe<Array<AttributeDefinitionInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
};

export type UpdateOrganizationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
};

export type UpdatePackageInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  members?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
};

export type UpdatePolicyInput = {
  actions?: InputMaybe<Array<PolicyActionInput>>;
  condition?: InputMaybe<Scalars['JSON']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<PolicyEvent>>;
  name?: InputMaybe<Scalars['String']['input']>;
  objectTypes?: InputMaybe<Array<Scalars['ID']['input']>>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
};

/** Changes to a remote registry; fields left out stay. */
export type UpdateRemoteRegistryInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Given (even empty), replaces the CA bundle and the pin together with pinnedCertificatePem. */
  caCertificatesPem?: InputMaybe<Scalars['String']['input']>;
  credential?: InputMaybe<Scalars['String']['input']>;
  pinnedCertificatePem?: InputMaybe<Scalars['String']['input']>;
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateUserInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  groups?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces all references when given. */
  references?: InputMaybe<Array<ReferenceInput>>;
  roles?: InputMaybe<Array<Role>>;
};

export type CliExportArchiveMutationVariables = Exact<{
  input: ExportArchiveInput;
}>;


export type CliExportArchiveMutation = { __typename?: 'Mutation', exportArchive: { __typename?: 'ExportedArchive', id: string, sha256: string, size: number, objectCount: number, signed: boolean, encryption: ArchiveEncryptionMode, downloadUrl: string, expiresAt: string } };

export type CliImportRecordFragment = { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, planDigest?: string | null, selection?: Array<string> | null, userUuid: string, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null, signer?: { __typename?: 'ArchiveSigner', subject: string, fingerprintSha256: string } | null };

export type CliCommitImportMutationVariables = Exact<{
  input: CommitImportInput;
}>;


export type CliCommitImportMutation = { __typename?: 'Mutation', commitImport: { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, planDigest?: string | null, selection?: Array<string> | null, userUuid: string, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null, signer?: { __typename?: 'ArchiveSigner', subject: string, fingerprintSha256: string } | null } };

export type CliImportRecordByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliImportRecordByIdQuery = { __typename?: 'Query', importRecord?: { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, planDigest?: string | null, selection?: Array<string> | null, userUuid: string, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null, signer?: { __typename?: 'ArchiveSigner', subject: string, fingerprintSha256: string } | null } | null };

export type CliImportRecordOutcomesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliImportRecordOutcomesQuery = { __typename?: 'Query', importRecord?: { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, planDigest?: string | null, selection?: Array<string> | null, userUuid: string, outcomes: { __typename?: 'ImportOutcomeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportOutcomeEdge', node: { __typename?: 'ImportOutcome', line: number, uuid: string, kind: ObjectKind, name: string, action: ImportAction, reasons: Array<{ __typename?: 'PlanReason', code: string, message: string }> } }> }, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null, signer?: { __typename?: 'ArchiveSigner', subject: string, fingerprintSha256: string } | null } | null };

export type CliImportHistoryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliImportHistoryQuery = { __typename?: 'Query', importHistory: { __typename?: 'ImportRecordConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRecordEdge', node: { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, planDigest?: string | null, selection?: Array<string> | null, userUuid: string, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null, signer?: { __typename?: 'ArchiveSigner', subject: string, fingerprintSha256: string } | null } }> } };

export type CliExportKeystoreMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;


export type CliExportKeystoreMutation = { __typename?: 'Mutation', exportKeystore: { __typename?: 'KeystoreFile', fileName: string, mediaType: string, contentBase64: string, keyCount: number } };

export type CliImportKeystoreMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  password: Scalars['String']['input'];
  makeCurrent: Scalars['Boolean']['input'];
}>;


export type CliImportKeystoreMutation = { __typename?: 'Mutation', importKeystore: { __typename?: 'KeystoreImport', keyCount: number, added: number, current: { __typename?: 'ServerCertificate', fingerprintSha256: string, subject: string, notAfter: string } } };

export type CliTrustedProviderFragment = { __typename?: 'TrustedProvider', fingerprintSha256: string, subject: string, issuer: string, serialNumber: string, notBefore: string, notAfter: string, addedAt: string, addedBy: string };

export type CliTrustedProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type CliTrustedProvidersQuery = { __typename?: 'Query', trustedProviders: Array<{ __typename?: 'TrustedProvider', fingerprintSha256: string, subject: string, issuer: string, serialNumber: string, notBefore: string, notAfter: string, addedAt: string, addedBy: string }> };

export type CliAddTrustedProviderMutationVariables = Exact<{
  pem: Scalars['String']['input'];
}>;


export type CliAddTrustedProviderMutation = { __typename?: 'Mutation', addTrustedProvider: { __typename?: 'TrustedProvider', fingerprintSha256: string, subject: string, issuer: string, serialNumber: string, notBefore: string, notAfter: string, addedAt: string, addedBy: string } };

export type CliRemoveTrustedProviderMutationVariables = Exact<{
  fingerprint: Scalars['String']['input'];
}>;


export type CliRemoveTrustedProviderMutation = { __typename?: 'Mutation', removeTrustedProvider: boolean };

export type CliPlanDecisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  options?: InputMaybe<ImportOptionsInput>;
  selection?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  filter?: InputMaybe<DecisionFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliPlanDecisionsQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', decisions: { __typename?: 'ImportDecisionConnection', planDigest: string, totalCount: number, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number }, blocking: Array<{ __typename?: 'PlanReason', code: string, severity: ReasonSeverity, message: string, uuids: Array<string> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportDecisionEdge', node: { __typename?: 'ImportDecision', uuid: string, kind: ObjectKind, name: string, line: number, action: ImportAction, selected: boolean, includedByCount: number, reasons: Array<{ __typename?: 'PlanReason', code: string, severity: ReasonSeverity, message: string }>, changes?: { __typename?: 'FieldChanges', totalCount: number, truncated: boolean, contentWithheld: boolean, entries: Array<{ __typename?: 'FieldChange', path: string, before?: unknown | null, after?: unknown | null, cut: boolean }> } | null } }> } } | null };

export type CliRegistryIdentityQueryVariables = Exact<{ [key: string]: never; }>;


export type CliRegistryIdentityQuery = { __typename?: 'Query', registry: { __typename?: 'RegistryInfo', uuid: string, name: string, address: string } };

export type CliRemoteRegistryFragment = { __typename?: 'RemoteRegistry', name: string, address: string, timeoutSeconds: number, caCertificatesConfigured: boolean, pinnedCertificateSha256?: string | null, registryUuid?: string | null, registryName?: string | null, signerFingerprint?: string | null, identityRecordedAt?: string | null, pendingIdentity?: { __typename?: 'RemoteIdentityChange', registryUuid: string, signerFingerprint: string } | null };

export type CliRemoteOperationFragment = { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null };

export type CliRemoteRegistriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CliRemoteRegistriesQuery = { __typename?: 'Query', remoteRegistries: Array<{ __typename?: 'RemoteRegistry', name: string, address: string, timeoutSeconds: number, caCertificatesConfigured: boolean, pinnedCertificateSha256?: string | null, registryUuid?: string | null, registryName?: string | null, signerFingerprint?: string | null, identityRecordedAt?: string | null, pendingIdentity?: { __typename?: 'RemoteIdentityChange', registryUuid: string, signerFingerprint: string } | null }> };

export type CliAddRemoteRegistryMutationVariables = Exact<{
  input: AddRemoteRegistryInput;
}>;


export type CliAddRemoteRegistryMutation = { __typename?: 'Mutation', addRemoteRegistry: { __typename?: 'RemoteRegistry', name: string, address: string, timeoutSeconds: number, caCertificatesConfigured: boolean, pinnedCertificateSha256?: string | null, registryUuid?: string | null, registryName?: string | null, signerFingerprint?: string | null, identityRecordedAt?: string | null, pendingIdentity?: { __typename?: 'RemoteIdentityChange', registryUuid: string, signerFingerprint: string } | null } };

export type CliTestRemoteRegistryMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type CliTestRemoteRegistryMutation = { __typename?: 'Mutation', testRemoteRegistry: { __typename?: 'RemoteRegistryTest', reachable: boolean, identityStatus: RemoteIdentityStatus, registryUuid?: string | null, registryName?: string | null, signerFingerprint?: string | null, credentialUser?: { __typename?: 'RemoteCredentialUser', uuid: string, name: string, roles: Array<string>, administrator: boolean } | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null, remote: { __typename?: 'RemoteRegistry', name: string, address: string, timeoutSeconds: number, caCertificatesConfigured: boolean, pinnedCertificateSha256?: string | null, registryUuid?: string | null, registryName?: string | null, signerFingerprint?: string | null, identityRecordedAt?: string | null, pendingIdentity?: { __typename?: 'RemoteIdentityChange', registryUuid: string, signerFingerprint: string } | null } } };

export type CliPromoteObjectsMutationVariables = Exact<{
  input: PromoteObjectsInput;
}>;


export type CliPromoteObjectsMutation = { __typename?: 'Mutation', promoteObjects: { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null } };

export type CliCommitPromotionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliCommitPromotionMutation = { __typename?: 'Mutation', commitPromotion: { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null } };

export type CliSyncCopyFragment = { __typename?: 'SyncManifestElement', version?: string | null, timestamp: string, contentDigest: string };

export type CliPackageComparisonFragment = { __typename?: 'PackageComparison', remoteName: string, remoteRegistryUuid: string, package: string, packageName: string, comparisonDigest: string, counts: Array<{ __typename?: 'SyncStateCount', state: SyncState, count: number }>, members: { __typename?: 'SyncMemberLists', local: Array<string>, remote: Array<string>, localOnly: Array<string>, remoteOnly: Array<string>, mergeOffered: boolean, merged: Array<string> }, elements: Array<{ __typename?: 'SyncElement', uuid: string, kind: string, name: string, state: SyncState, proposedDirection: SyncDirection, isPackage: boolean, isMember: boolean, lastSyncedDigest?: string | null, local?: { __typename?: 'SyncManifestElement', version?: string | null, timestamp: string, contentDigest: string } | null, remote?: { __typename?: 'SyncManifestElement', version?: string | null, timestamp: string, contentDigest: string } | null }> };

export type CliCompareRemotePackageQueryVariables = Exact<{
  remote: Scalars['String']['input'];
  package: Scalars['ID']['input'];
}>;


export type CliCompareRemotePackageQuery = { __typename?: 'Query', compareRemotePackage: { __typename?: 'PackageComparison', remoteName: string, remoteRegistryUuid: string, package: string, packageName: string, comparisonDigest: string, counts: Array<{ __typename?: 'SyncStateCount', state: SyncState, count: number }>, members: { __typename?: 'SyncMemberLists', local: Array<string>, remote: Array<string>, localOnly: Array<string>, remoteOnly: Array<string>, mergeOffered: boolean, merged: Array<string> }, elements: Array<{ __typename?: 'SyncElement', uuid: string, kind: string, name: string, state: SyncState, proposedDirection: SyncDirection, isPackage: boolean, isMember: boolean, lastSyncedDigest?: string | null, local?: { __typename?: 'SyncManifestElement', version?: string | null, timestamp: string, contentDigest: string } | null, remote?: { __typename?: 'SyncManifestElement', version?: string | null, timestamp: string, contentDigest: string } | null }> } };

export type CliSyncOperationFragment = { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, syncResult?: { __typename?: 'PackageSyncResult', package: string, comparisonDigest: string, localImportRecordId?: string | null, remoteImportRecordId?: string | null, mergedMembers?: Array<string> | null, recorded: number, complete: boolean, elements: Array<{ __typename?: 'SyncElementOutcome', uuid: string, kind: string, name: string, direction: SyncDirection, local: SyncOutcome, remote: SyncOutcome }> } | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null };

export type CliSynchronizeRemotePackageMutationVariables = Exact<{
  input: SynchronizePackageInput;
}>;


export type CliSynchronizeRemotePackageMutation = { __typename?: 'Mutation', synchronizeRemotePackage: { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, syncResult?: { __typename?: 'PackageSyncResult', package: string, comparisonDigest: string, localImportRecordId?: string | null, remoteImportRecordId?: string | null, mergedMembers?: Array<string> | null, recorded: number, complete: boolean, elements: Array<{ __typename?: 'SyncElementOutcome', uuid: string, kind: string, name: string, direction: SyncDirection, local: SyncOutcome, remote: SyncOutcome }> } | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null } };

export type CliRemoteOperationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliRemoteOperationQuery = { __typename?: 'Query', remoteOperation?: { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, syncResult?: { __typename?: 'PackageSyncResult', package: string, comparisonDigest: string, localImportRecordId?: string | null, remoteImportRecordId?: string | null, mergedMembers?: Array<string> | null, recorded: number, complete: boolean, elements: Array<{ __typename?: 'SyncElementOutcome', uuid: string, kind: string, name: string, direction: SyncDirection, local: SyncOutcome, remote: SyncOutcome }> } | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null } | null };

export type CliIncomingPromotionFragment = { __typename?: 'IncomingPromotion', id: string, status: IncomingPromotionStatus, sourceAddress?: string | null, requestedAt: string, stage?: string | null, archiveSha256: string, objectCount: number, stagedImportId: string, decidedAt?: string | null, reason?: string | null, importRecordId?: string | null, sourceRegistry: { __typename?: 'NamedRef', uuid: string, name: string }, exportedBy: { __typename?: 'NamedRef', uuid: string, name: string }, requestedBy: { __typename?: 'NamedRef', uuid: string, name: string }, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number }, decidedBy?: { __typename?: 'NamedRef', uuid: string, name: string } | null };

export type CliPromoteObjectsHeldMutationVariables = Exact<{
  input: PromoteObjectsInput;
}>;


export type CliPromoteObjectsHeldMutation = { __typename?: 'Mutation', promoteObjects: { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, approval?: { __typename?: 'PromotionApproval', status: PromotionApprovalStatus, incomingPromotionId: string } | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null } };

export type CliPromotionByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliPromotionByIdQuery = { __typename?: 'Query', remoteOperation?: { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, approval?: { __typename?: 'PromotionApproval', status: PromotionApprovalStatus, incomingPromotionId: string } | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null } | null };

export type CliCommitPromotionStartedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliCommitPromotionStartedMutation = { __typename?: 'Mutation', commitPromotion: { __typename?: 'RemoteOperation', id: string, kind: RemoteOperationKind, status: RemoteOperationStatus, phase: string, done: number, total: number, remoteName?: string | null, planDigest?: string | null, stagedImportId?: string | null, result?: Record<string, unknown> | null, startedAt: string, finishedAt?: string | null, error?: { __typename?: 'RemoteFailure', side: FailedSide, code: string, message: string, remoteCode?: string | null } | null } };

export type CliIncomingPromotionsQueryVariables = Exact<{
  status?: InputMaybe<IncomingPromotionStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CliIncomingPromotionsQuery = { __typename?: 'Query', incomingPromotions: Array<{ __typename?: 'IncomingPromotion', id: string, status: IncomingPromotionStatus, sourceAddress?: string | null, requestedAt: string, stage?: string | null, archiveSha256: string, objectCount: number, stagedImportId: string, decidedAt?: string | null, reason?: string | null, importRecordId?: string | null, sourceRegistry: { __typename?: 'NamedRef', uuid: string, name: string }, exportedBy: { __typename?: 'NamedRef', uuid: string, name: string }, requestedBy: { __typename?: 'NamedRef', uuid: string, name: string }, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number }, decidedBy?: { __typename?: 'NamedRef', uuid: string, name: string } | null }> };

export type CliIncomingPromotionPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliIncomingPromotionPreviewQuery = { __typename?: 'Query', incomingPromotion?: { __typename?: 'IncomingPromotion', id: string, status: IncomingPromotionStatus, sourceAddress?: string | null, requestedAt: string, stage?: string | null, archiveSha256: string, objectCount: number, stagedImportId: string, decidedAt?: string | null, reason?: string | null, importRecordId?: string | null, preview?: { __typename?: 'ImportPlanSummary', planDigest: string, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number } } | null, sourceRegistry: { __typename?: 'NamedRef', uuid: string, name: string }, exportedBy: { __typename?: 'NamedRef', uuid: string, name: string }, requestedBy: { __typename?: 'NamedRef', uuid: string, name: string }, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number }, decidedBy?: { __typename?: 'NamedRef', uuid: string, name: string } | null } | null };

export type CliApprovePromotionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  digest: Scalars['String']['input'];
}>;


export type CliApprovePromotionMutation = { __typename?: 'Mutation', approvePromotion: { __typename?: 'IncomingPromotion', id: string, status: IncomingPromotionStatus, sourceAddress?: string | null, requestedAt: string, stage?: string | null, archiveSha256: string, objectCount: number, stagedImportId: string, decidedAt?: string | null, reason?: string | null, importRecordId?: string | null, sourceRegistry: { __typename?: 'NamedRef', uuid: string, name: string }, exportedBy: { __typename?: 'NamedRef', uuid: string, name: string }, requestedBy: { __typename?: 'NamedRef', uuid: string, name: string }, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number }, decidedBy?: { __typename?: 'NamedRef', uuid: string, name: string } | null } };

export type CliRejectPromotionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliRejectPromotionMutation = { __typename?: 'Mutation', rejectPromotion: { __typename?: 'IncomingPromotion', id: string, status: IncomingPromotionStatus, sourceAddress?: string | null, requestedAt: string, stage?: string | null, archiveSha256: string, objectCount: number, stagedImportId: string, decidedAt?: string | null, reason?: string | null, importRecordId?: string | null, sourceRegistry: { __typename?: 'NamedRef', uuid: string, name: string }, exportedBy: { __typename?: 'NamedRef', uuid: string, name: string }, requestedBy: { __typename?: 'NamedRef', uuid: string, name: string }, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number }, decidedBy?: { __typename?: 'NamedRef', uuid: string, name: string } | null } };

export type CliStagedImportFragment = { __typename?: 'StagedImport', id: string, fileName?: string | null, archiveSha256: string, archiveSize: number, objectCount: number, encrypted: boolean, trust: ArchiveTrust, exportedAt: string, expiresAt: string, problemCount: number, signer?: { __typename?: 'ArchiveSigner', subject: string, fingerprintSha256: string } | null, sourceRegistry: { __typename?: 'RegistryInfo', uuid: string, name: string, address: string }, countsByKind: Array<{ __typename?: 'KindCount', kind: ObjectKind, count: number }>, problems: Array<{ __typename?: 'RecordProblem', line: number, path: string, message: string }> };

export type CliStageArchiveMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
}>;


export type CliStageArchiveMutation = { __typename?: 'Mutation', stageArchive: { __typename?: 'StagedImport', id: string, fileName?: string | null, archiveSha256: string, archiveSize: number, objectCount: number, encrypted: boolean, trust: ArchiveTrust, exportedAt: string, expiresAt: string, problemCount: number, signer?: { __typename?: 'ArchiveSigner', subject: string, fingerprintSha256: string } | null, sourceRegistry: { __typename?: 'RegistryInfo', uuid: string, name: string, address: string }, countsByKind: Array<{ __typename?: 'KindCount', kind: ObjectKind, count: number }>, problems: Array<{ __typename?: 'RecordProblem', line: number, path: string, message: string }> } };

export type CliStagedImportByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliStagedImportByIdQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', id: string, fileName?: string | null, archiveSha256: string, archiveSize: number, objectCount: number, encrypted: boolean, trust: ArchiveTrust, exportedAt: string, expiresAt: string, problemCount: number, signer?: { __typename?: 'ArchiveSigner', subject: string, fingerprintSha256: string } | null, sourceRegistry: { __typename?: 'RegistryInfo', uuid: string, name: string, address: string }, countsByKind: Array<{ __typename?: 'KindCount', kind: ObjectKind, count: number }>, problems: Array<{ __typename?: 'RecordProblem', line: number, path: string, message: string }> } | null };

export type CliDiscardStagedImportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CliDiscardStagedImportMutation = { __typename?: 'Mutation', discardStagedImport: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CliImportRecordFragmentDoc = new TypedDocumentString(`
    fragment CliImportRecord on ImportRecord {
  id
  status
  phase
  done
  total
  startedAt
  finishedAt
  stagedImportId
  archiveSha256
  trust
  planDigest
  selection
  userUuid
  options {
    allowReplace
    keepCurrentOwner
    importUserGroups
    keepLifecycleState
    trustProvider
  }
  counts {
    created
    replaced
    ignored
    rejected
    skipped
  }
  error {
    code
    message
  }
  signer {
    subject
    fingerprintSha256
  }
}
    `, {"fragmentName":"CliImportRecord"}) as unknown as TypedDocumentString<CliImportRecordFragment, unknown>;
export const CliTrustedProviderFragmentDoc = new TypedDocumentString(`
    fragment CliTrustedProvider on TrustedProvider {
  fingerprintSha256
  subject
  issuer
  serialNumber
  notBefore
  notAfter
  addedAt
  addedBy
}
    `, {"fragmentName":"CliTrustedProvider"}) as unknown as TypedDocumentString<CliTrustedProviderFragment, unknown>;
export const CliRemoteRegistryFragmentDoc = new TypedDocumentString(`
    fragment CliRemoteRegistry on RemoteRegistry {
  name
  address
  timeoutSeconds
  caCertificatesConfigured
  pinnedCertificateSha256
  registryUuid
  registryName
  signerFingerprint
  identityRecordedAt
  pendingIdentity {
    registryUuid
    signerFingerprint
  }
}
    `, {"fragmentName":"CliRemoteRegistry"}) as unknown as TypedDocumentString<CliRemoteRegistryFragment, unknown>;
export const CliSyncCopyFragmentDoc = new TypedDocumentString(`
    fragment CliSyncCopy on SyncManifestElement {
  version
  timestamp
  contentDigest
}
    `, {"fragmentName":"CliSyncCopy"}) as unknown as TypedDocumentString<CliSyncCopyFragment, unknown>;
export const CliPackageComparisonFragmentDoc = new TypedDocumentString(`
    fragment CliPackageComparison on PackageComparison {
  remoteName
  remoteRegistryUuid
  package
  packageName
  comparisonDigest
  counts {
    state
    count
  }
  members {
    local
    remote
    localOnly
    remoteOnly
    mergeOffered
    merged
  }
  elements {
    uuid
    kind
    name
    state
    proposedDirection
    isPackage
    isMember
    lastSyncedDigest
    local {
      ...CliSyncCopy
    }
    remote {
      ...CliSyncCopy
    }
  }
}
    fragment CliSyncCopy on SyncManifestElement {
  version
  timestamp
  contentDigest
}`, {"fragmentName":"CliPackageComparison"}) as unknown as TypedDocumentString<CliPackageComparisonFragment, unknown>;
export const CliRemoteOperationFragmentDoc = new TypedDocumentString(`
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}
    `, {"fragmentName":"CliRemoteOperation"}) as unknown as TypedDocumentString<CliRemoteOperationFragment, unknown>;
export const CliSyncOperationFragmentDoc = new TypedDocumentString(`
    fragment CliSyncOperation on RemoteOperation {
  ...CliRemoteOperation
  syncResult {
    package
    comparisonDigest
    localImportRecordId
    remoteImportRecordId
    mergedMembers
    recorded
    complete
    elements {
      uuid
      kind
      name
      direction
      local
      remote
    }
  }
}
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}`, {"fragmentName":"CliSyncOperation"}) as unknown as TypedDocumentString<CliSyncOperationFragment, unknown>;
export const CliIncomingPromotionFragmentDoc = new TypedDocumentString(`
    fragment CliIncomingPromotion on IncomingPromotion {
  id
  status
  sourceRegistry {
    uuid
    name
  }
  sourceAddress
  exportedBy {
    uuid
    name
  }
  requestedBy {
    uuid
    name
  }
  requestedAt
  stage
  archiveSha256
  objectCount
  counts {
    create
    replace
    ignore
    reject
    skip
  }
  stagedImportId
  decidedBy {
    uuid
    name
  }
  decidedAt
  reason
  importRecordId
}
    `, {"fragmentName":"CliIncomingPromotion"}) as unknown as TypedDocumentString<CliIncomingPromotionFragment, unknown>;
export const CliStagedImportFragmentDoc = new TypedDocumentString(`
    fragment CliStagedImport on StagedImport {
  id
  fileName
  archiveSha256
  archiveSize
  objectCount
  encrypted
  trust
  exportedAt
  expiresAt
  signer {
    subject
    fingerprintSha256
  }
  sourceRegistry {
    uuid
    name
    address
  }
  countsByKind {
    kind
    count
  }
  problemCount
  problems {
    line
    path
    message
  }
}
    `, {"fragmentName":"CliStagedImport"}) as unknown as TypedDocumentString<CliStagedImportFragment, unknown>;
export const CliExportArchiveDocument = new TypedDocumentString(`
    mutation CliExportArchive($input: ExportArchiveInput!) {
  exportArchive(input: $input) {
    id
    sha256
    size
    objectCount
    signed
    encryption
    downloadUrl
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CliExportArchiveMutation, CliExportArchiveMutationVariables>;
export const CliCommitImportDocument = new TypedDocumentString(`
    mutation CliCommitImport($input: CommitImportInput!) {
  commitImport(input: $input) {
    ...CliImportRecord
  }
}
    fragment CliImportRecord on ImportRecord {
  id
  status
  phase
  done
  total
  startedAt
  finishedAt
  stagedImportId
  archiveSha256
  trust
  planDigest
  selection
  userUuid
  options {
    allowReplace
    keepCurrentOwner
    importUserGroups
    keepLifecycleState
    trustProvider
  }
  counts {
    created
    replaced
    ignored
    rejected
    skipped
  }
  error {
    code
    message
  }
  signer {
    subject
    fingerprintSha256
  }
}`) as unknown as TypedDocumentString<CliCommitImportMutation, CliCommitImportMutationVariables>;
export const CliImportRecordByIdDocument = new TypedDocumentString(`
    query CliImportRecordById($id: ID!) {
  importRecord(id: $id) {
    ...CliImportRecord
  }
}
    fragment CliImportRecord on ImportRecord {
  id
  status
  phase
  done
  total
  startedAt
  finishedAt
  stagedImportId
  archiveSha256
  trust
  planDigest
  selection
  userUuid
  options {
    allowReplace
    keepCurrentOwner
    importUserGroups
    keepLifecycleState
    trustProvider
  }
  counts {
    created
    replaced
    ignored
    rejected
    skipped
  }
  error {
    code
    message
  }
  signer {
    subject
    fingerprintSha256
  }
}`) as unknown as TypedDocumentString<CliImportRecordByIdQuery, CliImportRecordByIdQueryVariables>;
export const CliImportRecordOutcomesDocument = new TypedDocumentString(`
    query CliImportRecordOutcomes($id: ID!, $first: Int!, $after: String) {
  importRecord(id: $id) {
    ...CliImportRecord
    outcomes(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          line
          uuid
          kind
          name
          action
          reasons {
            code
            message
          }
        }
      }
    }
  }
}
    fragment CliImportRecord on ImportRecord {
  id
  status
  phase
  done
  total
  startedAt
  finishedAt
  stagedImportId
  archiveSha256
  trust
  planDigest
  selection
  userUuid
  options {
    allowReplace
    keepCurrentOwner
    importUserGroups
    keepLifecycleState
    trustProvider
  }
  counts {
    created
    replaced
    ignored
    rejected
    skipped
  }
  error {
    code
    message
  }
  signer {
    subject
    fingerprintSha256
  }
}`) as unknown as TypedDocumentString<CliImportRecordOutcomesQuery, CliImportRecordOutcomesQueryVariables>;
export const CliImportHistoryDocument = new TypedDocumentString(`
    query CliImportHistory($first: Int!, $after: String) {
  importHistory(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliImportRecord
      }
    }
  }
}
    fragment CliImportRecord on ImportRecord {
  id
  status
  phase
  done
  total
  startedAt
  finishedAt
  stagedImportId
  archiveSha256
  trust
  planDigest
  selection
  userUuid
  options {
    allowReplace
    keepCurrentOwner
    importUserGroups
    keepLifecycleState
    trustProvider
  }
  counts {
    created
    replaced
    ignored
    rejected
    skipped
  }
  error {
    code
    message
  }
  signer {
    subject
    fingerprintSha256
  }
}`) as unknown as TypedDocumentString<CliImportHistoryQuery, CliImportHistoryQueryVariables>;
export const CliExportKeystoreDocument = new TypedDocumentString(`
    mutation CliExportKeystore($password: String!) {
  exportKeystore(password: $password) {
    fileName
    mediaType
    contentBase64
    keyCount
  }
}
    `) as unknown as TypedDocumentString<CliExportKeystoreMutation, CliExportKeystoreMutationVariables>;
export const CliImportKeystoreDocument = new TypedDocumentString(`
    mutation CliImportKeystore($file: Upload!, $password: String!, $makeCurrent: Boolean!) {
  importKeystore(file: $file, password: $password, makeCurrent: $makeCurrent) {
    keyCount
    added
    current {
      fingerprintSha256
      subject
      notAfter
    }
  }
}
    `) as unknown as TypedDocumentString<CliImportKeystoreMutation, CliImportKeystoreMutationVariables>;
export const CliTrustedProvidersDocument = new TypedDocumentString(`
    query CliTrustedProviders {
  trustedProviders {
    ...CliTrustedProvider
  }
}
    fragment CliTrustedProvider on TrustedProvider {
  fingerprintSha256
  subject
  issuer
  serialNumber
  notBefore
  notAfter
  addedAt
  addedBy
}`) as unknown as TypedDocumentString<CliTrustedProvidersQuery, CliTrustedProvidersQueryVariables>;
export const CliAddTrustedProviderDocument = new TypedDocumentString(`
    mutation CliAddTrustedProvider($pem: String!) {
  addTrustedProvider(certificatePem: $pem) {
    ...CliTrustedProvider
  }
}
    fragment CliTrustedProvider on TrustedProvider {
  fingerprintSha256
  subject
  issuer
  serialNumber
  notBefore
  notAfter
  addedAt
  addedBy
}`) as unknown as TypedDocumentString<CliAddTrustedProviderMutation, CliAddTrustedProviderMutationVariables>;
export const CliRemoveTrustedProviderDocument = new TypedDocumentString(`
    mutation CliRemoveTrustedProvider($fingerprint: String!) {
  removeTrustedProvider(fingerprint: $fingerprint)
}
    `) as unknown as TypedDocumentString<CliRemoveTrustedProviderMutation, CliRemoveTrustedProviderMutationVariables>;
export const CliPlanDecisionsDocument = new TypedDocumentString(`
    query CliPlanDecisions($id: ID!, $options: ImportOptionsInput, $selection: [ID!], $filter: DecisionFilter, $first: Int!, $after: String) {
  stagedImport(id: $id) {
    decisions(
      options: $options
      selection: $selection
      filter: $filter
      first: $first
      after: $after
    ) {
      planDigest
      totalCount
      counts {
        create
        replace
        ignore
        reject
        skip
      }
      blocking {
        code
        severity
        message
        uuids
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          uuid
          kind
          name
          line
          action
          selected
          includedByCount
          reasons {
            code
            severity
            message
          }
          changes {
            totalCount
            truncated
            contentWithheld
            entries {
              path
              before
              after
              cut
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CliPlanDecisionsQuery, CliPlanDecisionsQueryVariables>;
export const CliRegistryIdentityDocument = new TypedDocumentString(`
    query CliRegistryIdentity {
  registry {
    uuid
    name
    address
  }
}
    `) as unknown as TypedDocumentString<CliRegistryIdentityQuery, CliRegistryIdentityQueryVariables>;
export const CliRemoteRegistriesDocument = new TypedDocumentString(`
    query CliRemoteRegistries {
  remoteRegistries {
    ...CliRemoteRegistry
  }
}
    fragment CliRemoteRegistry on RemoteRegistry {
  name
  address
  timeoutSeconds
  caCertificatesConfigured
  pinnedCertificateSha256
  registryUuid
  registryName
  signerFingerprint
  identityRecordedAt
  pendingIdentity {
    registryUuid
    signerFingerprint
  }
}`) as unknown as TypedDocumentString<CliRemoteRegistriesQuery, CliRemoteRegistriesQueryVariables>;
export const CliAddRemoteRegistryDocument = new TypedDocumentString(`
    mutation CliAddRemoteRegistry($input: AddRemoteRegistryInput!) {
  addRemoteRegistry(input: $input) {
    ...CliRemoteRegistry
  }
}
    fragment CliRemoteRegistry on RemoteRegistry {
  name
  address
  timeoutSeconds
  caCertificatesConfigured
  pinnedCertificateSha256
  registryUuid
  registryName
  signerFingerprint
  identityRecordedAt
  pendingIdentity {
    registryUuid
    signerFingerprint
  }
}`) as unknown as TypedDocumentString<CliAddRemoteRegistryMutation, CliAddRemoteRegistryMutationVariables>;
export const CliTestRemoteRegistryDocument = new TypedDocumentString(`
    mutation CliTestRemoteRegistry($name: String!) {
  testRemoteRegistry(name: $name) {
    reachable
    identityStatus
    registryUuid
    registryName
    signerFingerprint
    credentialUser {
      uuid
      name
      roles
      administrator
    }
    error {
      side
      code
      message
      remoteCode
    }
    remote {
      ...CliRemoteRegistry
    }
  }
}
    fragment CliRemoteRegistry on RemoteRegistry {
  name
  address
  timeoutSeconds
  caCertificatesConfigured
  pinnedCertificateSha256
  registryUuid
  registryName
  signerFingerprint
  identityRecordedAt
  pendingIdentity {
    registryUuid
    signerFingerprint
  }
}`) as unknown as TypedDocumentString<CliTestRemoteRegistryMutation, CliTestRemoteRegistryMutationVariables>;
export const CliPromoteObjectsDocument = new TypedDocumentString(`
    mutation CliPromoteObjects($input: PromoteObjectsInput!) {
  promoteObjects(input: $input) {
    ...CliRemoteOperation
  }
}
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}`) as unknown as TypedDocumentString<CliPromoteObjectsMutation, CliPromoteObjectsMutationVariables>;
export const CliCommitPromotionDocument = new TypedDocumentString(`
    mutation CliCommitPromotion($id: ID!) {
  commitPromotion(operationId: $id) {
    ...CliRemoteOperation
  }
}
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}`) as unknown as TypedDocumentString<CliCommitPromotionMutation, CliCommitPromotionMutationVariables>;
export const CliCompareRemotePackageDocument = new TypedDocumentString(`
    query CliCompareRemotePackage($remote: String!, $package: ID!) {
  compareRemotePackage(remote: $remote, package: $package) {
    ...CliPackageComparison
  }
}
    fragment CliSyncCopy on SyncManifestElement {
  version
  timestamp
  contentDigest
}
fragment CliPackageComparison on PackageComparison {
  remoteName
  remoteRegistryUuid
  package
  packageName
  comparisonDigest
  counts {
    state
    count
  }
  members {
    local
    remote
    localOnly
    remoteOnly
    mergeOffered
    merged
  }
  elements {
    uuid
    kind
    name
    state
    proposedDirection
    isPackage
    isMember
    lastSyncedDigest
    local {
      ...CliSyncCopy
    }
    remote {
      ...CliSyncCopy
    }
  }
}`) as unknown as TypedDocumentString<CliCompareRemotePackageQuery, CliCompareRemotePackageQueryVariables>;
export const CliSynchronizeRemotePackageDocument = new TypedDocumentString(`
    mutation CliSynchronizeRemotePackage($input: SynchronizePackageInput!) {
  synchronizeRemotePackage(input: $input) {
    ...CliSyncOperation
  }
}
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}
fragment CliSyncOperation on RemoteOperation {
  ...CliRemoteOperation
  syncResult {
    package
    comparisonDigest
    localImportRecordId
    remoteImportRecordId
    mergedMembers
    recorded
    complete
    elements {
      uuid
      kind
      name
      direction
      local
      remote
    }
  }
}`) as unknown as TypedDocumentString<CliSynchronizeRemotePackageMutation, CliSynchronizeRemotePackageMutationVariables>;
export const CliRemoteOperationDocument = new TypedDocumentString(`
    query CliRemoteOperation($id: ID!) {
  remoteOperation(id: $id) {
    ...CliSyncOperation
  }
}
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}
fragment CliSyncOperation on RemoteOperation {
  ...CliRemoteOperation
  syncResult {
    package
    comparisonDigest
    localImportRecordId
    remoteImportRecordId
    mergedMembers
    recorded
    complete
    elements {
      uuid
      kind
      name
      direction
      local
      remote
    }
  }
}`) as unknown as TypedDocumentString<CliRemoteOperationQuery, CliRemoteOperationQueryVariables>;
export const CliPromoteObjectsHeldDocument = new TypedDocumentString(`
    mutation CliPromoteObjectsHeld($input: PromoteObjectsInput!) {
  promoteObjects(input: $input) {
    ...CliRemoteOperation
    approval {
      status
      incomingPromotionId
    }
  }
}
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}`) as unknown as TypedDocumentString<CliPromoteObjectsHeldMutation, CliPromoteObjectsHeldMutationVariables>;
export const CliPromotionByIdDocument = new TypedDocumentString(`
    query CliPromotionById($id: ID!) {
  remoteOperation(id: $id) {
    ...CliRemoteOperation
    approval {
      status
      incomingPromotionId
    }
  }
}
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}`) as unknown as TypedDocumentString<CliPromotionByIdQuery, CliPromotionByIdQueryVariables>;
export const CliCommitPromotionStartedDocument = new TypedDocumentString(`
    mutation CliCommitPromotionStarted($id: ID!) {
  commitPromotion(operationId: $id, wait: false) {
    ...CliRemoteOperation
  }
}
    fragment CliRemoteOperation on RemoteOperation {
  id
  kind
  status
  phase
  done
  total
  remoteName
  planDigest
  stagedImportId
  result
  startedAt
  finishedAt
  error {
    side
    code
    message
    remoteCode
  }
}`) as unknown as TypedDocumentString<CliCommitPromotionStartedMutation, CliCommitPromotionStartedMutationVariables>;
export const CliIncomingPromotionsDocument = new TypedDocumentString(`
    query CliIncomingPromotions($status: IncomingPromotionStatus, $first: Int!, $after: ID) {
  incomingPromotions(status: $status, first: $first, after: $after) {
    ...CliIncomingPromotion
  }
}
    fragment CliIncomingPromotion on IncomingPromotion {
  id
  status
  sourceRegistry {
    uuid
    name
  }
  sourceAddress
  exportedBy {
    uuid
    name
  }
  requestedBy {
    uuid
    name
  }
  requestedAt
  stage
  archiveSha256
  objectCount
  counts {
    create
    replace
    ignore
    reject
    skip
  }
  stagedImportId
  decidedBy {
    uuid
    name
  }
  decidedAt
  reason
  importRecordId
}`) as unknown as TypedDocumentString<CliIncomingPromotionsQuery, CliIncomingPromotionsQueryVariables>;
export const CliIncomingPromotionPreviewDocument = new TypedDocumentString(`
    query CliIncomingPromotionPreview($id: ID!) {
  incomingPromotion(id: $id) {
    ...CliIncomingPromotion
    preview {
      planDigest
      counts {
        create
        replace
        ignore
        reject
        skip
      }
    }
  }
}
    fragment CliIncomingPromotion on IncomingPromotion {
  id
  status
  sourceRegistry {
    uuid
    name
  }
  sourceAddress
  exportedBy {
    uuid
    name
  }
  requestedBy {
    uuid
    name
  }
  requestedAt
  stage
  archiveSha256
  objectCount
  counts {
    create
    replace
    ignore
    reject
    skip
  }
  stagedImportId
  decidedBy {
    uuid
    name
  }
  decidedAt
  reason
  importRecordId
}`) as unknown as TypedDocumentString<CliIncomingPromotionPreviewQuery, CliIncomingPromotionPreviewQueryVariables>;
export const CliApprovePromotionDocument = new TypedDocumentString(`
    mutation CliApprovePromotion($id: ID!, $digest: String!) {
  approvePromotion(id: $id, expectedPlanDigest: $digest) {
    ...CliIncomingPromotion
  }
}
    fragment CliIncomingPromotion on IncomingPromotion {
  id
  status
  sourceRegistry {
    uuid
    name
  }
  sourceAddress
  exportedBy {
    uuid
    name
  }
  requestedBy {
    uuid
    name
  }
  requestedAt
  stage
  archiveSha256
  objectCount
  counts {
    create
    replace
    ignore
    reject
    skip
  }
  stagedImportId
  decidedBy {
    uuid
    name
  }
  decidedAt
  reason
  importRecordId
}`) as unknown as TypedDocumentString<CliApprovePromotionMutation, CliApprovePromotionMutationVariables>;
export const CliRejectPromotionDocument = new TypedDocumentString(`
    mutation CliRejectPromotion($id: ID!, $reason: String) {
  rejectPromotion(id: $id, reason: $reason) {
    ...CliIncomingPromotion
  }
}
    fragment CliIncomingPromotion on IncomingPromotion {
  id
  status
  sourceRegistry {
    uuid
    name
  }
  sourceAddress
  exportedBy {
    uuid
    name
  }
  requestedBy {
    uuid
    name
  }
  requestedAt
  stage
  archiveSha256
  objectCount
  counts {
    create
    replace
    ignore
    reject
    skip
  }
  stagedImportId
  decidedBy {
    uuid
    name
  }
  decidedAt
  reason
  importRecordId
}`) as unknown as TypedDocumentString<CliRejectPromotionMutation, CliRejectPromotionMutationVariables>;
export const CliStageArchiveDocument = new TypedDocumentString(`
    mutation CliStageArchive($file: Upload!, $password: String) {
  stageArchive(file: $file, password: $password) {
    ...CliStagedImport
  }
}
    fragment CliStagedImport on StagedImport {
  id
  fileName
  archiveSha256
  archiveSize
  objectCount
  encrypted
  trust
  exportedAt
  expiresAt
  signer {
    subject
    fingerprintSha256
  }
  sourceRegistry {
    uuid
    name
    address
  }
  countsByKind {
    kind
    count
  }
  problemCount
  problems {
    line
    path
    message
  }
}`) as unknown as TypedDocumentString<CliStageArchiveMutation, CliStageArchiveMutationVariables>;
export const CliStagedImportByIdDocument = new TypedDocumentString(`
    query CliStagedImportById($id: ID!) {
  stagedImport(id: $id) {
    ...CliStagedImport
  }
}
    fragment CliStagedImport on StagedImport {
  id
  fileName
  archiveSha256
  archiveSize
  objectCount
  encrypted
  trust
  exportedAt
  expiresAt
  signer {
    subject
    fingerprintSha256
  }
  sourceRegistry {
    uuid
    name
    address
  }
  countsByKind {
    kind
    count
  }
  problemCount
  problems {
    line
    path
    message
  }
}`) as unknown as TypedDocumentString<CliStagedImportByIdQuery, CliStagedImportByIdQueryVariables>;
export const CliDiscardStagedImportDocument = new TypedDocumentString(`
    mutation CliDiscardStagedImport($id: ID!) {
  discardStagedImport(id: $id)
}
    `) as unknown as TypedDocumentString<CliDiscardStagedImportMutation, CliDiscardStagedImportMutationVariables>;