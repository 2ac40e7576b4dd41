import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { CommitImport, commit, exportToFile, objectIn, preview, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization, createUser } from '../support/registryBuilders.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const TrustedProviders = graphql(`
  query RefusalsTrustedProviders { trustedProviders { fingerprintSha256 } }
`);

const CreatePolicy = graphql(`
  mutation RefusalsCreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { uuid } }
`);

/*
 * What refuses an import as a whole (a missing owner, an untrusted signer where trust is required, trustProvider
 * without the right) and what refuses single objects (a policy veto, cascading to what depends on it).
 */
describe.each(databases)('import refusals on $name', ({ create }) => {
  const dbs: TestDatabase[] = [];
  let a: TestRegistry;
  let b: TestRegistry;
  let strict: TestRegistry;
  let org = '';
  let type = '';
  let baseArchive = '';

  beforeAll(async () => {
    dbs.push(...(await Promise.all([create(), create(), create()])));
    [a, b, strict] = await Promise.all([
      startTestRegistry(dbs[0]),
      startTestRegistry(dbs[1]),
      startTestRegistry(dbs[2], { REQUIRE_TRUSTED_SIGNER: 'true' }),
    ]);
    org = (await createOrganization(a.admin)).uuid;
    type = (await createObjectType(a.admin, { organization: org })).uuid;
    const asset = (await createAsset(a.admin, type, { organization: org })).uuid;
    baseArchive = await exportToFile(a.admin, { objects: [asset] });
    const staged = await stage(b.admin, baseArchive);
    await commit(b.admin, { stagedImportId: staged.id }); // B now has A's organization and object type
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), strict?.stop()]);
    await Promise.all(dbs.map((db) => db.drop()));
    await removeTempFiles();
  });

  it('blocks the whole import when keepCurrentOwner names an owner found nowhere, and writes nothing', async () => {
    const owner = await createUser(a, { organization: org });
    const asset = (await createAsset(a.admin, type, { organization: org, owner: owner.uuid } as never)).uuid;
    const archive = await exportToFile(a.admin, { objects: [asset], includeReferences: false });
    const staged = await stage(b.admin, archive);
    const options = { keepCurrentOwner: true };
    const plan = await preview(b.admin, staged.id, { options });
    expect(plan.blocking.map((p) => p.code)).toEqual(['OWNER_NOT_FOUND']);
    expect(plan.blocking[0].uuids).toEqual(expect.arrayContaining([owner.uuid, asset]));
    const res = await b.admin.request(CommitImport, { input: { stagedImportId: staged.id, options } });
    expect(res.errors?.[0]?.extensions?.code).toBe('IMPORT_BLOCKED');
    expect(await objectIn(b.admin, asset)).toBeNull();
    // Without the option the importer owns it, and nothing blocks.
    expect((await preview(b.admin, staged.id)).blocking).toEqual([]);
  });

  it('refuses trustProvider to a user who is not an administrator', async () => {
    const typeAdmin = await createUser(b, { roles: ['TYPE_ADMINISTRATOR'] });
    const staged = await stage(typeAdmin.client, baseArchive);
    const res = await typeAdmin.client.request(CommitImport, { input: { stagedImportId: staged.id, options: { trustProvider: true } } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds the signer to the trusted providers with trustProvider', async () => {
    const before = await stage(b.admin, baseArchive);
    expect(before.trust).toBe('SIGNED_UNTRUSTED');
    const record = await commit(b.admin, { stagedImportId: before.id, options: { trustProvider: true } });
    expect(record).toMatchObject({ status: 'SUCCEEDED', trust: 'SIGNED_UNTRUSTED', options: { trustProvider: true } });
    const providers = (await b.admin.data(TrustedProviders)).trustedProviders.map((p) => p.fingerprintSha256);
    expect(providers).toContain(before.signer!.fingerprintSha256);
    expect((await stage(b.admin, baseArchive)).trust).toBe('SIGNED_TRUSTED');
  });

  it('commits an untrusted archive only with trustProvider where a trusted signer is required', async () => {
    const staged = await stage(strict.admin, baseArchive);
    const res = await strict.admin.request(CommitImport, { input: { stagedImportId: staged.id } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNTRUSTED_SIGNER');
    const record = await commit(strict.admin, { stagedImportId: staged.id, options: { trustProvider: true } });
    expect(record.status).toBe('SUCCEEDED');
    const again = await stage(strict.admin, baseArchive);
    expect((await commit(strict.admin, { stagedImportId: again.id })).status).toBe('SUCCEEDED');
  });

  it('rejects an asset a policy of B vetoes, and skips what depends on it, three deep', async () => {
    await b.admin.data(CreatePolicy, {
      input: {
        name: 'no vetoed assets',
        events: ['PRE_CREATE'],
        objectTypes: [type],
        condition: { '==': [{ var: 'name' }, 'vetoed'] },
        actions: [{ type: 'REJECT', message: 'vetoed assets are not welcome' }],
      },
    });
    const vetoed = (await createAsset(a.admin, type, { organization: org, name: 'vetoed' })).uuid;
    const middle = (await createAsset(a.admin, type, { organization: org, references: [{ name: 'needs', target: vetoed }] })).uuid;
    const top = (await createAsset(a.admin, type, { organization: org, references: [{ name: 'needs', target: middle }] })).uuid;
    const staged = await stage(b.admin, await exportToFile(a.admin, { objects: [top] }));
    const plan = await preview(b.admin, staged.id);
    expect(plan.decision(vetoed).action).toBe('REJECT');
    expect(plan.decision(vetoed).reasons.find((r) => r.code === 'POLICY_VETO')?.message).toMatch(/vetoed assets are not welcome/);
    expect(plan.decision(middle)).toMatchObject({ action: 'SKIP' });
    expect(plan.codesOf(middle)).toContain('DEPENDENCY_NOT_IMPORTED');
    expect(plan.codesOf(top)).toContain('DEPENDENCY_NOT_IMPORTED');
    const record = await commit(b.admin, { stagedImportId: staged.id, expectedPlanDigest: plan.planDigest });
    expect(record.counts).toMatchObject({ rejected: 1, skipped: 3 }); // the cascade and A's system group
    for (const uuid of [vetoed, middle, top]) expect(await objectIn(b.admin, uuid)).toBeNull();
  });

  it('writes the staged attributes, and the effects of a policy enabled between preview and commit', async () => {
    const attributes = [{ name: 'endpoint', type: 'URL' as const }, { name: 'tier', type: 'STRING' as const }];
    const tiered = (await createObjectType(a.admin, { organization: org, attributes })).uuid;
    const seed = (await createAsset(a.admin, tiered, { organization: org })).uuid;
    await commit(b.admin, { stagedImportId: (await stage(b.admin, await exportToFile(a.admin, { objects: [seed] }))).id }); // B has the type
    const gold = (await createAsset(a.admin, tiered, { organization: org, attributes: { endpoint: 'https://gold.test' } })).uuid;
    const plain = (await createAsset(a.admin, type, { organization: org, attributes: { endpoint: 'https://plain.test' } })).uuid;
    const staged = await stage(b.admin, await exportToFile(a.admin, { objects: [gold, plain] }));
    const before = await preview(b.admin, staged.id); // no policy of B reads assets of `tiered` yet
    expect([before.decision(gold).outcome?.attributes, before.decision(plain).outcome?.attributes]).toEqual([null, null]);
    await b.admin.data(CreatePolicy, {
      input: {
        name: 'gold tier',
        events: ['POST_CREATE'],
        objectTypes: [tiered],
        condition: { '==': [{ var: 'attributes.endpoint' }, 'https://gold.test'] },
        actions: [{ type: 'SET_ATTRIBUTE', attribute: 'tier', value: 'gold' }],
      },
    });
    const after = await preview(b.admin, staged.id);
    expect(after.decision(gold).outcome?.attributes).toEqual({ endpoint: 'https://gold.test', tier: 'gold' });
    expect(after.planDigest).not.toBe(before.planDigest);
    const record = await commit(b.admin, { stagedImportId: staged.id, expectedPlanDigest: after.planDigest });
    expect(record.status).toBe('SUCCEEDED');
    expect(await objectIn(b.admin, gold)).toMatchObject({ attributes: { endpoint: 'https://gold.test', tier: 'gold' } });
    expect(await objectIn(b.admin, plain)).toMatchObject({ attributes: { endpoint: 'https://plain.test' } });
  });
});
