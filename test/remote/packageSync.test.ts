import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases } from '../support/databases.js';
import { downloadAndOpen, readAllRecords, removeTempFiles } from '../support/exportBuilders.js';
import { createUser } from '../support/registryBuilders.js';
import { addRemote, pollOperation, remoteOperation } from '../support/remoteBuilders.js';
import {
  compare,
  compareRequest,
  describe as describeAsset,
  getAndCommit,
  packageOf,
  recordAgreement,
  setMembers,
  snapshot,
  synchronize,
  syncRequest,
} from '../support/syncBuilders.js';
import { suiteRegistries } from '../support/testRegistry.js';

/*
 * Two real registries on loopback ports: `here` synchronizes packages with `there` through `there`'s public API,
 * with the token of a service user there (an administrator there: receiving pushes into an organization that
 * may be new needs it, as for promotion).
 */
describe.each(databases)('package synchronization ($name)', ({ create }) => {
  const logLines: string[] = [];
  // `there` accepts only archives of signers it trusts: here's certificate, until a test takes the trust away.
  const [here, there] = suiteRegistries(create, [{ logLines }, { env: { REQUIRE_TRUSTED_SIGNER: 'true' } }]);
  let credential: string;
  let hereCertificate: { pem: string; fingerprintSha256: string };

  beforeAll(async () => {
    credential = (await createUser(there, { roles: ['REGISTRY_ADMINISTRATOR'], name: 'sync service' })).token;
    await addRemote(here.admin, { name: 'there', address: there.url, credential });
    hereCertificate = (await here.admin.data<Record<string, any>, unknown>('{ serverCertificate { pem fingerprintSha256 } }')).serverCertificate; // eslint-disable-line @typescript-eslint/no-explicit-any
    await there.admin.data('mutation($p: String!) { addTrustedProvider(certificatePem: $p) { fingerprintSha256 } }', { p: hereCertificate.pem });
  }, 60_000);

  afterAll(async () => {
    await removeTempFiles();
  });

  /** A package created there and got here: both sides hold the same content. */
  async function shared(count: number) {
    const made = await packageOf(there.admin, count);
    await getAndCommit(here.admin, 'there', made.pkg);
    return made;
  }

  it('a package just got from the remote compares SAME throughout; a sync with nothing chosen records the agreed digests', async () => {
    const { pkg, assets } = await shared(2);
    const before = await compare(here.admin, 'there', pkg);

    expect(before.elements.map((e: { state: string }) => e.state)).toEqual(before.elements.map(() => 'SAME'));
    expect(before.element(pkg)).toMatchObject({ isPackage: true, proposedDirection: 'NONE', lastSyncedDigest: null });
    expect(before.element(assets[0]!)).toMatchObject({ isMember: true });
    expect(before.members).toMatchObject({ localOnly: [], remoteOnly: [], mergeOffered: false });

    const op = await synchronize(here.admin, { remote: 'there', package: pkg, comparisonDigest: before.comparisonDigest });
    expect(op).toMatchObject({ kind: 'SYNC_PACKAGE', status: 'SUCCEEDED', syncResult: { elements: [], recorded: before.elements.length, complete: true } });
    const after = await compare(here.admin, 'there', pkg);
    expect(after.element(assets[0]!).lastSyncedDigest).toBe(after.element(assets[0]!).local.contentDigest);
  });

  it('with changes on both sides: a change on both is a CONFLICT left alone, a new remote element and a remote change are pulled, a local change is pushed', async () => {
    const { pkg, assets, type, org } = await shared(3);
    await recordAgreement(here.admin, 'there', pkg);
    const [both, remoteChanged, localChanged] = assets as [string, string, string];
    await describeAsset(here.admin, both, 'changed here');
    await describeAsset(there.admin, both, 'changed there');
    await describeAsset(there.admin, remoteChanged, 'changed there');
    await describeAsset(here.admin, localChanged, 'changed here');
    const added = (await there.admin.data<Record<string, any>, unknown>('mutation($i: CreateAssetInput!) { createAsset(input: $i) { uuid } }', { i: { name: 'added there', objectType: type, organization: org } })).createAsset.uuid; // eslint-disable-line @typescript-eslint/no-explicit-any
    await setMembers(there.admin, pkg, [...assets, added]);

    const comparison = await compare(here.admin, 'there', pkg);
    expect(comparison.element(both)).toMatchObject({ state: 'CONFLICT', proposedDirection: 'NONE' });
    expect(comparison.element(remoteChanged)).toMatchObject({ state: 'REMOTE_NEWER', proposedDirection: 'PULL' });
    expect(comparison.element(localChanged)).toMatchObject({ state: 'LOCAL_NEWER', proposedDirection: 'PUSH' });
    expect(comparison.element(added)).toMatchObject({ state: 'REMOTE_ONLY', proposedDirection: 'PULL', local: null });
    expect(comparison.element(pkg)).toMatchObject({ state: 'REMOTE_NEWER', proposedDirection: 'PULL' });
    expect(comparison.members).toMatchObject({ remoteOnly: [added], localOnly: [], mergeOffered: false });

    const choices = comparison.elements.filter((e: { proposedDirection: string }) => e.proposedDirection !== 'NONE').map((e: { uuid: string; proposedDirection: string }) => ({ uuid: e.uuid, direction: e.proposedDirection }));
    const op = await synchronize(here.admin, { remote: 'there', package: pkg, comparisonDigest: comparison.comparisonDigest, choices });
    expect(op.status).toBe('SUCCEEDED');
    expect(op.outcome(remoteChanged)).toMatchObject({ direction: 'PULL', local: 'REPLACED', remote: 'UNCHANGED' });
    expect(op.outcome(added)).toMatchObject({ direction: 'PULL', local: 'CREATED', remote: 'UNCHANGED' });
    expect(op.outcome(localChanged)).toMatchObject({ direction: 'PUSH', local: 'UNCHANGED', remote: 'REPLACED' });
    expect(op.outcome(both)).toBeUndefined();
    expect(op.syncResult.localImportRecordId).toBeTruthy();
    expect(op.syncResult.remoteImportRecordId).toBeTruthy();

    expect((await snapshot(here.admin, remoteChanged))!.description).toBe('changed there');
    expect((await snapshot(there.admin, localChanged))!.description).toBe('changed here');
    expect((await snapshot(here.admin, added))).not.toBeNull();
    expect([(await snapshot(here.admin, both))!.description, (await snapshot(there.admin, both))!.description]).toEqual(['changed here', 'changed there']);
    const after = await compare(here.admin, 'there', pkg);
    expect(after.elements.filter((e: { state: string }) => e.state !== 'SAME').map((e: { uuid: string; state: string }) => [e.uuid, e.state])).toEqual([[both, 'CONFLICT']]);
  });

  it('MERGE gives both packages the union of their member lists, bringing each side the members it lacked', async () => {
    const { pkg, assets, type, org } = await shared(1);
    await recordAgreement(here.admin, 'there', pkg);
    const newAsset = async (client: typeof here.admin, name: string) =>
      (await client.data<Record<string, any>, unknown>('mutation($i: CreateAssetInput!) { createAsset(input: $i) { uuid } }', { i: { name, objectType: type, organization: org } })).createAsset.uuid as string; // eslint-disable-line @typescript-eslint/no-explicit-any
    const mine = await newAsset(here.admin, 'added here');
    const theirs = await newAsset(there.admin, 'added there');
    await setMembers(here.admin, pkg, [...assets, mine]);
    await setMembers(there.admin, pkg, [...assets, theirs]);

    const comparison = await compare(here.admin, 'there', pkg);
    expect(comparison.element(pkg).state).toBe('CONFLICT');
    expect(comparison.members).toMatchObject({ localOnly: [mine], remoteOnly: [theirs], mergeOffered: true, merged: [...assets, mine, theirs] });
    const op = await synchronize(here.admin, { remote: 'there', package: pkg, comparisonDigest: comparison.comparisonDigest, memberList: 'MERGE' });
    expect(op.status).toBe('SUCCEEDED');
    expect(op.outcome(pkg)).toMatchObject({ direction: 'PUSH', local: 'MERGED', remote: 'REPLACED' });
    expect(op.outcome(theirs)).toMatchObject({ direction: 'PULL', local: 'CREATED' });
    expect(op.outcome(mine)).toMatchObject({ direction: 'PUSH', remote: 'CREATED' });
    for (const registry of [here, there]) {
      const members = (await snapshot(registry.admin, pkg))!.members.map((m: { uuid: string }) => m.uuid).sort();
      expect(members).toEqual([...assets, mine, theirs].sort());
    }
    expect((await compare(here.admin, 'there', pkg)).elements.every((e: { state: string }) => e.state === 'SAME')).toBe(true);
  });

  it('refuses a comparison that went stale (SYNC_COMPARISON_STALE, 409) and writes nothing on either side', async () => {
    const { pkg, assets } = await shared(2);
    const reviewed = await compare(here.admin, 'there', pkg);
    await describeAsset(there.admin, assets[0]!, 'changed after the review');
    const before = [await snapshot(here.admin, assets[0]!), await snapshot(there.admin, assets[0]!), await snapshot(here.admin, assets[1]!), await snapshot(there.admin, assets[1]!)];
    const res = await syncRequest(here.admin, { remote: 'there', package: pkg, comparisonDigest: reviewed.comparisonDigest, choices: [{ uuid: assets[0]!, direction: 'PUSH' }, { uuid: assets[1]!, direction: 'PULL' }] });
    expect(res.status).toBe(409);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'SYNC_COMPARISON_STALE', details: { side: 'LOCAL' } });
    expect([await snapshot(here.admin, assets[0]!), await snapshot(there.admin, assets[0]!), await snapshot(here.admin, assets[1]!), await snapshot(there.admin, assets[1]!)]).toEqual(before);
    expect((await compare(here.admin, 'there', pkg)).element(assets[0]!).lastSyncedDigest).toBeNull();
  });

  it('deletes nothing: pulling a package whose remote copy dropped a member keeps that member on both sides', async () => {
    const { pkg, assets } = await shared(2);
    await recordAgreement(here.admin, 'there', pkg);
    await setMembers(there.admin, pkg, [assets[0]!]);
    const comparison = await compare(here.admin, 'there', pkg);
    expect(comparison.element(pkg)).toMatchObject({ state: 'REMOTE_NEWER', proposedDirection: 'PULL' });
    const op = await synchronize(here.admin, { remote: 'there', package: pkg, comparisonDigest: comparison.comparisonDigest, choices: [{ uuid: pkg, direction: 'PULL' }] });
    expect(op.outcome(pkg)).toMatchObject({ local: 'REPLACED' });
    expect(await snapshot(here.admin, assets[1]!)).not.toBeNull();
    expect(await snapshot(there.admin, assets[1]!)).not.toBeNull();
  });

  it('a push the remote refuses after the pull committed fails naming the remote side and its code, and the result says what landed here', async () => {
    const { pkg, assets } = await shared(2);
    await describeAsset(there.admin, assets[0]!, 'changed there');
    await describeAsset(here.admin, assets[1]!, 'changed here');
    const comparison = await compare(here.admin, 'there', pkg);
    await there.admin.data('mutation($f: String!) { removeTrustedProvider(fingerprint: $f) }', { f: hereCertificate.fingerprintSha256 });
    try {
      const res = await syncRequest(here.admin, { remote: 'there', package: pkg, comparisonDigest: comparison.comparisonDigest, choices: [{ uuid: assets[0]!, direction: 'PULL' }, { uuid: assets[1]!, direction: 'PUSH' }] });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'REMOTE_REFUSED', details: { side: 'REMOTE', remoteCode: 'UNTRUSTED_SIGNER' } });
      const failed = await remoteOperation(here.admin, (res.errors![0]!.extensions!.details as { remoteOperationId: string }).remoteOperationId);
      expect(failed).toMatchObject({ status: 'FAILED', error: { side: 'REMOTE', code: 'REMOTE_REFUSED', remoteCode: 'UNTRUSTED_SIGNER' }, syncResult: { complete: false, remoteImportRecordId: null } });
      const outcomes = Object.fromEntries(failed.syncResult.elements.map((e: { uuid: string }) => [e.uuid, e]));
      expect(outcomes[assets[0]!]).toMatchObject({ direction: 'PULL', local: 'REPLACED', remote: 'UNCHANGED' });
      expect(outcomes[assets[1]!]).toMatchObject({ direction: 'PUSH', local: 'UNCHANGED', remote: 'FAILED' });
      expect((await snapshot(here.admin, assets[0]!))!.description).toBe('changed there');
      expect((await snapshot(there.admin, assets[1]!))!.description).not.toBe('changed here');
    } finally {
      await there.admin.data('mutation($p: String!) { addTrustedProvider(certificatePem: $p) { fingerprintSha256 } }', { p: hereCertificate.pem });
    }
  });

  it('reports the progress of a synchronization polled while it runs', async () => {
    const { pkg, assets } = await shared(1);
    await describeAsset(there.admin, assets[0]!, 'to pull');
    const comparison = await compare(here.admin, 'there', pkg);
    const res = await syncRequest(here.admin, { remote: 'there', package: pkg, comparisonDigest: comparison.comparisonDigest, choices: [{ uuid: assets[0]!, direction: 'PULL' }], wait: false });
    const started = res.data!.synchronizeRemotePackage;
    expect(started).toMatchObject({ kind: 'SYNC_PACKAGE', status: 'RUNNING' });
    const seen = await pollOperation(here.admin, started.id);
    for (const op of seen) expect(op.done).toBeLessThanOrEqual(op.total);
    expect(seen.at(-1)).toMatchObject({ status: 'SUCCEEDED', phase: 'DONE' });
  });

  it('is for administrators only', async () => {
    const { pkg } = await shared(1);
    const user = await createUser(here);
    const compared = await compareRequest(user.client, 'there', pkg);
    expect(compared.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const synced = await syncRequest(user.client, { remote: 'there', package: pkg, comparisonDigest: 'x' });
    expect(synced.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never puts the credential in a response, a log line or an archive', async () => {
    const { pkg, assets } = await shared(1);
    await describeAsset(here.admin, assets[0]!, 'pushed');
    const comparison = await compare(here.admin, 'there', pkg);
    const pushed = await synchronize(here.admin, { remote: 'there', package: pkg, comparisonDigest: comparison.comparisonDigest, choices: [{ uuid: assets[0]!, direction: 'PUSH' }] });
    expect(pushed.outcome(assets[0]!)).toMatchObject({ remote: 'REPLACED' });
    const responses = JSON.stringify([await compareRequest(here.admin, 'there', pkg), pushed, await recordAgreement(here.admin, 'there', pkg)]);
    expect(responses).not.toContain(credential);
    expect(logLines.filter((line) => line.includes(credential))).toEqual([]);
    const exported = (await here.admin.data<Record<string, any>, unknown>('{ exportedArchives { downloadUrl } }')).exportedArchives; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(exported.length).toBeGreaterThan(0); // the pushes' archives
    for (const archive of exported) expect(JSON.stringify(await readAllRecords(await downloadAndOpen(here.admin, archive.downloadUrl)))).not.toContain(credential);
  });
});
