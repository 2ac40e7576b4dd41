import type { Knex, QBFilterQuery, SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../../auth/accessControl.js';
import { RegistryObjectEntity } from '../../entities/index.js';

/**
 * `select uuid, kind from registry_object where <the caller may view it>` as a knex subquery, built from
 * AccessControl's own filter so a reference query joined with it follows exactly the rules of every list.
 * The caller's access must be ready.
 */
export function visibleObjectsQuery(em: SqlEntityManager, access: AccessControl): Knex.QueryBuilder {
  return em.createQueryBuilder(RegistryObjectEntity, 'v').select(['v.uuid', 'v.kind']).where(access.visibleFilter() as QBFilterQuery<RegistryObjectEntity>).getKnexQuery();
}
