import { afterAll, describe, expect, it } from 'vitest';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import {
  commit,
  decisionsPage,
  ImportHistory,
  importRecord,
  meUuid,
  importArchive,
  planSummary,
  pollToEnd,
  preview,
  stage,
} from '../support/importClient.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';
import { createOrganization, createUser } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

/** The statements between the commit transaction's begin and its commit (the one that inserts objects). */
function commitTransaction(log: string[]): string[] {
  const firstInsert = log.findIndex((q) => /insert into [`"]?registry_object\b/.test(q));
  const begin = log.slice(0, firstInsert).findLastIndex((q) => /\] begin/.test(q));
  const end = log.findIndex((q, i) => i > firstInsert && /\] commit/.test(q));
  return log.slice(begin, end + 1);
}

describe.each(databases)('import pipelines and records on $name', ({ create }) => {
  const registry = suiteRegistry(create);

  afterAll(async () => {
    await removeTempFiles();
  });

  it('pages through the preview with filters, and summarizes the plan', async () => {
    const chain = assetChain(120);
    const staged = await stage(registry.admin, await writeTestArchive(chain));
    const first = (await decisionsPage(registry.admin, staged.id, { first: 50, filter: { kinds: ['ASSET'] } })).data!.stagedImport!.decisions;
    expect(first.edges.map((e) => e.node.name)).toEqual(chain.slice(2, 52).map((r) => r.name));
    expect(first).toMatchObject({ totalCount: 120, pageInfo: { hasNextPage: true } });
    const next = (await decisionsPage(registry.admin, staged.id, { first: 50, after: first.pageInfo.endCursor, filter: { kinds: ['ASSET'] } }))
      .data!.stagedImport!.decisions;
    expect(next.edges[0].node.name).toBe('asset-50');
    const selected = await preview(registry.admin, staged.id, { selection: [chain[121].uuid], filter: { reasons: ['INCLUDED_AS_DEPENDENCY'] } });
    expect(selected.nodes.length).toBeGreaterThan(2); // the chain behind the last asset is pulled in
    expect(selected.decision(chain[120].uuid).includedBy).toEqual([chain[121].uuid]);
    const summary = await planSummary(registry.admin, staged.id);
    expect(summary).toMatchObject({ planDigest: first.planDigest, counts: { create: 122 }, blocking: [] });
  });

  it('serves later preview pages from the memory plan, without reading the archive or the registry again', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(assetChain(300)));
    const page = await decisionsPage(registry.admin, staged.id, { first: 10 });
    registry.queries.reset();
    await decisionsPage(registry.admin, staged.id, { first: 10, after: page.data!.stagedImport!.decisions.pageInfo.endCursor });
    expect(registry.queries.list.filter((q) => /staged_object/.test(q))).toEqual([]);
    // The registry revision moves only with this registry's own writes, on either database: none happened, so
    // the memory plan is the plan and the registry is not read again.
    // The planning view reads objects with `editable` last; the explorer's rows (view_content …) are not it.
    const viewReads = registry.queries.list.filter((q) => /editable[`"] from [`"]registry_object/.test(q) && !/view_content/.test(q));
    expect(viewReads).toEqual([]);
  });

  it('keeps answering reads while a large archive is being staged', async () => {
    const archive = await writeTestArchive(assetChain(10_000));
    // No earlier warm-up or plan store begins a transaction meanwhile: the next one to begin is the staging's.
    await registry.running.app.importPlans.idle();
    const begun = registry.queries.until(/\] begin\b/);
    const staging = stage(registry.admin, archive).then(() => 'staged');
    await begun; // the staging transaction has begun: its 10,000 objects are yet to be parsed and inserted
    const read = meUuid(registry.admin).then(() => 'read'); // the bearer token alone is a database read
    expect(await Promise.race([staging, read])).toBe('read');
    await staging;
  });

  it('serves reads while a large commit writes, and runs a mutation asked meanwhile once it has ended', async () => {
    // Two write batches of 5000 lines: the read and the mutation are asked once the first has been written.
    const staged = await stage(registry.admin, await writeTestArchive(assetChain(10_000)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    const writing = registry.queries.until(/insert into [`"]?registry_object\b/);
    const running = await commit(registry.admin, { stagedImportId: staged.id, wait: false });
    await writing;
    const mutation = createOrganization(registry.admin);
    const readAt = await meUuid(registry.admin).then(() => Date.now());
    const ended = (await pollToEnd(registry.admin, running.id)).at(-1)!;
    expect(ended.status).toBe('SUCCEEDED');
    expect(readAt).toBeLessThan(new Date(ended.finishedAt!).getTime());
    expect((await mutation).uuid).toEqual(expect.any(String));
  });

  it('plans the default preview as soon as an archive is staged: its first page reads no staged record', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(assetChain(300)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    registry.queries.reset();
    const page = await decisionsPage(registry.admin, staged.id, { first: 10 });
    expect(page.data!.stagedImport!.decisions.edges).toHaveLength(10);
    expect(registry.queries.list.filter((q) => /staged_object/.test(q))).toEqual([]);
  });

  it('commits the stored plan of its preview in one transaction: outcomes copied, registry written a range of lines at a time', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(assetChain(2500)));
    registry.queries.reset();
    const record = await commit(registry.admin, { stagedImportId: staged.id });
    expect(record.counts.created).toBe(2502);
    const tx = commitTransaction(registry.queries.list);
    expect(tx.filter((q) => /\] (begin|commit|rollback)/.test(q))).toHaveLength(2);
    expect(tx.filter((q) => /select .* from [`"]?staged_object\b/.test(q))).toEqual([]); // nothing planned again
    expect(tx.filter((q) => /insert into [`"]?import_outcome\b.* select /s.test(q))).toHaveLength(1);
    expect(tx.filter((q) => /insert into [`"]?registry_object\b/.test(q))).toHaveLength(1); // one per 5000 lines
    expect(tx.filter((q) => /insert into [`"]?object_reference\b/.test(q))).toHaveLength(1);
    expect(tx.filter((q) => /^\[query\] (update|delete)/.test(q) && !/import_record/.test(q))).toEqual([]);
    expect(tx.length).toBeLessThan(40);
  });

  it('commits options nobody previewed by planning in its transaction: outcomes in batched inserts', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(assetChain(2500)));
    await registry.running.app.importPlans.warmupDone(staged.id);
    registry.queries.reset();
    const record = await commit(registry.admin, { stagedImportId: staged.id, options: { keepLifecycleState: true } });
    expect(record.counts.created).toBe(2502);
    const tx = commitTransaction(registry.queries.list);
    expect(tx.filter((q) => /\] (begin|commit|rollback)/.test(q))).toHaveLength(2);
    expect(tx.filter((q) => /insert into [`"]import_outcome[`"]/.test(q))).toHaveLength(3);
    expect(tx.filter((q) => /insert into [`"]?registry_object\b/.test(q))).toHaveLength(1);
  });

  it('returns the running record at once with wait: false, and polling follows it to the end', async () => {
    const staged = await stage(registry.admin, await writeTestArchive(assetChain(3000)));
    const running = await commit(registry.admin, { stagedImportId: staged.id, wait: false });
    expect(running).toMatchObject({ status: 'RUNNING', phase: 'PLANNING', finishedAt: null });
    const seen = await pollToEnd(registry.admin, running.id);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ status: 'SUCCEEDED', phase: 'DONE', counts: { created: 3002 } });
    expect(last.done).toBe(last.total);
    expect(seen.slice(0, -1).every((r) => r.status === 'RUNNING')).toBe(true);
  });

  it('stages and commits in one call with importArchive', async () => {
    const res = await importArchive(registry.admin, await writeTestArchive(assetChain(5)));
    expect(res.errors).toBeUndefined();
    expect(res.data!.importArchive).toMatchObject({ status: 'SUCCEEDED', trust: 'UNSIGNED', counts: { created: 7 } });
  });

  it('lists the caller’s imports in the history, newest first; administrators see everyone’s', async () => {
    const otherAdmin = await createUser(registry, { roles: ['REGISTRY_ADMINISTRATOR'] });
    const typeAdmin = await createUser(registry, { roles: ['TYPE_ADMINISTRATOR'] });
    const theirs = await commit(otherAdmin.client, { stagedImportId: (await stage(otherAdmin.client, await writeTestArchive(assetChain(1)))).id });
    const own = await commit(typeAdmin.client, { stagedImportId: (await stage(typeAdmin.client, await writeTestArchive(assetChain(1)))).id });
    expect(own.counts).toMatchObject({ created: 0, skipped: 3 }); // creating an organization needs REGISTRY_ADMINISTRATOR
    const ownHistory = (await typeAdmin.client.data(ImportHistory, { first: 10 })).importHistory.edges.map((e) => e.node.id);
    expect(ownHistory).toEqual([own.id]);
    const all = (await registry.admin.data(ImportHistory, { first: 3 })).importHistory;
    expect(all.edges.map((e) => e.node.id).slice(0, 2)).toEqual([own.id, theirs.id]);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const older = (await registry.admin.data(ImportHistory, { first: 50, after: all.pageInfo.endCursor })).importHistory.edges;
    const ids = [...all.edges, ...older].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(5);
  });
});
