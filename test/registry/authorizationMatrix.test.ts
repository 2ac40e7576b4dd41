import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistrySchema } from '../../src/schema/buildRegistrySchema.js';
import {
  answerOf,
  type Answer,
  buildMatrixFixture,
  type Caller,
  CALLERS,
  fresh,
  MATRIX_REMOTE,
  type MatrixFixture,
  type MatrixRequest,
} from '../support/authorizationFixture.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

/*
 * Who may call what: every Query and Mutation field of the schema, called by each of five callers, with the
 * answer each must get, in ONE table. A field added to the schema fails the test until its row says who may
 * call it. The callers' objects: `viewed` is an asset the viewer has VIEW on (nobody else but the
 * administrator sees it); a call that consumes its target gets a fresh one of the administrator's.
 */

type Call = (f: MatrixFixture, who: Caller) => MatrixRequest | Promise<MatrixRequest>;
/** A call and the answer of anonymous, user, viewer, typeAdmin, admin: in CALLERS order. */
type Row = [call: Call, anonymous: Answer, user: Answer, viewer: Answer, typeAdmin: Answer, admin: Answer];

const req = (query: string, variables?: Record<string, unknown>): MatrixRequest => ({ query, variables });
/** The administrator's call gets `own`, everyone else the shared target (so the administrator consumes nothing shared). */
const adminsOwn = async (who: Caller, shared: string, own: () => Promise<string>) => (who === 'admin' ? own() : shared);
const upload = (f: MatrixFixture, query: string, variables: Record<string, unknown> = {}): MatrixRequest => ({
  query,
  variables,
  file: { path: f.archive },
});

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const RU = 'REMOTE_UNREACHABLE';
/** No promotion is held under this id. */
const NO_PROMOTION = '00000000-0000-4000-8000-00000000a110';

// prettier-ignore
const MATRIX: Record<string, Row> = {
  // Queries                                                                                                  anonymous user viewer typeAdmin admin
  exportedArchives: [() => req('{ exportedArchives { id } }'),                                                    U, 'OK', 'OK', 'OK', 'OK'],
  importHistory: [() => req('{ importHistory { edges { cursor } } }'),                                            U, 'OK', 'OK', 'OK', 'OK'],
  importRecord: [(f) => req('query($id: ID!) { importRecord(id: $id) { id } }', { id: f.adminImportRecord }),      U, 'NULL', 'NULL', 'NULL', 'OK'],
  incomingReferences: [(f) => req('query($u: ID!) { incomingReferences(uuid: $u) { totalCount } }', { u: f.uuids.viewed }), U, 'NULL', 'OK', 'NULL', 'OK'],
  // Any signed-in user lists the promotions held here for approval (no object content; preview is planned with the caller's rights).
  incomingPromotion: [() => req('query($id: ID!) { incomingPromotion(id: $id) { id } }', { id: NO_PROMOTION }),   U, 'NULL', 'NULL', 'NULL', 'NULL'],
  incomingPromotions: [() => req('{ incomingPromotions { id } }'),                                                U, 'OK', 'OK', 'OK', 'OK'],
  me: [() => req('{ me { uuid roles } }'),                                                                        U, 'OK', 'OK', 'OK', 'OK'],
  object: [(f) => req('query($u: ID!) { object(uuid: $u) { uuid } }', { u: f.uuids.viewed }),                    U, 'NULL', 'OK', 'NULL', 'OK'],
  objectImportHistory: [(f) => req('query($u: ID!) { objectImportHistory(uuid: $u) { edges { cursor } } }', { u: f.uuids.viewed }), U, 'OK', 'OK', 'OK', 'OK'], // only the caller's own imports
  objects: [() => req('{ objects(first: 5) { edges { cursor } } }'),                                              U, 'OK', 'OK', 'OK', 'OK'],
  permissions: [(f) => req('query($o: ID!) { permissions(object: $o) { id } }', { o: f.uuids.viewed }),           U, N, F, N, 'OK'],
  promotionApprovalRequired: [() => req('{ promotionApprovalRequired }'),                                        U, 'OK', 'OK', 'OK', 'OK'],
  referenceGraph: [(f) => req('query($u: ID!) { referenceGraph(root: $u) { nodes { uuid } } }', { u: f.uuids.viewed }), U, 'NULL', 'OK', 'NULL', 'OK'],
  remoteOperation: [(f) => req('query($id: ID!) { remoteOperation(id: $id) { id } }', { id: f.adminRemoteOperation }), U, 'NULL', 'NULL', 'NULL', 'OK'],
  // Any signed-in user may list and get from a configured remote (the remote's credential bounds what it shows); nothing listens at the matrix's remote.
  remotePackages: [() => req('query($r: String!) { remotePackages(remote: $r) { hasNextPage } }', { r: MATRIX_REMOTE.name }), U, RU, RU, RU, RU],
  // Package synchronization uses remotes: administrators only (nothing listens at the matrix's remote).
  compareRemotePackage: [(f) => req('query($r: String!, $p: ID!) { compareRemotePackage(remote: $r, package: $p) { comparisonDigest } }', { r: MATRIX_REMOTE.name, p: f.uuids.package }), U, F, F, F, RU],
  // What a synchronizing registry asks: authorized like exporting the package.
  packageSyncManifest: [(f) => req('query($p: ID!) { packageSyncManifest(package: $p) { registryUuid } }', { p: f.uuids.package }), U, N, N, N, 'OK'],
  remoteRegistries: [() => req('{ remoteRegistries { id } }'),                                                    U, F, F, F, 'OK'],
  registry: [() => req('{ registry { uuid } }'),                                                                  U, 'OK', 'OK', 'OK', 'OK'],
  serverCertificate: [() => req('{ serverCertificate { fingerprintSha256 } }'),                                   U, 'OK', 'OK', 'OK', 'OK'],
  serverCertificateHistory: [() => req('{ serverCertificateHistory { fingerprintSha256 } }'),                     U, F, F, F, 'OK'],
  stagedImport: [(f) => req('query($id: ID!) { stagedImport(id: $id) { id } }', { id: f.adminStagedImport }),     U, 'NULL', 'NULL', 'NULL', 'OK'],
  stagedImports: [() => req('{ stagedImports { id } }'),                                                          U, 'OK', 'OK', 'OK', 'OK'],
  tokens: [(f) => req('query($u: ID) { tokens(user: $u) { id } }', { u: f.uuids.admin }),                         U, F, F, F, 'OK'],
  trustedProviders: [() => req('{ trustedProviders { fingerprintSha256 } }'),                                     U, F, F, F, 'OK'],

  // Mutations
  addGroupMember: [(f) => req('mutation($g: ID!, $u: ID!) { addGroupMember(group: $g, user: $u) { uuid } }', { g: f.uuids.group, u: f.uuids.member }), U, F, F, F, 'OK'],
  acceptRemoteIdentity: [() => req('mutation($n: String!) { acceptRemoteIdentity(name: $n) { id } }', { n: MATRIX_REMOTE.name }), U, F, F, F, 'BAD_USER_INPUT'], // no changed identity waits
  addRemoteRegistry: [() => req('mutation($i: AddRemoteRegistryInput!) { addRemoteRegistry(input: $i) { id } }', { i: { name: fresh('remote'), address: MATRIX_REMOTE.address, credential: 'matrix-credential-0123456789' } }), U, F, F, F, 'OK'],
  addTrustedProvider: [(f) => req('mutation($p: String!) { addTrustedProvider(certificatePem: $p) { fingerprintSha256 } }', { p: f.certificate.pem }), U, F, F, F, 'OK'],
  // Everyone commits a staged import of their own: what it may write is the planner's business (test/planner).
  commitImport: [async (f, who) => req('mutation($i: CommitImportInput!) { commitImport(input: $i) { id } }', { i: { stagedImportId: who === 'anonymous' ? f.adminStagedImport : await f.fresh.stagedImport(f.clients[who]) } }), U, 'OK', 'OK', 'OK', 'OK'],
  getRemotePackage: [(f) => req('mutation($r: String!, $p: ID!) { getRemotePackage(remote: $r, package: $p) { id } }', { r: MATRIX_REMOTE.name, p: f.uuids.package }), U, RU, RU, RU, RU],
  // Only your own PROMOTE operation can be committed; the administrator's operation here is a GET_PACKAGE.
  commitPromotion: [(f) => req('mutation($id: ID!) { commitPromotion(operationId: $id) { id } }', { id: f.adminRemoteOperation }), U, N, N, N, N],
  refreshPromotionApproval: [(f) => req('mutation($id: ID!) { refreshPromotionApproval(operationId: $id) { id } }', { id: f.adminRemoteOperation }), U, N, N, N, N],
  // Approval mode (test/remote/promotionApproval.test.ts): the matrix registry does not require approval, so nothing is held.
  holdPromotion: [(f) => req('mutation($i: HoldPromotionInput!) { holdPromotion(input: $i) { id } }', { i: { stagedImportId: f.adminStagedImport } }), U, 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT'],
  approvePromotion: [() => req('mutation($id: ID!, $d: String!) { approvePromotion(id: $id, expectedPlanDigest: $d) { id } }', { id: NO_PROMOTION, d: 'f'.repeat(64) }), U, N, N, N, N],
  rejectPromotion: [() => req('mutation($id: ID!) { rejectPromotion(id: $id) { id } }', { id: NO_PROMOTION }), U, N, N, N, N],
  createAsset: [(f) => req('mutation($i: CreateAssetInput!) { createAsset(input: $i) { uuid } }', { i: { name: fresh('asset'), objectType: f.uuids.type, organization: f.uuids.org } }), U, F, F, F, 'OK'],
  createGroup: [(f) => req('mutation($i: CreateGroupInput!) { createGroup(input: $i) { uuid } }', { i: { name: fresh('group'), organization: f.uuids.org } }), U, F, F, F, 'OK'],
  createLifecycleModel: [(f) => req('mutation($i: CreateLifecycleModelInput!) { createLifecycleModel(input: $i) { uuid } }', { i: { name: fresh('model'), organization: f.uuids.org, states: [{ name: 'Only' }], initialState: 'Only' } }), U, F, F, F, 'OK'],
  createLifecycleStage: [(f) => req('mutation($i: CreateLifecycleStageInput!) { createLifecycleStage(input: $i) { uuid } }', { i: { name: fresh('stage'), organization: f.uuids.org, address: 'https://qa.example.test/graphql' } }), U, F, F, F, 'OK'],
  createObjectType: [(f) => req('mutation($i: CreateObjectTypeInput!) { createObjectType(input: $i) { uuid } }', { i: { name: fresh('type'), organization: f.uuids.org, attributeDefinitions: [] } }), U, F, F, 'OK', 'OK'],
  createOrganization: [() => req('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { uuid } }', { i: { name: fresh('org') } }), U, F, F, F, 'OK'],
  createPackage: [(f) => req('mutation($i: CreatePackageInput!) { createPackage(input: $i) { uuid } }', { i: { name: fresh('package'), organization: f.uuids.org, members: [] } }), U, F, F, F, 'OK'],
  createPolicy: [(f) => req('mutation($i: CreatePolicyInput!) { createPolicy(input: $i) { uuid } }', { i: { name: fresh('policy'), organization: f.uuids.org, events: ['PRE_UPDATE'], objectTypes: [f.uuids.type], actions: [{ type: 'REJECT', message: 'matrix' }], enabled: false } }), U, F, F, F, 'OK'],
  createUser: [(f) => req('mutation($i: CreateUserInput!) { createUser(input: $i) { uuid } }', { i: { name: fresh('user'), organization: f.uuids.org } }), U, F, F, F, 'OK'],
  deleteObject: [async (f, who) => req('mutation($u: ID!) { deleteObject(uuid: $u) }', { u: await adminsOwn(who, f.uuids.viewed, f.fresh.asset) }), U, N, F, N, 'OK'],
  discardStagedImport: [async (f, who) => req('mutation($id: ID!) { discardStagedImport(id: $id) }', { id: await adminsOwn(who, f.adminStagedImport, f.fresh.stagedImport) }), U, N, N, N, 'OK'],
  exportArchive: [(f) => req('mutation($i: ExportArchiveInput!) { exportArchive(input: $i) { id } }', { i: { objects: [f.uuids.viewed], includeReferences: false } }), U, F, 'OK', F, 'OK'],
  exportKeystore: [(f) => req('mutation($p: String!) { exportKeystore(password: $p) { keyCount } }', { p: f.keystore.password }), U, F, F, F, 'OK'],
  grantPermission: [async (f, who) => req('mutation($i: GrantPermissionInput!) { grantPermission(input: $i) { id } }', { i: { principal: f.uuids.member, right: 'VIEW', object: await adminsOwn(who, f.uuids.viewed, f.fresh.asset) } }), U, N, F, N, 'OK'],
  importArchive: [(f) => upload(f, 'mutation($file: Upload!) { importArchive(file: $file) { id } }'),             U, 'OK', 'OK', 'OK', 'OK'],
  importKeystore: [(f) => ({ query: 'mutation($file: Upload!, $p: String!) { importKeystore(file: $file, password: $p, makeCurrent: false) { keyCount } }', variables: { p: f.keystore.password }, file: { data: f.keystore.content, name: 'keys.p12' } }), U, F, F, F, 'OK'],
  issueToken: [(f) => req('mutation($u: ID) { issueToken(name: "matrix", user: $u) { token } }', { u: f.uuids.admin }), U, F, F, F, 'OK'],
  moveLifecycleState: [async (f, who) => req('mutation($u: ID!, $s: ID!) { moveLifecycleState(uuid: $u, state: $s) { uuid } }', { u: await adminsOwn(who, f.uuids.viewed, f.fresh.asset), s: f.uuids.liveState }), U, N, F, N, 'OK'],
  removeGroupMember: [(f) => req('mutation($g: ID!, $u: ID!) { removeGroupMember(group: $g, user: $u) { uuid } }', { g: f.uuids.group, u: f.uuids.member }), U, F, F, F, 'OK'],
  removeTrustedProvider: [(f) => req('mutation($p: String!) { removeTrustedProvider(fingerprint: $p) }', { p: f.certificate.fingerprint }), U, F, F, F, 'OK'],
  // Visibility first (NOT_FOUND), then the path: the matrix model's states allow no stage.
  promoteObjects: [(f) => req('mutation($i: PromoteObjectsInput!) { promoteObjects(input: $i) { id } }', { i: { objects: [f.uuids.viewed], stage: f.uuids.stage } }), U, N, 'PROMOTION_PATH_NOT_ALLOWED', N, 'PROMOTION_PATH_NOT_ALLOWED'],
  synchronizeRemotePackage: [(f) => req('mutation($i: SynchronizePackageInput!) { synchronizeRemotePackage(input: $i) { id } }', { i: { remote: MATRIX_REMOTE.name, package: f.uuids.package, comparisonDigest: 'reviewed', choices: [] } }), U, F, F, F, RU],
  removeRemoteRegistry: [() => req('mutation($n: String!) { removeRemoteRegistry(name: $n) }', { n: fresh('remote') }), U, F, F, F, 'OK'],
  replaceServerCertificate: [() => req('mutation { replaceServerCertificate(commonName: "matrix") { fingerprintSha256 } }'), U, F, F, F, 'OK'],
  revokePermission: [async (f, who) => req('mutation($id: ID!) { revokePermission(id: $id) }', { id: await adminsOwn(who, f.viewerGrant, f.fresh.grant) }), U, N, F, N, 'OK'],
  revokeToken: [async (f, who) => req('mutation($id: ID!) { revokeToken(id: $id) { id } }', { id: await adminsOwn(who, f.adminToken, f.fresh.token) }), U, F, F, F, 'OK'],
  stageArchive: [(f) => upload(f, 'mutation($file: Upload!) { stageArchive(file: $file) { id } }'),               U, 'OK', 'OK', 'OK', 'OK'],
  testRemoteRegistry: [() => req('mutation($n: String!) { testRemoteRegistry(name: $n) { reachable } }', { n: MATRIX_REMOTE.name }), U, F, F, F, 'OK'],
  updateAsset: [(f) => req('mutation($u: ID!) { updateAsset(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.viewed }), U, N, F, N, 'OK'],
  updateGroup: [(f) => req('mutation($u: ID!) { updateGroup(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.group }), U, F, F, F, 'OK'],
  updateLifecycleModel: [(f) => req('mutation($u: ID!) { updateLifecycleModel(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.model }), U, F, F, F, 'OK'],
  updateLifecycleStage: [(f) => req('mutation($u: ID!) { updateLifecycleStage(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.stage }), U, F, F, F, 'OK'],
  updateObjectType: [(f) => req('mutation($u: ID!) { updateObjectType(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.type }), U, F, F, 'OK', 'OK'],
  updateOrganization: [(f) => req('mutation($u: ID!) { updateOrganization(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.org }), U, F, F, F, 'OK'],
  updatePackage: [(f) => req('mutation($u: ID!) { updatePackage(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.package }), U, N, N, N, 'OK'],
  updatePolicy: [(f) => req('mutation($u: ID!) { updatePolicy(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.policy }), U, N, N, N, 'OK'],
  updateRemoteRegistry: [() => req('mutation($n: String!) { updateRemoteRegistry(name: $n, input: { timeoutSeconds: 5 }) { id } }', { n: MATRIX_REMOTE.name }), U, F, F, F, 'OK'],
  updateUser: [(f) => req('mutation($u: ID!) { updateUser(uuid: $u, input: { description: "matrix" }) { uuid } }', { u: f.uuids.member }), U, F, F, F, 'OK'],
};

describe('the authorization matrix', () => {
  it('has one row for every Query and Mutation field of the schema, and no other', async () => {
    const schema = await buildRegistrySchema();
    const fields = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {});
    const operations = [...fields(schema.getQueryType()), ...fields(schema.getMutationType())].sort();
    // A failure here names the operations without a row: decide who may call them, and add them to MATRIX.
    expect({ withoutRow: operations.filter((o) => !(o in MATRIX)), withoutOperation: Object.keys(MATRIX).filter((o) => !operations.includes(o)) }).toEqual({
      withoutRow: [],
      withoutOperation: [],
    });
  });
});

describe.each(databases)('who may call what on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let fixture: MatrixFixture;

  beforeAll(async () => {
    fixture = await buildMatrixFixture(registry);
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  // One test per operation; its callers in CALLERS order, the administrator last (it may consume the target).
  it.each(Object.keys(MATRIX).sort())('%s answers each caller as the table says', async (operation) => {
    const [call, ...expected] = MATRIX[operation]!;
    const answers: Record<string, string> = {};
    const details: Record<string, string> = {};
    for (const who of CALLERS) {
      const { answer, detail } = await answerOf(fixture.clients[who], await call(fixture, who));
      answers[who] = answer;
      details[who] = detail;
    }
    expect(answers, JSON.stringify(details, null, 1)).toEqual(Object.fromEntries(CALLERS.map((who, i) => [who, expected[i]])));
  });
});
