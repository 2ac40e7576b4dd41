import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { createEveryKind, exportAndRead, removeTempFiles, tryExport } from '../support/exportBuilders.js';
import { createAsset, createObjectType, createOrganization } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const Me = graphql(`
  query ExportSelectionMe {
    me { uuid organizationUuid groupUuids }
  }
`);

describe.each(databases)('what an export holds on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let kinds: Awaited<ReturnType<typeof createEveryKind>>;
  let chain: { orgX: string; orgY: string; type: string; a: string; b: string; c: string; unrelated: string; missing: string };
  let versions: string[];
  let successor: { org: string; uuid: string };

  beforeAll(async () => {
    kinds = await createEveryKind(registry.admin);
    const orgX = (await createOrganization(registry.admin)).uuid;
    const orgY = (await createOrganization(registry.admin)).uuid;
    const type = (await createObjectType(registry.admin, { organization: orgX })).uuid;
    const c = (await createAsset(registry.admin, type, { organization: orgY })).uuid;
    const b = (await createAsset(registry.admin, type, { organization: orgX, references: [{ name: 'uses', target: c }] })).uuid;
    const missing = randomUUID();
    const a = (await createAsset(registry.admin, type, { organization: orgX, references: [{ name: 'uses', target: b }, { name: 'gone', target: missing }] })).uuid;
    const unrelated = (await createAsset(registry.admin, type, { organization: orgY })).uuid;
    chain = { orgX, orgY, type, a, b, c, unrelated, missing };
    versions = [];
    for (const version of ['1.0', '2.0', '3.0']) {
      versions.push((await createAsset(registry.admin, type, { organization: orgY, version, previousVersion: versions.at(-1) })).uuid);
    }
    const orgZ = (await createOrganization(registry.admin)).uuid;
    successor = { org: orgZ, uuid: (await createAsset(registry.admin, type, { organization: orgZ, version: '4.0', previousVersion: versions[2] })).uuid };
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  const uuidsOf = (records: { uuid: string }[]) => records.map((r) => r.uuid);

  it('follows references transitively, with every organization, object type and owner they need', async () => {
    const { me } = await registry.admin.data(Me);
    const { records } = await exportAndRead(registry.admin, { objects: [chain.a] });
    expect(uuidsOf(records)).toEqual(
      expect.arrayContaining([chain.a, chain.b, chain.c, chain.type, chain.orgX, chain.orgY, me.uuid, me.organizationUuid!, ...me.groupUuids]),
    );
  });

  it('leaves out objects nothing links to', async () => {
    const { records } = await exportAndRead(registry.admin, { objects: [chain.a] });
    expect(uuidsOf(records)).not.toContain(chain.unrelated);
  });

  it('keeps a reference to a missing object in the record without following it', async () => {
    const { records } = await exportAndRead(registry.admin, { objects: [chain.a] });
    expect(records.find((r) => r.uuid === chain.a)!.references).toContainEqual({ name: 'gone', target: chain.missing });
    expect(uuidsOf(records)).not.toContain(chain.missing);
  });

  it('pulls in the lifecycle model, its stages and its object types for an asset in a lifecycle', async () => {
    const { records } = await exportAndRead(registry.admin, { objects: [kinds.asset] });
    expect(uuidsOf(records)).toEqual(expect.arrayContaining([kinds.model, kinds.stage, kinds.objectType, kinds.used, kinds.organization]));
  });

  it('pulls in a user’s groups and a package’s members', async () => {
    const { records } = await exportAndRead(registry.admin, { objects: [kinds.user, kinds.package] });
    expect(uuidsOf(records)).toEqual(expect.arrayContaining([kinds.group, kinds.asset, kinds.used]));
  });

  it('writes only the selection when references are not included', async () => {
    const { records, manifest } = await exportAndRead(registry.admin, { objects: [chain.a], includeReferences: false });
    expect(uuidsOf(records)).toEqual([chain.a]);
    expect(manifest.options).toMatchObject({ objects: [chain.a], includeReferences: false });
  });

  it('writes what others point at before them', async () => {
    const { records } = await exportAndRead(registry.admin, { objects: [chain.a] });
    const position = (uuid: string) => records.findIndex((r) => r.uuid === uuid);
    expect(position(chain.orgX)).toBeLessThan(position(chain.type));
    expect(position(chain.type)).toBeLessThan(position(chain.a));
  });

  it('writes only the selected version without version history', async () => {
    const { records } = await exportAndRead(registry.admin, { objects: [versions[2]!], includeReferences: false });
    expect(uuidsOf(records)).toEqual([versions[2]]);
    expect(records[0]!.previousVersion).toBe(versions[1]);
  });

  it('writes the whole previous-version chain with version history', async () => {
    const { records, manifest } = await exportAndRead(registry.admin, { objects: [versions[2]!], includeReferences: false, includeVersionHistory: true });
    expect(uuidsOf(records).sort()).toEqual([...versions].sort());
    expect(manifest.options.includeVersionHistory).toBe(true);
  });

  it('exports a package as its members and itself', async () => {
    const { records, manifest } = await exportAndRead(registry.admin, { package: kinds.package, includeReferences: false });
    expect(uuidsOf(records).sort()).toEqual([kinds.package, kinds.asset, kinds.used].sort());
    expect(manifest.options).toMatchObject({ package: kinds.package, completeOrganization: null });
  });

  it('exports a whole organization and marks the archive as that complete organization', async () => {
    const { records, manifest } = await exportAndRead(registry.admin, { organization: chain.orgX, includeReferences: false });
    expect(uuidsOf(records).sort()).toEqual([chain.orgX, chain.type, chain.a, chain.b].sort());
    expect(manifest.options).toMatchObject({ objects: [chain.orgX], completeOrganization: chain.orgX });
  });

  it('exports a whole organization with everything its objects link to outside it', async () => {
    const { me } = await registry.admin.data(Me);
    const { records } = await exportAndRead(registry.admin, { organization: chain.orgX });
    expect(uuidsOf(records)).toEqual(expect.arrayContaining([chain.orgX, chain.type, chain.a, chain.b, chain.c, chain.orgY, me.uuid]));
    expect(uuidsOf(records)).not.toContain(chain.unrelated);
  });

  it('writes a whole organization by kind too, its object types before its assets', async () => {
    const { records } = await exportAndRead(registry.admin, { organization: chain.orgX, includeReferences: false });
    const position = (uuid: string) => records.findIndex((r) => r.uuid === uuid);
    expect(Math.max(position(chain.orgX), position(chain.type))).toBeLessThan(Math.min(position(chain.a), position(chain.b)));
  });

  it('exports a whole organization with the earlier versions of its objects, wherever they are', async () => {
    const { records } = await exportAndRead(registry.admin, { organization: successor.org, includeReferences: false, includeVersionHistory: true });
    expect(uuidsOf(records).sort()).toEqual([successor.org, successor.uuid, ...versions].sort());
  });

  it('refuses a selected object that does not exist with NOT_FOUND', async () => {
    const res = await tryExport(registry.admin, { objects: [randomUUID()] });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an input that names more than one selection with BAD_USER_INPUT', async () => {
    const res = await tryExport(registry.admin, { objects: [chain.a], organization: chain.orgX });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
