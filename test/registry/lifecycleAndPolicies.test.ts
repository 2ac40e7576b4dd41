import type { SqlEntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryObjectEntity } from '../../src/entities/index.js';
import { graphql } from '../generated/gql.js';
import { databases } from '../support/databases.js';
import { createAsset, createObjectType, createOrganization } from '../support/registryBuilders.js';
import { suiteRegistry } from '../support/testRegistry.js';

const CreateModel = graphql(`
  mutation LcCreateModel($input: CreateLifecycleModelInput!) {
    createLifecycleModel(input: $input) { uuid states { uuid name initial end } initialState { name } }
  }
`);

const Move = graphql(`
  mutation LcMove($uuid: ID!, $state: ID!) {
    moveLifecycleState(uuid: $uuid, state: $state) { uuid timestamp lifecycleState { name } }
  }
`);

const CreatePolicy = graphql(`
  mutation LcCreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) { uuid events actions { type message attribute value } }
  }
`);

const UpdatePolicyCondition = 'mutation ($uuid: ID!, $input: UpdatePolicyInput!) { updatePolicy(uuid: $uuid, input: $input) { uuid } }';

const CreateAsset = graphql(`
  mutation LcCreateAsset($input: CreateAssetInput!) {
    createAsset(input: $input) { uuid attributes }
  }
`);

const UpdateAsset = graphql(`
  mutation LcUpdateAsset($uuid: ID!, $input: UpdateAssetInput!) {
    updateAsset(uuid: $uuid, input: $input) { uuid timestamp attributes }
  }
`);

describe.each(databases)('lifecycle and policies on $name', ({ create }) => {
  const registry = suiteRegistry(create);
  let org: string;
  let type: string;
  let states: Record<string, string>;

  beforeAll(async () => {
    org = (await createOrganization(registry.admin)).uuid;
    type = (await createObjectType(registry.admin, { attributes: [{ name: 'owner', type: 'STRING' }, { name: 'tier', type: 'STRING' }] })).uuid;
    const model = await registry.admin.data(CreateModel, {
      input: {
        name: 'Service lifecycle',
        status: 'PRODUCTIVE',
        states: [{ name: 'Proposed' }, { name: 'Live' }, { name: 'Retired' }],
        initialState: 'Proposed',
        endStates: ['Retired'],
        transitions: [{ from: 'Proposed', to: 'Live' }, { from: 'Live', to: 'Retired' }],
        objectTypes: [type],
      },
    });
    states = Object.fromEntries(model.createLifecycleModel.states.map((s) => [s.name, s.uuid]));
  });

  it('starts a new asset of a governed type in the initial state', async () => {
    const asset = await createAsset(registry.admin, type, { organization: org });
    expect(asset.lifecycleState?.name).toBe('Proposed');
  });

  it('moves an asset along an allowed transition and advances its timestamp', async () => {
    const asset = await createAsset(registry.admin, type, { organization: org });
    const { moveLifecycleState } = await registry.admin.data(Move, { uuid: asset.uuid, state: states.Live });
    expect(moveLifecycleState.lifecycleState?.name).toBe('Live');
    expect(Date.parse(moveLifecycleState.timestamp)).toBeGreaterThan(Date.parse(asset.timestamp));
  });

  it('refuses a transition the model does not allow', async () => {
    const asset = await createAsset(registry.admin, type, { organization: org });
    expect(await registry.admin.errorCode(Move, { uuid: asset.uuid, state: states.Retired })).toBe('INVALID_TRANSITION');
  });

  it('keeps the UUIDs of existing states when a model is edited by state names', async () => {
    const created = await registry.admin.data(CreateModel, {
      input: { name: 'Editable', states: [{ name: 'Draft' }, { name: 'Final' }], initialState: 'Draft', transitions: [{ from: 'Draft', to: 'Final' }], objectTypes: [] },
    });
    const before = Object.fromEntries(created.createLifecycleModel.states.map((s) => [s.name, s.uuid]));
    const { updateLifecycleModel } = await registry.admin.data(
      graphql(`
        mutation LcUpdateModel($uuid: ID!, $input: UpdateLifecycleModelInput!) {
          updateLifecycleModel(uuid: $uuid, input: $input) { states { uuid name } initialState { name } }
        }
      `),
      { uuid: created.createLifecycleModel.uuid, input: { states: [{ name: 'Draft' }, { name: 'Review' }, { name: 'Final' }], transitions: [{ from: 'Draft', to: 'Review' }, { from: 'Review', to: 'Final' }] } },
    );
    const after = Object.fromEntries(updateLifecycleModel.states.map((s) => [s.name, s.uuid]));
    expect(after.Draft).toBe(before.Draft);
    expect(after.Final).toBe(before.Final);
    expect(after.Review).toBeTruthy();
    expect(updateLifecycleModel.initialState.name).toBe('Draft');
  });

  it('refuses a state name the model does not have', async () => {
    const code = await registry.admin.errorCode(CreateModel, {
      input: { name: 'Broken', states: [{ name: 'A' }], initialState: 'B', objectTypes: [] },
    });
    expect(code).toBe('VALIDATION_FAILED');
  });

  it('lets a PRE_CREATE policy veto an asset with its message', async () => {
    const vetoType = (await createObjectType(registry.admin, { attributes: [{ name: 'tier', type: 'STRING' }] })).uuid;
    await registry.admin.data(CreatePolicy, {
      input: {
        name: 'No gold without approval',
        events: ['PRE_CREATE'],
        objectTypes: [vetoType],
        condition: { '==': [{ var: 'attributes.tier' }, 'gold'] },
        actions: [{ type: 'REJECT', message: 'gold tier needs approval' }],
      },
    });
    const res = await registry.admin.request(CreateAsset, { input: { name: 'g', objectType: vetoType, organization: org, attributes: { tier: 'gold' } } });
    expect(res.errors?.[0]?.extensions?.code).toBe('POLICY_VETO');
    expect(res.errors?.[0]?.message).toContain('gold tier needs approval');
    const ok = await registry.admin.data(CreateAsset, { input: { name: 's', objectType: vetoType, organization: org, attributes: { tier: 'silver' } } });
    expect(ok.createAsset.uuid).toBeTruthy();
  });

  it('lets a PRE_UPDATE policy set an attribute on every update', async () => {
    const stampType = (await createObjectType(registry.admin, { attributes: [{ name: 'reviewed', type: 'BOOLEAN' }, { name: 'note', type: 'STRING' }] })).uuid;
    await registry.admin.data(CreatePolicy, {
      input: {
        name: 'Updates need review',
        events: ['PRE_UPDATE'],
        objectTypes: [stampType],
        actions: [{ type: 'SET_ATTRIBUTE', attribute: 'reviewed', value: false }],
      },
    });
    const created = await registry.admin.data(CreateAsset, { input: { name: 'r', objectType: stampType, organization: org, attributes: { reviewed: true } } });
    expect(created.createAsset.attributes).toEqual({ reviewed: true });
    const updated = await registry.admin.data(UpdateAsset, { uuid: created.createAsset.uuid, input: { attributes: { reviewed: true, note: 'x' } } });
    expect(updated.updateAsset.attributes).toEqual({ reviewed: false, note: 'x' });
  });

  it('refuses a policy that would set a state outside the asset lifecycle model', async () => {
    const stray = '9e1f2a3b-0000-4000-8000-00000000abcd';
    await registry.admin.data(CreatePolicy, {
      input: { name: 'stray state', events: ['POST_CREATE'], objectTypes: [type], condition: { '==': [{ var: 'name' }, 'stray'] }, actions: [{ type: 'SET_LIFECYCLE_STATE', state: stray }] },
    });
    const res = await registry.admin.request(CreateAsset, { input: { name: 'stray', objectType: type, organization: org } });
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a policy whose condition is not JsonLogic', async () => {
    const code = await registry.admin.errorCode(CreatePolicy, {
      input: { name: 'bad', events: ['PRE_CREATE'], objectTypes: [type], condition: 'process.exit()', actions: [{ type: 'REJECT', message: 'x' }] },
    });
    expect(code).toBe('VALIDATION_FAILED');
  });

  /** A condition of `ops` operations each inside the one before: 2·ops - 1 levels of JSON ({"!": [ ... ]}). */
  const deep = (ops: number): unknown => { let c: unknown = { var: 'attributes.tier' }; for (let i = 1; i < ops; i++) c = { '!': [c] }; return c; };
  const tooComplex: [string, unknown, string][] = [
    ['nested 33 levels deep', deep(17), 'maxConditionDepth'],
    ['of 600 values', { in: [{ var: 'attributes.tier' }, Array.from({ length: 599 }, (_, i) => `t${i}`)] }, 'maxConditionNodes'],
    ['of 20,000 characters', { '==': [{ var: 'attributes.tier' }, 'x'.repeat(20_000)] }, 'maxConditionChars'],
    ['iterating inside an iteration', { some: [{ var: 'attributes.list' }, { some: [{ var: 'attributes.list' }, { '==': [{ var: '' }, 1] }] }] }, 'maxIterationNesting'],
  ];
  it.each(tooComplex)('refuses a policy condition %s with POLICY_CONDITION_TOO_COMPLEX (422) naming the limit', async (_name, condition, limit) => {
    const input = { name: 'costly', events: ['PRE_CREATE'], objectTypes: [type], condition, actions: [{ type: 'REJECT', message: 'x' }] };
    const res = await registry.admin.request(CreatePolicy, { input });
    expect(res.status).toBe(422);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_CONDITION_TOO_COMPLEX', details: { limit } });
  });

  it('accepts a condition within the bounds, and refuses to update one beyond them', async () => {
    const input = { name: 'bounded', events: ['PRE_CREATE'], objectTypes: [type], condition: deep(16), actions: [{ type: 'REJECT', message: 'x' }] };
    const made = await registry.admin.data(CreatePolicy, { input: { ...input, enabled: false } });
    const res = await registry.admin.request(UpdatePolicyCondition, { uuid: made.createPolicy.uuid, input: { condition: deep(40) } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'POLICY_CONDITION_TOO_COMPLEX', details: { limit: 'maxConditionDepth', value: 32 } });
  });

  /** Three `some` over 1,000 items each, one inside the other: 10^9 evaluations if it ever ran. */
  const cubic = () => {
    const items = Array.from({ length: 1_000 }, (_, i) => i);
    return { some: [items, { some: [items, { some: [items, { '==': [{ var: '' }, -1] }] }] }] };
  };

  it('refuses a change that a stored policy beyond the bounds applies to with STORED_POLICY_TOO_COMPLEX, without evaluating it', async () => {
    const ownType = (await createObjectType(registry.admin)).uuid;
    const input = { name: 'stored before the bounds', events: ['PRE_CREATE'], objectTypes: [ownType], actions: [{ type: 'REJECT', message: 'never' }] };
    const policy = (await registry.admin.data(CreatePolicy, { input: { ...input, condition: { '==': [1, 2] } } })).createPolicy.uuid;
    // The row as a registry from before the bounds holds it: written past the API, which refuses it.
    const em = registry.running.app.orm.em.fork() as SqlEntityManager;
    const row = await em.findOneOrFail(RegistryObjectEntity, { uuid: policy });
    await em.nativeUpdate(RegistryObjectEntity, { uuid: policy }, { fields: { ...(row.fields as object), condition: cubic() } });
    const res = await registry.admin.request(CreateAsset, { input: { name: 'guarded', objectType: ownType, organization: org } });
    expect(res.status).toBe(422);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'STORED_POLICY_TOO_COMPLEX', details: { policyUuid: policy, limit: 'maxIterationNesting' } });
    expect((await fetch(`${registry.baseUrl}/healthz`)).status).toBe(200);
  });

  it('validates attributes against the object type', async () => {
    const res = await registry.admin.request(CreateAsset, { input: { name: 'bad', objectType: type, organization: org, attributes: { owner: 42, color: 'red' } } });
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const problems = (res.errors?.[0]?.extensions?.details as { problems: { path: string }[] }).problems.map((p) => p.path).sort();
    expect(problems).toEqual(['attributes.color', 'attributes.owner']);
  });
});
