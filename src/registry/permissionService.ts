import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import { ObjectKind, Right } from '../domain/objectKind.js';
import { PermissionGrantEntity, RegistryObjectEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { inRegistryTransaction } from './registryTransaction.js';

export interface GrantInput {
  principalUuid: string;
  right: Right;
  objectUuid?: string | null;
  typeKey?: string | null;
  organizationUuid?: string | null;
}

/**
 * Grants and revokes rights. VIEW/EDIT on an object may be granted by whoever may edit it; CREATE rights are
 * handed out by administrators.
 */
export class PermissionService {
  constructor(
    private readonly em: SqlEntityManager,
    private readonly access: AccessControl,
  ) {}

  /** Reads and writes in one registry transaction (registryTransaction.ts), so the grant applies to what it read. */
  async grant(input: GrantInput): Promise<PermissionGrantEntity> {
    await this.access.ready();
    return inRegistryTransaction(this.em, async (tx) => {
      const principal = await tx.findOne(RegistryObjectEntity, { uuid: input.principalUuid });
      if (!principal || (principal.kind !== ObjectKind.USER && principal.kind !== ObjectKind.GROUP)) {
        throw RegistryError.badInput(`Principal ${input.principalUuid} must be a user or a group.`);
      }
      const grant = input.right === Right.CREATE ? await this.createGrant(tx, input) : await this.objectGrant(tx, input);
      const existing = await tx.findOne(PermissionGrantEntity, {
        principalUuid: grant.principalUuid,
        right: grant.right,
        objectUuid: grant.objectUuid,
        typeKey: grant.typeKey,
        organizationUuid: grant.organizationUuid,
      });
      if (existing) return existing;
      const entity = tx.create(PermissionGrantEntity, {
        id: randomUUID(),
        ...grant,
        grantedBy: this.access.principal.uuid,
        grantedAt: new Date(),
      });
      await tx.flush();
      return entity;
    });
  }

  /** NOT_FOUND when the grant is gone, also when another writer revoked it first: a delete that matched nothing. */
  async revoke(id: string): Promise<boolean> {
    await this.access.ready();
    return inRegistryTransaction(this.em, async (tx) => {
      const grant = await tx.findOne(PermissionGrantEntity, { id });
      if (!grant) throw RegistryError.notFound('Permission grant', id);
      if (grant.right === Right.CREATE || !grant.objectUuid) {
        if (!this.access.isAdministrator) throw RegistryError.forbidden('revoke a CREATE right');
      } else {
        await this.objectGrant(tx, { ...grant, right: grant.right });
      }
      if ((await tx.nativeDelete(PermissionGrantEntity, { id })) !== 1) throw RegistryError.notFound('Permission grant', id);
      tx.getUnitOfWork().unsetIdentity(grant);
      return true;
    });
  }

  /** Grants on an object, for whoever may edit it; an administrator may list any principal's grants. */
  async list(filter: { objectUuid?: string | null; principalUuid?: string | null }): Promise<PermissionGrantEntity[]> {
    await this.access.ready();
    if (filter.objectUuid) {
      const target = await this.em.findOne(RegistryObjectEntity, { uuid: filter.objectUuid });
      if (!target || !this.access.canView(target)) throw RegistryError.notFound('Object', filter.objectUuid);
      this.access.assertCanEdit(target);
    } else if (!this.access.isAdministrator && filter.principalUuid !== this.access.principal.uuid) {
      throw RegistryError.forbidden("list another principal's grants");
    }
    return this.em.find(
      PermissionGrantEntity,
      {
        ...(filter.objectUuid ? { objectUuid: filter.objectUuid } : {}),
        ...(filter.principalUuid ? { principalUuid: filter.principalUuid } : {}),
      },
      { orderBy: { grantedAt: 'asc', id: 'asc' } },
    );
  }

  private async createGrant(tx: SqlEntityManager, input: GrantInput) {
    if (!this.access.isAdministrator) throw RegistryError.forbidden('grant a CREATE right');
    if (!input.typeKey || !input.organizationUuid) {
      throw RegistryError.badInput('A CREATE grant names a typeKey (object type UUID or kind) and an organization.');
    }
    const isKind = (Object.values(ObjectKind) as string[]).includes(input.typeKey);
    const refs = await tx.find(RegistryObjectEntity, { uuid: { $in: [input.organizationUuid, ...(isKind ? [] : [input.typeKey])] } });
    if (!refs.some((r) => r.uuid === input.organizationUuid && r.kind === ObjectKind.ORGANIZATION)) {
      throw RegistryError.badInput(`Organization ${input.organizationUuid} does not exist.`);
    }
    if (!isKind && !refs.some((r) => r.uuid === input.typeKey && r.kind === ObjectKind.OBJECT_TYPE)) {
      throw RegistryError.badInput(`typeKey ${input.typeKey} is neither an object type nor a kind.`);
    }
    return { principalUuid: input.principalUuid, right: Right.CREATE, objectUuid: null, typeKey: input.typeKey, organizationUuid: input.organizationUuid };
  }

  private async objectGrant(tx: SqlEntityManager, input: GrantInput) {
    if (!input.objectUuid) throw RegistryError.badInput(`A ${input.right} grant names an object.`);
    const target = await tx.findOne(RegistryObjectEntity, { uuid: input.objectUuid });
    if (!target || !this.access.canView(target)) throw RegistryError.notFound('Object', input.objectUuid);
    this.access.assertCanEdit(target);
    return { principalUuid: input.principalUuid, right: input.right, objectUuid: input.objectUuid, typeKey: null, organizationUuid: null };
  }
}
