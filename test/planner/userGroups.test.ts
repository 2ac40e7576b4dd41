import { describe, expect, it } from 'vitest';
import { at, records } from '../fixtures/records.js';
import { actor, existing, expectPlan, registry } from './planHarness.js';

const withGroups = { importUserGroups: true };

describe('user groups rule', () => {
  it('importUserGroups imports the user-defined groups a user belongs to', () => {
    const group = records.group();
    const user = records.user({ fields: { groups: [group.uuid] } });
    const plan = expectPlan([user, group], { options: withGroups, selection: [user] });
    plan.toDecideAll([user, 'CREATE'], [group, 'CREATE']).toHaveReasons(group, 'NEW_OBJECT', 'GROUP_IMPORTED_WITH_USER', 'OWNER_IS_IMPORTER');
    expect(plan.decision(group).includedBy).toEqual([user.uuid]);
    expect(plan.outcomeOf(user).groups).toEqual([group.uuid]);
  });

  it('without importUserGroups groups are not pulled in and memberships to absent groups are dropped', () => {
    const group = records.group();
    const user = records.user({ fields: { groups: [group.uuid] } });
    const plan = expectPlan([user, group], { selection: [user] }).toDecideAll([group, 'SKIP']);
    expect(plan.outcomeOf(user).groups).toEqual([]);
    expect(plan.reason(user, 'GROUP_MEMBERSHIP_DROPPED')).toMatchObject({ severity: 'WARNING', uuids: [group.uuid] });
  });

  it('a system group is never imported', () => {
    const everyone = records.group({ fields: { system: true } });
    const user = records.user({ fields: { groups: [everyone.uuid] } });
    const plan = expectPlan([user, everyone], { options: withGroups });
    plan.toDecideAll([user, 'CREATE'], [everyone, 'SKIP']).toHaveReasons(everyone, 'SYSTEM_GROUP_NOT_IMPORTED', 'NEW_OBJECT');
    plan.toHaveReasons(user, 'NEW_OBJECT', 'OWNER_IS_IMPORTER', 'GROUP_MEMBERSHIP_DROPPED');
  });

  it("a registry group that is system is never replaced, and memberships to it are kept", () => {
    const everyone = records.group({ timestamp: at(10) });
    const user = records.user({ fields: { groups: [everyone.uuid] } });
    const registered = registry(existing(everyone, { timestamp: at(1), system: true }));
    const plan = expectPlan([user, everyone], { registry: registered, options: withGroups });
    plan.toDecideAll([everyone, 'SKIP']).toHaveReasons(everyone, 'SYSTEM_GROUP_NOT_IMPORTED', 'NEWER_IN_ARCHIVE');
    expect(plan.outcomeOf(user).groups).toEqual([everyone.uuid]);
  });

  it('memberships to groups in the registry are kept', () => {
    const group = records.group();
    const user = records.user({ fields: { groups: [group.uuid] } });
    const plan = expectPlan([user], { registry: registry(group) }).toLackReasons(user, 'GROUP_MEMBERSHIP_DROPPED');
    expect(plan.outcomeOf(user).groups).toEqual([group.uuid]);
  });

  it('a group that cannot be created drops the membership but the user is imported', () => {
    const group = records.group();
    const gone = '00000000-0000-4000-8000-00000000dead';
    const user = records.user({ fields: { groups: [group.uuid, gone] } });
    const noGroups = actor({ canCreate: (typeKey) => typeKey !== 'GROUP' });
    const plan = expectPlan([user, group], { options: withGroups, actor: noGroups, selection: [user] });
    plan.toDecideAll([user, 'CREATE'], [group, 'SKIP']).toHaveReasons(group, 'PERMISSION_DENIED', 'NEW_OBJECT');
    expect(plan.reason(user, 'GROUP_MEMBERSHIP_DROPPED').uuids).toEqual([group.uuid, gone]);
  });

  it('a group is not imported with a user that is not imported', () => {
    const group = records.group();
    const user = records.user({ fields: { groups: [group.uuid] } });
    const plan = expectPlan([user, group], { options: withGroups, actor: actor({ roles: [] }), selection: [user] });
    plan.toDecideAll([user, 'SKIP'], [group, 'SKIP']).toHaveReasons(group, 'NOT_SELECTED', 'NEW_OBJECT');
  });

  it("without importUserGroups a group in the archive only for its user is not imported by default", () => {
    const group = records.group();
    const user = records.user({ fields: { groups: [group.uuid] } });
    const plan = expectPlan([user, group]).toDecideAll([user, 'CREATE'], [group, 'SKIP']);
    expect(plan.decision(group)).toMatchObject({ selectedByDefault: false, selected: false });
    expect(plan.reasonsOf(group)[0]).toBe('USER_GROUP_NOT_IMPORTED');
    expect(plan.reason(group, 'USER_GROUP_NOT_IMPORTED').message).toMatch(/importUserGroups is not set/);
    expect(plan.reason(user, 'GROUP_MEMBERSHIP_DROPPED').message).toMatch(/importUserGroups is not set/);
    expect(plan.outcomeOf(user).groups).toEqual([]);
  });

  it('with importUserGroups a group in the archive only for its user comes with the user, and only then', () => {
    const group = records.group();
    const user = records.user({ fields: { groups: [group.uuid] } });
    const plan = expectPlan([user, group], { options: withGroups }).toDecideAll([user, 'CREATE'], [group, 'CREATE']);
    expect(plan.decision(group)).toMatchObject({ selectedByDefault: false, includedBy: [user.uuid] });
    plan.toHaveReasons(group, 'NEW_OBJECT', 'GROUP_IMPORTED_WITH_USER', 'OWNER_IS_IMPORTER');
    const refused = expectPlan([user, group], { options: withGroups, actor: actor({ roles: [], canCreate: true }) });
    refused.toDecideAll([user, 'SKIP'], [group, 'SKIP']);
    expect(refused.reason(group, 'USER_GROUP_NOT_IMPORTED').message).toMatch(/none of them is imported/);
  });

  it('a group the export was asked for, or another object needs, is imported as any object', () => {
    const chosen = records.group();
    const needed = records.group();
    const user = records.user({ fields: { groups: [chosen.uuid, needed.uuid] } });
    const pkg = records.package([needed.uuid]);
    expectPlan([user, chosen, needed, pkg], { exportedObjects: [user.uuid, chosen.uuid] })
      .toDecideAll([chosen, 'CREATE'], [needed, 'CREATE'], [pkg, 'CREATE']);
  });

  it('a group of a complete organization export is imported as any object', () => {
    const org = records.organization();
    const orgRef = { uuid: org.uuid, name: org.name };
    const group = records.group({ organization: orgRef });
    const user = records.user({ organization: orgRef, fields: { groups: [group.uuid] } });
    expectPlan([org, user, group], { completeOrganization: org.uuid }).toDecideAll([group, 'CREATE']);
  });
});
