import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { emptyPostgresDatabase, sharedDatabase, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, planSummary, preview, stage } from '../support/importClient.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const Registry = graphql(`
  query ReplicaRegistry { registry { uuid } }
`);

const runsOnPostgres = (process.env.TEST_DATABASES ?? 'sqlite,postgresql').includes('postgresql');

describe.runIf(runsOnPostgres)('replicas sharing one PostgreSQL database', () => {
  let db: TestDatabase;
  const started: TestRegistry[] = [];

  const replicaDirs: TestDatabase[] = [];

  afterAll(async () => {
    await Promise.all(started.map((r) => r.stop()));
    await Promise.all(replicaDirs.map((d) => d.drop()));
    await db?.drop();
    await removeTempFiles();
  });

  it('start together on an empty database, migrate once and share one identity', async () => {
    db = await emptyPostgresDatabase();
    const token = 'replica-shared-admin-token-0123456789';
    const replicas = await Promise.all([0, 1, 2].map(() => startTestRegistry(db, { REGISTRY_ADMIN_TOKEN: token })));
    started.push(...replicas);
    const uuids = await Promise.all(replicas.map(async (r) => (await r.admin.data(Registry)).registry.uuid));
    expect(new Set(uuids).size).toBe(1);
  });

  it('preview and commit on one replica the plan another replica stored after staging', async () => {
    const token = 'replica-shared-admin-token-0123456789';
    const [a] = started;
    const bDir = sharedDatabase(db);
    replicaDirs.push(bDir);
    const b = await startTestRegistry(bDir, { REGISTRY_ADMIN_TOKEN: token });
    started.push(b);
    const staged = await stage(a.admin, await writeTestArchive(assetChain(150)));
    await a.running.app.importPlans.warmupDone(staged.id);
    const onA = await planSummary(a.admin, staged.id);
    b.queries.reset();
    const onB = await preview(b.admin, staged.id);
    expect(onB.planDigest).toBe(onA.planDigest);
    expect(b.queries.list.filter((q) => /staged_object/.test(q))).toEqual([]);
    const record = await commit(b.admin, { stagedImportId: staged.id, expectedPlanDigest: onA.planDigest });
    expect(record).toMatchObject({ status: 'SUCCEEDED', counts: { created: 152 } });
  });
});
