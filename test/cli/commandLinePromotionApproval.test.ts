import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOutput, removeScratch, runCli, scratchFile } from '../support/commandLine.js';
import { databases } from '../support/databases.js';
import { objectIn } from '../support/importClient.js';
import { createAsset, createUser } from '../support/registryBuilders.js';
import { promotionModel } from '../support/remoteBuilders.js';
import { suiteRegistries } from '../support/testRegistry.js';

/*
 * registry-bridge promote into a registry that requires approval (REQUIRE_PROMOTION_APPROVAL), and
 * promotions list|approve|reject on that registry, as one of its own users.
 */
describe.each(databases)('registry-bridge promote and promotions in approval mode on $name', ({ create }) => {
  const [dev, test] = suiteRegistries(create, [{ addressed: true }, { addressed: true, env: { REQUIRE_PROMOTION_APPROVAL: 'true' } }]);
  let approverToken: string;
  let path: Awaited<ReturnType<typeof promotionModel>>;
  const onDev = (...args: string[]) => runCli([...args, '--registry', dev.url], { env: { REGISTRY_TOKEN: dev.adminToken } });
  const onTest = (...args: string[]) => runCli([...args, '--registry', test.url], { env: { REGISTRY_TOKEN: approverToken } });

  beforeAll(async () => {
    const credentialFile = scratchFile('approval.token');
    writeFileSync(credentialFile, (await createUser(test, { name: 'promotions from dev' })).token);
    approverToken = (await createUser(test, { roles: ['REGISTRY_ADMINISTRATOR'], name: 'release manager' })).token;
    expect((await onDev('remote', 'add', 'test', test.url, '--credential-file', credentialFile)).code).toBe(0);
    path = await promotionModel(dev.admin, { test: test.url, prod: 'http://127.0.0.1:9/graphql' });
  }, 60_000);

  afterAll(async () => {
    removeScratch();
  });

  const newAsset = async () => (await createAsset(dev.admin, path.type, { organization: path.org.uuid })).uuid;

  it('promote says "pending approval" and refuses --commit with PROMOTION_APPROVAL_REQUIRED', async () => {
    const asset = await newAsset();
    const shown = await onDev('promote', asset, '--stage', path.testStage);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Pending approval on test');
    const refused = jsonOutput(await onDev('promote', asset, '--stage', path.testStage, '--commit', '--json'));
    expect(refused).toMatchObject({ exitCode: 1, error: { code: 'PROMOTION_APPROVAL_REQUIRED' }, promotion: { approval: { status: 'PENDING' } }, commit: null });
    expect(await objectIn(test.admin, asset)).toBeNull();
  });

  it('promotions list shows the held promotion; approve commits it as the approver; reject discards another', async () => {
    const [kept, dropped] = [await newAsset(), await newAsset()];
    const first = jsonOutput(await onDev('promote', kept, '--stage', path.testStage, '--json')).promotion as { approval: { incomingPromotionId: string } };
    const second = jsonOutput(await onDev('promote', dropped, '--stage', path.testStage, '--json')).promotion as { approval: { incomingPromotionId: string } };
    const listed = jsonOutput(await onTest('promotions', 'list', '--json'));
    expect((listed.promotions as { id: string; status: string }[]).filter((p) => [first, second].some((o) => o.approval.incomingPromotionId === p.id))).toHaveLength(2);

    const approved = jsonOutput(await onTest('promotions', 'approve', first.approval.incomingPromotionId, '--json'));
    expect(approved).toMatchObject({ exitCode: 0, promotion: { status: 'APPROVED', decidedBy: { name: 'release manager' } } });
    expect(await objectIn(test.admin, kept)).toMatchObject({ uuid: kept });

    const rejected = jsonOutput(await onTest('promotions', 'reject', second.approval.incomingPromotionId, '--reason', 'later', '--json'));
    expect(rejected).toMatchObject({ exitCode: 0, promotion: { status: 'REJECTED', reason: 'later' } });
    expect(await objectIn(test.admin, dropped)).toBeNull();
    const table = await onTest('promotions', 'list', '--all');
    expect(table.stdout).toContain('APPROVED');
    expect(table.stdout).toContain('REJECTED');
  });
});
