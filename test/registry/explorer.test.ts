import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const AssetPage = graphql(`
  query ExplorerAssetPage($first: Int!, $after: String, $filter: ObjectFilter) {
    objects(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          uuid
          name
          owner { name }
          organization { name }
          references { name targetUuid target { uuid name } }
          ... on Asset { lifecycleState { name } objectType { name } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ObjectWithLinks = graphql(`
  query ExplorerObject($uuid: ID!) {
    object(uuid: $uuid) {
      uuid
      references { name targetUuid target { uuid } }
      referencedBy { name sourceUuid }
      ... on Asset { version versionPath { uuid version } previousVersion { uuid } }
    }
  }
`);

const CreateModel = graphql(`
  mutation ExplorerCreateModel($input: CreateLifecycleModelInput!) {
    createLifecycleModel(input: $input) { uuid states { uuid name } }
  }
`);

const AssetPageWithAttributes = graphql(`
  query ExplorerAssetPageWithAttributes($first: Int!, $filter: ObjectFilter) {
    objects(first: $first, filter: $filter) {
      edges {
        node {
          uuid
          owner { name }
          ... on Asset { lifecycleState { name } attributes }
          references { targetUuid target { ... on Asset { attributes } } }
        }
      }
    }
  }
`);

const NamesPage = graphql(`
  query ExplorerNamesPage($first: Int!, $filter: ObjectFilter) {
    objects(first: $first, filter: $filter) { edges { node { uuid name } } }
  }
`);

const OwnersByFragment = graphql(`
  query ExplorerOwnersByFragment($first: Int!, $filter: ObjectFilter) {
    objects(first: $first, filter: $filter) { edges { ...ExplorerOwnerEdge } }
  }
  fragment ExplorerOwnerEdge on RegistryObjectEdge { node { uuid owner { name } } }
`);

const Count = graphql(`
  query ExplorerCount($filter: ObjectFilter) {
    objects(first: 0, filter: $filter) { totalCount }
  }
`);

describe.each(databases)('object explorer on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let typeUuid: string;
  let orgUuid: string;
  let reader: Awaited<ReturnType<typeof createUser>>;
  const assets: string[] = [];

  beforeAll(async () => {
    orgUuid = (await createOrganization(registry.admin, 'Explorers')).uuid;
    typeUuid = (await createObjectType(registry.admin, { name: 'Service' })).uuid;
    await registry.admin.data(CreateModel, {
      input: { name: 'Std', status: 'PRODUCTIVE', states: [{ name: 'Designed' }, { name: 'Live' }], initialState: 'Designed', transitions: [{ from: 'Designed', to: 'Live' }], objectTypes: [typeUuid] },
    });
    for (let i = 0; i < 120; i++) {
      const references = assets.length ? [{ name: 'uses', target: assets[assets.length - 1] }, { name: 'uses', target: assets[0] }] : [];
      const a = await createAsset(registry.admin, typeUuid, {
        name: `svc-${String(i).padStart(3, '0')}`,
        organization: orgUuid,
        references,
        attributes: { endpoint: `https://svc-${i}.example.test` },
      });
      assets.push(a.uuid);
    }
    reader = await createUser(registry, { organization: orgUuid });
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: orgUuid });
  });

  it('serves a page of 100 assets with references, owners and states in at most 6 SQL statements', async () => {
    registry.queries.reset();
    const page = await reader.client.data(AssetPage, { first: 100, filter: { kinds: ['ASSET'] } });
    expect(page.objects.edges).toHaveLength(100);
    expect(page.objects.edges[5].node.references.every((r) => r.target !== null)).toBe(true);
    expect(registry.queries.list.length).toBeLessThanOrEqual(6);
  });

  it('costs the same number of statements for 10 assets as for 100', async () => {
    registry.queries.reset();
    await reader.client.data(AssetPage, { first: 10, filter: { kinds: ['ASSET'] } });
    const small = registry.queries.list.length;
    registry.queries.reset();
    await reader.client.data(AssetPage, { first: 100, filter: { kinds: ['ASSET'] } });
    expect(registry.queries.list.length).toBe(small);
  });

  it("reads attributes only where a page asks for them: each object's own, pages and targets alike, in one statement more", async () => {
    registry.queries.reset();
    await reader.client.data(AssetPage, { first: 100, filter: { kinds: ['ASSET'] } });
    const without = registry.queries.list.length;
    registry.queries.reset();
    const page = await reader.client.data(AssetPageWithAttributes, { first: 100, filter: { kinds: ['ASSET'] } });
    expect(registry.queries.list.length).toBe(without + 1);
    const endpointOf = new Map(assets.map((uuid, i) => [uuid, `https://svc-${i}.example.test`]));
    for (const { node } of page.objects.edges) {
      expect(node).toMatchObject({ attributes: { endpoint: endpointOf.get(node.uuid) } });
      for (const r of node.references) expect(r.target).toEqual({ attributes: { endpoint: endpointOf.get(r.targetUuid) } });
    }
  });

  it("reads a page's owners only when its nodes select them, through a fragment too, in one statement", async () => {
    registry.queries.reset();
    await reader.client.data(NamesPage, { first: 100, filter: { kinds: ['ASSET'] } });
    const names = registry.queries.list.length;
    registry.queries.reset();
    const page = await reader.client.data(OwnersByFragment, { first: 100, filter: { kinds: ['ASSET'] } });
    expect(registry.queries.list.length).toBe(names + 1);
    expect(page.objects.edges.map((e) => e.node.owner?.name)).toEqual(Array.from({ length: 100 }, () => 'administrator'));
  });

  it("seeks a page after a cursor from the cursor's name on (a range an index serves), not from the kind's first object", async () => {
    const first = await registry.admin.data(AssetPage, { first: 10, filter: { kinds: ['ASSET'] } });
    registry.queries.reset();
    await registry.admin.data(AssetPage, { first: 10, after: first.objects.pageInfo.endCursor, filter: { kinds: ['ASSET'] } });
    const page = registry.queries.list.find((q) => /from .registry_object. as .r0./.test(q) && /order by/.test(q));
    expect(page).toMatch(/.name. >= /);
  });

  it('pages with cursors without repeating or skipping objects', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    do {
      const page = await registry.admin.data(AssetPage, { first: 50, after, filter: { kinds: ['ASSET'] } });
      seen.push(...page.objects.edges.map((e) => e.node.uuid));
      after = page.objects.pageInfo.hasNextPage ? page.objects.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(120);
    expect(seen.length).toBe(120);
  });

  it('filters by name, case-insensitively', async () => {
    const page = await registry.admin.data(AssetPage, { first: 100, filter: { nameContains: 'SVC-00' } });
    expect(page.objects.edges.map((e) => e.node.name).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `svc-00${i}`));
  });

  it('counts the objects a name filter matches', async () => {
    const { objects } = await registry.admin.data(Count, { filter: { nameContains: 'svc-01' } });
    expect(objects.totalCount).toBe(10);
  });

  it('filters by type, organization and lifecycle state', async () => {
    const first = await registry.admin.data(AssetPage, { first: 1, filter: { kinds: ['ASSET'] } });
    expect(first.objects.edges[0].node.lifecycleState?.name).toBe('Designed');
    const { objects } = await registry.admin.data(Count, { filter: { objectType: typeUuid, organization: orgUuid } });
    expect(objects.totalCount).toBe(120);
  });

  it('hides assets from a user without a grant', async () => {
    const stranger = await createUser(registry);
    const { objects } = await stranger.client.data(Count, { filter: { kinds: ['ASSET'] } });
    expect(objects.totalCount).toBe(0);
  });

  it('shows references both ways', async () => {
    const { object } = await registry.admin.data(ObjectWithLinks, { uuid: assets[0] });
    expect(object?.referencedBy.length).toBeGreaterThanOrEqual(100);
    const { object: second } = await registry.admin.data(ObjectWithLinks, { uuid: assets[2] });
    expect(second?.references.map((r) => r.targetUuid).sort()).toEqual([assets[0], assets[1]].sort());
  });

  it('shows a missing reference target as its bare UUID', async () => {
    const missing = '7d2b8c1e-0000-4000-8000-000000000001';
    const a = await createAsset(registry.admin, typeUuid, { organization: orgUuid, references: [{ name: 'dependsOn', target: missing }] });
    const { object } = await registry.admin.data(ObjectWithLinks, { uuid: a.uuid });
    expect(object?.references).toEqual([{ name: 'dependsOn', targetUuid: missing, target: null }]);
  });

  it('walks the version path oldest first', async () => {
    const v1 = await createAsset(registry.admin, typeUuid, { organization: orgUuid, version: '1.0' });
    const v2 = await createAsset(registry.admin, typeUuid, { organization: orgUuid, version: '2.0', previousVersion: v1.uuid });
    const v3 = await createAsset(registry.admin, typeUuid, { organization: orgUuid, version: '2.1', previousVersion: v2.uuid });
    const { object } = await registry.admin.data(ObjectWithLinks, { uuid: v3.uuid });
    expect(object).toMatchObject({ version: '2.1', previousVersion: { uuid: v2.uuid } });
    expect((object as { versionPath: { version: string }[] }).versionPath.map((v) => v.version)).toEqual(['1.0', '2.0', '2.1']);
  });
});
