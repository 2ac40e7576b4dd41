import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLInputType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { STRING_BOUNDS, stringKindOf } from '../../src/graphql/inputBounds.js';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { createObjectType } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const IssueToken = graphql(`
  mutation BoundsIssueToken($name: String!) { issueToken(name: $name) { info { id name } } }
`);

const Tokens = graphql(`
  query BoundsTokens { tokens { id name } }
`);

const CreateAsset = graphql(`
  mutation BoundsCreateAsset($input: CreateAssetInput!) { createAsset(input: $input) { uuid } }
`);

const Search = graphql(`
  query BoundsSearch($text: String!) { objects(first: 1, filter: { nameContains: $text }) { edges { node { uuid } } } }
`);

const CountByName = graphql(`
  query BoundsCountByName { objects(first: 200, filter: { kinds: [ASSET] }) { edges { node { name } } } }
`);

const SCHEMA = buildSchema(readFileSync(path.resolve(import.meta.dirname, '../../src/schema/schema.graphql'), 'utf8'));

/** Every String input of the schema, as `Parent.name`, with the kind of bound it gets. */
function stringInputs(): Map<string, string> {
  const found = new Map<string, string>();
  const note = (parent: string, name: string, type: GraphQLInputType) => {
    if (getNamedType(type).name === 'String') found.set(`${parent}.${name}`, stringKindOf(parent, name));
  };
  for (const type of Object.values(SCHEMA.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type)) for (const field of Object.values(type.getFields())) for (const arg of field.args) note(field.name, arg.name, arg.type);
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) note(type.name, field.name, field.type);
  }
  return found;
}

describe('the bounds of string inputs', () => {
  it('name a kind of bound for every String input of the schema', () => {
    const unnamed = [...stringInputs()].filter(([, kind]) => kind === 'other').map(([at]) => at);
    expect(unnamed, 'give these inputs a kind in src/graphql/inputBounds.ts (and docs/security.md)').toEqual([]);
  });
});

/*
 * Issue 11, item 9: every string input of the API is bounded, refused with BAD_USER_INPUT before any work.
 */
describe.each(databases)('string inputs over their bound on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let type: string;

  beforeAll(async () => {
    type = (await createObjectType(registry.admin)).uuid;
  });

  const assetNames = async () => (await registry.admin.data(CountByName)).objects.edges.map((e) => e.node.name);

  it('refuses a 3.9 MB token name with BAD_USER_INPUT naming the bound, and issues nothing', async () => {
    const before = (await registry.admin.data(Tokens)).tokens.length;
    const res = await registry.admin.request(IssueToken, { name: 'n'.repeat(3_900_000) });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { path: 'issueToken.name', length: 3_900_000, maxLength: STRING_BOUNDS.shortName },
    });
    expect((await registry.admin.data(Tokens)).tokens).toHaveLength(before);
  });

  it('accepts a string of exactly its bound', async () => {
    const name = 't'.repeat(STRING_BOUNDS.shortName);
    expect((await registry.admin.data(IssueToken, { name })).issueToken.info.name).toBe(name);
  });

  it('refuses an overlong description and an overlong attribute value inside JSON, writing nothing', async () => {
    const description = await registry.admin.request(CreateAsset, {
      input: { name: 'too-long-description', objectType: type, description: 'd'.repeat(STRING_BOUNDS.description + 1) },
    });
    expect(description.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { path: 'createAsset.input.description' } });
    const attribute = await registry.admin.request(CreateAsset, {
      input: { name: 'too-long-attribute', objectType: type, attributes: { notes: ['fine', 'a'.repeat(STRING_BOUNDS.jsonString + 1)] } },
    });
    expect(attribute.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { maxLength: STRING_BOUNDS.jsonString } });
    expect(await assetNames()).not.toEqual(expect.arrayContaining(['too-long-description']));
    expect(await assetNames()).not.toEqual(expect.arrayContaining(['too-long-attribute']));
  });

  it('refuses an overlong literal written in the query, and one in a query argument', async () => {
    const literal = await registry.admin.request(`mutation { createOrganization(input: { name: "${'o'.repeat(STRING_BOUNDS.name + 1)}" }) { uuid } }`);
    expect(literal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { path: 'createOrganization.input.name' } });
    const search = await registry.admin.request(Search, { text: 's'.repeat(STRING_BOUNDS.name + 1) });
    expect(search.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { path: 'objects.filter.nameContains' } });
  });

  it('refuses an overlong ID', async () => {
    const res = await registry.admin.request(`query { object(uuid: "${'u'.repeat(STRING_BOUNDS.identifier + 1)}") { uuid } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { path: 'object.uuid', maxLength: STRING_BOUNDS.identifier } });
  });
});
