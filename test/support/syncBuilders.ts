import type { GraphQLClient } from './graphqlClient.js';
import { commit, preview } from './importClient.js';
import { createAsset, createObjectType, createOrganization } from './registryBuilders.js';
import { getRemotePackage, OPERATION_FIELDS } from './remoteBuilders.js';

/*
 * Package synchronization for tests: a package on one registry, got onto another, compared and synchronized
 * over the public API.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const q = (client: GraphQLClient, query: string, variables?: Record<string, unknown>) => client.data<Json, unknown>(query, variables);

export const COMPARISON_FIELDS = `remoteName remoteRegistryUuid package packageName comparisonDigest counts { state count }
  members { local remote localOnly remoteOnly mergeOffered merged }
  elements { uuid kind name state proposedDirection lastSyncedDigest isPackage isMember
    local { version timestamp contentDigest } remote { version timestamp contentDigest } }`;
export const SYNC_OPERATION_FIELDS = `${OPERATION_FIELDS} syncResult { package comparisonDigest localImportRecordId remoteImportRecordId mergedMembers recorded complete
  elements { uuid kind name direction local remote } }`;

/** A package of `count` assets in a fresh organization on `client`'s registry. */
export async function packageOf(client: GraphQLClient, count: number) {
  const org = await createOrganization(client);
  const type = (await createObjectType(client, { organization: org.uuid })).uuid;
  const assets: string[] = [];
  for (let i = 0; i < count; i++) assets.push((await createAsset(client, type, { organization: org.uuid })).uuid);
  const pkg = (await q(client, 'mutation($i: CreatePackageInput!) { createPackage(input: $i) { uuid name } }', { i: { name: `pkg-${org.uuid.slice(0, 8)}`, organization: org.uuid, members: assets } }))
    .createPackage;
  return { org: org.uuid, type, assets, pkg: pkg.uuid as string };
}

/** Gets a remote package here and commits the default selection, as a person would by hand. */
export async function getAndCommit(client: GraphQLClient, remote: string, pkg: string) {
  const op = (await getRemotePackage(client, remote, pkg)).data!.getRemotePackage;
  const plan = await preview(client, op.stagedImportId);
  await commit(client, { stagedImportId: op.stagedImportId, expectedPlanDigest: plan.planDigest });
}

export function compareRequest(client: GraphQLClient, remote: string, pkg: string) {
  return client.request<Json, unknown>(`query($r: String!, $p: ID!) { compareRemotePackage(remote: $r, package: $p) { ${COMPARISON_FIELDS} } }`, { r: remote, p: pkg });
}

export async function compare(client: GraphQLClient, remote: string, pkg: string) {
  const res = await compareRequest(client, remote, pkg);
  if (res.errors?.length) throw new Error(`compare failed: ${JSON.stringify(res.errors)}`);
  const comparison = res.data!.compareRemotePackage;
  const element = (uuid: string) => (comparison.elements as Json[]).find((e) => e.uuid === uuid)!;
  return { ...comparison, element };
}

export interface SyncArgs {
  remote: string;
  package: string;
  comparisonDigest: string;
  choices?: { uuid: string; direction: 'PULL' | 'PUSH' | 'NONE' }[];
  memberList?: 'LOCAL' | 'REMOTE' | 'MERGE';
  wait?: boolean;
}

export function syncRequest(client: GraphQLClient, args: SyncArgs) {
  return client.request<Json, unknown>(`mutation($i: SynchronizePackageInput!) { synchronizeRemotePackage(input: $i) { ${SYNC_OPERATION_FIELDS} } }`, {
    i: { choices: [], ...args },
  });
}

export async function synchronize(client: GraphQLClient, args: SyncArgs) {
  const res = await syncRequest(client, args);
  if (res.errors?.length) throw new Error(`synchronize failed: ${JSON.stringify(res.errors)}`);
  const op = res.data!.synchronizeRemotePackage;
  const outcome = (uuid: string) => (op.syncResult?.elements as Json[] | undefined)?.find((e) => e.uuid === uuid);
  return { ...op, outcome };
}

/** Compares, then synchronizes with nothing chosen: both sides record what they agree on. */
export async function recordAgreement(client: GraphQLClient, remote: string, pkg: string) {
  return synchronize(client, { remote, package: pkg, comparisonDigest: (await compare(client, remote, pkg)).comparisonDigest });
}

export async function describe(client: GraphQLClient, uuid: string, description: string) {
  await q(client, 'mutation($u: ID!, $d: String!) { updateAsset(uuid: $u, input: { description: $d }) { uuid } }', { u: uuid, d: description });
}

export async function setMembers(client: GraphQLClient, pkg: string, members: string[]) {
  await q(client, 'mutation($u: ID!, $m: [ID!]) { updatePackage(uuid: $u, input: { members: $m }) { uuid } }', { u: pkg, m: members });
}

/** The object's description and timestamp, or null when absent. */
export async function snapshot(client: GraphQLClient, uuid: string) {
  return (await q(client, 'query($u: ID!) { object(uuid: $u) { uuid description timestamp ... on Package { members { uuid } } } }', { u: uuid })).object as Json | null;
}
