import { beforeAll, describe, expect, it } from 'vitest';
import { databases } from '../support/databases.js';
import { commit, objectIn, preview } from '../support/importClient.js';
import {
  addRemote,
  getRemotePackage,
  packageOfAssets,
  pollOperation,
  REMOTE_FIELDS,
  serviceUser,
  testRemote,
} from '../support/remoteBuilders.js';
import { suiteRegistries } from '../support/testRegistry.js';

/*
 * Two real registries on loopback ports: `here` is configured to talk to `there` with the token of a service
 * user that may only view one organization there. Everything goes over HTTP, as administrators and users would.
 */
describe.each(databases)('remote registries ($name)', ({ create }) => {
  const logLines: string[] = [];
  const [here, there] = suiteRegistries(create, [{ logLines }, {}]);
  let shared: Awaited<ReturnType<typeof packageOfAssets>>;
  let credential: string;

  beforeAll(async () => {
    shared = await packageOfAssets(there.admin);
    credential = (await serviceUser(there, shared.org.uuid)).token;
    await addRemote(here.admin, { name: 'there', address: there.url, credential });
  }, 60_000);

  it('lists remotes to administrators without their credential', async () => {
    const res = await here.admin.request(`{ remoteRegistries { ${REMOTE_FIELDS} } }`);
    expect(res.data).toMatchObject({ remoteRegistries: [{ name: 'there', address: there.url, timeoutSeconds: 60 }] });
    expect(JSON.stringify(res)).not.toContain(credential);
  });

  it('refuses plain http to an address that is not loopback', async () => {
    const res = await here.admin.request('mutation($i: AddRemoteRegistryInput!) { addRemoteRegistry(input: $i) { id } }', {
      i: { name: 'far', address: 'http://registry.example.test/graphql', credential },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('REMOTE_ADDRESS_REFUSED');
  });

  it('testRemoteRegistry records the identity on the first connection, then finds it unchanged, and names the credential user', async () => {
    const first = (await testRemote(here.admin, 'there')).data!.testRemoteRegistry;
    const thereInfo = (await there.admin.data<Record<string, any>, unknown>('{ registry { uuid } serverCertificate { fingerprintSha256 } }')) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(first).toMatchObject({
      reachable: true,
      identityStatus: expect.stringMatching(/^(RECORDED|UNCHANGED)$/),
      registryUuid: thereInfo.registry.uuid,
      signerFingerprint: thereInfo.serverCertificate.fingerprintSha256,
      credentialUser: { roles: [], administrator: false },
      error: null,
    });
    expect(first.remote.registryUuid).toBe(thereInfo.registry.uuid);
    const second = (await testRemote(here.admin, 'there')).data!.testRemoteRegistry;
    expect(second.identityStatus).toBe('UNCHANGED');
  });

  it('reports a remote that does not answer as unreachable, and a refused credential as refused', async () => {
    await addRemote(here.admin, { name: 'nowhere', address: 'http://127.0.0.1:9/graphql', credential, timeoutSeconds: 5 });
    const down = (await testRemote(here.admin, 'nowhere')).data!.testRemoteRegistry;
    expect(down).toMatchObject({ reachable: false, identityStatus: 'UNKNOWN', error: { side: 'REMOTE', code: 'REMOTE_UNREACHABLE' } });
    await addRemote(here.admin, { name: 'wrong-token', address: there.url, credential: 'not-a-token-there-0123456789' });
    const refused = (await testRemote(here.admin, 'wrong-token')).data!.testRemoteRegistry;
    expect(refused).toMatchObject({ reachable: true, error: { side: 'REMOTE', code: 'REMOTE_REFUSED', remoteCode: 'UNAUTHENTICATED' } });
  });

  it('lists the packages the remote shows its credential user', async () => {
    const res = await here.admin.data<Record<string, any>, unknown>( // eslint-disable-line @typescript-eslint/no-explicit-any
      'query { remotePackages(remote: "there") { packages { uuid name memberCount } hasNextPage } }',
    );
    expect(res.remotePackages.packages).toEqual([{ uuid: shared.pkg.uuid, name: shared.pkg.name, memberCount: 2 }]);
  });

  it('gets a remote package: staged here, signed by the remote, then previewed and committed as usual', async () => {
    const op = (await getRemotePackage(here.admin, 'there', shared.pkg.uuid)).data!.getRemotePackage;
    expect(op).toMatchObject({ kind: 'GET_PACKAGE', status: 'SUCCEEDED', phase: 'DONE', done: 4, total: 4, remoteName: 'there', error: null });
    const plan = await preview(here.admin, op.stagedImportId);
    expect(plan.decision(shared.assets[0]!).action).toBe('CREATE');
    await commit(here.admin, { stagedImportId: op.stagedImportId, expectedPlanDigest: plan.planDigest });
    expect(await objectIn(here.admin, shared.assets[1]!)).toMatchObject({ uuid: shared.assets[1] });
  });

  it('reports progress while getting a package, polled until it ends', async () => {
    const started = (await getRemotePackage(here.admin, 'there', shared.pkg.uuid, false)).data!.getRemotePackage;
    expect(started).toMatchObject({ status: 'RUNNING', total: 4 });
    const seen = await pollOperation(here.admin, started.id);
    expect(seen.at(-1)).toMatchObject({ status: 'SUCCEEDED', done: 4, total: 4 });
    for (const op of seen) expect(op.done).toBeLessThanOrEqual(op.total);
  });

  it('refuses a package the credential user may not export, naming the remote’s own code, and stages nothing', async () => {
    const hidden = await packageOfAssets(there.admin);
    const res = await getRemotePackage(here.admin, 'there', hidden.pkg.uuid);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'REMOTE_REFUSED', details: { side: 'REMOTE', remoteCode: 'FORBIDDEN' } });
    const id = (res.errors![0]!.extensions!.details as { remoteOperationId: string }).remoteOperationId;
    const [failed] = await pollOperation(here.admin, id);
    expect(failed).toMatchObject({ status: 'FAILED', error: { side: 'REMOTE', code: 'REMOTE_REFUSED', remoteCode: 'FORBIDDEN' } });
  });

  it('refuses every call once the remote’s signing certificate was replaced (REMOTE_IDENTITY_CHANGED), until an administrator accepts it', async () => {
    const before = (await here.admin.data<Record<string, any>, unknown>('{ stagedImports { id } }')).stagedImports.length; // eslint-disable-line @typescript-eslint/no-explicit-any
    await there.admin.data('mutation { replaceServerCertificate(commonName: "there, renewed") { fingerprintSha256 } }');
    const refused = await getRemotePackage(here.admin, 'there', shared.pkg.uuid);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'REMOTE_IDENTITY_CHANGED', details: { side: 'REMOTE' } });
    expect((await here.admin.data<Record<string, any>, unknown>('{ stagedImports { id } }')).stagedImports.length).toBe(before); // eslint-disable-line @typescript-eslint/no-explicit-any
    const tested = (await testRemote(here.admin, 'there')).data!.testRemoteRegistry;
    expect(tested).toMatchObject({ identityStatus: 'CHANGED', error: { code: 'REMOTE_IDENTITY_CHANGED' } });
    expect(tested.remote.pendingIdentity).not.toBeNull();
    await here.admin.data('mutation { acceptRemoteIdentity(name: "there") { id } }');
    expect((await getRemotePackage(here.admin, 'there', shared.pkg.uuid)).data?.getRemotePackage.status).toBe('SUCCEEDED');
  });

  it('never shows the credential in a log line', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.some((line) => line.includes('remote.operation'))).toBe(true);
    expect(logLines.filter((line) => line.includes(credential))).toEqual([]);
  });
});
