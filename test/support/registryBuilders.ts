import { graphql } from '../generated/gql.js';
import type { GraphQLClient } from './graphqlClient.js';
import type { TestRegistry } from './testRegistry.js';

/**
 * Small builders that create registry content through the public API, so tests state only what matters to
 * them. Names are unique per call.
 */

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 6)}`;

const CreateOrganization = graphql(`
  mutation BuilderCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { uuid name }
  }
`);

const CreateObjectType = graphql(`
  mutation BuilderCreateObjectType($input: CreateObjectTypeInput!) {
    createObjectType(input: $input) { uuid name }
  }
`);

const CreateAsset = graphql(`
  mutation BuilderCreateAsset($input: CreateAssetInput!) {
    createAsset(input: $input) { uuid name timestamp lifecycleState { uuid name } }
  }
`);

const CreateUser = graphql(`
  mutation BuilderCreateUser($input: CreateUserInput!) {
    createUser(input: $input) { uuid name }
  }
`);

const IssueToken = graphql(`
  mutation BuilderIssueToken($user: ID!, $name: String!) {
    issueToken(user: $user, name: $name) { token info { id } }
  }
`);

const GrantPermission = graphql(`
  mutation BuilderGrant($input: GrantPermissionInput!) {
    grantPermission(input: $input) { id }
  }
`);

export async function createOrganization(client: GraphQLClient, name = unique('org')) {
  return (await client.data(CreateOrganization, { input: { name } })).createOrganization;
}

export async function createObjectType(
  client: GraphQLClient,
  input: { name?: string; attributes?: { name: string; type: 'STRING' | 'URL' | 'INTEGER' | 'NUMBER' | 'BOOLEAN' | 'DATE'; required?: boolean }[]; organization?: string } = {},
) {
  const attributeDefinitions = (input.attributes ?? [{ name: 'endpoint', type: 'URL' }]).map((a) => ({ required: false, ...a }));
  return (await client.data(CreateObjectType, { input: { name: input.name ?? unique('type'), attributeDefinitions, organization: input.organization } }))
    .createObjectType;
}

export async function createAsset(
  client: GraphQLClient,
  objectType: string,
  input: { name?: string; organization?: string; version?: string; previousVersion?: string; attributes?: Record<string, unknown>; references?: { name: string; target: string }[] } = {},
) {
  return (await client.data(CreateAsset, { input: { name: input.name ?? unique('asset'), objectType, ...input } })).createAsset;
}

/** A user with a token and a client acting as that user. */
export async function createUser(
  registry: TestRegistry,
  input: { roles?: ('REGISTRY_ADMINISTRATOR' | 'TYPE_ADMINISTRATOR')[]; organization?: string; groups?: string[]; name?: string } = {},
) {
  const user = (await registry.admin.data(CreateUser, { input: { name: input.name ?? unique('user'), roles: input.roles ?? [], organization: input.organization, groups: input.groups ?? [] } })).createUser;
  const issued = (await registry.admin.data(IssueToken, { user: user.uuid, name: 'test' })).issueToken;
  return { ...user, token: issued.token, client: registry.admin.withToken(issued.token) };
}

export async function grant(
  client: GraphQLClient,
  input: { principal: string; right: 'VIEW' | 'EDIT' | 'CREATE'; object?: string; typeKey?: string; organization?: string },
) {
  return (await client.data(GrantPermission, { input })).grantPermission;
}
