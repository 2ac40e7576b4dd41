import type {
  AttributeDefinition,
  KindFieldsMap,
  LifecycleModelFields,
  PolicyAction,
  PolicyFields,
} from '../domain/kindFields.js';
import { ObjectKind, PolicyActionType } from '../domain/objectKind.js';
import type { ObjectRow } from './objectRow.js';

type Fields = Record<string, unknown>;

/** Keeps the first occurrence of each value: the record schemas forbid duplicates in UUID and enum lists. */
function unique<T>(values: unknown): T[] {
  return Array.isArray(values) ? [...new Set(values as T[])] : [];
}

function attributeDefinitions(f: Fields): KindFieldsMap['OBJECT_TYPE'] {
  const defs = (f.attributeDefinitions as AttributeDefinition[] | undefined) ?? [];
  return { attributeDefinitions: defs.map((d) => ({ name: d.name, type: d.type, required: Boolean(d.required) })) };
}

function lifecycleModel(f: Fields): LifecycleModelFields {
  const m = f as unknown as Partial<LifecycleModelFields>;
  return {
    status: m.status!,
    states: (m.states ?? []).map((s) => ({ uuid: s.uuid, name: s.name, stages: unique<string>(s.stages) })),
    initialState: m.initialState!,
    endStates: unique<string>(m.endStates),
    transitions: (m.transitions ?? []).map((t) => ({ from: t.from, to: t.to })),
    objectTypes: unique<string>(m.objectTypes),
  };
}

/** Exactly the properties of the action's type; the API drops a null SET_ATTRIBUTE value, the schema needs it. */
function policyAction(a: PolicyAction): PolicyAction {
  switch (a.type) {
    case PolicyActionType.REJECT:
      return { type: a.type, message: a.message ?? '' };
    case PolicyActionType.SET_ATTRIBUTE:
      return { type: a.type, attribute: a.attribute, value: a.value ?? null };
    default:
      return { type: a.type, state: a.state };
  }
}

function policy(f: Fields): PolicyFields {
  const p = f as unknown as Partial<PolicyFields>;
  return {
    events: unique(p.events),
    objectTypes: unique<string>(p.objectTypes),
    condition: p.condition ?? null,
    actions: (p.actions ?? []).map(policyAction),
    enabled: Boolean(p.enabled),
    priority: p.priority ?? 0,
  };
}

/**
 * The kind's own fields of a row in exactly the shape its record schema (record.<KIND>.schema.json) allows:
 * every documented property present, nothing else. Pure, so equal rows always give equal fields.
 */
export function archiveFieldsOf(row: Pick<ObjectRow, 'kind' | 'fields' | 'objectTypeUuid'>): KindFieldsMap[ObjectKind] {
  const f = row.fields;
  switch (row.kind) {
    case ObjectKind.ORGANIZATION:
      return {};
    case ObjectKind.USER:
      return { email: (f.email as string | null | undefined) ?? null, roles: unique(f.roles), groups: unique<string>(f.groups) };
    case ObjectKind.GROUP:
      return { system: Boolean(f.system), roles: unique(f.roles) };
    case ObjectKind.OBJECT_TYPE:
      return attributeDefinitions(f);
    case ObjectKind.ASSET:
      return { objectType: ((f.objectType as string | undefined) ?? row.objectTypeUuid)! };
    case ObjectKind.LIFECYCLE_MODEL:
      return lifecycleModel(f);
    case ObjectKind.LIFECYCLE_STAGE:
      return { address: f.address as string };
    case ObjectKind.POLICY:
      return policy(f);
    case ObjectKind.PACKAGE:
      return { members: unique<string>(f.members) };
  }
}
