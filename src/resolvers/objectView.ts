import type {
  LifecycleModelFields,
  PolicyAction,
  PolicyFields,
} from '../domain/kindFields.js';
import type { ObjectKind } from '../domain/objectKind.js';
import type { ViewedObjectRow } from '../registry/objectViewRows.js';

/**
 * The value GraphQL resolvers hand around for a registry object: the row's columns with the kind's own fields
 * flattened under the names the schema uses. Relations stay UUIDs; field resolvers load them in batches.
 */
export type ObjectView = Record<string, unknown> & {
  uuid: string;
  kind: ObjectKind;
  ownerUuid: string | null;
  organizationUuid: string | null;
  objectTypeUuid: string | null;
  previousVersionUuid: string | null;
  lifecycleModelUuid: string | null;
  lifecycleStateUuid: string | null;
  /** Undefined when the object was read without them (the explorer's pages): Loaders.attributes reads them. */
  attributes: Record<string, unknown> | undefined;
  protection: { viewContent: boolean; rePackageable: boolean; editable: boolean };
};

export function lifecycleStatesView(modelUuid: string, f: LifecycleModelFields) {
  return f.states.map((s) => ({
    uuid: s.uuid,
    name: s.name,
    modelUuid,
    initial: s.uuid === f.initialState,
    end: f.endStates.includes(s.uuid),
    stageUuids: s.stages,
  }));
}

function kindFieldsView(e: ViewedObjectRow): Record<string, unknown> {
  const f = e.fields as Record<string, never>;
  switch (e.kind) {
    case 'OBJECT_TYPE':
      return { attributeDefinitions: f.attributeDefinitions ?? [] };
    case 'USER':
      return { email: f.email ?? null, ownRoles: f.roles ?? [], groupUuids: f.groups ?? [] };
    case 'GROUP':
      return { system: Boolean(f.system), roles: f.roles ?? [] };
    case 'LIFECYCLE_MODEL': {
      const m = e.fields as unknown as LifecycleModelFields;
      return {
        status: m.status,
        states: lifecycleStatesView(e.uuid, m),
        transitions: m.transitions.map((t) => ({ fromUuid: t.from, toUuid: t.to })),
        objectTypeUuids: m.objectTypes,
      };
    }
    case 'LIFECYCLE_STAGE':
      return { address: f.address };
    case 'POLICY': {
      const p = e.fields as unknown as PolicyFields;
      return {
        events: p.events,
        objectTypeUuids: p.objectTypes,
        condition: p.condition ?? null,
        actions: p.actions.map((a: PolicyAction) => ({ message: null, attribute: null, value: null, state: null, ...a })),
        enabled: p.enabled,
        priority: p.priority,
      };
    }
    case 'PACKAGE':
      return { memberUuids: f.members ?? [] };
    default:
      return {};
  }
}

export function toObjectView(e: ViewedObjectRow): ObjectView {
  return {
    ...kindFieldsView(e),
    uuid: e.uuid,
    kind: e.kind,
    name: e.name,
    description: e.description,
    createdAt: e.createdAt,
    timestamp: e.timestamp,
    ownerUuid: e.ownerUuid,
    organizationUuid: e.organizationUuid,
    objectTypeUuid: e.objectTypeUuid,
    version: e.version,
    previousVersionUuid: e.previousVersionUuid,
    lifecycleModelUuid: e.lifecycleModelUuid,
    lifecycleStateUuid: e.lifecycleStateUuid,
    attributes: e.attributes,
    protection: { viewContent: e.viewContent, rePackageable: e.rePackageable, editable: e.editable },
  };
}
