import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_ENTRY, OBJECTS_ENTRY, type ArchiveRecord } from '../../src/archive/record.js';
import { createSelfSignedCertificate } from '../../src/crypto/certificates.js';
import { AttributeType } from '../../src/domain/objectKind.js';
import { forgeArchive, manifestFor, ndjsonOf, removeTempDir, renameEntry, tempPath, writeSample, zipEntries } from '../archive/zipForgery.js';
import { at, HOME_ORGANIZATION, records } from '../fixtures/records.js';
import { leftovers, refused, stage as stageUpload } from '../staging/stagingHarness.js';
import { databases } from '../support/databases.js';
import { EventLoopWatchdog } from '../support/eventLoopWatchdog.js';
import { importArchive, objectIn, preview, stage } from '../support/importClient.js';
import { suiteRegistry } from '../support/testRegistry.js';

/*
 * The hostile-input suite: archives and requests a hostile client may send, each refused with a named code or
 * accepted as documented (docs/security.md), nothing written, no file left behind, on both databases. A
 * watchdog fails the suite when any of it holds the event loop longer than 200 ms.
 */

afterAll(removeTempDir);

const MIB = 1024 * 1024;
const MAX_STALL_MS = 200;
const foreign = createSelfSignedCertificate({ commonName: 'Another Registry' });

// ---- builders ---------------------------------------------------------------------------------------------

/** One objects.ndjson line of raw text, in an otherwise correct archive. */
const rawLine = (text: string, kind = 'ORGANIZATION') => forgeArchive({ records: [{ kind }], objects: Buffer.from(`${text}\n`) });
/** One record, edited as JSON text (so the text can hold what JSON.stringify would not write). */
const recordText = (record: object, edit: (json: string) => string) => rawLine(edit(JSON.stringify(record)), (record as { kind: string }).kind);
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const pkg = (members: number) => records.package(Array.from({ length: members }, () => randomUUID()));
const archiveOf = (...list: ArchiveRecord[]) => forgeArchive({ records: list });
/** A correct archive of one organization whose manifest's JSON text is edited. */
async function manifestText(edit: (json: string) => string): Promise<string> {
  const objects = ndjsonOf([records.organization()]);
  const manifest = Buffer.from(edit(JSON.stringify(manifestFor(objects, [{ kind: 'ORGANIZATION' }]))));
  return zipEntries(await tempPath(), [{ name: OBJECTS_ENTRY, data: objects }, { name: MANIFEST_ENTRY, data: manifest }]);
}

/** Text that does not compress: keeps a small hostile structure within maxCompressionRatio, as an attacker would. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64');

interface Refusal {
  name: string;
  code: string;
  build: () => Promise<string>;
  password?: string;
  details?: object;
}

/** Archives the reader, the crypto layer or staging refuse whole. */
const refusals: Refusal[] = [
  { name: 'a file that is not a zip', code: 'ARCHIVE_MALFORMED', build: () => rawLineFile('uuid,kind\n') },
  { name: 'a zip bomb', code: 'ARCHIVE_LIMIT_EXCEEDED', details: { limit: 'maxCompressionRatio' }, build: () => forgeArchive({ objects: Buffer.alloc(20 * MIB, 0x20), records: [] }) },
  { name: 'a record line beyond maxRecordBytes', code: 'ARCHIVE_LIMIT_EXCEEDED', details: { limit: 'maxRecordBytes', value: MIB }, build: () => archiveOf(records.organization({ description: noise(MIB) })) },
  { name: 'a package of 350,000 members (one 14 MB line)', code: 'ARCHIVE_LIMIT_EXCEEDED', details: { limit: 'maxRecordBytes' }, build: () => archiveOf(pkg(350_000)) },
  { name: 'more entries than maxArchiveEntries', code: 'ARCHIVE_LIMIT_EXCEEDED', details: { limit: 'maxEntries' }, build: () => forgeArchive({ extra: Array.from({ length: 20 }, (_, i) => ({ name: `extra-${i}`, data: Buffer.from('x') })) }) },
  { name: 'more objects than maxArchiveObjects', code: 'ARCHIVE_LIMIT_EXCEEDED', details: { limit: 'maxObjects' }, build: () => forgeArchive({ editManifest: (m) => ({ ...m, objectCount: 2_000_000, countsByKind: { ORGANIZATION: 2_000_000 } }) }) },
  { name: 'a path-traversal entry name', code: 'ARCHIVE_UNSAFE_ENTRY_NAME', build: async () => { const path = await forgeArchive({ extra: [{ name: 'p'.repeat(19), data: Buffer.from('x') }] }); await renameEntry(path, 'p'.repeat(19), '../../../etc/passwd'); return path; } },
  { name: 'an absolute entry name', code: 'ARCHIVE_UNSAFE_ENTRY_NAME', build: async () => { const path = await forgeArchive({ extra: [{ name: 'q'.repeat(11), data: Buffer.from('x') }] }); await renameEntry(path, 'q'.repeat(11), '/etc/passwd'); return path; } },
  { name: 'an entry held twice', code: 'ARCHIVE_ENTRY_DUPLICATE', build: () => forgeArchive({ extra: [{ name: OBJECTS_ENTRY, data: Buffer.from('{}\n') }] }) },
  { name: 'an unlisted entry', code: 'ARCHIVE_ENTRY_UNEXPECTED', build: () => forgeArchive({ extra: [{ name: 'notes.txt', data: Buffer.from('hi') }] }) },
  { name: 'no manifest', code: 'ARCHIVE_ENTRY_MISSING', build: async () => zipEntries(await tempPath(), [{ name: OBJECTS_ENTRY, data: ndjsonOf([records.organization()]) }]) },
  { name: 'a misnamed manifest', code: 'ARCHIVE_ENTRY_UNEXPECTED', build: async () => { const path = await forgeArchive({}); await renameEntry(path, MANIFEST_ENTRY, 'manifest.jsoN'); return path; } },
  { name: 'a newer major format version', code: 'FORMAT_VERSION_UNSUPPORTED', build: () => forgeArchive({ editManifest: (m) => ({ ...m, formatVersion: '2.0' }) }) },
  { name: 'a manifest that breaks its schema', code: 'MANIFEST_INVALID', build: () => forgeArchive({ editManifest: ({ exportedBy: _gone, ...m }) => m }) },
  { name: 'a manifest holding U+0000', code: 'MANIFEST_INVALID', build: () => forgeArchive({ editManifest: (m) => ({ ...m, exportedBy: { ...m.exportedBy, name: 'a\u0000b' } }) }) },
  { name: 'a manifest nested 3,000 levels deep', code: 'MANIFEST_INVALID', build: () => manifestText((json) => json.replace(/}$/, `,"extra":${nested(3000)}}`)) },
  { name: 'more lines than objectCount', code: 'MANIFEST_INVALID', build: () => forgeArchive({ records: [records.organization(), records.organization()], editManifest: (m) => ({ ...m, objectCount: 1, countsByKind: { ORGANIZATION: 1 } }) }) },
  { name: 'a wrong password', code: 'WRONG_PASSWORD', password: 'wrong', build: async () => (await writeSample({ encryption: { password: 'right', scrypt: { N: 1024, r: 8, p: 1 } } })).path },
  { name: 'a password archive without the password', code: 'PASSWORD_REQUIRED', build: async () => (await writeSample({ encryption: { password: 'right', scrypt: { N: 1024, r: 8, p: 1 } } })).path },
  { name: 'an archive for another registry', code: 'RECIPIENT_KEY_MISSING', build: async () => (await writeSample({ encryption: { recipientCertificatePem: foreign.certificatePem } })).path },
  ...(
    [
      [{ N: 2 ** 20, p: 4 }, 'N=2^20, p=4 (83 s on the event loop before)'],
      [{ N: 2 ** 17 }, 'N beyond 2^16'],
      [{ r: 32 }, 'r beyond 16'],
      [{ p: 16 }, 'p beyond 4'],
      [{ N: 2 ** 16, r: 16 }, 'memory beyond 64 MiB'],
      [{ N: 2 ** 16, r: 8, p: 4 }, 'work beyond 2^20'],
    ] as const
  ).map(([scrypt, name]) => ({
    name: `scrypt parameters ${name}`,
    code: 'DECRYPTION_FAILED',
    password: 'right',
    build: async () => {
      const { path } = await writeSample({ encryption: { password: 'right', scrypt: { N: 1024, r: 8, p: 1 } } });
      return reparametrize(path, scrypt);
    },
  })),
];

async function rawLineFile(text: string): Promise<string> {
  const { tempPath } = await import('../archive/zipForgery.js');
  const { writeFile } = await import('node:fs/promises');
  const path = await tempPath();
  await writeFile(path, text.repeat(50));
  return path;
}

/** The same password archive with other scrypt parameters in its manifest (staging refuses before deriving). */
async function reparametrize(path: string, scrypt: Partial<Record<'N' | 'r' | 'p', number>>): Promise<string> {
  const { openArchive } = await import('../../src/archive/archiveReader.js');
  const { readFile } = await import('node:fs/promises');
  const archive = await openArchive(path);
  const manifest = archive.manifest;
  await archive.close();
  const { locateEntries, zipEntries, tempPath } = await import('../archive/zipForgery.js');
  const zip = await readFile(path);
  const objects = locateEntries(zip).find((e) => e.name === OBJECTS_ENTRY)!;
  const data = zip.subarray(objects.dataOffset, objects.dataOffset + manifest.entries[0]!.size);
  const edited = { ...manifest, encryption: { ...manifest.encryption!, password: { ...manifest.encryption!.password!, ...scrypt } } };
  return zipEntries(await tempPath(), [
    { name: OBJECTS_ENTRY, data, compress: false },
    { name: MANIFEST_ENTRY, data: Buffer.from(JSON.stringify(edited)) },
  ]);
}

interface RecordRefusal {
  name: string;
  build: () => Promise<string>;
  problem: RegExp;
}

const org = () => records.organization();
/** Records staging keeps out (a problem naming why): the archive is staged, the record is not. */
const recordRefusals: RecordRefusal[] = [
  { name: 'an attribute nested 3,000 levels deep', problem: /deeper than 64 levels.*maxJsonDepth/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', `"attributes":{"deep":${nested(3000)}}`)) },
  { name: 'an attribute nested 65 levels deep', problem: /maxJsonDepth/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', `"attributes":{"deep":${nested(65)}}`)) },
  { name: 'U+0000 in a name', problem: /U\+0000/, build: () => recordText(org(), (j) => j.replace(/"name":"/, '"name":"a\\u0000')) },
  { name: 'U+0000 in an attribute value', problem: /U\+0000/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{"a":"x\\u0000y"}')) },
  { name: 'U+0000 in an attribute name', problem: /U\+0000/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{"\\u0000":1}')) },
  { name: 'U+0000 in a description', problem: /U\+0000/, build: () => recordText(org(), (j) => j.replace('"description":null', '"description":"\\u0000"')) },
  { name: '1e400, which would become null', problem: /1e400.*become null/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{"n":1e400}')) },
  { name: '-1e400', problem: /-1e400/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{"n":-1e400}')) },
  { name: '1e-400, which would become 0', problem: /become 0/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{"n":1e-400}')) },
  { name: 'a 39-digit integer', problem: /123456789012345678901234567890123456789.*cannot be kept exactly/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{"n":123456789012345678901234567890123456789}')) },
  { name: 'a decimal with more digits than a double holds', problem: /cannot be kept exactly/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{"n":0.10000000000000000000001}')) },
  { name: 'a number deep in an array', problem: /9007199254740993/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{"n":[[1,2,[9007199254740993]]]}')) },
  { name: 'bytes that are not UTF-8', problem: /not valid UTF-8/, build: () => forgeArchive({ records: [{ kind: 'ORGANIZATION' }], objects: Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]) }) },
  { name: 'a line that is not JSON', problem: /not valid JSON/, build: () => rawLine('{"uuid": ') },
  { name: 'a raw control character in a string', problem: /not valid JSON/, build: () => rawLine('{"name":"a\u0001b"}') },
  { name: 'an empty line', problem: /is empty/, build: () => rawLine('   ') },
  { name: 'a JSON array instead of a record', problem: /must be a JSON object/, build: () => rawLine('[1,2,3]') },
  { name: 'an unknown kind', problem: /must be one of the kinds/, build: () => recordText(org(), (j) => j.replace('"kind":"ORGANIZATION"', '"kind":"ROOT"')) },
  { name: 'a record missing its uuid', problem: /is required/, build: () => recordText(org(), (j) => j.replace(/"uuid":"[^"]*",/, '')) },
  { name: 'an uppercase-free non-UUID', problem: /must be a lower-case UUID/, build: () => recordText(org(), (j) => j.replace(/"uuid":"[^"]*"/, '"uuid":"not-a-uuid"')) },
  { name: 'an extra top-level property', problem: /is not an allowed property/, build: () => recordText(org(), (j) => j.replace('"attributes":{}', '"attributes":{},"__proto__":{"admin":true}')) },
  { name: 'a name of 401 characters', problem: /must NOT have more than 400 characters/, build: () => archiveOf(records.organization({ name: 'n'.repeat(401) })) },
  { name: 'a timestamp that is not ISO 8601 UTC', problem: /ISO 8601/, build: () => archiveOf(records.organization({ timestamp: '2026-01-01 00:00' })) },
  { name: 'a package with a repeated member', problem: /duplicate items/, build: () => { const m = randomUUID(); return archiveOf(records.package([m, m])); } },
  { name: 'a package of 20,000 members with one repeat (linear, not quadratic)', problem: /duplicate items/, build: () => { const p = pkg(20_000); p.fields.members.push(p.fields.members[0]!); return archiveOf(p); } },
  { name: 'a policy with 20,000 repeated events (linear, not quadratic)', problem: /duplicate items/, build: () => archiveOf(records.policy({ description: noise(300_000), fields: { events: Array.from({ length: 20_000 }, () => 'PRE_CREATE') } } as never)) },
  { name: 'a malformed e-mail address', problem: /must match format "email"/, build: () => archiveOf(records.user({ fields: { email: 'nobody' } })) },
  { name: 'a reference without a target', problem: /is required/, build: () => archiveOf(records.organization({ references: [{ name: 'x' } as never] })) },
];

interface Invalid {
  name: string;
  /** The records; the one to be REJECTed is the last. */
  build: () => ArchiveRecord[];
  problem: RegExp;
}

const typeWithPort = () =>
  records.objectType({
    fields: {
      attributeDefinitions: [
        { name: 'port', type: AttributeType.INTEGER, required: true },
        { name: 'endpoint', type: AttributeType.URL, required: false },
      ],
    },
  });

/** Records staging accepts and the plan REJECTs (INVALID_OBJECT): the API's validators refuse them. */
const invalid: Invalid[] = [
  { name: 'an asset missing a required attribute', problem: /attributes\.port: is required/, build: () => { const t = typeWithPort(); return [t, records.asset(t.uuid)]; } },
  { name: 'an attribute the type does not define', problem: /attributes\.colour: is not defined/, build: () => { const t = typeWithPort(); return [t, records.asset(t.uuid, { attributes: { port: 1, colour: 'red' } })]; } },
  { name: 'INTEGER "abc"', problem: /attributes\.port: must be a INTEGER/, build: () => { const t = typeWithPort(); return [t, records.asset(t.uuid, { attributes: { port: 'abc' } })]; } },
  { name: 'INTEGER 1.5', problem: /attributes\.port: must be a INTEGER/, build: () => { const t = typeWithPort(); return [t, records.asset(t.uuid, { attributes: { port: 1.5 } })]; } },
  { name: 'URL "not a url"', problem: /attributes\.endpoint: must be a URL/, build: () => { const t = typeWithPort(); return [t, records.asset(t.uuid, { attributes: { port: 1, endpoint: 'not a url' } })]; } },
  { name: 'an objectType pointing at an organization', problem: /is a ORGANIZATION, expected OBJECT_TYPE/, build: () => { const o = records.organization(); return [o, records.asset(o.uuid)]; } },
  { name: 'an organization pointing at a user', problem: /organization: .* is a USER, expected ORGANIZATION/, build: () => { const u = records.user(); const t = records.objectType(); return [u, { ...t, organization: { uuid: u.uuid, name: 'u' } }]; } },
  { name: 'a previousVersion naming the object itself', problem: /previousVersion: names the object itself/, build: () => { const t = records.objectType(); const a = records.asset(t.uuid); a.previousVersion = a.uuid; return [t, a]; } },
  { name: 'a previousVersion naming an asset of another type', problem: /previousVersion: must be a version of an asset of the same type/, build: () => { const [t, u] = [records.objectType(), records.objectType()]; const before = records.asset(u.uuid); return [t, u, before, records.asset(t.uuid, { previousVersion: before.uuid })]; } },
  { name: 'a previousVersion naming an object of another kind', problem: /previousVersion: .* is a ORGANIZATION, expected USER/, build: () => { const o = records.organization(); return [o, records.user({ previousVersion: o.uuid })]; } },
  { name: 'a policy without events or actions', problem: /at least one event is required/, build: () => { const t = records.objectType(); return [t, records.policy({ fields: { objectTypes: [t.uuid] } })]; } },
  { name: 'a policy condition that is not JsonLogic', problem: /fields\.condition/, build: () => { const t = records.objectType(); return [t, records.policy({ fields: { objectTypes: [t.uuid], events: ['PRE_CREATE'], actions: [{ type: 'REJECT', message: 'no' }], condition: { nope: [1] } } } as never)]; } },
  { name: 'a policy condition nested beyond maxConditionDepth', problem: /fields\.condition: is too complex: it nests deeper than 32 levels.*maxConditionDepth/, build: () => { const t = records.objectType(); let condition: unknown = { var: 'attributes.a' }; for (let i = 0; i < 20; i++) condition = { '!': [condition] }; return [t, records.policy({ fields: { objectTypes: [t.uuid], events: ['PRE_CREATE'], actions: [{ type: 'REJECT', message: 'no' }], condition } } as never)]; } },
  { name: 'a policy condition iterating inside an iteration', problem: /fields\.condition: is too complex: .*maxIterationNesting/, build: () => { const t = records.objectType(); const condition = { all: [{ var: 'attributes.l' }, { some: [{ var: 'attributes.l' }, true] }] }; return [t, records.policy({ fields: { objectTypes: [t.uuid], events: ['PRE_CREATE'], actions: [{ type: 'REJECT', message: 'no' }], condition } } as never)]; } },
  { name: 'a lifecycle model whose initial state is not a state', problem: /fields\.initialState: must be one of the states/, build: () => [records.lifecycleModel({ fields: { initialState: randomUUID() } })] },
  { name: 'an object type with a duplicate attribute', problem: /duplicate attribute/, build: () => [records.objectType({ fields: { attributeDefinitions: [{ name: 'a', type: AttributeType.STRING, required: false }, { name: 'a', type: AttributeType.STRING, required: false }] } })] },
  { name: 'an attribute named as no identifier', problem: /attributeDefinitions\[0\]\.name: must be an identifier/, build: () => [records.objectType({ fields: { attributeDefinitions: [{ name: '1 two', type: AttributeType.STRING, required: false }] } })] },
  { name: 'an object type without an organization', problem: /organization: is required/, build: () => [records.objectType({ organization: null })] },
  { name: 'a blank name', problem: /name: is required/, build: () => [records.organization({ name: '   ' })] },
];

describe.each(databases)('hostile inputs on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  const built = new Map<string, string>();
  const watchdog = new EventLoopWatchdog();

  beforeAll(async () => {
    // Built before the watchdog starts: making a hostile archive is the test's work, not the server's.
    for (const r of refusals) built.set(`refusal:${r.name}`, await r.build());
    for (const r of recordRefusals) built.set(`record:${r.name}`, await r.build());
    // The organization test records belong to arrives with them, first: what is judged is the last record.
    for (const r of invalid) built.set(`invalid:${r.name}`, await forgeArchive({ records: [HOME_ORGANIZATION, ...r.build()] }));
    built.set('accepted', await forgeArchive({ records: [HOME_ORGANIZATION, ...acceptedRecords()] }));
    // Once through staging and planning first: compiling the server's code is not a stall of a request.
    await preview(registry.admin, (await stage(registry.admin, await forgeArchive({}))).id);
    watchdog.start();
  }, 240_000);
  afterEach((ctx) => watchdog.lap(ctx.task.name));
  afterAll(async () => {
    watchdog.stop();
  });

  const registryObjects = async () => {
    const [row] = await registry.running.app.orm.em.fork().getConnection().execute('select count(*) as n from registry_object');
    return Number((row as { n: number | string }).n);
  };

  it.each(refusals)('$name is refused with $code, leaving nothing behind', async ({ name, code, password, details }) => {
    const before = await leftovers(registry);
    const objects = await registryObjects();
    const error = await refused(registry.admin, built.get(`refusal:${name}`)!, password);
    expect(error.code, error.message).toBe(code);
    if (details) expect(error.details).toMatchObject(details);
    expect(await leftovers(registry)).toEqual({ ...before, files: [] });
    expect(await registryObjects()).toBe(objects);
  });

  it.each(recordRefusals)('$name is kept out of staging as a record problem', async ({ name, problem }) => {
    const objects = await registryObjects();
    const res = await stageUpload(registry.admin, built.get(`record:${name}`)!);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const staged = res.data!.stageArchive;
    expect(staged.objectCount).toBe(0);
    expect(staged.problems.map((p) => p.message).join('\n')).toMatch(problem);
    expect((await leftovers(registry)).files).toEqual([]);
    expect(await registryObjects()).toBe(objects);
  });

  it.each(invalid)('$name is staged, then REJECTed by the plan with INVALID_OBJECT', async ({ name, problem }) => {
    const staged = await stage(registry.admin, built.get(`invalid:${name}`)!);
    const plan = await preview(registry.admin, staged.id);
    const last = plan.nodes[plan.nodes.length - 1]!;
    expect(last.action).toBe('REJECT');
    expect(last.reasons.find((r) => r.code === 'INVALID_OBJECT')?.message).toMatch(problem);
  });

  it('valid objects of a type arriving in the same archive, and a far-future timestamp, are accepted as documented', async () => {
    const [type, asset, future] = acceptedRecords();
    const staged = await stage(registry.admin, built.get('accepted')!);
    const plan = await preview(registry.admin, staged.id);
    expect(plan.decision(type!.uuid).action).toBe('CREATE');
    expect(plan.decision(asset!.uuid).action).toBe('CREATE');
    expect(plan.decision(future!.uuid).action).toBe('CREATE');
    expect(plan.decision(future!.uuid).reasons.find((r) => r.code === 'FUTURE_TIMESTAMP')?.severity).toBe('WARNING');
  });

  const createOrganization = 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { uuid } }';
  const createType = 'mutation ($input: CreateObjectTypeInput!) { createObjectType(input: $input) { uuid } }';
  const createAsset = 'mutation ($input: CreateAssetInput!) { createAsset(input: $input) { uuid } }';
  const hostileRequests: [string, string, (type: string) => object][] = [
    ['an organization named with U+0000', createOrganization, () => ({ name: 'a\u0000b' })],
    ['a description holding U+0000', createOrganization, () => ({ name: 'ok', description: '\u0000' })],
    ['an attribute holding U+0000', createAsset, (type) => ({ name: 'a', objectType: type, attributes: { note: 'x\u0000' } })],
    ['an attribute named U+0000', createAsset, (type) => ({ name: 'a', objectType: type, attributes: { '\u0000': 'x' } })],
    ['an attribute nested 3,000 levels deep', createAsset, (type) => ({ name: 'a', objectType: type, attributes: { note: JSON.parse(nested(3000)) } })],
    ['an attribute nested 65 levels deep', createAsset, (type) => ({ name: 'a', objectType: type, attributes: { note: JSON.parse(nested(65)) } })],
  ];
  it.each(hostileRequests)('the API refuses %s with VALIDATION_FAILED, alike on both databases', async (_name, mutation, input) => {
    const objects = await registryObjects();
    const type = await registry.admin.data<{ createObjectType: { uuid: string } }, unknown>(createType, {
      input: { name: `note-${randomUUID()}`, attributeDefinitions: [{ name: 'note', type: 'STRING', required: false }] },
    });
    const res = await registry.admin.request(mutation, { input: input(type.createObjectType.uuid) });
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('VALIDATION_FAILED');
    expect(await registryObjects()).toBe(objects + 1); // the type only
  });

  it('a commit writes the valid asset, not the invalid one, and the one written is then edited by hand', async () => {
    const made = await registry.admin.data<{ createOrganization: { uuid: string } }, unknown>(createOrganization, {
      input: { name: `org-${randomUUID()}` },
    });
    const organization = { uuid: made.createOrganization.uuid, name: 'org' };
    const type = typeWithPort();
    type.organization = organization;
    const good = records.asset(type.uuid, { organization, attributes: { port: 443 } });
    const bad = records.asset(type.uuid, { organization, attributes: { port: 'abc' } });
    const res = await importArchive(registry.admin, await forgeArchive({ records: [type, good, bad] }));
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(await objectIn(registry.admin, good.uuid)).not.toBeNull();
    expect(await objectIn(registry.admin, bad.uuid)).toBeNull();
    const update = 'mutation ($uuid: ID!, $input: UpdateAssetInput!) { updateAsset(uuid: $uuid, input: $input) { uuid } }';
    const edited = await registry.admin.request(update, { uuid: good.uuid, input: { description: 'edited by hand' } });
    expect(edited.errors, JSON.stringify(edited.errors)).toBeUndefined();
  });

  it('objects(filter: { nameContains }) { totalCount } answers (it once failed with INTERNAL_SERVER_ERROR)', async () => {
    const query = 'query ($f: ObjectFilter) { objects(first: 1, filter: $f) { totalCount } }';
    for (const nameContains of ['x', '%', '_', '\\', "'; drop table registry_object; --", 'ü'.repeat(50)]) {
      const res = await registry.admin.request<{ objects: { totalCount: number } }, unknown>(query, { f: { nameContains } });
      expect(res.errors, nameContains).toBeUndefined();
      expect(typeof res.data!.objects.totalCount).toBe('number');
    }
  });

  it(`no request of the suite held the event loop longer than ${MAX_STALL_MS} ms`, () => {
    const longest = watchdog.stop();
    expect(longest.ms, `the longest event-loop stall was ${longest.ms.toFixed(0)} ms, in: ${longest.name}`).toBeLessThanOrEqual(MAX_STALL_MS);
  });
});

/** A type, a valid asset of it, and an organization stamped two days ahead. */
function acceptedRecords(): ArchiveRecord[] {
  const seed = acceptedSeed ??= (() => {
    const type = typeWithPort();
    const asset = records.asset(type.uuid, { attributes: { port: 443, endpoint: 'https://api.example.test' } });
    const future = records.organization({ timestamp: new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString(), createdAt: at(0) });
    return [type, asset, future];
  })();
  return seed;
}
let acceptedSeed: ArchiveRecord[] | undefined;
