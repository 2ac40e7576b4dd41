import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { rawQuery } from '../db/rawQuery.js';
import { OBJECT_KINDS, ObjectKind } from '../domain/objectKind.js';
import { exportRowFromColumns, linkRowFromColumns, selectExportColumns, selectLinkColumns, type ExportRow, type LinkRow } from './exportQueries.js';
import type { LinkPolicy } from './objectLinks.js';

/*
 * Reads over a whole organization, for exporting it whole. Keyset pages walk the (organization_uuid, uuid)
 * index, which yields an organization's objects in UUID order: no page sorts anything, on either database.
 * (Comparing through an expression instead, to force a walk of the primary key, misleads PostgreSQL's
 * estimates into a full scan and a sort per page.) Aggregates and link targets are computed by the database,
 * so the rows themselves are read only once, when they are written.
 */

const MEMBER = 'organization_uuid = ?';

function page(query: Knex.QueryBuilder, organizationUuid: string, after: string | null, limit: number): Knex.QueryBuilder {
  query.whereRaw(MEMBER, [organizationUuid]).orderBy('uuid').limit(limit);
  if (after !== null) query.andWhere('uuid', '>', after);
  return query;
}

/** One keyset page of the organization's link rows; with `nonAssets`, only objects of other kinds than ASSET. */
export async function selectOrganizationLinkPage(
  em: SqlEntityManager,
  organizationUuid: string,
  after: string | null,
  limit: number,
  nonAssets = false,
): Promise<LinkRow[]> {
  const query = page(selectLinkColumns(em), organizationUuid, after, limit);
  // `kind in (…)` rather than `kind <> 'ASSET'`: the kind index then finds the few non-assets directly.
  if (nonAssets) query.whereIn('kind', OBJECT_KINDS.filter((k) => k !== ObjectKind.ASSET));
  return (await rawQuery(em, query)).map(linkRowFromColumns);
}

/** One keyset page of the organization's rows to write. */
export async function selectOrganizationExportPage(
  em: SqlEntityManager,
  organizationUuid: string,
  after: string | null,
  limit: number,
): Promise<ExportRow[]> {
  return (await rawQuery(em, page(selectExportColumns(em), organizationUuid, after, limit))).map(exportRowFromColumns);
}

export interface OrganizationFacts {
  /** False when any member withholds it. */
  viewContent: boolean;
  editable: boolean;
  /** Up to `limit` members that may not be exported again. */
  locked: string[];
  /** Up to `limit` members whose content their archive withheld (viewContent false). */
  withheld: string[];
}

/** The protection facts of all the organization's objects, in three statements. */
export async function selectOrganizationFacts(em: SqlEntityManager, organizationUuid: string, limit = 100): Promise<OrganizationFacts> {
  const knex = em.getKnex();
  // Written to work on SQLite's 0/1 and PostgreSQL's booleans alike (PostgreSQL has no min(boolean)).
  const flags = knex('registry_object')
    .select(knex.raw('min(case when view_content then 1 else 0 end) as view_content, min(case when editable then 1 else 0 end) as editable'))
    .whereRaw(MEMBER, [organizationUuid]);
  const locked = knex('registry_object').select('uuid').whereRaw(MEMBER, [organizationUuid]).whereRaw('not re_packageable').limit(limit);
  const withheld = knex('registry_object').select('uuid').whereRaw(MEMBER, [organizationUuid]).whereRaw('not view_content').limit(limit);
  const [[mins], lockedRows, withheldRows] = await Promise.all([
    rawQuery(em, flags),
    rawQuery<{ uuid: string }>(em, locked),
    rawQuery<{ uuid: string }>(em, withheld),
  ]);
  // min() over no rows is null: an empty organization withholds nothing.
  return {
    viewContent: mins?.view_content === null || Boolean(mins?.view_content),
    editable: mins?.editable === null || Boolean(mins?.editable),
    locked: lockedRows.map((r) => r.uuid),
    withheld: withheldRows.map((r) => r.uuid),
  };
}

/**
 * The objects outside the organization that its members link to through columns and references under `follow`
 * (the kind fields of non-asset members are left to the caller). May include UUIDs of objects that are gone.
 */
export async function selectOrganizationOutsideLinks(em: SqlEntityManager, organizationUuid: string, follow: LinkPolicy): Promise<string[]> {
  const knex = em.getKnex();
  const inside = knex('registry_object').select('uuid').whereRaw(MEMBER, [organizationUuid]);
  const targets = new Set<string>();
  if (follow.references) {
    const columns = knex('registry_object').distinct('owner_uuid', 'object_type_uuid', 'lifecycle_model_uuid').whereRaw(MEMBER, [organizationUuid]);
    for (const row of await rawQuery<Record<string, string | null>>(em, columns)) {
      for (const uuid of Object.values(row)) if (uuid) targets.add(uuid);
    }
    const references = knex('object_reference as r')
      .distinct('r.target_uuid as uuid')
      .join('registry_object as s', 's.uuid', 'r.source_uuid')
      .where('s.organization_uuid', organizationUuid)
      .whereNotIn('r.target_uuid', inside);
    for (const row of await rawQuery<{ uuid: string }>(em, references)) targets.add(row.uuid);
  }
  if (follow.versionHistory) {
    const previous = knex('registry_object').distinct('previous_version_uuid as uuid').whereRaw(MEMBER, [organizationUuid]).whereNotIn('previous_version_uuid', inside);
    for (const row of await rawQuery<{ uuid: string | null }>(em, previous)) if (row.uuid) targets.add(row.uuid);
  }
  return [...targets];
}
