import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { postgresDatabase, type TestDatabase } from '../support/databases.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const Registry = graphql(`
  query ReplicaRegistry { registry { uuid } }
`);

const runsOnPostgres = (process.env.TEST_DATABASES ?? 'sqlite,postgresql').includes('postgresql');

describe.runIf(runsOnPostgres)('replicas sharing one PostgreSQL database', () => {
  let db: TestDatabase;
  const started: TestRegistry[] = [];

  afterAll(async () => {
    await Promise.all(started.map((r) => r.stop()));
    await db?.drop();
  });

  it('start together on an empty database, migrate once and share one identity', async () => {
    db = await postgresDatabase();
    const token = 'replica-shared-admin-token-0123456789';
    const replicas = await Promise.all([0, 1, 2].map(() => startTestRegistry(db, { REGISTRY_ADMIN_TOKEN: token })));
    started.push(...replicas);
    const uuids = await Promise.all(replicas.map(async (r) => (await r.admin.data(Registry)).registry.uuid));
    expect(new Set(uuids).size).toBe(1);
  });
});
