import type { ActionCounts } from './actionCounts.js';
import type { ArchiveRecord, ProtectionFlags } from '../../archive/record.js';
import type { AttributeDefinition, PolicyFields } from '../../domain/kindFields.js';
import type { LifecycleModelStatus, ObjectKind, Role } from '../../domain/objectKind.js';
import type { PlanBreakdown } from './planBreakdown.js';

/**
 * The planner's contract. The planner is a pure, synchronous function from these inputs to one decision per
 * staged object: no GraphQL, no HTTP, no database. Preview and commit call it with the same inputs, so what a
 * person previews is what gets applied.
 */

export enum ImportAction {
  CREATE = 'CREATE',
  REPLACE = 'REPLACE',
  IGNORE = 'IGNORE',
  REJECT = 'REJECT',
  SKIP = 'SKIP',
}

export enum ReferenceResolution {
  ARCHIVE = 'ARCHIVE',
  REGISTRY = 'REGISTRY',
  UNRESOLVED = 'UNRESOLVED',
}

export type ReasonSeverity = 'INFO' | 'WARNING' | 'ERROR';

export interface Reason {
  /** A stable code from reasonCodes.ts, e.g. UNRESOLVED_REFERENCE. */
  code: string;
  severity: ReasonSeverity;
  message: string;
  /** UUIDs this reason concerns (the missing target, the vetoing policy, the dependent object, ...). */
  uuids: string[];
  /**
   * Whether it is why the decision got its action; a decision lists these first. False: a fact that did not
   * decide it (a new object that is skipped, what a written object's owner will be, ...). Blocking problems: true.
   */
  decisive: boolean;
}

export interface StagedObject {
  /** 1-based line of the record in objects.ndjson. */
  line: number;
  record: ArchiveRecord;
  /** contentDigest(record), computed once at staging. */
  contentDigest: string;
  /**
   * ASSET: its attributes' profile (computed at staging), which validationRule checks against its type; absent
   * means "from record.attributes", null means unknown (the values were not read): not checked.
   */
  attributeProfile?: [name: string, bits: number][] | null;
}

/** What the registry holds under a UUID, as far as planning needs to know. */
export interface ExistingObject {
  uuid: string;
  kind: ObjectKind;
  name: string;
  /** ISO 8601 UTC with milliseconds, same form as archive timestamps. */
  timestamp: string;
  contentDigest: string;
  ownerUuid: string | null;
  organizationUuid: string | null;
  /** The `editable` protection flag of an object that itself came from an archive. */
  editable: boolean;
  /** GROUP only: a system group (e.g. "Everyone"), which an import never replaces. Absent means false. */
  system?: boolean;
  /** USER and GROUP: the roles it carries (a user's own, not its groups'). Absent means none. */
  roles?: Role[];
  /** USER only: the groups it belongs to. Absent means none. */
  groups?: string[];
  /** OBJECT_TYPE only: its attribute definitions (validationRule checks assets against them). */
  attributeDefinitions?: AttributeDefinition[];
  /** ASSET only: its object type (validationRule: a previous version is an asset of the same type). */
  objectType?: string;
}

export interface LifecycleModelView {
  uuid: string;
  status: LifecycleModelStatus;
  states: { uuid: string; name: string }[];
  initialState: string;
  objectTypes: string[];
}

export interface PolicyView {
  uuid: string;
  name: string;
  fields: PolicyFields;
}

/** A read view of the target registry, preloaded by the caller for every UUID the staged objects mention. */
export interface RegistryView {
  /** This registry's address (REGISTRY_ADDRESS): stage restrictions are matched against it. */
  address: string;
  get(uuid: string): ExistingObject | undefined;
  /** The registry's objects of this kind with exactly this name (any UUID), for every kind and name staged. */
  namesakes(kind: ObjectKind, name: string): ExistingObject[];
  lifecycleModel(uuid: string): LifecycleModelView | undefined;
  /** The PRODUCTIVE (else RETIRED) model of the registry that lists this object type; NEW models govern nothing. */
  governingModel(objectTypeUuid: string): LifecycleModelView | undefined;
  /** Enabled policies of the registry, in priority order. */
  policies(): PolicyView[];
}

/** The user importing, with their rights preloaded. */
export interface Actor {
  uuid: string;
  name: string;
  hasRole(role: Role): boolean;
  /**
   * CREATE right for a type key within an organization. The type key is the object type UUID for assets and
   * the kind name (e.g. "PACKAGE") for other kinds. Administrators can create anything.
   */
  canCreate(typeKey: string, organizationUuid: string | null): boolean;
  /** EDIT right on an existing registry object (owner, grant, group grant, organization grant or admin). */
  canEdit(uuid: string): boolean;
  /**
   * VIEW right on an existing registry object. The planner sees the registry through it: an object the importer
   * may not view is, in every decision and reason, as if absent, and is refused neutrally (hiddenObjectRule).
   */
  canView(uuid: string): boolean;
}

export interface PlanOptions {
  allowReplace: boolean;
  keepCurrentOwner: boolean;
  importUserGroups: boolean;
  keepLifecycleState: boolean;
  /** Only affects trust of the signer at commit; the planner ignores it. */
  trustProvider: boolean;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  allowReplace: false,
  keepCurrentOwner: false,
  importUserGroups: false,
  keepLifecycleState: false,
  trustProvider: false,
};

export interface PlanInput {
  objects: StagedObject[];
  /** The UUID of the organization when the archive is a complete organization export (policies do not fire). */
  completeOrganization: string | null;
  protection: ProtectionFlags;
  registry: RegistryView;
  actor: Actor;
  options: PlanOptions;
  /** Explicitly selected UUIDs; null means the default selection (objects absent from or newer than the registry). */
  selection: string[] | null;
  /**
   * The objects the export was asked for (the manifest's options.objects). A group the export pulled in only
   * because a user of the archive belongs to it follows importUserGroups; one asked for does not. Absent: unknown.
   */
  exportedObjects?: readonly string[] | null;
  /** How far in the future a record's timestamp may be (futureTimestampRule); default: a day, warned about. */
  futureTimestamps?: FutureTimestampPolicy;
}

export interface FutureTimestampPolicy {
  /** The instant planning compares with (ms since the epoch), fixed for the whole plan. */
  now: number;
  maxSkewSeconds: number;
  /** REJECT such objects instead of warning. */
  refuse: boolean;
}

export interface ResolvedReference {
  name: string;
  target: string;
  resolution: ReferenceResolution;
}

/** What a CREATE or REPLACE will write, beyond the record itself. */
export interface WriteOutcome {
  ownerUuid: string;
  lifecycle: { model: string; state: string } | null;
  /** The previous-version link kept, or null when the object is imported standalone. */
  previousVersion: string | null;
  /**
   * Attributes after policy SET_ATTRIBUTE actions when those changed them; null means the record's own
   * attributes, unchanged (the planner need not hold them: the commit reads them from the staged record).
   */
  attributes: Record<string, unknown> | null;
  /** USER only: the group memberships that will hold in the target. */
  groups: string[] | null;
}

export interface Decision {
  uuid: string;
  kind: ObjectKind;
  name: string;
  line: number;
  action: ImportAction;
  reasons: Reason[];
  selectedByDefault: boolean;
  /** In the effective selection (explicit, or default when no selection was given). */
  selected: boolean;
  /** UUIDs of written objects that pulled this unselected object in to resolve their links: the first 100. */
  includedBy: string[];
  /** How many written objects pulled it in. */
  includedByCount: number;
  existing: { timestamp: string } | null;
  references: ResolvedReference[];
  /** Set for CREATE and REPLACE. */
  outcome: WriteOutcome | null;
}

export interface Plan {
  /** One per staged object, in archive order. */
  decisions: Decision[];
  /** Problems that make the whole import fail (e.g. OWNER_NOT_FOUND); commit refuses while any exist. */
  blocking: Reason[];
  counts: ActionCounts;
  /** The decisions by action and kind, and by action and reason code. Derived from the decisions (not digested). */
  breakdown: PlanBreakdown;
  /** SHA-256 over the decisions and blocking problems: equal digests mean equal plans. */
  digest: string;
}
