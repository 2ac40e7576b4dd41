import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openArchive, type OpenedArchive } from '../../src/archive/archiveReader.js';
import type { ArchiveRecord, ProtectionFlags } from '../../src/archive/record.js';
import { RegistryObjectEntity } from '../../src/entities/index.js';
import { graphql } from '../generated/gql.js';
import type { ExportArchiveInput } from '../generated/graphql.js';
import type { GraphQLClient } from './graphqlClient.js';
import { createAsset, createObjectType, createOrganization } from './registryBuilders.js';
import type { TestRegistry } from './testRegistry.js';

/*
 * Builders for export and key tests: exports through the API, downloads over HTTP, multipart uploads, one
 * object of every kind, and protection flags set straight in the database (as an import would leave them).
 */

const ExportArchive = graphql(`
  mutation ExportBuilderExport($input: ExportArchiveInput!) {
    exportArchive(input: $input) {
      id sha256 size objectCount signed encryption downloadUrl manifest
      protection { viewContent rePackageable editable }
    }
  }
`);

const CreateGroup = graphql(`
  mutation ExportBuilderCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) { uuid }
  }
`);

const CreateUser = graphql(`
  mutation ExportBuilderCreateUser($input: CreateUserInput!) {
    createUser(input: $input) { uuid }
  }
`);

const CreateStage = graphql(`
  mutation ExportBuilderCreateStage($input: CreateLifecycleStageInput!) {
    createLifecycleStage(input: $input) { uuid }
  }
`);

const CreateModel = graphql(`
  mutation ExportBuilderCreateModel($input: CreateLifecycleModelInput!) {
    createLifecycleModel(input: $input) { uuid }
  }
`);

const CreatePolicy = graphql(`
  mutation ExportBuilderCreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) { uuid }
  }
`);

const CreatePackage = graphql(`
  mutation ExportBuilderCreatePackage($input: CreatePackageInput!) {
    createPackage(input: $input) { uuid }
  }
`);

export type ExportedArchiveResult = Awaited<ReturnType<typeof exportArchive>>;

/** Exports through the API; fails the test on errors. */
export async function exportArchive(client: GraphQLClient, input: ExportArchiveInput) {
  return (await client.data(ExportArchive, { input })).exportArchive;
}

/** Exports through the API and returns the response, for tests that expect a refusal. */
export function tryExport(client: GraphQLClient, input: ExportArchiveInput) {
  return client.request(ExportArchive, { input });
}

let tempDir: string | undefined;

/** A fresh path in this test file's temporary directory. */
export async function tempFile(name: string): Promise<string> {
  tempDir ??= await mkdtemp(path.join(tmpdir(), 'rb-export-test-'));
  return path.join(tempDir, `${randomUUID()}-${name}`);
}

/** For afterAll. */
export async function removeTempFiles(): Promise<void> {
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

/** GET the download URL (resolved against the GraphQL endpoint) with a bearer token. */
export function fetchArchive(client: GraphQLClient, downloadUrl: string, token: string | null = client.token): Promise<Response> {
  return fetch(new URL(downloadUrl, client.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Downloads an exported archive over HTTP into a temporary file and returns its path. */
export async function downloadArchive(client: GraphQLClient, downloadUrl: string): Promise<string> {
  const res = await fetchArchive(client, downloadUrl);
  if (res.status !== 200) throw new Error(`download failed: ${res.status} ${await res.text()}`);
  const file = await tempFile('download.zip');
  await writeFile(file, Buffer.from(await res.arrayBuffer()));
  return file;
}

/** Downloads and opens an archive. Close it when done. */
export async function downloadAndOpen(client: GraphQLClient, downloadUrl: string): Promise<OpenedArchive> {
  return openArchive(await downloadArchive(client, downloadUrl));
}

/** Every record of an archive; fails the test when a line is invalid. */
export async function readAllRecords(archive: OpenedArchive, contentKey?: Buffer): Promise<ArchiveRecord[]> {
  const out: ArchiveRecord[] = [];
  for await (const line of archive.readRecords({ contentKey })) {
    if (!line.record) throw new Error(`line ${line.line} is invalid: ${JSON.stringify(line.problems)}`);
    out.push(line.record);
  }
  return out;
}

/** Exports, downloads and reads back every record (unencrypted archives). */
export async function exportAndRead(client: GraphQLClient, input: ExportArchiveInput) {
  const exported = await exportArchive(client, input);
  const archive = await downloadAndOpen(client, exported.downloadUrl);
  try {
    return { exported, manifest: archive.manifest, records: await readAllRecords(archive) };
  } finally {
    await archive.close();
  }
}

/** Sets protection flags on a row straight in the database, as an import from a protected archive leaves them. */
export async function setProtection(registry: TestRegistry, uuid: string, flags: Partial<ProtectionFlags>): Promise<void> {
  await registry.running.app.orm.em.fork().nativeUpdate(RegistryObjectEntity, { uuid }, flags);
}

const STAGE_ADDRESS = 'https://stage.example.test/graphql';

/**
 * One object of every kind, created through the API and linked the way real content is: a user in a group,
 * a productive lifecycle model whose initial state names a stage, assets of its type (so they carry a
 * lifecycle state), a policy and a package of both assets.
 */
export async function createEveryKind(client: GraphQLClient) {
  const organization = (await createOrganization(client)).uuid;
  const group = (await client.data(CreateGroup, { input: { name: `group-${randomUUID()}`, organization, roles: ['TYPE_ADMINISTRATOR'] } })).createGroup.uuid;
  const user = (await client.data(CreateUser, { input: { name: `user-${randomUUID()}`, organization, email: 'ada@example.test', roles: [], groups: [group] } })).createUser.uuid;
  const stage = (await client.data(CreateStage, { input: { name: `stage-${randomUUID()}`, organization, address: STAGE_ADDRESS } })).createLifecycleStage.uuid;
  const objectType = (await createObjectType(client, { organization, attributes: [{ name: 'endpoint', type: 'URL' }, { name: 'tier', type: 'INTEGER' }] })).uuid;
  const model = (
    await client.data(CreateModel, {
      input: {
        name: `model-${randomUUID()}`,
        organization,
        status: 'PRODUCTIVE',
        states: [{ name: 'Designed', stages: [stage] }, { name: 'Live' }],
        initialState: 'Designed',
        endStates: ['Live'],
        transitions: [{ from: 'Designed', to: 'Live' }],
        objectTypes: [objectType],
      },
    })
  ).createLifecycleModel.uuid;
  const used = (await createAsset(client, objectType, { organization, version: '1.0', attributes: { endpoint: 'https://used.example.test', tier: 2 } })).uuid;
  const asset = (await createAsset(client, objectType, { organization, version: '2.0', attributes: { endpoint: 'https://api.example.test' }, references: [{ name: 'uses', target: used }] })).uuid;
  const policy = (
    await client.data(CreatePolicy, {
      input: {
        name: `policy-${randomUUID()}`,
        organization,
        events: ['PRE_CREATE'],
        objectTypes: [objectType],
        condition: { '==': [{ var: 'name' }, 'forbidden-name'] },
        actions: [{ type: 'REJECT', message: 'that name is taken' }, { type: 'SET_ATTRIBUTE', attribute: 'tier', value: null }],
        priority: 3,
      },
    })
  ).createPolicy.uuid;
  const pkg = (await client.data(CreatePackage, { input: { name: `package-${randomUUID()}`, organization, members: [asset, used] } })).createPackage.uuid;
  return { organization, group, user, stage, objectType, model, used, asset, policy, package: pkg };
}
