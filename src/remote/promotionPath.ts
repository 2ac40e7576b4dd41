import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AccessControl } from '../auth/accessControl.js';
import type { LifecycleModelFields, LifecycleStageFields } from '../domain/kindFields.js';
import { ObjectKind } from '../domain/objectKind.js';
import { RegistryObjectEntity, RemoteRegistryEntity } from '../entities/index.js';
import { RegistryError } from '../errors/registryError.js';
import { isPostgres } from '../db/dialect.js';
import { execute } from '../db/rawQuery.js';
import { sameAddress } from './remoteAddress.js';

export interface PromotionTarget {
  stage: { uuid: string; name: string; address: string };
  remote: RemoteRegistryEntity;
}

interface Refusal {
  uuid: string;
  name: string;
  state: string | null;
  allowedStages: { uuid: string; name: string }[];
}

type GuardFacts = Pick<RegistryObjectEntity, 'uuid' | 'kind' | 'name' | 'ownerUuid' | 'organizationUuid' | 'lifecycleModelUuid' | 'lifecycleStateUuid'>;

/**
 * Only what the check needs, in one statement however many objects are named (a promotion may name a hundred
 * thousand): the UUIDs go as one JSON parameter rather than a placeholder each, which cost a statement per
 * thousand and most of the time in formatting them.
 */
async function guardFacts(em: SqlEntityManager, uuids: string[]): Promise<GuardFacts[]> {
  const named = isPostgres(em) ? 'select jsonb_array_elements_text(?::jsonb)' : 'select value from json_each(?)';
  const rows = await execute<Record<string, string | null>>(
    em,
    `select uuid, kind, name, owner_uuid, organization_uuid, lifecycle_model_uuid, lifecycle_state_uuid from registry_object where uuid in (${named})`,
    [JSON.stringify(uuids)],
  );
  return rows.map((r) => ({
    uuid: r.uuid!,
    kind: r.kind as ObjectKind,
    name: r.name!,
    ownerUuid: r.owner_uuid ?? null,
    organizationUuid: r.organization_uuid ?? null,
    lifecycleModelUuid: r.lifecycle_model_uuid ?? null,
    lifecycleStateUuid: r.lifecycle_state_uuid ?? null,
  })) as GuardFacts[];
}

/**
 * Decides, before any byte moves, whether `objects` may be promoted to `stageUuid`: the stage exists, a remote is
 * configured at its address, the caller may view every object, and each object's current lifecycle state names
 * the stage among its allowed stages (PROMOTION_PATH_NOT_ALLOWED naming, per object, the stages its state allows).
 */
export async function checkPromotionPath(em: SqlEntityManager, access: AccessControl, objects: readonly string[], stageUuid: string): Promise<PromotionTarget> {
  await access.ready();
  const uuids = [...new Set(objects)];
  if (!uuids.length) throw RegistryError.badInput('Name at least one object to promote.');
  const stage = await em.findOne(RegistryObjectEntity, { uuid: stageUuid, kind: ObjectKind.LIFECYCLE_STAGE });
  if (!stage) throw RegistryError.notFound('Lifecycle stage', stageUuid);
  const address = (stage.fields as unknown as LifecycleStageFields).address;
  const rows = await guardFacts(em, uuids);
  const byUuid = new Map(rows.map((r) => [r.uuid, r]));
  for (const uuid of uuids) {
    const row = byUuid.get(uuid);
    if (!row || !access.canView(row)) throw RegistryError.notFound('Object', uuid);
  }
  const modelUuids = [...new Set(rows.map((r) => r.lifecycleModelUuid).filter((u): u is string => !!u))];
  const models = new Map(
    (await em.find(RegistryObjectEntity, { uuid: { $in: modelUuids }, kind: ObjectKind.LIFECYCLE_MODEL })).map((m) => [m.uuid, m.fields as unknown as LifecycleModelFields]),
  );
  const refusals: Refusal[] = [];
  const stageNames = new Map<string, string>();
  for (const uuid of uuids) {
    const row = byUuid.get(uuid)!;
    const state = row.lifecycleModelUuid ? models.get(row.lifecycleModelUuid)?.states.find((s) => s.uuid === row.lifecycleStateUuid) : undefined;
    const allowed = state?.stages ?? [];
    if (!allowed.includes(stage.uuid)) refusals.push({ uuid, name: row.name, state: state?.name ?? null, allowedStages: allowed.map((s) => ({ uuid: s, name: '' })) });
    for (const s of allowed) stageNames.set(s, '');
  }
  if (refusals.length) {
    for (const s of await em.find(RegistryObjectEntity, { uuid: { $in: [...stageNames.keys()] } }, { fields: ['uuid', 'name'] })) stageNames.set(s.uuid, s.name);
    for (const r of refusals) r.allowedStages = r.allowedStages.map((s) => ({ uuid: s.uuid, name: stageNames.get(s.uuid) || s.uuid }));
    const summary = refusals
      .slice(0, 10)
      .map((r) => `${r.name} (${r.state ? `state ${r.state}` : 'no lifecycle state'}) may go to ${r.allowedStages.length ? r.allowedStages.map((s) => s.name).join(', ') : 'no stage'}`)
      .join('; ');
    throw new RegistryError(
      'PROMOTION_PATH_NOT_ALLOWED',
      `${refusals.length} object(s) may not be promoted to stage "${stage.name}" in their current lifecycle state: ${summary}. Nothing was moved.`,
      { stage: stage.uuid, objects: refusals },
    );
  }
  const remote = (await em.find(RemoteRegistryEntity, {})).find((r) => sameAddress(r.address, address));
  if (!remote) {
    throw new RegistryError(
      'REMOTE_NOT_CONFIGURED',
      `No remote registry is configured at the address of stage "${stage.name}" (${address}); an administrator adds one with addRemoteRegistry.`,
      { stage: stage.uuid, address },
    );
  }
  return { stage: { uuid: stage.uuid, name: stage.name, address }, remote };
}
