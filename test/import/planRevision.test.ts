import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { records } from '../fixtures/records.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { preview, stage } from '../support/importClient.js';
import { createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { previewsFrom } from '../support/planSources.js';
import { writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const CreatePolicy = 'mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }';
const CreateLifecycleModel = 'mutation ($input: CreateLifecycleModelInput!) { createLifecycleModel(input: $input) { uuid } }';

/** Previews served so far, by where their plan came from. */
async function previewsBySource(registry: TestRegistry): Promise<Record<'memory' | 'stored' | 'computed', number>> {
  const [memory, stored, computed] = await Promise.all(['memory', 'stored', 'computed'].map((source) => previewsFrom(registry, source)));
  return { memory: memory!, stored: stored!, computed: computed! };
}

/*
 * A kept plan is trusted at the registry revision it was made at, and only there: any write to objects or grants
 * moves the revision, and the next preview plans again (the fingerprint-and-recorded-answers reuse was removed;
 * docs/import.md, "The revision is the whole proof"). Each change below is one a plan depends on: the decisions
 * change where they should, and nowhere else.
 */
describe.each(databases)('plans and the registry revision on $name', ({ create }) => {
  let db: TestDatabase;
  let registry: TestRegistry;
  let org: { uuid: string; name: string };
  let importer: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    db = await create();
    registry = await startTestRegistry(db);
    org = await createOrganization(registry.admin);
    importer = await createUser(registry, { organization: org.uuid });
  });
  afterAll(async () => {
    await registry?.stop();
    await db?.drop();
    await removeTempFiles();
  });

  /**
   * A type of this registry, the importer's rights on it (unless `withoutCreate`), and an archive of two of its
   * assets (one named `vetoed`) staged by the importer, its warm-up done: the first preview is a memory plan.
   */
  async function stagedAssets({ withoutCreate = false } = {}) {
    const type = (await createObjectType(registry.admin, { organization: org.uuid })).uuid;
    await grant(registry.admin, { principal: importer.uuid, right: 'VIEW', object: type });
    if (!withoutCreate) await grant(registry.admin, { principal: importer.uuid, right: 'CREATE', typeKey: type, organization: org.uuid });
    const organization = { uuid: org.uuid, name: org.name };
    const plain = records.asset(type, { organization, name: 'plain' });
    const vetoed = records.asset(type, { organization, name: 'vetoed' });
    const staged = await stage(importer.client, await writeTestArchive([plain, vetoed]));
    await registry.running.app.importPlans.warmupDone(staged.id);
    return { type, plain: plain.uuid, vetoed: vetoed.uuid, staged: staged.id };
  }

  it('serves a preview from its memory plan while the registry revision stands', async () => {
    const { staged, plain } = await stagedAssets();
    const before = await previewsBySource(registry);
    const first = await preview(importer.client, staged);
    const second = await preview(importer.client, staged);
    expect(second.planDigest).toBe(first.planDigest);
    expect(first.decision(plain).action).toBe('CREATE');
    expect(await previewsBySource(registry)).toEqual({ ...before, memory: before.memory + 2 });
  });

  it('plans again after an unrelated write moved the revision, and gets the same plan', async () => {
    const { staged } = await stagedAssets();
    const first = await preview(importer.client, staged);
    await createOrganization(registry.admin); // nothing the plan reads
    const before = await previewsBySource(registry);
    const again = await preview(importer.client, staged);
    expect(again.planDigest).toBe(first.planDigest);
    expect(await previewsBySource(registry)).toEqual({ ...before, computed: before.computed + 1 });
  });

  it('plans again after a grant to the importer: what it could not create it now creates', async () => {
    const { staged, type, plain, vetoed } = await stagedAssets({ withoutCreate: true });
    const first = await preview(importer.client, staged);
    expect([first.decision(plain).action, first.decision(vetoed).action]).toEqual(['SKIP', 'SKIP']);
    expect(first.codesOf(plain)).toContain('PERMISSION_DENIED');
    await grant(registry.admin, { principal: importer.uuid, right: 'CREATE', typeKey: type, organization: org.uuid });
    const before = await previewsBySource(registry);
    const again = await preview(importer.client, staged);
    expect([again.decision(plain).action, again.decision(vetoed).action]).toEqual(['CREATE', 'CREATE']);
    expect(again.planDigest).not.toBe(first.planDigest);
    expect((await previewsBySource(registry)).computed).toBe(before.computed + 1);
  });

  it('plans again after a policy change: the asset it vetoes is rejected, the other still created', async () => {
    const { staged, type, plain, vetoed } = await stagedAssets();
    const first = await preview(importer.client, staged);
    expect(first.decision(vetoed).action).toBe('CREATE');
    await registry.admin.data(CreatePolicy, {
      input: {
        name: `no vetoed assets ${type}`,
        events: ['PRE_CREATE'],
        objectTypes: [type],
        condition: { '==': [{ var: 'name' }, 'vetoed'] },
        actions: [{ type: 'REJECT', message: 'vetoed assets are not welcome' }],
      },
    });
    const before = await previewsBySource(registry);
    const again = await preview(importer.client, staged);
    expect(again.decision(vetoed).action).toBe('REJECT');
    expect(again.codesOf(vetoed)).toContain('POLICY_VETO');
    expect(again.decision(plain).action).toBe('CREATE');
    expect((await previewsBySource(registry)).computed).toBe(before.computed + 1);
  });

  it('plans again after a lifecycle model comes to govern the archive’s type: its assets start in the initial state', async () => {
    const { staged, type, plain, vetoed } = await stagedAssets();
    const first = await preview(importer.client, staged);
    expect(first.codesOf(plain)).not.toContain('LIFECYCLE_INITIAL_STATE');
    await registry.admin.data(CreateLifecycleModel, {
      input: {
        name: `lifecycle of ${type}`,
        status: 'PRODUCTIVE',
        states: [{ name: 'Proposed' }, { name: 'Live' }],
        initialState: 'Proposed',
        endStates: ['Live'],
        transitions: [{ from: 'Proposed', to: 'Live' }],
        objectTypes: [type],
      },
    });
    const before = await previewsBySource(registry);
    const again = await preview(importer.client, staged);
    for (const asset of [plain, vetoed]) {
      expect(again.decision(asset).action).toBe('CREATE');
      expect(again.codesOf(asset)).toContain('LIFECYCLE_INITIAL_STATE');
    }
    expect(again.planDigest).not.toBe(first.planDigest);
    expect((await previewsBySource(registry)).computed).toBe(before.computed + 1);
  });
});
