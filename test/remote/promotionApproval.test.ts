import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { IncomingPromotionEntity } from '../../src/entities/index.js';
import { ImportRecordStore } from '../../src/import/records/importRecordStore.js';
import { ImportStatus } from '../../src/import/records/importRecordView.js';
import { reopenFailedApprovals } from '../../src/remote/promotionHolds.js';
import { abandonedRunningRecord } from '../fixtures/importRecords.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { objectIn } from '../support/importClient.js';
import { createAsset, createUser } from '../support/registryBuilders.js';
import {
  approvePromotion,
  incomingPreview,
  incomingPromotions,
  promoteHeld,
  refreshPromotionApproval,
  rejectPromotion,
} from '../support/approvalBuilders.js';
import { addRemote, promotionModel, promotionTrail } from '../support/remoteBuilders.js';
import { suiteRegistries } from '../support/testRegistry.js';

/*
 * dev promotes to test, which requires approval (REQUIRE_PROMOTION_APPROVAL): the promotion stages and previews
 * there and waits until one of test's own users commits or rejects it. dev's credential acts as a plain user of
 * test without any right to write: in approval mode it only stages and submits.
 */
describe.each(databases)('promotion approval mode ($name)', ({ create }) => {
  const [dev, test] = suiteRegistries(create, [{ addressed: true }, { addressed: true, env: { REQUIRE_PROMOTION_APPROVAL: 'true' } }]);
  let service: Awaited<ReturnType<typeof createUser>>;
  let path: Awaited<ReturnType<typeof promotionModel>>;

  beforeAll(async () => {
    service = await createUser(test, { name: 'promotions from dev' });
    await addRemote(dev.admin, { name: 'test', address: test.url, credential: service.token });
    path = await promotionModel(dev.admin, { test: test.url, prod: 'http://127.0.0.1:1/graphql' });
  }, 90_000);

  afterAll(async () => {
    await removeTempFiles();
  });

  const newAsset = async () => (await createAsset(dev.admin, path.type, { organization: path.org.uuid })).uuid;
  const held = async () => {
    const asset = await newAsset();
    const operation = (await promoteHeld(dev.admin, [asset], path.testStage)).data!.promoteObjects;
    return { asset, operation, incoming: (await incomingPromotions(test.admin)).find((p) => p.id === operation.approval.incomingPromotionId)! };
  };

  it('holds the promotion on the target: nothing written there, listed PENDING with who, from where, when, archive SHA-256 and preview counts', async () => {
    const { asset, operation, incoming } = await held();
    expect(operation).toMatchObject({ kind: 'PROMOTE', status: 'SUCCEEDED', approval: { status: 'PENDING', decidedBy: null } });
    expect(await objectIn(test.admin, asset)).toBeNull();
    const devRegistry = (await dev.admin.data<Record<string, any>, unknown>('{ registry { uuid name } }')).registry; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(incoming).toMatchObject({
      status: 'PENDING',
      sourceRegistry: devRegistry,
      sourceAddress: dev.url,
      requestedBy: { uuid: service.uuid, name: 'promotions from dev' },
      stage: path.testStage,
      archiveSha256: operation.result.archiveSha256,
      counts: operation.result.counts,
    });
    expect(Date.parse(incoming.requestedAt)).not.toBeNaN();
    expect((await incomingPromotions(test.admin, 'PENDING')).map((p) => p.id)).toContain(incoming.id);
  });

  it('says whether it requires approval', async () => {
    expect((await test.admin.data<Record<string, any>, unknown>('{ promotionApprovalRequired }')).promotionApprovalRequired).toBe(true); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect((await dev.admin.data<Record<string, any>, unknown>('{ promotionApprovalRequired }')).promotionApprovalRequired).toBe(false); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it('refuses the source’s commitPromotion with PROMOTION_APPROVAL_REQUIRED (409), nothing written', async () => {
    const { asset, operation, incoming } = await held();
    const res = await dev.admin.request('mutation($id: ID!) { commitPromotion(operationId: $id) { id } }', { id: operation.id });
    expect(res.status).toBe(409);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'PROMOTION_APPROVAL_REQUIRED', details: { incomingPromotionId: incoming.id } });
    expect(await objectIn(test.admin, asset)).toBeNull();
  });

  it('refuses the submitting credential user committing the held staged import itself, or approving it', async () => {
    const { asset, incoming } = await held();
    const direct = await service.client.request('mutation($i: CommitImportInput!) { commitImport(input: $i) { id } }', {
      i: { stagedImportId: incoming.stagedImportId, options: { keepLifecycleState: true } },
    });
    expect(direct.errors?.[0]?.extensions?.code).toBe('PROMOTION_APPROVAL_REQUIRED');
    const own = await approvePromotion(service.client, incoming.id, 'x'.repeat(64));
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await objectIn(test.admin, asset)).toBeNull();
  });

  it('an approver commits it with their own preview’s digest; both sides record the trail and the source sees APPROVED', async () => {
    const { asset, operation, incoming } = await held();
    const approver = await createUser(test, { roles: ['REGISTRY_ADMINISTRATOR'], name: 'release manager' });
    const preview = (await incomingPreview(approver.client, incoming.id))!;
    expect(preview.counts.create).toBeGreaterThan(0);
    const approved = await approvePromotion(approver.client, incoming.id, preview.planDigest);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approvePromotion).toMatchObject({ status: 'APPROVED', decidedBy: { uuid: approver.uuid, name: 'release manager' } });
    expect(await objectIn(test.admin, asset)).toMatchObject({ uuid: asset, lifecycleState: { uuid: path.state('Development') } });
    expect(await promotionTrail(test.admin, asset)).toMatchObject([{ direction: 'FROM', stageUuid: path.testStage, archiveSha256: incoming.archiveSha256 }]);

    const refreshed = await refreshPromotionApproval(dev.admin, operation.id);
    expect(refreshed.approval).toMatchObject({ status: 'APPROVED', decidedBy: { name: 'release manager' }, importRecordId: approved.data!.approvePromotion.importRecordId });
    expect(await promotionTrail(dev.admin, asset)).toMatchObject([{ direction: 'TO', stageUuid: path.testStage, importRecordId: approved.data!.approvePromotion.importRecordId }]);
    await refreshPromotionApproval(dev.admin, operation.id);
    expect(await promotionTrail(dev.admin, asset)).toHaveLength(1); // recorded once
    const twice = await approvePromotion(approver.client, incoming.id, preview.planDigest);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses an approver without the rights to import its objects (FORBIDDEN), and it stays PENDING', async () => {
    const { asset, incoming } = await held();
    const reader = await createUser(test, { name: 'reader' });
    const preview = (await incomingPreview(reader.client, incoming.id))!;
    const res = await approvePromotion(reader.client, incoming.id, preview.planDigest);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await rejectPromotion(reader.client, incoming.id, 'no')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await objectIn(test.admin, asset)).toBeNull();
    expect((await incomingPromotions(test.admin)).find((p) => p.id === incoming.id)).toMatchObject({ status: 'PENDING' });
  });

  it('refuses a digest other than the approver’s plan (PLAN_STALE): nothing written, still PENDING', async () => {
    const { asset, incoming } = await held();
    const approver = await createUser(test, { roles: ['REGISTRY_ADMINISTRATOR'] });
    const res = await approvePromotion(approver.client, incoming.id, 'f'.repeat(64));
    expect(res.errors?.[0]?.extensions?.code).toBe('PLAN_STALE');
    expect(await objectIn(test.admin, asset)).toBeNull();
    expect((await incomingPromotions(test.admin)).find((p) => p.id === incoming.id)).toMatchObject({ status: 'PENDING', decidedBy: null });
  });

  it('an approval whose commit fails after answering (wait: false) is PENDING again by its failed commit itself (reading promotions never writes)', async () => {
    const { asset, incoming } = await held();
    const approver = await createUser(test, { roles: ['REGISTRY_ADMINISTRATOR'] });
    const res = await approvePromotion(approver.client, incoming.id, 'f'.repeat(64), false);
    expect(res.errors).toBeUndefined();
    // The commit runs on after the answer; each look is a request the registry answers (the test's timeout bounds it).
    let row = res.data!.approvePromotion;
    while (row.status === 'COMMITTING') row = (await incomingPromotions(test.admin)).find((p) => p.id === incoming.id)!;
    expect(row).toMatchObject({ status: 'PENDING', decidedBy: null, importRecordId: null });
    expect(await objectIn(test.admin, asset)).toBeNull();
  });

  it('recovery reopens an approval whose process died mid-commit (its import FAILED), and leaves one still running', async () => {
    const dead = (await held()).incoming;
    const running = (await held()).incoming;
    const em = test.running.app.orm.em.fork() as SqlEntityManager;
    const records = new ImportRecordStore(em);
    const failed = { ...abandonedRunningRecord(dead.requestedBy.uuid), status: ImportStatus.FAILED };
    const live = abandonedRunningRecord(running.requestedBy.uuid);
    await records.insert(failed);
    await records.insert(live);
    // As approvePromotion leaves them once its commit has started.
    await em.nativeUpdate(IncomingPromotionEntity, { id: dead.id }, { status: 'COMMITTING', importRecordId: failed.id });
    await em.nativeUpdate(IncomingPromotionEntity, { id: running.id }, { status: 'COMMITTING', importRecordId: live.id });
    expect(await reopenFailedApprovals(em)).toEqual({ reopened: 1 });
    const listed = await incomingPromotions(test.admin);
    expect(listed.find((p) => p.id === dead.id)).toMatchObject({ status: 'PENDING', importRecordId: null });
    expect(listed.find((p) => p.id === running.id)).toMatchObject({ status: 'COMMITTING', importRecordId: live.id });
  });

  it('pages through held promotions with after, newest first, each once, and refuses an after naming none', async () => {
    for (let i = 0; i < 3; i++) await held();
    const page = async (after: string | null) =>
      (await test.admin.data<Record<string, any>, unknown>('query($a: ID) { incomingPromotions(first: 2, after: $a) { id } }', { a: after })).incomingPromotions as { id: string }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const walked: string[] = [];
    for (let ids = await page(null); ids.length > 0; ids = await page(walked.at(-1)!)) walked.push(...ids.map((p) => p.id));
    const all = (await test.admin.data<Record<string, any>, unknown>('{ incomingPromotions(first: 200) { id } }')).incomingPromotions.map((p: { id: string }) => p.id); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(walked.length).toBeGreaterThanOrEqual(3);
    expect(walked).toEqual(all);
    const unknown = await test.admin.request('{ incomingPromotions(after: "no-such-promotion") { id } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.status).toBe(400);
  });

  it('rejecting imports nothing and discards the staged archive; the source sees REJECTED with the reason', async () => {
    const { asset, operation, incoming } = await held();
    const rejected = await rejectPromotion(test.admin, incoming.id, 'not in this release');
    const me = (await test.admin.data<Record<string, any>, unknown>('{ me { uuid } }')).me; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(rejected.data!.rejectPromotion).toMatchObject({ status: 'REJECTED', reason: 'not in this release', decidedBy: { uuid: me.uuid } });
    expect(await objectIn(test.admin, asset)).toBeNull();
    const staged = await service.client.data<Record<string, any>, unknown>('query($id: ID!) { stagedImport(id: $id) { id } }', { id: incoming.stagedImportId }); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(staged.stagedImport).toBeNull();
    expect((await refreshPromotionApproval(dev.admin, operation.id)).approval).toMatchObject({ status: 'REJECTED', reason: 'not in this release' });
    expect(await promotionTrail(dev.admin, asset)).toEqual([]);
  });
});
