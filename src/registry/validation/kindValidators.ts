import jsonLogic from 'json-logic-js';
import type {
  AttributeDefinition,
  LifecycleModelFields,
  PolicyFields,
} from '../../domain/kindFields.js';
import {
  AttributeType,
  LifecycleModelStatus,
  ObjectKind,
  PolicyActionType,
  PolicyEvent,
  Role,
} from '../../domain/objectKind.js';
import { conditionTooComplex } from '../../policies/conditionBounds.js';
import { isObjectUuid, type ObjectDraft } from '../objectDraft.js';
import { expectLink, type ExpectedLink, type LinkLookup } from './linkedObjects.js';
import type { Problems } from './problems.js';

/**
 * Per-kind rules: `links` names what a draft points at (checked for existence and kind by the caller in one
 * query), `check` validates the kind's own fields once those links are loaded.
 */
export interface KindValidator {
  links(d: ObjectDraft): ExpectedLink[];
  check(d: ObjectDraft, linked: LinkLookup, problems: Problems): void;
}

const { OBJECT_TYPE, ASSET, GROUP, LIFECYCLE_STAGE } = ObjectKind;

function uuidList(value: unknown, path: string, problems: Problems): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !isObjectUuid(v))) {
    problems.add(path, 'must be a list of UUIDs');
    return [];
  }
  return value as string[];
}

function enumList<T extends string>(value: unknown, allowed: Record<string, T>, path: string, problems: Problems): T[] {
  const values = Object.values(allowed) as string[];
  if (!Array.isArray(value) || value.some((v) => !values.includes(v))) {
    problems.add(path, `must be a list of ${values.join(', ')}`);
    return [];
  }
  return value as T[];
}

const objectType: KindValidator = {
  links: () => [],
  check(d, _linked, problems) {
    const defs = d.fields.attributeDefinitions as AttributeDefinition[] | undefined;
    if (!Array.isArray(defs)) return problems.add('fields.attributeDefinitions', 'is required');
    const seen = new Set<string>();
    defs.forEach((def, i) => {
      if (!def?.name || !/^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/.test(def.name)) problems.add(`fields.attributeDefinitions[${i}].name`, 'must be an identifier');
      if (seen.has(def?.name)) problems.add(`fields.attributeDefinitions[${i}].name`, `duplicate attribute ${def.name}`);
      seen.add(def?.name);
      if (!Object.values(AttributeType).includes(def?.type)) problems.add(`fields.attributeDefinitions[${i}].type`, 'unknown attribute type');
      if (typeof def?.required !== 'boolean') problems.add(`fields.attributeDefinitions[${i}].required`, 'must be a boolean');
    });
  },
};

/**
 * Date.parse accepts no string without an ASCII digit (a date has a year), but its legacy parser reads a long text
 * to its end before it says so: every string attribute is checked as a DATE when staged, and a kilobyte of notes
 * cost 2.5-4.5 µs there against 0.6 µs for this test, about a tenth of staging 100k such objects.
 * test/registry/attributeProfile.test.ts holds it to Date.parse.
 */
const HAS_DIGIT = /[0-9]/;

const attributeChecks: Record<AttributeType, (v: unknown) => boolean> = {
  STRING: (v) => typeof v === 'string',
  INTEGER: (v) => Number.isInteger(v),
  NUMBER: (v) => typeof v === 'number' && Number.isFinite(v),
  BOOLEAN: (v) => typeof v === 'boolean',
  DATE: (v) => typeof v === 'string' && HAS_DIGIT.test(v) && !Number.isNaN(Date.parse(v)),
  URL: (v) => typeof v === 'string' && URL.canParse(v),
};

const ATTRIBUTE_TYPES = Object.values(AttributeType);
/** The profile bit of a null value; attribute type i is bit 2^i. */
const NULL_BIT = 1 << ATTRIBUTE_TYPES.length;

/**
 * Attribute values reduced to what validation against any object type needs: per attribute name, a bit for each
 * attribute type its value satisfies (and one for null). An import computes it when it stages a record, so a plan
 * can check an asset against whichever version of its type will hold without keeping the values.
 */
export type AttributeProfile = [name: string, bits: number][];

export function attributeProfile(attributes: Record<string, unknown>): AttributeProfile {
  return Object.entries(attributes).map(([name, value]) => {
    if (value === null) return [name, NULL_BIT];
    let bits = 0;
    ATTRIBUTE_TYPES.forEach((type, i) => {
      if (attributeChecks[type](value)) bits |= 1 << i;
    });
    return [name, bits];
  });
}

/** An asset's attributes against its type's definitions: undefined attributes, wrong types, required ones missing. */
export function checkAttributes(profile: AttributeProfile, defs: readonly AttributeDefinition[], problems: Problems): void {
  const byName = new Map(defs.map((def) => [def.name, def]));
  const present = new Set<string>();
  for (const [name, bits] of profile) {
    const def = byName.get(name);
    if (bits !== NULL_BIT) present.add(name);
    if (!def) problems.add(`attributes.${name}`, 'is not defined by the object type');
    else if (bits !== NULL_BIT && (bits & (1 << ATTRIBUTE_TYPES.indexOf(def.type))) === 0) {
      problems.add(`attributes.${name}`, `must be a ${def.type}`);
    }
  }
  for (const def of defs) {
    if (def.required && !present.has(def.name)) problems.add(`attributes.${def.name}`, 'is required by the object type');
  }
}

/** A state (set by a move or a policy) must belong to the asset's lifecycle model. */
function checkLifecycleState(d: ObjectDraft, linked: LinkLookup, problems: Problems): void {
  if (!d.lifecycleStateUuid) return;
  const model = d.lifecycleModelUuid ? linked.get(d.lifecycleModelUuid) : undefined;
  const states = (model?.fields as unknown as LifecycleModelFields | undefined)?.states ?? [];
  if (!states.some((s) => s.uuid === d.lifecycleStateUuid)) {
    problems.add('lifecycleState', `${d.lifecycleStateUuid} is not a state of the asset's lifecycle model`);
  }
}

const asset: KindValidator = {
  links(d) {
    const links: ExpectedLink[] = [];
    expectLink(links, 'fields.objectType', d.fields.objectType, OBJECT_TYPE);
    expectLink(links, 'previousVersion', d.previousVersionUuid, ASSET);
    expectLink(links, 'lifecycleModel', d.lifecycleModelUuid, ObjectKind.LIFECYCLE_MODEL);
    return links;
  },
  check(d, linked, problems) {
    if (typeof d.fields.objectType !== 'string') return problems.add('fields.objectType', 'is required');
    const type = linked.get(d.fields.objectType);
    if (d.previousVersionUuid && linked.get(d.previousVersionUuid)?.objectTypeUuid !== d.fields.objectType) {
      problems.add('previousVersion', 'must be a version of an asset of the same type');
    }
    checkLifecycleState(d, linked, problems);
    if (!type) return;
    checkAttributes(attributeProfile(d.attributes), (type.fields.attributeDefinitions as AttributeDefinition[]) ?? [], problems);
  },
};

const user: KindValidator = {
  links(d) {
    const links: ExpectedLink[] = [];
    (Array.isArray(d.fields.groups) ? d.fields.groups : []).forEach((g, i) => expectLink(links, `fields.groups[${i}]`, g, GROUP));
    return links;
  },
  check(d, _linked, problems) {
    uuidList(d.fields.groups, 'fields.groups', problems);
    enumList(d.fields.roles, Role, 'fields.roles', problems);
    const email = d.fields.email;
    if (email !== null && email !== undefined && (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email))) {
      problems.add('fields.email', 'must be an e-mail address');
    }
  },
};

const group: KindValidator = {
  links: () => [],
  check(d, _linked, problems) {
    if (typeof d.fields.system !== 'boolean') problems.add('fields.system', 'must be a boolean');
    enumList(d.fields.roles, Role, 'fields.roles', problems);
  },
};

const lifecycleModel: KindValidator = {
  links(d) {
    const f = d.fields as unknown as LifecycleModelFields;
    const links: ExpectedLink[] = [];
    (Array.isArray(f.objectTypes) ? f.objectTypes : []).forEach((t, i) => expectLink(links, `fields.objectTypes[${i}]`, t, OBJECT_TYPE));
    (Array.isArray(f.states) ? f.states : []).forEach((s, i) =>
      (Array.isArray(s?.stages) ? s.stages : []).forEach((st, j) => expectLink(links, `fields.states[${i}].stages[${j}]`, st, LIFECYCLE_STAGE)),
    );
    return links;
  },
  check(d, _linked, problems) {
    const f = d.fields as unknown as LifecycleModelFields;
    if (!Object.values(LifecycleModelStatus).includes(f.status)) problems.add('fields.status', 'must be NEW, PRODUCTIVE or RETIRED');
    if (!Array.isArray(f.states) || f.states.length === 0) return problems.add('fields.states', 'at least one state is required');
    const ids = new Set<string>();
    f.states.forEach((s, i) => {
      if (!s?.uuid || !isObjectUuid(s.uuid)) problems.add(`fields.states[${i}].uuid`, 'must be a UUID');
      if (!s?.name) problems.add(`fields.states[${i}].name`, 'is required');
      if (ids.has(s?.uuid)) problems.add(`fields.states[${i}].uuid`, 'duplicate state');
      ids.add(s?.uuid);
    });
    if (!ids.has(f.initialState)) problems.add('fields.initialState', 'must be one of the states');
    uuidList(f.endStates, 'fields.endStates', problems).forEach((s, i) => ids.has(s) || problems.add(`fields.endStates[${i}]`, 'must be one of the states'));
    if (!Array.isArray(f.transitions)) problems.add('fields.transitions', 'is required');
    else f.transitions.forEach((t, i) => (ids.has(t?.from) && ids.has(t?.to)) || problems.add(`fields.transitions[${i}]`, 'must connect two states of the model'));
    uuidList(f.objectTypes, 'fields.objectTypes', problems);
  },
};

const lifecycleStage: KindValidator = {
  links: () => [],
  check(d, _linked, problems) {
    if (typeof d.fields.address !== 'string' || !URL.canParse(d.fields.address)) problems.add('fields.address', 'must be a registry URL');
  },
};

/**
 * A condition must be within the bounds of conditionBounds.ts (checked first: evaluating an unbounded one is what
 * the bounds prevent), and JsonLogic using known operations: evaluate it once against an empty subject.
 */
function checkCondition(condition: unknown, problems: Problems): void {
  const tooComplex = conditionTooComplex(condition);
  if (tooComplex) return problems.add('fields.condition', `is too complex: it ${tooComplex.message}`);
  if (!jsonLogic.is_logic(condition)) return problems.add('fields.condition', 'must be a JsonLogic expression or null');
  try {
    jsonLogic.apply(condition as jsonLogic.RulesLogic, { attributes: {} });
  } catch (err) {
    problems.add('fields.condition', `is not valid JsonLogic: ${(err as Error).message}`);
  }
}

const policy: KindValidator = {
  links(d) {
    const links: ExpectedLink[] = [];
    const types = d.fields.objectTypes;
    (Array.isArray(types) ? types : []).forEach((t, i) => expectLink(links, `fields.objectTypes[${i}]`, t, OBJECT_TYPE));
    return links;
  },
  check(d, _linked, problems) {
    const f = d.fields as unknown as PolicyFields;
    if (!enumList(f.events, PolicyEvent, 'fields.events', problems).length) problems.add('fields.events', 'at least one event is required');
    if (!uuidList(f.objectTypes, 'fields.objectTypes', problems).length) problems.add('fields.objectTypes', 'at least one object type is required');
    if (f.condition !== null && f.condition !== undefined) checkCondition(f.condition, problems);
    if (!Array.isArray(f.actions) || !f.actions.length) return problems.add('fields.actions', 'at least one action is required');
    f.actions.forEach((a, i) => {
      if (a?.type === PolicyActionType.REJECT && typeof a.message === 'string' && a.message) return;
      if (a?.type === PolicyActionType.SET_ATTRIBUTE && typeof a.attribute === 'string' && a.attribute) return;
      if (a?.type === PolicyActionType.SET_LIFECYCLE_STATE && typeof a.state === 'string' && isObjectUuid(a.state)) return;
      problems.add(`fields.actions[${i}]`, 'must be REJECT {message}, SET_ATTRIBUTE {attribute, value} or SET_LIFECYCLE_STATE {state}');
    });
    if (typeof f.enabled !== 'boolean') problems.add('fields.enabled', 'must be a boolean');
    if (!Number.isInteger(f.priority)) problems.add('fields.priority', 'must be an integer');
  },
};

const pkg: KindValidator = {
  links(d) {
    const links: ExpectedLink[] = [];
    const members = d.fields.members;
    (Array.isArray(members) ? members : []).forEach((m, i) => expectLink(links, `fields.members[${i}]`, m, ...Object.values(ObjectKind)));
    return links;
  },
  check(d, _linked, problems) {
    uuidList(d.fields.members, 'fields.members', problems);
  },
};

const organization: KindValidator = { links: () => [], check: () => undefined };

export const kindValidators: Record<ObjectKind, KindValidator> = {
  OBJECT_TYPE: objectType,
  ASSET: asset,
  ORGANIZATION: organization,
  USER: user,
  GROUP: group,
  LIFECYCLE_MODEL: lifecycleModel,
  LIFECYCLE_STAGE: lifecycleStage,
  POLICY: policy,
  PACKAGE: pkg,
};
