import { describe, expect, it } from 'vitest';
import type { PolicyAction } from '../../src/domain/kindFields.js';
import { PolicyActionType, PolicyEvent } from '../../src/domain/objectKind.js';
import { at, records } from '../fixtures/records.js';
import { existing, expectPlan, refer, registry } from './planHarness.js';

const type = records.objectType();
const policy = (events: PolicyEvent[], ...actions: PolicyAction[]) =>
  records.policy({ name: 'guard', fields: { events, objectTypes: [type.uuid], actions } });
const veto = (event = PolicyEvent.PRE_CREATE) => policy([event], { type: PolicyActionType.REJECT, message: 'needs review' });
const asset = () => records.asset(type.uuid);

describe('policy rule', () => {
  it('a pre-create policy veto rejects a new asset with the policy message', () => {
    const p = veto();
    const a = asset();
    const plan = expectPlan([a], { registry: registry(type, p) }).toDecideAll([a, 'REJECT']);
    expect(plan.reason(a, 'POLICY_VETO')).toMatchObject({ severity: 'ERROR', uuids: [p.uuid] });
    expect(plan.reason(a, 'POLICY_VETO').message).toContain('needs review');
  });

  it('a stored policy beyond the condition bounds is not evaluated: it rejects the asset, naming the bound it breaks', () => {
    const setsTier = { type: PolicyActionType.SET_ATTRIBUTE, attribute: 'tier', value: 'gold' } as const;
    const p = policy([PolicyEvent.PRE_CREATE], setsTier);
    p.fields.condition = { in: [{ var: 'name' }, Array.from({ length: 600 }, (_, i) => `n${i}`)] }; // stored before the bounds
    const a = asset();
    const plan = expectPlan([a], { registry: registry(type, p) }).toDecideAll([a, 'REJECT']);
    expect(plan.reason(a, 'POLICY_VETO')).toMatchObject({ severity: 'ERROR', uuids: [p.uuid] });
    expect(plan.reason(a, 'POLICY_VETO').message).toContain('maxConditionNodes');
  });

  it('policy veto cascades to dependents', () => {
    const a = asset();
    const pkg = records.package([a.uuid]);
    const dependent = refer(records.package([]), pkg);
    expectPlan([a, pkg, dependent], { registry: registry(type, veto()) })
      .toDecideAll([a, 'REJECT'], [pkg, 'SKIP'], [dependent, 'SKIP'])
      .toHaveReasons(dependent, 'DEPENDENCY_NOT_IMPORTED', 'NEW_OBJECT');
  });

  it('replaced assets run update policies, not create policies', () => {
    const a = records.asset(type.uuid, { timestamp: at(9) });
    const registered = () => registry(type).with(existing(a, { timestamp: at(1) }));
    expectPlan([a], { registry: registered().with(veto(PolicyEvent.PRE_CREATE)) }).toDecideAll([a, 'REPLACE']);
    expectPlan([a], { registry: registered().with(veto(PolicyEvent.PRE_UPDATE)) }).toDecideAll([a, 'REJECT']);
  });

  it('policy effects set attributes and the lifecycle state, reported as applied', () => {
    const m = records.lifecycleModel({ fields: { objectTypes: [type.uuid] } });
    const target = m.fields.states[1].uuid;
    const p = policy(
      [PolicyEvent.POST_CREATE],
      { type: PolicyActionType.SET_ATTRIBUTE, attribute: 'tier', value: 'gold' },
      { type: PolicyActionType.SET_LIFECYCLE_STATE, state: target },
    );
    const a = records.asset(type.uuid, { attributes: { endpoint: 'https://x.test' } });
    const plan = expectPlan([a], { registry: registry(type, m, p) });
    expect(plan.outcomeOf(a)).toMatchObject({ attributes: { endpoint: 'https://x.test', tier: 'gold' }, lifecycle: { model: m.uuid, state: target } });
    expect(plan.reasonsOf(a).filter((c) => c === 'POLICY_APPLIED')).toHaveLength(2);
  });

  it('outcome attributes are null (the record\'s own) unless policy effects changed them', () => {
    const other = records.objectType();
    const untouched = records.asset(other.uuid, { attributes: { endpoint: 'https://other.test' } });
    const same = policy([PolicyEvent.POST_CREATE], { type: PolicyActionType.SET_ATTRIBUTE, attribute: 'tier', value: 'gold' });
    const already = records.asset(type.uuid, { attributes: { tier: 'gold' } });
    const plan = expectPlan([untouched, already], { registry: registry(type, other, same) });
    expect(plan.outcomeOf(untouched).attributes).toBeNull();
    expect(plan.outcomeOf(already).attributes).toBeNull(); // the policy fired, but set what was there
    expect(plan.reasonsOf(already)).toContain('POLICY_APPLIED');
    const noPolicy = expectPlan([already], { registry: registry(type) });
    expect(noPolicy.outcomeOf(already).attributes).toBeNull();
  });

  it('a lifecycle state set by a policy needs a governing model', () => {
    const p = policy([PolicyEvent.POST_CREATE], { type: PolicyActionType.SET_LIFECYCLE_STATE, state: 'live' });
    const a = asset();
    const plan = expectPlan([a], { registry: registry(type, p) });
    expect(plan.outcomeOf(a).lifecycle).toBeNull();
    expect(plan.reason(a, 'POLICY_APPLIED').message).toMatch(/no lifecycle model governs/);
  });

  it('complete organization skips policies', () => {
    const a = asset();
    const plan = expectPlan([a], { registry: registry(type, veto()), completeOrganization: 'org-uuid' });
    plan.toDecideAll([a, 'CREATE']).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'POLICIES_SKIPPED_COMPLETE_ORGANIZATION');
  });

  it('policies arriving in the same archive do not fire', () => {
    const p = veto();
    const a = asset();
    expectPlan([p, a], { registry: registry(type) }).toDecideAll([p, 'CREATE'], [a, 'CREATE']);
  });

  it('policies fire only for assets of the types they list', () => {
    const other = records.objectType();
    const a = records.asset(other.uuid);
    expectPlan([a], { registry: registry(type, other, veto()) }).toDecideAll([a, 'CREATE']);
  });

  it('a policy condition is evaluated over the asset', () => {
    const p = veto();
    p.fields.condition = { '==': [{ var: 'attributes.tier' }, 'gold'] };
    const gold = records.asset(type.uuid, { attributes: { tier: 'gold' } });
    const plain = asset();
    expectPlan([gold, plain], { registry: registry(type, p) }).toDecideAll([gold, 'REJECT'], [plain, 'CREATE']);
  });
});
