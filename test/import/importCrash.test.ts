import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { CrashEveryObjectQuery } from '../generated/graphql.js';
import { holdReferenceWrites, untilOtherSessionsEnd } from '../support/commitHold.js';
import { spawnRegistry, type ChildRegistry } from '../support/childRegistry.js';
import { databases, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { ensureServerBuilt } from '../support/serverBuild.js';
import { GraphQLClient } from '../support/graphqlClient.js';
import { commit, importRecord, objectIn, stage } from '../support/importClient.js';
import { assetChain, writeTestArchive } from '../support/testArchives.js';

/**
 * SQLite has no way to hold a commit from outside (WAL: readers never block it; a held write lock stops it before
 * its first write): three batches of WRITE_LINES (5000) registry writes, the kill lands once the first is written,
 * with two still to go in the same transaction. Larger only makes planning longer, not the kill surer.
 */
const LARGE = 15_000;
/**
 * PostgreSQL: the commit is held at its first reference write (commitHold.ts), its objects inserted in the open
 * transaction; the kill lands there whatever the size, so a small archive suffices.
 */
const HELD = 200;

const EveryObject = graphql(`
  query CrashEveryObject($after: String) {
    objects(first: 200, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { uuid kind name timestamp ownerUuid references { name targetUuid } ... on Asset { attributes } } }
    }
  }
`);

/** How many objects the registry holds, and a digest of all of them (content and references). */
async function snapshot(client: GraphQLClient): Promise<{ count: number; digest: string }> {
  const hash = createHash('sha256');
  let after: string | null | undefined = null;
  let count = 0;
  do {
    const result: CrashEveryObjectQuery = await client.data(EveryObject, { after });
    count = result.objects.totalCount;
    for (const edge of result.objects.edges) hash.update(JSON.stringify(edge.node));
    after = result.objects.pageInfo.hasNextPage ? result.objects.pageInfo.endCursor : null;
  } while (after);
  return { count, digest: hash.digest('hex') };
}

/** Polls until the import writes objects, so the kill lands in the middle of the commit transaction. */
async function untilWriting(client: GraphQLClient, id: string): Promise<void> {
  for (;;) {
    const record = await importRecord(client, id);
    if (record?.status !== 'RUNNING') throw new Error(`the import ended before the kill: ${JSON.stringify(record)}`);
    if (record.phase === 'WRITING' && record.done > 0) return; // else look again: each look is a request answered
  }
}

// Once for the file: a no-op when dist/ is current; under serverBuild.ts's lock, as the other suites that run the
// server as a child build it too (two builds writing dist/ at once would let a child start from half-written files).
beforeAll(() => ensureServerBuilt(), 300_000);

/*
 * The real server (node dist/src/main.js) is killed with SIGKILL in the middle of a large commit and started
 * again on the same data: the registry holds exactly what it held before, and the import is recorded as
 * interrupted.
 */
describe.each(databases)('a crash in the middle of a commit on $name', ({ create }) => {
  const token = `rb_crash_${randomBytes(16).toString('hex')}`;
  let db: TestDatabase;
  let server: ChildRegistry | null = null;

  beforeAll(async () => {
    db = await create();
  });
  afterAll(async () => {
    await server?.kill('SIGTERM');
    await db?.drop();
    await removeTempFiles();
  });

  it('leaves the registry exactly as it was before the commit', async () => {
    server = await spawnRegistry(db, token);
    let admin = new GraphQLClient(server.url, token);
    await commit(admin, { stagedImportId: (await stage(admin, await writeTestArchive(assetChain(40)))).id });
    const before = await snapshot(admin);

    const size = db.databaseUrl ? HELD : LARGE;
    const large = assetChain(size);
    const staged = await stage(admin, await writeTestArchive(large));
    const hold = db.databaseUrl ? await holdReferenceWrites(db) : null;
    const running = await commit(admin, { stagedImportId: staged.id, wait: false });
    if (hold) await hold.untilCommitWaits();
    else await untilWriting(admin, running.id);
    await server.kill('SIGKILL');
    if (hold) {
      // The killed server's session, blocked on the lock, notices its client is gone only once it runs again:
      // let it, and wait until it (and its open transaction) has ended, as it would have at once unblocked.
      await hold.release();
      await untilOtherSessionsEnd(db);
    }

    server = await spawnRegistry(db, token);
    admin = new GraphQLClient(server.url, token);
    expect(await snapshot(admin)).toEqual(before);
    for (const record of [large[0], large[1], large[2], large[size]]) expect(await objectIn(admin, record.uuid)).toBeNull();
    // On PostgreSQL the record names its process, whose liveness lock died with it: interrupted at once there too.
    expect(await importRecord(admin, running.id)).toMatchObject({ status: 'FAILED', error: { code: 'IMPORT_INTERRUPTED' } });
  }, 240_000);

  it('keeps the record a client was given when killed right after commitImport(wait: false) answered', async () => {
    server ??= await spawnRegistry(db, token);
    let admin = new GraphQLClient(server.url, token);
    const chain = assetChain(2000);
    const staged = await stage(admin, await writeTestArchive(chain));
    const running = await commit(admin, { stagedImportId: staged.id, wait: false });
    await server.kill('SIGKILL');

    server = await spawnRegistry(db, token);
    admin = new GraphQLClient(server.url, token);
    const record = await importRecord(admin, running.id);
    expect(record).toMatchObject({ id: running.id, stagedImportId: staged.id });
    // Whether the commit got to its end before the kill or not, the registry holds all of it or none of it.
    const landed = record!.status === 'SUCCEEDED';
    if (!landed) expect(record).toMatchObject({ status: 'FAILED', error: { code: 'IMPORT_INTERRUPTED' } });
    for (const written of [chain[2], chain[chain.length - 1]]) expect((await objectIn(admin, written.uuid)) !== null).toBe(landed);
  }, 240_000);
});
