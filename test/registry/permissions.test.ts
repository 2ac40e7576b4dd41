import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const CreateAsset = graphql(`
  mutation PermCreateAsset($input: CreateAssetInput!) {
    createAsset(input: $input) { uuid owner { uuid } }
  }
`);

const UpdateAsset = graphql(`
  mutation PermUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {
    updateAsset(uuid: $uuid, input: $input) { uuid name }
  }
`);

const GetObject = graphql(`
  query PermGetObject($uuid: ID!) {
    object(uuid: $uuid) { uuid name canEdit }
  }
`);

const CreateType = graphql(`
  mutation PermCreateType($input: CreateObjectTypeInput!) {
    createObjectType(input: $input) { uuid }
  }
`);

const CreateOrg = graphql(`
  mutation PermCreateOrg($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { uuid }
  }
`);

const Revoke = graphql(`
  mutation PermRevoke($id: ID!) { revokePermission(id: $id) }
`);

const Delete = graphql(`
  mutation PermDelete($uuid: ID!) { deleteObject(uuid: $uuid) }
`);

describe.each(databases)('access control on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let org: string;
  let type: string;

  beforeAll(async () => {
    org = (await createOrganization(registry.admin)).uuid;
    type = (await createObjectType(registry.admin)).uuid;
  });

  it('forbids creating an asset without a CREATE grant for its type in the organization', async () => {
    const user = await createUser(registry, { organization: org });
    expect(await user.client.errorCode(CreateAsset, { input: { name: 'x', objectType: type } })).toBe('FORBIDDEN');
  });

  it('lets a user with a CREATE grant create the asset and own it', async () => {
    const user = await createUser(registry, { organization: org });
    await grant(registry.admin, { principal: user.uuid, right: 'CREATE', typeKey: type, organization: org });
    const { createAsset } = await user.client.data(CreateAsset, { input: { name: 'mine', objectType: type } });
    expect(createAsset.owner?.uuid).toBe(user.uuid);
  });

  it('grants CREATE through a group the user belongs to', async () => {
    const group = await registry.admin.data(
      graphql(`mutation PermCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }`),
      { input: { name: 'Publishers', organization: org } },
    );
    await grant(registry.admin, { principal: group.createGroup.uuid, right: 'CREATE', typeKey: type, organization: org });
    const user = await createUser(registry, { organization: org, groups: [group.createGroup.uuid] });
    const { createAsset } = await user.client.data(CreateAsset, { input: { name: 'via-group', objectType: type } });
    expect(createAsset.uuid).toBeTruthy();
  });

  it('adds a user to a group and removes it again', async () => {
    const group = await registry.admin.data(
      graphql(`mutation PermCreateGroupForMembership($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }`),
      { input: { name: 'Members', organization: org } },
    );
    const user = await createUser(registry, { organization: org });
    const Membership = graphql(`
      mutation PermMembership($group: ID!, $user: ID!, $add: Boolean!) {
        added: addGroupMember(group: $group, user: $user) @include(if: $add) { groupUuids }
        removed: removeGroupMember(group: $group, user: $user) @skip(if: $add) { groupUuids }
      }
    `);
    const added = await registry.admin.data(Membership, { group: group.createGroup.uuid, user: user.uuid, add: true });
    expect(added.added?.groupUuids).toEqual([group.createGroup.uuid]);
    const removed = await registry.admin.data(Membership, { group: group.createGroup.uuid, user: user.uuid, add: false });
    expect(removed.removed?.groupUuids).toEqual([]);
  });

  it('hides an asset from a user without VIEW', async () => {
    const asset = await createAsset(registry.admin, type, { organization: org });
    const user = await createUser(registry, { organization: org });
    expect((await user.client.data(GetObject, { uuid: asset.uuid })).object).toBeNull();
  });

  it('shows an asset after VIEW is granted, but not for editing', async () => {
    const asset = await createAsset(registry.admin, type, { organization: org });
    const user = await createUser(registry, { organization: org });
    await grant(registry.admin, { principal: user.uuid, right: 'VIEW', object: asset.uuid });
    expect((await user.client.data(GetObject, { uuid: asset.uuid })).object).toMatchObject({ uuid: asset.uuid, canEdit: false });
    expect(await user.client.errorCode(UpdateAsset, { uuid: asset.uuid, input: { name: 'renamed' } })).toBe('FORBIDDEN');
  });

  it('lets EDIT on the organization cover every object in it', async () => {
    const asset = await createAsset(registry.admin, type, { organization: org });
    const user = await createUser(registry, { organization: org });
    await grant(registry.admin, { principal: user.uuid, right: 'EDIT', object: org });
    const { updateAsset } = await user.client.data(UpdateAsset, { uuid: asset.uuid, input: { name: 'renamed-by-org-editor' } });
    expect(updateAsset.name).toBe('renamed-by-org-editor');
  });

  it('stops access once a grant is revoked', async () => {
    const asset = await createAsset(registry.admin, type, { organization: org });
    const user = await createUser(registry, { organization: org });
    const g = await grant(registry.admin, { principal: user.uuid, right: 'VIEW', object: asset.uuid });
    await registry.admin.data(Revoke, { id: g.id });
    expect((await user.client.data(GetObject, { uuid: asset.uuid })).object).toBeNull();
  });

  it('reserves object types to type administrators', async () => {
    const plain = await createUser(registry);
    const typeAdmin = await createUser(registry, { roles: ['TYPE_ADMINISTRATOR'] });
    const input = { name: 'Api', attributeDefinitions: [] };
    expect(await plain.client.errorCode(CreateType, { input })).toBe('FORBIDDEN');
    expect((await typeAdmin.client.data(CreateType, { input })).createObjectType.uuid).toBeTruthy();
  });

  it('reserves organizations to registry administrators', async () => {
    const typeAdmin = await createUser(registry, { roles: ['TYPE_ADMINISTRATOR'] });
    expect(await typeAdmin.client.errorCode(CreateOrg, { input: { name: 'Rogue' } })).toBe('FORBIDDEN');
  });

  it('refuses to delete an organization that still has objects', async () => {
    expect(await registry.admin.errorCode(Delete, { uuid: org })).toBe('CONFLICT');
  });

  it('deletes an object and leaves references to it dangling', async () => {
    const target = await createAsset(registry.admin, type, { organization: org });
    const source = await createAsset(registry.admin, type, { organization: org, references: [{ name: 'uses', target: target.uuid }] });
    await registry.admin.data(Delete, { uuid: target.uuid });
    const { object } = await registry.admin.data(
      graphql(`query PermRefs($uuid: ID!) { object(uuid: $uuid) { references { targetUuid target { uuid } } } }`),
      { uuid: source.uuid },
    );
    expect(object?.references).toEqual([{ targetUuid: target.uuid, target: null }]);
  });

  it("takes a deleted group's grants from its members, also when a group is made again under its UUID", async () => {
    const CreateGroup = graphql(`mutation PermCreateGroupAgain($input: CreateGroupInput!) { createGroup(input: $input) { uuid } }`);
    const group = (await registry.admin.data(CreateGroup, { input: { name: 'Readers', organization: org } })).createGroup.uuid;
    const asset = await createAsset(registry.admin, type, { organization: org });
    await grant(registry.admin, { principal: group, right: 'VIEW', object: asset.uuid });
    const member = await createUser(registry, { organization: org, groups: [group] });
    const before = (await member.client.data(GetObject, { uuid: asset.uuid })).object;
    await registry.admin.data(Delete, { uuid: group });
    const afterDelete = (await member.client.data(GetObject, { uuid: asset.uuid })).object;
    await registry.admin.data(CreateGroup, { input: { uuid: group, name: 'Readers again', organization: org } });
    const afterRecreate = (await member.client.data(GetObject, { uuid: asset.uuid })).object;
    expect([before?.uuid, afterDelete, afterRecreate]).toEqual([asset.uuid, null, null]);
  });
});
