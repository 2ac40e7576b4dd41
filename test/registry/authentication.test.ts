import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { graphql } from '../generated/gql.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { createUser } from '../support/registryBuilders.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const Me = graphql(`
  query AuthMe {
    me { uuid name roles }
  }
`);

const RevokeToken = graphql(`
  mutation AuthRevokeToken($id: ID!) {
    revokeToken(id: $id) { id revokedAt }
  }
`);

const IssueOwnToken = graphql(`
  mutation AuthIssueOwnToken($name: String!) {
    issueToken(name: $name) { token info { id name } }
  }
`);

describe.each(databases)('authentication on $name', ({ create }) => {
  let db: TestDatabase;
  let registry: TestRegistry;

  beforeAll(async () => {
    db = await create();
    registry = await startTestRegistry(db);
  });
  afterAll(async () => {
    await registry.stop();
    await db.drop();
  });

  it('writes the first administrator token to admin.token with mode 0600', () => {
    const mode = statSync(path.join(db.dataDir, 'admin.token')).mode & 0o777;
    expect(mode).toBe(0o600);
  });

  it('answers a request without a token with UNAUTHENTICATED', async () => {
    const res = await registry.admin.withToken(null).request(Me);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('answers an unknown token with UNAUTHENTICATED', async () => {
    expect(await registry.admin.withToken('rb_not-a-real-token').errorCode(Me)).toBe('UNAUTHENTICATED');
  });

  it('identifies the administrator by its token', async () => {
    const { me } = await registry.admin.data(Me);
    expect(me).toMatchObject({ name: 'administrator', roles: ['REGISTRY_ADMINISTRATOR'] });
  });

  it('lets a user issue a token for itself that then authenticates', async () => {
    const user = await createUser(registry);
    const issued = (await user.client.data(IssueOwnToken, { name: 'ci' })).issueToken;
    const { me } = await user.client.withToken(issued.token).data(Me);
    expect(me?.uuid).toBe(user.uuid);
  });

  it('refuses a revoked token', async () => {
    const user = await createUser(registry);
    const issued = (await user.client.data(IssueOwnToken, { name: 'short-lived' })).issueToken;
    await user.client.data(RevokeToken, { id: issued.info.id });
    expect(await user.client.withToken(issued.token).errorCode(Me)).toBe('UNAUTHENTICATED');
  });

  it("forbids a user to issue tokens for someone else", async () => {
    const user = await createUser(registry);
    const other = await createUser(registry);
    const res = await user.client.request(
      graphql(`
        mutation AuthIssueForOther($user: ID!) {
          issueToken(user: $user, name: "x") { token }
        }
      `),
      { user: other.uuid },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('REGISTRY_ADMIN_TOKEN', () => {
  it('sets the administrator token instead of writing a token file', async () => {
    const db = await databases[0].create();
    const token = 'automation-token-0123456789abcdef';
    const registry = await startTestRegistry(db, { REGISTRY_ADMIN_TOKEN: token });
    onTestFinished(async () => {
      await registry.stop();
      await db.drop();
    });
    const { me } = await registry.admin.data(Me);
    expect(me?.name).toBe('administrator');
    expect(() => statSync(path.join(db.dataDir, 'admin.token'))).toThrow();
  });
});
