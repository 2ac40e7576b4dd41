import { describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { at, records } from '../fixtures/records.js';
import { actor, existing, expectPlan, refer, registry } from './planHarness.js';

const org = records.organization();
const type = records.objectType();
const asset = (...to: ArchiveRecord[]) =>
  refer(records.asset(type.uuid, { organization: { uuid: org.uuid, name: org.name } }), ...to);
const reg = () => registry(org, type);

describe('dependency rule', () => {
  it('a reference to an object in the registry resolves to the registry', () => {
    const target = asset();
    const a = asset(target);
    const plan = expectPlan([a], { registry: reg().with(target) }).toDecideAll([a, 'CREATE']);
    expect(plan.decision(a).references).toEqual([{ name: 'uses', target: target.uuid, resolution: 'REGISTRY' }]);
  });

  it('an unresolved reference skips the object and the import goes on', () => {
    const a = refer(asset(), 'missing-uuid');
    const b = asset();
    const plan = expectPlan([a, b], { registry: reg() }).toDecideAll([a, 'SKIP'], [b, 'CREATE']);
    expect(plan.reason(a, 'UNRESOLVED_REFERENCE')).toMatchObject({ severity: 'ERROR', uuids: ['missing-uuid'] });
    expect(plan.decision(a).references[0].resolution).toBe('UNRESOLVED');
    expect(plan.plan.blocking).toEqual([]);
  });

  it('an organization or object type found nowhere leaves the object unresolved', () => {
    const a = asset();
    expectPlan([a], { registry: registry(type) }).toDecideAll([a, 'SKIP']).toHaveReasons(a, 'UNRESOLVED_REFERENCE', 'NEW_OBJECT');
    expectPlan([a], { registry: registry(org) }).toDecideAll([a, 'SKIP']).toHaveReasons(a, 'UNRESOLVED_REFERENCE', 'NEW_OBJECT');
  });

  it('unselected dependency is included because of its dependent', () => {
    const target = asset();
    const a = asset(target);
    const plan = expectPlan([a, target], { registry: reg(), selection: [a] });
    plan.toDecideAll([a, 'CREATE'], [target, 'CREATE']).toHaveReasons(target, 'NEW_OBJECT', 'INCLUDED_AS_DEPENDENCY', 'OWNER_IS_IMPORTER');
    expect(plan.decision(target)).toMatchObject({ selected: false, includedBy: [a.uuid] });
    expect(plan.decision(a).references[0].resolution).toBe('ARCHIVE');
  });

  it('an object pulled in by many lists the first hundred of them, and counts them all', () => {
    const target = asset();
    const dependents = Array.from({ length: 150 }, () => asset(target));
    const plan = expectPlan([target, ...dependents], { registry: reg(), selection: dependents });
    const decision = plan.decision(target);
    expect(decision.includedBy).toEqual(dependents.slice(0, 100).map((d) => d.uuid));
    expect(decision.includedByCount).toBe(150);
    const reason = plan.reason(target, 'INCLUDED_AS_DEPENDENCY');
    expect(reason.uuids).toHaveLength(100);
    expect(reason.message).toContain('and 140 more');
  });

  it('a reference to an ignored or rejected archive object resolves, since it exists in the registry', () => {
    const same = asset();
    const older = asset();
    const a = asset(same, older);
    const registered = reg().with(same, existing(older, { timestamp: at(9) }));
    const plan = expectPlan([a, same, older], { registry: registered });
    plan.toDecideAll([a, 'CREATE'], [same, 'IGNORE'], [older, 'REJECT']);
    expect(plan.decision(a).references.map((r) => r.resolution)).toEqual(['REGISTRY', 'REGISTRY']);
  });

  it('a target in the registry is not pulled in, even when the archive has a newer copy', () => {
    const target = asset();
    const a = asset(target);
    const registered = reg().with(existing(target, { timestamp: at(0) }));
    expectPlan([a, target], { registry: registered, selection: [a] })
      .toDecideAll([a, 'CREATE'], [target, 'SKIP'])
      .toHaveReasons(target, 'NOT_SELECTED', 'NEWER_IN_ARCHIVE');
  });

  it('cascades three deep', () => {
    const d = refer(asset(), 'missing-uuid');
    const c = asset(d);
    const b = asset(c);
    const a = asset(b);
    const plan = expectPlan([a, b, c, d], { registry: reg() });
    plan.toDecideAll([a, 'SKIP'], [b, 'SKIP'], [c, 'SKIP'], [d, 'SKIP']).toHaveReasons(d, 'UNRESOLVED_REFERENCE', 'INVALID_OBJECT', 'NEW_OBJECT');
    for (const [from, to] of [[a, b], [b, c], [c, d]]) {
      expect(plan.reason(from, 'DEPENDENCY_NOT_IMPORTED').uuids).toEqual([to.uuid]);
    }
  });

  it('a cycle of references is imported together', () => {
    const a = asset();
    const b = asset(a);
    const c = asset(b);
    refer(a, c);
    const plan = expectPlan([a, b, c], { registry: reg(), selection: [a] });
    plan.toDecideAll([a, 'CREATE'], [b, 'CREATE'], [c, 'CREATE']);
    expect(plan.decision(c).includedBy).toEqual([a.uuid]);
  });

  it('a cycle with one member that cannot be written is skipped as a whole', () => {
    const a = asset();
    const b = asset(a);
    const c = refer(asset(b), 'missing-uuid');
    refer(a, c);
    const plan = expectPlan([a, b, c], { registry: reg() });
    plan.toDecideAll([a, 'SKIP'], [b, 'SKIP'], [c, 'SKIP']).toHaveReasons(c, 'UNRESOLVED_REFERENCE', 'INVALID_OBJECT', 'NEW_OBJECT');
    expect(plan.reason(a, 'DEPENDENCY_NOT_IMPORTED').uuids).toEqual([c.uuid]);
  });

  it('a dependency needed only by an object that is not imported is not written', () => {
    const needed = asset();
    const a = refer(asset(needed), 'missing-uuid');
    expectPlan([a, needed], { registry: reg(), selection: [a] })
      .toDecideAll([a, 'SKIP'], [needed, 'SKIP'])
      .toHaveReasons(needed, 'NOT_SELECTED', 'NEW_OBJECT');
  });

  it('an object is not written when the dependency it needs is skipped for permission', () => {
    const pkg = records.package([]);
    const a = asset();
    const b = refer(records.package([a.uuid], { organization: { uuid: org.uuid, name: org.name } }), pkg);
    const denyAssets = actor({ canCreate: (typeKey) => typeKey !== type.uuid });
    const plan = expectPlan([b, a, pkg], { registry: reg(), actor: denyAssets, selection: [b] });
    plan.toDecideAll([b, 'SKIP'], [a, 'SKIP'], [pkg, 'SKIP']).toHaveReasons(a, 'PERMISSION_DENIED', 'NEW_OBJECT');
    expect(plan.reason(b, 'DEPENDENCY_NOT_IMPORTED').uuids).toEqual([a.uuid]);
    expect(plan.toHaveReasons(pkg, 'NOT_SELECTED', 'NEW_OBJECT').decision(pkg).includedBy).toEqual([]);
  });

  it('owner, previous version and lifecycle model are not dependencies', () => {
    const owner = records.user();
    const previous = asset();
    const model = records.lifecycleModel();
    const a = records.asset(type.uuid, {
      owner: { uuid: owner.uuid, name: owner.name },
      previousVersion: previous.uuid,
      lifecycle: { model: model.uuid, state: model.fields.initialState, stateName: 'Designed', stageAddresses: [] },
    });
    expectPlan([a, owner, previous, model], { registry: reg(), selection: [a] })
      .toDecideAll([a, 'CREATE'], [owner, 'SKIP'], [previous, 'SKIP'], [model, 'SKIP']);
  });

  it('a package pulls in its members', () => {
    const member = asset();
    const pkg = records.package([member.uuid]);
    expectPlan([pkg, member], { registry: reg(), selection: [pkg] })
      .toDecideAll([pkg, 'CREATE'], [member, 'CREATE'])
      .toHaveReasons(member, 'NEW_OBJECT', 'INCLUDED_AS_DEPENDENCY', 'OWNER_IS_IMPORTER');
  });
});
