import { describe, expect, it } from 'vitest';
import { LifecycleModelStatus } from '../../src/domain/objectKind.js';
import { records } from '../fixtures/records.js';
import { expectPlan, registry } from './planHarness.js';

const type = records.objectType();
const model = (status = LifecycleModelStatus.PRODUCTIVE) => records.lifecycleModel({ fields: { status, objectTypes: [type.uuid] } });
const live = (m: ReturnType<typeof model>) => m.fields.states[1].uuid;
const initial = (m: ReturnType<typeof model>) => m.fields.initialState;
const inState = (m: ReturnType<typeof model>, state = live(m)) =>
  records.asset(type.uuid, { lifecycle: { model: m.uuid, state, stateName: 'Live', stageAddresses: [] } });
const keep = { keepLifecycleState: true };

describe('lifecycle rule', () => {
  it('keepLifecycleState keeps the state under the same productive model', () => {
    const m = model();
    const a = inState(m);
    const plan = expectPlan([a], { registry: registry(type, m), options: keep }).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'LIFECYCLE_STATE_KEPT');
    expect(plan.outcomeOf(a).lifecycle).toEqual({ model: m.uuid, state: live(m) });
  });

  it('a retired model keeps the state too', () => {
    const m = model(LifecycleModelStatus.RETIRED);
    const a = inState(m);
    const plan = expectPlan([a], { registry: registry(type, m), options: keep });
    expect(plan.outcomeOf(a).lifecycle).toEqual({ model: m.uuid, state: live(m) });
  });

  it('without keepLifecycleState the asset enters the initial state', () => {
    const m = model();
    const a = inState(m);
    const plan = expectPlan([a], { registry: registry(type, m) }).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'LIFECYCLE_INITIAL_STATE');
    expect(plan.outcomeOf(a).lifecycle).toEqual({ model: m.uuid, state: initial(m) });
  });

  it('a different governing model gives its initial state', () => {
    const exported = model();
    const here = model();
    const a = inState(exported);
    const plan = expectPlan([a], { registry: registry(type, here), options: keep });
    expect(plan.outcomeOf(a).lifecycle).toEqual({ model: here.uuid, state: initial(here) });
    expect(plan.reason(a, 'LIFECYCLE_INITIAL_STATE').message).toMatch(/not the one governing/);
  });

  it('a model in NEW status does not keep the state', () => {
    const fresh = model(LifecycleModelStatus.NEW);
    const here = model();
    const a = inState(fresh);
    const plan = expectPlan([a, fresh], { registry: registry(type, here), options: keep });
    plan.toDecideAll([fresh, 'CREATE']);
    expect(plan.outcomeOf(a).lifecycle).toEqual({ model: here.uuid, state: initial(here) });
    expect(plan.reason(a, 'LIFECYCLE_INITIAL_STATE').message).toMatch(/NEW status/);
  });

  it('a model in NEW status governs nothing: with no other model the state is ignored', () => {
    const fresh = model(LifecycleModelStatus.NEW);
    const a = inState(fresh);
    const plan = expectPlan([a, fresh], { registry: registry(type), options: keep }).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'LIFECYCLE_IGNORED');
    expect(plan.outcomeOf(a).lifecycle).toBeNull();
  });

  it('a state the governing model lacks gives the initial state', () => {
    const m = model();
    const a = inState(m, 'no-such-state');
    const plan = expectPlan([a], { registry: registry(type, m), options: keep });
    expect(plan.outcomeOf(a).lifecycle).toEqual({ model: m.uuid, state: initial(m) });
    expect(plan.reason(a, 'LIFECYCLE_INITIAL_STATE').message).toMatch(/no such state/);
  });

  it('no model for the type ignores the state information', () => {
    const a = inState(model());
    const plan = expectPlan([a], { registry: registry(type), options: keep }).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'LIFECYCLE_IGNORED');
    expect(plan.outcomeOf(a).lifecycle).toBeNull();
  });

  it('a model imported by the same archive governs the type', () => {
    const m = model();
    const a = inState(m);
    const plan = expectPlan([m, a], { registry: registry(type), options: keep }).toHaveReasons(a, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'LIFECYCLE_STATE_KEPT');
    expect(plan.outcomeOf(a).lifecycle).toEqual({ model: m.uuid, state: live(m) });
  });

  it("a model the archive turns back to NEW no longer governs, even though the registry's copy did", () => {
    const m = model(LifecycleModelStatus.NEW);
    m.timestamp = '2026-02-01T00:00:00.000Z';
    const registered = registry(type).with({ ...m, timestamp: '2026-01-15T00:00:00.000Z', fields: { ...m.fields, status: LifecycleModelStatus.PRODUCTIVE } });
    const a = inState(m);
    const plan = expectPlan([m, a], { registry: registered, options: keep }).toDecideAll([m, 'REPLACE']);
    expect(plan.outcomeOf(a).lifecycle).toBeNull();
  });

  it('non-asset kinds carry no lifecycle', () => {
    const m = model();
    const pkg = records.package([], { lifecycle: { model: m.uuid, state: live(m), stateName: 'Live', stageAddresses: [] } });
    const plan = expectPlan([pkg], { registry: registry(m), options: keep }).toHaveReasons(pkg, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'LIFECYCLE_IGNORED');
    expect(plan.outcomeOf(pkg).lifecycle).toBeNull();
  });
});
