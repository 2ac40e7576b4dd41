import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { ImportRecordStore } from '../../src/import/records/importRecordStore.js';
import { abandonedRunningRecord } from '../fixtures/importRecords.js';
import { at, records } from '../fixtures/records.js';
import { databases, sharedDatabase, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { holdReferenceWrites } from '../support/commitHold.js';
import { commit, CommitImport, ImportHistory, importRecord, objectIn, stage } from '../support/importClient.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const SHARED = 40;
const OWN = 1500;

/** The same organization, type and SHARED assets in both archives (at `minute`, marked `mark`), plus OWN assets of their own. */
function overlapping(base: { org: ArchiveRecord; type: ArchiveRecord; shared: string[] }, minute: number, mark: string): ArchiveRecord[] {
  const organization = { uuid: base.org.uuid, name: base.org.name };
  const asset = (uuid: string, name: string) =>
    records.asset(base.type.uuid, { uuid, name, organization, timestamp: at(minute), attributes: { endpoint: `https://${mark}.test` } });
  return [
    base.org,
    base.type,
    ...base.shared.map((uuid, i) => asset(uuid, `shared-${i}`)),
    ...Array.from({ length: OWN }, (_, i) => asset(randomUUID(), `${mark}-${i}`)),
  ];
}

/*
 * Two replicas of one registry (two processes' worth of services on one PostgreSQL database) commit archives
 * that touch the same objects at the same moment. The advisory lock serializes the commits, so both succeed and
 * the result is that of one serial order: nothing is lost or applied over a stale plan.
 */
const postgresql = databases.find((d) => d.name === 'postgresql');

describe.skipIf(!postgresql)('concurrent commits on two replicas of one PostgreSQL database', () => {
  let db: TestDatabase;
  let replica: TestDatabase;
  let one: TestRegistry;
  let two: TestRegistry;

  beforeAll(async () => {
    db = await postgresql!.create();
    one = await startTestRegistry(db);
    replica = sharedDatabase(db);
    two = await startTestRegistry(replica, { REGISTRY_ADMIN_TOKEN: one.adminToken });
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await replica?.drop();
    await db?.drop();
    await removeTempFiles();
  });

  it('serializes overlapping commits: both succeed, and the state is that of one serial order', async () => {
    const base = { org: records.organization(), type: records.objectType(), shared: Array.from({ length: SHARED }, () => randomUUID()) };
    base.type.organization = { uuid: base.org.uuid, name: base.org.name };
    const older = await writeTestArchive(overlapping(base, 10, 'older'));
    const newer = await writeTestArchive(overlapping(base, 20, 'newer'));
    const [a, b] = await Promise.all([stage(one.admin, older), stage(two.admin, newer)]);
    const [first, second] = await Promise.all([
      commit(one.admin, { stagedImportId: a.id }),
      commit(two.admin, { stagedImportId: b.id }),
    ]);
    expect([first.status, second.status]).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    // They ran at the same time, so the lock, not luck, kept them apart.
    expect(Date.parse(first.startedAt)).toBeLessThan(Date.parse(second.finishedAt!));
    expect(Date.parse(second.startedAt)).toBeLessThan(Date.parse(first.finishedAt!));

    const olderFirst = first.counts.created === SHARED + OWN + 2 && second.counts.replaced === SHARED;
    const newerFirst = second.counts.created === SHARED + OWN + 2 && first.counts.rejected === SHARED;
    expect(olderFirst || newerFirst).toBe(true);
    // Either way the newer copy of every shared object wins, and every object of both archives is there.
    for (const uuid of base.shared.slice(0, 5)) {
      expect(await objectIn(one.admin, uuid)).toMatchObject({ timestamp: at(20), attributes: { endpoint: 'https://newer.test' } });
    }
    expect(first.counts.created + second.counts.created).toBe(SHARED + 2 * OWN + 2);
  });

  it('refuses a second commit of one staged import on another replica with IMPORT_ALREADY_COMMITTED', async () => {
    const chain = assetChain(20);
    const staged = await stage(one.admin, await writeTestArchive(chain));
    // The first commit is held at its first reference write; the second then waits for the commit lock.
    const hold = await holdReferenceWrites(db);
    const first = commit(one.admin, { stagedImportId: staged.id });
    await hold.untilCommitWaits();
    const second = two.admin.request(CommitImport, { input: { stagedImportId: staged.id } });
    await hold.untilWaiting(2);
    await hold.release();

    expect(await first).toMatchObject({ status: 'SUCCEEDED', counts: { created: chain.length } });
    const refused = await second;
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'IMPORT_ALREADY_COMMITTED', details: { stagedImportId: staged.id } });
    const history = (await two.admin.data(ImportHistory, { first: 50 })).importHistory.edges.map((e) => e.node);
    const ofThisImport = history.filter((r) => r.stagedImportId === staged.id);
    expect(ofThisImport.map((r) => [r.status, r.error?.code ?? null]).sort()).toEqual([
      ['FAILED', 'IMPORT_ALREADY_COMMITTED'],
      ['SUCCEEDED', null],
    ]);
  });

  it("tells a live replica's running import from one whose process is gone, whatever its age", async () => {
    const dir = sharedDatabase(db);
    const three = await startTestRegistry(dir, { REGISTRY_ADMIN_TOKEN: one.adminToken });
    let threeRunning = true;
    onTestFinished(async () => {
      if (threeRunning) await three.stop();
      await dir.drop();
    });
    const me = (await two.admin.data(ImportHistory, { first: 1 })).importHistory.edges[0].node.userUuid;
    const record = { ...abandonedRunningRecord(me), runner: three.running.app.processKey }; // its runner is alive
    await new ImportRecordStore(one.running.app.orm.em.fork() as SqlEntityManager).insert(record);
    expect(await importRecord(two.admin, record.id)).toMatchObject({ status: 'RUNNING' });
    await three.stop();
    threeRunning = false;
    expect(await importRecord(two.admin, record.id)).toMatchObject({ status: 'FAILED', error: { code: 'IMPORT_INTERRUPTED' } });
  });
});
