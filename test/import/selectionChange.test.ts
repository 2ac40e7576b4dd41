import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, objectIn, stage } from '../support/importClient.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, suiteRegistry, type TestRegistry } from '../support/testRegistry.js';

const ChangedPreview = graphql(`
  query SelectionChangePreview($id: ID!, $change: SelectionChangeInput, $selection: [ID!]) {
    stagedImport(id: $id) {
      planSummary(selectionChange: $change, selection: $selection) { planDigest }
      decisions(first: 100, selectionChange: $change, selection: $selection) {
        planDigest
        counts { create skip }
        edges { node { uuid name action selected selectedByDefault includedByCount reasons { code } } }
      }
    }
  }
`);

/*
 * A person unchecks and checks objects of a large archive: the console sends what changed, never the default
 * selection (which may be 100k UUIDs); the preview and the commit apply the same change.
 */
describe.each(databases)('changing the default selection on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let archive: string;
  const chain = assetChain(5); // org, type, asset-0..4, each asset referencing the two before it

  beforeAll(async () => {
    archive = await writeTestArchive(chain);
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  const previewWith = async (id: string, vars: { change?: { select?: string[]; deselect?: string[] }; selection?: string[] }) =>
    (await registry.admin.data(ChangedPreview, { id, change: vars.change ?? null, selection: vars.selection ?? null })).stagedImport!;

  it('deselecting the last asset skips it; one its selected neighbours need stays, included as a dependency', async () => {
    const staged = await stage(registry.admin, archive);
    const [last, needed] = [chain[6].uuid, chain[2].uuid];
    const { decisions } = await previewWith(staged.id, { change: { deselect: [last, needed] } });
    const byUuid = new Map(decisions.edges.map((e) => [e.node.uuid, e.node]));
    expect(byUuid.get(last)).toMatchObject({ action: 'SKIP', selected: false, selectedByDefault: true });
    expect(byUuid.get(last)!.reasons.map((r) => r.code)).toContain('NOT_SELECTED');
    expect(byUuid.get(needed)).toMatchObject({ action: 'CREATE', selected: false });
    expect(byUuid.get(needed)!.includedByCount).toBeGreaterThan(0);
  });

  it('gives the plan of the explicit selection it stands for, digest included', async () => {
    const staged = await stage(registry.admin, archive);
    const last = chain[6].uuid;
    const changed = await previewWith(staged.id, { change: { deselect: [last] } });
    const explicit = await previewWith(staged.id, { selection: chain.map((r) => r.uuid).filter((u) => u !== last) });
    expect(changed.decisions.planDigest).toBe(explicit.decisions.planDigest);
    expect(changed.planSummary.planDigest).toBe(changed.decisions.planDigest);
  });

  it('an empty change, or one that changes nothing, is the default plan', async () => {
    const staged = await stage(registry.admin, archive);
    const plain = await previewWith(staged.id, {});
    expect((await previewWith(staged.id, { change: { select: [], deselect: [] } })).decisions.planDigest).toBe(plain.decisions.planDigest);
    expect((await previewWith(staged.id, { change: { select: [chain[3].uuid] } })).decisions.planDigest).toBe(plain.decisions.planDigest);
  });

  it('commits exactly the change that was previewed', async () => {
    const staged = await stage(registry.admin, archive);
    const last = chain[6].uuid;
    const { decisions } = await previewWith(staged.id, { change: { deselect: [last] } });
    const record = await commit(registry.admin, { stagedImportId: staged.id, selectionChange: { deselect: [last] }, expectedPlanDigest: decisions.planDigest });
    expect(record).toMatchObject({ status: 'SUCCEEDED', planDigest: decisions.planDigest });
    expect(await objectIn(registry.admin, last)).toBeNull();
    expect(await objectIn(registry.admin, chain[5].uuid)).not.toBeNull();
  });

  it('applies a change to a default plan stored in the database (planned in pages), as to one in memory', async () => {
    const paged = await startTestRegistry(await create(), { PLAN_IN_MEMORY_MAX_OBJECTS: '2' });
    // Stopped when the test ends, even on a timeout (a finally block would wait for the awaited request).
    onTestFinished(async () => {
      await paged.stop();
      await paged.db.drop();
    });
    const fresh = assetChain(5); // never imported into either registry
    const freshArchive = await writeTestArchive(fresh);
    const last = fresh[6].uuid;
    const [inPages, inMemory] = await Promise.all([stage(paged.admin, freshArchive), stage(registry.admin, freshArchive)]);
    const changed = await Promise.all([
      paged.admin.data(ChangedPreview, { id: inPages.id, change: { deselect: [last] }, selection: null }),
      registry.admin.data(ChangedPreview, { id: inMemory.id, change: { deselect: [last] }, selection: null }),
    ]);
    const [a, b] = changed.map((c) => c.stagedImport!.decisions.edges.map((e) => [e.node.uuid, e.node.action, e.node.selected]));
    expect(a).toEqual(b);
    expect(a.find(([uuid]) => uuid === last)).toEqual([last, 'SKIP', false]);
  });

  it('refuses a selection and a selection change together with BAD_USER_INPUT', async () => {
    const staged = await stage(registry.admin, archive);
    const code = await registry.admin.errorCode(ChangedPreview, { id: staged.id, change: { deselect: [chain[6].uuid] }, selection: [chain[6].uuid] });
    expect(code).toBe('BAD_USER_INPUT');
  });
});
