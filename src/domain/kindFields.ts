import type { AttributeType, LifecycleModelStatus, PolicyActionType, PolicyEvent, Role } from './objectKind.js';

/**
 * The fields each kind adds to the common registry-object columns. They are stored as JSON on the object row
 * and travel verbatim in archive records (`fields`), so every UUID in here is a link to another object.
 */
export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  required: boolean;
}

export interface ObjectTypeFields {
  attributeDefinitions: AttributeDefinition[];
}

export interface AssetFields {
  /** UUID of the OBJECT_TYPE this asset is an instance of. */
  objectType: string;
}

export type OrganizationFields = Record<string, never>;

export interface UserFields {
  email: string | null;
  roles: Role[];
  /** UUIDs of the GROUP objects this user belongs to. */
  groups: string[];
}

export interface GroupFields {
  /** System groups (e.g. "Everyone") exist in every registry and are never imported. */
  system: boolean;
  roles: Role[];
}

export interface LifecycleStateDefinition {
  uuid: string;
  name: string;
  /** UUIDs of LIFECYCLE_STAGE objects: the registries an object in this state may be promoted to. */
  stages: string[];
}

export interface LifecycleTransition {
  from: string;
  to: string;
}

export interface LifecycleModelFields {
  status: LifecycleModelStatus;
  states: LifecycleStateDefinition[];
  initialState: string;
  endStates: string[];
  transitions: LifecycleTransition[];
  /** UUIDs of the OBJECT_TYPEs this model governs. */
  objectTypes: string[];
}

export interface LifecycleStageFields {
  /** Address of the registry that hosts this stage (its REGISTRY_ADDRESS). */
  address: string;
}

export type PolicyAction =
  | { type: PolicyActionType.REJECT; message: string }
  | { type: PolicyActionType.SET_ATTRIBUTE; attribute: string; value: unknown }
  | { type: PolicyActionType.SET_LIFECYCLE_STATE; state: string };

export interface PolicyFields {
  events: PolicyEvent[];
  /** UUIDs of the OBJECT_TYPEs whose assets this policy fires for. */
  objectTypes: string[];
  /** A JsonLogic expression over `{ name, description, kind, version, attributes, lifecycleState }`; null always matches. */
  condition: unknown;
  actions: PolicyAction[];
  enabled: boolean;
  /** Lower runs first. */
  priority: number;
}

export interface PackageFields {
  /** UUIDs of the objects this package contains. */
  members: string[];
}

export interface KindFieldsMap {
  OBJECT_TYPE: ObjectTypeFields;
  ASSET: AssetFields;
  ORGANIZATION: OrganizationFields;
  USER: UserFields;
  GROUP: GroupFields;
  LIFECYCLE_MODEL: LifecycleModelFields;
  LIFECYCLE_STAGE: LifecycleStageFields;
  POLICY: PolicyFields;
  PACKAGE: PackageFields;
}

export type KindFields = KindFieldsMap[keyof KindFieldsMap];
