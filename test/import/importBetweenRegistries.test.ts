import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { CommitImport, commit, exportToFile, importRecord, meUuid, objectIn, preview, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization } from '../support/registryBuilders.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const UpdateAsset = graphql(`
  mutation BetweenUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {
    updateAsset(uuid: $uuid, input: $input) { uuid timestamp }
  }
`);

/*
 * Export from registry A, stage, preview and commit into registry B (two data directories, two databases), then
 * the same with changes on either side: newer in A, identical, older, allowReplace, and B changing under a preview.
 */
describe.each(databases)('importing between two registries on $name', ({ create }) => {
  let dbA: TestDatabase;
  let dbB: TestDatabase;
  let a: TestRegistry;
  let b: TestRegistry;
  let importer: string;
  const content = { org: '', type: '', used: '', api: '' };
  let firstArchive = '';
  let newerArchive = '';

  beforeAll(async () => {
    [dbA, dbB] = await Promise.all([create(), create()]);
    [a, b] = await Promise.all([startTestRegistry(dbA), startTestRegistry(dbB)]);
    importer = await meUuid(b.admin);
    content.org = (await createOrganization(a.admin)).uuid;
    content.type = (await createObjectType(a.admin, { organization: content.org })).uuid;
    content.used = (await createAsset(a.admin, content.type, { organization: content.org, attributes: { endpoint: 'https://used.test' } })).uuid;
    content.api = (
      await createAsset(a.admin, content.type, { organization: content.org, references: [{ name: 'uses', target: content.used }] })
    ).uuid;
    firstArchive = await exportToFile(a.admin, { objects: [content.api] });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([dbA?.drop(), dbB?.drop()]);
    await removeTempFiles();
  });

  it('previews an export of A in B: new objects are created, the closure resolves in the archive', async () => {
    const staged = await stage(b.admin, firstArchive);
    const plan = await preview(b.admin, staged.id);
    const api = plan.decision(content.api);
    expect(api).toMatchObject({ action: 'CREATE', selectedByDefault: true, selected: true, existing: null });
    expect(api.references).toEqual([
      expect.objectContaining({ name: 'uses', targetUuid: content.used, resolution: 'ARCHIVE', targetRecord: expect.objectContaining({ uuid: content.used, action: 'CREATE' }) }),
    ]);
    expect(api.outcome).toMatchObject({ ownerUuid: importer, owner: { uuid: importer } });
    expect(plan.codesOf(content.api)).toEqual(expect.arrayContaining(['NEW_OBJECT', 'OWNER_IS_IMPORTER']));
    expect(plan.counts).toMatchObject({ create: plan.totalCount - 1, skip: 1 }); // A's system group "Everyone"
    expect(plan.blocking).toEqual([]);
  });

  it('commits into B: the objects land with the archive timestamps, owned by the importer', async () => {
    const staged = await stage(b.admin, firstArchive);
    const { planDigest } = await preview(b.admin, staged.id);
    const record = await commit(b.admin, { stagedImportId: staged.id, expectedPlanDigest: planDigest });
    expect(record).toMatchObject({ status: 'SUCCEEDED', phase: 'DONE', planDigest, error: null, trust: 'SIGNED_UNTRUSTED' });
    expect(record.counts).toMatchObject({ created: staged.objectCount - 1, skipped: 1 });
    const [inA, inB] = await Promise.all([objectIn(a.admin, content.api), objectIn(b.admin, content.api)]);
    expect(inB).toMatchObject({ name: inA!.name, timestamp: inA!.timestamp, createdAt: inA!.createdAt, ownerUuid: importer, organizationUuid: content.org });
    expect(inB!.references).toEqual([{ name: 'uses', targetUuid: content.used }]);
    expect(await objectIn(b.admin, content.used)).toMatchObject({ attributes: { endpoint: 'https://used.test' } });
    const stored = await importRecord(b.admin, record.id);
    expect(stored!.outcomes.totalCount).toBe(staged.objectCount);
    expect(stored!.user).toEqual({ uuid: importer });
  });

  it('ignores everything when the same archive is imported again', async () => {
    const staged = await stage(b.admin, firstArchive);
    const plan = await preview(b.admin, staged.id);
    expect(plan.decision(content.api)).toMatchObject({ action: 'IGNORE', selectedByDefault: false });
    // The registry's copies have the exporter's content digest: no "same timestamp, other content" warning.
    for (const uuid of Object.values(content)) expect(plan.codesOf(uuid)).not.toContain('IDENTICAL_TIMESTAMP_CONTENT_DIFFERS');
    const record = await commit(b.admin, { stagedImportId: staged.id });
    expect(record.counts).toMatchObject({ created: 0, replaced: 0, ignored: staged.objectCount - 1 });
  });

  it('replaces B’s copy with a newer one from A', async () => {
    await a.admin.data(UpdateAsset, { uuid: content.api, input: { attributes: { endpoint: 'https://v2.test' } } });
    newerArchive = await exportToFile(a.admin, { objects: [content.api] });
    const staged = await stage(b.admin, newerArchive);
    const plan = await preview(b.admin, staged.id);
    expect(plan.decision(content.api)).toMatchObject({ action: 'REPLACE', selectedByDefault: true });
    expect(plan.codesOf(content.api)).toContain('NEWER_IN_ARCHIVE');
    expect(plan.decision(content.used).action).toBe('IGNORE');
    const record = await commit(b.admin, { stagedImportId: staged.id, expectedPlanDigest: plan.planDigest });
    expect(record.counts).toMatchObject({ replaced: 1, created: 0 });
    const [inA, inB] = await Promise.all([objectIn(a.admin, content.api), objectIn(b.admin, content.api)]);
    expect(inB).toMatchObject({ timestamp: inA!.timestamp, attributes: { endpoint: 'https://v2.test' } });
    expect(inB!.references).toEqual([{ name: 'uses', targetUuid: content.used }]);
  });

  it('rejects an older copy without failing the import, and replaces it with allowReplace', async () => {
    await b.admin.data(UpdateAsset, { uuid: content.api, input: { description: 'edited in B' } });
    const staged = await stage(b.admin, newerArchive);
    const plan = await preview(b.admin, staged.id);
    expect(plan.decision(content.api)).toMatchObject({ action: 'REJECT', selectedByDefault: false });
    expect(plan.codesOf(content.api)).toContain('OLDER_IN_ARCHIVE');
    const rejected = await commit(b.admin, { stagedImportId: staged.id });
    expect(rejected).toMatchObject({ status: 'SUCCEEDED', counts: { rejected: 1, replaced: 0 } });
    expect((await objectIn(b.admin, content.api))!.description).toBe('edited in B');

    const again = await stage(b.admin, newerArchive);
    const options = { allowReplace: true };
    const replacing = await preview(b.admin, again.id, { options, selection: [content.api] });
    expect(replacing.decision(content.api).action).toBe('REPLACE');
    const record = await commit(b.admin, { stagedImportId: again.id, options, selection: [content.api], expectedPlanDigest: replacing.planDigest });
    expect(record.counts).toMatchObject({ replaced: 1 });
    const [inA, inB] = await Promise.all([objectIn(a.admin, content.api), objectIn(b.admin, content.api)]);
    expect(inB).toMatchObject({ description: null, timestamp: inA!.timestamp });
  });

  it('refuses with PLAN_STALE when B changed between preview and commit, and writes nothing', async () => {
    const staged = await stage(b.admin, newerArchive);
    const { planDigest } = await preview(b.admin, staged.id);
    await b.admin.data(UpdateAsset, { uuid: content.api, input: { description: 'changed after the preview' } });
    const res = await b.admin.request(CommitImport, { input: { stagedImportId: staged.id, expectedPlanDigest: planDigest } });
    expect(res.errors?.[0]?.extensions?.code).toBe('PLAN_STALE');
    const failedId = (res.errors![0].extensions!.details as { importRecordId: string }).importRecordId;
    expect(await importRecord(b.admin, failedId)).toMatchObject({ status: 'FAILED', error: { code: 'PLAN_STALE' }, outcomes: { totalCount: 0 } });
    expect((await objectIn(b.admin, content.api))!.description).toBe('changed after the preview');
    // The staged import survives a failed commit: preview again, and commit what was reviewed.
    const fresh = await preview(b.admin, staged.id);
    expect(fresh.planDigest).not.toBe(planDigest);
    expect(fresh.decision(content.api).action).toBe('REJECT');
  });

  it('writes a replacement whole: references and fields the newer record no longer has are gone', async () => {
    await a.admin.data(UpdateAsset, { uuid: content.api, input: { references: [], description: null, attributes: {} } });
    const staged = await stage(b.admin, await exportToFile(a.admin, { objects: [content.api] }));
    const options = { allowReplace: true };
    const record = await commit(b.admin, { stagedImportId: staged.id, options, selection: [content.api] });
    expect(record.counts).toMatchObject({ replaced: 1 });
    const [inA, inB] = await Promise.all([objectIn(a.admin, content.api), objectIn(b.admin, content.api)]);
    expect(inB).toEqual({ ...inA, ownerUuid: importer });
    expect(inB!.references).toEqual([]);
  });
});
