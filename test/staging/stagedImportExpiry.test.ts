import { afterAll, afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { graphql } from '../generated/gql.js';
import { removeTempDir, writeSample } from '../archive/zipForgery.js';
import { databases } from '../support/databases.js';
import { startTestRegistry, suiteRegistry, type TestRegistry } from '../support/testRegistry.js';
import { stagedObjectRows, staged } from './stagingHarness.js';

afterAll(removeTempDir);
// The clock is the test process's own: the registry under test runs in it.
afterEach(() => void vi.useRealTimers());

const Visible = graphql(`
  query StagingVisible($id: ID!) {
    stagedImport(id: $id) { id }
    stagedImports { id }
  }
`);

const HOUR_S = 3600;

describe.each(databases)('staged imports expire on $name', ({ create }) => {
  const registry = suiteRegistry(create, { STAGED_IMPORT_TTL_SECONDS: String(HOUR_S) });


  it('expires STAGED_IMPORT_TTL_SECONDS after staging', async () => {
    const { createdAt, expiresAt } = await staged(registry.admin, (await writeSample()).path);
    expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBe(HOUR_S * 1000);
  });

  it('is invisible as soon as it has expired', async () => {
    const { id, expiresAt } = await staged(registry.admin, (await writeSample()).path);
    vi.useFakeTimers({ toFake: ['Date'] });

    vi.setSystemTime(Date.parse(expiresAt) - 1);
    expect(await registry.admin.data(Visible, { id })).toEqual({ stagedImport: { id }, stagedImports: [{ id }] });
    vi.setSystemTime(Date.parse(expiresAt));
    expect(await registry.admin.data(Visible, { id })).toEqual({ stagedImport: null, stagedImports: [] });
  });

  it('is purged with its objects by the periodic sweep', async () => {
    // The sweep runs every TTL (at least a second): a registry of its own whose imports live a second.
    const shortDb = await create();
    const shortLived = await startTestRegistry(shortDb, { STAGED_IMPORT_TTL_SECONDS: '1' });
    onTestFinished(async () => {
      await shortLived.stop();
      await shortDb.drop();
    });
    // The sweep after expiry deletes the rows in one transaction: wait for that transaction's commit.
    const deleting = shortLived.queries.until(/delete from [`"]?staged_object\b/);
    const { id, objectCount } = await staged(shortLived.admin, (await writeSample()).path);
    expect(objectCount).toBeGreaterThan(0);
    await deleting;
    await shortLived.queries.until(/\] commit\b/);

    expect(await stagedObjectRows(shortLived, id)).toBe(0);
    const [row] = await shortLived.running.app.orm.em.fork().getConnection().execute('select count(*) as n from staged_import where id = ?', [id]);
    expect(Number((row as { n: number | string }).n)).toBe(0);
  });
});
