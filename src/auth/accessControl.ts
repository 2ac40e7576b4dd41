import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ObjectKind, Right, Role } from '../domain/objectKind.js';
import { PermissionGrantEntity, type RegistryObjectEntity } from '../entities/index.js';
import { describeRoleChange, type RoleChange } from '../domain/roleChanges.js';
import { RegistryError } from '../errors/registryError.js';
import type { Principal } from './principal.js';

/** The facts about an object that decide who may see or change it. */
export interface GuardedObject {
  uuid: string;
  kind: ObjectKind | string;
  ownerUuid: string | null;
  organizationUuid: string | null;
}

/** Whether the archive an object came from let its importers read its content. */
export interface ContentFlag {
  viewContent: boolean;
}

/** Registry structure every signed-in user may read: needed to create and understand assets. */
const DIRECTORY_KINDS = new Set<string>([
  ObjectKind.OBJECT_TYPE,
  ObjectKind.ORGANIZATION,
  ObjectKind.USER,
  ObjectKind.GROUP,
  ObjectKind.LIFECYCLE_MODEL,
  ObjectKind.LIFECYCLE_STAGE,
]);

/** Kinds whose creation and editing is reserved to a role rather than granted per object. */
const ROLE_FOR_KIND: Partial<Record<string, Role>> = {
  [ObjectKind.OBJECT_TYPE]: Role.TYPE_ADMINISTRATOR,
  [ObjectKind.ORGANIZATION]: Role.REGISTRY_ADMINISTRATOR,
  [ObjectKind.USER]: Role.REGISTRY_ADMINISTRATOR,
};

interface GrantIndex {
  view: Set<string>;
  edit: Set<string>;
  create: Set<string>; // `${organizationUuid}|${typeKey}`
}

/**
 * Answers "may this caller do X" for one request. Grants of the user and of its groups are read once, lazily,
 * in one statement; administrators never need them.
 */
export class AccessControl {
  private grants: GrantIndex | null = null;

  constructor(
    private readonly em: SqlEntityManager,
    readonly principal: Principal,
  ) {}

  get isAdministrator(): boolean {
    return this.principal.roles.has(Role.REGISTRY_ADMINISTRATOR);
  }

  hasRole(role: Role): boolean {
    return this.isAdministrator || this.principal.roles.has(role);
  }

  /** Whether the synchronous checks may be asked now (the grants are read, or not needed). */
  get isReady(): boolean {
    return this.grants !== null || this.isAdministrator;
  }

  /** Loads the grants if not yet loaded; call before the synchronous checks. */
  async ready(): Promise<this> {
    if (this.grants || this.isAdministrator) return this;
    const rows = await this.em.find(PermissionGrantEntity, {
      principalUuid: { $in: [this.principal.uuid, ...this.principal.groupUuids] },
    });
    const index: GrantIndex = { view: new Set(), edit: new Set(), create: new Set() };
    for (const g of rows) {
      if (g.right === Right.CREATE) index.create.add(`${g.organizationUuid}|${g.typeKey}`);
      else if (g.objectUuid) (g.right === Right.EDIT ? index.edit : index.view).add(g.objectUuid);
    }
    this.grants = index;
    return this;
  }

  private index(): GrantIndex {
    if (!this.grants) throw new Error('AccessControl.ready() must be awaited before checking grants');
    return this.grants;
  }

  canView(o: GuardedObject): boolean {
    if (this.isAdministrator || DIRECTORY_KINDS.has(o.kind) || o.ownerUuid === this.principal.uuid) return true;
    const { view, edit } = this.index();
    return [o.uuid, o.organizationUuid].some((k) => k !== null && (view.has(k) || edit.has(k)));
  }

  /**
   * THE rule for an object's content (its attributes): whoever may view the object reads it, unless the archive
   * it came from withheld its content (viewContent false); then only administrators do. The explorer, export,
   * downloads, staged records and the import preview all ask this (or canReadContent, for content outside the
   * registry), so no path shows what another hides.
   */
  canViewContent(o: GuardedObject & ContentFlag): boolean {
    return this.canView(o) && this.canReadContent(o.viewContent);
  }

  /**
   * The content half of canViewContent, for content that is not a registry object of its own: an archive's
   * records, staged or exported, whose manifest (or objects) carried this viewContent flag.
   */
  canReadContent(viewContent: boolean): boolean {
    return viewContent || this.isAdministrator;
  }

  canEdit(o: GuardedObject): boolean {
    if (this.isAdministrator) return true;
    const role = ROLE_FOR_KIND[o.kind];
    if (role) return this.principal.roles.has(role);
    if (o.ownerUuid === this.principal.uuid) return true;
    const { edit } = this.index();
    return [o.uuid, o.organizationUuid].some((k) => k !== null && edit.has(k));
  }

  /** The type key is the object type UUID for assets and the kind name for everything else. */
  canCreate(kind: ObjectKind | string, typeKey: string, organizationUuid: string | null): boolean {
    if (this.isAdministrator) return true;
    const role = ROLE_FOR_KIND[kind];
    if (role) return this.principal.roles.has(role);
    return this.index().create.has(`${organizationUuid}|${typeKey}`);
  }

  assertCanView(o: GuardedObject): void {
    if (!this.canView(o)) throw RegistryError.notFound('Object', o.uuid);
  }

  assertCanEdit(o: GuardedObject): void {
    if (!this.canEdit(o)) throw RegistryError.forbidden(`edit ${o.kind.toLowerCase()}`, o.uuid);
  }

  /**
   * Roles are given, changed and taken away by registry administrators only, whatever the path: a USER's or
   * GROUP's roles, and a user's group memberships (a group's roles are its members'). `change` is null when
   * the write changes none of these.
   */
  assertMayChangeRoles(change: RoleChange | null, target: string): void {
    if (change && !this.isAdministrator) {
      throw RegistryError.forbidden(`${describeRoleChange(change)} (only a registry administrator may)`, target);
    }
  }

  assertRole(role: Role, action: string): void {
    if (!this.hasRole(role)) throw RegistryError.forbidden(action, `requires ${role}`);
  }

  /** A filter that keeps only objects this caller may view, for list queries. */
  visibleFilter(): FilterQuery<RegistryObjectEntity> {
    if (this.isAdministrator) return {};
    const { view, edit } = this.index();
    const granted = [...new Set([...view, ...edit])];
    return {
      $or: [
        { kind: { $in: [...DIRECTORY_KINDS] as ObjectKind[] } },
        { ownerUuid: this.principal.uuid },
        ...(granted.length ? [{ uuid: { $in: granted } }, { organizationUuid: { $in: granted } }] : []),
      ],
    };
  }
}
