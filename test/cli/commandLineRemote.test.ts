import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOutput, removeScratch, runCli, scratchFile } from '../support/commandLine.js';
import { databases } from '../support/databases.js';
import { objectIn } from '../support/importClient.js';
import { createAsset, createUser } from '../support/registryBuilders.js';
import { promotionModel } from '../support/remoteBuilders.js';
import { suiteRegistries } from '../support/testRegistry.js';

/*
 * registry-bridge remote add|list|test and promote, against two registries on loopback ports whose
 * REGISTRY_ADDRESS is their own URL (a stage names the target by it).
 */
describe.each(databases)('registry-bridge remote and promote on $name', ({ create }) => {
  const [dev, test] = suiteRegistries(create, [{ addressed: true }, { addressed: true }]);
  let credentialFile: string;
  let credential: string;
  const cli = (...args: string[]) => runCli([...args, '--registry', dev.url], { env: { REGISTRY_TOKEN: dev.adminToken } });

  beforeAll(async () => {
    credential = (await createUser(test, { roles: ['REGISTRY_ADMINISTRATOR'] })).token;
    credentialFile = scratchFile('test.token');
    writeFileSync(credentialFile, credential);
  }, 60_000);

  afterAll(async () => {
    removeScratch();
  });

  it('adds, lists and tests a remote, never printing its credential', async () => {
    const added = await cli('remote', 'add', 'test', test.url, '--credential-file', credentialFile, '--json');
    expect(jsonOutput(added)).toMatchObject({ command: 'remote add', exitCode: 0, remote: { name: 'test', address: test.url } });
    const listed = await cli('remote', 'list', '--json');
    expect(jsonOutput(listed)).toMatchObject({ exitCode: 0, remotes: [{ name: 'test' }] });
    const tested = await cli('remote', 'test', 'test', '--json');
    expect(jsonOutput(tested)).toMatchObject({ exitCode: 0, reachable: true, identityStatus: 'RECORDED', credentialUser: { administrator: true } });
    for (const run of [added, listed, tested]) expect(run.stdout + run.stderr).not.toContain(credential);
  });

  it('exits 12 (a remote failed) naming the code when a remote cannot be reached', async () => {
    const file = scratchFile('nowhere.token');
    writeFileSync(file, credential);
    expect((await cli('remote', 'add', 'nowhere', 'http://127.0.0.1:9/graphql', '--credential-file', file, '--timeout', '5')).code).toBe(0);
    expect(jsonOutput(await cli('remote', 'test', 'nowhere', '--json'))).toMatchObject({ exitCode: 12, reachable: false, error: { code: 'REMOTE_UNREACHABLE', details: { side: 'REMOTE' } } });
  });

  it('promotes: previews on the target, and with --commit commits there; refuses a stage off the path', async () => {
    const path = await promotionModel(dev.admin, { test: test.url, prod: 'http://127.0.0.1:9/graphql' });
    const asset = (await createAsset(dev.admin, path.type, { organization: path.org.uuid })).uuid;
    const refused = jsonOutput(await cli('promote', asset, '--stage', path.prodStage, '--json'));
    expect(refused).toMatchObject({ exitCode: 1, error: { code: 'PROMOTION_PATH_NOT_ALLOWED' } });
    const previewed = jsonOutput(await cli('promote', asset, '--stage', path.testStage, '--json'));
    expect(previewed).toMatchObject({ exitCode: 0, promotion: { kind: 'PROMOTE', status: 'SUCCEEDED' }, commit: null });
    expect(await objectIn(test.admin, asset)).toBeNull();
    const committed = jsonOutput(await cli('promote', asset, '--stage', path.testStage, '--commit', '--json'));
    expect(committed).toMatchObject({ exitCode: 0, commit: { kind: 'COMMIT_PROMOTION', status: 'SUCCEEDED' } });
    expect(await objectIn(test.admin, asset)).toMatchObject({ uuid: asset });
  });
});
