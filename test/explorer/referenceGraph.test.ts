import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { ReferenceGraphQuery } from '../generated/graphql.js';
import { databases } from '../support/databases.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const Graph = graphql(`
  query ReferenceGraph($root: ID!, $depth: Int!, $limit: Int!, $filter: ReferenceGraphFilter, $expand: [ReferenceGraphExpansion!]) {
    referenceGraph(root: $root, depth: $depth, limitPerNode: $limit, filter: $filter, expand: $expand) {
      rootUuid
      nodes { uuid depth expanded limit matchedEdges hiddenByLimit hiddenByFilter object { uuid name kind } }
      edges { sourceUuid name targetUuid }
      hiddenByLimit
      hiddenByFilter
      truncated
      referenceNames { name count }
    }
  }
`);

type Graph = NonNullable<ReferenceGraphQuery['referenceGraph']>;

/** Every expanded node's matching edges are drawn or counted as hidden; the totals are the nodes' sums. */
function expectExactAccounting(g: Graph): void {
  for (const node of g.nodes.filter((n) => n.expanded)) {
    const drawn = g.edges.filter((e) => e.sourceUuid === node.uuid || e.targetUuid === node.uuid).length;
    expect(node.matchedEdges).toBe(drawn + node.hiddenByLimit);
  }
  expect(g.hiddenByLimit).toBe(g.nodes.reduce((sum, n) => sum + n.hiddenByLimit, 0));
}

const edgeKey = (e: { sourceUuid: string; name: string; targetUuid: string }) => `${e.sourceUuid} -${e.name}-> ${e.targetUuid}`;

/*
 * hub references dep (which references deeper) and a UUID that exists nowhere; twelve callers reference hub;
 * secret, in an organization the reader may not view, references hub and is referenced by it.
 */
describe.each(databases)('reference graph on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let reader: Awaited<ReturnType<typeof createUser>>;
  const missing = randomUUID();
  const ids = { hub: '', dep: '', deeper: '', secret: '', callers: [] as string[] };

  beforeAll(async () => {
    const [open, closed] = [(await createOrganization(registry.admin)).uuid, (await createOrganization(registry.admin)).uuid];
    const type = (await createObjectType(registry.admin)).uuid;
    const asset = (name: string, organization: string, references: { name: string; target: string }[] = [], uuid?: string) =>
      createAsset(registry.admin, type, { name, organization, references, ...(uuid ? { uuid } : {}) } as never).then((a) => a.uuid);
    ids.deeper = await asset('deeper', open);
    ids.dep = await asset('dep', open, [{ name: 'uses', target: ids.deeper }]);
    // Its UUID sorts after every caller's: among hub's incoming edges (by name, then source) it comes last.
    ids.secret = await asset('secret', closed, [], `ffffffff-ffff-4fff-bfff-${randomUUID().slice(-12)}`);
    ids.hub = await asset('hub', open, [
      { name: 'depends', target: ids.dep },
      { name: 'doc', target: missing },
      { name: 'uses', target: ids.secret },
    ]);
    for (let i = 0; i < 12; i++) ids.callers.push(await asset(`caller-${String(i).padStart(2, '0')}`, open, [{ name: 'calls', target: ids.hub }]));
    await registry.admin.data(
      graphql(`mutation GraphSecretLinks($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }`),
      { uuid: ids.secret, input: { references: [{ name: 'calls', target: ids.hub }] } },
    );
    reader = await createUser(registry, { organization: open });
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: open });
  });

  it('draws references both ways to depth two, a missing target as its bare UUID', async () => {
    const g = (await registry.admin.data(Graph, { root: ids.hub, depth: 2, limit: 50 })).referenceGraph!;
    const byUuid = new Map(g.nodes.map((n) => [n.uuid, n]));
    expect(byUuid.get(ids.hub)).toMatchObject({ depth: 0, expanded: true, matchedEdges: 16, hiddenByLimit: 0 });
    expect(byUuid.get(ids.deeper)).toMatchObject({ depth: 2, expanded: false, object: { name: 'deeper' } });
    expect(byUuid.get(missing)).toMatchObject({ depth: 1, expanded: false, object: null });
    expect(g.edges.map(edgeKey)).toEqual(
      expect.arrayContaining([`${ids.hub} -doc-> ${missing}`, `${ids.dep} -uses-> ${ids.deeper}`, `${ids.secret} -calls-> ${ids.hub}`]),
    );
    expect(g.nodes).toHaveLength(17);
    expect(g.referenceNames).toEqual([
      { name: 'calls', count: 13 }, // twelve callers and secret to hub
      { name: 'depends', count: 1 },
      { name: 'doc', count: 1 },
      { name: 'uses', count: 2 },
    ]);
    expectExactAccounting(g);
  });

  it('draws at most limitPerNode edges of a node and counts the rest on it, never dropping them', async () => {
    const g = (await registry.admin.data(Graph, { root: ids.hub, depth: 1, limit: 5 })).referenceGraph!;
    const hub = g.nodes.find((n) => n.uuid === ids.hub)!;
    // five edges by the limit (its three own first, then two callers'), and secret's "calls" back, which the limit
    // cut but which joins two drawn nodes
    expect(g.edges.map(edgeKey)).toContain(`${ids.secret} -calls-> ${ids.hub}`);
    expect(g.edges).toHaveLength(6);
    expect(hub).toMatchObject({ limit: 5, matchedEdges: 16, hiddenByLimit: 10 });
    expect(g.hiddenByLimit).toBe(10);
    expectExactAccounting(g);
  });

  it('expands one node beyond the limit when asked ("+k more")', async () => {
    const g = (await registry.admin.data(Graph, { root: ids.hub, depth: 1, limit: 5, expand: [{ uuid: ids.hub, limit: 100 }] })).referenceGraph!;
    expect(g.nodes.find((n) => n.uuid === ids.hub)).toMatchObject({ limit: 100, hiddenByLimit: 0 });
    expect(g.edges).toHaveLength(16);
  });

  it('filters by reference name and by kind, counting every edge the filter leaves out once', async () => {
    const byName = (await registry.admin.data(Graph, { root: ids.hub, depth: 2, limit: 50, filter: { names: ['depends', 'uses'] } })).referenceGraph!;
    expect(byName.edges.map(edgeKey).sort()).toEqual(
      [`${ids.hub} -depends-> ${ids.dep}`, `${ids.hub} -uses-> ${ids.secret}`, `${ids.dep} -uses-> ${ids.deeper}`].sort(),
    );
    // hub: 13 "calls" and 1 "doc" left out; secret (expanded): its "calls" to hub, already counted at hub
    expect(byName.hiddenByFilter).toBe(14);
    expectExactAccounting(byName);
    const byKind = (await registry.admin.data(Graph, { root: ids.hub, depth: 1, limit: 50, filter: { kinds: ['USER'] } })).referenceGraph!;
    expect(byKind.nodes.map((n) => n.uuid)).toEqual([ids.hub, missing]); // a missing target's kind is unknown: it passes
    expect(byKind.hiddenByFilter).toBe(15);
  });

  it('shows a reader a hidden object as a bare UUID: neither its name nor its references', async () => {
    const g = (await reader.client.data(Graph, { root: ids.hub, depth: 2, limit: 50 })).referenceGraph!;
    const secret = g.nodes.find((n) => n.uuid === ids.secret)!;
    expect(secret).toMatchObject({ object: null, expanded: false });
    expect(g.edges.map(edgeKey)).toContain(`${ids.hub} -uses-> ${ids.secret}`);
    expect(g.edges.map(edgeKey)).not.toContain(`${ids.secret} -calls-> ${ids.hub}`);
    expect(g.nodes.find((n) => n.uuid === ids.hub)).toMatchObject({ matchedEdges: 15, hiddenByFilter: 0 });
    expectExactAccounting(g);
    expect((await reader.client.data(Graph, { root: ids.secret, depth: 1, limit: 5 })).referenceGraph).toBeNull();
  });

  it('costs a fixed number of statements whatever the neighbourhood holds', async () => {
    registry.queries.reset();
    await reader.client.data(Graph, { root: ids.hub, depth: 2, limit: 50 });
    // token, grants, root, two per level, the edges among nodes, the names, the nodes' objects
    expect(registry.queries.list.length).toBeLessThanOrEqual(10);
  });

  it('refuses a depth beyond two or a limit beyond fifty with BAD_USER_INPUT', async () => {
    expect(await registry.admin.errorCode(Graph, { root: ids.hub, depth: 3, limit: 5 })).toBe('BAD_USER_INPUT');
    expect(await registry.admin.errorCode(Graph, { root: ids.hub, depth: 1, limit: 51 })).toBe('BAD_USER_INPUT');
  });
});
