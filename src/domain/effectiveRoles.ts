import { Role } from './objectKind.js';

const ROLE_ORDER = Object.values(Role) as Role[];

/**
 * The roles a user holds: its own and those of every group it belongs to, each once, in the enum's order.
 * The one definition both the caller's rights (Principal) and `User.roles` use.
 */
export function effectiveRoles(own: readonly Role[] | null | undefined, groupRoles: Iterable<readonly Role[] | null | undefined>): Role[] {
  const held = new Set<Role>(own ?? []);
  for (const roles of groupRoles) for (const role of roles ?? []) held.add(role);
  return ROLE_ORDER.filter((r) => held.has(r));
}
