import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_ENTRY } from '../../src/archive/record.js';
import { forgeArchive, removeTempDir } from '../archive/zipForgery.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { exportToFile, stage } from '../support/importClient.js';
import { startLoggedRegistry, type LoggedRegistry } from '../support/loggedRegistry.js';
import { createAsset, createObjectType, createOrganization, createUser } from '../support/registryBuilders.js';

interface Answer {
  status: number;
  type: string | null;
  requestIdHeader: string | null;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** The server's own paths, a stack frame, a library's name: none may show in an answer. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/node_modules|\/src\/|\/dist\/|\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|forge|<html|<!DOCTYPE/i);
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // asserted below: every answer is JSON
  }
  return { status: res.status, type: res.headers.get('content-type'), requestIdHeader: res.headers.get('x-request-id'), text, body };
}

function post(registry: LoggedRegistry, body: string, token: string | null = registry.adminToken, headers: Record<string, string> = {}): Promise<Answer> {
  return send(registry.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
}

function query(registry: LoggedRegistry, document: string, variables: Record<string, unknown> = {}, token: string | null = registry.adminToken) {
  return post(registry, JSON.stringify({ query: document, variables }), token);
}

/** A multipart request built by hand: `parts` in order, as a client that gets the spec wrong would send them. */
function multipart(registry: LoggedRegistry, parts: [string, string | Blob][], token: string | null = registry.adminToken): Promise<Answer> {
  const form = new FormData();
  for (const [name, value] of parts) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, value, 'archive.zip');
  }
  return send(registry.url, {
    method: 'POST',
    headers: { 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: form,
  });
}

const STAGE = 'mutation Stage($file: Upload!) { stageArchive(file: $file) { id } }';

function expectJsonError(answer: Answer, status: number, code: string): void {
  expect(answer.type).toMatch(/application\/(graphql-response\+)?json/);
  expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expectNoInternals(answer.text);
}

/*
 * What /graphql answers when a request fails: JSON with errors[].extensions.code whatever failed, 4xx for the
 * caller's mistakes, the status of a domain refusal (docs/security.md, "HTTP error answers"), never a stack, a
 * path of this server or a library's text.
 */
describe.each(databases)('HTTP error answers on $name', ({ create }) => {
  let db: TestDatabase;
  let registry: LoggedRegistry;

  beforeAll(async () => {
    db = await create();
    registry = await startLoggedRegistry(db);
  });
  afterAll(async () => {
    await registry?.stop();
    await db?.drop();
    await removeTempFiles();
    await removeTempDir();
  });

  it('answers a syntax error 400 GRAPHQL_PARSE_FAILED', async () => {
    expectJsonError(await query(registry, '{ registry { name '), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('answers a variable of the wrong type 400 BAD_USER_INPUT', async () => {
    const answer = await query(registry, 'query Page($n: Int!) { objects(first: $n) { totalCount } }', { n: 'ten' });
    expectJsonError(answer, 400, 'BAD_USER_INPUT');
  });

  it('answers a query over the cost limit 400 QUERY_TOO_COMPLEX', async () => {
    const answer = await query(registry, '{ objects(first: 1000) { edges { node { references { target { references { name } } } } } } }');
    expectJsonError(answer, 400, 'QUERY_TOO_COMPLEX');
  });

  it('answers a document over the token limit 400 GRAPHQL_PARSE_FAILED', async () => {
    const answer = await query(registry, `{ ${Array.from({ length: 6000 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expectJsonError(answer, 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('answers malformed JSON 400 BAD_REQUEST in JSON, to anonymous callers too', async () => {
    for (const token of [registry.adminToken, null]) expectJsonError(await post(registry, '{"query": "{ registry { name } }"', token), 400, 'BAD_REQUEST');
  });

  it('answers a body over the limit 413 PAYLOAD_TOO_LARGE in JSON', async () => {
    const answer = await post(registry, JSON.stringify({ query: '{ registry { name } }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } }));
    expectJsonError(answer, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a malformed multipart map 400 BAD_REQUEST in JSON', async () => {
    const answer = await multipart(registry, [
      ['operations', JSON.stringify({ query: STAGE, variables: { file: null } })],
      ['map', '{"0": ["variables.file"'],
      ['0', new Blob([Buffer.from('zip')])],
    ]);
    expectJsonError(answer, 400, 'BAD_REQUEST');
  });

  it('answers a multipart request without its file part 400 BAD_REQUEST', async () => {
    const answer = await multipart(registry, [
      ['operations', JSON.stringify({ query: STAGE, variables: { file: null } })],
      ['map', JSON.stringify({ 0: ['variables.file'] })],
    ]);
    expectJsonError(answer, 400, 'BAD_REQUEST');
  });

  it('answers multipart fields out of order 400 BAD_REQUEST in JSON', async () => {
    const answer = await multipart(registry, [
      ['map', JSON.stringify({ 0: ['variables.file'] })],
      ['operations', JSON.stringify({ query: STAGE, variables: { file: null } })],
    ]);
    expectJsonError(answer, 400, 'BAD_REQUEST');
  });

  it('says a garbage signature is unparseable without quoting the parser', async () => {
    const archive = await forgeArchive({ extra: [{ name: SIGNATURE_ENTRY, data: Buffer.from('not a signature at all') }] });
    const { readFile } = await import('node:fs/promises');
    const answer = await multipart(registry, [
      ['operations', JSON.stringify({ query: STAGE, variables: { file: null } })],
      ['map', JSON.stringify({ 0: ['variables.file'] })],
      ['0', new Blob([await readFile(archive)])],
    ]);
    expectJsonError(answer, 400, 'SIGNATURE_INVALID');
    expect(answer.body.errors![0]!.message).toBe('Signature invalid: unparseable: signature.p7s is not a DER-encoded CMS SignedData');
  });

  it('answers an internal error 500 with an error id that its log line carries', async () => {
    const connection = registry.running.app.orm.em.getConnection();
    await connection.execute('alter table exported_archive rename to exported_archive_away');
    let answer: Answer;
    try {
      answer = await query(registry, '{ exportedArchives { id } }');
    } finally {
      await connection.execute('alter table exported_archive_away rename to exported_archive');
    }
    expectJsonError(answer, 500, 'INTERNAL_SERVER_ERROR');
    const { errorId, requestId } = answer.body.errors![0]!.extensions!;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body.errors![0]!.message).toContain(String(errorId));
    expect(answer.text).not.toMatch(/exported_archive|sql|no such table|relation/i);
    const logged = registry.logs.find((line) => line.errorId === errorId);
    expect(logged).toMatchObject({ level: 50, requestId, err: expect.objectContaining({ message: expect.stringMatching(/exported_archive/) }) });
  });

  it('gives anonymous callers no field suggestions, and callers with a token theirs', async () => {
    const misspelt = '{ registri { name } }';
    const anonymous = await query(registry, misspelt, {}, null);
    expectJsonError(anonymous, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(anonymous.body.errors![0]!.message).toBe('Cannot query field "registri" on type "Query".');
    const admin = await query(registry, misspelt);
    expect(admin.body.errors![0]!.message).toMatch(/Did you mean "registry"/);
  });

  it('accepts the full introspection query GraphiQL and codegen send', async () => {
    const document = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const answer = await query(registry, document);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect((answer.body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it('answers the request id in a header and in every error', async () => {
    const answer = await query(registry, '{ registri }', {}, null);
    expect(answer.requestIdHeader).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body.errors!.map((e) => e.extensions?.requestId)).toEqual(answer.body.errors!.map(() => answer.requestIdHeader));
  });

  it('answers a refused download with the request id too', async () => {
    const answer = await send(`${registry.baseUrl}/archives/00000000-0000-4000-8000-000000000000`, { headers: { authorization: `Bearer ${registry.adminToken}` } });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ error: { code: 'NOT_FOUND', requestId: answer.requestIdHeader } });
  });

  it('answers UNAUTHENTICATED 401, FORBIDDEN 403 and NOT_FOUND 404', async () => {
    expectJsonError(await query(registry, '{ registry { name } }', {}, null), 401, 'UNAUTHENTICATED');
    expectJsonError(await query(registry, '{ registry { name } }', {}, 'not-a-token'), 401, 'UNAUTHENTICATED');
    const user = await createUser(registry);
    const forbidden = await query(registry, 'mutation { createUser(input: { name: "Forbidden" }) { uuid } }', {}, user.token);
    expectJsonError(forbidden, 403, 'FORBIDDEN');
    const missing = await query(registry, 'mutation { discardStagedImport(id: "00000000-0000-4000-8000-000000000000") }');
    expectJsonError(missing, 404, 'NOT_FOUND');
  });

  it('answers an overlong input 400 BAD_USER_INPUT', async () => {
    const answer = await query(registry, 'query Find($name: String!) { objects(first: 1, filter: { nameContains: $name }) { totalCount } }', { name: 'n'.repeat(5000) });
    expectJsonError(answer, 400, 'BAD_USER_INPUT');
  });

  it('answers a commit of a plan the registry outgrew 409 PLAN_STALE', async () => {
    const org = (await createOrganization(registry.admin)).uuid;
    const type = (await createObjectType(registry.admin, { organization: org })).uuid;
    const asset = (await createAsset(registry.admin, type, { organization: org })).uuid;
    const staged = await stage(registry.admin, await exportToFile(registry.admin, { objects: [asset] }));
    const answer = await query(registry, 'mutation Commit($id: ID!) { commitImport(input: { stagedImportId: $id, expectedPlanDigest: "0000" }) { status } }', { id: staged.id });
    expectJsonError(answer, 409, 'PLAN_STALE');
  });
});
