import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { graphql } from '../generated/gql.js';
import type { ImportOptionsInput } from '../generated/graphql.js';
import { records } from '../fixtures/records.js';
import { databases } from '../support/databases.js';
import { removeTempFiles, setProtection } from '../support/exportBuilders.js';
import type { GraphQLClient } from '../support/graphqlClient.js';
import { stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { writeTestArchive } from '../support/testArchives.js';
import { suiteRegistry, type TestRegistry } from '../support/testRegistry.js';

const Changes = graphql(`
  query FieldChangesPreview($id: ID!, $options: ImportOptionsInput, $first: Int!) {
    stagedImport(id: $id) {
      decisions(options: $options, first: $first) {
        edges {
          node {
            uuid action reasons { code }
            changes { totalCount truncated contentWithheld entries { path before after cut } }
          }
        }
      }
    }
  }
`);

const CreateModel = graphql(`
  mutation FieldChangesModel($input: CreateLifecycleModelInput!) {
    createLifecycleModel(input: $input) { uuid ... on LifecycleModel { states { uuid name } } }
  }
`);

/** The counter of decisions whose changes were computed, from /metrics. */
async function computedChanges(registry: TestRegistry): Promise<number> {
  const text = await (await fetch(`${registry.baseUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('registry_preview_field_changes_total '));
  return Number(line?.split(' ')[1] ?? 0);
}

/*
 * What changes, field by field: a preview lists, for the decisions a page asks for, the difference between the
 * registry's copy and the archive's (REPLACE: what the import writes), bounded, and only what its user may see.
 */
describe.each(databases)('field changes in the preview on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let org: { uuid: string; name: string };
  let type: string;
  let live: { uuid: string; name: string };
  let model: string;
  let author: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    org = await createOrganization(registry.admin);
    type = (await createObjectType(registry.admin, { organization: org.uuid, attributes: [{ name: 'endpoint', type: 'URL' }, { name: 'tier', type: 'INTEGER' }] })).uuid;
    const made = (
      await registry.admin.data(CreateModel, {
        input: {
          name: `model-${randomUUID()}`,
          organization: org.uuid,
          status: 'PRODUCTIVE',
          states: [{ name: 'Designed' }, { name: 'Live' }],
          initialState: 'Designed',
          endStates: ['Live'],
          transitions: [{ from: 'Designed', to: 'Live' }],
          objectTypes: [type],
        },
      })
    ).createLifecycleModel;
    model = made.uuid;
    live = (made as { states: { uuid: string; name: string }[] }).states.find((s) => s.name === 'Live')!;
    author = await createUser(registry, { organization: org.uuid });
    await grant(registry.admin, { principal: author.uuid, right: 'CREATE', typeKey: type, organization: org.uuid });
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  const organization = () => ({ uuid: org.uuid, name: org.name });
  const later = (timestamp: string) => new Date(Date.parse(timestamp) + 3_600_000).toISOString();

  /** An asset made by the author, and the archive record that is an exact copy of it. */
  async function authored(input: { attributes?: Record<string, unknown>; references?: { name: string; target: string }[] } = {}) {
    const attributes = input.attributes ?? { endpoint: 'https://a.example.test', tier: 1 };
    const made = await createAsset(author.client, type, { organization: org.uuid, version: '1.0', attributes, references: input.references });
    const copy = records.asset(type, {
      uuid: made.uuid,
      name: made.name,
      organization: organization(),
      owner: { uuid: author.uuid, name: author.name },
      timestamp: made.timestamp,
      attributes,
      references: input.references ?? [],
    });
    return { made, copy };
  }

  async function changesOf(client: GraphQLClient, objects: ArchiveRecord[], options: ImportOptionsInput = {}, viewContent = true) {
    const staged = await stage(client, await writeTestArchive(objects, { protection: { viewContent } }));
    const data = await client.data(Changes, { id: staged.id, options, first: 50 });
    const nodes = data.stagedImport!.decisions.edges.map((e) => e.node);
    return (uuid: string) => nodes.find((n) => n.uuid === uuid)!;
  }

  it('lists the name, attribute, reference, owner and state changes a REPLACE writes', async () => {
    const [oldTarget, newTarget] = [(await authored()).made.uuid, (await authored()).made.uuid];
    const { made, copy } = await authored({ references: [{ name: 'uses', target: oldTarget }] });
    const newer: ArchiveRecord = {
      ...copy,
      name: `${made.name}-renamed`,
      timestamp: later(made.timestamp),
      attributes: { endpoint: 'https://b.example.test', tier: 1 },
      references: [{ name: 'uses', target: newTarget }],
      lifecycle: { model, state: live.uuid, stateName: live.name, stageAddresses: [] },
    };
    const decision = (await changesOf(registry.admin, [newer], { keepLifecycleState: true }))(made.uuid);
    const { me } = await registry.admin.data<{ me: { uuid: string; name: string } }, object>('{ me { uuid name } }');
    expect(decision.action).toBe('REPLACE');
    expect(decision.changes).toEqual({
      totalCount: 5,
      truncated: false,
      contentWithheld: false,
      entries: [
        { path: 'name', before: made.name, after: `${made.name}-renamed`, cut: false },
        { path: 'owner', before: { uuid: author.uuid, name: author.name }, after: { uuid: me.uuid, name: me.name }, cut: false },
        { path: 'lifecycleState', before: made.lifecycleState, after: live, cut: false },
        { path: 'attributes.endpoint', before: 'https://a.example.test', after: 'https://b.example.test', cut: false },
        { path: 'references.uses', before: [oldTarget], after: [newTarget], cut: false },
      ],
    });
  });

  it('lists what differs for an IGNORE whose content differs (content only: not the owner)', async () => {
    const { made, copy } = await authored();
    const differing = { ...copy, description: 'another description', owner: null, attributes: { endpoint: 'https://a.example.test', tier: 2 } };
    const decision = (await changesOf(registry.admin, [differing]))(made.uuid);
    expect([decision.action, decision.reasons.map((r) => r.code)]).toEqual(['IGNORE', ['IDENTICAL_TIMESTAMP', 'IDENTICAL_TIMESTAMP_CONTENT_DIFFERS']]);
    expect(decision.changes?.entries.map(({ path, before, after }) => [path, before, after])).toEqual([
      ['description', null, 'another description'],
      ['attributes.tier', 1, 2],
    ]);
  });

  it('lists no entries when the content is identical', async () => {
    const { made, copy } = await authored();
    const decision = (await changesOf(registry.admin, [copy]))(made.uuid);
    expect([decision.action, decision.changes]).toEqual(['IGNORE', { totalCount: 0, truncated: false, contentWithheld: false, entries: [] }]);
  });

  it('cuts a value longer than the bound and marks the changes truncated', async () => {
    const { made, copy } = await authored();
    const decision = (await changesOf(registry.admin, [{ ...copy, description: 'd'.repeat(3000) }]))(made.uuid);
    const entry = decision.changes!.entries[0]!;
    expect([decision.changes!.truncated, entry.path, entry.cut, (entry.after as string).length]).toEqual([true, 'description', true, 2049]);
  });

  it('has no changes for a CREATE: there is no registry copy to compare with', async () => {
    const absent = records.asset(type, { organization: organization() });
    expect((await changesOf(registry.admin, [absent]))(absent.uuid)).toMatchObject({ action: 'CREATE', changes: null });
  });

  it('computes changes only for the decisions a page asks for, in a fixed number of statements', async () => {
    const copies = await Promise.all([authored(), authored(), authored()]);
    const newer = copies.map(({ made, copy }) => ({ ...copy, name: `${made.name}-v2`, timestamp: later(made.timestamp) }));
    const staged = await stage(registry.admin, await writeTestArchive(newer));
    const before = await computedChanges(registry);
    registry.queries.reset();
    const one = await registry.admin.data(Changes, { id: staged.id, first: 1 });
    const stagedReads = () => registry.queries.list.filter((q) => /from .staged_object. where .staged_import_id. = .* and .uuid. in/i.test(q));
    expect([one.stagedImport!.decisions.edges.length, (await computedChanges(registry)) - before, stagedReads().length]).toEqual([1, 1, 1]);
    registry.queries.reset();
    await registry.admin.data(Changes, { id: staged.id, first: 3 });
    expect([(await computedChanges(registry)) - before, stagedReads().length]).toEqual([4, 1]);
  });

  it("shows a user without content rights no attribute of the registry's copy, nor whether they differ", async () => {
    const secret = `https://secret-${randomUUID()}.example.test`;
    const { made, copy } = await authored({ attributes: { endpoint: secret, tier: 7 } });
    await setProtection(registry, made.uuid, { viewContent: false });
    const viewer = await createUser(registry, { organization: org.uuid });
    await grant(registry.admin, { principal: viewer.uuid, right: 'VIEW', object: made.uuid });
    const older = { ...copy, name: 'older copy', timestamp: new Date(Date.parse(made.timestamp) - 3_600_000).toISOString(), attributes: { tier: 8 } };
    const seen = (await changesOf(viewer.client, [older]))(made.uuid);
    expect({
      action: seen.action,
      withheld: seen.changes?.contentWithheld,
      paths: seen.changes?.entries.map((e) => e.path),
      leaks: JSON.stringify(seen).includes(secret),
    }).toEqual({ action: 'REJECT', withheld: true, paths: ['name'], leaks: false });
    const admin = (await changesOf(registry.admin, [older]))(made.uuid);
    expect(admin.changes?.entries.map((e) => e.path)).toEqual(['name', 'attributes.endpoint', 'attributes.tier']);
  });

  it('compares no attributes for a user who may not read the archive\'s content (viewContent false)', async () => {
    const { made, copy } = await authored({ attributes: { endpoint: 'https://a.example.test', tier: 3 } });
    const viewer = await createUser(registry, { organization: org.uuid });
    await grant(registry.admin, { principal: viewer.uuid, right: 'VIEW', object: made.uuid });
    const older = { ...copy, description: 'older', timestamp: new Date(Date.parse(made.timestamp) - 3_600_000).toISOString(), attributes: { tier: 4 } };
    const seen = (await changesOf(viewer.client, [older], {}, false))(made.uuid);
    expect([seen.action, seen.changes?.contentWithheld, seen.changes?.entries.map((e) => [e.path, e.before, e.after])]).toEqual([
      'REJECT',
      true,
      [['description', null, 'older']],
    ]);
  });
});
