import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { graphql } from '../generated/gql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

describe('configuration', () => {
  it('names the variable whose value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('reads "false" as false for boolean flags', () => {
    expect(loadConfig({ ACCEPT_UNSIGNED_ARCHIVES: 'false' }).acceptUnsignedArchives).toBe(false);
    expect(() => loadConfig({ ACCEPT_UNSIGNED_ARCHIVES: 'maybe' })).toThrow(/ACCEPT_UNSIGNED_ARCHIVES/);
  });

  it('defaults to port 4000 and ./data', () => {
    expect(loadConfig({})).toMatchObject({ port: 4000, dataDir: './data', databaseUrl: null });
  });
});

const Deep = graphql(`
  query BasicsDeep {
    objects(first: 1) { edges { node { owner { organization { owner { organization { owner { organization { owner { organization { owner { name } } } } } } } } } } } }
  }
`);

const Registry = graphql(`
  query BasicsRegistry { registry { uuid name address } }
`);

describe.each(databases)('service basics on $name', ({ create }) => {
  let db: TestDatabase;
  let registry: TestRegistry;

  beforeAll(async () => {
    db = await create();
    registry = await startTestRegistry(db, { MAX_QUERY_DEPTH: '8', REGISTRY_ADDRESS: 'http://registry.test/graphql', REGISTRY_NAME: 'test' });
  });
  afterAll(async () => {
    await registry.stop();
    await db.drop();
  });

  it('reports health with the registry identity', async () => {
    const res = await fetch(`${registry.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', name: 'test' });
  });

  it('keeps a stable registry UUID across restarts', async () => {
    const before = (await registry.admin.data(Registry)).registry;
    await registry.stop();
    registry = await startTestRegistry(db, { MAX_QUERY_DEPTH: '8', REGISTRY_ADDRESS: 'http://registry.test/graphql', REGISTRY_NAME: 'test' });
    const after = (await registry.admin.data(Registry)).registry;
    expect(after).toEqual(before);
    expect(after.address).toBe('http://registry.test/graphql');
  });

  it('refuses a query deeper than the configured limit', async () => {
    const res = await registry.admin.request(Deep);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data ?? null).toBeNull();
  });

  it('refuses a query whose cost exceeds the limit before running it', async () => {
    const res = await registry.admin.request(
      `query { objects(first: 500) { edges { node { references { target { references { target { name } } } } } } } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a malformed query with a GraphQL error code', async () => {
    const res = await registry.admin.request('query { objects(first: "x") { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
