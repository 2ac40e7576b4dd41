import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { AccessControl } from '../../src/auth/accessControl.js';
import { execute } from '../../src/db/rawQuery.js';
import { loadPrincipal } from '../../src/auth/principal.js';
import { planStagedImport } from '../../src/import/planning/planStagedImport.js';
import { ImportPlans } from '../../src/import/plans/importPlans.js';
import { loadStagedImport } from '../../src/import/staging/stagedImports.js';
import type { PlanOptions } from '../../src/import/planner/types.js';
import { records } from '../fixtures/records.js';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, planSummary, stage } from '../support/importClient.js';
import { createObjectType, createOrganization } from '../support/registryBuilders.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { previewsFrom } from '../support/planSources.js';
import { suiteRegistry } from '../support/testRegistry.js';

/**
 * Links across pages of seven: a chain, an asset whose reference nothing meets, one that needs it; an asset whose
 * previous version, pages before it, is an asset of another type.
 */
function archive(): ArchiveRecord[] {
  const chain = assetChain(40);
  const [org, type] = chain;
  const organization = { uuid: org!.uuid, name: org!.name };
  const orphan = records.asset(type!.uuid, { organization, name: 'orphan', references: [{ name: 'missing', target: randomUUID() }] });
  const needsOrphan = records.asset(type!.uuid, { organization, name: 'needs-orphan', references: [{ name: 'o', target: orphan.uuid }] });
  const otherType = records.objectType({ organization, fields: { attributeDefinitions: [] } });
  const ofOtherType = records.asset(otherType.uuid, { organization, name: 'of-other-type' });
  const wrongVersion = records.asset(type!.uuid, { organization, name: 'wrong-version', previousVersion: ofOtherType.uuid });
  return [orphan, otherType, ofOtherType, ...chain, needsOrphan, wrongVersion];
}

const CreatePolicy = graphql(`
  mutation PagedCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }
`);

/** What a wizard shows first: a page, the counts and the total; no digest, so it need not wait for the whole plan. */
const FIRST_PAGE_FIELDS = `
  totalCount counts { create replace ignore reject skip } pageInfo { hasNextPage endCursor }
  edges { node { uuid name line action selected includedBy reasons { code message } references { targetUuid resolution targetRecord { uuid line action } } outcome { ownerUuid groupUuids } } }`;
const FirstDecisions = `query PagedFirst($id: ID!, $options: ImportOptionsInput, $after: String) {
  stagedImport(id: $id) { decisions(options: $options, first: 5, after: $after) { ${FIRST_PAGE_FIELDS} } }
}`;
const FirstDecisionsAndDigest = `query PagedFirstDigest($id: ID!, $options: ImportOptionsInput) {
  stagedImport(id: $id) { decisions(options: $options, first: 5) { planDigest ${FIRST_PAGE_FIELDS} } }
}`;
interface FirstPage {
  stagedImport: { decisions: { pageInfo: { endCursor: string }; edges: { node: { line: number } }[] } };
}

describe.each(databases)('imports larger than PLAN_IN_MEMORY_MAX_OBJECTS on $name', ({ create }) => {
  const registry = suiteRegistry(create, { PLAN_IN_MEMORY_MAX_OBJECTS: '7' });

  afterAll(async () => {
    await removeTempFiles();
  });

  /** The plan made in memory, all objects at once, for comparison. */
  async function planInMemory(stagedImportId: string, options: Partial<PlanOptions> = {}) {
    const { app } = registry.running;
    const em = app.orm.em.fork() as SqlEntityManager;
    const principal = (await loadPrincipal(em, registry.adminToken))!;
    const access = await new AccessControl(em, principal).ready();
    const stagedImport = await loadStagedImport(em, stagedImportId, principal);
    return (await planStagedImport({ em, access, address: app.registry.address, plans: new ImportPlans() }, { stagedImport, options })).plan;
  }

  it('are planned in pages into the database, and the preview shows what planning in memory decides', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(archive()));
    await registry.running.app.importPlans.warmupDone(staged.id);
    registry.queries.reset();
    const summary = await planSummary(registry.admin, staged.id);
    expect(registry.queries.list.filter((q) => /staged_object/.test(q))).toEqual([]); // the warm-up stored it
    const inMemory = await planInMemory(staged.id);
    expect(summary.planDigest).toBe(inMemory.digest);
    expect(summary.counts).toEqual({ create: 44, replace: 0, ignore: 0, reject: 1, skip: 2 });
    // The stored plan's breakdown is the one planning in memory counts.
    expect([summary.countsByKind, summary.countsByReason]).toEqual([inMemory.breakdown.byKind, inMemory.breakdown.byReason]);
    expect(summary.countsByReason).toContainEqual({ action: 'SKIP', code: 'UNRESOLVED_REFERENCE', decisive: true, count: 1 });
    expect(summary.countsByReason).toContainEqual({ action: 'REJECT', code: 'INVALID_OBJECT', decisive: true, count: 1 });
  });

  it('runs policies that read attributes in pages as in memory, and cascades a veto across pages', async () => {
    const org = await createOrganization(registry.admin);
    const type = (await createObjectType(registry.admin, { organization: org.uuid })).uuid;
    await registry.admin.data(CreatePolicy, {
      input: {
        name: 'no blocked endpoints',
        events: ['PRE_CREATE'],
        objectTypes: [type],
        condition: { '==': [{ var: 'attributes.endpoint' }, 'https://blocked.test'] },
        actions: [{ type: 'REJECT', message: 'blocked endpoint' }],
      },
    });
    // A chain of 20 (each needs the one before), pages of 7: the veto of the fourth skips the 16 after it.
    const organization = { uuid: org.uuid, name: org.name };
    const chain: ArchiveRecord[] = [];
    for (let i = 0; i < 20; i++) {
      const endpoint = i === 3 ? 'https://blocked.test' : `https://ok-${i}.test`;
      const references = chain.slice(-1).map((before) => ({ name: 'after', target: before.uuid }));
      chain.push(records.asset(type, { organization, name: `policed-${i}`, references, attributes: { endpoint } }));
    }
    const staged = await stage(registry.admin, await writeTestArchive(chain));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const summary = await planSummary(registry.admin, staged.id);
    expect(summary.planDigest).toBe((await planInMemory(staged.id)).digest);
    expect(summary.counts).toEqual({ create: 3, replace: 0, ignore: 0, reject: 1, skip: 16 });
  });

  it('commits options nobody previewed by planning them in pages inside the commit', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(archive()));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const expected = await planInMemory(staged.id, { keepLifecycleState: true });
    const record = await commit(registry.admin, {
      stagedImportId: staged.id,
      options: { keepLifecycleState: true },
      expectedPlanDigest: expected.digest,
    });
    expect(record).toMatchObject({ status: 'SUCCEEDED', planDigest: expected.digest, counts: { created: 44, rejected: 1, skipped: 2 } });
  });

  it('shows the first page of an option set nobody planned before its plan is stored, as the stored plan shows it', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(archive()));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const options = { allowReplace: true, importUserGroups: true, keepCurrentOwner: true };
    const before = await previewsFrom(registry, 'computed_first_page');
    const early = await registry.admin.data<FirstPage>(FirstDecisions, { id: staged.id, options });
    expect(await previewsFrom(registry, 'computed_first_page')).toBe(before + 1);
    await registry.running.app.importPlans.storesDone(staged.id);
    const stored = await registry.admin.data<FirstPage & { stagedImport: { decisions: { planDigest: string } } }>(FirstDecisionsAndDigest, {
      id: staged.id,
      options,
    });
    const { planDigest, ...storedPage } = stored.stagedImport.decisions;
    expect(early.stagedImport.decisions).toEqual(storedPage);
    expect(early.stagedImport.decisions.edges.length).toBe(5);
    expect(planDigest).toBe((await planInMemory(staged.id, options)).digest);
  });

  it('answers what needs the whole plan (its digest, a later page) once the plan is stored', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(archive()));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const options = { keepLifecycleState: true };
    const both = await registry.admin.data<FirstPage & { stagedImport: { decisions: { planDigest: string } } }>(FirstDecisionsAndDigest, {
      id: staged.id,
      options,
    });
    expect(both.stagedImport.decisions.planDigest).toBe((await planInMemory(staged.id, options)).digest);
    const after = both.stagedImport.decisions.pageInfo.endCursor;
    const second = await registry.admin.data<FirstPage>(FirstDecisions, { id: staged.id, options, after });
    expect(second.stagedImport.decisions.edges[0]!.node.line).toBeGreaterThan(both.stagedImport.decisions.edges.at(-1)!.node.line);
  });

  it('keeps the facts the default plan gathered until its staged import is discarded', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(archive()));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const em = registry.running.app.orm.em.fork() as SqlEntityManager;
    const kept = () => execute<{ n: number }>(em, 'select count(*) as n from plan_facts where staged_import_id = ? and part = 0', [staged.id]).then(([r]) => Number(r!.n));
    expect(await kept()).toBe(1);
    await registry.admin.data('mutation PagedDiscard($id: ID!) { discardStagedImport(id: $id) }', { id: staged.id });
    expect(await kept()).toBe(0);
  });

  it('refuses a digest the plan made in pages does not have, and writes nothing', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(archive()));
    const code = await registry.admin.errorCode(`mutation PagedStale($input: CommitImportInput!) { commitImport(input: $input) { status } }`, {
      input: { stagedImportId: staged.id, options: { allowReplace: true }, expectedPlanDigest: '0'.repeat(64) },
    });
    expect(code).toBe('PLAN_STALE');
    expect((await planSummary(registry.admin, staged.id)).counts.create).toBe(44);
  });
});
