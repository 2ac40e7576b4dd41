import type { SqlEntityManager } from '@mikro-orm/knex';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessControl } from '../../src/auth/accessControl.js';
import { loadPrincipal } from '../../src/auth/principal.js';
import { DEMO_UUIDS, seedDemoRegistry, seedDemoTarget } from '../../src/seed/demoRegistry.js';
import { graphql } from '../generated/gql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { exportToFile, preview, stage } from '../support/importClient.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const Counts = graphql(`
  query SeedCounts($kinds: [ObjectKind!]) {
    objects(first: 0, filter: { kinds: $kinds }) { totalCount }
  }
`);

async function seeded(db: TestDatabase, seed: typeof seedDemoRegistry): Promise<TestRegistry> {
  const registry = await startTestRegistry(db);
  const em = registry.running.app.orm.em.fork() as SqlEntityManager;
  const principal = await loadPrincipal(em, registry.adminToken);
  await seed(em, new AccessControl(em, principal!));
  return registry;
}

describe('demo seed', () => {
  let db: TestDatabase;
  let registry: TestRegistry;
  let targetDb: TestDatabase;
  let target: TestRegistry;

  beforeAll(async () => {
    db = await databases[0].create();
    registry = await seeded(db, seedDemoRegistry);
    targetDb = await databases[0].create();
    target = await seeded(targetDb, seedDemoTarget);
    // Some 340 objects (and 20 for the target) made one by one through the service, as `npm run seed` does: 10 s
    // on CI, several times that on a machine shared with other work, which the default 60 s left no room for.
  }, 240_000);
  afterAll(async () => {
    await target?.stop();
    await targetDb?.drop();
    await registry?.stop();
    await db?.drop();
    await removeTempFiles();
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

  it('previews the demo package in the target registry as the README table says: one rule per service', async () => {
    const file = await exportToFile(registry.admin, { package: DEMO_UUIDS.package });
    const staged = await stage(target.admin, file);
    const plan = await preview(target.admin, staged.id, { options: { keepLifecycleState: true } });
    const table = readmeDemoTable();
    const U = DEMO_UUIDS;
    const byLabel: Record<string, string> = {
      'orders-api 1.0': U.orders,
      'billing-api 1.0': U.billing,
      'catalog-api 1.0': U.catalog,
      'invoices-api 1.0': U.invoices,
      'search-api 1.0': U.search,
      'checkout-api 1.0': U.checkout,
      'ledger-api 1.0': U.ledger,
      'catalog-api 2.0': U.catalogV2,
      'Platform Core': U.package,
    };
    const shown = (uuid: string) => {
      const node = plan.decision(uuid);
      const decisive = node.reasons.filter((r) => r.decisive).map((r) => r.code);
      return { action: node.action, decisive, codes: node.reasons.map((r) => r.code) };
    };
    expect(table.map((row) => row.label)).toEqual(Object.keys(byLabel).concat('everything else'));
    for (const row of table.slice(0, -1)) {
      const [decisive, ...noted] = row.codes;
      expect({ label: row.label, ...shown(byLabel[row.label]!) }).toEqual({
        label: row.label,
        action: row.action,
        decisive: [decisive],
        codes: expect.arrayContaining(noted),
      });
    }
    // The rest of the archive is the shared foundation, which the target holds under the same UUIDs and timestamps.
    const rest = plan.nodes.filter((n) => !Object.values(byLabel).includes(n.uuid));
    const everythingElse = table.at(-1)!;
    expect(rest.map((n) => `${n.kind} ${n.name}`).sort()).toEqual([
      'GROUP Platform Engineers',
      'LIFECYCLE_MODEL Service Lifecycle',
      'LIFECYCLE_STAGE Production',
      'OBJECT_TYPE Schema',
      'OBJECT_TYPE Service',
      'ORGANIZATION Acme Platform',
      'USER alice',
    ]);
    for (const n of rest) expect({ name: n.name, ...shown(n.uuid) }).toEqual({ name: n.name, action: everythingElse.action, decisive: everythingElse.codes, codes: everythingElse.codes });
    expect(plan.counts).toEqual({ create: 2, replace: 1, ignore: 8, reject: 3, skip: 2 });
  });
});

/** The README's demo table (between its markers): object, action and reason codes (the decisive one first). */
function readmeDemoTable(): { label: string; action: string; codes: string[] }[] {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const table = /<!-- demo-table -->\n([\s\S]*?)<!-- \/demo-table -->/.exec(readme)?.[1];
  if (!table) throw new Error('README.md has no demo table between <!-- demo-table --> markers');
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(Object|-)/.test(line))
    .map((line) => {
      const [label, action, codes] = line.split('|').slice(1, 4).map((cell) => cell.replace(/`/g, '').trim());
      return { label: label!.replace(/ \(.*\)$/, ''), action: action!, codes: codes!.split(/,\s*/) };
    });
}
