import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { at, records } from '../fixtures/records.js';
import { graphql } from '../generated/gql.js';
import { holdReferenceWrites } from '../support/commitHold.js';
import { databases, sharedDatabase, type TestDatabase } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import type { GraphQLClient } from '../support/graphqlClient.js';
import { commit, importRecord, stage } from '../support/importClient.js';
import { findSerialOrder, type Operation } from '../support/serialOrder.js';
import { writeTestArchive } from '../support/testArchives.js';
import { startTestRegistry, type TestRegistry } from '../support/testRegistry.js';

const EDITS = 10;

const RacedAsset = graphql(`
  query RacedAsset($uuid: ID!) { object(uuid: $uuid) { name timestamp ... on Asset { attributes } } }
`);

const UpdateAsset = graphql(`
  mutation RaceUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {
    updateAsset(uuid: $uuid, input: $input) { uuid name timestamp attributes }
  }
`);

/** What the race is about, per asset: the name an edit sets, the endpoint the archive brings, the clock. */
interface Copy {
  name: string;
  endpoint: string;
  timestamp: number;
}
type Registry = ReadonlyMap<string, Copy>;

const keyOf = (state: Registry) => JSON.stringify([...state].sort(([a], [b]) => a.localeCompare(b)));

/** The same organization, type and assets at `minute`, each asset with the endpoint of `mark`. */
function version(base: { org: ArchiveRecord; type: ArchiveRecord; assets: ArchiveRecord[] }, minute: number, mark: string): ArchiveRecord[] {
  const copies = base.assets.map((a) => ({ ...a, timestamp: at(minute), attributes: { endpoint: `https://${mark}.test` } }));
  return [base.org, base.type, ...copies];
}

/** The import as one operation: the archive's copy replaces an older one; its record says what it replaced. */
function importOperation(archive: ArchiveRecord[], replaced: ReadonlySet<string>): Operation<Registry> {
  return {
    name: 'import',
    apply: (state) => {
      const next = new Map(state);
      for (const record of archive) {
        const current = state.get(record.uuid);
        if (!current) continue; // the organization and the type: identical, not part of the race
        const newer = Date.parse(record.timestamp) > current.timestamp;
        if (newer !== replaced.has(record.uuid)) return null;
        if (newer) next.set(record.uuid, { name: record.name, endpoint: String(record.attributes.endpoint), timestamp: Date.parse(record.timestamp) });
      }
      return next;
    },
  };
}

/** An edit that answered success: it renamed the copy it read, and answered with what it wrote. */
function editOperation(uuid: string, name: string, answer: Copy): Operation<Registry> {
  return {
    name: `edit ${name}`,
    apply: (state) => {
      const before = state.get(uuid)!;
      const written = { ...before, name, timestamp: answer.timestamp };
      if (answer.timestamp <= before.timestamp || JSON.stringify(written) !== JSON.stringify(answer)) return null;
      return new Map(state).set(uuid, written);
    },
  };
}

async function copyIn(client: GraphQLClient, uuid: string): Promise<Copy> {
  const { object } = await client.data(RacedAsset, { uuid });
  if (!object || !('attributes' in object)) throw new Error(`asset ${uuid} is missing`);
  return { name: object.name, endpoint: String(object.attributes?.endpoint), timestamp: Date.parse(object.timestamp) };
}

/*
 * Issue 11, item 1: edits sent through two replicas of one PostgreSQL database while an import commit replacing
 * the same assets runs. The commit is held at its first reference write (through the database, see
 * commitHold.ts) until every edit waits on the database; then all go on. Each edit must land and survive, or fail
 * with a named code: the final state is that of some serial order of the import and the edits that succeeded.
 */
const postgresql = databases.find((d) => d.name === 'postgresql');

describe.skipIf(!postgresql)('registry edits racing an import commit on two replicas of one PostgreSQL database', () => {
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

  it('keeps every edit that answered success: the final state is that of a serial order', async () => {
    const org = records.organization();
    const organization = { uuid: org.uuid, name: org.name };
    const type = records.objectType({ organization });
    const assets = Array.from({ length: EDITS }, (_, i) => records.asset(type.uuid, { organization, name: `raced-${i}` }));
    const base = { org, type, assets };
    await commit(one.admin, { stagedImportId: (await stage(one.admin, await writeTestArchive(version(base, 1, 'first')))).id });
    const initial: Registry = new Map(await Promise.all(assets.map(async (a) => [a.uuid, await copyIn(one.admin, a.uuid)] as const)));
    const archive = version(base, 10, 'archive');
    const staged = await stage(one.admin, await writeTestArchive(archive));

    const hold = await holdReferenceWrites(db);
    const committing = commit(one.admin, { stagedImportId: staged.id });
    await hold.untilCommitWaits();
    const edits = assets.map((a, i) => {
      const client = (i % 2 === 0 ? one : two).admin;
      const name = `edited-${i}`;
      return { uuid: a.uuid, name, answer: client.request(UpdateAsset, { uuid: a.uuid, input: { name } }) };
    });
    await hold.untilWaiting(1 + EDITS);
    await hold.release();

    const record = await committing;
    expect(record.status).toBe('SUCCEEDED');
    const outcomes = (await importRecord(one.admin, record.id))!.outcomes.edges.map((e) => e.node);
    const replaced = new Set(outcomes.filter((o) => o.action === 'REPLACE').map((o) => o.uuid));
    const operations: Operation<Registry>[] = [importOperation(archive, replaced)];
    for (const edit of edits) {
      const res = await edit.answer;
      if (res.errors?.length) {
        // A refused edit is fine when it says why with a named code, and then it has no effect.
        expect(res.errors[0].extensions?.code).toMatch(/^(OBJECT_CHANGED|CONFLICT)$/);
        continue;
      }
      const answer = res.data!.updateAsset;
      operations.push(
        editOperation(edit.uuid, edit.name, { name: answer.name, endpoint: String(answer.attributes?.endpoint), timestamp: Date.parse(answer.timestamp) }),
      );
    }
    const final: Registry = new Map(await Promise.all(assets.map(async (a) => [a.uuid, await copyIn(two.admin, a.uuid)] as const)));
    const order = findSerialOrder(initial, operations, (state) => keyOf(state) === keyOf(final), keyOf);
    expect(order, `no serial order of ${operations.map((o) => o.name).join(', ')} ends in ${keyOf(final)}`).not.toBeNull();
    // The import decided its plan before any edit was sent, so every edit that landed came after it; and each
    // edit, having waited for the commit, applied to its result rather than failing.
    expect(order![0]).toBe('import');
    expect(operations).toHaveLength(1 + EDITS);
  });
});
