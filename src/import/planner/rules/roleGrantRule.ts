import { ObjectKind, Role } from '../../../domain/objectKind.js';
import { roleChangeOf, roleHolderOf } from '../../../domain/roleChanges.js';
import type { PlanContext, PlanEntry } from '../planContext.js';
import { Reasons } from '../reasonCodes.js';
import { ImportAction } from '../types.js';

/**
 * Own check. Only a registry administrator gives, changes or takes away roles, by import as by hand: a GROUP
 * record whose roles differ from the registry's copy's (a new group: any role), or a USER record whose roles or
 * group memberships differ from its copy's (a new user: any), is REJECTed for anyone else. Memberships count
 * because a group's roles (and grants) are its members'; which groups will carry which roles after the import
 * is not known object by object, so every membership change needs an administrator, as it does in the API.
 */
export function roleGrantRule(ctx: PlanContext, entry: PlanEntry): void {
  const { record, existing } = entry;
  if (record.kind !== ObjectKind.GROUP && record.kind !== ObjectKind.USER) return;
  if (ctx.actor.hasRole(Role.REGISTRY_ADMINISTRATOR)) return;
  const change = roleChangeOf(existing ? { roles: existing.roles, groups: existing.groups } : null, roleHolderOf(record.kind, record.fields));
  if (change) ctx.fail(entry, ImportAction.REJECT, Reasons.roleChangeForbidden(change));
}
