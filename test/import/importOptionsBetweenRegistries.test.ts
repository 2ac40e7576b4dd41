import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { CommitImport, commit, exportToFile, importArchive, objectIn, planSummary, preview, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization, createUser } from '../support/registryBuilders.js';
import { suiteRegistries, type TestRegistry } from '../support/testRegistry.js';

const CreateGroup = graphql(`
  mutation OptionsCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) { uuid name }
  }
`);

const UpdateAsset = graphql(`
  mutation OptionsUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {
    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }
  }
`);

const UserGroups = graphql(`
  query OptionsUserGroups($uuid: ID!) {
    object(uuid: $uuid) { uuid ... on User { groups { uuid } } }
  }
`);

/*
 * The seed's import options between real registries: A exports an asset owned by a user of a user-defined group
 * (the default export carries the owner's record and its groups); B and C import it with and without the options.
 */
describe.each(databases)('import options between registries on $name', ({ create }) => {
  const [a, b, c] = suiteRegistries(create, [{}, {}, {}]);
  const ids = { group: '', user: '', asset: '' };
  let firstArchive = '';

  beforeAll(async () => {
    const org = (await createOrganization(a.admin)).uuid;
    const type = (await createObjectType(a.admin, { organization: org })).uuid;
    ids.group = (await a.admin.data(CreateGroup, { input: { name: 'reviewers', organization: org } })).createGroup.uuid;
    const user = await createUser(a, { name: 'ada', roles: ['REGISTRY_ADMINISTRATOR'], organization: org, groups: [ids.group] });
    ids.user = user.uuid;
    ids.asset = (await createAsset(user.client, type, { organization: org })).uuid;
    firstArchive = await exportToFile(a.admin, { objects: [ids.asset] });
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  const groupsOf = async (registry: TestRegistry, uuid: string) => {
    const found = (await registry.admin.data(UserGroups, { uuid })).object;
    return found && 'groups' in found ? found.groups.map((g) => g.uuid) : null;
  };

  it('without importUserGroups the group the archive holds for its user is not imported, and the membership is dropped', async () => {
    const staged = await stage(b.admin, firstArchive);
    const plan = await preview(b.admin, staged.id);
    expect(plan.decision(ids.group)).toMatchObject({ action: 'SKIP', selectedByDefault: false });
    expect(plan.decision(ids.group).reasons[0]).toMatchObject({ code: 'USER_GROUP_NOT_IMPORTED', decisive: true });
    expect(plan.codesOf(ids.user)).toContain('GROUP_MEMBERSHIP_DROPPED');
    const summary = await planSummary(b.admin, staged.id);
    expect(summary.countsByReason).toContainEqual({ action: 'SKIP', code: 'USER_GROUP_NOT_IMPORTED', decisive: true, count: 1 });
    expect(summary.countsByKind).toContainEqual({ action: 'SKIP', kind: 'GROUP', count: 2 }); // and A's "Everyone"
    const withGroups = await preview(b.admin, staged.id, { options: { importUserGroups: true } });
    expect(withGroups.decision(ids.group).action).toBe('CREATE');
    expect(withGroups.codesOf(ids.group)).toContain('GROUP_IMPORTED_WITH_USER');

    const res = await importArchive(b.admin, firstArchive, { options: { keepCurrentOwner: true } });
    expect(res.data?.importArchive).toMatchObject({ status: 'SUCCEEDED' });
    expect(await objectIn(b.admin, ids.group)).toBeNull();
    expect(await groupsOf(b, ids.user)).not.toContain(ids.group);
    expect((await objectIn(b.admin, ids.asset))!.ownerUuid).toBe(ids.user);
  });

  it('with importUserGroups the group comes with its user', async () => {
    const res = await importArchive(c.admin, firstArchive, { options: { importUserGroups: true } });
    expect(res.data?.importArchive).toMatchObject({ status: 'SUCCEEDED' });
    expect(await objectIn(c.admin, ids.group)).toMatchObject({ uuid: ids.group });
    expect(await groupsOf(c, ids.user)).toContain(ids.group);
  });

  it('keepCurrentOwner keeps an owner whose record is ignored as identical to the registry’s', async () => {
    await a.admin.data(UpdateAsset, { uuid: ids.asset, input: { description: 'v2' } });
    const staged = await stage(b.admin, await exportToFile(a.admin, { objects: [ids.asset] }));
    const options = { keepCurrentOwner: true };
    const plan = await preview(b.admin, staged.id, { options });
    expect(plan.decision(ids.user).action).toBe('IGNORE');
    expect(plan.decision(ids.asset).action).toBe('REPLACE');
    expect(plan.codesOf(ids.asset)).toContain('OWNER_KEPT');
    expect(plan.codesOf(ids.asset)).not.toContain('OWNER_OPTION_DISREGARDED');
    const record = await commit(b.admin, { stagedImportId: staged.id, options, expectedPlanDigest: plan.planDigest });
    expect(record.counts).toMatchObject({ replaced: 1 });
    expect(await objectIn(b.admin, ids.asset)).toMatchObject({ description: 'v2', ownerUuid: ids.user });
  });

  it('allowReplace replaces an older copy under the default selection (importArchive)', async () => {
    await b.admin.data(UpdateAsset, { uuid: ids.asset, input: { description: 'edited in B' } });
    const archive = await exportToFile(a.admin, { objects: [ids.asset] });
    const rejected = await importArchive(b.admin, archive);
    expect(rejected.data?.importArchive).toMatchObject({ status: 'SUCCEEDED', counts: { rejected: 1, replaced: 0 } });
    expect((await objectIn(b.admin, ids.asset))!.description).toBe('edited in B');

    const replaced = await importArchive(b.admin, archive, { options: { allowReplace: true } });
    expect(replaced.data?.importArchive).toMatchObject({ status: 'SUCCEEDED', counts: { replaced: 1 } });
    expect((await objectIn(b.admin, ids.asset))!.description).toBe('v2');
  });

  it('refuses a plan that breaks the committer’s expectation before writing anything (IMPORT_BLOCKED, with the counts)', async () => {
    const type = (await createObjectType(a.admin)).uuid;
    const fresh = (await createAsset(a.admin, type)).uuid;
    const archive = await exportToFile(a.admin, { objects: [fresh] });
    const refused = await importArchive(c.admin, archive, { expectation: { failOn: ['SKIP', 'REJECT'] } });
    const error = refused.errors?.[0];
    expect(error?.extensions?.code).toBe('IMPORT_BLOCKED');
    expect((error?.extensions?.details as { breaches: unknown }).breaches).toEqual([{ action: 'SKIP', count: 1, limit: 0 }]); // A's "Everyone"
    expect(await objectIn(c.admin, fresh)).toBeNull();

    const staged = await stage(c.admin, archive);
    const capped = await c.admin.request(CommitImport, { input: { stagedImportId: staged.id, expectation: { max: [{ action: 'CREATE', max: 1 }] } } });
    expect(capped.errors?.[0]?.extensions).toMatchObject({ code: 'IMPORT_BLOCKED', details: { breaches: [{ action: 'CREATE', count: 2, limit: 1 }] } });
    expect(await objectIn(c.admin, fresh)).toBeNull();
    const negative = await c.admin.request(CommitImport, { input: { stagedImportId: staged.id, expectation: { max: [{ action: 'CREATE', max: -1 }] } } });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const kept = await commit(c.admin, { stagedImportId: staged.id, expectation: { failOn: ['REJECT'], max: [{ action: 'CREATE', max: 2 }] } });
    expect(kept).toMatchObject({ status: 'SUCCEEDED', counts: { created: 2 } });
    expect(await objectIn(c.admin, fresh)).toMatchObject({ uuid: fresh });
  });

  it('warns of an object of the same kind and name under another UUID, naming it, and imports by UUID all the same', async () => {
    const inA = await createOrganization(a.admin, 'globex');
    const inC = await createOrganization(c.admin, 'globex');
    const staged = await stage(c.admin, await exportToFile(a.admin, { objects: [inA.uuid] }));
    const plan = await preview(c.admin, staged.id);
    expect(plan.decision(inA.uuid).action).toBe('CREATE');
    const warning = plan.decision(inA.uuid).reasons.find((r) => r.code === 'SAME_NAME_OTHER_UUID');
    expect(warning).toMatchObject({ severity: 'WARNING', decisive: false, uuids: [inC.uuid] });
    expect(warning!.message).toContain(inC.uuid);
    await commit(c.admin, { stagedImportId: staged.id, expectedPlanDigest: plan.planDigest });
    expect(await objectIn(c.admin, inA.uuid)).toMatchObject({ name: 'globex' });
    expect(await objectIn(c.admin, inC.uuid)).toMatchObject({ name: 'globex' });
  });
});
