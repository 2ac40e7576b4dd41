import { describe, expect, it } from 'vitest';
import { AttributeType } from '../../src/domain/objectKind.js';
import { planImport } from '../../src/import/planner/planImport.js';
import { at, records } from '../fixtures/records.js';
import { actor, existing, expectPlan, planInput, registry } from './planHarness.js';

/** A type with one required INTEGER and one optional URL attribute. */
const typed = (o: Parameters<typeof records.objectType>[0] = {}) =>
  records.objectType({
    ...o,
    fields: {
      attributeDefinitions: [
        { name: 'port', type: AttributeType.INTEGER, required: true },
        { name: 'endpoint', type: AttributeType.URL, required: false },
      ],
    },
  });

describe('validation rule: an import writes only what the API accepts', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a missing required attribute', { endpoint: 'https://x.test' }, /attributes\.port: is required by the object type/],
    ['an attribute the type does not define', { port: 1, colour: 'red' }, /attributes\.colour: is not defined/],
    ['INTEGER "abc"', { port: 'abc' }, /attributes\.port: must be a INTEGER/],
    ['URL "not a url"', { port: 1, endpoint: 'not a url' }, /attributes\.endpoint: must be a URL/],
  ];
  it.each(cases)('%s is REJECTed with INVALID_OBJECT listing the problem', (_name, attributes, problem) => {
    const type = typed();
    const asset = records.asset(type.uuid, { attributes });
    const plan = expectPlan([type, asset]).toDecideAll([type, 'CREATE'], [asset, 'REJECT']);
    expect(plan.reason(asset, 'INVALID_OBJECT').message).toMatch(problem);
  });

  it('a record of any kind but an organization that names no organization is REJECTed with INVALID_OBJECT, as the API refuses it', () => {
    const type = records.objectType({ organization: null });
    const pkg = records.package([], { organization: null });
    const plan = expectPlan([type, pkg]).toDecideAll([type, 'REJECT'], [pkg, 'REJECT']);
    expect(plan.reason(type, 'INVALID_OBJECT').message).toMatch(/organization: is required/);
    expect(plan.reason(pkg, 'INVALID_OBJECT').message).toMatch(/organization: is required/);
  });

  it('a record whose organization arrives in the same archive is created', () => {
    const org = records.organization();
    const type = records.objectType({ organization: { uuid: org.uuid, name: org.name } });
    expectPlan([org, type]).toDecideAll([org, 'CREATE'], [type, 'CREATE']).toLackReasons(type, 'INVALID_OBJECT');
  });

  it('a record whose organization the registry holds is created', () => {
    const org = records.organization();
    const type = records.objectType({ organization: { uuid: org.uuid, name: org.name } });
    expectPlan([type], { registry: registry(org) }).toDecideAll([type, 'CREATE']).toLackReasons(type, 'INVALID_OBJECT');
  });

  it('a valid asset of a type arriving in the same archive is created', () => {
    const type = typed();
    const asset = records.asset(type.uuid, { attributes: { port: 443, endpoint: 'https://x.test' } });
    expectPlan([type, asset]).toDecideAll([type, 'CREATE'], [asset, 'CREATE']);
  });

  it("is checked against the type as it will be: the archive's newer copy replaces the registry's", () => {
    const old = records.objectType({ timestamp: at(1), fields: { attributeDefinitions: [] } });
    const newer = typed({ uuid: old.uuid, timestamp: at(5) });
    const asset = records.asset(old.uuid, { attributes: { port: 8080 } });
    const registered = registry().with(existing(old, { attributeDefinitions: [] }));
    expectPlan([newer, asset], { registry: registered }).toDecideAll([newer, 'REPLACE'], [asset, 'CREATE']);
    // Unselected, the registry's copy stays, which defines no attribute at all.
    const plan = expectPlan([newer, asset], { registry: registered, selection: [asset] });
    plan.toDecideAll([newer, 'SKIP'], [asset, 'REJECT']);
    expect(plan.reason(asset, 'INVALID_OBJECT').message).toMatch(/attributes\.port: is not defined/);
  });

  it('an objectType pointing at an organization is REJECTed, naming the kind', () => {
    const org = records.organization();
    const asset = records.asset(org.uuid);
    const plan = expectPlan([org, asset]).toDecideAll([org, 'CREATE'], [asset, 'REJECT']);
    expect(plan.reason(asset, 'INVALID_OBJECT').message).toMatch(/fields\.objectType: .* is a ORGANIZATION, expected OBJECT_TYPE/);
  });

  it('names no kind of a registry object the importer may not view', () => {
    const org = records.organization();
    const asset = records.asset(org.uuid);
    const input = planInput([asset], { registry: registry(org), actor: actor({ canView: (uuid) => uuid !== org.uuid }) });
    const decision = planImport(input).decisions[0]!;
    expect(decision.reasons.map((r) => r.code)).not.toContain('INVALID_OBJECT');
    expect(JSON.stringify(decision.reasons)).not.toContain('ORGANIZATION');
  });

  it('a previousVersion naming the object itself is REJECTed', () => {
    const type = records.objectType();
    const asset = records.asset(type.uuid);
    asset.previousVersion = asset.uuid;
    const plan = expectPlan([type, asset]).toDecideAll([type, 'CREATE'], [asset, 'REJECT']);
    expect(plan.reason(asset, 'INVALID_OBJECT').message).toMatch(/previousVersion: names the object itself/);
  });

  it('a previousVersion naming an asset of another type, in the archive or in the registry, is REJECTed', () => {
    const [one, other] = [records.objectType(), records.objectType()];
    const archived = records.asset(other.uuid);
    const registered = records.asset(other.uuid);
    const fromArchive = records.asset(one.uuid, { previousVersion: archived.uuid });
    const fromRegistry = records.asset(one.uuid, { previousVersion: registered.uuid });
    const plan = expectPlan([one, other, archived, fromArchive, fromRegistry], { registry: registry(existing(registered)) });
    plan.toDecideAll([archived, 'CREATE'], [fromArchive, 'REJECT'], [fromRegistry, 'REJECT']);
    expect(plan.reason(fromArchive, 'INVALID_OBJECT').message).toMatch(/previousVersion: must be a version of an asset of the same type: .* is of type/);
    expect(plan.reason(fromRegistry, 'INVALID_OBJECT').message).toMatch(/previousVersion: must be a version of an asset of the same type/);
  });

  it('a previousVersion of the same type is accepted, and one of another kind is REJECTed for any kind', () => {
    const type = records.objectType();
    const first = records.asset(type.uuid);
    const second = records.asset(type.uuid, { previousVersion: first.uuid });
    const org = records.organization();
    const user = records.user({ previousVersion: org.uuid });
    const plan = expectPlan([type, first, second, org, user]).toDecideAll([second, 'CREATE'], [user, 'REJECT']);
    expect(plan.reason(user, 'INVALID_OBJECT').message).toMatch(/previousVersion: .* is a ORGANIZATION, expected USER/);
  });

  it("an asset is never checked against an invalid archive copy of its type: the registry's copy stays", () => {
    const old = typed({ timestamp: at(1) });
    const broken = records.objectType({
      uuid: old.uuid,
      timestamp: at(5),
      fields: { attributeDefinitions: [{ name: 'a', type: AttributeType.STRING, required: false }, { name: 'a', type: AttributeType.STRING, required: false }] },
    });
    const asset = records.asset(old.uuid, { attributes: { a: 'x' } });
    const plan = expectPlan([broken, asset], { registry: registry(existing(old, { attributeDefinitions: old.fields.attributeDefinitions })) });
    plan.toDecideAll([broken, 'REJECT'], [asset, 'REJECT']);
    expect(plan.reason(asset, 'INVALID_OBJECT').message).toMatch(/attributes\.a: is not defined.*attributes\.port: is required/s);
  });

  it('an asset of an invalid type arriving with it is not imported', () => {
    const broken = records.objectType({ fields: { attributeDefinitions: [{ name: '1 two', type: AttributeType.STRING, required: false }] } });
    const asset = records.asset(broken.uuid, { attributes: { '1 two': 'x' } });
    const plan = expectPlan([broken, asset]).toDecideAll([broken, 'REJECT'], [asset, 'SKIP']);
    expect(plan.reason(asset, 'DEPENDENCY_NOT_IMPORTED')).toBeDefined();
  });

  it("a record that would change a registry object's kind is REJECTed", () => {
    const org = records.organization();
    const impostor = records.objectType({ uuid: org.uuid, timestamp: at(9) });
    const plan = expectPlan([impostor], { registry: registry(org) }).toDecideAll([impostor, 'REJECT']);
    expect(plan.reason(impostor, 'INVALID_OBJECT').message).toMatch(/as a ORGANIZATION; an import never changes a kind/);
  });

  it("a kind's own rules apply as in the API: a policy without events or actions is REJECTed", () => {
    const type = records.objectType();
    const policy = records.policy({ fields: { objectTypes: [type.uuid] } });
    const plan = expectPlan([type, policy]).toDecideAll([type, 'CREATE'], [policy, 'REJECT']);
    expect(plan.reason(policy, 'INVALID_OBJECT').message).toMatch(/fields\.events: at least one event is required/);
  });
});

describe('future timestamps', () => {
  const now = Date.parse(at(0));
  const future = () => records.organization({ timestamp: at(60 * 48) });

  it('a timestamp beyond the allowed skew is a warning, and the object is still written', () => {
    const org = future();
    const plan = planImport({ ...planInput([org]), futureTimestamps: { now, maxSkewSeconds: 3600, refuse: false } });
    const decision = plan.decisions[0]!;
    expect(decision.action).toBe('CREATE');
    expect(decision.reasons.find((r) => r.code === 'FUTURE_TIMESTAMP')).toMatchObject({ severity: 'WARNING' });
  });

  it('configuration may refuse it instead', () => {
    const org = future();
    const plan = planImport({ ...planInput([org]), futureTimestamps: { now, maxSkewSeconds: 3600, refuse: true } });
    expect(plan.decisions[0]).toMatchObject({ action: 'REJECT' });
  });

  it('within the skew, nothing is said', () => {
    const org = records.organization({ timestamp: at(30) });
    const plan = planImport({ ...planInput([org]), futureTimestamps: { now, maxSkewSeconds: 3600, refuse: true } });
    expect(plan.decisions[0]!.reasons.map((r) => r.code)).not.toContain('FUTURE_TIMESTAMP');
  });
});
