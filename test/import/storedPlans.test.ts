import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { execute } from '../../src/db/rawQuery.js';
import { registryRevision } from '../../src/import/plans/registryRevision.js';
import { AccessControl } from '../../src/auth/accessControl.js';
import { loadPrincipal } from '../../src/auth/principal.js';
import { writerTransaction } from '../../src/db/writerTransaction.js';
import { planStagedImport } from '../../src/import/planning/planStagedImport.js';
import { loadStagedImport } from '../../src/import/staging/stagedImports.js';
import { storePlan } from '../../src/import/plans/storePlan.js';
import { records } from '../fixtures/records.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, decisionsPage, planSummary, preview, stage } from '../support/importClient.js';
import { createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { restartableSuiteRegistry } from '../support/testRegistry.js';

/** A chain of assets, one asset whose reference nothing can meet, and one that needs that asset. */
function chainWithGaps(count: number): ArchiveRecord[] {
  const chain = assetChain(count);
  const [org, type] = chain;
  const organization = { uuid: org.uuid, name: org.name };
  const orphan = records.asset(type.uuid, { organization, name: 'orphan', references: [{ name: 'missing', target: randomUUID() }] });
  const needsOrphan = records.asset(type.uuid, { organization, name: 'needs-orphan', references: [{ name: 'orphan', target: orphan.uuid }] });
  return [...chain, orphan, needsOrphan];
}

const FILTERS = [
  {},
  { actions: ['SKIP' as const] },
  { kinds: ['ASSET' as const] },
  { reasons: ['UNRESOLVED_REFERENCE'] },
  { actions: ['CREATE' as const], reasons: ['NEW_OBJECT', 'DEPENDENCY_NOT_IMPORTED'] },
];

describe.each(databases)('stored plans on $name', ({ create }) => {
  const { registry, restart } = restartableSuiteRegistry(create);

  const em = () => registry.running.app.orm.em.fork() as SqlEntityManager;
  const revision = async () => BigInt(await registryRevision(em()));
  const storedPlans = async (stagedImportId: string) =>
    (await execute<{ n: number | string }>(em(), 'select count(*) as n from import_plan where staged_import_id = ?', [stagedImportId]))[0].n;

  /** Every page of a preview with a filter, 7 decisions a page, and the filter's total. */
  async function pagesOf(id: string, filter: (typeof FILTERS)[number]) {
    const pages = [];
    let after: string | null = null;
    for (;;) {
      const res = await decisionsPage(registry.admin, id, { first: 7, after, filter });
      const decisions = res.data!.stagedImport!.decisions;
      pages.push({ total: decisions.totalCount, nodes: decisions.edges.map((e) => e.node) });
      if (!decisions.pageInfo.hasNextPage) return pages;
      after = decisions.pageInfo.endCursor ?? null;
    }
  }

  const staged: string[] = [];
  async function stageFile(file: string) {
    const result = await stage(registry.admin, file);
    staged.push(result.id);
    return result;
  }

  afterAll(async () => {
    await removeTempFiles();
  });

  it('advances the registry revision with every write to objects and to grants', async () => {
    const start = await revision();
    const org = await createOrganization(registry.admin);
    const afterObject = await revision();
    expect(afterObject).toBeGreaterThan(start);
    const user = await createUser(registry, { organization: org.uuid });
    await grant(registry.admin, { principal: user.uuid, right: 'CREATE', typeKey: 'PACKAGE', organization: org.uuid });
    expect(await revision()).toBeGreaterThan(afterObject);
  });

  it('leaves the registry revision as it was across a restart', async () => {
    await createOrganization(registry.admin);
    const before = await revision();
    await restart();
    expect(await revision()).toBe(before);
  });

  it('serves the preview after a restart from the plan stored at staging, reading no staged record', async () => {
    const staged = await stageFile(await writeTestArchive(assetChain(300)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const before = await preview(registry.admin, staged.id);
    await restart();
    registry.queries.reset();
    const after = await preview(registry.admin, staged.id);
    expect(after.nodes).toEqual(before.nodes);
    expect({ digest: after.planDigest, counts: after.counts, blocking: after.blocking }).toEqual({
      digest: before.planDigest,
      counts: before.counts,
      blocking: before.blocking,
    });
    expect(registry.queries.list.filter((q) => /staged_object/.test(q))).toEqual([]);
  });

  it('reads the counts of a plan stored under the old action names (CREATE, …) under the API\'s (create, …)', async () => {
    const staged = await stageFile(await writeTestArchive(chainWithGaps(5)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const before = await planSummary(registry.admin, staged.id);
    const c = before.counts;
    const old = JSON.stringify({ CREATE: c.create, REPLACE: c.replace, IGNORE: c.ignore, REJECT: c.reject, SKIP: c.skip });
    await execute(em(), 'update import_plan set counts = ? where staged_import_id = ?', [old, staged.id]);
    await restart();
    expect((await planSummary(registry.admin, staged.id)).counts).toEqual(before.counts);
  });

  it('reads filtered pages and counts from a stored plan exactly as from the plan in memory', async () => {
    const staged = await stageFile(await writeTestArchive(chainWithGaps(40)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const inMemory = [];
    for (const filter of FILTERS) inMemory.push(await pagesOf(staged.id, filter));
    await restart();
    for (const [i, filter] of FILTERS.entries()) expect(await pagesOf(staged.id, filter)).toEqual(inMemory[i]);
    expect(inMemory[3][0].nodes.map((n) => n.name)).toEqual(['orphan']);
  });

  it('commits the plan another process stored, with the digest its preview showed', async () => {
    const staged = await stageFile(await writeTestArchive(assetChain(120)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const { planDigest } = await planSummary(registry.admin, staged.id);
    await restart();
    const record = await commit(registry.admin, { stagedImportId: staged.id, expectedPlanDigest: planDigest });
    expect(record).toMatchObject({ status: 'SUCCEEDED', planDigest, counts: { created: 122 } });
  });

  it('plans again once the registry has changed, and a commit of the old digest is refused as stale', async () => {
    const file = await writeTestArchive(assetChain(60));
    const first = await stageFile(file);
    const second = await stageFile(file);
    await registry.running.app.importPlans.warmupDone(first.id);
    await registry.running.app.importPlans.warmupDone(second.id);
    const reviewed = await planSummary(registry.admin, second.id);
    expect(reviewed.counts.create).toBe(62);
    await commit(registry.admin, { stagedImportId: first.id });
    const now = await planSummary(registry.admin, second.id);
    expect(now.counts).toMatchObject({ create: 0, ignore: 62 });
    const refused = await registry.admin.errorCode(`mutation StoredStale($input: CommitImportInput!) { commitImport(input: $input) { status } }`, {
      input: { stagedImportId: second.id, expectedPlanDigest: reviewed.planDigest },
    });
    expect(refused).toBe('PLAN_STALE');
  });

  it('keeps a plan per option set toggled through, and none once the staged import is discarded', async () => {
    const staged = await stageFile(await writeTestArchive(assetChain(20)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    await planSummary(registry.admin, staged.id, { options: { keepLifecycleState: true } });
    await registry.running.app.importPlans.storesDone(staged.id); // a preview stores its plan after answering
    expect(Number(await storedPlans(staged.id))).toBe(2);
    await registry.admin.data(`mutation StoredDiscard($id: ID!) { discardStagedImport(id: $id) }`, { id: staged.id });
    expect(Number(await storedPlans(staged.id))).toBe(0);
  });

  it('stores no plan for a staged import discarded while it was being planned', async () => {
    const staged = await stageFile(await writeTestArchive(assetChain(10)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const { app } = registry.running;
    const tx = app.orm.em.fork() as SqlEntityManager;
    const principal = (await loadPrincipal(tx, registry.adminToken))!;
    const access = await new AccessControl(tx, principal).ready();
    const stagedImport = await loadStagedImport(tx, staged.id, principal);
    const entry = await planStagedImport({ em: tx, access, address: app.registry.address, plans: app.importPlans }, { stagedImport, options: { allowReplace: true } });
    await registry.admin.data(`mutation StoredDiscardRace($id: ID!) { discardStagedImport(id: $id) }`, { id: staged.id });
    await storePlan(writerTransaction(app), entry, entry.revision!);
    expect(Number(await storedPlans(staged.id))).toBe(0);
  });
});
