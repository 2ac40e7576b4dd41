import { describe, expect, it } from 'vitest';
import { commitOrder } from '../../src/import/planner/commitOrder.js';
import { planImport } from '../../src/import/planner/planImport.js';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { records } from '../fixtures/records.js';
import { type PlanSpec, planInput, refer, registry } from './planHarness.js';

const type = records.objectType();

function orderOf(objects: ArchiveRecord[], spec: PlanSpec = { registry: registry(type) }): string[] {
  const input = planInput(objects, spec);
  return commitOrder(planImport(input), input.objects).map((step) => step.object.record.name);
}
const named = (name: string) => records.asset(type.uuid, { name });

describe('commitOrder', () => {
  it('commit order puts targets before their dependents', () => {
    const c = named('c');
    const b = refer(named('b'), c);
    const a = refer(named('a'), b);
    expect(orderOf([a, b, c])).toEqual(['c', 'b', 'a']);
  });

  it('keeps archive order wherever the links allow it', () => {
    const x = named('x');
    const y = named('y');
    const target = named('target');
    const a = refer(named('a'), target);
    expect(orderOf([x, a, y, target])).toEqual(['x', 'y', 'target', 'a']);
  });

  it('a cycle is kept together, in archive order, after its targets', () => {
    const t = named('t');
    const a = named('a');
    const b = refer(named('b'), a);
    refer(a, b, t);
    const after = refer(named('after'), b);
    expect(orderOf([after, a, b, t])).toEqual(['t', 'a', 'b', 'after']);
  });

  it('orders organizations, types and owners written by the same archive first', () => {
    const org = records.organization({ name: 'org' });
    const owner = records.user({ name: 'owner', organization: { uuid: org.uuid, name: 'org' } });
    const t = records.objectType({ name: 'type' });
    const a = records.asset(t.uuid, { name: 'a', owner: { uuid: owner.uuid, name: 'owner' }, organization: { uuid: org.uuid, name: 'org' } });
    expect(orderOf([a, owner, t, org], { options: { keepCurrentOwner: true } })).toEqual(['type', 'org', 'owner', 'a']);
  });

  it('only created and replaced objects are ordered', () => {
    const written = named('written');
    const ignored = named('ignored');
    expect(orderOf([written, ignored], { registry: registry(type, ignored) })).toEqual(['written']);
  });
});
