import { createServer } from 'node:net';
import type { GraphQLClient } from './graphqlClient.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from './registryBuilders.js';
import type { TestRegistry } from './testRegistry.js';

/*
 * Remote registries for tests: a service user on the remote with the least rights a use needs, and the local
 * registry configured to reach the remote with that user's token.
 */

const q = (client: GraphQLClient, query: string, variables?: Record<string, unknown>) =>
  client.data<Record<string, any>, unknown>(query, variables); // eslint-disable-line @typescript-eslint/no-explicit-any

export const REMOTE_FIELDS = `id name address timeoutSeconds caCertificatesConfigured pinnedCertificateSha256 registryUuid registryName signerFingerprint identityRecordedAt pendingIdentity { registryUuid signerFingerprint } createdAt updatedAt`;
export const OPERATION_FIELDS = `id kind status phase done total startedAt finishedAt remoteName stagedImportId planDigest result error { side code message remoteCode }`;

/** A plain user on `registry` with VIEW on an organization (what a service user needs to export its content). */
export async function serviceUser(registry: TestRegistry, organization: string) {
  const user = await createUser(registry, { name: `service-${Math.random().toString(36).slice(2, 8)}` });
  await grant(registry.admin, { principal: user.uuid, right: 'VIEW', object: organization });
  return user;
}

export async function addRemote(client: GraphQLClient, input: { name: string; address: string; credential: string; timeoutSeconds?: number }) {
  return (await q(client, `mutation($i: AddRemoteRegistryInput!) { addRemoteRegistry(input: $i) { ${REMOTE_FIELDS} } }`, { i: input })).addRemoteRegistry;
}

export function testRemote(client: GraphQLClient, name: string) {
  return client.request<Record<string, any>, unknown>( // eslint-disable-line @typescript-eslint/no-explicit-any
    `mutation($n: String!) { testRemoteRegistry(name: $n) { reachable identityStatus registryUuid registryName signerFingerprint credentialUser { uuid name roles administrator } error { side code remoteCode message } remote { ${REMOTE_FIELDS} } } }`,
    { n: name },
  );
}

export function getRemotePackage(client: GraphQLClient, remote: string, pkg: string, wait = true) {
  return client.request<Record<string, any>, unknown>( // eslint-disable-line @typescript-eslint/no-explicit-any
    `mutation($r: String!, $p: ID!, $w: Boolean!) { getRemotePackage(remote: $r, package: $p, wait: $w) { ${OPERATION_FIELDS} } }`,
    { r: remote, p: pkg, w: wait },
  );
}

export async function remoteOperation(client: GraphQLClient, id: string) {
  return (await q(client, `query($id: ID!) { remoteOperation(id: $id) { ${OPERATION_FIELDS} syncResult { complete remoteImportRecordId localImportRecordId elements { uuid direction local remote } } } }`, { id })).remoteOperation;
}

/**
 * Polls a remote operation until it has ended; returns every state seen, last one last. Each look is a request
 * answered by the registry (no timer between them); the test's own timeout bounds the wait.
 */
export async function pollOperation(client: GraphQLClient, id: string) {
  const seen: Record<string, any>[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (;;) {
    const op = await remoteOperation(client, id);
    seen.push(op);
    if (op.status !== 'RUNNING') return seen;
  }
}

/** A package of two assets in a fresh organization, and that organization. */
export async function packageOfAssets(client: GraphQLClient) {
  const org = await createOrganization(client);
  const type = (await createObjectType(client, { organization: org.uuid })).uuid;
  const a = await createAsset(client, type, { organization: org.uuid });
  const b = await createAsset(client, type, { organization: org.uuid });
  const pkg = (await q(client, 'mutation($i: CreatePackageInput!) { createPackage(input: $i) { uuid name } }', { i: { name: `pkg-${org.uuid.slice(0, 8)}`, organization: org.uuid, members: [a.uuid, b.uuid] } })).createPackage;
  return { org, type, assets: [a.uuid, b.uuid], pkg };
}

export function promote(client: GraphQLClient, objects: string[], stage: string, wait = true) {
  return client.request<Record<string, any>, unknown>( // eslint-disable-line @typescript-eslint/no-explicit-any
    `mutation($i: PromoteObjectsInput!) { promoteObjects(input: $i) { ${OPERATION_FIELDS} } }`,
    { i: { objects, stage, wait } },
  );
}

export async function commitPromotion(client: GraphQLClient, operationId: string) {
  return (await q(client, `mutation($id: ID!) { commitPromotion(operationId: $id) { ${OPERATION_FIELDS} } }`, { id: operationId })).commitPromotion;
}

export async function promotionTrail(client: GraphQLClient, uuid: string) {
  return (await q(client, 'query($u: ID!) { object(uuid: $u) { promotionTrail { direction registryUuid registryName stageUuid userName archiveSha256 importRecordId at } } }', { u: uuid })).object
    ?.promotionTrail as Record<string, any>[] | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * On `registry`: an organization, an object type, stages named for the test and prod registries' addresses, and
 * a productive lifecycle model governing the type whose states allow: Development → the test stage, Tested →
 * the prod stage, Released → nowhere.
 */
export async function promotionModel(client: GraphQLClient, addresses: { test: string; prod: string }) {
  const org = await createOrganization(client);
  const type = (await createObjectType(client, { organization: org.uuid })).uuid;
  const stage = async (name: string, address: string) =>
    (await q(client, 'mutation($i: CreateLifecycleStageInput!) { createLifecycleStage(input: $i) { uuid } }', { i: { name: `${name}-${org.uuid.slice(0, 6)}`, organization: org.uuid, address } }))
      .createLifecycleStage.uuid as string;
  const testStage = await stage('test', addresses.test);
  const prodStage = await stage('prod', addresses.prod);
  const model = (
    await q(client, 'mutation($i: CreateLifecycleModelInput!) { createLifecycleModel(input: $i) { uuid ... on LifecycleModel { states { uuid name } } } }', {
      i: {
        name: `promotion model ${org.uuid.slice(0, 6)}`,
        organization: org.uuid,
        status: 'PRODUCTIVE',
        states: [{ name: 'Development', stages: [testStage] }, { name: 'Tested', stages: [prodStage] }, { name: 'Released' }],
        initialState: 'Development',
        endStates: ['Released'],
        transitions: [{ from: 'Development', to: 'Tested' }, { from: 'Tested', to: 'Released' }],
        objectTypes: [type],
      },
    })
  ).createLifecycleModel;
  const state = (name: string) => (model.states as { uuid: string; name: string }[]).find((s) => s.name === name)!.uuid;
  return { org, type, testStage, prodStage, model: model.uuid as string, state };
}

export async function moveLifecycleState(client: GraphQLClient, uuid: string, state: string) {
  await q(client, 'mutation($u: ID!, $s: ID!) { moveLifecycleState(uuid: $u, state: $s) { uuid } }', { u: uuid, s: state });
}

/** A loopback port free right now (the registry then listens on it, and knows its address before it starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
