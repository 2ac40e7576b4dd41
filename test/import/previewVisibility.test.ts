import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { records } from '../fixtures/records.js';
import { databases } from '../support/databases.js';
import { removeTempFiles } from '../support/exportBuilders.js';
import { commit, objectIn, preview, stage } from '../support/importClient.js';
import { createAsset, createObjectType, createOrganization, createUser, grant } from '../support/registryBuilders.js';
import { writeTestArchive } from '../support/testArchives.js';
import { suiteRegistry } from '../support/testRegistry.js';

/*
 * A preview shows its user only what that user may view: an object they may not view is neither shown nor
 * named, its timestamp never compared aloud, and references to it are not resolved in the registry. The
 * planner still refuses to write over it, with a reason that does not tell it from a UUID the user may not use.
 */
describe.each(databases)('what a preview shows of objects its user may not view on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let org: { uuid: string; name: string };
  let type: string;
  let importer: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    org = await createOrganization(registry.admin);
    type = (await createObjectType(registry.admin, { organization: org.uuid })).uuid;
    importer = await createUser(registry, { organization: org.uuid });
    await grant(registry.admin, { principal: importer.uuid, right: 'CREATE', typeKey: type, organization: org.uuid });
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  const organization = () => ({ uuid: org.uuid, name: org.name });

  /** An asset the importer may not view, made by the administrator. */
  async function hiddenAsset() {
    return createAsset(registry.admin, type, { organization: org.uuid, name: `hidden-${randomUUID()}` });
  }

  /** An archive copy of `asset` under another name, an hour older than the registry's. */
  function olderCopy(asset: { uuid: string; timestamp: string }): ArchiveRecord {
    const timestamp = new Date(Date.parse(asset.timestamp) - 3_600_000).toISOString();
    return records.asset(type, { uuid: asset.uuid, name: 'archive copy', organization: organization(), timestamp });
  }

  async function previewOf(client: typeof registry.admin, objects: ArchiveRecord[]) {
    const staged = await stage(client, await writeTestArchive(objects));
    return { staged, plan: await preview(client, staged.id) };
  }

  it('shows no existing copy of an object the user may not view, nor its name or timestamp, and refuses it neutrally', async () => {
    const hidden = await hiddenAsset();
    const { plan } = await previewOf(importer.client, [olderCopy(hidden)]);
    const decision = plan.decision(hidden.uuid);
    const shown = JSON.stringify(plan);
    expect({
      action: decision.action,
      existing: decision.existing,
      codes: plan.codesOf(hidden.uuid),
      leaks: [hidden.name, hidden.timestamp].filter((secret) => shown.includes(secret)),
    }).toEqual({ action: 'SKIP', existing: null, codes: ['UUID_UNAVAILABLE', 'NEW_OBJECT'], leaks: [] });
  });

  it('never writes over an object the user may not view, even with a newer copy', async () => {
    const hidden = await hiddenAsset();
    const newer = { ...olderCopy(hidden), timestamp: new Date(Date.parse(hidden.timestamp) + 3_600_000).toISOString() };
    const { staged, plan } = await previewOf(importer.client, [newer]);
    const record = await commit(importer.client, { stagedImportId: staged.id, expectedPlanDigest: plan.planDigest });
    expect([record.status, plan.decision(hidden.uuid).action, await objectIn(registry.admin, hidden.uuid)]).toEqual([
      'SUCCEEDED',
      'SKIP',
      expect.objectContaining({ name: hidden.name, timestamp: hidden.timestamp }),
    ]);
  });

  it('does not resolve a reference to an object the user may not view in the registry, as if it existed nowhere', async () => {
    const hidden = await hiddenAsset();
    const toHidden = records.asset(type, { organization: organization(), references: [{ name: 'uses', target: hidden.uuid }] });
    const toNothing = records.asset(type, { organization: organization(), references: [{ name: 'uses', target: randomUUID() }] });
    const { plan } = await previewOf(importer.client, [toHidden, toNothing]);
    const seen = (d: ReturnType<typeof plan.decision>) => ({
      action: d.action,
      codes: d.reasons.map((r) => r.code),
      resolution: d.references[0]?.resolution,
      target: d.references[0]?.targetObject,
    });
    expect(seen(plan.decision(toHidden.uuid))).toEqual(seen(plan.decision(toNothing.uuid)));
    expect(seen(plan.decision(toHidden.uuid)).resolution).toBe('UNRESOLVED');
  });

  it('decides an object the user may not view as an absent one when they may not create it either', async () => {
    const hidden = await hiddenAsset();
    const outsider = await createUser(registry, { organization: org.uuid });
    const absent = records.asset(type, { organization: organization() });
    const { plan } = await previewOf(outsider.client, [olderCopy(hidden), absent]);
    const seen = (uuid: string) => {
      const { action, selectedByDefault, existing, reasons } = plan.decision(uuid);
      return { action, selectedByDefault, existing, reasons: reasons.map(({ code, message, uuids }) => ({ code, message, uuids })) };
    };
    expect(seen(hidden.uuid)).toEqual(seen(absent.uuid));
  });

  it("shows a user who may view the object the registry's copy, its timestamp and the comparison", async () => {
    const visible = await hiddenAsset();
    const viewer = await createUser(registry, { organization: org.uuid });
    await grant(registry.admin, { principal: viewer.uuid, right: 'VIEW', object: visible.uuid });
    const { plan } = await previewOf(viewer.client, [olderCopy(visible)]);
    const decision = plan.decision(visible.uuid);
    expect([decision.action, decision.existing?.timestamp, decision.existing?.object?.name, plan.codesOf(visible.uuid)[0]]).toEqual([
      'REJECT',
      visible.timestamp,
      visible.name,
      'OLDER_IN_ARCHIVE',
    ]);
  });
});
