import type { SqlEntityManager } from '@mikro-orm/knex';
import { beforeAll, describe, expect, it } from 'vitest';
import { RegistryObjectEntity } from '../../src/entities/index.js';
import { ObjectStore } from '../../src/registry/objectStore.js';
import { inRegistryTransaction } from '../../src/registry/registryTransaction.js';
import { databases } from '../support/databases.js';
import { createAsset, createObjectType } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

/*
 * The safety net under the registry write lock: a write that matches no row is an error with a named code, never
 * a success. The lock makes these races impossible through the API (editsDuringCommit.test.ts); here the row is
 * replaced or removed between the read and the write by hand, as an import replacing it would.
 */
describe.each(databases)('writes that match nothing on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let type: string;

  beforeAll(async () => {
    type = (await createObjectType(registry.admin)).uuid;
  });

  const fork = () => registry.running.app.orm.em.fork() as SqlEntityManager;

  it('fails with OBJECT_CHANGED to update an object replaced since it was read', async () => {
    const asset = await createAsset(registry.admin, type);
    const reader = fork();
    const stale = await reader.findOneOrFail(RegistryObjectEntity, { uuid: asset.uuid });
    // Replaced as an import replaces: deleted and inserted again, with the archive's (newer) timestamp.
    await inRegistryTransaction(fork(), async (tx) => {
      const row = await tx.findOneOrFail(RegistryObjectEntity, { uuid: asset.uuid });
      const copy = { ...row, name: 'imported copy', timestamp: new Date(row.timestamp.getTime() + 60_000) };
      await new ObjectStore(tx).remove(asset.uuid);
      await tx.insert(RegistryObjectEntity, copy);
    });
    const write = inRegistryTransaction(reader, async () => {
      stale.name = 'edited stale copy';
      stale.timestamp = new Date(stale.timestamp.getTime() + 1);
    });
    await expect(write).rejects.toMatchObject({ code: 'OBJECT_CHANGED', details: { id: asset.uuid } });
    expect(await fork().findOne(RegistryObjectEntity, { uuid: asset.uuid })).toMatchObject({ name: 'imported copy' });
  });

  it('fails with OBJECT_CHANGED to delete an object another writer deleted first', async () => {
    const asset = await createAsset(registry.admin, type);
    await inRegistryTransaction(fork(), (tx) => new ObjectStore(tx).remove(asset.uuid));
    await expect(inRegistryTransaction(fork(), (tx) => new ObjectStore(tx).remove(asset.uuid))).rejects.toMatchObject({ code: 'OBJECT_CHANGED' });
  });
});
