import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { records } from '../fixtures/records.js';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { exportArchive, fetchArchive, removeTempFiles, setProtection, tryExport } from '../support/exportBuilders.js';
import { preview, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { writeTestArchive } from '../support/testArchives.js';
import { suiteRegistry } from '../support/testRegistry.js';

/*
 * One rule decides who reads an object's content (its attributes): whoever may view the object, unless the
 * archive it came from withheld its content (viewContent false); then administrators only. The explorer,
 * export, downloads, staged records and the import preview all follow it.
 */

const Attributes = graphql(`
  query ContentRightsAttributes($uuid: ID!) {
    object(uuid: $uuid) { uuid ... on Asset { attributes } }
  }
`);

const DemoteUser = graphql(`
  mutation ContentRightsDemote($uuid: ID!) { updateUser(uuid: $uuid, input: { roles: [] }) { uuid } }
`);

const StagedRecords = graphql(`
  query ContentRightsStagedRecords($id: ID!) {
    stagedImport(id: $id) { objects(first: 10) { edges { node { uuid record } } } }
  }
`);

const CreatePolicy = graphql(`
  mutation ContentRightsPolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }
`);

describe.each(databases)('who reads content on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let org: { uuid: string; name: string };
  let type: string;
  let reader: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    org = await createOrganization(registry.admin);
    type = (await createObjectType(registry.admin, { organization: org.uuid })).uuid;
    reader = await createUser(registry, { organization: org.uuid });
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  /** An asset with attributes, as an import from an archive that withheld its content leaves it. */
  async function withheldAsset(organization = org.uuid) {
    const asset = await createAsset(registry.admin, type, { organization, attributes: { endpoint: 'https://secret.example.test' } });
    await setProtection(registry, asset.uuid, { viewContent: false });
    return asset.uuid;
  }

  it('shows a user with VIEW no attributes of an object whose content was withheld, and an administrator all of them', async () => {
    const asset = await withheldAsset();
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: asset });
    const seen = [(await reader.client.data(Attributes, { uuid: asset })).object, (await registry.admin.data(Attributes, { uuid: asset })).object];
    expect(seen.map((o) => (o && 'attributes' in o ? o.attributes : undefined))).toEqual([null, { endpoint: 'https://secret.example.test' }]);
  });

  it('refuses a user with VIEW the export of an object whose content is withheld from them, naming it', async () => {
    const asset = await withheldAsset();
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: asset });
    const res = await tryExport(reader.client, { objects: [asset] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', details: { uuids: [asset], reason: 'CONTENT_WITHHELD' } });
  });

  it('refuses the export when such an object is only pulled in by a reference', async () => {
    const target = await withheldAsset();
    const source = await createAsset(registry.admin, type, { organization: org.uuid, references: [{ name: 'uses', target }] });
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: source.uuid });
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: target });
    const res = await tryExport(reader.client, { objects: [source.uuid] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', details: { uuids: [target] } });
  });

  it('refuses a whole organization holding such an object to a user whose VIEW covers the organization', async () => {
    const covered = await createOrganization(registry.admin);
    const asset = await withheldAsset(covered.uuid);
    const orgReader = await createUser(registry, { organization: covered.uuid });
    await grant(registry.admin, { principal: orgReader.uuid, right: 'VIEW', object: covered.uuid });
    const res = await tryExport(orgReader.client, { organization: covered.uuid });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', details: { uuids: [asset] } });
  });

  it('lets an administrator export it, the archive withholding content in turn', async () => {
    const asset = await withheldAsset();
    expect((await exportArchive(registry.admin, { objects: [asset] })).protection.viewContent).toBe(false);
  });

  it('serves an archive holding withheld content to administrators only: its creator, no longer one, gets 404', async () => {
    const formerAdmin = await createUser(registry, { roles: ['REGISTRY_ADMINISTRATOR'] });
    const exported = await exportArchive(formerAdmin.client, { objects: [await withheldAsset()] });
    await registry.admin.data(DemoteUser, { uuid: formerAdmin.uuid });
    const statuses = [(await fetchArchive(formerAdmin.client, exported.downloadUrl)).status, (await fetchArchive(registry.admin, exported.downloadUrl)).status];
    expect(statuses).toEqual([404, 200]);
  });

  it('serves a user the archive they protected themselves, whose content they could read', async () => {
    const asset = await createAsset(registry.admin, type, { organization: org.uuid, attributes: { endpoint: 'https://open.example.test' } });
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: asset.uuid });
    const exported = await exportArchive(reader.client, { objects: [asset.uuid], includeReferences: false, protection: { viewContent: false, rePackageable: true, editable: true } });
    expect([exported.protection.viewContent, (await fetchArchive(reader.client, exported.downloadUrl)).status]).toEqual([false, 200]);
  });

  it('shows a user who staged an archive that withholds content no attributes of its records, and an administrator all', async () => {
    const orgRecord = records.organization();
    const typeRecord = records.objectType({ organization: { uuid: orgRecord.uuid, name: orgRecord.name } });
    const secret = records.asset(typeRecord.uuid, { attributes: { endpoint: 'https://staged-secret.example.test' } });
    const file = await writeTestArchive([orgRecord, typeRecord, secret], { protection: { viewContent: false } });
    const attributesSeenBy = async (client: typeof registry.admin) => {
      const staged = await stage(client, file);
      const edges = (await client.data(StagedRecords, { id: staged.id })).stagedImport!.objects.edges;
      return edges.find((e) => e.node.uuid === secret.uuid)!.node.record.attributes;
    };
    expect([await attributesSeenBy(reader.client), await attributesSeenBy(registry.admin)]).toEqual([null, { endpoint: 'https://staged-secret.example.test' }]);
  });

  it("shows in a user's preview no attributes a policy would write into an object whose archive withholds content", async () => {
    const policedType = (await createObjectType(registry.admin, { organization: org.uuid })).uuid;
    await registry.admin.data(CreatePolicy, {
      input: {
        name: 'stamp',
        organization: org.uuid,
        events: ['PRE_CREATE'],
        objectTypes: [policedType],
        actions: [{ type: 'SET_ATTRIBUTE', attribute: 'endpoint', value: 'https://stamped.example.test' }],
      },
    });
    const importer = await createUser(registry, { organization: org.uuid });
    await grant(registry.admin, { principal: importer.uuid, right: 'CREATE', typeKey: policedType, organization: org.uuid });
    const asset = records.asset(policedType, { organization: { uuid: org.uuid, name: org.name }, attributes: { endpoint: 'https://a.example.test' } });
    const file = await writeTestArchive([asset], { protection: { viewContent: false } });
    const outcomeFor = async (client: typeof registry.admin) => (await preview(client, (await stage(client, file)).id)).decision(asset.uuid).outcome?.attributes;
    expect([await outcomeFor(importer.client), await outcomeFor(registry.admin)]).toEqual([null, { endpoint: 'https://stamped.example.test' }]);
  });
});
