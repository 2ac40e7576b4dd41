import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { exportArchive, removeTempFiles } from '../support/exportBuilders.js';
import { commit, exportToFile, stage } from '../support/importClient.js';
import { startLoggedRegistry, type LogLine, type LoggedRegistry } from '../support/loggedRegistry.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';

/** The access lines of requests answered with this request id. */
function accessLines(registry: LoggedRegistry, requestId: string | null): LogLine[] {
  return registry.logs.filter((l) => l.msg === 'http request' && l.requestId === requestId);
}

function events(registry: LoggedRegistry, event: string): LogLine[] {
  return registry.logs.filter((l) => l.event === event);
}

async function post(registry: LoggedRegistry, body: unknown, token: string | null = registry.adminToken, headers: Record<string, string> = {}) {
  const res = await fetch(registry.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
  await res.text();
  return { status: res.status, requestId: res.headers.get('x-request-id') };
}

/*
 * The service's logs: one access line per request (its id, the operation, the user, the outcome, the duration),
 * and a structured line per domain event, each naming the request it happened in.
 */
describe.each(databases)('request and event logs on $name', ({ create }) => {
  let db: TestDatabase;
  let registry: LoggedRegistry;
  let adminUuid = '';

  beforeAll(async () => {
    db = await create();
    registry = await startLoggedRegistry(db);
    adminUuid = ((await registry.admin.data('{ me { uuid } }')) as { me: { uuid: string } }).me.uuid;
  });
  afterAll(async () => {
    await registry?.stop();
    await db?.drop();
    await removeTempFiles();
  });

  it('logs one access line per GraphQL request with its id, path, operation, user, status, outcome and duration', async () => {
    const { requestId } = await post(registry, { query: 'query WhoAmI { me { name } }' });
    expect(accessLines(registry, requestId)).toEqual([
      expect.objectContaining({ path: '/graphql', method: 'POST', operation: 'WhoAmI', user: adminUuid, status: 200, outcome: 'ok', ms: expect.any(Number) }),
    ]);
  });

  it('logs the error codes a failed request was answered with as its outcome', async () => {
    const { requestId } = await post(registry, { query: 'query Anonymous { me { name } }' }, null);
    expect(accessLines(registry, requestId)).toEqual([expect.objectContaining({ operation: 'Anonymous', status: 401, outcome: 'UNAUTHENTICATED' })]);
    expect(accessLines(registry, requestId)[0]!.user).toBeUndefined();
  });

  it("keeps a caller's plain X-Request-Id and answers it back", async () => {
    const { requestId } = await post(registry, { query: '{ me { name } }' }, registry.adminToken, { 'x-request-id': 'proxy-7f3a9c21' });
    expect(requestId).toBe('proxy-7f3a9c21');
    expect(accessLines(registry, 'proxy-7f3a9c21')).toHaveLength(1);
  });

  it('replaces an X-Request-Id that is not plain with its own', async () => {
    const { requestId } = await post(registry, { query: '{ me { name } }' }, registry.adminToken, { 'x-request-id': 'evil\tid "with" quotes' });
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs exported, staged and committed as events of the requests that did them', async () => {
    const org = (await createOrganization(registry.admin)).uuid;
    const type = (await createObjectType(registry.admin, { organization: org })).uuid;
    const asset = (await createAsset(registry.admin, type, { organization: org })).uuid;
    const exported = await exportArchive(registry.admin, { objects: [asset] });
    expect(events(registry, 'archive.exported')).toContainEqual(
      expect.objectContaining({ exportId: exported.id, objects: exported.objectCount, user: adminUuid, requestId: expect.any(String) }),
    );
    const staged = await stage(registry.admin, await exportToFile(registry.admin, { objects: [asset] }));
    expect(events(registry, 'archive.staged')).toContainEqual(expect.objectContaining({ stagedImportId: staged.id, objects: staged.objectCount, user: adminUuid }));
    const record = await commit(registry.admin, { stagedImportId: staged.id });
    const committed = events(registry, 'import.committed').find((e) => e.importId === record.id);
    expect(committed).toMatchObject({ stagedImportId: staged.id, user: adminUuid, counts: expect.objectContaining({ ignored: expect.any(Number) }) });
    expect(accessLines(registry, String(committed!.requestId))).toEqual([expect.objectContaining({ operation: 'ImportClientCommit' })]);
  });

  it('logs trust changes', async () => {
    const { certificatePem } = createSelfSignedCertificate({ commonName: 'logged provider' });
    const added = (await registry.admin.data(
      'mutation Trust($pem: String!) { addTrustedProvider(certificatePem: $pem) { fingerprintSha256 } }',
      { pem: certificatePem },
    )) as { addTrustedProvider: { fingerprintSha256: string } };
    const fingerprint = added.addTrustedProvider.fingerprintSha256;
    await registry.admin.data('mutation Untrust($f: String!) { removeTrustedProvider(fingerprint: $f) }', { f: fingerprint });
    expect(events(registry, 'trust.changed').filter((e) => e.fingerprintSha256 === fingerprint).map((e) => e.change)).toEqual(['trusted', 'untrusted']);
  });

  it('logs a server certificate replaced as a key store change', async () => {
    await registry.admin.data('mutation Replace { replaceServerCertificate(commonName: "rotated") { fingerprintSha256 } }');
    expect(events(registry, 'keystore.changed')).toContainEqual(expect.objectContaining({ change: 'certificate replaced', user: adminUuid }));
  });

  it('logs roles given and grants made and revoked', async () => {
    const user = await createUser(registry, { roles: ['TYPE_ADMINISTRATOR'] });
    expect(events(registry, 'roles.changed')).toContainEqual(expect.objectContaining({ object: user.uuid, given: ['TYPE_ADMINISTRATOR'], user: adminUuid }));
    const org = (await createOrganization(registry.admin)).uuid;
    const made = await grant(registry.admin, { principal: user.uuid, right: 'VIEW', object: org });
    await registry.admin.data('mutation Revoke($id: ID!) { revokePermission(id: $id) }', { id: made.id });
    expect(events(registry, 'grants.changed').filter((e) => e.grantId === made.id).map((e) => e.change)).toEqual(['granted', 'revoked']);
  });
});
