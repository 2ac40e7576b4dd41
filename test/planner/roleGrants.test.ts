import { describe, expect, it } from 'vitest';
import { Role } from '../../src/domain/objectKind.js';
import { at, records } from '../fixtures/records.js';
import { actor, existing, expectPlan, registry } from './planHarness.js';

const org = records.organization();
const orgRef = { uuid: org.uuid, name: org.name };
/** May create and edit everything, but holds no role. */
const groupEditor = actor({ roles: [] });
const typeAdmin = actor({ roles: [Role.TYPE_ADMINISTRATOR] });

/** A group in the registry, and its newer copy in the archive with `roles`. */
function newerGroup(registryRoles: Role[], archiveRoles: Role[]) {
  const copy = records.group({ organization: orgRef, timestamp: at(5), fields: { roles: archiveRoles } });
  const registered = registry(org).with(existing(copy, { timestamp: at(1), roles: registryRoles }));
  return { copy, registered };
}

describe('role grant rule', () => {
  it('rejects a newer copy of a group that gives it a role, for a group editor', () => {
    const { copy, registered } = newerGroup([], [Role.REGISTRY_ADMINISTRATOR]);
    const plan = expectPlan([copy], { registry: registered, actor: groupEditor });
    plan.toDecideAll([copy, 'REJECT']).toHaveReasons(copy, 'ROLE_CHANGE_FORBIDDEN', 'NEWER_IN_ARCHIVE');
    expect(plan.reason(copy, 'ROLE_CHANGE_FORBIDDEN').message).toContain('give the role(s) REGISTRY_ADMINISTRATOR');
  });

  it('rejects a newer copy of a group that takes a role away', () => {
    const { copy, registered } = newerGroup([Role.TYPE_ADMINISTRATOR], []);
    const plan = expectPlan([copy], { registry: registered, actor: groupEditor }).toDecideAll([copy, 'REJECT']);
    expect(plan.reason(copy, 'ROLE_CHANGE_FORBIDDEN').message).toContain('take away the role(s) TYPE_ADMINISTRATOR');
  });

  it('replaces a newer copy of a group whose roles are unchanged', () => {
    const { copy, registered } = newerGroup([Role.TYPE_ADMINISTRATOR], [Role.TYPE_ADMINISTRATOR]);
    expectPlan([copy], { registry: registered, actor: groupEditor }).toDecideAll([copy, 'REPLACE']).toLackReasons(copy, 'ROLE_CHANGE_FORBIDDEN');
  });

  it('rejects a new group that carries a role for a user allowed to create groups, and a type administrator', () => {
    const group = records.group({ organization: orgRef, fields: { roles: [Role.TYPE_ADMINISTRATOR] } });
    expectPlan([group], { registry: registry(org), actor: groupEditor }).toDecideAll([group, 'REJECT']);
    expectPlan([group], { registry: registry(org), actor: typeAdmin }).toDecideAll([group, 'REJECT']);
  });

  it('creates a new group without roles for a user allowed to create groups', () => {
    const group = records.group({ organization: orgRef });
    expectPlan([group], { registry: registry(org), actor: groupEditor }).toDecideAll([group, 'CREATE']);
  });

  it('creates and replaces groups with roles for a registry administrator', () => {
    const { copy, registered } = newerGroup([], [Role.REGISTRY_ADMINISTRATOR]);
    const fresh = records.group({ organization: orgRef, fields: { roles: [Role.TYPE_ADMINISTRATOR] } });
    expectPlan([copy, fresh], { registry: registered }).toDecideAll([copy, 'REPLACE'], [fresh, 'CREATE']);
  });

  it('names a user record that would join a group, beside the missing role, for anyone but an administrator', () => {
    const group = records.group({ organization: orgRef, fields: { roles: [Role.REGISTRY_ADMINISTRATOR] } });
    const user = records.user({ organization: orgRef, timestamp: at(5), fields: { groups: [group.uuid] } });
    const registered = registry(org, group).with(existing(user, { timestamp: at(1), groups: [] }));
    const plan = expectPlan([user], { registry: registered, actor: typeAdmin });
    plan.toDecideAll([user, 'SKIP']).toHaveReasons(user, 'PERMISSION_DENIED', 'ROLE_CHANGE_FORBIDDEN', 'NEWER_IN_ARCHIVE');
    expect(plan.reason(user, 'ROLE_CHANGE_FORBIDDEN').uuids).toEqual([group.uuid]);
  });

  it('names a user record that gives its user a role', () => {
    const user = records.user({ organization: orgRef, fields: { roles: [Role.TYPE_ADMINISTRATOR] } });
    const plan = expectPlan([user], { registry: registry(org), actor: groupEditor });
    expect(plan.reason(user, 'ROLE_CHANGE_FORBIDDEN').message).toContain('give the role(s) TYPE_ADMINISTRATOR');
  });
});
