import { afterAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { removeTempDir, writeSample } from '../archive/zipForgery.js';
import { databases } from '../support/databases.js';
import { createUser } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';
import { staged, stagedObjectRows } from './stagingHarness.js';

afterAll(removeTempDir);

const StagedImport = graphql(`
  query StagingStagedImport($id: ID!) {
    stagedImport(id: $id) { id objectCount }
  }
`);

const StagedImports = graphql(`
  query StagingStagedImports {
    stagedImports { id }
  }
`);

const Discard = graphql(`
  mutation StagingDiscard($id: ID!) {
    discardStagedImport(id: $id)
  }
`);

describe.each(databases)('who sees a staged import on $name', ({ create }) => {
  const registry = suiteRegistry(create);

  it('any signed-in user may stage an archive, and it belongs to them', async () => {
    const user = await createUser(registry);
    const { id } = await staged(user.client, (await writeSample()).path);

    expect((await user.client.data(StagedImport, { id })).stagedImport).toMatchObject({ id, objectCount: 9 });
  });

  it('stagedImports lists the caller’s staged imports, newest first', async () => {
    const user = await createUser(registry);
    const older = await staged(user.client, (await writeSample()).path);
    const newer = await staged(user.client, (await writeSample()).path);

    expect((await user.client.data(StagedImports)).stagedImports).toEqual([{ id: newer.id }, { id: older.id }]);
  });

  it('another user, even an administrator, neither sees nor lists it', async () => {
    const user = await createUser(registry);
    const { id } = await staged(user.client, (await writeSample()).path);

    expect((await registry.admin.data(StagedImport, { id })).stagedImport).toBeNull();
    expect((await registry.admin.data(StagedImports)).stagedImports.map((s) => s.id)).not.toContain(id);
  });

  it('another user cannot discard it: NOT_FOUND, and it stays', async () => {
    const user = await createUser(registry);
    const other = await createUser(registry);
    const { id } = await staged(user.client, (await writeSample()).path);

    expect(await other.client.errorCode(Discard, { id })).toBe('NOT_FOUND');
    expect((await user.client.data(StagedImport, { id })).stagedImport).not.toBeNull();
  });

  it('the owner discards it, and its objects go with it', async () => {
    const user = await createUser(registry);
    const { id } = await staged(user.client, (await writeSample()).path);

    expect((await user.client.data(Discard, { id })).discardStagedImport).toBe(true);
    expect((await user.client.data(StagedImport, { id })).stagedImport).toBeNull();
    expect(await stagedObjectRows(registry, id)).toBe(0);
  });

  it('an unknown id is null for stagedImport and NOT_FOUND for discard', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await registry.admin.data(StagedImport, { id })).stagedImport).toBeNull();
    expect(await registry.admin.errorCode(Discard, { id })).toBe('NOT_FOUND');
  });
});
