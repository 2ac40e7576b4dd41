import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { RecordReference } from '../archive/record.js';
import type { AccessControl } from '../auth/accessControl.js';
import type { LifecycleModelFields, UserFields } from '../domain/kindFields.js';
import { ObjectKind, PolicyEvent } from '../domain/objectKind.js';
import { type RoleChange, roleChangeOf, roleHolderOf } from '../domain/roleChanges.js';
import { PermissionGrantEntity, RegistryObjectEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { runPolicies, type PolicySubject } from '../policies/policyEngine.js';
import { applyDraft, draftFromEntity, nextTimestamp, objectTypeOf, type ObjectDraft } from './objectDraft.js';
import { lifecycleFieldsFromNames, type LifecycleModelByNames } from './lifecycleModelInput.js';
import { ObjectStore } from './objectStore.js';
import { inRegistryTransaction } from './registryTransaction.js';
import { governingModel, loadLifecycleModels, loadPolicies } from './registryLookups.js';
import { validateDraft } from './validation/validateDraft.js';

export interface CreateObjectInput {
  uuid?: string | null;
  name: string;
  description?: string | null;
  organizationUuid?: string | null;
  ownerUuid?: string | null;
  version?: string | null;
  previousVersionUuid?: string | null;
  attributes?: Record<string, unknown> | null;
  fields: Record<string, unknown>;
  references?: RecordReference[] | null;
}

export type UpdateObjectInput = Partial<Omit<CreateObjectInput, 'uuid' | 'fields'>> & { fields?: Record<string, unknown> };

/**
 * Creates, changes and deletes registry objects through the API. Every write is authorized, validated and
 * passed through the registry's policies (PRE then POST), and advances the object's timestamp.
 */
export class ObjectService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: AccessControl,
    /** Told, once a write committed, who gained or lost roles or group memberships by it (the roles.changed event). */
    private readonly onRolesChanged: (uuid: string, change: RoleChange) => void = () => undefined,
  ) {}

  async create(kind: ObjectKind, input: CreateObjectInput): Promise<RegistryObjectEntity> {
    await this.access.ready();
    const draft: ObjectDraft = {
      uuid: input.uuid ?? randomUUID(),
      kind,
      name: input.name,
      description: input.description ?? null,
      ownerUuid: this.ownerFor(input.ownerUuid),
      organizationUuid: kind === ObjectKind.ORGANIZATION ? null : (input.organizationUuid ?? this.access.principal.organizationUuid),
      version: input.version ?? null,
      previousVersionUuid: input.previousVersionUuid ?? null,
      lifecycleModelUuid: null,
      lifecycleStateUuid: null,
      attributes: input.attributes ?? {},
      fields: input.fields,
      references: input.references ?? [],
    };
    const typeKey = objectTypeOf(draft) ?? kind;
    if (!this.access.canCreate(kind, typeKey, draft.organizationUuid)) {
      throw RegistryError.forbidden(`create ${kind.toLowerCase()}`, `type ${typeKey} in organization ${draft.organizationUuid}`);
    }
    const roles = roleChangeOf(null, roleHolderOf(draft.kind, draft.fields));
    this.access.assertMayChangeRoles(roles, draft.uuid);
    const created = await inRegistryTransaction(this.em, async (tx) => {
      const store = new ObjectStore(tx);
      if (await store.findOne(draft.uuid)) throw RegistryError.conflict(`Object ${draft.uuid} already exists.`, { uuid: draft.uuid });
      await enterInitialState(tx, draft);
      await firePolicies(tx, draft, [PolicyEvent.PRE_CREATE, PolicyEvent.POST_CREATE]);
      await validateDraft(tx, draft);
      const now = new Date();
      const entity = applyDraft(tx.create(RegistryObjectEntity, { createdAt: now, timestamp: now } as never), draft);
      await tx.flush();
      await store.setReferences(entity.uuid, draft.references);
      return entity;
    });
    if (roles) this.onRolesChanged(created.uuid, roles);
    return created;
  }

  async update(uuid: string, input: UpdateObjectInput): Promise<RegistryObjectEntity> {
    return this.change(uuid, (draft) => this.applyUpdate(draft, input));
  }

  /**
   * Updates a lifecycle model whose states, transitions, initial and end states are given by name; the names
   * are resolved against the model as stored, in the same transaction, so existing states keep their UUIDs.
   */
  async updateLifecycleModel(uuid: string, input: UpdateObjectInput, byNames: LifecycleModelByNames): Promise<RegistryObjectEntity> {
    return this.change(uuid, (draft) => {
      if (draft.kind !== ObjectKind.LIFECYCLE_MODEL) throw RegistryError.notFound('Lifecycle model', uuid);
      const fields = lifecycleFieldsFromNames(byNames, draft.fields as unknown as LifecycleModelFields);
      this.applyUpdate(draft, { ...input, fields: fields as unknown as Record<string, unknown> });
    });
  }

  /** Adds a user to a group or removes it, reading and writing its memberships in one transaction. */
  async setGroupMembership(userUuid: string, groupUuid: string, member: boolean): Promise<RegistryObjectEntity> {
    return this.change(userUuid, (draft) => {
      if (draft.kind !== ObjectKind.USER) throw RegistryError.notFound('User', userUuid);
      const groups = ((draft.fields as unknown as UserFields).groups ?? []).filter((g) => g !== groupUuid);
      draft.fields = { ...draft.fields, groups: member ? [...groups, groupUuid] : groups };
    });
  }

  /** Moves an asset to another state of its lifecycle model, along an allowed transition. */
  async moveLifecycleState(uuid: string, stateUuid: string): Promise<RegistryObjectEntity> {
    return this.change(uuid, async (draft, tx) => {
      const models = await loadLifecycleModels(tx);
      const model = models.find((m) => m.uuid === draft.lifecycleModelUuid);
      if (!model) throw RegistryError.badInput(`Object ${uuid} is not governed by a lifecycle model.`);
      const allowed = model.fields.transitions.some((t) => t.from === draft.lifecycleStateUuid && t.to === stateUuid);
      if (!allowed) throw RegistryError.invalidTransition(draft.lifecycleStateUuid, stateUuid);
      draft.lifecycleStateUuid = stateUuid;
    });
  }

  async delete(uuid: string): Promise<void> {
    await this.access.ready();
    let roles: RoleChange | null = null;
    await inRegistryTransaction(this.em, async (tx) => {
      const entity = await this.editable(tx, uuid);
      // Deleting a group takes its roles from its members; deleting a user, its roles and memberships.
      roles = roleChangeOf(roleHolderOf(entity.kind, entity.fields), {});
      this.access.assertMayChangeRoles(roles, uuid);
      await assertNotInUse(tx, entity);
      // Grants on the object go with it, and so do those it held as a principal: a user or group made again
      // under its UUID (by import, say) must not inherit them, nor may the members of a deleted group keep them.
      await tx.nativeDelete(PermissionGrantEntity, { $or: [{ objectUuid: uuid }, { principalUuid: uuid }] });
      await new ObjectStore(tx).remove(uuid);
    });
    if (roles) this.onRolesChanged(uuid, roles);
  }

  private applyUpdate(draft: ObjectDraft, input: UpdateObjectInput): void {
    if (input.name !== undefined && input.name !== null) draft.name = input.name;
    if (input.description !== undefined) draft.description = input.description;
    if (input.organizationUuid && draft.kind !== ObjectKind.ORGANIZATION) draft.organizationUuid = input.organizationUuid;
    if (input.ownerUuid) draft.ownerUuid = this.ownerFor(input.ownerUuid);
    if (input.version !== undefined) draft.version = input.version;
    if (input.previousVersionUuid !== undefined) draft.previousVersionUuid = input.previousVersionUuid;
    if (input.attributes) draft.attributes = input.attributes;
    if (input.fields) draft.fields = { ...draft.fields, ...input.fields };
    if (input.references) draft.references = input.references;
  }

  private async change(
    uuid: string,
    mutate: (draft: ObjectDraft, tx: SqlEntityManager) => void | Promise<void>,
  ): Promise<RegistryObjectEntity> {
    await this.access.ready();
    let roles: RoleChange | null = null;
    const changed = await inRegistryTransaction(this.em, async (tx) => {
      const store = new ObjectStore(tx);
      const entity = await this.editable(tx, uuid);
      const draft = draftFromEntity(entity, await store.referencesOf(uuid));
      const before = roleHolderOf(draft.kind, draft.fields);
      await mutate(draft, tx);
      roles = roleChangeOf(before, roleHolderOf(draft.kind, draft.fields));
      this.access.assertMayChangeRoles(roles, uuid);
      await firePolicies(tx, draft, [PolicyEvent.PRE_UPDATE, PolicyEvent.POST_UPDATE]);
      await validateDraft(tx, draft);
      applyDraft(entity, draft);
      entity.timestamp = nextTimestamp(entity.timestamp);
      await tx.flush();
      await store.setReferences(uuid, draft.references);
      return entity;
    });
    if (roles) this.onRolesChanged(uuid, roles);
    return changed;
  }

  private async editable(tx: SqlEntityManager, uuid: string): Promise<RegistryObjectEntity> {
    const entity = await new ObjectStore(tx).findOne(uuid);
    if (!entity || !this.access.canView(entity)) throw RegistryError.notFound('Object', uuid);
    this.access.assertCanEdit(entity);
    if (!entity.editable) throw RegistryError.notEditable(uuid);
    return entity;
  }

  /** Only administrators may name another owner; everyone else owns what they create. */
  private ownerFor(requested: string | null | undefined): string {
    if (requested && requested !== this.access.principal.uuid) {
      if (!this.access.isAdministrator) throw RegistryError.forbidden('assign another owner');
      return requested;
    }
    return this.access.principal.uuid;
  }

}


async function assertNotInUse(tx: SqlEntityManager, entity: RegistryObjectEntity): Promise<void> {
  const dependents =
    entity.kind === ObjectKind.ORGANIZATION
      ? await tx.count(RegistryObjectEntity, { organizationUuid: entity.uuid })
      : entity.kind === ObjectKind.OBJECT_TYPE
        ? await tx.count(RegistryObjectEntity, { objectTypeUuid: entity.uuid })
        : 0;
  if (dependents > 0) {
    throw RegistryError.conflict(`${entity.kind} ${entity.uuid} still has ${dependents} object(s); delete or move them first.`, {
      uuid: entity.uuid,
      dependents,
    });
  }
}

/** A new asset of a type governed by a productive (or retired) model starts in the model's initial state. */
async function enterInitialState(tx: SqlEntityManager, draft: ObjectDraft): Promise<void> {
  const type = objectTypeOf(draft);
  if (!type) return;
  const model = governingModel(await loadLifecycleModels(tx), type);
  draft.lifecycleModelUuid = model?.uuid ?? null;
  draft.lifecycleStateUuid = model?.fields.initialState ?? null;
}

/** Runs the registry's policies for the events; a veto stops the write, effects change the draft. */
async function firePolicies(tx: SqlEntityManager, draft: ObjectDraft, events: PolicyEvent[]): Promise<void> {
  if (draft.kind !== ObjectKind.ASSET) return;
  const outcome = runPolicies(await loadPolicies(tx), events, policySubject(draft));
  for (const { tooComplex, policyName, policyUuid } of outcome.vetoes) {
    if (tooComplex) throw RegistryError.storedPolicyTooComplex(policyName, policyUuid, tooComplex.message, tooComplex.limit, tooComplex.value);
  }
  const veto = outcome.vetoes[0];
  if (veto) throw RegistryError.policyVeto(veto.policyName, veto.message, veto.policyUuid);
  draft.attributes = outcome.subject.attributes;
  draft.lifecycleStateUuid = outcome.subject.lifecycleState;
}

export function policySubject(d: ObjectDraft): PolicySubject {
  return {
    uuid: d.uuid,
    kind: d.kind,
    name: d.name,
    description: d.description,
    version: d.version,
    objectType: objectTypeOf(d),
    lifecycleState: d.lifecycleStateUuid,
    attributes: d.attributes,
  };
}
