import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { records } from '../fixtures/records.js';
import { graphql } from '../generated/gql.js';
import { removeTempDir, writeSample } from '../archive/zipForgery.js';
import { databases } from '../support/databases.js';
import { suiteRegistry } from '../support/testRegistry.js';
import { staged } from './stagingHarness.js';

afterAll(removeTempDir);

const Objects = graphql(`
  query StagingObjects($id: ID!, $first: Int, $after: String, $filter: StagedObjectFilter) {
    stagedImport(id: $id) {
      objects(first: $first, after: $after, filter: $filter) {
        edges { cursor node { line uuid kind name timestamp record } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
        totalCount
      }
    }
  }
`);

/** 5 organizations named org-1.., then 4 users named user-1.., one of them with a LIKE wildcard in its name. */
function archiveRecords(): ArchiveRecord[] {
  const orgs = [1, 2, 3, 4, 5].map((i) => records.organization({ name: `Org-${i}` }));
  const users = ['user-1', 'user-2', 'user_3', 'user-4'].map((name) => records.user({ name }));
  return [...orgs, ...users];
}

describe.each(databases)('the objects of a staged import on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let id: string;
  let written: ArchiveRecord[];

  beforeAll(async () => {
    written = archiveRecords();
    id = (await staged(registry.admin, (await writeSample({ records: written })).path)).id;
  });

  const page = async (variables: { first?: number; after?: string | null; filter?: { kinds?: ('ORGANIZATION' | 'USER')[]; nameContains?: string } }) =>
    (await registry.admin.data(Objects, { id, ...variables })).stagedImport!.objects;

  it('lists each object with its line, identity, timestamp and record', async () => {
    const { edges } = await page({ first: 1 });

    expect(edges[0]!.node).toEqual({
      line: 1,
      uuid: written[0]!.uuid,
      kind: 'ORGANIZATION',
      name: 'Org-1',
      timestamp: written[0]!.timestamp,
      record: written[0],
    });
  });

  it('pages through the objects in archive order with cursors', async () => {
    const first = await page({ first: 4 });
    const second = await page({ first: 4, after: first.pageInfo.endCursor });
    const third = await page({ first: 4, after: second.pageInfo.endCursor });

    const lines = [first, second, third].map((p) => p.edges.map((e) => e.node.line));
    expect(lines).toEqual([[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
    expect([first, second, third].map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(third.pageInfo.hasPreviousPage).toBe(true);
    expect(third.totalCount).toBe(9);
  });

  it('filters by kind', async () => {
    const users = await page({ filter: { kinds: ['USER'] } });

    expect(users.edges.map((e) => e.node.line)).toEqual([6, 7, 8, 9]);
    expect(users.totalCount).toBe(4);
  });

  it('filters by a case-insensitive part of the name, wildcards taken literally', async () => {
    expect((await page({ filter: { nameContains: 'ORG-3' } })).edges.map((e) => e.node.name)).toEqual(['Org-3']);
    expect((await page({ filter: { nameContains: '_' } })).edges.map((e) => e.node.name)).toEqual(['user_3']);
  });

  it('pages a filtered list with cursors', async () => {
    const first = await page({ first: 3, filter: { kinds: ['USER'] } });
    const rest = await page({ first: 3, after: first.pageInfo.endCursor, filter: { kinds: ['USER'] } });

    expect(rest.edges.map((e) => e.node.name)).toEqual(['user-4']);
    expect(rest.totalCount).toBe(4);
  });

  it('refuses a cursor it did not make', async () => {
    const res = await registry.admin.request(Objects, { id, after: 'not-a-cursor' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
