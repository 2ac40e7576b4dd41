import { describe, expect, it } from 'vitest';
import { records } from '../fixtures/records.js';
import { expectPlan, registry } from './planHarness.js';

const type = records.objectType();
const v1 = () => records.asset(type.uuid, { version: '1.0' });
const next = (previous: { uuid: string }) => records.asset(type.uuid, { version: '2.0', previousVersion: previous.uuid });

describe('version rule', () => {
  it('a previous version in the registry keeps the link', () => {
    const first = v1();
    const second = next(first);
    const plan = expectPlan([second], { registry: registry(type, first) }).toHaveReasons(second, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'VERSION_LINKED');
    expect(plan.outcomeOf(second).previousVersion).toBe(first.uuid);
  });

  it('a previous version imported by the same archive keeps the link', () => {
    const first = v1();
    const second = next(first);
    const plan = expectPlan([second, first], { registry: registry(type) }).toHaveReasons(second, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'VERSION_LINKED');
    expect(plan.outcomeOf(second).previousVersion).toBe(first.uuid);
  });

  it('a missing previous version imports the object standalone, never failing', () => {
    const first = v1();
    const second = next(first);
    const plan = expectPlan([second, first], { registry: registry(type), selection: [second] });
    plan.toDecideAll([second, 'CREATE'], [first, 'SKIP']).toHaveReasons(second, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'VERSION_STANDALONE');
    expect(plan.outcomeOf(second).previousVersion).toBeNull();
  });

  it('an object without a previous version gets no version reason', () => {
    const first = v1();
    expectPlan([first], { registry: registry(type) }).toLackReasons(first, 'VERSION_LINKED', 'VERSION_STANDALONE');
  });
});
