import type { CreateObjectInput, UpdateObjectInput } from '../registry/objectService.js';
import { lifecycleFieldsFromNames } from '../registry/lifecycleModelInput.js';
import type {
  CreateAssetInput,
  CreateGroupInput,
  CreateLifecycleModelInput,
  CreateLifecycleStageInput,
  CreateObjectTypeInput,
  CreatePackageInput,
  CreatePolicyInput,
  CreateUserInput,
  PolicyActionInput,
  ReferenceInput,
  UpdateAssetInput,
  UpdateGroupInput,
  UpdateLifecycleStageInput,
  UpdateObjectTypeInput,
  UpdatePackageInput,
  UpdatePolicyInput,
  UpdateUserInput,
} from '../schema/inputs/objectInputs.js';

/** GraphQL inputs → service inputs. Only shape changes here; rules live in the registry services. */

type CommonCreate = Pick<CreateObjectTypeInput, 'uuid' | 'name' | 'description' | 'organization' | 'owner' | 'references'>;
type CommonUpdate = Pick<UpdateObjectTypeInput, 'name' | 'description' | 'organization' | 'owner' | 'references'>;

const refs = (r: ReferenceInput[] | null | undefined) => r?.map((x) => ({ name: x.name, target: x.target })) ?? null;

/** Drops keys whose value is undefined or null, so a partial update leaves those fields alone. */
function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}

export function createInput(i: CommonCreate, fields: Record<string, unknown>, extra: Partial<CreateObjectInput> = {}): CreateObjectInput {
  return {
    uuid: i.uuid ?? undefined,
    name: i.name,
    description: i.description,
    organizationUuid: i.organization,
    ownerUuid: i.owner,
    references: refs(i.references),
    fields,
    ...extra,
  };
}

export function updateInput(i: CommonUpdate, fields: Record<string, unknown>, extra: Partial<UpdateObjectInput> = {}): UpdateObjectInput {
  return {
    name: i.name ?? undefined,
    description: i.description,
    organizationUuid: i.organization,
    ownerUuid: i.owner,
    references: refs(i.references),
    fields: defined(fields),
    ...extra,
  };
}

export const objectTypeFields = (i: CreateObjectTypeInput | UpdateObjectTypeInput) => ({
  attributeDefinitions: i.attributeDefinitions?.map((d) => ({ name: d.name, type: d.type, required: d.required })),
});

export const assetExtras = (i: CreateAssetInput | UpdateAssetInput) => ({
  version: i.version,
  previousVersionUuid: i.previousVersion,
  attributes: i.attributes,
});

export const userFields = (i: CreateUserInput | UpdateUserInput) => ({ email: i.email ?? null, roles: i.roles, groups: i.groups });

export const groupFields = (i: CreateGroupInput | UpdateGroupInput) => ({
  ...('system' in i ? { system: i.system } : {}),
  roles: i.roles,
});

export const lifecycleModelFields = (i: CreateLifecycleModelInput) => lifecycleFieldsFromNames(i) as unknown as Record<string, unknown>;

export const lifecycleStageFields = (i: CreateLifecycleStageInput | UpdateLifecycleStageInput) => ({ address: i.address });

const policyAction = (a: PolicyActionInput) => defined({ type: a.type, message: a.message, attribute: a.attribute, value: a.value, state: a.state });

export const policyFields = (i: CreatePolicyInput | UpdatePolicyInput) => ({
  events: i.events,
  objectTypes: i.objectTypes,
  ...(i.condition !== undefined ? { condition: i.condition } : {}),
  actions: i.actions?.map(policyAction),
  enabled: i.enabled,
  priority: i.priority,
});

export const packageFields = (i: CreatePackageInput | UpdatePackageInput) => ({ members: i.members });
