import { describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ImportRecordEntity } from '../../src/entities/index.js';
import { endInterruptedImports } from '../../src/import/records/interruptedImports.js';
import { ImportRecordStore } from '../../src/import/records/importRecordStore.js';
import { abandonedRunningRecord } from '../fixtures/importRecords.js';
import { databases } from '../support/databases.js';
import { ImportHistory, importRecord, meUuid } from '../support/importClient.js';
import { restartableSuiteRegistry } from '../support/testRegistry.js';

/*
 * A record a dead process left RUNNING is ended by recovery (at start-up, and on PostgreSQL periodically), never
 * by a query: a reader is shown it as interrupted, and the stored row is left as it is.
 */
describe.each(databases)('interrupted imports on $name', ({ create }) => {
  const { registry, restart } = restartableSuiteRegistry(create);

  async function storedStatus(id: string): Promise<string | undefined> {
    const em = registry.running.app.orm.em.fork() as SqlEntityManager;
    return (await em.findOne(ImportRecordEntity, { id }, { fields: ['status'] }))?.status;
  }

  async function abandoned(): Promise<string> {
    const record = abandonedRunningRecord(await meUuid(registry.admin));
    await new ImportRecordStore(registry.running.app.orm.em.fork() as SqlEntityManager).insert(record);
    return record.id;
  }

  it('shows a record whose process is gone as interrupted, to importRecord and importHistory, and writes nothing', async () => {
    const id = await abandoned();
    expect(await importRecord(registry.admin, id)).toMatchObject({ status: 'FAILED', error: { code: 'IMPORT_INTERRUPTED' } });
    const history = (await registry.admin.data(ImportHistory, { first: 50 })).importHistory.edges.map((e) => e.node);
    expect(history.find((r) => r.id === id)).toMatchObject({ status: 'FAILED', error: { code: 'IMPORT_INTERRUPTED' } });
    expect(await storedStatus(id)).toBe('RUNNING');
  });

  it('recovery ends such a record as FAILED with IMPORT_INTERRUPTED', async () => {
    const id = await abandoned();
    const em = registry.running.app.orm.em.fork() as SqlEntityManager;
    expect((await endInterruptedImports(em)).ended).toBeGreaterThanOrEqual(1);
    expect(await storedStatus(id)).toBe('FAILED');
    expect(await importRecord(registry.admin, id)).toMatchObject({ status: 'FAILED', error: { code: 'IMPORT_INTERRUPTED' } });
  });

  it('a restart ends the records left RUNNING before the service answers', async () => {
    const id = await abandoned();
    await restart();
    expect(await storedStatus(id)).toBe('FAILED');
    expect(await importRecord(registry.admin, id)).toMatchObject({ status: 'FAILED', error: { code: 'IMPORT_INTERRUPTED' } });
  });
});
