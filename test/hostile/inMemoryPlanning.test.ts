import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, type TestDatabase } from '../support/databases.js';
import { EventLoopWatchdog } from '../support/eventLoopWatchdog.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, decisionsPage, planSummary, stage } from '../support/importClient.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

/*
 * A staged import of PLAN_IN_MEMORY_MAX_OBJECTS (25k) objects is planned in memory, on the request's event loop:
 * planning it in one piece held the loop 0.6-1.3 s. Every request that plans it or reads its plan (the warm-up
 * after staging, the first preview page, a preview with other options, a selection change, the commit) must let
 * other requests in, as the hostile suite's watchdog measures it: no stall above 200 ms.
 */

const MAX_STALL_MS = 200;
const OBJECTS = 25_000;

const ChangedSummary = `
  query InMemoryPlanningChange($id: ID!, $change: SelectionChangeInput) {
    stagedImport(id: $id) { planSummary(selectionChange: $change) { planDigest } }
  }
`;

describe.each(databases)('planning %s objects in memory on $name'.replace('%s', '25k'), ({ create }) => {
  let db: TestDatabase;
  let registry: TestRegistry;
  let archive: string;
  const chain = assetChain(OBJECTS - 2); // an organization, a type and assets each referencing the two before

  beforeAll(async () => {
    db = await create();
    registry = await startTestRegistry(db);
    archive = await writeTestArchive(chain);
    // Once through staging, planning and committing first: compiling the server's code is no stall of a request.
    const warm = await stage(registry.admin, await writeTestArchive(assetChain(3)));
    await registry.running.app.importPlans.warmupDone(warm.id);
    await planSummary(registry.admin, warm.id, { options: { allowReplace: true } });
  }, 240_000);
  afterAll(async () => {
    await registry?.stop();
    await db?.drop();
    await removeTempFiles();
  });

  /** Asks /healthz again as soon as it answers, until `done` settles: the statuses it answered with. */
  async function healthzWhile<T>(done: Promise<T>): Promise<{ result: T; statuses: number[] }> {
    let finished = false;
    const settled = done.finally(() => (finished = true));
    const statuses: number[] = [];
    while (!finished) statuses.push((await fetch(`${registry.baseUrl}/healthz`)).status);
    return { result: await settled, statuses };
  }

  it('the warm-up, the first preview page, a preview with other options, a selection change and the commit each hold the event loop at most 200 ms', async () => {
    const watchdog = new EventLoopWatchdog();
    watchdog.start();
    const staged = await stage(registry.admin, archive);
    expect(staged.objectCount).toBe(OBJECTS);
    watchdog.lap('staging');
    await registry.running.app.importPlans.warmupDone(staged.id);
    watchdog.lap('the warm-up plan after staging');
    const first = await decisionsPage(registry.admin, staged.id);
    expect(first.errors).toBeUndefined();
    watchdog.lap('the first preview page');
    const other = await healthzWhile(planSummary(registry.admin, staged.id, { options: { allowReplace: true } }));
    expect(other.result.counts.create).toBe(OBJECTS);
    expect(other.statuses.length).toBeGreaterThan(0);
    expect(new Set(other.statuses)).toEqual(new Set([200]));
    watchdog.lap('a preview with other options');
    const changed = await registry.admin.request(ChangedSummary, { id: staged.id, change: { deselect: [chain[chain.length - 1]!.uuid] } });
    expect(changed.errors).toBeUndefined();
    watchdog.lap('a selection change');
    const committed = await commit(registry.admin, { stagedImportId: staged.id, wait: true });
    expect(committed.counts.created).toBe(OBJECTS);
    watchdog.stop('the commit');
    // Planning runs in steps (planInSteps.ts), the closure between its passes too (closure.ts), and the preview's
    // scans over a whole plan in memory (its lookup by UUID, totals, selection: decisionPages.ts): on a loaded CI
    // machine the first page and a selection change held the loop 201-588 ms before the last two were stepped.
    expect([...watchdog.laps.keys()]).toEqual([
      'staging',
      'the warm-up plan after staging',
      'the first preview page',
      'a preview with other options',
      'a selection change',
      'the commit',
    ]);
    for (const [name, ms] of watchdog.laps) expect(ms, `the longest event-loop stall in ${name} was ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_STALL_MS);
  }, 600_000);
});
