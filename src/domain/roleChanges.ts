import { ObjectKind, type Role } from './objectKind.js';

/**
 * What writing a USER or GROUP does to who holds which role. A group's roles are held by its members, so a
 * user's memberships count as much as its own roles: joining or leaving a group hands over or takes away the
 * group's roles (and its grants).
 */
export interface RoleChange {
  /** Roles the object carries after the write but not before. */
  given: Role[];
  /** Roles it carried before but not after. */
  taken: Role[];
  /** USER only: groups it belongs to after the write but not before. */
  joined: string[];
  /** USER only: groups it belonged to before but not after. */
  left: string[];
}

/** The role-bearing facts of a USER or GROUP: its roles, and for a user its group memberships. */
export interface RoleHolder {
  roles?: readonly Role[] | null;
  groups?: readonly string[] | null;
}

/** The roles a USER or GROUP carries, and a user's memberships, from its kind fields; other kinds hold none. */
export function roleHolderOf(kind: ObjectKind | string, fields: Record<string, unknown> | unknown): RoleHolder {
  if (kind !== ObjectKind.USER && kind !== ObjectKind.GROUP) return {};
  const held = fields as RoleHolder;
  return { roles: held.roles ?? [], groups: kind === ObjectKind.USER ? (held.groups ?? []) : [] };
}

/**
 * The change from `before` (null: the object is new) to `after`, or null when nothing changes that only a
 * registry administrator may change. Order and repeats do not matter.
 */
export function roleChangeOf(before: RoleHolder | null, after: RoleHolder): RoleChange | null {
  const change: RoleChange = {
    given: missingFrom(before?.roles, after.roles),
    taken: missingFrom(after.roles, before?.roles),
    joined: missingFrom(before?.groups, after.groups),
    left: missingFrom(after.groups, before?.groups),
  };
  const changed = change.given.length + change.taken.length + change.joined.length + change.left.length > 0;
  return changed ? change : null;
}

/** What `change` does, in words, for messages. */
export function describeRoleChange(change: RoleChange): string {
  const parts: string[] = [];
  if (change.given.length) parts.push(`give the role(s) ${change.given.join(', ')}`);
  if (change.taken.length) parts.push(`take away the role(s) ${change.taken.join(', ')}`);
  if (change.joined.length) parts.push(`add membership of group(s) ${change.joined.join(', ')}`);
  if (change.left.length) parts.push(`remove membership of group(s) ${change.left.join(', ')}`);
  return parts.join('; ');
}

/** The distinct values of `b` that `a` lacks, in b's order. */
function missingFrom<T>(a: readonly T[] | null | undefined, b: readonly T[] | null | undefined): T[] {
  const have = new Set(a ?? []);
  return [...new Set(b ?? [])].filter((x) => !have.has(x));
}
