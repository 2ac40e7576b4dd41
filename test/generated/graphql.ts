/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  Upload: { input: File; output: File; }
};

/** Objects by action. */
export type ActionCounts = {
  __typename?: 'ActionCounts';
  create: Scalars['Int']['output'];
  ignore: Scalars['Int']['output'];
  reject: Scalars['Int']['output'];
  replace: Scalars['Int']['output'];
  skip: Scalars['Int']['output'];
};

/** How many decisions have this action and kind. */
export type ActionKindCount = {
  __typename?: 'ActionKindCount';
  action: ImportAction;
  count: Scalars['Int']['output'];
  kind: ObjectKind;
};

/** At most this many objects may get this action. */
export type ActionLimitInput = {
  action: ImportAction;
  /** At least 0. */
  max: Scalars['Int']['input'];
};

/** How many decisions have this action and give this reason code (each decision once per code). */
export type ActionReasonCount = {
  __typename?: 'ActionReasonCount';
  action: ImportAction;
  /** A reason code, e.g. STAGE_RESTRICTED. */
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  /** Counts the decisions where this reason decided the action (true), or those where it did not. */
  decisive: Scalars['Boolean']['output'];
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

/** A bearer token; the secret itself is shown only once, when issued. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  userUuid: Scalars['ID']['output'];
};

/** How objects.ndjson is encrypted: not at all, under a password, or for a recipient certificate. */
export type ArchiveEncryptionMode =
  | 'CERTIFICATE'
  | 'NONE'
  | 'PASSWORD';

/** An object of the staged archive, as far as a decision about another one needs it. */
export type ArchiveObjectFacts = {
  __typename?: 'ArchiveObjectFacts';
  action: ImportAction;
  kind: ObjectKind;
  /** 1-based line in objects.ndjson. */
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  uuid: Scalars['ID']['output'];
};

/** The options the archive was exported with. */
export type ArchiveOptions = {
  __typename?: 'ArchiveOptions';
  /** The organization, when the archive is a complete organization (its policies do not fire on import). */
  completeOrganization?: Maybe<Scalars['ID']['output']>;
  /** Referenced objects were included (their transitive closure). */
  includeReferences: Scalars['Boolean']['output'];
  /** Earlier versions of the selected objects were included. */
  includeVersionHistory: Scalars['Boolean']['output'];
  selection: ArchiveSelection;
};

/** What the exporter selected. */
export type ArchiveSelection = {
  __typename?: 'ArchiveSelection';
  /** Objects selected one by one. */
  objects: Array<Scalars['ID']['output']>;
  /** The package exported, if the export was of a package. */
  package?: Maybe<Scalars['ID']['output']>;
};

/** The certificate that signed an archive, and when it says it signed. */
export type ArchiveSigner = {
  __typename?: 'ArchiveSigner';
  /** Lower-case hex SHA-256 of the certificate: how trusted providers are matched. */
  fingerprintSha256: Scalars['String']['output'];
  issuer: Scalars['String']['output'];
  notAfter: Scalars['DateTimeISO']['output'];
  notBefore: Scalars['DateTimeISO']['output'];
  /** The certificate in PEM, as embedded in signature.p7s. */
  pem: Scalars['String']['output'];
  /** The signing time the signature claims. */
  signingTime?: Maybe<Scalars['DateTimeISO']['output']>;
  subject: Scalars['String']['output'];
  /** The certificate against its validity period: now for a staged import, when the commit started for an import record. Trust does not depend on it (providers are trusted by fingerprint); REFUSE_INVALID_SIGNER_CERTIFICATES refuses to stage or commit an archive whose signer is not VALID. */
  validity: CertificateValidity;
};

/** Whether the archive is signed, and whether this registry trusts its signer. */
export type ArchiveTrust =
  /** Signed by one of this registry's own keys or by a trusted provider. */
  | 'SIGNED_TRUSTED'
  /** Validly signed by a certificate this registry does not trust (yet). */
  | 'SIGNED_UNTRUSTED'
  /** Not signed: nobody vouches for the content. */
  | 'UNSIGNED';

/** An instance of an object type. */
export type Asset = RegistryObject & {
  __typename?: 'Asset';
  /** Null when the archive it came from withheld its content (viewContent false) and you are not an administrator. */
  attributes?: Maybe<Scalars['JSONObject']['output']>;
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  kind: ObjectKind;
  lifecycleModel?: Maybe<LifecycleModel>;
  lifecycleState?: Maybe<LifecycleState>;
  name: Scalars['String']['output'];
  objectType?: Maybe<ObjectType>;
  objectTypeUuid: Scalars['ID']['output'];
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  previousVersion?: Maybe<Asset>;
  previousVersionUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
  version?: Maybe<Scalars['String']['output']>;
  /** The lineage up to this version, oldest first (versions you may view). */
  versionPath: Array<Asset>;
};

export type AttributeDefinition = {
  __typename?: 'AttributeDefinition';
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  type: AttributeType;
};

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

/** A reference of an archive object, and where its target will be. */
export type DecisionReference = {
  __typename?: 'DecisionReference';
  name: Scalars['String']['output'];
  resolution: ReferenceResolution;
  /** REGISTRY: the target in this registry (null when hidden from you). */
  targetObject?: Maybe<RegistryObject>;
  /** ARCHIVE: the target in the archive, written by this import. */
  targetRecord?: Maybe<ArchiveObjectFacts>;
  targetUuid: Scalars['ID']['output'];
};

/** The registry's current copy of an archive object. */
export type ExistingCopy = {
  __typename?: 'ExistingCopy';
  /** The registry's copy (null when hidden from you). */
  object?: Maybe<RegistryObject>;
  timestamp: Scalars['DateTimeISO']['output'];
  uuid: Scalars['ID']['output'];
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

/** An archive this registry exported, kept for download by its creator and administrators. */
export type ExportedArchive = {
  __typename?: 'ExportedArchive';
  createdAt: Scalars['DateTimeISO']['output'];
  /** GET it with the same bearer token. Absolute when REGISTRY_ADDRESS is configured, otherwise a path (/archives/<id>) to resolve against the URL of this GraphQL endpoint. */
  downloadUrl: Scalars['String']['output'];
  encryption: ArchiveEncryptionMode;
  /** Downloadable until then (EXPORT_TTL_SECONDS after creation); removed after. */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** manifest.json as written (docs/archive-format.md). */
  manifest: Scalars['JSONObject']['output'];
  objectCount: Scalars['Int']['output'];
  /** The flags the archive carries (never more than its objects allow). */
  protection: Protection;
  /** Lower-case hex SHA-256 of the zip file. */
  sha256: Scalars['String']['output'];
  /** Signed with the server certificate (signature.p7s). */
  signed: Scalars['Boolean']['output'];
  /** Bytes. */
  size: Scalars['Float']['output'];
};

/** Which registry a remote operation failed on: this one (LOCAL) or the remote. */
export type FailedSide =
  | 'LOCAL'
  | 'REMOTE';

/** One difference between the registry's copy of an object and the archive's, as a `terraform plan` lists it. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The value after the import (REPLACE) or the archive's (IGNORE, REJECT). For lists: the UUIDs only the archive's copy has (added). */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The registry's value. For references.<relation>, members and groups: the UUIDs only the registry's copy has (removed). A value cut to the bound is the start of its text followed by "…". */
  before?: Maybe<Scalars['JSON']['output']>;
  /** A value was longer than 2048 characters and was cut. */
  cut: Scalars['Boolean']['output'];
  /** name, description, version, previousVersion, organization, owner, lifecycleState, attributes.<name>, references.<relation>, members (packages), groups (users), fields.<key>. */
  path: Scalars['String']['output'];
};

/** What changes, field by field: the first 100 differences, with a marker when the list or a value was cut. */
export type FieldChanges = {
  __typename?: 'FieldChanges';
  /** Attributes were not compared: the content of the archive or of the registry's copy is withheld from you (viewContent false and you are not an administrator). */
  contentWithheld: Scalars['Boolean']['output'];
  entries: Array<FieldChange>;
  /** How many differences there are in all (entries lists the first 100). */
  totalCount: Scalars['Int']['output'];
  /** Entries were left off, or a value was cut. */
  truncated: Scalars['Boolean']['output'];
};

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

export type Group = RegistryObject & {
  __typename?: 'Group';
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  kind: ObjectKind;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  roles: Array<Role>;
  /** System groups exist in every registry and are never imported. */
  system: Scalars['Boolean']['output'];
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
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

/** Objects by what the import did with them. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  created: Scalars['Int']['output'];
  ignored: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  replaced: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
};

/** The decision about one archive object. */
export type ImportDecision = {
  __typename?: 'ImportDecision';
  action: ImportAction;
  /** What changes, field by field, between the registry's copy and the archive's: for REPLACE what the import writes (owner and state included), for IGNORE and REJECT the archive's content (no entries when it is identical). Null for CREATE (there is no registry copy) and SKIP (nothing is written), and when the registry's copy is hidden from you. Computed only for the decisions asked for. */
  changes?: Maybe<FieldChanges>;
  existing?: Maybe<ExistingCopy>;
  /** Imported objects that pulled this unselected one in to resolve their links: the first 100, in archive order. */
  includedBy: Array<Scalars['ID']['output']>;
  /** How many imported objects pulled it in (includedBy lists the first 100). */
  includedByCount: Scalars['Int']['output'];
  kind: ObjectKind;
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Set for CREATE and REPLACE. */
  outcome?: Maybe<WriteOutcome>;
  reasons: Array<PlanReason>;
  references: Array<DecisionReference>;
  /** In the effective selection (yours, or the default). */
  selected: Scalars['Boolean']['output'];
  /** Absent from the registry or newer than its copy (with allowReplace, older too); not a group the archive holds only for its users (see importUserGroups). */
  selectedByDefault: Scalars['Boolean']['output'];
  uuid: Scalars['ID']['output'];
};

/** The decisions in archive order, one page at a time, with the plan as a whole. */
export type ImportDecisionConnection = {
  __typename?: 'ImportDecisionConnection';
  /** Problems that fail the whole import; a commit refuses while there are any. */
  blocking: Array<PlanReason>;
  counts: ActionCounts;
  /** Decisions by action and kind: the pairs that occur, by action, then kind. */
  countsByKind: Array<ActionKindCount>;
  /** Decisions by action and reason code, deciding or not ("34 rejected: STAGE_RESTRICTED" is REJECT, STAGE_RESTRICTED, decisive): what occurs, by action, then code. */
  countsByReason: Array<ActionReasonCount>;
  edges: Array<ImportDecisionEdge>;
  pageInfo: PageInfo;
  /** Pass it to commitImport as expectedPlanDigest: the commit refuses any other plan (PLAN_STALE). */
  planDigest: Scalars['String']['output'];
  /** Decisions matching the filter. */
  totalCount: Scalars['Int']['output'];
};

export type ImportDecisionEdge = {
  __typename?: 'ImportDecisionEdge';
  cursor: Scalars['String']['output'];
  node: ImportDecision;
};

/** What a pipeline expects of the plan it commits. The commit checks the plan it applies and refuses one that breaks it with IMPORT_BLOCKED (details.breaches: action, count, limit) before writing anything. */
export type ImportExpectationInput = {
  /** Actions no object may get, e.g. [REJECT, SKIP]. */
  failOn?: Array<ImportAction>;
  /** The most objects an action may have, one limit per action. */
  max?: Array<ActionLimitInput>;
};

/** Why an import failed: the registry was left as it was. */
export type ImportFailure = {
  __typename?: 'ImportFailure';
  /** PLAN_STALE, IMPORT_BLOCKED, IMPORT_INTERRUPTED, ... */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ImportOptions = {
  __typename?: 'ImportOptions';
  allowReplace: Scalars['Boolean']['output'];
  importUserGroups: Scalars['Boolean']['output'];
  keepCurrentOwner: Scalars['Boolean']['output'];
  keepLifecycleState: Scalars['Boolean']['output'];
  trustProvider: Scalars['Boolean']['output'];
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

/** What a commit did with one archive object, and why. */
export type ImportOutcome = {
  __typename?: 'ImportOutcome';
  action: ImportAction;
  kind: ObjectKind;
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  reasons: Array<PlanReason>;
  uuid: Scalars['ID']['output'];
  /** CREATE and REPLACE: what was written beyond the archive record (owner, lifecycle, version link, ...). */
  written?: Maybe<WriteOutcome>;
};

/** Outcomes in archive order. Empty until the import has succeeded. */
export type ImportOutcomeConnection = {
  __typename?: 'ImportOutcomeConnection';
  edges: Array<ImportOutcomeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImportOutcomeEdge = {
  __typename?: 'ImportOutcomeEdge';
  cursor: Scalars['String']['output'];
  node: ImportOutcome;
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

/** The plan as a whole: what a commit with the same options and selection applies. */
export type ImportPlanSummary = {
  __typename?: 'ImportPlanSummary';
  /** Problems that fail the whole import; a commit refuses while there are any. */
  blocking: Array<PlanReason>;
  counts: ActionCounts;
  /** Decisions by action and kind: the pairs that occur, by action, then kind. */
  countsByKind: Array<ActionKindCount>;
  /** Decisions by action and reason code, deciding or not ("34 rejected: STAGE_RESTRICTED" is REJECT, STAGE_RESTRICTED, decisive): what occurs, by action, then code. */
  countsByReason: Array<ActionReasonCount>;
  /** Pass it to commitImport as expectedPlanDigest: the commit refuses any other plan (PLAN_STALE). */
  planDigest: Scalars['String']['output'];
};

/** One commit of a staged archive: who, when, what, with which options, how far, and how it ended. */
export type ImportRecord = {
  __typename?: 'ImportRecord';
  /** Hex SHA-256 of the archive file. */
  archiveSha256: Scalars['String']['output'];
  counts: ImportCounts;
  /** Progress within the phase. */
  done: Scalars['Int']['output'];
  error?: Maybe<ImportFailure>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  options: ImportOptions;
  /** What happened to each archive object; empty unless SUCCEEDED. */
  outcomes: ImportOutcomeConnection;
  phase: ImportPhase;
  /** Digest of the plan applied (or refused). */
  planDigest?: Maybe<Scalars['String']['output']>;
  /** The explicit selection; null for the default one. */
  selection?: Maybe<Array<Scalars['ID']['output']>>;
  signer?: Maybe<ArchiveSigner>;
  /** The staged import committed (deleted once the commit succeeded). */
  stagedImportId?: Maybe<Scalars['ID']['output']>;
  startedAt: Scalars['DateTimeISO']['output'];
  status: ImportStatus;
  total: Scalars['Int']['output'];
  /** Trust in the signer when the commit started. */
  trust: ArchiveTrust;
  /** Who imported (null when hidden from you). */
  user?: Maybe<User>;
  userUuid: Scalars['ID']['output'];
};


/** One commit of a staged archive: who, when, what, with which options, how far, and how it ended. */
export type ImportRecordOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ImportOutcomeFilter>;
  first?: Scalars['Int']['input'];
};

/** Import records, newest first. */
export type ImportRecordConnection = {
  __typename?: 'ImportRecordConnection';
  edges: Array<ImportRecordEdge>;
  pageInfo: PageInfo;
};

export type ImportRecordEdge = {
  __typename?: 'ImportRecordEdge';
  cursor: Scalars['String']['output'];
  node: ImportRecord;
};

export type ImportStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** A promotion another registry staged here while this registry requires approval (REQUIRE_PROMOTION_APPROVAL): it waits until one of this registry’s users approves (commits) or rejects it. */
export type IncomingPromotion = {
  __typename?: 'IncomingPromotion';
  /** Hex SHA-256 of the promoted archive. */
  archiveSha256: Scalars['String']['output'];
  /** The preview the source saw (planned with its credential user’s rights). See preview for yours. */
  counts: ActionCounts;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who approved or rejected it (COMMITTING, APPROVED, REJECTED). */
  decidedBy?: Maybe<NamedRef>;
  /** Who exported it on the source (from the signed manifest). */
  exportedBy: NamedRef;
  id: Scalars['ID']['output'];
  /** The approver’s import record (COMMITTING, APPROVED). */
  importRecordId?: Maybe<Scalars['ID']['output']>;
  objectCount: Scalars['Int']['output'];
  /** PENDING: the plan as you would commit it (your rights, the promotion’s options); its planDigest is what approvePromotion expects. Null otherwise. */
  preview?: Maybe<ImportPlanSummary>;
  /** REJECTED: why, as the rejecting user wrote it. */
  reason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTimeISO']['output'];
  /** This registry’s user the source’s credential acts as. */
  requestedBy: NamedRef;
  /** The source registry’s address (from the signed manifest). */
  sourceAddress?: Maybe<Scalars['String']['output']>;
  /** The source registry (from the signed manifest). */
  sourceRegistry: NamedRef;
  /** The LIFECYCLE_STAGE promoted to, as the source named it. */
  stage?: Maybe<Scalars['ID']['output']>;
  /** The staged import held here (the requesting user’s). */
  stagedImportId: Scalars['ID']['output'];
  status: IncomingPromotionStatus;
};

/** PENDING: waiting for one of this registry’s users; COMMITTING: an approver’s commit runs; APPROVED: committed; REJECTED: refused, nothing imported. */
export type IncomingPromotionStatus =
  | 'APPROVED'
  | 'COMMITTING'
  | 'PENDING'
  | 'REJECTED';

export type IssuedToken = {
  __typename?: 'IssuedToken';
  info: ApiToken;
  /** Send as "Authorization: Bearer <token>". Not retrievable later. */
  token: Scalars['String']['output'];
};

/** A password-protected PKCS#12 key store (.p12) holding every server key and certificate, the current one first. Decode contentBase64 and save it under fileName; `openssl pkcs12 -info -in <file>` reads it. */
export type KeystoreFile = {
  __typename?: 'KeystoreFile';
  /** The PKCS#12 file, standard base64. */
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  keyCount: Scalars['Int']['output'];
  /** application/x-pkcs12 */
  mediaType: Scalars['String']['output'];
};

export type KeystoreImport = {
  __typename?: 'KeystoreImport';
  /** Keys this registry did not hold before. */
  added: Scalars['Int']['output'];
  current: ServerCertificate;
  /** Keys in the file. */
  keyCount: Scalars['Int']['output'];
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: ObjectKind;
};

export type LifecycleModel = RegistryObject & {
  __typename?: 'LifecycleModel';
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  initialState: LifecycleState;
  kind: ObjectKind;
  name: Scalars['String']['output'];
  objectTypeUuids: Array<Scalars['ID']['output']>;
  objectTypes: Array<ObjectType>;
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  states: Array<LifecycleState>;
  status: LifecycleModelStatus;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  transitions: Array<LifecycleTransition>;
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
};

export type LifecycleModelStatus =
  | 'NEW'
  | 'PRODUCTIVE'
  | 'RETIRED';

export type LifecycleOutcome = {
  __typename?: 'LifecycleOutcome';
  modelUuid: Scalars['ID']['output'];
  stateUuid: Scalars['ID']['output'];
};

/** A registry instance that hosts a phase of a lifecycle. */
export type LifecycleStage = RegistryObject & {
  __typename?: 'LifecycleStage';
  /** The address (REGISTRY_ADDRESS) of the registry hosting this stage. */
  address: Scalars['String']['output'];
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  kind: ObjectKind;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
};

export type LifecycleState = {
  __typename?: 'LifecycleState';
  end: Scalars['Boolean']['output'];
  initial: Scalars['Boolean']['output'];
  model?: Maybe<LifecycleModel>;
  modelUuid: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The lifecycle stages (registries) an object in this state may be promoted to. */
  stageUuids: Array<Scalars['ID']['output']>;
  stages: Array<LifecycleStage>;
  uuid: Scalars['ID']['output'];
};

/** States are named in the input; transitions, initial and end states refer to those names. */
export type LifecycleStateInput = {
  name: Scalars['String']['input'];
  stages?: Array<Scalars['ID']['input']>;
  /** Kept when given; an existing state of the same name keeps its UUID. */
  uuid?: InputMaybe<Scalars['ID']['input']>;
};

export type LifecycleTransition = {
  __typename?: 'LifecycleTransition';
  fromUuid: Scalars['ID']['output'];
  toUuid: Scalars['ID']['output'];
};

export type LifecycleTransitionInput = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts the changed identity a remote showed (REMOTE_IDENTITY_CHANGED). Administrators only. */
  acceptRemoteIdentity: RemoteRegistry;
  addGroupMember: User;
  /** Configures a remote registry. Administrators only. */
  addRemoteRegistry: RemoteRegistry;
  /** Trusts a signer certificate (PEM). Administrators only. */
  addTrustedProvider: TrustedProvider;
  /** Commits a held promotion as yours: expectedPlanDigest is the digest of your preview (the preview field); you need the rights to import every object it brings, and may not be the user who submitted it. */
  approvePromotion: IncomingPromotion;
  /** Applies the plan of a staged import in one transaction: every decided object lands or none does. Waits for the end unless wait is false. */
  commitImport: ImportRecord;
  /** Commits one of your previewed promotions on the target with the previewed plan digest (the remote’s PLAN_STALE if it changed since); both registries record the promotion. */
  commitPromotion: RemoteOperation;
  createAsset: Asset;
  createGroup: Group;
  createLifecycleModel: LifecycleModel;
  createLifecycleStage: LifecycleStage;
  createObjectType: ObjectType;
  createOrganization: Organization;
  createPackage: Package;
  createPolicy: Policy;
  createUser: User;
  /** Deletes an object of any kind. References to it from other objects dangle. */
  deleteObject: Scalars['Boolean']['output'];
  /** Drops one of your staged imports before it expires. */
  discardStagedImport: Scalars['Boolean']['output'];
  /** Writes the selected objects into an archive (docs/archive-format.md) and returns where to download it. Needs VIEW on every object written, references included. */
  exportArchive: ExportedArchive;
  /** Every server key and certificate as a PKCS#12 file protected by the password. A mutation, so the password never travels in a URL. Administrators only. */
  exportKeystore: KeystoreFile;
  /** Has the remote export a package (signed), downloads and stages it here as yours; result.stagedImportId is for the usual preview and commit. Waits for the end unless wait is false. */
  getRemotePackage: RemoteOperation;
  grantPermission: PermissionGrant;
  /** Holds a promotion you staged here (a registry promoting with this one’s credential does this) until one of this registry’s other users approves or rejects it. Only while approval is required. */
  holdPromotion: IncomingPromotion;
  /** Stages an uploaded archive and commits it, in one call (for pipelines). */
  importArchive: ImportRecord;
  /** Adds the keys of a PKCS#12 file (GraphQL multipart upload; send Apollo-Require-Preflight: true) to the history; with makeCurrent its first key becomes current. A wrong password fails with WRONG_PASSWORD. Administrators only. */
  importKeystore: KeystoreImport;
  issueToken: IssuedToken;
  /** Moves an asset to another state along an allowed transition of its lifecycle model. */
  moveLifecycleState: Asset;
  /** Promotes objects to a lifecycle stage: refuses (PROMOTION_PATH_NOT_ALLOWED) before anything moves unless each object’s lifecycle state allows the stage; exports them signed (you need to be allowed to export them), stages the archive on the registry at the stage’s address and returns its preview (planDigest, result.counts). Commit it with commitPromotion. Waits for the end unless wait is false. */
  promoteObjects: RemoteOperation;
  /** Asks the target where one of your promotions it holds for approval stands and keeps the answer in its approval field; once APPROVED, records the promotion trail here as commitPromotion does. */
  refreshPromotionApproval: RemoteOperation;
  /** Rejects a held promotion: nothing is imported and its staged import is discarded. Same rights as approving. */
  rejectPromotion: IncomingPromotion;
  removeGroupMember: User;
  /** Removes a remote registry; false when none had the name. Administrators only. */
  removeRemoteRegistry: Scalars['Boolean']['output'];
  /** Stops trusting a signer, by SHA-256 fingerprint; false when none had it. Administrators only. */
  removeTrustedProvider: Scalars['Boolean']['output'];
  /** A new self-signed certificate becomes current; the old one stays in the history. Administrators only. */
  replaceServerCertificate: ServerCertificate;
  revokePermission: Scalars['Boolean']['output'];
  revokeToken: ApiToken;
  /** Uploads an archive (GraphQL multipart request), verifies it and holds it for preview. The password opens a password-encrypted archive. */
  stageArchive: StagedImport;
  /** Carries out the reviewed choices of compareRemotePackage: refuses (SYNC_COMPARISON_STALE) unless the comparison is unchanged; pulls through this registry’s planner and commit, pushes through the remote’s, MERGE writes the union of the member lists; nothing is deleted. syncResult gives each element’s outcome on each side. Administrators only. Waits for the end unless wait is false. */
  synchronizeRemotePackage: RemoteOperation;
  /** Connects to a remote and reports reachability, identity (recorded on the first connection) and as whom the credential acts. Administrators only. */
  testRemoteRegistry: RemoteRegistryTest;
  updateAsset: Asset;
  updateGroup: Group;
  updateLifecycleModel: LifecycleModel;
  updateLifecycleStage: LifecycleStage;
  updateObjectType: ObjectType;
  updateOrganization: Organization;
  updatePackage: Package;
  updatePolicy: Policy;
  /** Changes a remote registry’s address, credential, TLS settings or timeout. Administrators only. */
  updateRemoteRegistry: RemoteRegistry;
  updateUser: User;
};


export type MutationAcceptRemoteIdentityArgs = {
  name: Scalars['String']['input'];
};


export type MutationAddGroupMemberArgs = {
  group: Scalars['ID']['input'];
  user: Scalars['ID']['input'];
};


export type MutationAddRemoteRegistryArgs = {
  input: AddRemoteRegistryInput;
};


export type MutationAddTrustedProviderArgs = {
  certificatePem: Scalars['String']['input'];
};


export type MutationApprovePromotionArgs = {
  expectedPlanDigest: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  wait?: Scalars['Boolean']['input'];
};


export type MutationCommitImportArgs = {
  input: CommitImportInput;
};


export type MutationCommitPromotionArgs = {
  operationId: Scalars['ID']['input'];
  wait?: Scalars['Boolean']['input'];
};


export type MutationCreateAssetArgs = {
  input: CreateAssetInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateLifecycleModelArgs = {
  input: CreateLifecycleModelInput;
};


export type MutationCreateLifecycleStageArgs = {
  input: CreateLifecycleStageInput;
};


export type MutationCreateObjectTypeArgs = {
  input: CreateObjectTypeInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreatePackageArgs = {
  input: CreatePackageInput;
};


export type MutationCreatePolicyArgs = {
  input: CreatePolicyInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteObjectArgs = {
  uuid: Scalars['ID']['input'];
};


export type MutationDiscardStagedImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationExportArchiveArgs = {
  input: ExportArchiveInput;
};


export type MutationExportKeystoreArgs = {
  password: Scalars['String']['input'];
};


export type MutationGetRemotePackageArgs = {
  package: Scalars['ID']['input'];
  remote: Scalars['String']['input'];
  wait?: Scalars['Boolean']['input'];
};


export type MutationGrantPermissionArgs = {
  input: GrantPermissionInput;
};


export type MutationHoldPromotionArgs = {
  input: HoldPromotionInput;
};


export type MutationImportArchiveArgs = {
  expectation?: InputMaybe<ImportExpectationInput>;
  file: Scalars['Upload']['input'];
  options?: InputMaybe<ImportOptionsInput>;
  password?: InputMaybe<Scalars['String']['input']>;
  selection?: InputMaybe<Array<Scalars['ID']['input']>>;
  wait?: Scalars['Boolean']['input'];
};


export type MutationImportKeystoreArgs = {
  file: Scalars['Upload']['input'];
  makeCurrent?: Scalars['Boolean']['input'];
  password: Scalars['String']['input'];
};


export type MutationIssueTokenArgs = {
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  name: Scalars['String']['input'];
  user?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMoveLifecycleStateArgs = {
  state: Scalars['ID']['input'];
  uuid: Scalars['ID']['input'];
};


export type MutationPromoteObjectsArgs = {
  input: PromoteObjectsInput;
};


export type MutationRefreshPromotionApprovalArgs = {
  operationId: Scalars['ID']['input'];
};


export type MutationRejectPromotionArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveGroupMemberArgs = {
  group: Scalars['ID']['input'];
  user: Scalars['ID']['input'];
};


export type MutationRemoveRemoteRegistryArgs = {
  name: Scalars['String']['input'];
};


export type MutationRemoveTrustedProviderArgs = {
  fingerprint: Scalars['String']['input'];
};


export type MutationReplaceServerCertificateArgs = {
  commonName: Scalars['String']['input'];
};


export type MutationRevokePermissionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStageArchiveArgs = {
  file: Scalars['Upload']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
  planOptions?: InputMaybe<ImportOptionsInput>;
};


export type MutationSynchronizeRemotePackageArgs = {
  input: SynchronizePackageInput;
};


export type MutationTestRemoteRegistryArgs = {
  name: Scalars['String']['input'];
};


export type MutationUpdateAssetArgs = {
  input: UpdateAssetInput;
  uuid: Scalars['ID']['input'];
};


export type MutationUpdateGroupArgs = {
  input: UpdateGroupInput;
  uuid: Scalars['ID']['input'];
};


export type MutationUpdateLifecycleModelArgs = {
  input: UpdateLifecycleModelInput;
  uuid: Scalars['ID']['input'];
};


export type MutationUpdateLifecycleStageArgs = {
  input: UpdateLifecycleStageInput;
  uuid: Scalars['ID']['input'];
};


export type MutationUpdateObjectTypeArgs = {
  input: UpdateObjectTypeInput;
  uuid: Scalars['ID']['input'];
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
  uuid: Scalars['ID']['input'];
};


export type MutationUpdatePackageArgs = {
  input: UpdatePackageInput;
  uuid: Scalars['ID']['input'];
};


export type MutationUpdatePolicyArgs = {
  input: UpdatePolicyInput;
  uuid: Scalars['ID']['input'];
};


export type MutationUpdateRemoteRegistryArgs = {
  input: UpdateRemoteRegistryInput;
  name: Scalars['String']['input'];
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
  uuid: Scalars['ID']['input'];
};

/** An object named by UUID, with its name for display. */
export type NamedRef = {
  __typename?: 'NamedRef';
  name: Scalars['String']['output'];
  uuid: Scalars['ID']['output'];
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

/** What one import did with one object, and why. */
export type ObjectImport = {
  __typename?: 'ObjectImport';
  action: ImportAction;
  /** Its line in that archive. */
  line: Scalars['Int']['output'];
  reasons: Array<PlanReason>;
  record: ImportRecord;
};

/** Imports that decided about an object, newest first. */
export type ObjectImportConnection = {
  __typename?: 'ObjectImportConnection';
  edges: Array<ObjectImportEdge>;
  pageInfo: PageInfo;
};

export type ObjectImportEdge = {
  __typename?: 'ObjectImportEdge';
  cursor: Scalars['String']['output'];
  node: ObjectImport;
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

/** A user-defined asset type. */
export type ObjectType = RegistryObject & {
  __typename?: 'ObjectType';
  attributeDefinitions: Array<AttributeDefinition>;
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  kind: ObjectKind;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
};

export type Organization = RegistryObject & {
  __typename?: 'Organization';
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  kind: ObjectKind;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
};

/** A named set of objects: the unit of export and synchronization. */
export type Package = RegistryObject & {
  __typename?: 'Package';
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  kind: ObjectKind;
  memberUuids: Array<Scalars['ID']['output']>;
  /** Members you may view. */
  members: Array<RegistryObject>;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
};

/** A package compared element by element with its copy on a remote: review it, then synchronizeRemotePackage with its comparisonDigest. */
export type PackageComparison = {
  __typename?: 'PackageComparison';
  /** SHA-256 of this comparison: synchronizeRemotePackage refuses (SYNC_COMPARISON_STALE) once either side changed. */
  comparisonDigest: Scalars['String']['output'];
  /** Elements per state (states with none left out). */
  counts: Array<SyncStateCount>;
  /** Sorted by UUID. */
  elements: Array<SyncElement>;
  members: SyncMemberLists;
  package: Scalars['ID']['output'];
  packageName: Scalars['String']['output'];
  remoteName: Scalars['String']['output'];
  remoteRegistryUuid: Scalars['ID']['output'];
};

/** A package and every element its closure brings (the same closure as its export), for a registry comparing with this one. */
export type PackageSyncManifest = {
  __typename?: 'PackageSyncManifest';
  /** The package, its members and what their closure brings, plus the other objects asked about that exist and may be seen. */
  elements: Array<SyncManifestElement>;
  /** The package's member list. */
  members: Array<Scalars['ID']['output']>;
  package: Scalars['ID']['output'];
  packageName: Scalars['String']['output'];
  /** This registry. */
  registryUuid: Scalars['ID']['output'];
};

/** The result of a SYNC_PACKAGE operation. */
export type PackageSyncResult = {
  __typename?: 'PackageSyncResult';
  /** The comparison that was reviewed and carried out. */
  comparisonDigest: Scalars['String']['output'];
  /** False when a later step failed after an earlier side committed: the outcomes say what landed where. */
  complete: Scalars['Boolean']['output'];
  /** Every element a direction other than NONE was chosen for, and a merged package. */
  elements: Array<SyncElementOutcome>;
  /** The import record here that applied the pulled elements. */
  localImportRecordId?: Maybe<Scalars['ID']['output']>;
  /** MERGE: the member list both packages now have. */
  mergedMembers?: Maybe<Array<Scalars['ID']['output']>>;
  package: Scalars['ID']['output'];
  /** Elements whose agreed digest was recorded for the next comparison (SAME afterwards). */
  recorded: Scalars['Int']['output'];
  /** The import record on the remote that applied the pushed elements. */
  remoteImportRecordId?: Maybe<Scalars['ID']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PermissionGrant = {
  __typename?: 'PermissionGrant';
  grantedAt: Scalars['DateTimeISO']['output'];
  grantedBy: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** VIEW/EDIT: the object (an organization covers all its objects). */
  objectUuid?: Maybe<Scalars['ID']['output']>;
  /** CREATE: the organization. */
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  /** The user or group holding the right. */
  principalUuid: Scalars['ID']['output'];
  right: Right;
  /** CREATE: an object type UUID, or a kind name such as PACKAGE. */
  typeKey?: Maybe<Scalars['String']['output']>;
};

/** Why the planner decided what it did: a stable code, a readable message, the UUIDs concerned. */
export type PlanReason = {
  __typename?: 'PlanReason';
  /** A stable code, e.g. UNRESOLVED_REFERENCE, POLICY_VETO, OWNER_NOT_FOUND. */
  code: Scalars['String']['output'];
  /** Whether this reason is why the decision got its action (a decision lists those first); false: a fact that did not decide it. Always true for blocking problems. */
  decisive: Scalars['Boolean']['output'];
  message: Scalars['String']['output'];
  severity: ReasonSeverity;
  uuids: Array<Scalars['ID']['output']>;
};

export type Policy = RegistryObject & {
  __typename?: 'Policy';
  actions: Array<PolicyAction>;
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  /** A JsonLogic expression; null always matches. */
  condition?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  events: Array<PolicyEvent>;
  kind: ObjectKind;
  name: Scalars['String']['output'];
  objectTypeUuids: Array<Scalars['ID']['output']>;
  objectTypes: Array<ObjectType>;
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  priority: Scalars['Float']['output'];
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
};

export type PolicyAction = {
  __typename?: 'PolicyAction';
  attribute?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['ID']['output']>;
  type: PolicyActionType;
  value?: Maybe<Scalars['JSON']['output']>;
};

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

/** PROMOTE operations whose target holds them for approval: where they stand, as this registry last asked (refreshPromotionApproval). */
export type PromotionApproval = {
  __typename?: 'PromotionApproval';
  /** When this registry last asked the target. */
  checkedAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The target’s user who approved or rejected it. */
  decidedBy?: Maybe<NamedRef>;
  /** APPROVED: the target’s import record. */
  importRecordId?: Maybe<Scalars['ID']['output']>;
  /** The held promotion on the target (its incomingPromotion). */
  incomingPromotionId: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: PromotionApprovalStatus;
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

/** One step of an object’s promotion trail, as this registry recorded it. */
export type PromotionStep = {
  __typename?: 'PromotionStep';
  archiveSha256: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  direction: PromotionDirection;
  /** The import on the target that applied it. */
  importRecordId?: Maybe<Scalars['ID']['output']>;
  registryAddress: Scalars['String']['output'];
  registryName: Scalars['String']['output'];
  /** The other registry. */
  registryUuid: Scalars['ID']['output'];
  /** The lifecycle stage promoted to. */
  stageUuid?: Maybe<Scalars['ID']['output']>;
  userName: Scalars['String']['output'];
  userUuid: Scalars['ID']['output'];
};

/** Protection flags an object carries when it was imported from a protected archive. */
export type Protection = {
  __typename?: 'Protection';
  /** False: the object cannot be edited in this registry. */
  editable: Scalars['Boolean']['output'];
  /** False: the object cannot be exported again from this registry. */
  rePackageable: Scalars['Boolean']['output'];
  /** False: attributes are hidden from all but administrators. */
  viewContent: Scalars['Boolean']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** Compares a package here with its copy on a configured remote, element by element (the package, its members and their closure on both sides), with a proposed direction for each. Review it, then synchronizeRemotePackage with its comparisonDigest. Administrators only. */
  compareRemotePackage: PackageComparison;
  /** Your exported archives that can still be downloaded, newest first. */
  exportedArchives: Array<ExportedArchive>;
  /** Your imports, newest first (administrators see everyone’s). */
  importHistory: ImportRecordConnection;
  /** One import record: yours, or anyone’s for administrators. Poll it while it runs. */
  importRecord?: Maybe<ImportRecord>;
  /** One promotion submitted here for approval; null when unknown. */
  incomingPromotion?: Maybe<IncomingPromotion>;
  /** Promotions other registries submitted here for approval, newest first, `first` at a time (at most 200); `after`, the id of the last one of the page before, gives the next page. */
  incomingPromotions: Array<IncomingPromotion>;
  /** References pointing at an object from objects you may view, in pages. Null when the object does not exist or is hidden from you. */
  incomingReferences?: Maybe<ReferenceConnection>;
  /** The caller. */
  me: User;
  /** Null when the object does not exist or is not visible to you. */
  object?: Maybe<RegistryObject>;
  /** The imports that decided about an object (any action), newest first: yours, or everyone’s for administrators. */
  objectImportHistory: ObjectImportConnection;
  objects: RegistryObjectConnection;
  /** A package and every element its closure brings (as its export would), each with its content digest, for a registry synchronizing with this one; plus those of `objects` that exist and you may see. Authorized like exporting the package. */
  packageSyncManifest: PackageSyncManifest;
  /** Grants on an object (needs EDIT on it) or held by a principal. */
  permissions: Array<PermissionGrant>;
  /** Whether promotions into this registry wait for one of its users to approve them (REQUIRE_PROMOTION_APPROVAL). */
  promotionApprovalRequired: Scalars['Boolean']['output'];
  /** The references around an object, both ways, to depth 1 or 2, at most limitPerNode edges per node (1–50; expand raises it for some nodes). Null when the object does not exist or is hidden from you. */
  referenceGraph?: Maybe<ReferenceGraph>;
  /** This registry instance. */
  registry: RegistryInfo;
  /** One remote operation: yours, or anyone’s for administrators. Poll it while it runs. */
  remoteOperation?: Maybe<RemoteOperation>;
  /** The packages a configured remote shows its credential’s user. */
  remotePackages: RemotePackagePage;
  /** The configured remote registries. Administrators only. */
  remoteRegistries: Array<RemoteRegistry>;
  /** This server's current certificate: give it to registries that encrypt archives for this one. */
  serverCertificate: ServerCertificate;
  /** Every server certificate, current first, then newest first. Administrators only. */
  serverCertificateHistory: Array<ServerCertificate>;
  /** One of your staged imports; null when unknown, expired or not yours. */
  stagedImport?: Maybe<StagedImport>;
  /** Your staged imports that have not expired, newest first. */
  stagedImports: Array<StagedImport>;
  /** A user's tokens (your own, or anyone's for administrators). */
  tokens: Array<ApiToken>;
  /** Signer certificates this registry trusts. Administrators only. */
  trustedProviders: Array<TrustedProvider>;
};


export type QueryCompareRemotePackageArgs = {
  package: Scalars['ID']['input'];
  remote: Scalars['String']['input'];
};


export type QueryImportHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryImportRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncomingPromotionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncomingPromotionsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<IncomingPromotionStatus>;
};


export type QueryIncomingReferencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  uuid: Scalars['ID']['input'];
};


export type QueryObjectArgs = {
  uuid: Scalars['ID']['input'];
};


export type QueryObjectImportHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  uuid: Scalars['ID']['input'];
};


export type QueryObjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObjectFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPackageSyncManifestArgs = {
  objects?: InputMaybe<Array<Scalars['ID']['input']>>;
  package: Scalars['ID']['input'];
};


export type QueryPermissionsArgs = {
  object?: InputMaybe<Scalars['ID']['input']>;
  principal?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryReferenceGraphArgs = {
  depth?: Scalars['Int']['input'];
  expand?: InputMaybe<Array<ReferenceGraphExpansion>>;
  filter?: InputMaybe<ReferenceGraphFilter>;
  limitPerNode?: Scalars['Int']['input'];
  root: Scalars['ID']['input'];
};


export type QueryRemoteOperationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRemotePackagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  nameContains?: InputMaybe<Scalars['String']['input']>;
  remote: Scalars['String']['input'];
};


export type QueryStagedImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTokensArgs = {
  user?: InputMaybe<Scalars['ID']['input']>;
};

export type ReasonSeverity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

/** A problem of one record of objects.ndjson; the record is not staged. */
export type RecordProblem = {
  __typename?: 'RecordProblem';
  /** 1-based line in objects.ndjson. */
  line: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  /** JSON path within the record, e.g. $.fields.states[0].uuid. */
  path: Scalars['String']['output'];
};

/** A named link from one object to another. The target may be missing from this registry. */
export type Reference = {
  __typename?: 'Reference';
  name: Scalars['String']['output'];
  source?: Maybe<RegistryObject>;
  sourceUuid: Scalars['ID']['output'];
  /** Null when the target is missing here or hidden from you. */
  target?: Maybe<RegistryObject>;
  targetUuid: Scalars['ID']['output'];
};

/** References in pages, ordered by name then source UUID. */
export type ReferenceConnection = {
  __typename?: 'ReferenceConnection';
  edges: Array<ReferenceEdge>;
  pageInfo: PageInfo;
  /** All of them (costs one more statement; ask only when needed). */
  totalCount: Scalars['Int']['output'];
};

export type ReferenceEdge = {
  __typename?: 'ReferenceEdge';
  cursor: Scalars['String']['output'];
  node: Reference;
};

/** A bounded neighbourhood of an object in the reference graph, both directions. Every edge left out is counted: on its node and in the totals. */
export type ReferenceGraph = {
  __typename?: 'ReferenceGraph';
  depth: Scalars['Int']['output'];
  edges: Array<ReferenceGraphEdge>;
  /** Edges the filter leaves out, each counted once. */
  hiddenByFilter: Scalars['Int']['output'];
  /** Edges not drawn because of per-node limits (the sum of the nodes’ hiddenByLimit). */
  hiddenByLimit: Scalars['Int']['output'];
  nodes: Array<ReferenceGraphNode>;
  /** Reference names around the expanded nodes, before the name filter: what it can choose from. */
  referenceNames: Array<ReferenceNameCount>;
  rootUuid: Scalars['ID']['output'];
  /** The node cap (1000) was reached: some neighbours were left out, counted in hiddenByLimit. */
  truncated: Scalars['Boolean']['output'];
};

/** A named reference drawn in a graph, from source to target. */
export type ReferenceGraphEdge = {
  __typename?: 'ReferenceGraphEdge';
  name: Scalars['String']['output'];
  sourceUuid: Scalars['ID']['output'];
  targetUuid: Scalars['ID']['output'];
};

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

/** An object of a reference graph, or the bare UUID of one that is missing here or hidden from you. */
export type ReferenceGraphNode = {
  __typename?: 'ReferenceGraphNode';
  /** Hops from the root. */
  depth: Scalars['Int']['output'];
  /** Its references were followed: an object you may view, nearer than the depth asked for. */
  expanded: Scalars['Boolean']['output'];
  /** Expanded nodes: edges the filter leaves out. */
  hiddenByFilter: Scalars['Int']['output'];
  /** Expanded nodes: edges that pass the filter but are not drawn because of the limit ("+k more": expand it). */
  hiddenByLimit: Scalars['Int']['output'];
  /** Expanded nodes: how many of their edges are drawn at most. */
  limit: Scalars['Int']['output'];
  /** Expanded nodes: edges that pass the filter, drawn or not. */
  matchedEdges: Scalars['Int']['output'];
  /** Null when missing here or hidden from you: draw the bare UUID. */
  object?: Maybe<RegistryObject>;
  uuid: Scalars['ID']['output'];
};

export type ReferenceInput = {
  name: Scalars['String']['input'];
  target: Scalars['ID']['input'];
};

export type ReferenceNameCount = {
  __typename?: 'ReferenceNameCount';
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** Where the target of a reference will be once the import is applied. */
export type ReferenceResolution =
  /** Written by this import from the archive. */
  | 'ARCHIVE'
  /** Already in this registry (and not replaced by the import). */
  | 'REGISTRY'
  /** Nowhere: the referencing object is not imported. */
  | 'UNRESOLVED';

/** A registry instance: its stable UUID, display name and address. */
export type RegistryInfo = {
  __typename?: 'RegistryInfo';
  /** The address lifecycle stages name this registry by (REGISTRY_ADDRESS). */
  address: Scalars['String']['output'];
  name: Scalars['String']['output'];
  uuid: Scalars['ID']['output'];
};

/** Anything the registry holds, identified by a UUID that never changes. */
export type RegistryObject = {
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  kind: ObjectKind;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
};

/** Objects the caller may view, ordered by name then UUID. */
export type RegistryObjectConnection = {
  __typename?: 'RegistryObjectConnection';
  edges: Array<RegistryObjectEdge>;
  pageInfo: PageInfo;
  /** All matching objects (costs one more statement; ask only when needed). */
  totalCount: Scalars['Int']['output'];
};

export type RegistryObjectEdge = {
  __typename?: 'RegistryObjectEdge';
  cursor: Scalars['String']['output'];
  node: RegistryObject;
};

/** The user a remote credential acts as on the remote, and its roles there. */
export type RemoteCredentialUser = {
  __typename?: 'RemoteCredentialUser';
  /** Holds REGISTRY_ADMINISTRATOR on the remote: more than a service credential needs. */
  administrator: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  roles: Array<Scalars['String']['output']>;
  uuid: Scalars['ID']['output'];
};

/** Why a remote call or operation failed, and on which side. */
export type RemoteFailure = {
  __typename?: 'RemoteFailure';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** REMOTE_REFUSED: the remote's own error code. */
  remoteCode?: Maybe<Scalars['String']['output']>;
  side: FailedSide;
};

/** A registry identity seen on a connection but not yet accepted. */
export type RemoteIdentityChange = {
  __typename?: 'RemoteIdentityChange';
  registryUuid: Scalars['ID']['output'];
  signerFingerprint: Scalars['String']['output'];
};

/** RECORDED: this connection recorded the identity (the first); UNCHANGED: as recorded; CHANGED: another registry or signing certificate answered (refused until accepted); UNKNOWN: not reached. */
export type RemoteIdentityStatus =
  | 'CHANGED'
  | 'RECORDED'
  | 'UNCHANGED'
  | 'UNKNOWN';

/** Long remote work (get a package, promote, commit a promotion, synchronize a package): poll remoteOperation(id) while RUNNING. */
export type RemoteOperation = {
  __typename?: 'RemoteOperation';
  /** PROMOTE to a target that requires approval: held there until one of its users approves or rejects it (refreshPromotionApproval asks again). */
  approval?: Maybe<PromotionApproval>;
  /** Phases finished. */
  done: Scalars['Int']['output'];
  error?: Maybe<RemoteFailure>;
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kind: RemoteOperationKind;
  /** What it is doing now (e.g. CONNECTING, EXPORTING, DOWNLOADING, STAGING, UPLOADING, PREVIEWING, COMMITTING); DONE at the end. */
  phase: Scalars['String']['output'];
  /** PROMOTE: the digest of the target’s plan, which commitPromotion commits. */
  planDigest?: Maybe<Scalars['String']['output']>;
  /** The remote’s name (null when it was removed since). */
  remoteName?: Maybe<Scalars['String']['output']>;
  /** What it produced: GET_PACKAGE { stagedImportId, archiveSha256, objectCount }; PROMOTE { targetStagedImportId, planDigest, counts, blocking, archiveSha256, stage }; COMMIT_PROMOTION { importRecordId, counts }; SYNC_PACKAGE: as syncResult. */
  result?: Maybe<Scalars['JSONObject']['output']>;
  /** GET_PACKAGE: the staged import here, for the usual preview and commit. */
  stagedImportId?: Maybe<Scalars['ID']['output']>;
  startedAt: Scalars['DateTimeISO']['output'];
  status: RemoteOperationStatus;
  /** SYNC_PACKAGE: what was done to each element on each side (also when a later step failed after an earlier side committed). */
  syncResult?: Maybe<PackageSyncResult>;
  /** Phases in all. */
  total: Scalars['Int']['output'];
};

export type RemoteOperationKind =
  | 'COMMIT_PROMOTION'
  | 'GET_PACKAGE'
  | 'PROMOTE'
  | 'SYNC_PACKAGE';

export type RemoteOperationStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** A package a remote registry shows the credential’s user. */
export type RemotePackage = {
  __typename?: 'RemotePackage';
  description?: Maybe<Scalars['String']['output']>;
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  timestamp: Scalars['String']['output'];
  uuid: Scalars['ID']['output'];
};

export type RemotePackagePage = {
  __typename?: 'RemotePackagePage';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  packages: Array<RemotePackage>;
};

/** A remote registry this one talks to. Its credential is never returned. */
export type RemoteRegistry = {
  __typename?: 'RemoteRegistry';
  /** The remote's GraphQL endpoint. */
  address: Scalars['String']['output'];
  /** Whether a CA bundle (or pinned certificate) is configured for its TLS certificate. */
  caCertificatesConfigured: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  identityRecordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** A changed identity that was refused, waiting for acceptRemoteIdentity. */
  pendingIdentity?: Maybe<RemoteIdentityChange>;
  /** SHA-256 of the pinned TLS certificate, when one is pinned. */
  pinnedCertificateSha256?: Maybe<Scalars['String']['output']>;
  registryName?: Maybe<Scalars['String']['output']>;
  /** The registry UUID recorded on the first connection. */
  registryUuid?: Maybe<Scalars['ID']['output']>;
  /** SHA-256 of the signing certificate recorded on the first connection. */
  signerFingerprint?: Maybe<Scalars['String']['output']>;
  timeoutSeconds: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** What testRemoteRegistry found: reachability, identity, and what the credential may do. */
export type RemoteRegistryTest = {
  __typename?: 'RemoteRegistryTest';
  credentialUser?: Maybe<RemoteCredentialUser>;
  error?: Maybe<RemoteFailure>;
  identityStatus: RemoteIdentityStatus;
  reachable: Scalars['Boolean']['output'];
  registryName?: Maybe<Scalars['String']['output']>;
  registryUuid?: Maybe<Scalars['ID']['output']>;
  remote: RemoteRegistry;
  signerFingerprint?: Maybe<Scalars['String']['output']>;
};

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

/** One of this server's certificates with its key: the current one signs exports; replaced ones stay as history. */
export type ServerCertificate = {
  __typename?: 'ServerCertificate';
  createdAt: Scalars['DateTimeISO']['output'];
  current: Scalars['Boolean']['output'];
  /** Lower-case hex SHA-256 of the certificate DER: how archives and trust lists name it. */
  fingerprintSha256: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuer: Scalars['String']['output'];
  notAfter: Scalars['DateTimeISO']['output'];
  notBefore: Scalars['DateTimeISO']['output'];
  pem: Scalars['String']['output'];
  /** When it stopped being current; null for the current one. */
  retiredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Lower-case hex. */
  serialNumber: Scalars['String']['output'];
  /** RFC 4514 form, in certificate order: "CN=…,O=…". */
  subject: Scalars['String']['output'];
};

/** An uploaded archive that passed verification, held server-side for preview until it expires. Only the user who staged it sees it. */
export type StagedImport = {
  __typename?: 'StagedImport';
  /** Hex SHA-256 of the archive file. */
  archiveSha256: Scalars['String']['output'];
  /** Size of the archive file in bytes. */
  archiveSize: Scalars['Float']['output'];
  /** Staged objects by kind. */
  countsByKind: Array<KindCount>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** What committing with these options and this selection would do, object by object, in archive order. Toggle an option to see what it changes. On an archive planned in pages, the first page, counts and totals of an option set nobody planned yet come before the plan is complete; planDigest, countsByKind, countsByReason and blocking wait for it (ask planSummary for them separately to show the page first). */
  decisions: ImportDecisionConnection;
  /** Whether the objects were encrypted in the archive. */
  encrypted: Scalars['Boolean']['output'];
  /** After this the staged import is gone; stage the archive again. */
  expiresAt: Scalars['DateTimeISO']['output'];
  exportedAt: Scalars['DateTimeISO']['output'];
  exportedBy: NamedRef;
  /** The uploaded file's name, as the client gave it. */
  fileName?: Maybe<Scalars['String']['output']>;
  formatVersion: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Objects staged: valid records, each UUID once. */
  objectCount: Scalars['Int']['output'];
  /** The staged objects in archive order. */
  objects: StagedObjectConnection;
  options: ArchiveOptions;
  /** The counts, blocking problems and digest of the plan, without decisions. */
  planSummary: ImportPlanSummary;
  /** Whether the plan made ahead as staging ended (stageArchive planOptions) is still being made by the replica serving this request: a preview asked meanwhile waits for it, so a client polls this rather than hold a request open. False once it is stored (or failed: the preview then plans), and on another replica. */
  planningAhead: Scalars['Boolean']['output'];
  /** All problems found, kept or not. */
  problemCount: Scalars['Int']['output'];
  /** Invalid records, in line order: the first 1000 problems. */
  problems: Array<RecordProblem>;
  /** The protection flags the imported objects will carry. */
  protection: Protection;
  /** Null when the archive is unsigned. */
  signer?: Maybe<ArchiveSigner>;
  /** The registry that exported the archive. */
  sourceRegistry: RegistryInfo;
  trust: ArchiveTrust;
};


/** An uploaded archive that passed verification, held server-side for preview until it expires. Only the user who staged it sees it. */
export type StagedImportDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DecisionFilter>;
  first?: Scalars['Int']['input'];
  options?: InputMaybe<ImportOptionsInput>;
  selection?: InputMaybe<Array<Scalars['ID']['input']>>;
  selectionChange?: InputMaybe<SelectionChangeInput>;
};


/** An uploaded archive that passed verification, held server-side for preview until it expires. Only the user who staged it sees it. */
export type StagedImportObjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StagedObjectFilter>;
  first?: Scalars['Int']['input'];
};


/** An uploaded archive that passed verification, held server-side for preview until it expires. Only the user who staged it sees it. */
export type StagedImportPlanSummaryArgs = {
  options?: InputMaybe<ImportOptionsInput>;
  selection?: InputMaybe<Array<Scalars['ID']['input']>>;
  selectionChange?: InputMaybe<SelectionChangeInput>;
};

/** One object of a staged archive, as its record stands in the archive. */
export type StagedObject = {
  __typename?: 'StagedObject';
  kind: ObjectKind;
  /** 1-based line in objects.ndjson: the archive order. */
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The archive record (see docs/archive-format.md); its attributes are null when the archive withholds content (viewContent false) and you are not an administrator. */
  record: Scalars['JSONObject']['output'];
  /** The record's timestamp: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  uuid: Scalars['ID']['output'];
};

/** Objects of a staged import in archive order. */
export type StagedObjectConnection = {
  __typename?: 'StagedObjectConnection';
  edges: Array<StagedObjectEdge>;
  pageInfo: PageInfo;
  /** All matching objects (costs one more statement; ask only when needed). */
  totalCount: Scalars['Int']['output'];
};

export type StagedObjectEdge = {
  __typename?: 'StagedObjectEdge';
  cursor: Scalars['String']['output'];
  node: StagedObject;
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

/** One element of a package compared between this registry and a remote. */
export type SyncElement = {
  __typename?: 'SyncElement';
  /** A member of the package on either side (not only brought by the closure). */
  isMember: Scalars['Boolean']['output'];
  /** The package itself. */
  isPackage: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
  lastSyncedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The digest both sides agreed on at the last synchronization with this remote. */
  lastSyncedDigest?: Maybe<Scalars['String']['output']>;
  /** This registry’s copy. */
  local?: Maybe<SyncManifestElement>;
  name: Scalars['String']['output'];
  /** What is proposed: PULL for REMOTE_NEWER and new REMOTE_ONLY, PUSH for LOCAL_NEWER and new LOCAL_ONLY, NONE for SAME, CONFLICT and an element the other side dropped since the last sync. */
  proposedDirection: SyncDirection;
  /** The remote’s copy. */
  remote?: Maybe<SyncManifestElement>;
  state: SyncState;
  uuid: Scalars['ID']['output'];
};

/** What a synchronization did to one element, on each side. */
export type SyncElementOutcome = {
  __typename?: 'SyncElementOutcome';
  direction: SyncDirection;
  kind: Scalars['String']['output'];
  /** On this registry. */
  local: SyncOutcome;
  name: Scalars['String']['output'];
  /** On the remote. */
  remote: SyncOutcome;
  uuid: Scalars['ID']['output'];
};

/** One element as a registry describes it for synchronization. */
export type SyncManifestElement = {
  __typename?: 'SyncManifestElement';
  /** SHA-256 of its content (the archive record without owner, lifecycle state and timestamps): equal on two registries exactly when the content is. */
  contentDigest: Scalars['String']['output'];
  /** The object kind (ObjectKind). */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** ISO instant of its last change. */
  timestamp: Scalars['String']['output'];
  uuid: Scalars['ID']['output'];
  version?: Maybe<Scalars['String']['output']>;
};

/** The package's member list afterwards: LOCAL (pushed), REMOTE (pulled) or MERGE (the union of both, written here and pushed). */
export type SyncMemberList =
  | 'LOCAL'
  | 'MERGE'
  | 'REMOTE';

/** The package's member list on both sides. */
export type SyncMemberLists = {
  __typename?: 'SyncMemberLists';
  local: Array<Scalars['ID']['output']>;
  localOnly: Array<Scalars['ID']['output']>;
  /** Both lists hold members the other lacks: memberList MERGE (their union) is offered. */
  mergeOffered: Scalars['Boolean']['output'];
  /** The union: this registry’s list, then the remote-only members. */
  merged: Array<Scalars['ID']['output']>;
  remote: Array<Scalars['ID']['output']>;
  remoteOnly: Array<Scalars['ID']['output']>;
};

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

/** How many elements are in each state. */
export type SyncStateCount = {
  __typename?: 'SyncStateCount';
  count: Scalars['Int']['output'];
  state: SyncState;
};

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

/** A signer certificate this registry trusts. */
export type TrustedProvider = {
  __typename?: 'TrustedProvider';
  addedAt: Scalars['DateTimeISO']['output'];
  addedBy: Scalars['ID']['output'];
  /** Lower-case hex SHA-256 of the certificate DER: how archives and trust lists name it. */
  fingerprintSha256: Scalars['String']['output'];
  issuer: Scalars['String']['output'];
  notAfter: Scalars['DateTimeISO']['output'];
  notBefore: Scalars['DateTimeISO']['output'];
  pem: Scalars['String']['output'];
  /** Lower-case hex. */
  serialNumber: Scalars['String']['output'];
  /** RFC 4514 form, in certificate order: "CN=…,O=…". */
  subject: Scalars['String']['output'];
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

export type User = RegistryObject & {
  __typename?: 'User';
  /** Whether you may edit this object. */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  groupUuids: Array<Scalars['ID']['output']>;
  groups: Array<Group>;
  kind: ObjectKind;
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  organizationUuid?: Maybe<Scalars['ID']['output']>;
  /** The roles given to this user directly: what createUser and updateUser set and archives carry. */
  ownRoles: Array<Role>;
  owner?: Maybe<User>;
  ownerUuid?: Maybe<Scalars['ID']['output']>;
  /** Where this object was promoted to from here, and where it was promoted from, oldest first. */
  promotionTrail: Array<PromotionStep>;
  protection: Protection;
  /** Incoming references from objects you may view. */
  referencedBy: Array<Reference>;
  /** Outgoing references, each with its target or, where missing, the bare UUID. */
  references: Array<Reference>;
  /** The roles this user holds: its own and its groups'. They decide what it may do. */
  roles: Array<Role>;
  /** Time of the last change: import conflicts are decided on it. */
  timestamp: Scalars['DateTimeISO']['output'];
  /** A plain UUID or the CentraSite form uddi:<uuid>, exactly as it was given. */
  uuid: Scalars['ID']['output'];
};

/** What a CREATE or REPLACE will write beyond the record itself. */
export type WriteOutcome = {
  __typename?: 'WriteOutcome';
  /** Attributes after policy effects, when policies changed them; null when the archive record's own attributes are written unchanged. */
  attributes?: Maybe<Scalars['JSONObject']['output']>;
  /** USER only: the group memberships that will hold here. */
  groupUuids?: Maybe<Array<Scalars['ID']['output']>>;
  lifecycle?: Maybe<LifecycleOutcome>;
  /** The owner, when it already exists here and you may see it. */
  owner?: Maybe<User>;
  ownerUuid: Scalars['ID']['output'];
  /** The previous version kept; null when imported standalone. */
  previousVersionUuid?: Maybe<Scalars['ID']['output']>;
};

export type CommandLineServerCertificateQueryVariables = Exact<{ [key: string]: never; }>;


export type CommandLineServerCertificateQuery = { __typename?: 'Query', serverCertificate: { __typename?: 'ServerCertificate', pem: string, fingerprintSha256: string } };

export type CommandLineStagedImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommandLineStagedImportsQuery = { __typename?: 'Query', stagedImports: Array<{ __typename?: 'StagedImport', id: string }> };

export type ConsoleExplorerModelMutationVariables = Exact<{
  input: CreateLifecycleModelInput;
}>;


export type ConsoleExplorerModelMutation = { __typename?: 'Mutation', createLifecycleModel: { __typename?: 'LifecycleModel', uuid: string, states: Array<{ __typename?: 'LifecycleState', uuid: string, name: string }> } };

export type WizardCertificateQueryVariables = Exact<{ [key: string]: never; }>;


export type WizardCertificateQuery = { __typename?: 'Query', serverCertificate: { __typename?: 'ServerCertificate', subject: string, fingerprintSha256: string } };

export type WizardProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type WizardProvidersQuery = { __typename?: 'Query', trustedProviders: Array<{ __typename?: 'TrustedProvider', fingerprintSha256: string }> };

export type ObjectPageIncomingQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ObjectPageIncomingQuery = { __typename?: 'Query', incomingReferences?: { __typename?: 'ReferenceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ReferenceEdge', node: { __typename?: 'Reference', name: string, sourceUuid: string, targetUuid: string, source?:
          | { __typename?: 'Asset', name: string }
          | { __typename?: 'Group', name: string }
          | { __typename?: 'LifecycleModel', name: string }
          | { __typename?: 'LifecycleStage', name: string }
          | { __typename?: 'ObjectType', name: string }
          | { __typename?: 'Organization', name: string }
          | { __typename?: 'Package', name: string }
          | { __typename?: 'Policy', name: string }
          | { __typename?: 'User', name: string }
         | null } }> } | null };

export type ObjectPageHistoryQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ObjectPageHistoryQuery = { __typename?: 'Query', objectImportHistory: { __typename?: 'ObjectImportConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ObjectImportEdge', node: { __typename?: 'ObjectImport', action: ImportAction, line: number, reasons: Array<{ __typename?: 'PlanReason', code: string }>, record: { __typename?: 'ImportRecord', id: string, status: ImportStatus, startedAt: string, user?: { __typename?: 'User', uuid: string } | null } } }> } };

export type ReferenceGraphQueryVariables = Exact<{
  root: Scalars['ID']['input'];
  depth: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
  filter?: InputMaybe<ReferenceGraphFilter>;
  expand?: InputMaybe<Array<ReferenceGraphExpansion> | ReferenceGraphExpansion>;
}>;


export type ReferenceGraphQuery = { __typename?: 'Query', referenceGraph?: { __typename?: 'ReferenceGraph', rootUuid: string, hiddenByLimit: number, hiddenByFilter: number, truncated: boolean, nodes: Array<{ __typename?: 'ReferenceGraphNode', uuid: string, depth: number, expanded: boolean, limit: number, matchedEdges: number, hiddenByLimit: number, hiddenByFilter: number, object?:
        | { __typename?: 'Asset', uuid: string, name: string, kind: ObjectKind }
        | { __typename?: 'Group', uuid: string, name: string, kind: ObjectKind }
        | { __typename?: 'LifecycleModel', uuid: string, name: string, kind: ObjectKind }
        | { __typename?: 'LifecycleStage', uuid: string, name: string, kind: ObjectKind }
        | { __typename?: 'ObjectType', uuid: string, name: string, kind: ObjectKind }
        | { __typename?: 'Organization', uuid: string, name: string, kind: ObjectKind }
        | { __typename?: 'Package', uuid: string, name: string, kind: ObjectKind }
        | { __typename?: 'Policy', uuid: string, name: string, kind: ObjectKind }
        | { __typename?: 'User', uuid: string, name: string, kind: ObjectKind }
       | null }>, edges: Array<{ __typename?: 'ReferenceGraphEdge', sourceUuid: string, name: string, targetUuid: string }>, referenceNames: Array<{ __typename?: 'ReferenceNameCount', name: string, count: number }> } | null };

export type GraphSecretLinksMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateAssetInput;
}>;


export type GraphSecretLinksMutation = { __typename?: 'Mutation', updateAsset: { __typename?: 'Asset', uuid: string } };

export type ContentRightsAttributesQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type ContentRightsAttributesQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', attributes?: Record<string, unknown> | null, uuid: string }
    | { __typename?: 'Group', uuid: string }
    | { __typename?: 'LifecycleModel', uuid: string }
    | { __typename?: 'LifecycleStage', uuid: string }
    | { __typename?: 'ObjectType', uuid: string }
    | { __typename?: 'Organization', uuid: string }
    | { __typename?: 'Package', uuid: string }
    | { __typename?: 'Policy', uuid: string }
    | { __typename?: 'User', uuid: string }
   | null };

export type ContentRightsDemoteMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type ContentRightsDemoteMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', uuid: string } };

export type ContentRightsStagedRecordsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContentRightsStagedRecordsQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', objects: { __typename?: 'StagedObjectConnection', edges: Array<{ __typename?: 'StagedObjectEdge', node: { __typename?: 'StagedObject', uuid: string, record: Record<string, unknown> } }> } } | null };

export type ContentRightsPolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type ContentRightsPolicyMutation = { __typename?: 'Mutation', createPolicy: { __typename?: 'Policy', uuid: string } };

export type ExportProtectionAttributesQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type ExportProtectionAttributesQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
    | { __typename?: 'Group' }
    | { __typename?: 'LifecycleModel' }
    | { __typename?: 'LifecycleStage' }
    | { __typename?: 'ObjectType' }
    | { __typename?: 'Organization' }
    | { __typename?: 'Package' }
    | { __typename?: 'Policy' }
    | { __typename?: 'User' }
   | null };

export type ExportProtectionUpdateMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type ExportProtectionUpdateMutation = { __typename?: 'Mutation', updateAsset: { __typename?: 'Asset', uuid: string } };

export type RetentionExportMutationVariables = Exact<{
  input: ExportArchiveInput;
}>;


export type RetentionExportMutation = { __typename?: 'Mutation', exportArchive: { __typename?: 'ExportedArchive', id: string, createdAt: string, expiresAt: string, downloadUrl: string } };

export type RetentionListQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionListQuery = { __typename?: 'Query', exportedArchives: Array<{ __typename?: 'ExportedArchive', id: string, expiresAt: string, downloadUrl: string }> };

export type ExportSourceObjectQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type ExportSourceObjectQuery = { __typename?: 'Query', object?:
    | { __typename: 'Asset', objectTypeUuid: string, version?: string | null, previousVersionUuid?: string | null, attributes?: Record<string, unknown> | null, uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, lifecycleState?: { __typename?: 'LifecycleState', uuid: string, name: string, modelUuid: string, stages: Array<{ __typename?: 'LifecycleStage', address: string }> } | null, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename: 'Group', system: boolean, roles: Array<Role>, uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename: 'LifecycleModel', status: LifecycleModelStatus, objectTypeUuids: Array<string>, uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, states: Array<{ __typename?: 'LifecycleState', uuid: string, name: string, initial: boolean, end: boolean, stageUuids: Array<string> }>, transitions: Array<{ __typename?: 'LifecycleTransition', fromUuid: string, toUuid: string }>, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename: 'LifecycleStage', address: string, uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename: 'ObjectType', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, attributeDefinitions: Array<{ __typename?: 'AttributeDefinition', name: string, type: AttributeType, required: boolean }>, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename: 'Organization', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename: 'Package', memberUuids: Array<string>, uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename: 'Policy', events: Array<PolicyEvent>, objectTypeUuids: Array<string>, condition?: unknown | null, enabled: boolean, priority: number, uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, actions: Array<{ __typename?: 'PolicyAction', type: PolicyActionType, message?: string | null, attribute?: string | null, value?: unknown | null, state?: string | null }>, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename: 'User', email?: string | null, ownRoles: Array<Role>, groupUuids: Array<string>, uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, owner?: { __typename?: 'User', uuid: string, name: string } | null, organization?: { __typename?: 'Organization', uuid: string, name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
   | null };

export type ExportServerCertificateQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportServerCertificateQuery = { __typename?: 'Query', serverCertificate: { __typename?: 'ServerCertificate', fingerprintSha256: string } };

export type ExportSelectionMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportSelectionMeQuery = { __typename?: 'Query', me: { __typename?: 'User', uuid: string, organizationUuid?: string | null, groupUuids: Array<string> } };

export type RacedAssetQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type RacedAssetQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', attributes?: Record<string, unknown> | null, name: string, timestamp: string }
    | { __typename?: 'Group', name: string, timestamp: string }
    | { __typename?: 'LifecycleModel', name: string, timestamp: string }
    | { __typename?: 'LifecycleStage', name: string, timestamp: string }
    | { __typename?: 'ObjectType', name: string, timestamp: string }
    | { __typename?: 'Organization', name: string, timestamp: string }
    | { __typename?: 'Package', name: string, timestamp: string }
    | { __typename?: 'Policy', name: string, timestamp: string }
    | { __typename?: 'User', name: string, timestamp: string }
   | null };

export type RaceUpdateAssetMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateAssetInput;
}>;


export type RaceUpdateAssetMutation = { __typename?: 'Mutation', updateAsset: { __typename?: 'Asset', uuid: string, name: string, timestamp: string, attributes?: Record<string, unknown> | null } };

export type FieldChangesPreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  options?: InputMaybe<ImportOptionsInput>;
  first: Scalars['Int']['input'];
}>;


export type FieldChangesPreviewQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', decisions: { __typename?: 'ImportDecisionConnection', edges: Array<{ __typename?: 'ImportDecisionEdge', node: { __typename?: 'ImportDecision', uuid: string, action: ImportAction, reasons: Array<{ __typename?: 'PlanReason', code: string }>, changes?: { __typename?: 'FieldChanges', totalCount: number, truncated: boolean, contentWithheld: boolean, entries: Array<{ __typename?: 'FieldChange', path: string, before?: unknown | null, after?: unknown | null, cut: boolean }> } | null } }> } } | null };

export type FieldChangesModelMutationVariables = Exact<{
  input: CreateLifecycleModelInput;
}>;


export type FieldChangesModelMutation = { __typename?: 'Mutation', createLifecycleModel: { __typename?: 'LifecycleModel', uuid: string, states: Array<{ __typename?: 'LifecycleState', uuid: string, name: string }> } };

export type BetweenUpdateAssetMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateAssetInput;
}>;


export type BetweenUpdateAssetMutation = { __typename?: 'Mutation', updateAsset: { __typename?: 'Asset', uuid: string, timestamp: string } };

export type CrashEveryObjectQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrashEveryObjectQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RegistryObjectEdge', node:
        | { __typename?: 'Asset', attributes?: Record<string, unknown> | null, uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
        | { __typename?: 'Group', uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
        | { __typename?: 'LifecycleModel', uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
        | { __typename?: 'LifecycleStage', uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
        | { __typename?: 'ObjectType', uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
        | { __typename?: 'Organization', uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
        | { __typename?: 'Package', uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
        | { __typename?: 'Policy', uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
        | { __typename?: 'User', uuid: string, kind: ObjectKind, name: string, timestamp: string, ownerUuid?: string | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
       }> } };

export type OptionsCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type OptionsCreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', uuid: string, name: string } };

export type OptionsUpdateAssetMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateAssetInput;
}>;


export type OptionsUpdateAssetMutation = { __typename?: 'Mutation', updateAsset: { __typename?: 'Asset', uuid: string, timestamp: string } };

export type OptionsUserGroupsQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type OptionsUserGroupsQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', uuid: string }
    | { __typename?: 'Group', uuid: string }
    | { __typename?: 'LifecycleModel', uuid: string }
    | { __typename?: 'LifecycleStage', uuid: string }
    | { __typename?: 'ObjectType', uuid: string }
    | { __typename?: 'Organization', uuid: string }
    | { __typename?: 'Package', uuid: string }
    | { __typename?: 'Policy', uuid: string }
    | { __typename?: 'User', uuid: string, groups: Array<{ __typename?: 'Group', uuid: string }> }
   | null };

export type RefusalsTrustedProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type RefusalsTrustedProvidersQuery = { __typename?: 'Query', trustedProviders: Array<{ __typename?: 'TrustedProvider', fingerprintSha256: string }> };

export type RefusalsCreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type RefusalsCreatePolicyMutation = { __typename?: 'Mutation', createPolicy: { __typename?: 'Policy', uuid: string } };

export type WritesImportedQueryVariables = Exact<{
  asset: Scalars['ID']['input'];
  user: Scalars['ID']['input'];
}>;


export type WritesImportedQuery = { __typename?: 'Query', asset?:
    | { __typename?: 'Asset', uuid: string, ownerUuid?: string | null, lifecycleState?: { __typename?: 'LifecycleState', uuid: string, name: string, modelUuid: string } | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
    | { __typename?: 'Group', uuid: string, ownerUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
    | { __typename?: 'LifecycleModel', uuid: string, ownerUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
    | { __typename?: 'LifecycleStage', uuid: string, ownerUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
    | { __typename?: 'ObjectType', uuid: string, ownerUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
    | { __typename?: 'Organization', uuid: string, ownerUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
    | { __typename?: 'Package', uuid: string, ownerUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
    | { __typename?: 'Policy', uuid: string, ownerUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
    | { __typename?: 'User', uuid: string, ownerUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } }
   | null, user?:
    | { __typename?: 'Asset', uuid: string }
    | { __typename?: 'Group', uuid: string }
    | { __typename?: 'LifecycleModel', uuid: string }
    | { __typename?: 'LifecycleStage', uuid: string }
    | { __typename?: 'ObjectType', uuid: string }
    | { __typename?: 'Organization', uuid: string }
    | { __typename?: 'Package', uuid: string }
    | { __typename?: 'Policy', uuid: string }
    | { __typename?: 'User', groupUuids: Array<string>, uuid: string }
   | null };

export type WritesUpdateAssetMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateAssetInput;
}>;


export type WritesUpdateAssetMutation = { __typename?: 'Mutation', updateAsset: { __typename?: 'Asset', uuid: string } };

export type WritesOutcomesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WritesOutcomesQuery = { __typename?: 'Query', importRecord?: { __typename?: 'ImportRecord', outcomes: { __typename?: 'ImportOutcomeConnection', edges: Array<{ __typename?: 'ImportOutcomeEdge', node: { __typename?: 'ImportOutcome', uuid: string, action: ImportAction, written?: { __typename?: 'WriteOutcome', ownerUuid: string, previousVersionUuid?: string | null, groupUuids?: Array<string> | null, lifecycle?: { __typename?: 'LifecycleOutcome', modelUuid: string, stateUuid: string } | null } | null } }> } } | null };

export type WritesSourceAssetQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type WritesSourceAssetQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', ownerUuid?: string | null, lifecycleState?: { __typename?: 'LifecycleState', uuid: string } | null }
    | { __typename?: 'Group', ownerUuid?: string | null }
    | { __typename?: 'LifecycleModel', ownerUuid?: string | null }
    | { __typename?: 'LifecycleStage', ownerUuid?: string | null }
    | { __typename?: 'ObjectType', ownerUuid?: string | null }
    | { __typename?: 'Organization', ownerUuid?: string | null }
    | { __typename?: 'Package', ownerUuid?: string | null }
    | { __typename?: 'Policy', ownerUuid?: string | null }
    | { __typename?: 'User', ownerUuid?: string | null }
   | null };

export type PagedCreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type PagedCreatePolicyMutation = { __typename?: 'Mutation', createPolicy: { __typename?: 'Policy', uuid: string } };

export type SelectionChangePreviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  change?: InputMaybe<SelectionChangeInput>;
  selection?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type SelectionChangePreviewQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', planSummary: { __typename?: 'ImportPlanSummary', planDigest: string }, decisions: { __typename?: 'ImportDecisionConnection', planDigest: string, counts: { __typename?: 'ActionCounts', create: number, skip: number }, edges: Array<{ __typename?: 'ImportDecisionEdge', node: { __typename?: 'ImportDecision', uuid: string, name: string, action: ImportAction, selected: boolean, selectedByDefault: boolean, includedByCount: number, reasons: Array<{ __typename?: 'PlanReason', code: string }> } }> } } | null };

export type KeystoreCurrentQueryVariables = Exact<{ [key: string]: never; }>;


export type KeystoreCurrentQuery = { __typename?: 'Query', serverCertificate: { __typename?: 'ServerCertificate', fingerprintSha256: string } };

export type KeystoreHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type KeystoreHistoryQuery = { __typename?: 'Query', serverCertificateHistory: Array<{ __typename?: 'ServerCertificate', fingerprintSha256: string, current: boolean }> };

export type KeystoreReplaceMutationVariables = Exact<{ [key: string]: never; }>;


export type KeystoreReplaceMutation = { __typename?: 'Mutation', replaceServerCertificate: { __typename?: 'ServerCertificate', fingerprintSha256: string } };

export type KeystoreExportMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;


export type KeystoreExportMutation = { __typename?: 'Mutation', exportKeystore: { __typename?: 'KeystoreFile', fileName: string, mediaType: string, contentBase64: string, keyCount: number } };

export type KeystoreImportMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  password: Scalars['String']['input'];
  makeCurrent?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type KeystoreImportMutation = { __typename?: 'Mutation', importKeystore: { __typename?: 'KeystoreImport', keyCount: number, added: number, current: { __typename?: 'ServerCertificate', fingerprintSha256: string } } };

export type KeysCurrentQueryVariables = Exact<{ [key: string]: never; }>;


export type KeysCurrentQuery = { __typename?: 'Query', serverCertificate: { __typename?: 'ServerCertificate', id: string, subject: string, issuer: string, serialNumber: string, notBefore: string, notAfter: string, fingerprintSha256: string, pem: string, current: boolean, retiredAt?: string | null } };

export type KeysHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type KeysHistoryQuery = { __typename?: 'Query', serverCertificateHistory: Array<{ __typename?: 'ServerCertificate', fingerprintSha256: string, current: boolean, retiredAt?: string | null }> };

export type KeysReplaceMutationVariables = Exact<{
  commonName: Scalars['String']['input'];
}>;


export type KeysReplaceMutation = { __typename?: 'Mutation', replaceServerCertificate: { __typename?: 'ServerCertificate', fingerprintSha256: string, subject: string, current: boolean } };

export type KeysProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type KeysProvidersQuery = { __typename?: 'Query', trustedProviders: Array<{ __typename?: 'TrustedProvider', fingerprintSha256: string, subject: string, addedBy: string }> };

export type KeysAddProviderMutationVariables = Exact<{
  pem: Scalars['String']['input'];
}>;


export type KeysAddProviderMutation = { __typename?: 'Mutation', addTrustedProvider: { __typename?: 'TrustedProvider', fingerprintSha256: string, subject: string } };

export type KeysRemoveProviderMutationVariables = Exact<{
  fingerprint: Scalars['String']['input'];
}>;


export type KeysRemoveProviderMutation = { __typename?: 'Mutation', removeTrustedProvider: boolean };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { __typename?: 'Query', me: { __typename?: 'User', uuid: string, name: string, roles: Array<Role> } };

export type AuthRevokeTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuthRevokeTokenMutation = { __typename?: 'Mutation', revokeToken: { __typename?: 'ApiToken', id: string, revokedAt?: string | null } };

export type AuthIssueOwnTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type AuthIssueOwnTokenMutation = { __typename?: 'Mutation', issueToken: { __typename?: 'IssuedToken', token: string, info: { __typename?: 'ApiToken', id: string, name: string } } };

export type AuthIssueForOtherMutationVariables = Exact<{
  user: Scalars['ID']['input'];
}>;


export type AuthIssueForOtherMutation = { __typename?: 'Mutation', issueToken: { __typename?: 'IssuedToken', token: string } };

export type ExplorerAssetPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ObjectFilter>;
}>;


export type ExplorerAssetPageQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', edges: Array<{ __typename?: 'RegistryObjectEdge', cursor: string, node:
        | { __typename?: 'Asset', uuid: string, name: string, lifecycleState?: { __typename?: 'LifecycleState', name: string } | null, objectType?: { __typename?: 'ObjectType', name: string } | null, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
        | { __typename?: 'Group', uuid: string, name: string, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
        | { __typename?: 'LifecycleModel', uuid: string, name: string, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
        | { __typename?: 'LifecycleStage', uuid: string, name: string, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
        | { __typename?: 'ObjectType', uuid: string, name: string, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
        | { __typename?: 'Organization', uuid: string, name: string, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
        | { __typename?: 'Package', uuid: string, name: string, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
        | { __typename?: 'Policy', uuid: string, name: string, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
        | { __typename?: 'User', uuid: string, name: string, owner?: { __typename?: 'User', name: string } | null, organization?: { __typename?: 'Organization', name: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null }> }
       }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ExplorerObjectQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type ExplorerObjectQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', version?: string | null, uuid: string, versionPath: Array<{ __typename?: 'Asset', uuid: string, version?: string | null }>, previousVersion?: { __typename?: 'Asset', uuid: string } | null, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
    | { __typename?: 'Group', uuid: string, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
    | { __typename?: 'LifecycleModel', uuid: string, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
    | { __typename?: 'LifecycleStage', uuid: string, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
    | { __typename?: 'ObjectType', uuid: string, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
    | { __typename?: 'Organization', uuid: string, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
    | { __typename?: 'Package', uuid: string, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
    | { __typename?: 'Policy', uuid: string, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
    | { __typename?: 'User', uuid: string, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }>, referencedBy: Array<{ __typename?: 'Reference', name: string, sourceUuid: string }> }
   | null };

export type ExplorerCreateModelMutationVariables = Exact<{
  input: CreateLifecycleModelInput;
}>;


export type ExplorerCreateModelMutation = { __typename?: 'Mutation', createLifecycleModel: { __typename?: 'LifecycleModel', uuid: string, states: Array<{ __typename?: 'LifecycleState', uuid: string, name: string }> } };

export type ExplorerAssetPageWithAttributesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<ObjectFilter>;
}>;


export type ExplorerAssetPageWithAttributesQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', edges: Array<{ __typename?: 'RegistryObjectEdge', node:
        | { __typename?: 'Asset', attributes?: Record<string, unknown> | null, uuid: string, lifecycleState?: { __typename?: 'LifecycleState', name: string } | null, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
        | { __typename?: 'Group', uuid: string, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
        | { __typename?: 'LifecycleModel', uuid: string, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
        | { __typename?: 'LifecycleStage', uuid: string, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
        | { __typename?: 'ObjectType', uuid: string, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
        | { __typename?: 'Organization', uuid: string, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
        | { __typename?: 'Package', uuid: string, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
        | { __typename?: 'Policy', uuid: string, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
        | { __typename?: 'User', uuid: string, owner?: { __typename?: 'User', name: string } | null, references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
              | { __typename?: 'Asset', attributes?: Record<string, unknown> | null }
              | { __typename?: 'Group' }
              | { __typename?: 'LifecycleModel' }
              | { __typename?: 'LifecycleStage' }
              | { __typename?: 'ObjectType' }
              | { __typename?: 'Organization' }
              | { __typename?: 'Package' }
              | { __typename?: 'Policy' }
              | { __typename?: 'User' }
             | null }> }
       }> } };

export type ExplorerNamesPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<ObjectFilter>;
}>;


export type ExplorerNamesPageQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', edges: Array<{ __typename?: 'RegistryObjectEdge', node:
        | { __typename?: 'Asset', uuid: string, name: string }
        | { __typename?: 'Group', uuid: string, name: string }
        | { __typename?: 'LifecycleModel', uuid: string, name: string }
        | { __typename?: 'LifecycleStage', uuid: string, name: string }
        | { __typename?: 'ObjectType', uuid: string, name: string }
        | { __typename?: 'Organization', uuid: string, name: string }
        | { __typename?: 'Package', uuid: string, name: string }
        | { __typename?: 'Policy', uuid: string, name: string }
        | { __typename?: 'User', uuid: string, name: string }
       }> } };

export type ExplorerOwnersByFragmentQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<ObjectFilter>;
}>;


export type ExplorerOwnersByFragmentQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', edges: Array<{ __typename?: 'RegistryObjectEdge', node:
        | { __typename?: 'Asset', uuid: string, owner?: { __typename?: 'User', name: string } | null }
        | { __typename?: 'Group', uuid: string, owner?: { __typename?: 'User', name: string } | null }
        | { __typename?: 'LifecycleModel', uuid: string, owner?: { __typename?: 'User', name: string } | null }
        | { __typename?: 'LifecycleStage', uuid: string, owner?: { __typename?: 'User', name: string } | null }
        | { __typename?: 'ObjectType', uuid: string, owner?: { __typename?: 'User', name: string } | null }
        | { __typename?: 'Organization', uuid: string, owner?: { __typename?: 'User', name: string } | null }
        | { __typename?: 'Package', uuid: string, owner?: { __typename?: 'User', name: string } | null }
        | { __typename?: 'Policy', uuid: string, owner?: { __typename?: 'User', name: string } | null }
        | { __typename?: 'User', uuid: string, owner?: { __typename?: 'User', name: string } | null }
       }> } };

export type ExplorerOwnerEdgeFragment = { __typename?: 'RegistryObjectEdge', node:
    | { __typename?: 'Asset', uuid: string, owner?: { __typename?: 'User', name: string } | null }
    | { __typename?: 'Group', uuid: string, owner?: { __typename?: 'User', name: string } | null }
    | { __typename?: 'LifecycleModel', uuid: string, owner?: { __typename?: 'User', name: string } | null }
    | { __typename?: 'LifecycleStage', uuid: string, owner?: { __typename?: 'User', name: string } | null }
    | { __typename?: 'ObjectType', uuid: string, owner?: { __typename?: 'User', name: string } | null }
    | { __typename?: 'Organization', uuid: string, owner?: { __typename?: 'User', name: string } | null }
    | { __typename?: 'Package', uuid: string, owner?: { __typename?: 'User', name: string } | null }
    | { __typename?: 'Policy', uuid: string, owner?: { __typename?: 'User', name: string } | null }
    | { __typename?: 'User', uuid: string, owner?: { __typename?: 'User', name: string } | null }
   };

export type ExplorerCountQueryVariables = Exact<{
  filter?: InputMaybe<ObjectFilter>;
}>;


export type ExplorerCountQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', totalCount: number } };

export type BoundsIssueTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type BoundsIssueTokenMutation = { __typename?: 'Mutation', issueToken: { __typename?: 'IssuedToken', info: { __typename?: 'ApiToken', id: string, name: string } } };

export type BoundsTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type BoundsTokensQuery = { __typename?: 'Query', tokens: Array<{ __typename?: 'ApiToken', id: string, name: string }> };

export type BoundsCreateAssetMutationVariables = Exact<{
  input: CreateAssetInput;
}>;


export type BoundsCreateAssetMutation = { __typename?: 'Mutation', createAsset: { __typename?: 'Asset', uuid: string } };

export type BoundsSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type BoundsSearchQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', edges: Array<{ __typename?: 'RegistryObjectEdge', node:
        | { __typename?: 'Asset', uuid: string }
        | { __typename?: 'Group', uuid: string }
        | { __typename?: 'LifecycleModel', uuid: string }
        | { __typename?: 'LifecycleStage', uuid: string }
        | { __typename?: 'ObjectType', uuid: string }
        | { __typename?: 'Organization', uuid: string }
        | { __typename?: 'Package', uuid: string }
        | { __typename?: 'Policy', uuid: string }
        | { __typename?: 'User', uuid: string }
       }> } };

export type BoundsCountByNameQueryVariables = Exact<{ [key: string]: never; }>;


export type BoundsCountByNameQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', edges: Array<{ __typename?: 'RegistryObjectEdge', node:
        | { __typename?: 'Asset', name: string }
        | { __typename?: 'Group', name: string }
        | { __typename?: 'LifecycleModel', name: string }
        | { __typename?: 'LifecycleStage', name: string }
        | { __typename?: 'ObjectType', name: string }
        | { __typename?: 'Organization', name: string }
        | { __typename?: 'Package', name: string }
        | { __typename?: 'Policy', name: string }
        | { __typename?: 'User', name: string }
       }> } };

export type LcCreateModelMutationVariables = Exact<{
  input: CreateLifecycleModelInput;
}>;


export type LcCreateModelMutation = { __typename?: 'Mutation', createLifecycleModel: { __typename?: 'LifecycleModel', uuid: string, states: Array<{ __typename?: 'LifecycleState', uuid: string, name: string, initial: boolean, end: boolean }>, initialState: { __typename?: 'LifecycleState', name: string } } };

export type LcMoveMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  state: Scalars['ID']['input'];
}>;


export type LcMoveMutation = { __typename?: 'Mutation', moveLifecycleState: { __typename?: 'Asset', uuid: string, timestamp: string, lifecycleState?: { __typename?: 'LifecycleState', name: string } | null } };

export type LcCreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type LcCreatePolicyMutation = { __typename?: 'Mutation', createPolicy: { __typename?: 'Policy', uuid: string, events: Array<PolicyEvent>, actions: Array<{ __typename?: 'PolicyAction', type: PolicyActionType, message?: string | null, attribute?: string | null, value?: unknown | null }> } };

export type LcCreateAssetMutationVariables = Exact<{
  input: CreateAssetInput;
}>;


export type LcCreateAssetMutation = { __typename?: 'Mutation', createAsset: { __typename?: 'Asset', uuid: string, attributes?: Record<string, unknown> | null } };

export type LcUpdateAssetMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateAssetInput;
}>;


export type LcUpdateAssetMutation = { __typename?: 'Mutation', updateAsset: { __typename?: 'Asset', uuid: string, timestamp: string, attributes?: Record<string, unknown> | null } };

export type LcUpdateModelMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateLifecycleModelInput;
}>;


export type LcUpdateModelMutation = { __typename?: 'Mutation', updateLifecycleModel: { __typename?: 'LifecycleModel', states: Array<{ __typename?: 'LifecycleState', uuid: string, name: string }>, initialState: { __typename?: 'LifecycleState', name: string } } };

export type PermCreateAssetMutationVariables = Exact<{
  input: CreateAssetInput;
}>;


export type PermCreateAssetMutation = { __typename?: 'Mutation', createAsset: { __typename?: 'Asset', uuid: string, owner?: { __typename?: 'User', uuid: string } | null } };

export type PermUpdateAssetMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateAssetInput;
}>;


export type PermUpdateAssetMutation = { __typename?: 'Mutation', updateAsset: { __typename?: 'Asset', uuid: string, name: string } };

export type PermGetObjectQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type PermGetObjectQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', uuid: string, name: string, canEdit: boolean }
    | { __typename?: 'Group', uuid: string, name: string, canEdit: boolean }
    | { __typename?: 'LifecycleModel', uuid: string, name: string, canEdit: boolean }
    | { __typename?: 'LifecycleStage', uuid: string, name: string, canEdit: boolean }
    | { __typename?: 'ObjectType', uuid: string, name: string, canEdit: boolean }
    | { __typename?: 'Organization', uuid: string, name: string, canEdit: boolean }
    | { __typename?: 'Package', uuid: string, name: string, canEdit: boolean }
    | { __typename?: 'Policy', uuid: string, name: string, canEdit: boolean }
    | { __typename?: 'User', uuid: string, name: string, canEdit: boolean }
   | null };

export type PermCreateTypeMutationVariables = Exact<{
  input: CreateObjectTypeInput;
}>;


export type PermCreateTypeMutation = { __typename?: 'Mutation', createObjectType: { __typename?: 'ObjectType', uuid: string } };

export type PermCreateOrgMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type PermCreateOrgMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', uuid: string } };

export type PermRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermRevokeMutation = { __typename?: 'Mutation', revokePermission: boolean };

export type PermDeleteMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type PermDeleteMutation = { __typename?: 'Mutation', deleteObject: boolean };

export type PermCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type PermCreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', uuid: string } };

export type PermCreateGroupForMembershipMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type PermCreateGroupForMembershipMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', uuid: string } };

export type PermMembershipMutationVariables = Exact<{
  group: Scalars['ID']['input'];
  user: Scalars['ID']['input'];
  add: Scalars['Boolean']['input'];
}>;


export type PermMembershipMutation = { __typename?: 'Mutation', added?: { __typename?: 'User', groupUuids: Array<string> }, removed?: { __typename?: 'User', groupUuids: Array<string> } };

export type PermRefsQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type PermRefsQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
    | { __typename?: 'Group', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
    | { __typename?: 'LifecycleModel', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
    | { __typename?: 'LifecycleStage', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
    | { __typename?: 'ObjectType', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
    | { __typename?: 'Organization', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
    | { __typename?: 'Package', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
    | { __typename?: 'Policy', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
    | { __typename?: 'User', references: Array<{ __typename?: 'Reference', targetUuid: string, target?:
          | { __typename?: 'Asset', uuid: string }
          | { __typename?: 'Group', uuid: string }
          | { __typename?: 'LifecycleModel', uuid: string }
          | { __typename?: 'LifecycleStage', uuid: string }
          | { __typename?: 'ObjectType', uuid: string }
          | { __typename?: 'Organization', uuid: string }
          | { __typename?: 'Package', uuid: string }
          | { __typename?: 'Policy', uuid: string }
          | { __typename?: 'User', uuid: string }
         | null }> }
   | null };

export type PermCreateGroupAgainMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type PermCreateGroupAgainMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', uuid: string } };

export type ReplicaRegistryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaRegistryQuery = { __typename?: 'Query', registry: { __typename?: 'RegistryInfo', uuid: string } };

export type RolesCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type RolesCreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', uuid: string, name: string, roles: Array<Role>, timestamp: string } };

export type RolesUpdateGroupMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
  input: UpdateGroupInput;
}>;


export type RolesUpdateGroupMutation = { __typename?: 'Mutation', updateGroup: { __typename?: 'Group', uuid: string, name: string, roles: Array<Role> } };

export type RolesGroupQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type RolesGroupQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', uuid: string, name: string, timestamp: string }
    | { __typename?: 'Group', roles: Array<Role>, uuid: string, name: string, timestamp: string }
    | { __typename?: 'LifecycleModel', uuid: string, name: string, timestamp: string }
    | { __typename?: 'LifecycleStage', uuid: string, name: string, timestamp: string }
    | { __typename?: 'ObjectType', uuid: string, name: string, timestamp: string }
    | { __typename?: 'Organization', uuid: string, name: string, timestamp: string }
    | { __typename?: 'Package', uuid: string, name: string, timestamp: string }
    | { __typename?: 'Policy', uuid: string, name: string, timestamp: string }
    | { __typename?: 'User', uuid: string, name: string, timestamp: string }
   | null };

export type RolesMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesMeQuery = { __typename?: 'Query', me: { __typename?: 'User', uuid: string, roles: Array<Role>, ownRoles: Array<Role> } };

export type RolesAddMemberMutationVariables = Exact<{
  group: Scalars['ID']['input'];
  user: Scalars['ID']['input'];
}>;


export type RolesAddMemberMutation = { __typename?: 'Mutation', addGroupMember: { __typename?: 'User', uuid: string } };

export type RolesDeleteMutationVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type RolesDeleteMutation = { __typename?: 'Mutation', deleteObject: boolean };

export type RolesExportKeystoreMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;


export type RolesExportKeystoreMutation = { __typename?: 'Mutation', exportKeystore: { __typename?: 'KeystoreFile', keyCount: number } };

export type RolesCreateTypeMutationVariables = Exact<{
  input: CreateObjectTypeInput;
}>;


export type RolesCreateTypeMutation = { __typename?: 'Mutation', createObjectType: { __typename?: 'ObjectType', uuid: string } };

export type SeedCountsQueryVariables = Exact<{
  kinds?: InputMaybe<Array<ObjectKind> | ObjectKind>;
}>;


export type SeedCountsQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', totalCount: number } };

export type BasicsDeepQueryVariables = Exact<{ [key: string]: never; }>;


export type BasicsDeepQuery = { __typename?: 'Query', objects: { __typename?: 'RegistryObjectConnection', edges: Array<{ __typename?: 'RegistryObjectEdge', node:
        | { __typename?: 'Asset', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
        | { __typename?: 'Group', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
        | { __typename?: 'LifecycleModel', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
        | { __typename?: 'LifecycleStage', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
        | { __typename?: 'ObjectType', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
        | { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
        | { __typename?: 'Package', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
        | { __typename?: 'Policy', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
        | { __typename?: 'User', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', organization?: { __typename?: 'Organization', owner?: { __typename?: 'User', name: string } | null } | null } | null } | null } | null } | null } | null } | null } | null }
       }> } };

export type BasicsRegistryQueryVariables = Exact<{ [key: string]: never; }>;


export type BasicsRegistryQuery = { __typename?: 'Query', registry: { __typename?: 'RegistryInfo', uuid: string, name: string, address: string } };

export type StagingStagedImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StagingStagedImportQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', id: string, objectCount: number } | null };

export type StagingStagedImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingStagedImportsQuery = { __typename?: 'Query', stagedImports: Array<{ __typename?: 'StagedImport', id: string }> };

export type StagingDiscardMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StagingDiscardMutation = { __typename?: 'Mutation', discardStagedImport: boolean };

export type StagingVisibleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StagingVisibleQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', id: string } | null, stagedImports: Array<{ __typename?: 'StagedImport', id: string }> };

export type StagingObjectsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StagedObjectFilter>;
}>;


export type StagingObjectsQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', objects: { __typename?: 'StagedObjectConnection', totalCount: number, edges: Array<{ __typename?: 'StagedObjectEdge', cursor: string, node: { __typename?: 'StagedObject', line: number, uuid: string, kind: ObjectKind, name: string, timestamp: string, record: Record<string, unknown> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null } } } | null };

export type StagingExportArchiveMutationVariables = Exact<{
  input: ExportArchiveInput;
}>;


export type StagingExportArchiveMutation = { __typename?: 'Mutation', exportArchive: { __typename?: 'ExportedArchive', sha256: string, size: number, objectCount: number, downloadUrl: string } };

export type StagingServerCertificateQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingServerCertificateQuery = { __typename?: 'Query', registry: { __typename?: 'RegistryInfo', uuid: string }, serverCertificate: { __typename?: 'ServerCertificate', fingerprintSha256: string, pem: string } };

export type StagingStageArchiveMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
}>;


export type StagingStageArchiveMutation = { __typename?: 'Mutation', stageArchive: { __typename?: 'StagedImport', id: string, createdAt: string, expiresAt: string, fileName?: string | null, archiveSha256: string, archiveSize: number, formatVersion: string, exportedAt: string, objectCount: number, trust: ArchiveTrust, encrypted: boolean, problemCount: number, sourceRegistry: { __typename?: 'RegistryInfo', uuid: string, name: string, address: string }, exportedBy: { __typename?: 'NamedRef', uuid: string, name: string }, options: { __typename?: 'ArchiveOptions', includeReferences: boolean, includeVersionHistory: boolean, completeOrganization?: string | null, selection: { __typename?: 'ArchiveSelection', objects: Array<string>, package?: string | null } }, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, countsByKind: Array<{ __typename?: 'KindCount', kind: ObjectKind, count: number }>, signer?: { __typename?: 'ArchiveSigner', subject: string, issuer: string, fingerprintSha256: string, notBefore: string, notAfter: string, pem: string, signingTime?: string | null, validity: CertificateValidity } | null, problems: Array<{ __typename?: 'RecordProblem', line: number, path: string, message: string }> } };

export type StagingStoredStagedImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StagingStoredStagedImportQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', id: string, createdAt: string, expiresAt: string, fileName?: string | null, archiveSha256: string, archiveSize: number, formatVersion: string, exportedAt: string, objectCount: number, trust: ArchiveTrust, encrypted: boolean, problemCount: number, sourceRegistry: { __typename?: 'RegistryInfo', uuid: string, name: string, address: string }, exportedBy: { __typename?: 'NamedRef', uuid: string, name: string }, options: { __typename?: 'ArchiveOptions', includeReferences: boolean, includeVersionHistory: boolean, completeOrganization?: string | null, selection: { __typename?: 'ArchiveSelection', objects: Array<string>, package?: string | null } }, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, countsByKind: Array<{ __typename?: 'KindCount', kind: ObjectKind, count: number }>, signer?: { __typename?: 'ArchiveSigner', subject: string, issuer: string, fingerprintSha256: string, notBefore: string, notAfter: string, pem: string, signingTime?: string | null, validity: CertificateValidity } | null, problems: Array<{ __typename?: 'RecordProblem', line: number, path: string, message: string }> } | null };

export type StagingRegistryAliveQueryVariables = Exact<{ [key: string]: never; }>;


export type StagingRegistryAliveQuery = { __typename?: 'Query', registry: { __typename?: 'RegistryInfo', uuid: string } };

export type ExportBuilderExportMutationVariables = Exact<{
  input: ExportArchiveInput;
}>;


export type ExportBuilderExportMutation = { __typename?: 'Mutation', exportArchive: { __typename?: 'ExportedArchive', id: string, sha256: string, size: number, objectCount: number, signed: boolean, encryption: ArchiveEncryptionMode, downloadUrl: string, manifest: Record<string, unknown>, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean } } };

export type ExportBuilderCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type ExportBuilderCreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', uuid: string } };

export type ExportBuilderCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ExportBuilderCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', uuid: string } };

export type ExportBuilderCreateStageMutationVariables = Exact<{
  input: CreateLifecycleStageInput;
}>;


export type ExportBuilderCreateStageMutation = { __typename?: 'Mutation', createLifecycleStage: { __typename?: 'LifecycleStage', uuid: string } };

export type ExportBuilderCreateModelMutationVariables = Exact<{
  input: CreateLifecycleModelInput;
}>;


export type ExportBuilderCreateModelMutation = { __typename?: 'Mutation', createLifecycleModel: { __typename?: 'LifecycleModel', uuid: string } };

export type ExportBuilderCreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type ExportBuilderCreatePolicyMutation = { __typename?: 'Mutation', createPolicy: { __typename?: 'Policy', uuid: string } };

export type ExportBuilderCreatePackageMutationVariables = Exact<{
  input: CreatePackageInput;
}>;


export type ExportBuilderCreatePackageMutation = { __typename?: 'Mutation', createPackage: { __typename?: 'Package', uuid: string } };

export type ImportClientRecordFragment = { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, userUuid: string, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, selection?: Array<string> | null, planDigest?: string | null, signer?: { __typename?: 'ArchiveSigner', fingerprintSha256: string, subject: string, validity: CertificateValidity } | null, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null };

export type ImportClientStageMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportClientStageMutation = { __typename?: 'Mutation', stageArchive: { __typename?: 'StagedImport', id: string, objectCount: number, trust: ArchiveTrust, signer?: { __typename?: 'ArchiveSigner', fingerprintSha256: string } | null } };

export type ImportClientDecisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  options?: InputMaybe<ImportOptionsInput>;
  selection?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DecisionFilter>;
}>;


export type ImportClientDecisionsQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', decisions: { __typename?: 'ImportDecisionConnection', planDigest: string, totalCount: number, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number }, blocking: Array<{ __typename?: 'PlanReason', code: string, severity: ReasonSeverity, message: string, uuids: Array<string> }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportDecisionEdge', node: { __typename?: 'ImportDecision', uuid: string, kind: ObjectKind, name: string, line: number, action: ImportAction, selectedByDefault: boolean, selected: boolean, includedBy: Array<string>, includedByCount: number, reasons: Array<{ __typename?: 'PlanReason', code: string, severity: ReasonSeverity, message: string, uuids: Array<string>, decisive: boolean }>, existing?: { __typename?: 'ExistingCopy', timestamp: string, object?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null } | null, references: Array<{ __typename?: 'DecisionReference', name: string, targetUuid: string, resolution: ReferenceResolution, targetObject?:
              | { __typename?: 'Asset', uuid: string, name: string }
              | { __typename?: 'Group', uuid: string, name: string }
              | { __typename?: 'LifecycleModel', uuid: string, name: string }
              | { __typename?: 'LifecycleStage', uuid: string, name: string }
              | { __typename?: 'ObjectType', uuid: string, name: string }
              | { __typename?: 'Organization', uuid: string, name: string }
              | { __typename?: 'Package', uuid: string, name: string }
              | { __typename?: 'Policy', uuid: string, name: string }
              | { __typename?: 'User', uuid: string, name: string }
             | null, targetRecord?: { __typename?: 'ArchiveObjectFacts', uuid: string, name: string, line: number, action: ImportAction } | null }>, outcome?: { __typename?: 'WriteOutcome', ownerUuid: string, previousVersionUuid?: string | null, attributes?: Record<string, unknown> | null, groupUuids?: Array<string> | null, owner?: { __typename?: 'User', uuid: string } | null, lifecycle?: { __typename?: 'LifecycleOutcome', modelUuid: string, stateUuid: string } | null } | null } }> } } | null };

export type ImportClientSummaryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  options?: InputMaybe<ImportOptionsInput>;
  selection?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type ImportClientSummaryQuery = { __typename?: 'Query', stagedImport?: { __typename?: 'StagedImport', planSummary: { __typename?: 'ImportPlanSummary', planDigest: string, counts: { __typename?: 'ActionCounts', create: number, replace: number, ignore: number, reject: number, skip: number }, blocking: Array<{ __typename?: 'PlanReason', code: string }>, countsByKind: Array<{ __typename?: 'ActionKindCount', action: ImportAction, kind: ObjectKind, count: number }>, countsByReason: Array<{ __typename?: 'ActionReasonCount', action: ImportAction, code: string, decisive: boolean, count: number }> } } | null };

export type ImportClientCommitMutationVariables = Exact<{
  input: CommitImportInput;
}>;


export type ImportClientCommitMutation = { __typename?: 'Mutation', commitImport: { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, userUuid: string, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, selection?: Array<string> | null, planDigest?: string | null, signer?: { __typename?: 'ArchiveSigner', fingerprintSha256: string, subject: string, validity: CertificateValidity } | null, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null } };

export type ImportClientRecordQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportClientRecordQueryQuery = { __typename?: 'Query', importRecord?: { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, userUuid: string, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, selection?: Array<string> | null, planDigest?: string | null, user?: { __typename?: 'User', uuid: string } | null, outcomes: { __typename?: 'ImportOutcomeConnection', totalCount: number, edges: Array<{ __typename?: 'ImportOutcomeEdge', node: { __typename?: 'ImportOutcome', line: number, uuid: string, kind: ObjectKind, name: string, action: ImportAction, reasons: Array<{ __typename?: 'PlanReason', code: string }> } }> }, signer?: { __typename?: 'ArchiveSigner', fingerprintSha256: string, subject: string, validity: CertificateValidity } | null, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null } | null };

export type ImportClientHistoryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportClientHistoryQuery = { __typename?: 'Query', importHistory: { __typename?: 'ImportRecordConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ImportRecordEdge', cursor: string, node: { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, userUuid: string, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, selection?: Array<string> | null, planDigest?: string | null, signer?: { __typename?: 'ArchiveSigner', fingerprintSha256: string, subject: string, validity: CertificateValidity } | null, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null } }> } };

export type ImportClientImportArchiveMutationVariables = Exact<{
  file: Scalars['Upload']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
  options?: InputMaybe<ImportOptionsInput>;
  selection?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  wait: Scalars['Boolean']['input'];
  expectation?: InputMaybe<ImportExpectationInput>;
}>;


export type ImportClientImportArchiveMutation = { __typename?: 'Mutation', importArchive: { __typename?: 'ImportRecord', id: string, status: ImportStatus, phase: ImportPhase, done: number, total: number, startedAt: string, finishedAt?: string | null, userUuid: string, stagedImportId?: string | null, archiveSha256: string, trust: ArchiveTrust, selection?: Array<string> | null, planDigest?: string | null, signer?: { __typename?: 'ArchiveSigner', fingerprintSha256: string, subject: string, validity: CertificateValidity } | null, options: { __typename?: 'ImportOptions', allowReplace: boolean, keepCurrentOwner: boolean, importUserGroups: boolean, keepLifecycleState: boolean, trustProvider: boolean }, counts: { __typename?: 'ImportCounts', created: number, replaced: number, ignored: number, rejected: number, skipped: number }, error?: { __typename?: 'ImportFailure', code: string, message: string } | null } };

export type ImportClientMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportClientMeQuery = { __typename?: 'Query', me: { __typename?: 'User', uuid: string } };

export type ImportClientObjectQueryVariables = Exact<{
  uuid: Scalars['ID']['input'];
}>;


export type ImportClientObjectQuery = { __typename?: 'Query', object?:
    | { __typename?: 'Asset', attributes?: Record<string, unknown> | null, version?: string | null, previousVersionUuid?: string | null, uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, lifecycleState?: { __typename?: 'LifecycleState', uuid: string } | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename?: 'Group', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename?: 'LifecycleModel', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename?: 'LifecycleStage', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename?: 'ObjectType', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename?: 'Organization', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename?: 'Package', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename?: 'Policy', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
    | { __typename?: 'User', uuid: string, kind: ObjectKind, name: string, description?: string | null, createdAt: string, timestamp: string, ownerUuid?: string | null, organizationUuid?: string | null, protection: { __typename?: 'Protection', viewContent: boolean, rePackageable: boolean, editable: boolean }, references: Array<{ __typename?: 'Reference', name: string, targetUuid: string }> }
   | null };

export type BuilderCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type BuilderCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', uuid: string, name: string } };

export type BuilderCreateObjectTypeMutationVariables = Exact<{
  input: CreateObjectTypeInput;
}>;


export type BuilderCreateObjectTypeMutation = { __typename?: 'Mutation', createObjectType: { __typename?: 'ObjectType', uuid: string, name: string } };

export type BuilderCreateAssetMutationVariables = Exact<{
  input: CreateAssetInput;
}>;


export type BuilderCreateAssetMutation = { __typename?: 'Mutation', createAsset: { __typename?: 'Asset', uuid: string, name: string, timestamp: string, lifecycleState?: { __typename?: 'LifecycleState', uuid: string, name: string } | null } };

export type BuilderCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type BuilderCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', uuid: string, name: string } };

export type BuilderIssueTokenMutationVariables = Exact<{
  user: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type BuilderIssueTokenMutation = { __typename?: 'Mutation', issueToken: { __typename?: 'IssuedToken', token: string, info: { __typename?: 'ApiToken', id: string } } };

export type BuilderGrantMutationVariables = Exact<{
  input: GrantPermissionInput;
}>;


export type BuilderGrantMutation = { __typename?: 'Mutation', grantPermission: { __typename?: 'PermissionGrant', id: string } };

export const ExplorerOwnerEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerOwnerEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryObjectEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerOwnerEdgeFragment, unknown>;
export const ImportClientRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportClientRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userUuid"}},{"kind":"Field","name":{"kind":"Name","value":"stagedImportId"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSha256"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowReplace"}},{"kind":"Field","name":{"kind":"Name","value":"keepCurrentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"importUserGroups"}},{"kind":"Field","name":{"kind":"Name","value":"keepLifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"trustProvider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"planDigest"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportClientRecordFragment, unknown>;
export const CommandLineServerCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommandLineServerCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pem"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]} as unknown as DocumentNode<CommandLineServerCertificateQuery, CommandLineServerCertificateQueryVariables>;
export const CommandLineStagedImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommandLineStagedImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommandLineStagedImportsQuery, CommandLineStagedImportsQueryVariables>;
export const ConsoleExplorerModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleExplorerModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLifecycleModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLifecycleModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleExplorerModelMutation, ConsoleExplorerModelMutationVariables>;
export const WizardCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]} as unknown as DocumentNode<WizardCertificateQuery, WizardCertificateQueryVariables>;
export const WizardProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WizardProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]} as unknown as DocumentNode<WizardProvidersQuery, WizardProvidersQueryVariables>;
export const ObjectPageIncomingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectPageIncoming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingReferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUuid"}},{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectPageIncomingQuery, ObjectPageIncomingQueryVariables>;
export const ObjectPageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectPageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectImportHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectPageHistoryQuery, ObjectPageHistoryQueryVariables>;
export const ReferenceGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceGraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expand"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferenceGraphExpansion"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"root"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limitPerNode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"expand"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expand"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootUuid"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"expanded"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"matchedEdges"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenByLimit"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenByFilter"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceUuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hiddenByLimit"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenByFilter"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceGraphQuery, ReferenceGraphQueryVariables>;
export const GraphSecretLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GraphSecretLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<GraphSecretLinksMutation, GraphSecretLinksMutationVariables>;
export const ContentRightsAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentRightsAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]}}]} as unknown as DocumentNode<ContentRightsAttributesQuery, ContentRightsAttributesQueryVariables>;
export const ContentRightsDemoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContentRightsDemote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"roles"},"value":{"kind":"ListValue","values":[]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ContentRightsDemoteMutation, ContentRightsDemoteMutationVariables>;
export const ContentRightsStagedRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContentRightsStagedRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"record"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContentRightsStagedRecordsQuery, ContentRightsStagedRecordsQueryVariables>;
export const ContentRightsPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContentRightsPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ContentRightsPolicyMutation, ContentRightsPolicyMutationVariables>;
export const ExportProtectionAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportProtectionAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]}}]} as unknown as DocumentNode<ExportProtectionAttributesQuery, ExportProtectionAttributesQueryVariables>;
export const ExportProtectionUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportProtectionUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"changed","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ExportProtectionUpdateMutation, ExportProtectionUpdateMutationVariables>;
export const RetentionExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetentionExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<RetentionExportMutation, RetentionExportMutationVariables>;
export const RetentionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportedArchives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<RetentionListQuery, RetentionListQueryVariables>;
export const ExportSourceObjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSourceObject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectTypeUuid"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionUuid"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modelUuid"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"ownRoles"}},{"kind":"Field","name":{"kind":"Name","value":"groupUuids"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"stageUuids"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromUuid"}},{"kind":"Field","name":{"kind":"Name","value":"toUuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectTypeUuids"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleStage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"objectTypeUuids"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberUuids"}}]}}]}}]}}]} as unknown as DocumentNode<ExportSourceObjectQuery, ExportSourceObjectQueryVariables>;
export const ExportServerCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportServerCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]} as unknown as DocumentNode<ExportServerCertificateQuery, ExportServerCertificateQueryVariables>;
export const ExportSelectionMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportSelectionMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"organizationUuid"}},{"kind":"Field","name":{"kind":"Name","value":"groupUuids"}}]}}]}}]} as unknown as DocumentNode<ExportSelectionMeQuery, ExportSelectionMeQueryVariables>;
export const RacedAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RacedAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]}}]} as unknown as DocumentNode<RacedAssetQuery, RacedAssetQueryVariables>;
export const RaceUpdateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceUpdateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]} as unknown as DocumentNode<RaceUpdateAssetMutation, RaceUpdateAssetMutationVariables>;
export const FieldChangesPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldChangesPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOptionsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"contentWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"cut"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FieldChangesPreviewQuery, FieldChangesPreviewQueryVariables>;
export const FieldChangesModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldChangesModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLifecycleModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLifecycleModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FieldChangesModelMutation, FieldChangesModelMutationVariables>;
export const BetweenUpdateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BetweenUpdateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<BetweenUpdateAssetMutation, BetweenUpdateAssetMutationVariables>;
export const CrashEveryObjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrashEveryObject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUuid"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrashEveryObjectQuery, CrashEveryObjectQueryVariables>;
export const OptionsCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OptionsCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OptionsCreateGroupMutation, OptionsCreateGroupMutationVariables>;
export const OptionsUpdateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OptionsUpdateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<OptionsUpdateAssetMutation, OptionsUpdateAssetMutationVariables>;
export const OptionsUserGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OptionsUserGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OptionsUserGroupsQuery, OptionsUserGroupsQueryVariables>;
export const RefusalsTrustedProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefusalsTrustedProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]} as unknown as DocumentNode<RefusalsTrustedProvidersQuery, RefusalsTrustedProvidersQueryVariables>;
export const RefusalsCreatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefusalsCreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<RefusalsCreatePolicyMutation, RefusalsCreatePolicyMutationVariables>;
export const WritesImportedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WritesImported"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"user"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"asset"},"name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUuid"}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewContent"}},{"kind":"Field","name":{"kind":"Name","value":"rePackageable"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modelUuid"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"user"},"name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupUuids"}}]}}]}}]}}]} as unknown as DocumentNode<WritesImportedQuery, WritesImportedQueryVariables>;
export const WritesUpdateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WritesUpdateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<WritesUpdateAssetMutation, WritesUpdateAssetMutationVariables>;
export const WritesOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WritesOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"written"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerUuid"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelUuid"}},{"kind":"Field","name":{"kind":"Name","value":"stateUuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionUuid"}},{"kind":"Field","name":{"kind":"Name","value":"groupUuids"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WritesOutcomesQuery, WritesOutcomesQueryVariables>;
export const WritesSourceAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WritesSourceAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerUuid"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WritesSourceAssetQuery, WritesSourceAssetQueryVariables>;
export const PagedCreatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PagedCreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<PagedCreatePolicyMutation, PagedCreatePolicyMutationVariables>;
export const SelectionChangePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelectionChangePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"change"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionChangeInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selectionChange"},"value":{"kind":"Variable","name":{"kind":"Name","value":"change"}}},{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDigest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"selectionChange"},"value":{"kind":"Variable","name":{"kind":"Name","value":"change"}}},{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDigest"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"skip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"selectedByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"includedByCount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SelectionChangePreviewQuery, SelectionChangePreviewQueryVariables>;
export const KeystoreCurrentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeystoreCurrent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]} as unknown as DocumentNode<KeystoreCurrentQuery, KeystoreCurrentQueryVariables>;
export const KeystoreHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeystoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCertificateHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<KeystoreHistoryQuery, KeystoreHistoryQueryVariables>;
export const KeystoreReplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeystoreReplace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceServerCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commonName"},"value":{"kind":"StringValue","value":"Second key","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]} as unknown as DocumentNode<KeystoreReplaceMutation, KeystoreReplaceMutationVariables>;
export const KeystoreExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeystoreExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportKeystore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"keyCount"}}]}}]}}]} as unknown as DocumentNode<KeystoreExportMutation, KeystoreExportMutationVariables>;
export const KeystoreImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeystoreImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"makeCurrent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importKeystore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"makeCurrent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"makeCurrent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyCount"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]}}]} as unknown as DocumentNode<KeystoreImportMutation, KeystoreImportMutationVariables>;
export const KeysCurrentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeysCurrent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"pem"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<KeysCurrentQuery, KeysCurrentQueryVariables>;
export const KeysHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeysHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverCertificateHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]}}]} as unknown as DocumentNode<KeysHistoryQuery, KeysHistoryQueryVariables>;
export const KeysReplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeysReplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commonName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replaceServerCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"commonName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commonName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<KeysReplaceMutation, KeysReplaceMutationVariables>;
export const KeysProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeysProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}}]}}]}}]} as unknown as DocumentNode<KeysProvidersQuery, KeysProvidersQueryVariables>;
export const KeysAddProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeysAddProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pem"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTrustedProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certificatePem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pem"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<KeysAddProviderMutation, KeysAddProviderMutationVariables>;
export const KeysRemoveProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeysRemoveProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fingerprint"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTrustedProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fingerprint"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fingerprint"}}}]}]}}]} as unknown as DocumentNode<KeysRemoveProviderMutation, KeysRemoveProviderMutationVariables>;
export const AuthMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<AuthMeQuery, AuthMeQueryVariables>;
export const AuthRevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AuthRevokeTokenMutation, AuthRevokeTokenMutationVariables>;
export const AuthIssueOwnTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthIssueOwnToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthIssueOwnTokenMutation, AuthIssueOwnTokenMutationVariables>;
export const AuthIssueForOtherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthIssueForOther"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"user"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"user"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"x","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AuthIssueForOtherMutation, AuthIssueForOtherMutationVariables>;
export const ExplorerAssetPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAssetPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerAssetPageQuery, ExplorerAssetPageQueryVariables>;
export const ExplorerObjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerObject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referencedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUuid"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versionPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerObjectQuery, ExplorerObjectQueryVariables>;
export const ExplorerCreateModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplorerCreateModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLifecycleModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLifecycleModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerCreateModelMutation, ExplorerCreateModelMutationVariables>;
export const ExplorerAssetPageWithAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerAssetPageWithAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerAssetPageWithAttributesQuery, ExplorerAssetPageWithAttributesQueryVariables>;
export const ExplorerNamesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNamesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerNamesPageQuery, ExplorerNamesPageQueryVariables>;
export const ExplorerOwnersByFragmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerOwnersByFragment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerOwnerEdge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerOwnerEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryObjectEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerOwnersByFragmentQuery, ExplorerOwnersByFragmentQueryVariables>;
export const ExplorerCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ExplorerCountQuery, ExplorerCountQueryVariables>;
export const BoundsIssueTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoundsIssueToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BoundsIssueTokenMutation, BoundsIssueTokenMutationVariables>;
export const BoundsTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoundsTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoundsTokensQuery, BoundsTokensQueryVariables>;
export const BoundsCreateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BoundsCreateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<BoundsCreateAssetMutation, BoundsCreateAssetMutationVariables>;
export const BoundsSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoundsSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoundsSearchQuery, BoundsSearchQueryVariables>;
export const BoundsCountByNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoundsCountByName"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSET"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoundsCountByNameQuery, BoundsCountByNameQueryVariables>;
export const LcCreateModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcCreateModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLifecycleModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLifecycleModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"initial"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initialState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LcCreateModelMutation, LcCreateModelMutationVariables>;
export const LcMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveLifecycleState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LcMoveMutation, LcMoveMutationVariables>;
export const LcCreatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcCreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<LcCreatePolicyMutation, LcCreatePolicyMutationVariables>;
export const LcCreateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcCreateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]} as unknown as DocumentNode<LcCreateAssetMutation, LcCreateAssetMutationVariables>;
export const LcUpdateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcUpdateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}}]}}]}}]} as unknown as DocumentNode<LcUpdateAssetMutation, LcUpdateAssetMutationVariables>;
export const LcUpdateModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LcUpdateModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLifecycleModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLifecycleModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initialState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LcUpdateModelMutation, LcUpdateModelMutationVariables>;
export const PermCreateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermCreateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]} as unknown as DocumentNode<PermCreateAssetMutation, PermCreateAssetMutationVariables>;
export const PermUpdateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermUpdateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PermUpdateAssetMutation, PermUpdateAssetMutationVariables>;
export const PermGetObjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermGetObject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]} as unknown as DocumentNode<PermGetObjectQuery, PermGetObjectQueryVariables>;
export const PermCreateTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermCreateType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateObjectTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjectType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<PermCreateTypeMutation, PermCreateTypeMutationVariables>;
export const PermCreateOrgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermCreateOrg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<PermCreateOrgMutation, PermCreateOrgMutationVariables>;
export const PermRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<PermRevokeMutation, PermRevokeMutationVariables>;
export const PermDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteObject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}]}]}}]} as unknown as DocumentNode<PermDeleteMutation, PermDeleteMutationVariables>;
export const PermCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<PermCreateGroupMutation, PermCreateGroupMutationVariables>;
export const PermCreateGroupForMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermCreateGroupForMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<PermCreateGroupForMembershipMutation, PermCreateGroupForMembershipMutationVariables>;
export const PermMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"user"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"add"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"added"},"name":{"kind":"Name","value":"addGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}},{"kind":"Argument","name":{"kind":"Name","value":"user"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"add"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupUuids"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"removed"},"name":{"kind":"Name","value":"removeGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}},{"kind":"Argument","name":{"kind":"Name","value":"user"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"add"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupUuids"}}]}}]}}]} as unknown as DocumentNode<PermMembershipMutation, PermMembershipMutationVariables>;
export const PermRefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermRefs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PermRefsQuery, PermRefsQueryVariables>;
export const PermCreateGroupAgainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermCreateGroupAgain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<PermCreateGroupAgainMutation, PermCreateGroupAgainMutationVariables>;
export const ReplicaRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ReplicaRegistryQuery, ReplicaRegistryQueryVariables>;
export const RolesCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolesCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<RolesCreateGroupMutation, RolesCreateGroupMutationVariables>;
export const RolesUpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolesUpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<RolesUpdateGroupMutation, RolesUpdateGroupMutationVariables>;
export const RolesGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]} as unknown as DocumentNode<RolesGroupQuery, RolesGroupQueryVariables>;
export const RolesMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolesMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"ownRoles"}}]}}]}}]} as unknown as DocumentNode<RolesMeQuery, RolesMeQueryVariables>;
export const RolesAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolesAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"group"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"user"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"group"},"value":{"kind":"Variable","name":{"kind":"Name","value":"group"}}},{"kind":"Argument","name":{"kind":"Name","value":"user"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<RolesAddMemberMutation, RolesAddMemberMutationVariables>;
export const RolesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteObject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}]}]}}]} as unknown as DocumentNode<RolesDeleteMutation, RolesDeleteMutationVariables>;
export const RolesExportKeystoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolesExportKeystore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportKeystore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyCount"}}]}}]}}]} as unknown as DocumentNode<RolesExportKeystoreMutation, RolesExportKeystoreMutationVariables>;
export const RolesCreateTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolesCreateType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateObjectTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjectType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<RolesCreateTypeMutation, RolesCreateTypeMutationVariables>;
export const SeedCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SeedCountsQuery, SeedCountsQueryVariables>;
export const BasicsDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasicsDeep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BasicsDeepQuery, BasicsDeepQueryVariables>;
export const BasicsRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasicsRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<BasicsRegistryQuery, BasicsRegistryQueryVariables>;
export const StagingStagedImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingStagedImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}}]}}]}}]} as unknown as DocumentNode<StagingStagedImportQuery, StagingStagedImportQueryVariables>;
export const StagingStagedImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingStagedImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StagingStagedImportsQuery, StagingStagedImportsQueryVariables>;
export const StagingDiscardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StagingDiscard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardStagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StagingDiscardMutation, StagingDiscardMutationVariables>;
export const StagingVisibleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingVisible"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stagedImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StagingVisibleQuery, StagingVisibleQueryVariables>;
export const StagingObjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingObjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StagedObjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"record"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<StagingObjectsQuery, StagingObjectsQueryVariables>;
export const StagingExportArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StagingExportArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<StagingExportArchiveMutation, StagingExportArchiveMutationVariables>;
export const StagingServerCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingServerCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serverCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"pem"}}]}}]}}]} as unknown as DocumentNode<StagingServerCertificateQuery, StagingServerCertificateQueryVariables>;
export const StagingStageArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StagingStageArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSha256"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSize"}},{"kind":"Field","name":{"kind":"Name","value":"formatVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"}},{"kind":"Field","name":{"kind":"Name","value":"package"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includeReferences"}},{"kind":"Field","name":{"kind":"Name","value":"includeVersionHistory"}},{"kind":"Field","name":{"kind":"Name","value":"completeOrganization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewContent"}},{"kind":"Field","name":{"kind":"Name","value":"rePackageable"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"pem"}},{"kind":"Field","name":{"kind":"Name","value":"signingTime"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}}]}}]}}]} as unknown as DocumentNode<StagingStageArchiveMutation, StagingStageArchiveMutationVariables>;
export const StagingStoredStagedImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingStoredStagedImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSha256"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSize"}},{"kind":"Field","name":{"kind":"Name","value":"formatVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objects"}},{"kind":"Field","name":{"kind":"Name","value":"package"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includeReferences"}},{"kind":"Field","name":{"kind":"Name","value":"includeVersionHistory"}},{"kind":"Field","name":{"kind":"Name","value":"completeOrganization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewContent"}},{"kind":"Field","name":{"kind":"Name","value":"rePackageable"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"pem"}},{"kind":"Field","name":{"kind":"Name","value":"signingTime"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"encrypted"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}}]}}]}}]} as unknown as DocumentNode<StagingStoredStagedImportQuery, StagingStoredStagedImportQueryVariables>;
export const StagingRegistryAliveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StagingRegistryAlive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<StagingRegistryAliveQuery, StagingRegistryAliveQueryVariables>;
export const ExportBuilderExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBuilderExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"encryption"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewContent"}},{"kind":"Field","name":{"kind":"Name","value":"rePackageable"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}}]}}]} as unknown as DocumentNode<ExportBuilderExportMutation, ExportBuilderExportMutationVariables>;
export const ExportBuilderCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBuilderCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ExportBuilderCreateGroupMutation, ExportBuilderCreateGroupMutationVariables>;
export const ExportBuilderCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBuilderCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ExportBuilderCreateUserMutation, ExportBuilderCreateUserMutationVariables>;
export const ExportBuilderCreateStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBuilderCreateStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLifecycleStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLifecycleStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ExportBuilderCreateStageMutation, ExportBuilderCreateStageMutationVariables>;
export const ExportBuilderCreateModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBuilderCreateModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLifecycleModelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLifecycleModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ExportBuilderCreateModelMutation, ExportBuilderCreateModelMutationVariables>;
export const ExportBuilderCreatePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBuilderCreatePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ExportBuilderCreatePolicyMutation, ExportBuilderCreatePolicyMutationVariables>;
export const ExportBuilderCreatePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBuilderCreatePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ExportBuilderCreatePackageMutation, ExportBuilderCreatePackageMutationVariables>;
export const ImportClientStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportClientStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stageArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectCount"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}}]}}]}}]}}]} as unknown as DocumentNode<ImportClientStageMutation, ImportClientStageMutationVariables>;
export const ImportClientDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportClientDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOptionsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDigest"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"replace"}},{"kind":"Field","name":{"kind":"Name","value":"ignore"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"skip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"uuids"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"selectedByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"includedBy"}},{"kind":"Field","name":{"kind":"Name","value":"includedByCount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"uuids"}},{"kind":"Field","name":{"kind":"Name","value":"decisive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"existing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"targetObject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ownerUuid"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelUuid"}},{"kind":"Field","name":{"kind":"Name","value":"stateUuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionUuid"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"groupUuids"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportClientDecisionsQuery, ImportClientDecisionsQueryVariables>;
export const ImportClientSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportClientSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOptionsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stagedImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDigest"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"replace"}},{"kind":"Field","name":{"kind":"Name","value":"ignore"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"skip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blocking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countsByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decisive"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportClientSummaryQuery, ImportClientSummaryQueryVariables>;
export const ImportClientCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportClientCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportClientRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportClientRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userUuid"}},{"kind":"Field","name":{"kind":"Name","value":"stagedImportId"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSha256"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowReplace"}},{"kind":"Field","name":{"kind":"Name","value":"keepCurrentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"importUserGroups"}},{"kind":"Field","name":{"kind":"Name","value":"keepLifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"trustProvider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"planDigest"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportClientCommitMutation, ImportClientCommitMutationVariables>;
export const ImportClientRecordQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportClientRecordQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportClientRecord"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportClientRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userUuid"}},{"kind":"Field","name":{"kind":"Name","value":"stagedImportId"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSha256"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowReplace"}},{"kind":"Field","name":{"kind":"Name","value":"keepCurrentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"importUserGroups"}},{"kind":"Field","name":{"kind":"Name","value":"keepLifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"trustProvider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"planDigest"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportClientRecordQueryQuery, ImportClientRecordQueryQueryVariables>;
export const ImportClientHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportClientHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportClientRecord"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportClientRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userUuid"}},{"kind":"Field","name":{"kind":"Name","value":"stagedImportId"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSha256"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowReplace"}},{"kind":"Field","name":{"kind":"Name","value":"keepCurrentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"importUserGroups"}},{"kind":"Field","name":{"kind":"Name","value":"keepLifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"trustProvider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"planDigest"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportClientHistoryQuery, ImportClientHistoryQueryVariables>;
export const ImportClientImportArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportClientImportArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOptionsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wait"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportExpectationInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}},{"kind":"Argument","name":{"kind":"Name","value":"wait"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wait"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportClientRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportClientRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userUuid"}},{"kind":"Field","name":{"kind":"Name","value":"stagedImportId"}},{"kind":"Field","name":{"kind":"Name","value":"archiveSha256"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fingerprintSha256"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowReplace"}},{"kind":"Field","name":{"kind":"Name","value":"keepCurrentOwner"}},{"kind":"Field","name":{"kind":"Name","value":"importUserGroups"}},{"kind":"Field","name":{"kind":"Name","value":"keepLifecycleState"}},{"kind":"Field","name":{"kind":"Name","value":"trustProvider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"planDigest"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportClientImportArchiveMutation, ImportClientImportArchiveMutationVariables>;
export const ImportClientMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportClientMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]} as unknown as DocumentNode<ImportClientMeQuery, ImportClientMeQueryVariables>;
export const ImportClientObjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportClientObject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uuid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uuid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUuid"}},{"kind":"Field","name":{"kind":"Name","value":"organizationUuid"}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewContent"}},{"kind":"Field","name":{"kind":"Name","value":"rePackageable"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targetUuid"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersionUuid"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportClientObjectQuery, ImportClientObjectQueryVariables>;
export const BuilderCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuilderCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BuilderCreateOrganizationMutation, BuilderCreateOrganizationMutationVariables>;
export const BuilderCreateObjectTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuilderCreateObjectType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateObjectTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjectType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BuilderCreateObjectTypeMutation, BuilderCreateObjectTypeMutationVariables>;
export const BuilderCreateAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuilderCreateAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BuilderCreateAssetMutation, BuilderCreateAssetMutationVariables>;
export const BuilderCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuilderCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uuid"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BuilderCreateUserMutation, BuilderCreateUserMutationVariables>;
export const BuilderIssueTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuilderIssueToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"user"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"user"},"value":{"kind":"Variable","name":{"kind":"Name","value":"user"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BuilderIssueTokenMutation, BuilderIssueTokenMutationVariables>;
export const BuilderGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BuilderGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantPermissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantPermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BuilderGrantMutation, BuilderGrantMutationVariables>;