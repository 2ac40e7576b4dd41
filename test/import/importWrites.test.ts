import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { createEveryKind, removeTempFiles } from '../support/exportBuilders.js';
import { commit, exportToFile, objectIn, preview, stage } from '../support/importClient.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

/** The stage address createEveryKind assigns to the initial state of its lifecycle model. */
const STAGE_ADDRESS = 'https://stage.example.test/graphql';

const Imported = graphql(`
  query WritesImported($asset: ID!, $user: ID!) {
    asset: object(uuid: $asset) {
      uuid ownerUuid protection { viewContent rePackageable editable }
      ... on Asset { lifecycleState { uuid name modelUuid } }
    }
    user: object(uuid: $user) { uuid ... on User { groupUuids } }
  }
`);

const UpdateAsset = graphql(`
  mutation WritesUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }
`);

const Outcomes = graphql(`
  query WritesOutcomes($id: ID!) {
    importRecord(id: $id) {
      outcomes(first: 100) {
        edges { node { uuid action written { ownerUuid lifecycle { modelUuid stateUuid } previousVersionUuid groupUuids } } }
      }
    }
  }
`);

const SourceAsset = graphql(`
  query WritesSourceAsset($uuid: ID!) { object(uuid: $uuid) { ownerUuid ... on Asset { lifecycleState { uuid } } } }
`);

/*
 * What a commit writes beyond the record: the plan's owner, lifecycle state and group memberships, and the
 * archive's protection flags, which the importing registry then enforces.
 */
describe.each(databases)('what a commit writes on $name', ({ create }) => {
  let dbA: TestDatabase;
  let dbB: TestDatabase;
  let a: TestRegistry;
  let b: TestRegistry;
  let source: Awaited<ReturnType<typeof createEveryKind>>;
  let archive = '';
  let committed = '';

  beforeAll(async () => {
    [dbA, dbB] = await Promise.all([create(), create()]);
    // B is the registry the stage of the exported state names, so its assets may land here.
    [a, b] = await Promise.all([startTestRegistry(dbA), startTestRegistry(dbB, { REGISTRY_ADDRESS: STAGE_ADDRESS })]);
    source = await createEveryKind(a.admin);
    archive = await exportToFile(a.admin, {
      objects: [source.asset, source.user],
      protection: { viewContent: true, rePackageable: false, editable: false },
    });
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([dbA?.drop(), dbB?.drop()]);
    await removeTempFiles();
  });

  it('keeps the owner, the lifecycle state and the user’s groups when asked, and the protection flags', async () => {
    const staged = await stage(b.admin, archive);
    const options = { keepCurrentOwner: true, keepLifecycleState: true, importUserGroups: true };
    const plan = await preview(b.admin, staged.id, { options });
    expect(plan.blocking).toEqual([]);
    expect(plan.codesOf(source.asset)).toEqual(expect.arrayContaining(['OWNER_KEPT', 'LIFECYCLE_STATE_KEPT']));
    expect(plan.decision(source.group)).toMatchObject({ action: 'CREATE' });
    const record = await commit(b.admin, { stagedImportId: staged.id, options, expectedPlanDigest: plan.planDigest });
    expect(record.status).toBe('SUCCEEDED');
    committed = record.id;

    const inA = (await a.admin.data(SourceAsset, { uuid: source.asset })).object!;
    const inB = await b.admin.data(Imported, { asset: source.asset, user: source.user });
    expect(inB.asset).toMatchObject({
      ownerUuid: inA.ownerUuid,
      protection: { viewContent: true, rePackageable: false, editable: false },
      lifecycleState: { uuid: (inA as { lifecycleState: { uuid: string } }).lifecycleState.uuid, modelUuid: source.model },
    });
    expect(inB.user).toMatchObject({ groupUuids: [source.group] });
  });

  it('records in each outcome what the commit wrote beyond the record, and nothing for what it did not write', async () => {
    const inA = (await a.admin.data(SourceAsset, { uuid: source.asset })).object!;
    const outcomes = (await b.admin.data(Outcomes, { id: committed })).importRecord!.outcomes.edges.map((e) => e.node);
    const of = (uuid: string) => outcomes.find((o) => o.uuid === uuid)!;
    expect(of(source.asset).written).toMatchObject({
      ownerUuid: inA.ownerUuid,
      lifecycle: { modelUuid: source.model, stateUuid: (inA as { lifecycleState: { uuid: string } }).lifecycleState.uuid },
    });
    expect(of(source.user).written).toMatchObject({ groupUuids: [source.group] });
    for (const o of outcomes) expect(o.written === null).toBe(o.action !== 'CREATE' && o.action !== 'REPLACE');
  });

  it('enforces the protection flags it wrote: a non-editable import cannot be edited', async () => {
    const res = await b.admin.request(UpdateAsset, { uuid: source.asset, input: { description: 'edited' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_EDITABLE');
    expect((await objectIn(b.admin, source.asset))!.description).toBeNull();
  });

  it('rejects a stage-restricted object anywhere but at its stage', async () => {
    const [dbC] = await Promise.all([create()]);
    const c = await startTestRegistry(dbC);
    // Stopped when the test ends, even on a timeout (a finally block would wait for the awaited request).
    onTestFinished(async () => {
      await c.stop();
      await dbC.drop();
    });
    const staged = await stage(c.admin, archive);
    const plan = await preview(c.admin, staged.id);
    expect(plan.decision(source.asset).action).toBe('REJECT');
    expect(plan.codesOf(source.asset)).toContain('STAGE_RESTRICTED');
  });
});
