import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { records } from '../fixtures/records.js';
import type { GraphQLClient, GraphQLResponse } from './graphqlClient.js';
import { stage } from './importClient.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from './registryBuilders.js';
import { writeTestArchive } from './testArchives.js';
import type { TestRegistry } from './testRegistry.js';
import { uploadRequest, type UploadPart } from './upload.js';

/*
 * The registry the authorization matrix runs in (test/registry/authorizationMatrix.test.ts): one per database,
 * built once, with the five callers the matrix asks about and the objects its calls name.
 */

/** Who calls: nobody signed in, a plain user, a user with VIEW on one object, a type administrator, an administrator. */
export const CALLERS = ['anonymous', 'user', 'viewer', 'typeAdmin', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

/** One GraphQL request: a document with its variables, and for multipart uploads the file in `$file`. */
export interface MatrixRequest {
  query: string;
  variables?: Record<string, unknown>;
  file?: UploadPart;
}

/** What a caller got: OK (data), NULL (no error, but null: hidden or not theirs), or the error's code. */
export type Answer = 'OK' | 'NULL' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'REMOTE_UNREACHABLE' | 'PROMOTION_PATH_NOT_ALLOWED';

/** A remote registry the matrix's registry has configured: nothing listens there, so calls that reach out find it unreachable. */
export const MATRIX_REMOTE = { name: 'matrix-remote', address: 'http://127.0.0.1:9/graphql' };

export interface MatrixFixture {
  clients: Record<Caller, GraphQLClient>;
  uuids: Record<'admin' | 'org' | 'type' | 'viewed' | 'group' | 'member' | 'model' | 'liveState' | 'stage' | 'package' | 'policy', string>;
  /** The grant that gives the viewer VIEW on `viewed`. */
  viewerGrant: string;
  /** An import record and a staged import of the administrator's. */
  adminImportRecord: string;
  adminStagedImport: string;
  /** One of the administrator's tokens (not the one the tests use). */
  adminToken: string;
  /** A remote operation of the administrator's (getting a package from MATRIX_REMOTE). */
  adminRemoteOperation: string;
  /** A small archive: one asset of `type`. */
  archive: string;
  /** The server's key store (PKCS#12) and its password. */
  keystore: { content: Buffer; password: string };
  certificate: { pem: string; fingerprint: string };
  /** Fresh objects for calls that consume what they act on (run as the administrator). */
  fresh: {
    asset(): Promise<string>;
    stagedImport(client?: GraphQLClient): Promise<string>;
    grant(): Promise<string>;
    token(): Promise<string>;
  };
}

const q = (client: GraphQLClient, query: string, variables?: Record<string, unknown>) => client.data<Record<string, any>, unknown>(query, variables); // eslint-disable-line @typescript-eslint/no-explicit-any

/** Builds the matrix's registry content through the public API, as the administrator. */
export async function buildMatrixFixture(registry: TestRegistry): Promise<MatrixFixture> {
  const admin = registry.admin;
  const org = await createOrganization(admin);
  const type = (await createObjectType(admin, { organization: org.uuid })).uuid;
  const model = (
    await q(admin, 'mutation($i: CreateLifecycleModelInput!) { createLifecycleModel(input: $i) { uuid ... on LifecycleModel { states { uuid name } } } }', {
      i: { name: 'matrix model', organization: org.uuid, status: 'PRODUCTIVE', states: [{ name: 'Designed' }, { name: 'Live' }], initialState: 'Designed', endStates: ['Live'], transitions: [{ from: 'Designed', to: 'Live' }], objectTypes: [type] },
    })
  ).createLifecycleModel;
  const asset = async () => (await createAsset(admin, type, { organization: org.uuid })).uuid;
  const viewed = await asset();
  const [user, viewer, typeAdmin, member] = await Promise.all([
    createUser(registry, { organization: org.uuid }),
    createUser(registry, { organization: org.uuid }),
    createUser(registry, { organization: org.uuid, roles: ['TYPE_ADMINISTRATOR'] }),
    createUser(registry, { organization: org.uuid }),
  ]);
  const viewerGrant = (await grant(admin, { principal: viewer.uuid, right: 'VIEW', object: viewed })).id;
  const group = (await q(admin, 'mutation($i: CreateGroupInput!) { createGroup(input: $i) { uuid } }', { i: { name: 'matrix group', organization: org.uuid } })).createGroup.uuid;
  const stageUuid = (await q(admin, 'mutation($i: CreateLifecycleStageInput!) { createLifecycleStage(input: $i) { uuid } }', { i: { name: 'matrix stage', organization: org.uuid, address: 'https://prod.example.test/graphql' } })).createLifecycleStage.uuid;
  const pkg = (await q(admin, 'mutation($i: CreatePackageInput!) { createPackage(input: $i) { uuid } }', { i: { name: 'matrix package', organization: org.uuid, members: [viewed] } })).createPackage.uuid;
  const policy = (await q(admin, 'mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { uuid } }', { i: { name: 'matrix policy', organization: org.uuid, events: ['PRE_UPDATE'], objectTypes: [type], actions: [{ type: 'REJECT', message: 'matrix' }], enabled: false } })).createPolicy.uuid;
  const archive = await writeTestArchive([records.asset(type, { organization: { uuid: org.uuid, name: org.name } })]);
  const stagedImport = async (client: GraphQLClient = admin) => (await stage(client, archive)).id;
  const adminImportRecord = (await q(admin, 'mutation($i: CommitImportInput!) { commitImport(input: $i) { id } }', { i: { stagedImportId: await stagedImport() } })).commitImport.id;
  const token = async () => (await q(admin, 'mutation { issueToken(name: "matrix") { info { id } } }')).issueToken.info.id as string;
  const password = 'matrix-keystore-password';
  const keystore = (await q(admin, 'mutation($p: String!) { exportKeystore(password: $p) { contentBase64 } }', { p: password })).exportKeystore;
  const certificate = (await q(admin, '{ serverCertificate { pem fingerprintSha256 } }')).serverCertificate;
  const me = (await q(admin, '{ me { uuid } }')).me.uuid as string;
  await q(admin, 'mutation($i: AddRemoteRegistryInput!) { addRemoteRegistry(input: $i) { id } }', { i: { ...MATRIX_REMOTE, credential: 'matrix-credential-0123456789' } });
  const adminRemoteOperation = (await q(admin, 'mutation($r: String!, $p: ID!) { getRemotePackage(remote: $r, package: $p, wait: false) { id } }', { r: MATRIX_REMOTE.name, p: pkg })).getRemotePackage.id as string;
  return {
    clients: { anonymous: admin.withToken(null), user: user.client, viewer: viewer.client, typeAdmin: typeAdmin.client, admin },
    uuids: {
      admin: me,
      org: org.uuid,
      type,
      viewed,
      group,
      member: member.uuid,
      model: model.uuid,
      liveState: model.states.find((s: { name: string }) => s.name === 'Live').uuid,
      stage: stageUuid,
      package: pkg,
      policy,
    },
    viewerGrant,
    adminImportRecord,
    adminStagedImport: await stagedImport(),
    adminToken: await token(),
    adminRemoteOperation,
    archive,
    keystore: { content: Buffer.from(keystore.contentBase64, 'base64'), password },
    certificate: { pem: certificate.pem, fingerprint: certificate.fingerprintSha256 },
    fresh: {
      asset,
      stagedImport,
      grant: async () => (await grant(admin, { principal: member.uuid, right: 'VIEW', object: await asset() })).id,
      token,
    },
  };
}

/** Sends a request as `client` and classifies the answer of its one top-level field. */
export async function answerOf(client: GraphQLClient, request: MatrixRequest): Promise<{ answer: Answer | string; detail: string }> {
  const res: GraphQLResponse<Record<string, unknown>> = request.file
    ? await uploadRequest(client, parse(request.query) as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>, request.variables ?? {}, { file: request.file })
    : await client.request<Record<string, unknown>, Record<string, unknown>>(request.query, request.variables);
  const error = res.errors?.[0];
  if (error) return { answer: error.extensions?.code ?? 'NO_CODE', detail: error.message };
  const value = res.data ? Object.values(res.data)[0] : undefined;
  return { answer: value === null || value === undefined ? 'NULL' : 'OK', detail: JSON.stringify(res.data ?? res).slice(0, 200) };
}

/** A fresh name, for calls that create. */
export const fresh = (prefix: string) => `${prefix}-${randomUUID()}`;
