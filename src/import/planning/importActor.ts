import type { AccessControl, GuardedObject } from '../../auth/accessControl.js';
import { ObjectKind, Role } from '../../domain/objectKind.js';
import { isObjectUuid } from '../../registry/objectDraft.js';
import type { Actor } from '../planner/types.js';

/**
 * The importing user as the planner sees it, answering from the caller's AccessControl (ready() awaited) and
 * the preloaded registry rows.
 */
export class ImportActor implements Actor {
  constructor(
    private readonly access: AccessControl,
    private readonly guards: ReadonlyMap<string, GuardedObject>,
  ) {}

  get uuid(): string {
    return this.access.principal.uuid;
  }

  get name(): string {
    return this.access.principal.name;
  }

  hasRole(role: Role): boolean {
    return this.access.hasRole(role);
  }

  /** The kind follows from the type key: an object type UUID means an asset, anything else is a kind name. */
  canCreate(typeKey: string, organizationUuid: string | null): boolean {
    const kind = isObjectUuid(typeKey) ? ObjectKind.ASSET : typeKey;
    return this.access.canCreate(kind, typeKey, organizationUuid);
  }

  /** Only objects the registry holds can be edited; the planner asks only about those. */
  canEdit(uuid: string): boolean {
    const guard = this.guards.get(uuid);
    return guard !== undefined && this.access.canEdit(guard);
  }

  /**
   * Only objects the registry holds can be viewed; the planner asks only about those, for every object and link
   * target it reads. An administrator sees all.
   */
  canView(uuid: string): boolean {
    if (this.access.isAdministrator) return this.hasRole(Role.REGISTRY_ADMINISTRATOR);
    const guard = this.guards.get(uuid);
    return guard !== undefined && this.access.canView(guard);
  }
}
