import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LifecycleModelFields, PolicyFields } from '../domain/kindFields.js';
import { LifecycleModelStatus, ObjectKind } from '../domain/objectKind.js';
import { RegistryObjectEntity } from '../entities/index.js';
import type { PolicyDefinition } from '../policies/policyEngine.js';

export interface LifecycleModelDefinition {
  uuid: string;
  name: string;
  fields: LifecycleModelFields;
}

/**
 * Registry-wide facts that writes consult: lifecycle models and policies. There are few of them, so they are
 * read whole (one statement each) rather than queried through JSON operators that differ per database.
 */
export async function loadLifecycleModels(em: SqlEntityManager): Promise<LifecycleModelDefinition[]> {
  const rows = await em.find(RegistryObjectEntity, { kind: ObjectKind.LIFECYCLE_MODEL }, { orderBy: { uuid: 'asc' } });
  return rows.map((r) => ({ uuid: r.uuid, name: r.name, fields: r.fields as unknown as LifecycleModelFields }));
}

export async function loadPolicies(em: SqlEntityManager): Promise<PolicyDefinition[]> {
  const rows = await em.find(RegistryObjectEntity, { kind: ObjectKind.POLICY }, { orderBy: { uuid: 'asc' } });
  return rows
    .map((r) => ({ uuid: r.uuid, name: r.name, fields: r.fields as unknown as PolicyFields }))
    .filter((p) => p.fields.enabled)
    .sort((a, b) => a.fields.priority - b.fields.priority);
}

/** The model in effect for an object type: PRODUCTIVE first, else RETIRED. A NEW model governs nothing yet. */
export function governingModel<M extends { fields: { status: LifecycleModelStatus; objectTypes: string[] } }>(
  models: readonly M[],
  objectTypeUuid: string,
): M | undefined {
  const listing = models.filter((m) => m.fields.objectTypes.includes(objectTypeUuid));
  return (
    listing.find((m) => m.fields.status === LifecycleModelStatus.PRODUCTIVE) ??
    listing.find((m) => m.fields.status === LifecycleModelStatus.RETIRED)
  );
}
