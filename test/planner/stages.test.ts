import { describe, expect, it } from 'vitest';
import { normalizeAddress } from '../../src/import/planner/rules/stageRule.js';
import { records } from '../fixtures/records.js';
import { REGISTRY_ADDRESS, expectPlan, refer, registry } from './planHarness.js';

const type = records.objectType();
const promotedTo = (...stageAddresses: string[]) =>
  records.asset(type.uuid, { lifecycle: { model: 'm', state: 's', stateName: 'Live', stageAddresses } });

describe('stage rule', () => {
  it('a stage list that includes this registry imports', () => {
    const a = promotedTo('https://elsewhere.test/graphql', ' HTTPS://Registry.TEST/graphql/ ');
    expectPlan([a], { registry: registry(type) }).toDecideAll([a, 'CREATE']).toLackReasons(a, 'STAGE_RESTRICTED');
  });

  it('a stage list without this registry rejects the object, naming the stages', () => {
    const a = promotedTo('https://prod.test/graphql');
    const plan = expectPlan([a], { registry: registry(type) }).toDecideAll([a, 'REJECT']);
    expect(plan.reason(a, 'STAGE_RESTRICTED').message).toContain('https://prod.test/graphql');
    expect(plan.reason(a, 'STAGE_RESTRICTED').message).toContain(REGISTRY_ADDRESS);
  });

  it('an object without stages imports anywhere', () => {
    const a = promotedTo();
    expectPlan([a], { registry: registry(type).at('http://any.test') }).toDecideAll([a, 'CREATE']);
  });

  it('a stage-restricted object cascades to its dependents', () => {
    const a = promotedTo('https://prod.test/graphql');
    const pkg = records.package([a.uuid]);
    const user = refer(records.package([]), pkg);
    expectPlan([a, pkg, user], { registry: registry(type) })
      .toDecideAll([a, 'REJECT'], [pkg, 'SKIP'], [user, 'SKIP'])
      .toHaveReasons(pkg, 'DEPENDENCY_NOT_IMPORTED', 'NEW_OBJECT');
  });

  it('addresses compare trimmed, without trailing slashes, with scheme and host in lower case', () => {
    expect(normalizeAddress(' HTTP://Host.Example:8080/Path/ ')).toBe('http://host.example:8080/Path');
    expect(normalizeAddress('http://host/Path')).not.toBe(normalizeAddress('http://host/path'));
  });
});
