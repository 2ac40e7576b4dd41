import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/domain/objectKind.js';
import { records } from '../fixtures/records.js';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, preview, stage } from '../support/importClient.js';
import { createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { writeTestArchive } from '../support/testArchives.js';
import { suiteRegistry } from '../support/testRegistry.js';

/*
 * Only registry administrators give, change or take away roles: through users, groups, group memberships and
 * imports alike. A group's roles are its members' roles (`me.roles`).
 */

const CreateGroup = graphql(`
  mutation RolesCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) { uuid name roles timestamp }
  }
`);

const UpdateGroup = graphql(`
  mutation RolesUpdateGroup($uuid: ID!, $input: UpdateGroupInput!) {
    updateGroup(uuid: $uuid, input: $input) { uuid name roles }
  }
`);

const GroupOf = graphql(`
  query RolesGroup($uuid: ID!) {
    object(uuid: $uuid) { uuid name timestamp ... on Group { roles } }
  }
`);

const Me = graphql(`
  query RolesMe { me { uuid roles ownRoles } }
`);

const Membership = graphql(`
  mutation RolesAddMember($group: ID!, $user: ID!) {
    addGroupMember(group: $group, user: $user) { uuid }
  }
`);

const DeleteObject = graphql(`
  mutation RolesDelete($uuid: ID!) { deleteObject(uuid: $uuid) }
`);

const ExportKeystore = graphql(`
  mutation RolesExportKeystore($password: String!) { exportKeystore(password: $password) { keyCount } }
`);

const CreateType = graphql(`
  mutation RolesCreateType($input: CreateObjectTypeInput!) { createObjectType(input: $input) { uuid } }
`);

describe.each(databases)('who gives roles on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let org: { uuid: string; name: string };

  beforeAll(async () => {
    org = await createOrganization(registry.admin);
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  /** A group created by the administrator, and a member of it who may edit it (EDIT granted on the group). */
  async function groupEditor(roles: Role[] = []) {
    const group = (await registry.admin.data(CreateGroup, { input: { name: `group-${Math.random()}`, organization: org.uuid, roles } })).createGroup;
    const member = await createUser(registry, { organization: org.uuid, groups: [group.uuid] });
    await grant(registry.admin, { principal: member.uuid, right: 'EDIT', object: group.uuid });
    return { group, member };
  }

  it('refuses a group editor who gives their own group the administrator role, and leaves them without it', async () => {
    const { group, member } = await groupEditor();
    const code = await member.client.errorCode(UpdateGroup, { uuid: group.uuid, input: { roles: ['REGISTRY_ADMINISTRATOR'] } });
    const after = (await registry.admin.data(GroupOf, { uuid: group.uuid })).object;
    expect([code, after && 'roles' in after ? after.roles : null, await member.client.errorCode(ExportKeystore, { password: 'secret-password' })]).toEqual([
      'FORBIDDEN',
      [],
      'FORBIDDEN',
    ]);
  });

  it('refuses a group editor who takes a role away from their group', async () => {
    const { group, member } = await groupEditor([Role.TYPE_ADMINISTRATOR]);
    expect(await member.client.errorCode(UpdateGroup, { uuid: group.uuid, input: { roles: [] } })).toBe('FORBIDDEN');
  });

  it('lets a group editor rename a group that carries roles, the roles unchanged', async () => {
    const { group, member } = await groupEditor([Role.TYPE_ADMINISTRATOR]);
    const { updateGroup } = await member.client.data(UpdateGroup, { uuid: group.uuid, input: { name: `renamed-${group.name}` } });
    expect(updateGroup).toMatchObject({ name: `renamed-${group.name}`, roles: ['TYPE_ADMINISTRATOR'] });
  });

  it('refuses a user allowed to create groups a group that carries a role, but not one without', async () => {
    const creator = await createUser(registry, { organization: org.uuid });
    await grant(registry.admin, { principal: creator.uuid, right: 'CREATE', typeKey: 'GROUP', organization: org.uuid });
    const withRole = await creator.client.errorCode(CreateGroup, { input: { name: 'Admins too', organization: org.uuid, roles: ['TYPE_ADMINISTRATOR'] } });
    const plain = await creator.client.data(CreateGroup, { input: { name: 'Readers', organization: org.uuid } });
    expect([withRole, plain.createGroup.roles]).toEqual(['FORBIDDEN', []]);
  });

  it('refuses a group editor who deletes a group that carries roles, taking them from its members', async () => {
    const { group, member } = await groupEditor([Role.TYPE_ADMINISTRATOR]);
    expect(await member.client.errorCode(DeleteObject, { uuid: group.uuid })).toBe('FORBIDDEN');
  });

  it('refuses a group editor who adds a user to a group that carries roles', async () => {
    const { group, member } = await groupEditor([Role.TYPE_ADMINISTRATOR]);
    const newcomer = await createUser(registry, { organization: org.uuid });
    expect(await member.client.errorCode(Membership, { group: group.uuid, user: newcomer.uuid })).toBe('FORBIDDEN');
  });

  it("shows in me.roles the roles a user holds through its groups, beside its own, and they work", async () => {
    const { member } = await groupEditor([Role.TYPE_ADMINISTRATOR]);
    const { me } = await member.client.data(Me);
    const created = await member.client.data(CreateType, { input: { name: `type-${Math.random()}`, attributeDefinitions: [] } });
    expect([me.roles, me.ownRoles, Boolean(created.createObjectType.uuid)]).toEqual([['TYPE_ADMINISTRATOR'], [], true]);
  });

  it('rejects the import of a newer copy of a group that gives it the administrator role, for its editor', async () => {
    const { group, member } = await groupEditor();
    const copy = records.group({
      uuid: group.uuid,
      name: group.name,
      organization: { uuid: org.uuid, name: org.name },
      timestamp: new Date(Date.parse(group.timestamp) + 60_000).toISOString(),
      fields: { roles: [Role.REGISTRY_ADMINISTRATOR] },
    });
    const staged = await stage(member.client, await writeTestArchive([copy]));
    const planned = await preview(member.client, staged.id);
    await commit(member.client, { stagedImportId: staged.id, expectedPlanDigest: planned.planDigest });
    const after = (await registry.admin.data(GroupOf, { uuid: group.uuid })).object;
    expect({
      action: planned.decision(group.uuid).action,
      codes: planned.codesOf(group.uuid),
      roles: after && 'roles' in after ? after.roles : null,
      me: (await member.client.data(Me)).me.roles,
    }).toEqual({ action: 'REJECT', codes: expect.arrayContaining(['ROLE_CHANGE_FORBIDDEN']), roles: [], me: [] });
  });

  it('imports a newer copy of a group that carries roles for an administrator', async () => {
    const { group } = await groupEditor();
    const copy = records.group({
      uuid: group.uuid,
      name: group.name,
      organization: { uuid: org.uuid, name: org.name },
      timestamp: new Date(Date.parse(group.timestamp) + 60_000).toISOString(),
      fields: { roles: [Role.TYPE_ADMINISTRATOR] },
    });
    const staged = await stage(registry.admin, await writeTestArchive([copy]));
    const planned = await preview(registry.admin, staged.id);
    await commit(registry.admin, { stagedImportId: staged.id, expectedPlanDigest: planned.planDigest });
    const after = (await registry.admin.data(GroupOf, { uuid: group.uuid })).object;
    expect([planned.decision(group.uuid).action, after && 'roles' in after ? after.roles : null]).toEqual(['REPLACE', ['TYPE_ADMINISTRATOR']]);
  });

  it('keeps a type administrator from giving a group roles', async () => {
    const typeAdmin = await createUser(registry, { organization: org.uuid, roles: ['TYPE_ADMINISTRATOR'] });
    const { group } = await groupEditor();
    await grant(registry.admin, { principal: typeAdmin.uuid, right: 'EDIT', object: group.uuid });
    expect(await typeAdmin.client.errorCode(UpdateGroup, { uuid: group.uuid, input: { roles: ['TYPE_ADMINISTRATOR'] } })).toBe('FORBIDDEN');
  });
});
