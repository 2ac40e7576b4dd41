import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../src/archive/record.js';
import { validateRecord } from '../../src/archive/schemaValidation.js';
import { verifyDetached } from '../../src/crypto/signature.js';
import { graphql } from '../generated/gql.js';
import type { ExportSourceObjectQuery } from '../generated/graphql.js';
import { databases } from '../support/databases.js';
import { createEveryKind, downloadAndOpen, exportAndRead, exportArchive, readAllRecords, removeTempFiles } from '../support/exportBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const SourceObject = graphql(`
  query ExportSourceObject($uuid: ID!) {
    object(uuid: $uuid) {
      __typename uuid kind name description createdAt timestamp
      owner { uuid name }
      organization { uuid name }
      references { name targetUuid }
      ... on Asset {
        objectTypeUuid version previousVersionUuid attributes
        lifecycleState { uuid name modelUuid stages { address } }
      }
      ... on User { email ownRoles groupUuids }
      ... on Group { system roles }
      ... on ObjectType { attributeDefinitions { name type required } }
      ... on LifecycleModel { status states { uuid name initial end stageUuids } transitions { fromUuid toUuid } objectTypeUuids }
      ... on LifecycleStage { address }
      ... on Policy { events objectTypeUuids condition actions { type message attribute value state } enabled priority }
      ... on Package { memberUuids }
    }
  }
`);

const ServerCertificate = graphql(`
  query ExportServerCertificate {
    serverCertificate { fingerprintSha256 }
  }
`);

type Source = NonNullable<ExportSourceObjectQuery['object']>;

function policyAction(a: { type: string; message?: string | null; attribute?: string | null; value?: unknown; state?: string | null }) {
  if (a.type === 'REJECT') return { type: a.type, message: a.message };
  if (a.type === 'SET_ATTRIBUTE') return { type: a.type, attribute: a.attribute, value: a.value ?? null };
  return { type: a.type, state: a.state };
}

/** The kind's fields as the API shows them, in the archive's shape. */
function fieldsOf(o: Source): Record<string, unknown> {
  switch (o.__typename) {
    case 'Asset':
      return { objectType: o.objectTypeUuid };
    case 'User':
      return { email: o.email, roles: o.ownRoles, groups: o.groupUuids };
    case 'Group':
      return { system: o.system, roles: o.roles };
    case 'ObjectType':
      return { attributeDefinitions: o.attributeDefinitions.map(({ name, type, required }) => ({ name, type, required })) };
    case 'LifecycleModel':
      return {
        status: o.status,
        states: o.states.map((s) => ({ uuid: s.uuid, name: s.name, stages: s.stageUuids })),
        initialState: o.states.find((s) => s.initial)!.uuid,
        endStates: o.states.filter((s) => s.end).map((s) => s.uuid),
        transitions: o.transitions.map((t) => ({ from: t.fromUuid, to: t.toUuid })),
        objectTypes: o.objectTypeUuids,
      };
    case 'LifecycleStage':
      return { address: o.address };
    case 'Policy':
      return { events: o.events, objectTypes: o.objectTypeUuids, condition: o.condition, actions: o.actions.map(policyAction), enabled: o.enabled, priority: o.priority };
    case 'Package':
      return { members: o.memberUuids };
    default:
      return {};
  }
}

/** The record an object should export as, built only from what the API shows of it. */
function expectedRecord(o: Source): ArchiveRecord {
  const asset = o.__typename === 'Asset' ? o : null;
  const state = asset?.lifecycleState;
  return {
    uuid: o.uuid,
    kind: o.kind,
    name: o.name,
    description: o.description ?? null,
    createdAt: o.createdAt,
    timestamp: o.timestamp,
    owner: o.owner ? { uuid: o.owner.uuid, name: o.owner.name } : null,
    organization: o.organization ? { uuid: o.organization.uuid, name: o.organization.name } : null,
    version: asset?.version ?? null,
    previousVersion: asset?.previousVersionUuid ?? null,
    lifecycle: state ? { model: state.modelUuid, state: state.uuid, stateName: state.name, stageAddresses: state.stages.map((s) => s.address) } : null,
    attributes: asset?.attributes ?? {},
    references: o.references.map((r) => ({ name: r.name, target: r.targetUuid })),
    fields: fieldsOf(o),
  } as ArchiveRecord;
}

describe.each(databases)('export round trip on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let kinds: Awaited<ReturnType<typeof createEveryKind>>;

  beforeAll(async () => {
    kinds = await createEveryKind(registry.admin);
  });
  afterAll(async () => {
    await removeTempFiles();
  });

  it('reads back one record of every kind equal to the object the API shows', async () => {
    const uuids = Object.values(kinds);
    const { records } = await exportAndRead(registry.admin, { objects: uuids, includeReferences: false });
    expect(records.map((r) => r.kind).sort()).toEqual(['ASSET', 'ASSET', 'GROUP', 'LIFECYCLE_MODEL', 'LIFECYCLE_STAGE', 'OBJECT_TYPE', 'ORGANIZATION', 'PACKAGE', 'POLICY', 'USER']);
    for (const uuid of uuids) {
      const { object } = await registry.admin.data(SourceObject, { uuid });
      expect(records.find((r) => r.uuid === uuid), object!.kind).toEqual(expectedRecord(object!));
    }
  });

  it('writes records that validate against their kind schema', async () => {
    const { records } = await exportAndRead(registry.admin, { objects: Object.values(kinds) });
    expect(records.flatMap((r) => validateRecord(r))).toEqual([]);
  });

  it('writes an asset with its lifecycle state and the addresses of that state’s stages', async () => {
    const { records } = await exportAndRead(registry.admin, { objects: [kinds.asset], includeReferences: false });
    expect(records[0]!.lifecycle).toMatchObject({ model: kinds.model, stateName: 'Designed', stageAddresses: ['https://stage.example.test/graphql'] });
  });

  it('reports id, digest, size and object count that match the downloaded file', async () => {
    const exported = await exportArchive(registry.admin, { objects: [kinds.asset], includeReferences: false });
    const res = await fetch(new URL(exported.downloadUrl, registry.url), { headers: { authorization: `Bearer ${registry.adminToken}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    const { createHash } = await import('node:crypto');
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.zip"$/);
    expect({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), count: exported.objectCount }).toEqual({
      size: exported.size,
      sha256: exported.sha256,
      count: 1,
    });
  });

  it('signs the manifest with the current server certificate', async () => {
    const exported = await exportArchive(registry.admin, { objects: [kinds.asset] });
    const archive = await downloadAndOpen(registry.admin, exported.downloadUrl);
    const { serverCertificate } = await registry.admin.data(ServerCertificate);
    expect(verifyDetached(archive.signature!, archive.manifestBytes).signer.fingerprintSha256).toBe(serverCertificate.fingerprintSha256);
    await archive.close();
  });

  it('leaves the signature out when sign is false', async () => {
    const exported = await exportArchive(registry.admin, { objects: [kinds.asset], sign: false });
    const archive = await downloadAndOpen(registry.admin, exported.downloadUrl);
    expect({ signed: exported.signed, signature: archive.signature }).toEqual({ signed: false, signature: null });
    await readAllRecords(archive);
    await archive.close();
  });
});
