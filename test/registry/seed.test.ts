import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessControl } from '../../src/auth/accessControl.js';
import { loadPrincipal } from '../../src/auth/principal.js';
import { seedDemoRegistry } from '../../src/seed/demoRegistry.js';
import { graphql } from '../generated/gql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const Counts = graphql(`
  query SeedCounts($kinds: [ObjectKind!]) {
    objects(first: 0, filter: { kinds: $kinds }) { totalCount }
  }
`);

describe('demo seed', () => {
  let db: TestDatabase;
  let registry: TestRegistry;

  beforeAll(async () => {
    db = await databases[0].create();
    registry = await startTestRegistry(db);
    const em = registry.running.app.orm.em.fork() as SqlEntityManager;
    const principal = await loadPrincipal(em, registry.adminToken);
    await seedDemoRegistry(em, new AccessControl(em, principal!));
    // Some 330 objects made one by one through the service, as `npm run seed` does: 10 s on CI, several times
    // that on a machine shared with other work, which the default 60 s left no room for.
  }, 240_000);
  afterAll(async () => {
    await registry?.stop();
    await db?.drop();
  });

  it('fills a registry with a few hundred assets, versions and references', async () => {
    const { objects } = await registry.admin.data(Counts, { kinds: ['ASSET'] });
    expect(objects.totalCount).toBeGreaterThanOrEqual(300);
  });

  it('includes every kind of object', async () => {
    for (const kind of ['OBJECT_TYPE', 'ORGANIZATION', 'USER', 'GROUP', 'LIFECYCLE_MODEL', 'LIFECYCLE_STAGE', 'POLICY', 'PACKAGE'] as const) {
      const { objects } = await registry.admin.data(Counts, { kinds: [kind] });
      expect(objects.totalCount, kind).toBeGreaterThan(0);
    }
  });
});
