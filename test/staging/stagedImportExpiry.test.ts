import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { removeTempDir, writeSample } from '../archive/zipForgery.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';
import { stagedObjectRows, staged } from './stagingHarness.js';

afterAll(removeTempDir);

const Visible = graphql(`
  query StagingVisible($id: ID!) {
    stagedImport(id: $id) { id }
    stagedImports { id }
  }
`);

describe.each(databases)('staged imports expire on $name', ({ create }) => {
  let db: TestDatabase;
  let registry: TestRegistry;

  beforeAll(async () => {
    db = await create();
    registry = await startTestRegistry(db, { STAGED_IMPORT_TTL_SECONDS: '1' });
  });
  afterAll(async () => {
    await registry.stop();
    await db.drop();
  });

  it('expires STAGED_IMPORT_TTL_SECONDS after staging', async () => {
    const { createdAt, expiresAt } = await staged(registry.admin, (await writeSample()).path);
    expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBe(1000);
  });

  it('is invisible as soon as it has expired', async () => {
    const { id, expiresAt } = await staged(registry.admin, (await writeSample()).path);
    await sleep(Math.max(0, Date.parse(expiresAt) - Date.now()) + 20);

    expect(await registry.admin.data(Visible, { id })).toEqual({ stagedImport: null, stagedImports: [] });
  });

  it('is purged with its objects by the periodic sweep', async () => {
    const { id } = await staged(registry.admin, (await writeSample()).path);
    const deadline = Date.now() + 5000;
    while ((await stagedObjectRows(registry, id)) > 0 && Date.now() < deadline) await sleep(100);

    expect(await stagedObjectRows(registry, id)).toBe(0);
    const [row] = await registry.running.app.orm.em.fork().getConnection().execute('select count(*) as n from staged_import where id = ?', [id]);
    expect(Number((row as { n: number | string }).n)).toBe(0);
  });
});
