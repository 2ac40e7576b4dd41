import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { exportArchive, fetchArchive, removeTempFiles, setProtection, tryExport } from '../support/exportBuilders.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const AssetAttributes = graphql(`
  query ExportProtectionAttributes($uuid: ID!) {
    object(uuid: $uuid) { ... on Asset { attributes } }
  }
`);

const UpdateAsset = graphql(`
  mutation ExportProtectionUpdate($uuid: ID!) {
    updateAsset(uuid: $uuid, input: { description: "changed" }) { uuid }
  }
`);

describe.each(databases)('export permissions and protection flags on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let org: string;
  let type: string;
  let hidden: string;
  let linksToHidden: string;
  let visible: string;
  let reader: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    org = (await createOrganization(registry.admin)).uuid;
    const elsewhere = (await createOrganization(registry.admin)).uuid;
    type = (await createObjectType(registry.admin, { organization: org })).uuid;
    hidden = (await createAsset(registry.admin, type, { organization: elsewhere })).uuid;
    linksToHidden = (await createAsset(registry.admin, type, { organization: org, references: [{ name: 'uses', target: hidden }] })).uuid;
    visible = (await createAsset(registry.admin, type, { organization: org, attributes: { endpoint: 'https://visible.example.test' } })).uuid;
    reader = await createUser(registry, { organization: org });
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: org });
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  /** A fresh asset in `org`, so flag changes stay within one test. */
  const freshAsset = async () => (await createAsset(registry.admin, type, { organization: org, attributes: { endpoint: 'https://secret.example.test' } })).uuid;

  it('lets a user with VIEW export, references included', async () => {
    const exported = await exportArchive(reader.client, { objects: [visible] });
    expect(exported.objectCount).toBeGreaterThan(1);
  });

  it('refuses a selected object the caller may not view with FORBIDDEN naming it', async () => {
    const res = await tryExport(reader.client, { objects: [hidden] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', details: { uuids: [hidden] } });
  });

  it('refuses a referenced object the caller may not view with FORBIDDEN naming it, rather than dropping it', async () => {
    const res = await tryExport(reader.client, { objects: [linksToHidden] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', details: { uuids: [hidden] } });
  });

  it('serves the download to its creator and to administrators', async () => {
    const exported = await exportArchive(reader.client, { objects: [visible], includeReferences: false });
    const statuses = [(await fetchArchive(reader.client, exported.downloadUrl)).status, (await fetchArchive(registry.admin, exported.downloadUrl)).status];
    expect(statuses).toEqual([200, 200]);
  });

  it('answers 404 to anyone else asking for the archive, as for an unknown one', async () => {
    const exported = await exportArchive(registry.admin, { objects: [visible], includeReferences: false });
    const statuses = [(await fetchArchive(reader.client, exported.downloadUrl)).status, (await fetchArchive(registry.admin, `/archives/${randomUUID()}`)).status];
    expect(statuses).toEqual([404, 404]);
  });

  it('answers 401 to a download without a token', async () => {
    const exported = await exportArchive(registry.admin, { objects: [visible], includeReferences: false });
    expect((await fetchArchive(registry.admin, exported.downloadUrl, null)).status).toBe(401);
  });

  it('exports a whole organization for a user whose VIEW covers it', async () => {
    const exported = await exportArchive(reader.client, { organization: org, includeReferences: false });
    expect(exported.manifest.options).toMatchObject({ completeOrganization: org });
  });

  it('refuses a whole organization to a user without VIEW on its objects, naming them', async () => {
    const outsider = await createUser(registry, { organization: org });
    const res = await tryExport(outsider.client, { organization: org });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', details: { uuids: expect.arrayContaining([visible, linksToHidden]) } });
  });

  it('refuses a whole organization holding an object imported as not re-packageable', async () => {
    const lockedOrg = (await createOrganization(registry.admin)).uuid;
    const locked = (await createAsset(registry.admin, type, { organization: lockedOrg })).uuid;
    await setProtection(registry, locked, { rePackageable: false });
    const res = await tryExport(registry.admin, { organization: lockedOrg });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_REPACKAGEABLE', details: { uuids: [locked] } });
  });

  it('writes the requested protection flags into the manifest', async () => {
    const exported = await exportArchive(registry.admin, { objects: [visible], protection: { viewContent: false, rePackageable: false, editable: false } });
    expect(exported.manifest.protection).toEqual({ viewContent: false, rePackageable: false, editable: false });
  });

  it('never grants more than an exported object carries', async () => {
    const asset = await freshAsset();
    await setProtection(registry, asset, { viewContent: false });
    const exported = await exportArchive(registry.admin, { objects: [asset] });
    expect(exported.protection).toEqual({ viewContent: false, rePackageable: true, editable: true });
  });

  it('refuses to export an object imported as not re-packageable', async () => {
    const asset = await freshAsset();
    await setProtection(registry, asset, { rePackageable: false });
    const res = await tryExport(registry.admin, { objects: [asset] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_REPACKAGEABLE', details: { uuids: [asset] } });
  });

  it('refuses an export that would pull in a not re-packageable object', async () => {
    const locked = await freshAsset();
    await setProtection(registry, locked, { rePackageable: false });
    const linking = (await createAsset(registry.admin, type, { organization: org, references: [{ name: 'uses', target: locked }] })).uuid;
    const res = await tryExport(registry.admin, { objects: [linking] });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_REPACKAGEABLE', details: { uuids: [locked] } });
  });

  it('refuses to update an object imported as not editable with NOT_EDITABLE', async () => {
    const asset = await freshAsset();
    await setProtection(registry, asset, { editable: false });
    expect(await registry.admin.errorCode(UpdateAsset, { uuid: asset })).toBe('NOT_EDITABLE');
  });

  it('hides the attributes of an object imported without viewContent from a non-administrator', async () => {
    const asset = await freshAsset();
    await setProtection(registry, asset, { viewContent: false });
    const { object } = await reader.client.data(AssetAttributes, { uuid: asset });
    expect(object).toEqual({ attributes: null });
  });

  it('shows the attributes of an object imported without viewContent to an administrator', async () => {
    const asset = await freshAsset();
    await setProtection(registry, asset, { viewContent: false });
    const { object } = await registry.admin.data(AssetAttributes, { uuid: asset });
    expect(object).toEqual({ attributes: { endpoint: 'https://secret.example.test' } });
  });
});
