import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { suiteRegistry } from '../support/testRegistry.js';

const Incoming = graphql(`
  query ObjectPageIncoming($uuid: ID!, $first: Int!, $after: String) {
    incomingReferences(uuid: $uuid, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { name sourceUuid targetUuid source { name } } }
    }
  }
`);

const History = graphql(`
  query ObjectPageHistory($uuid: ID!, $first: Int!, $after: String) {
    objectImportHistory(uuid: $uuid, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { action line reasons { code } record { id status startedAt user { uuid } } } }
    }
  }
`);

/* What the console's object page reads besides the object: references pointing at it, and its import history. */
describe.each(databases)('object page queries on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  const ids = { target: '', users: [] as string[], hidden: '' };
  let reader: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    const [open, closed] = [(await createOrganization(registry.admin)).uuid, (await createOrganization(registry.admin)).uuid];
    const type = (await createObjectType(registry.admin)).uuid;
    ids.target = (await createAsset(registry.admin, type, { organization: open })).uuid;
    for (let i = 0; i < 7; i++) {
      const name = `user-${i}`;
      ids.users.push((await createAsset(registry.admin, type, { name, organization: open, references: [{ name: i % 2 ? 'b-uses' : 'a-uses', target: ids.target }] })).uuid);
    }
    ids.hidden = (await createAsset(registry.admin, type, { organization: closed, references: [{ name: 'a-uses', target: ids.target }] })).uuid;
    reader = await createUser(registry, { organization: open });
    await grant(registry.admin, { principal: reader.uuid, right: 'VIEW', object: open });
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  it('pages the references pointing at an object, by name then source, from objects the caller may view', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page = (await reader.client.data(Incoming, { uuid: ids.target, first: 3, after })).incomingReferences!;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => `${e.node.name} ${e.node.sourceUuid} ${e.node.source!.name}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null;
    } while (after);
    expect(total).toBe(7);
    const expected = ids.users.map((uuid, i) => `${i % 2 ? 'b-uses' : 'a-uses'} ${uuid} user-${i}`).sort();
    expect(seen).toEqual(expected);
    expect((await registry.admin.data(Incoming, { uuid: ids.target, first: 50 })).incomingReferences!.totalCount).toBe(8);
    expect((await reader.client.data(Incoming, { uuid: ids.hidden, first: 5 })).incomingReferences).toBeNull();
  });

  it("lists the imports that decided about an object, newest first, each with its action: the importer's own", async () => {
    const chain = assetChain(2);
    const archive = await writeTestArchive(chain);
    const first = await commit(registry.admin, { stagedImportId: (await stage(registry.admin, archive)).id });
    const second = await commit(registry.admin, { stagedImportId: (await stage(registry.admin, archive)).id });
    const asset = chain[2].uuid;
    const page1 = (await registry.admin.data(History, { uuid: asset, first: 1 })).objectImportHistory;
    expect(page1.edges.map((e) => [e.node.record.id, e.node.action, e.node.line])).toEqual([[second.id, 'IGNORE', 3]]);
    const page2 = (await registry.admin.data(History, { uuid: asset, first: 1, after: page1.pageInfo.endCursor })).objectImportHistory;
    expect(page2.edges.map((e) => [e.node.record.id, e.node.action])).toEqual([[first.id, 'CREATE']]);
    expect(page2.edges[0].node.reasons.map((r) => r.code)).toContain('NEW_OBJECT');
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect((await reader.client.data(History, { uuid: asset, first: 10 })).objectImportHistory.edges).toEqual([]);
  });
});
