import { describe, expect, it } from 'vitest';
import { at, HOME_ORGANIZATION, records } from '../fixtures/records.js';
import { Role } from '../../src/domain/objectKind.js';
import { actor, existing, expectPlan, refer, registry } from './planHarness.js';

const org = records.organization();
const orgRef = { uuid: org.uuid, name: org.name };
const type = records.objectType();
const reg = () => registry(org, type);

describe('permission rule', () => {
  it('creating without the CREATE right skips the object, and that is not an error for the import', () => {
    const a = records.asset(type.uuid, { organization: orgRef });
    const plan = expectPlan([a], { registry: reg(), actor: actor({ canCreate: false }) });
    plan.toDecideAll([a, 'SKIP']);
    expect(plan.reason(a, 'PERMISSION_DENIED').severity).toBe('ERROR');
    expect(plan.plan.blocking).toEqual([]);
  });

  it("the CREATE right is asked for the asset's object type in its organization, and the kind for other kinds", () => {
    const asked: [string, string | null][] = [];
    const spy = actor({ canCreate: (typeKey, organization) => (asked.push([typeKey, organization]), true) });
    const a = records.asset(type.uuid, { organization: orgRef });
    expectPlan([a, records.package([])], { registry: reg(), actor: spy });
    // Each pass over the objects may ask again (the answers cannot change): the questions, once each.
    expect([...new Map(asked.map((q) => [q.join('|'), q])).values()]).toEqual([[type.uuid, org.uuid], ['PACKAGE', HOME_ORGANIZATION.uuid]]);
  });

  it('replacing needs the EDIT right on the existing object', () => {
    const a = records.asset(type.uuid, { timestamp: at(5) });
    const registered = reg().with(existing(a, { timestamp: at(1) }));
    const denied = expectPlan([a], { registry: registered, actor: actor({ canEdit: (uuid) => uuid !== a.uuid }) });
    denied.toDecideAll([a, 'SKIP']).toHaveReasons(a, 'PERMISSION_DENIED', 'NEWER_IN_ARCHIVE');
    expectPlan([a], { registry: registered, actor: actor({ canCreate: false }) }).toDecideAll([a, 'REPLACE']);
  });

  it('a registry copy that is not editable is not replaced', () => {
    const a = records.asset(type.uuid, { timestamp: at(5) });
    expectPlan([a], { registry: reg().with(existing(a, { timestamp: at(1), editable: false })) })
      .toDecideAll([a, 'SKIP'])
      .toHaveReasons(a, 'NOT_EDITABLE', 'NEWER_IN_ARCHIVE');
  });

  it('object types need the type administrator role', () => {
    const t = records.objectType();
    const user = actor({ roles: [] });
    expectPlan([t], { actor: user }).toDecideAll([t, 'SKIP']).toHaveReasons(t, 'PERMISSION_DENIED', 'NEW_OBJECT');
    expectPlan([t], { actor: actor({ roles: [Role.TYPE_ADMINISTRATOR] }) }).toDecideAll([t, 'CREATE']);
    expectPlan([t], { actor: actor({ roles: [Role.REGISTRY_ADMINISTRATOR] }) }).toDecideAll([t, 'CREATE']);
  });

  it('organizations and users need the registry administrator role', () => {
    const o = records.organization();
    const u = records.user();
    const typeAdmin = actor({ roles: [Role.TYPE_ADMINISTRATOR] });
    const plan = expectPlan([o, u], { actor: typeAdmin }).toDecideAll([o, 'SKIP'], [u, 'SKIP']);
    expect(plan.reason(u, 'PERMISSION_DENIED').message).toContain('REGISTRY_ADMINISTRATOR');
  });

  it('a denied object cascades to what needs it', () => {
    const t = records.objectType();
    const a = records.asset(t.uuid);
    const b = refer(records.package([]), a);
    expectPlan([t, a, b], { actor: actor({ roles: [] }) })
      .toDecideAll([t, 'SKIP'], [a, 'SKIP'], [b, 'SKIP'])
      .toHaveReasons(a, 'DEPENDENCY_NOT_IMPORTED', 'NEW_OBJECT')
      .toHaveReasons(b, 'DEPENDENCY_NOT_IMPORTED', 'NEW_OBJECT');
  });
});
