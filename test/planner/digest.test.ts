import { describe, expect, it } from 'vitest';
import { at, records } from '../fixtures/records.js';
import { existing, expectPlan, registry } from './planHarness.js';

const type = records.objectType();
const owner = records.user();
const a = records.asset(type.uuid, { timestamp: at(5), owner: { uuid: owner.uuid, name: owner.name } });
const b = records.package([a.uuid]);

describe('plan digest and counts', () => {
  it('equal inputs give equal plans and digests', () => {
    const first = expectPlan([a, b], { registry: registry(type) }).plan;
    const second = expectPlan([a, b], { registry: registry(type) }).plan;
    expect(second).toEqual(first);
    expect(first.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('plan digest changes when the registry changes', () => {
    const before = expectPlan([a, b], { registry: registry(type) }).plan.digest;
    const after = expectPlan([a, b], { registry: registry(type).with(existing(a, { timestamp: at(9) })) }).plan.digest;
    expect(after).not.toBe(before);
  });

  it('plan digest changes with the options and the selection', () => {
    const base = expectPlan([a, b], { registry: registry(type, owner) }).plan.digest;
    const keep = expectPlan([a, b], { registry: registry(type, owner), options: { keepCurrentOwner: true } });
    expect(keep.plan.digest).not.toBe(base);
    expect(expectPlan([a, b], { registry: registry(type, owner), selection: [a] }).plan.digest).not.toBe(base);
  });

  it('plan digest does not depend on the order of object keys', () => {
    const reordered = { ...a, attributes: { y: 2, x: 1 } };
    const ordered = { ...a, attributes: { x: 1, y: 2 } };
    expect(expectPlan([reordered], { registry: registry(type) }).plan.digest).toBe(
      expectPlan([ordered], { registry: registry(type) }).plan.digest,
    );
  });

  it('planning leaves its input untouched', () => {
    const objects = [a, b];
    const before = structuredClone(objects);
    expectPlan(objects, { registry: registry(type), options: { keepCurrentOwner: true } });
    expect(objects).toEqual(before);
  });

  it('counts tally each action', () => {
    const older = records.organization({ timestamp: at(1) });
    const same = records.organization();
    const plan = expectPlan([a, b, older, same, refer()], { registry: registry(type, same, existing(older, { timestamp: at(9) })) });
    expect(plan.plan.counts).toEqual({ create: 2, replace: 0, ignore: 1, reject: 1, skip: 1 });
  });
});

function refer() {
  return records.package(['missing-uuid']);
}
