import type { SqlEntityManager as EntityManager } from '@mikro-orm/knex';
import type { UserFields } from '../domain/kindFields.js';
import { effectiveRoles } from '../domain/effectiveRoles.js';
import { ObjectKind, Role } from '../domain/objectKind.js';
import { RegistryObjectEntity } from '../entities/index.js';
import { dateColumn, jsonColumn, rawQuery } from '../db/rawQuery.js';
import { hashToken } from './tokens.js';

/** The authenticated caller of a request. */
export interface Principal {
  uuid: string;
  name: string;
  organizationUuid: string | null;
  groupUuids: string[];
  roles: ReadonlySet<Role>;
}

export function isAdministrator(p: Principal): boolean {
  return p.roles.has(Role.REGISTRY_ADMINISTRATOR);
}

/**
 * Resolves a bearer token to its user in one statement (token joined to user); group roles cost one more
 * statement, and only for users that belong to groups.
 */
export async function loadPrincipal(em: EntityManager, token: string): Promise<Principal | null> {
  const rows = await rawQuery(
    em,
    em
      .getKnex()
      .select('u.uuid', 'u.name', 'u.organization_uuid', 'u.fields', 't.expires_at', 't.revoked_at')
      .from('api_token as t')
      .join('registry_object as u', 'u.uuid', 't.user_uuid')
      .where('t.token_hash', hashToken(token)),
  );
  return rows.length ? principalFromRow(em, rows[0]) : null;
}

async function principalFromRow(em: EntityManager, row: Record<string, unknown>): Promise<Principal | null> {
  if (row.revoked_at) return null;
  if (row.expires_at && dateColumn(row.expires_at).getTime() < Date.now()) return null;
  const fields = jsonColumn<UserFields>(row.fields);
  const own = fields.roles ?? [];
  const groupUuids = fields.groups ?? [];
  const groupRoles: Role[][] = [];
  if (groupUuids.length && !own.includes(Role.REGISTRY_ADMINISTRATOR)) {
    const groups = await em.find(
      RegistryObjectEntity,
      { uuid: { $in: groupUuids }, kind: ObjectKind.GROUP },
      { fields: ['uuid', 'fields'] },
    );
    for (const g of groups) groupRoles.push((g.fields.roles as Role[]) ?? []);
  }
  return {
    uuid: row.uuid as string,
    name: row.name as string,
    organizationUuid: (row.organization_uuid as string) ?? null,
    groupUuids,
    roles: new Set(effectiveRoles(own, groupRoles)),
  };
}
