import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases } from '../support/databases.js';
import { downloadAndOpen, readAllRecords, removeTempFiles } from '../support/exportBuilders.js';
import { objectIn } from '../support/importClient.js';
import { createAsset, createUser } from '../support/registryBuilders.js';
import { addRemote, commitPromotion, moveLifecycleState, promote, promotionModel, promotionTrail } from '../support/remoteBuilders.js';
import { purgeExpiredExports } from '../../src/export/exportSweeper.js';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { suiteRegistries } from '../support/testRegistry.js';

/*
 * Three real registries on loopback ports, dev → test → prod, each configured with the next one as a remote
 * (the credential: a token of a service user there). Objects move along a lifecycle model whose states name the
 * stages they may be promoted to.
 */
describe.each(databases)('promotion dev → test → prod ($name)', ({ create }) => {
  const logLines: string[] = [];
  // Each names itself by its own URL: a stage names it, and its planner checks promotions against it.
  const [dev, test, prod] = suiteRegistries(create, [0, 1, 2].map(() => ({ addressed: true, logLines })));
  const credentials: string[] = [];
  let path: Awaited<ReturnType<typeof promotionModel>>;

  beforeAll(async () => {
    // Receiving a promotion into an empty registry creates its organization and object type: an administrator's rights there.
    const onTest = await createUser(test, { roles: ['REGISTRY_ADMINISTRATOR'], name: 'promotions from dev' });
    const onProd = await createUser(prod, { roles: ['REGISTRY_ADMINISTRATOR'], name: 'promotions from test' });
    credentials.push(onTest.token, onProd.token);
    await addRemote(dev.admin, { name: 'test', address: test.url, credential: onTest.token });
    await addRemote(test.admin, { name: 'prod', address: prod.url, credential: onProd.token });
    path = await promotionModel(dev.admin, { test: test.url, prod: prod.url });
  }, 90_000);

  afterAll(async () => {
    await removeTempFiles();
  });

  const newAsset = async () => (await createAsset(dev.admin, path.type, { organization: path.org.uuid })).uuid;

  it('refuses a stage the object’s lifecycle state does not allow, naming the allowed ones, before anything moves', async () => {
    const asset = await newAsset();
    const res = await promote(dev.admin, [asset], path.prodStage);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'PROMOTION_PATH_NOT_ALLOWED',
      details: { stage: path.prodStage, objects: [{ uuid: asset, state: 'Development', allowedStages: [{ uuid: path.testStage }] }] },
    });
    expect(await objectIn(prod.admin, asset)).toBeNull();
    expect((await dev.admin.data<Record<string, any>, unknown>('{ exportedArchives { id } }')).exportedArchives).toEqual([]); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it('writes each side’s trail row with who promoted, from and to which registry, and when', async () => {
    const asset = await newAsset();
    const before = Date.now();
    const previewed = (await promote(dev.admin, [asset], path.testStage)).data!.promoteObjects;
    const committed = await commitPromotion(dev.admin, previewed.id);
    const registry = async (client: typeof dev.admin) => (await client.data<Record<string, any>, unknown>('{ registry { uuid name } }')).registry; // eslint-disable-line @typescript-eslint/no-explicit-any
    const [devRegistry, testRegistry] = [await registry(dev.admin), await registry(test.admin)];
    const [to] = (await promotionTrail(dev.admin, asset))!;
    const [from] = (await promotionTrail(test.admin, asset))!;
    const common = { stageUuid: path.testStage, archiveSha256: previewed.result.archiveSha256, importRecordId: committed.result.importRecordId };
    expect(to).toMatchObject({ ...common, direction: 'TO', registryUuid: testRegistry.uuid, registryName: testRegistry.name });
    expect(from).toMatchObject({ ...common, direction: 'FROM', registryUuid: devRegistry.uuid, registryName: devRegistry.name, userName: to!.userName });
    for (const step of [to!, from!]) expect(Date.parse(step.at)).toBeGreaterThanOrEqual(before);
    for (const step of [to!, from!]) expect(Date.parse(step.at)).toBeLessThanOrEqual(Date.now());
  });

  it('promotes dev → test → prod along the model’s stages, each side keeping its record of the trail', async () => {
    const asset = await newAsset();
    const previewed = (await promote(dev.admin, [asset], path.testStage)).data!.promoteObjects;
    expect(previewed).toMatchObject({ kind: 'PROMOTE', status: 'SUCCEEDED', remoteName: 'test', done: 4, total: 4 });
    expect(previewed.planDigest).toMatch(/\w+/);
    expect(previewed.result.counts.create).toBeGreaterThan(0);
    expect(await objectIn(test.admin, asset)).toBeNull(); // previewed, not committed

    const committed = await commitPromotion(dev.admin, previewed.id);
    expect(committed).toMatchObject({ kind: 'COMMIT_PROMOTION', status: 'SUCCEEDED' });
    expect(await objectIn(test.admin, asset)).toMatchObject({ uuid: asset, lifecycleState: { uuid: path.state('Development') } });

    const devUuid = (await dev.admin.data<Record<string, any>, unknown>('{ registry { uuid } }')).registry.uuid; // eslint-disable-line @typescript-eslint/no-explicit-any
    const testUuid = (await test.admin.data<Record<string, any>, unknown>('{ registry { uuid } }')).registry.uuid; // eslint-disable-line @typescript-eslint/no-explicit-any
    const sha = previewed.result.archiveSha256;
    expect(await promotionTrail(dev.admin, asset)).toMatchObject([{ direction: 'TO', registryUuid: testUuid, stageUuid: path.testStage, archiveSha256: sha, importRecordId: committed.result.importRecordId }]);
    expect(await promotionTrail(test.admin, asset)).toMatchObject([{ direction: 'FROM', registryUuid: devUuid, stageUuid: path.testStage, archiveSha256: sha }]);

    // On test the object is tested, and its new state allows prod.
    await moveLifecycleState(test.admin, asset, path.state('Tested'));
    const toProd = (await promote(test.admin, [asset], path.prodStage)).data!.promoteObjects;
    expect(toProd.status).toBe('SUCCEEDED');
    await commitPromotion(test.admin, toProd.id);
    expect(await objectIn(prod.admin, asset)).toMatchObject({ uuid: asset, lifecycleState: { uuid: path.state('Tested') } });
    expect((await promotionTrail(test.admin, asset))!.map((s) => s.direction)).toEqual(['FROM', 'TO']);
    expect(await promotionTrail(prod.admin, asset)).toMatchObject([{ direction: 'FROM', registryUuid: testUuid, stageUuid: path.prodStage }]);
  });

  it('promoting identical content again plans all IGNORE and commits without error', async () => {
    const asset = await newAsset();
    await commitPromotion(dev.admin, (await promote(dev.admin, [asset], path.testStage)).data!.promoteObjects.id);
    const again = (await promote(dev.admin, [asset], path.testStage)).data!.promoteObjects;
    expect(again.result.counts).toMatchObject({ create: 0, replace: 0, reject: 0 });
    expect(again.result.counts.ignore).toBeGreaterThan(0);
    expect((await commitPromotion(dev.admin, again.id)).status).toBe('SUCCEEDED');
  });

  it('lets a promotion be committed once, by the user who promoted', async () => {
    const asset = await newAsset();
    const previewed = (await promote(dev.admin, [asset], path.testStage)).data!.promoteObjects;
    const other = await createUser(dev, { roles: ['REGISTRY_ADMINISTRATOR'] });
    const stranger = await other.client.request('mutation($id: ID!) { commitPromotion(operationId: $id) { id } }', { id: previewed.id });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await commitPromotion(dev.admin, previewed.id);
    const twice = await dev.admin.request('mutation($id: ID!) { commitPromotion(operationId: $id) { id } }', { id: previewed.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a commit the target refuses (its plan changed since the preview) writes nothing on either side and says which side failed', async () => {
    const asset = await newAsset();
    const stale = (await promote(dev.admin, [asset], path.testStage)).data!.promoteObjects;
    await commitPromotion(dev.admin, (await promote(dev.admin, [asset], path.testStage)).data!.promoteObjects.id);
    const trailsBefore = [await promotionTrail(dev.admin, asset), await promotionTrail(test.admin, asset)];
    const res = await dev.admin.request<Record<string, any>, unknown>('mutation($id: ID!) { commitPromotion(operationId: $id) { id } }', { id: stale.id }); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'REMOTE_REFUSED', details: { side: 'REMOTE', remoteCode: 'PLAN_STALE' } });
    expect([await promotionTrail(dev.admin, asset), await promotionTrail(test.admin, asset)]).toEqual(trailsBefore);
    const failed = (await dev.admin.data<Record<string, any>, unknown>('query($id: ID!) { remoteOperation(id: $id) { status error { side code remoteCode } } }', { // eslint-disable-line @typescript-eslint/no-explicit-any
      id: (res.errors![0]!.extensions!.details as { remoteOperationId: string }).remoteOperationId,
    })).remoteOperation;
    expect(failed).toEqual({ status: 'FAILED', error: { side: 'REMOTE', code: 'REMOTE_REFUSED', remoteCode: 'PLAN_STALE' } });
  });

  it('reports progress of a promotion polled while it runs', async () => {
    const asset = await newAsset();
    const started = (await promote(dev.admin, [asset], path.testStage, false)).data!.promoteObjects;
    expect(started).toMatchObject({ status: 'RUNNING', total: 4 });
    let op = started;
    while (op.status === 'RUNNING') {
      op = (await dev.admin.data<Record<string, any>, unknown>('query($id: ID!) { remoteOperation(id: $id) { status phase done total } }', { id: started.id })).remoteOperation; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(op.done).toBeLessThanOrEqual(op.total);
    }
    expect(op).toMatchObject({ status: 'SUCCEEDED', phase: 'DONE', done: 4 });
  });

  it('never puts a credential in a response, a log line or an archive', async () => {
    const remotes = await dev.admin.request('{ remoteRegistries { id name address } }');
    const exported = (await dev.admin.data<Record<string, any>, unknown>('{ exportedArchives { downloadUrl } }')).exportedArchives; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(exported.length).toBeGreaterThan(0);
    const records = JSON.stringify(await readAllRecords(await downloadAndOpen(dev.admin, exported[0].downloadUrl)));
    for (const credential of credentials) {
      expect(JSON.stringify(remotes)).not.toContain(credential);
      expect(records).not.toContain(credential);
      expect(logLines.filter((line) => line.includes(credential))).toEqual([]);
    }
  });

  it('keeps the count and the export’s id in the promotion’s result, not every object’s UUID', async () => {
    const assets = [await newAsset(), await newAsset()];
    const previewed = (await promote(dev.admin, assets, path.testStage)).data!.promoteObjects;
    const exported = (await dev.admin.data<Record<string, any>, unknown>('{ exportedArchives { id sha256 } }')).exportedArchives; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(exported).toContainEqual({ id: previewed.result.exportedArchiveId, sha256: previewed.result.archiveSha256 });
    expect(previewed.result.objects).toBeUndefined();
    await commitPromotion(dev.admin, previewed.id);
    for (const asset of assets) expect(await promotionTrail(dev.admin, asset)).toMatchObject([{ direction: 'TO', archiveSha256: previewed.result.archiveSha256 }]);
  });

  it('refuses to commit a promotion whose export has expired here, before the target writes anything', async () => {
    const asset = await newAsset();
    const previewed = (await promote(dev.admin, [asset], path.testStage)).data!.promoteObjects;
    const { app } = dev.running;
    await purgeExpiredExports(app.orm.em.fork() as SqlEntityManager, { dataDir: app.config.dataDir, exportTtlSeconds: 0 }, new Date(Date.now() + 1000));
    const res = await dev.admin.request('mutation($id: ID!) { commitPromotion(operationId: $id) { id } }', { id: previewed.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await objectIn(test.admin, asset)).toBeNull();
    expect(await promotionTrail(dev.admin, asset)).toEqual([]);
  });
});
