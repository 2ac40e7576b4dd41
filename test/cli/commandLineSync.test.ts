import { beforeAll, describe, expect, it } from 'vitest';
import { jsonOutput, runCli } from '../support/commandLine.js';
import { databases } from '../support/databases.js';
import { createUser } from '../support/registryBuilders.js';
import { addRemote } from '../support/remoteBuilders.js';
import { describe as describeAsset, getAndCommit, packageOf, snapshot } from '../support/syncBuilders.js';
import { suiteRegistries } from '../support/testRegistry.js';

/*
 * registry-bridge sync against two registries on loopback ports: `here` (the one the command talks to) has
 * `there` configured as a remote, and a package got from it.
 */
describe.each(databases)('registry-bridge sync on $name', ({ create }) => {
  const [here, there] = suiteRegistries(create, [{}, {}]);
  let credential: string;
  const cli = (...args: string[]) => runCli([...args, '--registry', here.url], { env: { REGISTRY_TOKEN: here.adminToken } });

  beforeAll(async () => {
    credential = (await createUser(there, { roles: ['REGISTRY_ADMINISTRATOR'] })).token;
    await addRemote(here.admin, { name: 'there', address: there.url, credential });
  }, 60_000);

  it('prints the comparison, then carries out the proposed directions with --all-proposed', async () => {
    const { pkg, assets } = await packageOf(there.admin, 2);
    await getAndCommit(here.admin, 'there', pkg);
    await describeAsset(there.admin, assets[0]!, 'changed there');
    await describeAsset(here.admin, assets[1]!, 'changed here');

    const compared = await cli('sync', 'there', pkg);
    expect(compared.code).toBe(0);
    expect(compared.stdout).toMatch(new RegExp(`REMOTE_NEWER\\s+PULL\\s+ASSET\\s+${assets[0]}`));
    expect(compared.stdout).toMatch(new RegExp(`LOCAL_NEWER\\s+PUSH\\s+ASSET\\s+${assets[1]}`));
    const onlyCompared = jsonOutput(await cli('sync', 'there', pkg, '--json'));
    expect(onlyCompared).toMatchObject({ command: 'sync', exitCode: 0, choices: null, synchronization: null });

    const synced = jsonOutput(await cli('sync', 'there', pkg, '--all-proposed', '--json'));
    expect(synced).toMatchObject({ exitCode: 0, synchronization: { kind: 'SYNC_PACKAGE', status: 'SUCCEEDED', syncResult: { complete: true } } });
    const outcomes = Object.fromEntries(synced.synchronization.syncResult.elements.map((e: { uuid: string }) => [e.uuid, e]));
    expect(outcomes[assets[0]!]).toMatchObject({ direction: 'PULL', local: 'REPLACED' });
    expect(outcomes[assets[1]!]).toMatchObject({ direction: 'PUSH', remote: 'REPLACED' });
    expect((await snapshot(here.admin, assets[0]!))!.description).toBe('changed there');
    expect((await snapshot(there.admin, assets[1]!))!.description).toBe('changed here');
    for (const run of [compared]) expect(run.stdout + run.stderr).not.toContain(credential);
  }, 120_000); // four runs of the binary, each a process of its own

  it('exits 12 naming the code when the remote cannot be reached', async () => {
    const { pkg } = await packageOf(here.admin, 1);
    await addRemote(here.admin, { name: 'nowhere', address: 'http://127.0.0.1:9/graphql', credential, timeoutSeconds: 5 });
    expect(jsonOutput(await cli('sync', 'nowhere', pkg, '--json'))).toMatchObject({ exitCode: 12, error: { code: 'REMOTE_UNREACHABLE', details: { side: 'REMOTE' } } });
  });
});
