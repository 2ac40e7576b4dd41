/** Every importable thing in a registry is a registry object of one of these kinds. */
export enum ObjectKind {
  OBJECT_TYPE = 'OBJECT_TYPE',
  ASSET = 'ASSET',
  ORGANIZATION = 'ORGANIZATION',
  USER = 'USER',
  GROUP = 'GROUP',
  LIFECYCLE_MODEL = 'LIFECYCLE_MODEL',
  LIFECYCLE_STAGE = 'LIFECYCLE_STAGE',
  POLICY = 'POLICY',
  PACKAGE = 'PACKAGE',
}

export const OBJECT_KINDS = Object.values(ObjectKind) as ObjectKind[];

export enum Role {
  REGISTRY_ADMINISTRATOR = 'REGISTRY_ADMINISTRATOR',
  TYPE_ADMINISTRATOR = 'TYPE_ADMINISTRATOR',
}

export enum Right {
  VIEW = 'VIEW',
  EDIT = 'EDIT',
  CREATE = 'CREATE',
}

export enum AttributeType {
  STRING = 'STRING',
  INTEGER = 'INTEGER',
  NUMBER = 'NUMBER',
  BOOLEAN = 'BOOLEAN',
  DATE = 'DATE',
  URL = 'URL',
}

export enum LifecycleModelStatus {
  NEW = 'NEW',
  PRODUCTIVE = 'PRODUCTIVE',
  RETIRED = 'RETIRED',
}

export enum PolicyEvent {
  PRE_CREATE = 'PRE_CREATE',
  POST_CREATE = 'POST_CREATE',
  PRE_UPDATE = 'PRE_UPDATE',
  POST_UPDATE = 'POST_UPDATE',
}

export enum PolicyActionType {
  REJECT = 'REJECT',
  SET_ATTRIBUTE = 'SET_ATTRIBUTE',
  SET_LIFECYCLE_STATE = 'SET_LIFECYCLE_STATE',
}
