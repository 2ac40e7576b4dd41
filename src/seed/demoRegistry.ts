import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import { AttributeType, LifecycleModelStatus, ObjectKind, PolicyActionType, PolicyEvent, Right, Role } from '../domain/objectKind.js';
import { RegistryObjectEntity } from '../entities/index.js';
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
 * Fixed UUIDs for what the walk-through moves between two registries: the seeded source (A) and the seeded
 * target (B, `seed --target`) must hold the same objects under the same UUIDs for the planner to compare them.
 */
const fixed = (n: number) => `0de40000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const DEMO_UUIDS = {
  platform: fixed(1),
  payments: fixed(2),
  engineers: fixed(3),
  alice: fixed(4),
  bob: fixed(5),
  carol: fixed(6),
  service: fixed(7),
  schema: fixed(8),
  dataset: fixed(9),
  dev: fixed(10),
  prod: fixed(11),
  model: fixed(12),
  states: { Proposed: fixed(13), Designed: fixed(14), Live: fixed(15), Retired: fixed(16) },
  orders: fixed(101),
  billing: fixed(102),
  catalog: fixed(103),
  invoices: fixed(104),
  search: fixed(105),
  checkout: fixed(106),
  ledger: fixed(107),
  catalogV2: fixed(108),
  package: fixed(120),
  experimentsPolicy: fixed(130),
};
const U = DEMO_UUIDS;

/** The missing link of the unresolved-reference demo object: an object that lives in neither registry. */
export const DEMO_MISSING_TARGET = '0de40000-0000-4000-8000-0000deadbeef';

/** Fixed timestamps (in the past, so none is in the future anywhere): what decides new, newer, identical, older. */
const AT = {
  foundation: new Date('2025-01-01T00:00:00.000Z'),
  earlier: new Date('2025-02-01T00:00:00.000Z'),
  demo: new Date('2025-03-01T00:00:00.000Z'),
  later: new Date('2025-04-01T00:00:00.000Z'),
};

type Make = (kind: ObjectKind, input: Parameters<ObjectService['create']>[1]) => Promise<{ uuid: string }>;

/**
 * What both demo registries hold alike (organizations, users, a group, object types, stages, the lifecycle model),
 * under fixed UUIDs, owned by alice, with one fixed timestamp: the target's copies are identical to the source's.
 * Only the Live state is bound to a stage (Production): an object in any other state may travel anywhere.
 */
async function seedFoundation(make: Make) {
  const platform = await make(ObjectKind.ORGANIZATION, { uuid: U.platform, name: 'Acme Platform', fields: {} });
  const payments = await make(ObjectKind.ORGANIZATION, { uuid: U.payments, name: 'Acme Payments', fields: {} });
  const engineers = await make(ObjectKind.GROUP, { uuid: U.engineers, name: 'Platform Engineers', organizationUuid: platform.uuid, fields: { system: false, roles: [] } });
  const user = (uuid: string, name: string, org: string, roles: Role[], groups: string[]) =>
    make(ObjectKind.USER, { uuid, name, organizationUuid: org, fields: { email: `${name}@acme.test`, roles, groups } });
  const alice = await user(U.alice, 'alice', platform.uuid, [Role.TYPE_ADMINISTRATOR], [engineers.uuid]);
  const bob = await user(U.bob, 'bob', platform.uuid, [], [engineers.uuid]);
  const carol = await user(U.carol, 'carol', payments.uuid, [], []);

  const type = (uuid: string, name: string, attributeDefinitions: { name: string; type: AttributeType; required: boolean }[]) =>
    make(ObjectKind.OBJECT_TYPE, { uuid, name, organizationUuid: platform.uuid, ownerUuid: alice.uuid, fields: { attributeDefinitions } });
  const service = await type(U.service, 'Service', [
    { name: 'endpoint', type: AttributeType.URL, required: true },
    { name: 'tier', type: AttributeType.STRING, required: false },
    { name: 'reviewed', type: AttributeType.BOOLEAN, required: false },
  ]);
  const schema = await type(U.schema, 'Schema', [{ name: 'format', type: AttributeType.STRING, required: true }]);
  const dataset = await type(U.dataset, 'Dataset', [{ name: 'rows', type: AttributeType.INTEGER, required: false }]);

  const stage = (uuid: string, name: string, address: string) => make(ObjectKind.LIFECYCLE_STAGE, { uuid, name, organizationUuid: platform.uuid, fields: { address } });
  const dev = await stage(U.dev, 'Development', 'http://dev.registry.acme.test/graphql');
  const prod = await stage(U.prod, 'Production', 'http://prod.registry.acme.test/graphql');
  const modelFields = lifecycleFieldsFromNames({
    status: LifecycleModelStatus.PRODUCTIVE,
    states: [
      { uuid: U.states.Proposed, name: 'Proposed', stages: [] },
      { uuid: U.states.Designed, name: 'Designed', stages: [] },
      { uuid: U.states.Live, name: 'Live', stages: [prod.uuid] },
      { uuid: U.states.Retired, name: 'Retired', stages: [] },
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
  await make(ObjectKind.LIFECYCLE_MODEL, { uuid: U.model, name: 'Service Lifecycle', organizationUuid: platform.uuid, ownerUuid: alice.uuid, fields: modelFields as never });
  return { platform, payments, engineers, alice, bob, carol, service, schema, dataset, dev, prod, modelFields };
}

const FOUNDATION = [U.platform, U.payments, U.engineers, U.alice, U.bob, U.carol, U.service, U.schema, U.dataset, U.dev, U.prod, U.model];

/** Owner alice and one timestamp for the foundation, so the target's copies match the source's exactly. */
async function pinFoundation(em: SqlEntityManager): Promise<void> {
  await em.nativeUpdate(RegistryObjectEntity, { uuid: { $in: FOUNDATION } }, { ownerUuid: U.alice, timestamp: AT.foundation });
}

/** A demo service as both registries make it (same attributes, owner and organization), at a fixed timestamp. */
async function demoService(make: Make, em: SqlEntityManager, uuid: string, name: string, at: Date | null, extra: Partial<Parameters<ObjectService['create']>[1]> = {}) {
  const created = await make(ObjectKind.ASSET, {
    uuid,
    name,
    organizationUuid: U.platform,
    ownerUuid: U.alice,
    version: '1.0',
    attributes: { endpoint: `https://${name}.acme.test/api`, tier: 'silver' },
    fields: { objectType: U.service },
    ...extra,
  });
  if (at) await em.nativeUpdate(RegistryObjectEntity, { uuid }, { timestamp: at });
  return created;
}

/**
 * A demo registry: organizations, users and groups, three object types, a productive lifecycle model with
 * development and production stages, policies, a few hundred assets with references and versions, and the
 * package "Platform Core", whose eight services each show one rule of an import into the target registry that
 * `seedDemoTarget` prepares (README, "Moving objects to another registry").
 */
export async function seedDemoRegistry(em: SqlEntityManager, access: AccessControl): Promise<Record<string, number>> {
  const objects = new ObjectService(em, access);
  const grants = new PermissionService(em, access);
  const make: Make = (kind, input) => objects.create(kind, input);
  const random = sequence(42);
  const { platform, payments, engineers, alice, bob, carol, service, schema, dataset, modelFields } = await seedFoundation(make);
  const states = modelFields.states;

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
        await objects.moveLifecycleState(v2.uuid, states[1].uuid);
        if (i % 10 === 0) await objects.moveLifecycleState(v2.uuid, states[2].uuid);
      }
    }
  }
  await demoService(make, em, U.orders, 'orders-api', AT.demo);
  await demoService(make, em, U.billing, 'billing-api', AT.demo);
  await demoService(make, em, U.catalog, 'catalog-api', AT.demo);
  await demoService(make, em, U.invoices, 'invoices-api', AT.earlier);
  await demoService(make, em, U.search, 'search-api', AT.demo, { references: [{ name: 'mirrors', target: DEMO_MISSING_TARGET }] });
  await demoService(make, em, U.checkout, 'checkout-api', null); // pinned once moved: a move checks the timestamp it read
  await objects.moveLifecycleState(U.checkout, states[1].uuid);
  await objects.moveLifecycleState(U.checkout, states[2].uuid);
  await em.nativeUpdate(RegistryObjectEntity, { uuid: U.checkout }, { timestamp: AT.demo }); // the moves advanced it
  await demoService(make, em, U.ledger, 'ledger-api', AT.demo, { attributes: { endpoint: 'https://ledger-api.acme.test/api', tier: 'experimental' } });
  await demoService(make, em, U.catalogV2, 'catalog-api', AT.demo, { version: '2.0', previousVersionUuid: U.catalog });
  const demo = [U.orders, U.billing, U.catalog, U.invoices, U.search, U.checkout, U.ledger, U.catalogV2];
  await make(ObjectKind.PACKAGE, { uuid: U.package, name: 'Platform Core', organizationUuid: platform.uuid, ownerUuid: alice.uuid, fields: { members: demo } });
  await make(ObjectKind.PACKAGE, { name: 'Payments Data', organizationUuid: payments.uuid, fields: { members: [...datasets.slice(0, 10), ...schemas.slice(0, 10)] } });

  await grants.grant({ principalUuid: bob.uuid, right: Right.CREATE, typeKey: service.uuid, organizationUuid: platform.uuid });
  await grants.grant({ principalUuid: engineers.uuid, right: Right.VIEW, objectUuid: platform.uuid });
  await grants.grant({ principalUuid: carol.uuid, right: Right.VIEW, objectUuid: payments.uuid });
  await pinFoundation(em);

  return { organizations: 2, users: 3, groups: 1, objectTypes: 3, lifecycleModels: 1, stages: 2, policies: 2, packages: 2, assets: SCHEMAS + DATASETS + services.length + demo.length, versions: versions + 1 };
}

/**
 * The target of the walk-through (`seed --target`): the foundation the source holds, identical, and what makes
 * the preview of the source's "Platform Core" show one rule per service: billing-api older here (the archive's
 * is newer), catalog-api identical, invoices-api newer here (the archive's is older), and a policy vetoing
 * experimental services. orders-api, search-api, checkout-api, ledger-api and catalog-api 2.0 are not here.
 */
export async function seedDemoTarget(em: SqlEntityManager, access: AccessControl): Promise<Record<string, number>> {
  const objects = new ObjectService(em, access);
  const make: Make = (kind, input) => objects.create(kind, input);
  await seedFoundation(make);
  await demoService(make, em, U.billing, 'billing-api', AT.earlier);
  await demoService(make, em, U.catalog, 'catalog-api', AT.demo);
  await demoService(make, em, U.invoices, 'invoices-api', AT.later);
  await make(ObjectKind.POLICY, {
    uuid: U.experimentsPolicy,
    name: 'No experimental services here',
    organizationUuid: U.platform,
    fields: {
      events: [PolicyEvent.PRE_CREATE, PolicyEvent.PRE_UPDATE],
      objectTypes: [U.service],
      condition: { '==': [{ var: 'attributes.tier' }, 'experimental'] },
      actions: [{ type: PolicyActionType.REJECT, message: 'experimental services stay out of this registry' }],
      enabled: true,
      priority: 0,
    },
  });
  await pinFoundation(em);
  return { organizations: 2, users: 3, groups: 1, objectTypes: 3, lifecycleModels: 1, stages: 2, policies: 1, assets: 3 };
}
