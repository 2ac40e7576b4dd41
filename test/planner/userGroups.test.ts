import { describe, expect, it } from 'vitest';
import { at, records } from '../fixtures/records.js';
import { actor, existing, expectPlan, registry } from './planHarness.js';

const withGroups = { importUserGroups: true };

describe('user groups rule', () => {
  it('importUserGroups imports the user-defined groups a user belongs to', () => {
    const group = records.group();
    const user = records.user({ fields: { groups: [group.uuid] } });
    const plan = expectPlan([user, group], { options: withGroups, selection: [user] });
    plan.toDecideAll([user, 'CREATE'], [group, 'CREATE']).toHaveReasons(group, 'GROUP_IMPORTED_WITH_USER');
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
    plan.toDecideAll([user, 'CREATE'], [everyone, 'SKIP']).toHaveReasons(everyone, 'SYSTEM_GROUP_NOT_IMPORTED');
    plan.toHaveReasons(user, 'GROUP_MEMBERSHIP_DROPPED');
  });

  it("a registry group that is system is never replaced, and memberships to it are kept", () => {
    const everyone = records.group({ timestamp: at(10) });
    const user = records.user({ fields: { groups: [everyone.uuid] } });
    const registered = registry(existing(everyone, { timestamp: at(1), system: true }));
    const plan = expectPlan([user, everyone], { registry: registered, options: withGroups });
    plan.toDecideAll([everyone, 'SKIP']).toHaveReasons(everyone, 'SYSTEM_GROUP_NOT_IMPORTED');
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
    plan.toDecideAll([user, 'CREATE'], [group, 'SKIP']).toHaveReasons(group, 'PERMISSION_DENIED');
    expect(plan.reason(user, 'GROUP_MEMBERSHIP_DROPPED').uuids).toEqual([group.uuid, gone]);
  });

  it('a group is not imported with a user that is not imported', () => {
    const group = records.group();
    const user = records.user({ fields: { groups: [group.uuid] } });
    const plan = expectPlan([user, group], { options: withGroups, actor: actor({ roles: [] }), selection: [user] });
    plan.toDecideAll([user, 'SKIP'], [group, 'SKIP']).toHaveReasons(group, 'NOT_SELECTED');
  });
});
