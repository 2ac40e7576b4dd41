import jsonLogic from 'json-logic-js';
import type { PolicyAction, PolicyFields } from '../domain/kindFields.js';
import { PolicyActionType, type PolicyEvent } from '../domain/objectKind.js';
import { type ConditionTooComplex, conditionTooComplex } from './conditionBounds.js';

/** The facts a policy condition may read. Conditions are JsonLogic: data, never evaluated code. */
export interface PolicySubject {
  uuid: string;
  kind: string;
  name: string;
  description: string | null;
  version: string | null;
  objectType: string | null;
  lifecycleState: string | null;
  attributes: Record<string, unknown>;
}

export interface PolicyDefinition {
  uuid: string;
  name: string;
  fields: PolicyFields;
}

export interface PolicyVeto {
  policyUuid: string;
  policyName: string;
  message: string;
  /** Set when the policy was not evaluated at all: its stored condition breaks this bound (storedConditionBound). */
  tooComplex?: ConditionTooComplex;
}

export interface PolicyEffect {
  policyUuid: string;
  policyName: string;
  event: PolicyEvent;
  action: PolicyAction;
}

export interface PolicyOutcome {
  vetoes: PolicyVeto[];
  effects: PolicyEffect[];
  /** The subject after SET_ATTRIBUTE / SET_LIFECYCLE_STATE effects. */
  subject: PolicySubject;
}

/** Whether a policy fires for this event and object type. */
export function policyApplies(policy: PolicyDefinition, event: PolicyEvent, objectType: string | null): boolean {
  const f = policy.fields;
  return f.enabled && f.events.includes(event) && objectType !== null && f.objectTypes.includes(objectType);
}

/** Whether a well-formed JsonLogic condition holds; a null condition always holds. */
export function conditionHolds(condition: unknown, subject: PolicySubject): boolean {
  if (condition === null || condition === undefined) return true;
  return jsonLogic.truthy(jsonLogic.apply(condition as jsonLogic.RulesLogic, subject));
}

/** The bound each stored condition object breaks, checked once per loaded condition (every asset of an import asks). */
const boundsChecked = new WeakMap<object, ConditionTooComplex | null>();

/**
 * The bound a stored condition breaks, or null. Conditions are bounded when written (conditionBounds.ts), but a
 * policy stored before the bounds existed may hold anything: evaluation checks again rather than trust the row.
 */
export function storedConditionBound(condition: unknown): ConditionTooComplex | null {
  if (condition === null || typeof condition !== 'object') return conditionTooComplex(condition);
  let found = boundsChecked.get(condition);
  if (found === undefined) {
    found = conditionTooComplex(condition);
    boundsChecked.set(condition, found);
  }
  return found;
}

/**
 * Runs the policies for a sequence of events (e.g. PRE_CREATE then POST_CREATE) over one object. Pure: the
 * caller applies the returned subject. A REJECT in any fired policy is a veto; later effects still run so the
 * caller can report everything at once. A policy whose stored condition breaks a bound of conditionBounds.ts is
 * never evaluated: it is a veto with `tooComplex` set, so evaluation costs at most what the bounds allow.
 */
export function runPolicies(
  policies: readonly PolicyDefinition[],
  events: readonly PolicyEvent[],
  initial: PolicySubject,
): PolicyOutcome {
  let subject: PolicySubject = { ...initial, attributes: { ...initial.attributes } };
  const vetoes: PolicyVeto[] = [];
  const effects: PolicyEffect[] = [];
  const ordered = [...policies].sort((a, b) => a.fields.priority - b.fields.priority);
  for (const event of events) {
    for (const policy of ordered) {
      if (!policyApplies(policy, event, subject.objectType)) continue;
      // A policy that applies but cannot be evaluated within the bounds refuses: it may have been a veto.
      const tooComplex = storedConditionBound(policy.fields.condition);
      if (tooComplex) {
        const message = `its stored condition ${tooComplex.message}, so it is not evaluated; an administrator must simplify it`;
        vetoes.push({ policyUuid: policy.uuid, policyName: policy.name, message, tooComplex });
        continue;
      }
      if (!conditionHolds(policy.fields.condition, subject)) continue;
      for (const action of policy.fields.actions) {
        effects.push({ policyUuid: policy.uuid, policyName: policy.name, event, action });
        subject = applyAction(subject, action, policy, vetoes);
      }
    }
  }
  return { vetoes, effects, subject };
}

function applyAction(
  subject: PolicySubject,
  action: PolicyAction,
  policy: PolicyDefinition,
  vetoes: PolicyVeto[],
): PolicySubject {
  switch (action.type) {
    case PolicyActionType.REJECT:
      vetoes.push({ policyUuid: policy.uuid, policyName: policy.name, message: action.message });
      return subject;
    case PolicyActionType.SET_ATTRIBUTE:
      return { ...subject, attributes: { ...subject.attributes, [action.attribute]: action.value } };
    case PolicyActionType.SET_LIFECYCLE_STATE:
      return { ...subject, lifecycleState: action.state };
  }
}
