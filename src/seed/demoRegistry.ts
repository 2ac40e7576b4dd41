import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import { AttributeType, LifecycleModelStatus, ObjectKind, PolicyActionType, PolicyEvent, Right, Role } from '../domain/objectKind.js';
import { lifecycleFieldsFromNames } from '../registry/lifecycleModelInput.js';
import { ObjectService } from '../registry/objectService.js';
import { PermissionService } from '../registry/permissionService.js';

const SERVICES_PER_ORG = 75;
const SCHEMAS = 100;
const DATASETS = 50;

/** Deterministic pseudo-random numbers, so every seeded registry looks the same. */
function sequence(seed: number) {
  let x = seed;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

/**
 * A demo registry: organizations, users and groups, three object types, a productive lifecycle model with
 * development and production stages, policies, packages, and a few hundred assets with references and versions.
 */
export async function seedDemoRegistry(em: SqlEntityManager, access: AccessControl): Promise<Record<string, number>> {
  const objects = new ObjectService(em, access);
  const grants = new PermissionService(em, access);
  const make = (kind: ObjectKind, input: Parameters<ObjectService['create']>[1]) => objects.create(kind, input);
  const random = sequence(42);

  const platform = await make(ObjectKind.ORGANIZATION, { name: 'Acme Platform', fields: {} });
  const payments = await make(ObjectKind.ORGANIZATION, { name: 'Acme Payments', fields: {} });
  const engineers = await make(ObjectKind.GROUP, { name: 'Platform Engineers', organizationUuid: platform.uuid, fields: { system: false, roles: [] } });
  const user = (name: string, org: string, roles: Role[], groups: string[]) =>
    make(ObjectKind.USER, { name, organizationUuid: org, fields: { email: `${name}@acme.test`, roles, groups } });
  const alice = await user('alice', platform.uuid, [Role.TYPE_ADMINISTRATOR], [engineers.uuid]);
  const bob = await user('bob', platform.uuid, [], [engineers.uuid]);
  const carol = await user('carol', payments.uuid, [], []);

  const type = (name: string, attributeDefinitions: { name: string; type: AttributeType; required: boolean }[]) =>
    make(ObjectKind.OBJECT_TYPE, { name, organizationUuid: platform.uuid, ownerUuid: alice.uuid, fields: { attributeDefinitions } });
  const service = await type('Service', [
    { name: 'endpoint', type: AttributeType.URL, required: true },
    { name: 'tier', type: AttributeType.STRING, required: false },
    { name: 'reviewed', type: AttributeType.BOOLEAN, required: false },
  ]);
  const schema = await type('Schema', [{ name: 'format', type: AttributeType.STRING, required: true }]);
  const dataset = await type('Dataset', [{ name: 'rows', type: AttributeType.INTEGER, required: false }]);

  const stage = (name: string, address: string) => make(ObjectKind.LIFECYCLE_STAGE, { name, organizationUuid: platform.uuid, fields: { address } });
  const dev = await stage('Development', 'http://dev.registry.acme.test/graphql');
  const prod = await stage('Production', 'http://prod.registry.acme.test/graphql');
  const modelFields = lifecycleFieldsFromNames({
    status: LifecycleModelStatus.PRODUCTIVE,
    states: [
      { name: 'Proposed', stages: [dev.uuid] },
      { name: 'Designed', stages: [dev.uuid] },
      { name: 'Live', stages: [prod.uuid] },
      { name: 'Retired', stages: [] },
    ],
    initialState: 'Proposed',
    endStates: ['Retired'],
    transitions: [
      { from: 'Proposed', to: 'Designed' },
      { from: 'Designed', to: 'Live' },
      { from: 'Live', to: 'Retired' },
    ],
    objectTypes: [service.uuid, schema.uuid],
  });
  await make(ObjectKind.LIFECYCLE_MODEL, { name: 'Service Lifecycle', organizationUuid: platform.uuid, fields: modelFields as never });

  await make(ObjectKind.POLICY, {
    name: 'Gold services must use HTTPS',
    organizationUuid: platform.uuid,
    fields: {
      events: [PolicyEvent.PRE_CREATE, PolicyEvent.PRE_UPDATE],
      objectTypes: [service.uuid],
      condition: { and: [{ '==': [{ var: 'attributes.tier' }, 'gold'] }, { '!': { in: ['https://', { var: 'attributes.endpoint' }] } }] },
      actions: [{ type: PolicyActionType.REJECT, message: 'gold services must be served over HTTPS' }],
      enabled: true,
      priority: 0,
    },
  });
  await make(ObjectKind.POLICY, {
    name: 'Changed services need review',
    organizationUuid: platform.uuid,
    fields: {
      events: [PolicyEvent.POST_UPDATE],
      objectTypes: [service.uuid],
      condition: null,
      actions: [{ type: PolicyActionType.SET_ATTRIBUTE, attribute: 'reviewed', value: false }],
      enabled: true,
      priority: 10,
    },
  });

  const schemas: string[] = [];
  for (let i = 0; i < SCHEMAS; i++) {
    const org = i % 2 ? payments.uuid : platform.uuid;
    schemas.push((await make(ObjectKind.ASSET, { name: `schema-${i}`, organizationUuid: org, version: '1.0', attributes: { format: i % 3 ? 'json-schema' : 'avro' }, fields: { objectType: schema.uuid } })).uuid);
  }
  const datasets: string[] = [];
  for (let i = 0; i < DATASETS; i++) {
    datasets.push((await make(ObjectKind.ASSET, { name: `dataset-${i}`, organizationUuid: payments.uuid, attributes: { rows: 1000 * (i + 1) }, fields: { objectType: dataset.uuid } })).uuid);
  }
  const services: string[] = [];
  let versions = 0;
  for (const org of [platform.uuid, payments.uuid]) {
    for (let i = 0; i < SERVICES_PER_ORG; i++) {
      const references = [
        { name: 'uses', target: schemas[random(SCHEMAS)] },
        { name: 'uses', target: schemas[random(SCHEMAS)] },
        { name: 'reads', target: datasets[random(DATASETS)] },
        ...(services.length ? [{ name: 'calls', target: services[random(services.length)] }] : []),
        // A dangling reference: the target lives in another registry.
        ...(i % 25 === 0 ? [{ name: 'mirrors', target: `uddi:${'0'.repeat(8)}-0000-4000-8000-${String(i).padStart(12, '0')}` }] : []),
      ];
      const name = `${org === platform.uuid ? 'platform' : 'payments'}-service-${i}`;
      const attributes = { endpoint: `https://${name}.acme.test/api`, tier: ['bronze', 'silver', 'gold'][i % 3] };
      const v1 = await make(ObjectKind.ASSET, { name, organizationUuid: org, ownerUuid: i % 2 ? bob.uuid : alice.uuid, version: '1.0', attributes, references, fields: { objectType: service.uuid } });
      services.push(v1.uuid);
      if (i % 5 === 0) {
        const v2 = await make(ObjectKind.ASSET, { name, organizationUuid: org, version: '2.0', previousVersionUuid: v1.uuid, attributes, references, fields: { objectType: service.uuid } });
        services.push(v2.uuid);
        versions++;
        const states = modelFields.states;
        await objects.moveLifecycleState(v2.uuid, states[1].uuid);
        if (i % 10 === 0) await objects.moveLifecycleState(v2.uuid, states[2].uuid);
      }
    }
  }
  await make(ObjectKind.PACKAGE, { name: 'Platform Core', organizationUuid: platform.uuid, fields: { members: services.slice(0, 20) } });
  await make(ObjectKind.PACKAGE, { name: 'Payments Data', organizationUuid: payments.uuid, fields: { members: [...datasets.slice(0, 10), ...schemas.slice(0, 10)] } });

  await grants.grant({ principalUuid: bob.uuid, right: Right.CREATE, typeKey: service.uuid, organizationUuid: platform.uuid });
  await grants.grant({ principalUuid: engineers.uuid, right: Right.VIEW, objectUuid: platform.uuid });
  await grants.grant({ principalUuid: carol.uuid, right: Right.VIEW, objectUuid: payments.uuid });

  return { organizations: 2, users: 3, groups: 1, objectTypes: 3, lifecycleModels: 1, stages: 2, policies: 2, packages: 2, assets: SCHEMAS + DATASETS + services.length, versions };
}
